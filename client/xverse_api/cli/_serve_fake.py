"""``xverse-api serve-fake``: the fake API of :mod:`xverse_api.testing`, until Ctrl-C."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._constants import SERVERS

if TYPE_CHECKING:
    import click

__all__ = ["serve_fake_command"]

FAULT_HELP = (
    "Queue a fault for the next requests, in order (repeatable): STATUS (the spec's JSON "
    "error), html:STATUS, empty:STATUS, rate-limited[:SECONDS], slow:SECONDS, dropped, "
    "truncated; xN gives it to N requests (502x2)."
)


def serve_fake_command() -> click.Command:
    """``serve-fake``: the fake API of :mod:`xverse_api.testing`, until Ctrl-C."""
    import click  # noqa: PLC0415 - see build_cli

    @click.command("serve-fake")
    @click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
    @click.option("--port", type=click.IntRange(0, 65535), default=0, help="0 picks a free port.")
    @click.option("--api-key", default=None, help="The key the fake accepts [default: fake-key].")
    @click.option(
        "--rate-limit",
        type=click.FloatRange(min=0, min_open=True),
        default=None,
        help="Requests per second before 429.",
    )
    @click.option("--burst", type=click.IntRange(min=1), default=None, help="Token bucket size.")
    @click.option(
        "--honour-paging", is_flag=True, help="Apply limit/offset (the real API ignores them)."
    )
    @click.option(
        "--data", type=click.Path(exists=True, dir_okay=False), help="JSON: address -> wire items."
    )
    @click.option(
        "--network",
        type=click.Choice(list(SERVERS)),
        default="mainnet",
        show_default=True,
        help="The network whose addresses the default data set holds.",
    )
    @click.option("--fault", "faults", multiple=True, metavar="KIND[xN]", help=FAULT_HELP)
    @click.pass_context
    def serve_fake(
        ctx: click.Context,
        *,
        host: str,
        port: int,
        api_key: str | None,
        rate_limit: float | None,
        burst: int | None,
        honour_paging: bool,
        data: str | None,
        network: str,
        faults: tuple[str, ...],
    ) -> None:
        """Serve the fake Xverse API (xverse_api.testing) until Ctrl-C.

        The first line on stdout is the base URL, for --base-url; stderr names the
        network's seeded addresses. Exit codes: 0 stopped, 1 cannot listen (a busy
        port), 2 bad options or --data.

        \b
          xverse-api serve-fake --port 8080 --network testnet4
          xverse-api serve-fake --fault 502x2 --fault slow:3
        """
        from .. import testing  # noqa: PLC0415 - the fake server is loaded only on demand
        from ..testing._command import parse_fault  # noqa: PLC0415

        argv = ["--host", host, "--port", str(port), "--network", network]
        for name, value in (
            ("--api-key", api_key),
            ("--rate-limit", rate_limit),
            ("--burst", burst),
            ("--data", data),
        ):
            if value is not None:
                argv += [name, str(value)]
        if honour_paging:
            argv.append("--honour-paging")
        for fault in faults:
            try:
                parse_fault(fault)
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint="--fault") from None
            argv += ["--fault", fault]
        ctx.exit(testing.main(argv))

    return serve_fake
