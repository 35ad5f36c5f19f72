"""``xverse-api conformance``: the command line of :mod:`xverse_api.conformance`.

Only wiring: options, the API key and address file, exit codes and where the report goes.
Planning, checking and reporting are the conformance package's; it is reached through
the package (``conf.run``, ...), so a test can replace any part of it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .. import conformance as conf
from .._constants import ENV_API_KEY
from ._terminal import InputError, is_terminal, read_addresses

if TYPE_CHECKING:
    import click

__all__ = ["conformance_command"]


def _check_server(
    *,
    base_url: str,
    api_key: str | None,
    spec: str | None,
    addresses: IO[str] | None,
    report_path: Path | None,
    error_report: Callable[[str], None],
    options: Mapping[str, Any],
) -> int:
    """The command after its options are parsed: the exit code, or a click usage error."""
    import click  # noqa: PLC0415 - the cli extra; main() explains when it is missing

    try:
        import jsonschema  # type: ignore[import-untyped]  # noqa: F401, PLC0415
        import schemathesis  # noqa: F401, PLC0415
        from rich.console import Console  # noqa: PLC0415
    except ImportError:
        click.echo(conf.INSTALL_HINT, err=True)
        error_report(conf.INSTALL_HINT)
        return 2
    if not api_key:
        raise click.UsageError(
            f"no API key: pass --api-key or set the {ENV_API_KEY} environment variable"
        )
    redact = conf.Redactor(api_key)
    try:
        conf.check_key(api_key)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    try:
        conf.check_base_url(base_url)
    except ValueError as exc:
        raise click.BadParameter(redact(str(exc)), param_hint="--base-url") from None
    try:
        listed = read_addresses(addresses) if addresses is not None else ()
        document = conf.load_spec(spec)
        report = conf.run(base_url, api_key=api_key, spec=document, addresses=listed, **options)
    except (OSError, ValueError, InputError) as exc:
        raise click.UsageError(redact(str(exc))) from None
    failed = None
    if report.unreachable is not None:
        failed = f"cannot reach {report.base_url}: {report.unreachable}"
    elif report.refused is not None:
        failed = f"{report.refused}; nothing was checked"
    if failed is not None:
        click.echo(f"error: {failed}", err=True)
        error_report(failed)
        return 2
    out = sys.stdout
    # a log (CI) gets the table unwrapped; a terminal, at its own width
    width = None if is_terminal(out) else 160
    conf.print_report(Console(file=out, highlight=False, width=width), report, out)
    if report_path is not None:
        conf.write_junit(report, report_path)
    return report.exit_code


def conformance_command() -> click.Command:
    """``xverse-api conformance``; the group in ``_app`` registers it."""
    import click  # noqa: PLC0415 - the cli extra; main() explains when it is missing

    @click.command(
        "conformance",
        epilog=(
            "Exit codes: 0 conformant; 1 violations, or no 2xx answer at all; 2 usage error, "
            "the server cannot be reached, or the API key was refused (every answer 401/403). "
            "Needs: pip install 'xverse-api[conformance]'."
        ),
    )
    @click.option(
        "--base-url", required=True, help="The server to check, e.g. https://api.secretkeylabs.io."
    )
    @click.option(
        "--api-key",
        envvar=ENV_API_KEY,
        show_envvar=True,
        help="API key (prefer the environment variable; it is never printed).",
    )
    @click.option(
        "--max-requests",
        type=click.IntRange(min=1),
        default=conf.DEFAULT_MAX_REQUESTS,
        show_default=True,
        help="Requests in all, at most.",
    )
    @click.option(
        "--rate-limit",
        type=click.FloatRange(min=0, min_open=True),
        default=conf.DEFAULT_RATE_LIMIT,
        show_default=True,
        help="Requests per second, at most.",
    )
    @click.option(
        "--max-time",
        type=click.FloatRange(min=0, min_open=True),
        default=conf.DEFAULT_MAX_TIME,
        show_default=True,
        help="Seconds for sending requests; none starts after it.",
    )
    @click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=conf.DEFAULT_REQUEST_TIMEOUT,
        show_default=True,
        help="Seconds for each phase of a request.",
    )
    @click.option(
        "--operation",
        "operations",
        multiple=True,
        metavar='"METHOD /path"',
        help="Only this operation, as in openapi.json (repeatable) [default: all].",
    )
    @click.option(
        "--addresses",
        type=click.File("r", encoding="utf-8"),
        help="Real addresses to ask about, one a line (# comments).",
    )
    @click.option(
        "--seed",
        type=int,
        default=conf.DEFAULT_SEED,
        show_default=True,
        help="Generation seed.",
    )
    @click.option(
        "--junit-xml",
        type=click.Path(dir_okay=False, writable=True),
        help="Write a JUnit XML report here.",
    )
    @click.option(
        "--spec",
        type=click.Path(exists=True, dir_okay=False),
        help=(
            "OpenAPI file schemathesis generates requests from [default: the spec packaged "
            "with the SDK]; the operations and schemas checked are the SDK's own."
        ),
    )
    @click.pass_context
    def conformance(
        ctx: click.Context,
        *,
        base_url: str,
        api_key: str | None,
        max_requests: int,
        rate_limit: float,
        max_time: float,
        timeout: float,
        operations: tuple[str, ...],
        addresses: IO[str] | None,
        seed: int,
        junit_xml: str | None,
        spec: str | None,
    ) -> None:
        """Check that the server at --base-url answers as openapi.json documents.

        \b
          xverse-api conformance --base-url https://api.secretkeylabs.io
          xverse-api conformance --base-url URL --addresses addresses.txt \\
              --operation "GET /v1/ordinals/address/{address}/runes" --junit-xml out.xml
        """
        report_path = None
        if junit_xml:
            try:
                report_path = conf.check_report_path(junit_xml)
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint="--junit-xml") from None
        redact = conf.Redactor(api_key or "")

        def error_report(message: str) -> None:
            if report_path is not None:
                conf.write_junit_error(report_path, redact(message))

        try:
            code = _check_server(
                base_url=base_url,
                api_key=api_key,
                spec=spec,
                addresses=addresses,
                report_path=report_path,
                error_report=error_report,
                options={
                    "operations": operations,
                    "max_requests": max_requests,
                    "rate_limit": rate_limit,
                    "max_time": max_time,
                    "timeout": timeout,
                    "seed": seed,
                },
            )
        except click.UsageError as exc:
            error_report(f"usage error: {exc.format_message()}")
            raise
        except Exception as exc:
            error_report(f"the run failed: {type(exc).__name__}: {exc}")
            raise
        ctx.exit(code)

    return conformance
