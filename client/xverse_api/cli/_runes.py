"""``xverse-api runes``: rune balances of many addresses, as a table, JSON or CSV."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
from collections.abc import Callable, Coroutine
from typing import IO, TYPE_CHECKING, Any, Final, TextIO, TypeVar

import httpx

from .. import validate_rune_id
from .._address import validate_address
from .._client import AsyncXverse
from .._constants import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
    SERVERS,
)
from .._errors import (
    APIConnectionError,
    APIStatusError,
    InvalidAddressError,
    InvalidParameterError,
    XverseError,
)
from ._balances import Result, print_tables, results_json, write_csv
from ._terminal import (
    EXIT_BROKEN_PIPE,
    EXIT_CODES_HELP,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_KEY_REFUSED,
    EXIT_OK,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    KEY_REFUSED,
    NO_API_KEY,
    InputError,
    debug_option,
    describe,
    is_terminal,
    is_utf,
    json_text,
    key_refused,
    one_line,
    read_addresses,
    terminal_line,
    warn,
)

if TYPE_CHECKING:
    import click
    from rich.progress import Progress


__all__ = ["run_runes", "runes_command"]

FORMATS: Final = ("table", "json", "csv")

T = TypeVar("T")


def normalise(address: str, network: str) -> str:
    """The form of ``address`` to send and de-duplicate (bech32 in lower case); as given
    when it is not valid (the library then reports why)."""
    try:
        return validate_address(address, network)  # type: ignore[arg-type] # the CLI's choice
    except InvalidAddressError:
        return address


class _Stopper:
    """Cancels the running batch from any thread (the event loop's or Ctrl-C's)."""

    def __init__(self) -> None:
        self._cancel: Callable[[], object] | None = None
        self.stopped = False

    def attach(self, loop: asyncio.AbstractEventLoop, task: asyncio.Future[Any]) -> None:
        def cancel() -> object:
            return loop.call_soon_threadsafe(task.cancel)

        self._cancel = cancel
        if self.stopped:
            cancel()

    def stop(self) -> None:
        self.stopped = True
        if self._cancel is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already finished
                self._cancel()


def _fetch(
    addresses: list[str],
    *,
    client_options: dict[str, Any],
    rune_id: str | None,
    concurrency: int,
    report: Callable[[str, Result], None],
    progress: Progress | None,
    stopper: _Stopper | None = None,
) -> dict[str, Result] | None:
    """Every address's result; None when ``stopper`` stopped the batch (the results so
    far went to ``report``)."""

    async def run() -> dict[str, Result] | None:
        async with AsyncXverse(**client_options) as client:
            task = asyncio.ensure_future(
                client.runes.balances_many(
                    addresses, rune_id=rune_id, concurrency=concurrency, on_result=report
                )
            )
            if stopper is not None:
                stopper.attach(asyncio.get_running_loop(), task)
            try:
                return await task
            except asyncio.CancelledError:
                if stopper is None or not stopper.stopped:
                    raise
                return None

    if progress is None:
        return _run_in_thread(run)
    with progress:
        return _run_in_thread(run)


def _run_in_thread(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """``asyncio.run(factory())`` on a worker thread; the main thread only waits.

    Why not on the main thread: coverage.py's C tracer on Python 3.11 loses track of
    the calling frames once an event loop has run real httpx sockets in them (lines
    after ``asyncio.run`` go unrecorded), and a daemon worker also lets Ctrl-C end the
    command at once instead of waiting for in-flight requests to be cancelled.
    """
    box: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            box.append(asyncio.run(factory()))
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread as is
            failure.append(exc)

    worker = threading.Thread(target=target, name="xverse-cli", daemon=True)
    worker.start()
    worker.join()
    if failure:
        raise failure[0]
    return box[0]


def check_rune_id(ctx: click.Context, _param: click.Parameter, value: str | None) -> Any:
    """``--rune-id``: the library's own check (block a u64, tx a u32, no leading zeros),
    so a rune id it would refuse per address is one usage error, before any request."""
    import click  # noqa: PLC0415 - see build_cli

    if value is not None:
        try:
            validate_rune_id(value, "--rune-id")
        except InvalidParameterError as exc:
            raise click.UsageError(str(exc), ctx=ctx) from None
    return value


def runes_command() -> click.Command:
    """``xverse-api runes``; the group in ``_app`` registers it."""
    import click  # noqa: PLC0415 - the cli extra is optional; main() explains when missing

    class AddressFile(click.File):
        """A file of addresses; ``-`` for a closed stdin is a usage error, not a crash."""

        def convert(
            self, value: Any, param: click.Parameter | None, ctx: click.Context | None
        ) -> Any:
            if value == "-" and (sys.stdin is None or sys.stdin.closed):
                self.fail("'-' means stdin, and stdin is closed; pass a file path", param, ctx)
            return super().convert(value, param, ctx)

    @click.command(
        "runes",
        epilog=(
            "Output: a table when stdout is a terminal, JSON otherwise (amounts as exact "
            "strings); CSV has a status column (ok, no runes, failed) and the error. "
            + EXIT_CODES_HELP
        ),
    )
    @click.argument("addresses", nargs=-1, metavar="[ADDRESS]...")
    @click.option(
        "--file",
        "-f",
        "files",
        type=AddressFile("r", encoding="utf-8-sig"),
        multiple=True,
        help="Read addresses from this file, one a line ('-' for stdin; # comments).",
    )
    @click.option(
        "--format",
        "-o",
        "fmt",
        type=click.Choice(FORMATS),
        default=None,
        help="Output format [default: table on a terminal, json otherwise].",
    )
    @click.option("--raw", is_flag=True, help="Amounts in the rune's smallest unit (integers).")
    @click.option("--rune-id", callback=check_rune_id, help="Only this rune (BLOCK:TX).")
    @click.option(
        "--network",
        type=click.Choice(list(SERVERS)),
        default=None,
        help="Which Bitcoin network's server and addresses [default: mainnet].",
    )
    @click.option(
        "--base-url",
        help=(
            "API base URL [default: the --network's server; without --network, "
            f"${ENV_BASE_URL} if set, else mainnet's]."
        ),
    )
    @click.option(
        "--api-key",
        envvar=ENV_API_KEY,
        show_envvar=True,
        help="API key (prefer the environment variable; it is never printed).",
    )
    @click.option(
        "--concurrency",
        "-j",
        type=click.IntRange(min=1),
        default=DEFAULT_CONCURRENCY,
        show_default=True,
        help="Addresses fetched at the same time.",
    )
    @click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=DEFAULT_TIMEOUT,
        show_default=True,
        help="Seconds for each phase of a request.",
    )
    @click.option(
        "--max-retries",
        type=click.IntRange(min=0),
        default=DEFAULT_MAX_RETRIES,
        show_default=True,
        help="Retries on timeouts, 429 and 5xx.",
    )
    @click.option(
        "--rate-limit",
        type=click.FloatRange(min=0, min_open=True),
        default=None,
        help="Requests per second at most [default: learnt from the server's 429s].",
    )
    @debug_option()
    @click.pass_context
    def runes(
        ctx: click.Context,
        *,
        addresses: tuple[str, ...],
        files: tuple[IO[str], ...],
        fmt: str | None,
        raw: bool,
        rune_id: str | None,
        network: str | None,
        base_url: str | None,
        api_key: str | None,
        concurrency: int,
        timeout: float,
        max_retries: int,
        rate_limit: float | None,
    ) -> None:
        """Rune balances of each ADDRESS (or of the addresses on stdin).

        \b
          xverse-api runes bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch
          xverse-api runes --format csv --file addresses.txt > balances.csv
          cat addresses.txt | xverse-api runes --format json
        """
        wanted: list[str] = []
        try:
            for address in addresses:
                wanted.extend(read_addresses(sys.stdin) if address == "-" else [address])
            for stream in files:
                wanted.extend(read_addresses(stream, f"--file {stream.name}"))
            if not addresses and not files and not is_terminal(sys.stdin):
                wanted.extend(read_addresses(sys.stdin))
        except InputError as exc:
            raise click.UsageError(terminal_line(exc)) from None
        if not wanted:
            raise click.UsageError(
                "no addresses: pass ADDRESS arguments, --file PATH, or pipe them on stdin"
            )
        if not api_key:
            raise click.UsageError(NO_API_KEY)
        fmt = fmt or ("table" if is_terminal(sys.stdout) else "json")
        debug = bool(ctx.meta.get("xverse.debug"))
        client_options: dict[str, Any] = {
            "api_key": api_key,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "rate_limit": rate_limit,
        }
        # Only an explicit --network is passed on: the library then never lets
        # $XVERSE_BASE_URL override it (--base-url still beats both); without it, the
        # library reads $XVERSE_BASE_URL itself, else mainnet's server.
        if network is not None:
            client_options["network"] = network
        try:
            code = run_runes(
                [normalise(address, network or "mainnet") for address in wanted],
                fmt=fmt,
                raw=raw,
                rune_id=rune_id,
                concurrency=concurrency,
                client_options=client_options,
            )
        except XverseError as exc:  # configuration the client refused (e.g. a bad URL)
            if debug:
                raise
            warn(f"error: {describe(exc)}")
            ctx.exit(EXIT_USAGE)
        except BrokenPipeError:  # stdout closed early (`| head`): quietly, as Unix tools do
            _silence_stdout()
            ctx.exit(EXIT_BROKEN_PIPE)
        except Exception as exc:  # one readable line instead of a traceback
            if debug:
                raise
            warn(
                f"error: unexpected {type(exc).__name__}: {one_line(exc)} "
                "(run with --debug for the traceback)"
            )
            ctx.exit(EXIT_FAILED)
        ctx.exit(code)

    return runes


def unreachable(result: object) -> bool:
    """True when ``result`` says the server could not be reached at all (no connection:
    refused, DNS, a connect timeout), as opposed to one answer going wrong."""
    return isinstance(result, APIConnectionError) and isinstance(
        result.__cause__, httpx.ConnectError | httpx.ConnectTimeout
    )


def _progress(addresses: list[str]) -> tuple[Progress | None, Any]:
    """A progress bar on stderr when it is a terminal and there is more than one address."""
    if len(addresses) < 2 or not is_terminal(sys.stderr):
        return None, None
    from rich.console import Console  # noqa: PLC0415 - rich stays out of the core import path
    from rich.progress import (  # noqa: PLC0415
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    progress = Progress(
        TextColumn("balances"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    return progress, progress.add_task("balances", total=len(set(addresses)))


def run_runes(
    addresses: list[str],
    *,
    fmt: str,
    raw: bool,
    rune_id: str | None,
    concurrency: int,
    client_options: dict[str, Any],
) -> int:
    """Fetch, print, and return the exit code: 0 all answered, 1 some failed, 3 the API
    key was refused (reported once, however many addresses it cost), 4 the server could
    not be reached (said once; the batch stops), 130 interrupted (Ctrl-C), 141 stdout
    closed early (a broken pipe). An interrupted or stopped batch still writes what it
    has: complete JSON, the CSV rows and the tables of the addresses that answered."""
    progress, task = _progress(addresses)
    failed: list[str] = []
    refused: list[str] = []
    cut_off: list[str] = []
    answered: dict[str, Result] = {}
    stopper = _Stopper()

    def say(line: str) -> None:
        if progress is not None:
            progress.console.print(
                terminal_line(line), markup=False, highlight=False, soft_wrap=True
            )
        else:
            warn(line)

    def report(address: str, result: Result) -> None:
        if stopper.stopped:
            return
        if isinstance(result, APIConnectionError) and unreachable(result):
            cut_off.append(address)
            say(f"error: {describe(result)}; stopped: the server cannot be reached")
            stopper.stop()
            return
        answered[address] = result
        if isinstance(result, APIStatusError) and key_refused(result):
            refused.append(address)
            if len(refused) == 1:
                say(f"error: {KEY_REFUSED} (the server answered {result.status_code})")
        elif isinstance(result, XverseError):
            failed.append(address)
            say(f"error: {address}: {describe(result)}")
        if progress is not None and task is not None:
            progress.advance(task)

    interrupted = False
    try:
        results = _fetch(
            addresses,
            client_options=client_options,
            rune_id=rune_id,
            concurrency=concurrency,
            report=report,
            progress=progress,
            stopper=stopper,
        )
    except KeyboardInterrupt:
        interrupted = True
        stopper.stop()
        results = None
    if results is None:  # stopped or interrupted: what answered, in input order
        results = {a: answered[a] for a in dict.fromkeys(addresses) if a in answered}
    shown = f"{len(results)} of {len(dict.fromkeys(addresses))} addresses answered"
    incomplete = (
        f"interrupted: {shown}"
        if interrupted
        else f"stopped, the server cannot be reached: {shown}"
        if cut_off
        else None
    )
    try:
        write_results(sys.stdout, results, fmt=fmt, raw=raw, incomplete=incomplete)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    if interrupted:
        warn(f"{incomplete}; the output holds those")
        return EXIT_INTERRUPTED
    if cut_off:
        return EXIT_UNREACHABLE
    if refused:
        return EXIT_KEY_REFUSED
    return EXIT_FAILED if failed else EXIT_OK


def write_results(
    out: TextIO, results: dict[str, Result], *, fmt: str, raw: bool, incomplete: str | None
) -> None:
    """The results on ``out`` in ``fmt``, never failing on its encoding: JSON escapes
    every non-ASCII character when ``out`` is not UTF-8; tables and CSV replace what
    the encoding cannot show with ``?`` (one warning says so)."""
    from rich.console import Console  # noqa: PLC0415 - rich stays out of the core import path

    utf = is_utf(out)
    if not utf and fmt != "json":
        reconfigure = getattr(out, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
            warn(
                f"warning: stdout's encoding ({getattr(out, 'encoding', '?')}) cannot show "
                "every character; those are replaced with '?' (set PYTHONIOENCODING=utf-8, "
                "or use --format json)"
            )
    if fmt == "json":
        document = results_json(results)
        if incomplete is not None:
            document["incomplete"] = incomplete
        out.write(json_text(document, ascii_only=not utf) + "\n")
    elif fmt == "csv":
        write_csv(out, results, raw=raw, terminal=is_terminal(out))
    else:
        console = Console(file=out, highlight=False)  # width: the terminal's or $COLUMNS
        print_tables(console, results, raw=raw)
        if incomplete is not None:
            console.print(incomplete, markup=False, highlight=False)
    out.flush()


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null, so the interpreter's own flush at
    exit has nowhere to fail (the way Python's docs advise)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
