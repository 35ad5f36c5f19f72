"""The ``xverse-api`` command line (``pip install 'xverse-api[cli]'``).

::

    xverse-api runes ADDRESS [ADDRESS ...]     rune balances, as a table, JSON or CSV
    xverse-api serve-fake [--port N]           the fake API of xverse_api.testing, on 127.0.0.1
    xverse-api --version

Exit codes: 0 every address answered, 1 at least one address failed (the others are
still printed), 2 a usage error (bad option, no addresses, no API key, an unreadable
address file), 3 the API key was refused (401/403; reported once, not per address).

Text from the server (rune names, symbols, error bodies) reaches a terminal only after
control characters and escape sequences are taken out; JSON escapes them, and CSV keeps
them as sent unless it is written to a terminal.

click and rich are imported only when the command line runs: nothing in ``xverse_api``
imports them at import time, and without them :func:`main` says what to install. (httpx
itself loads them when they are installed, for its own ``httpx`` command.)
"""

from __future__ import annotations

import asyncio
import csv
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Coroutine, Sequence
from typing import IO, TYPE_CHECKING, Any, Final, TextIO, TypeVar

from . import validate_rune_id
from ._address import validate_address
from ._client import AsyncXverse
from ._constants import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
    SERVERS,
)
from ._errors import APIStatusError, InvalidAddressError, InvalidParameterError, XverseError
from ._sdk.models import RuneBalance, RuneBalances

if TYPE_CHECKING:
    import click
    from rich.console import Console
    from rich.progress import Progress
    from rich.text import Text

__all__ = ["main"]

PROG: Final = "xverse-api"
INSTALL_HINT: Final = (
    f"{PROG}: the command line needs click and rich; install them with: "
    "pip install 'xverse-api[cli]'"
)
FORMATS: Final = ("table", "json", "csv")
CSV_FIELDS: Final = (
    "address",
    "rune_name",
    "rune_id",
    "amount",
    "divisibility",
    "symbol",
    "status",
    "error",
)
#: ``status`` in CSV: a balance row, an address that holds no runes, an address that failed.
STATUS_OK: Final = "ok"
STATUS_EMPTY: Final = "no runes"
STATUS_FAILED: Final = "failed"

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_KEY_REFUSED: Final = 3
EXIT_CODES_HELP: Final = (
    "Exit codes: 0 all addresses answered; 1 some addresses failed (the others still "
    "print); 2 usage error (bad option, no addresses, no API key, unreadable input); "
    "3 the API key was refused (401/403)."
)
KEY_REFUSED: Final = f"the API key was refused: check {ENV_API_KEY} (or --api-key)"
NO_API_KEY: Final = f"no API key: pass --api-key or set the {ENV_API_KEY} environment variable"
# Escape sequences (CSI, OSC/DCS/APC/PM/SOS strings, two-character escapes; 7- and 8-bit
# forms), then any control character left, and the bidirectional overrides that reorder
# what a terminal shows.
_ESCAPES: Final = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
# C0/C1 controls and every bidi control (embeddings, overrides, isolates and the marks
# LRM, RLM, ALM), which reorder what a terminal shows
_CONTROLS: Final = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_JSON_UNSAFE: Final = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
#: The library's messages name Python arguments (``api_key=...``, ``network='signet'``,
#: "the api_key argument", "check base_url"); on the command line they are these options.
CLI_OPTIONS: Final = {
    "api_key": "--api-key",
    "base_url": "--base-url",
    "network": "--network",
    "timeout": "--timeout",
    "max_retries": "--max-retries",
    "rate_limit": "--rate-limit",
    "body": "--body",
}
_OPTION_NAMES: Final = "|".join(CLI_OPTIONS)
_NAMED_ARGUMENT: Final = re.compile(rf"\bthe ({_OPTION_NAMES}) argument\b")
# name=, name=..., name='text' or name=2.0; not inside a word, a dotted name, an option
# (--param x=...) or a quoted pair ('limit=x') the command line itself wrote
_ASSIGNMENT: Final = re.compile(
    rf"(?<![\w.'\"-])({_OPTION_NAMES})=(?:'([^'\s]*)'|\.\.\.|([0-9][0-9.]*))?"
)
_BARE_BASE_URL: Final = re.compile(r"(?<![\w.'\"-])base_url\b")
#: Python snippets in library advice that mean nothing on the command line.
_PYTHON_EXAMPLES: Final = re.compile(r", e\.g\. open\(f\)\.read\(\)\.strip\(\)")
#: Where a library message starts quoting the server, whose words are kept as sent.
_SERVER_SAID: Final = " (server said: "

Result = RuneBalances | XverseError
T = TypeVar("T")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit code (the console script exits with it)."""
    if sys.stderr is None:  # started with stderr closed: its lines go nowhere, not to stdout
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    try:
        app = build_cli()
    except ImportError:
        from .conformance import install_hint  # noqa: PLC0415 - the conformance extra's own hint

        warn(install_hint(sys.argv[1:] if argv is None else argv, INSTALL_HINT))
        return 2
    try:
        app.main(args=list(argv) if argv is not None else None, prog_name=PROG)
    except SystemExit as exc:  # click's standalone mode always ends with SystemExit
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    return 0  # pragma: no cover - standalone mode never returns


# -- pure helpers (no click, no rich) ---------------------------------------------------


def one_line(text: object) -> str:
    """``text`` with every run of white space (newlines too) collapsed to one space."""
    return " ".join(str(text).split())


def terminal_text(text: object) -> str:
    """``text`` safe to show on a terminal: escape sequences and control characters
    (and bidirectional overrides) removed; tabs and newlines kept."""
    return _CONTROLS.sub("", _ESCAPES.sub("", str(text)))


def terminal_line(text: object) -> str:
    """:func:`terminal_text` on one line."""
    return one_line(terminal_text(one_line(text)))


def json_text(value: object) -> str:
    """``value`` as indented JSON in which every control character is escaped (JSON
    escapes C0 itself; DEL, C1, line separators and bidi overrides are escaped here),
    so it is safe on a terminal and decodes to exactly what the server sent."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def cli_wording(text: object) -> str:
    """A library message in command-line wording: the Python arguments it names become
    options (``pass api_key=...`` -> ``pass --api-key``, ``network='signet'`` ->
    ``--network signet``, ``the api_key argument`` -> ``--api-key``, ``check base_url``
    -> ``check --base-url``) and Python-only examples go. What the server said (after
    "(server said: ") is left as it was sent."""
    head, said, server = str(text).partition(_SERVER_SAID)
    head = _NAMED_ARGUMENT.sub(lambda m: CLI_OPTIONS[m[1]], head)
    head = _ASSIGNMENT.sub(
        lambda m: " ".join(part for part in (CLI_OPTIONS[m[1]], m[2] or m[3]) if part), head
    )
    head = _BARE_BASE_URL.sub(CLI_OPTIONS["base_url"], head)
    head = _PYTHON_EXAMPLES.sub("", head)
    return head + said + server


def describe(error: XverseError) -> str:
    """An error on one line in command-line wording (:func:`cli_wording`), network
    advice as ``pass --network signet or --network testnet4``."""
    if isinstance(error, InvalidAddressError) and error.hint_networks:
        advice = " or ".join(f"--network {name}" for name in error.hint_networks)
        return one_line(cli_wording(f"{error.reason}; pass {advice}"))
    return one_line(cli_wording(error))


def key_refused(result: object) -> bool:
    """True when ``result`` says the API key was refused (401 or 403)."""
    return isinstance(result, APIStatusError) and result.status_code in (401, 403)


def warn(line: str) -> None:
    """One line on stderr, made safe for a terminal; nothing (never stdout) when stderr
    is closed or broken."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(terminal_line(line) + "\n")
        stream.flush()
    except (OSError, ValueError):  # closed or broken: the line has nowhere to go
        pass


def normalise(address: str, network: str) -> str:
    """The form of ``address`` to send and de-duplicate (bech32 in lower case); as given
    when it is not valid (the library then reports why)."""
    try:
        return validate_address(address, network)  # type: ignore[arg-type] # the CLI's choice
    except InvalidAddressError:
        return address


def plain_amount(balance: RuneBalance) -> str:
    """The exact decimal amount without separators or exponent (``31427.48244``)."""
    return balance.format_amount().replace(",", "")


class InputError(Exception):
    """An address source that cannot be read as text (a usage error, exit 2)."""


def read_addresses(stream: IO[str] | None, name: str = "stdin") -> list[str]:
    """One address a line; blank lines, ``#`` comments and a leading BOM are skipped.

    Raises :class:`InputError` naming the problem for a closed stream or binary input.
    """
    if stream is None:
        raise InputError(f"{name} is closed; pass ADDRESS arguments or --file PATH")
    out = []
    try:
        for number, line in enumerate(stream, 1):
            # a BOM is no address: at the start, or where files were concatenated
            line = line.removeprefix("\ufeff")  # noqa: PLW2901
            if "\x00" in line or any("\udc80" <= ch <= "\udcff" for ch in line):
                raise InputError(
                    f"{name} looks like a binary file (line {number} is not UTF-8 text); "
                    "pass a text file with one address a line"
                )
            text = line.split("#", 1)[0].strip()
            if text:
                out.append(text)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not UTF-8 text (byte {exc.object[exc.start]:#04x} at offset "
            f"{exc.start}); pass a text file with one address a line"
        ) from None
    except (OSError, ValueError) as exc:  # closed or unreadable
        raise InputError(f"{name} cannot be read ({one_line(exc)})") from None
    return out


def results_json(results: dict[str, Result]) -> dict[str, Any]:
    """Every address in input order: its balances, or the error it met."""
    entries: list[dict[str, Any]] = []
    for address, result in results.items():
        if isinstance(result, XverseError):
            entries.append(
                {
                    "address": address,
                    "error": {"type": type(result).__name__, "message": describe(result)},
                }
            )
        else:
            entries.append(
                {
                    "address": address,
                    "indexer_height": result.indexer_height,
                    "balances": [b.to_dict() for b in result],
                }
            )
    return {"results": entries}


def write_csv(
    out: TextIO, results: dict[str, Result], *, raw: bool, terminal: bool = False
) -> None:
    """One row per balance (``status`` ok); ``amount`` is the exact decimal, ``raw_amount``
    with ``raw``. An address without runes gets one row with ``status`` "no runes", and an
    address that failed one with ``status`` "failed" and the reason in ``error``. Fields
    are as the server sent them, unless ``terminal``: then control characters go."""
    fields = [f if f != "amount" or not raw else "raw_amount" for f in CSV_FIELDS]
    writer = csv.writer(out, lineterminator="\n")
    clean = terminal_text if terminal else str
    writer.writerow(fields)
    for address, result in results.items():
        if isinstance(result, XverseError):
            reason = f"{type(result).__name__}: {describe(result)}"
            writer.writerow([clean(address), "", "", "", "", "", STATUS_FAILED, clean(reason)])
            continue
        if not result:
            writer.writerow([clean(address), "", "", "", "", "", STATUS_EMPTY, ""])
        for b in result:
            amount = str(b.amount) if raw else plain_amount(b)
            row = [address, b.rune_name, b.rune_id, amount, b.divisibility, b.symbol or ""]
            writer.writerow([*(clean(field) for field in row), STATUS_OK, ""])


def is_terminal(stream: IO[str]) -> bool:
    """True when ``stream`` is an interactive terminal."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or exotic streams
        return False


class _StderrHandler(logging.Handler):
    """Log lines to whatever ``sys.stderr`` is now (test runners swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 - logging must never break the command
            self.handleError(record)


def enable_debug() -> None:
    """``--debug``: the xverse_api logger at DEBUG, on stderr (the key is never logged)."""
    logger = logging.getLogger("xverse_api")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


# -- rich output -----------------------------------------------------------------------


def print_tables(console: Console, results: dict[str, Result], *, raw: bool) -> None:
    """One table per address that answered, in input order."""
    from rich.table import Table  # noqa: PLC0415 - rich stays out of the core import path
    from rich.text import Text  # noqa: PLC0415

    def cell(value: object) -> Text:  # never markup, never a control character
        return Text(terminal_text(value))

    for address, result in results.items():
        if isinstance(result, XverseError):
            continue
        if not result:
            console.print(
                cell(f"{address}: no rune balances · indexer height {result.indexer_height}"),
                soft_wrap=True,
            )
            continue
        count = len(result)
        caption = (
            f"{count} rune balance{'s' if count != 1 else ''} · "
            f"indexer height {result.indexer_height}"
        )
        table = Table(
            title=cell(address),
            caption=cell(caption),
            title_justify="left",
            min_width=len(address),
        )
        amounts = [str(b.amount) if raw else b.format_amount() for b in result]
        # A narrow terminal folds rune names, never an amount: a number split over two
        # lines reads as two numbers.
        table.add_column("Rune", overflow="fold")
        table.add_column("ID", no_wrap=True, min_width=max(len(b.rune_id) for b in result))
        table.add_column(
            "Raw amount" if raw else "Amount",
            justify="right",
            no_wrap=True,
            min_width=max(map(len, amounts)),
        )
        if raw:
            table.add_column("Div", justify="right")
        table.add_column("Symbol", justify="center")
        for b, amount in zip(result, amounts, strict=True):
            row = [b.rune_name, b.rune_id, amount]
            if raw:
                row.append(str(b.divisibility))
            row.append(b.display_symbol)
            table.add_row(*map(cell, row))
        console.print(table)


# -- the click application -------------------------------------------------------------


def _fetch(
    addresses: list[str],
    *,
    client_options: dict[str, Any],
    rune_id: str | None,
    concurrency: int,
    report: Callable[[str, Result], None],
    progress: Progress | None,
) -> dict[str, Result]:
    async def run() -> dict[str, Result]:
        async with AsyncXverse(**client_options) as client:
            return await client.runes.balances_many(
                addresses, rune_id=rune_id, concurrency=concurrency, on_result=report
            )

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


def build_cli() -> click.Group:
    """The click group; raises ImportError when click or rich is missing."""
    import click  # noqa: PLC0415 - the cli extra is optional; main() explains when missing
    import rich  # noqa: PLC0415, F401 - fail early, before any work, when rich is missing

    from . import __version__  # noqa: PLC0415

    class AddressFile(click.File):
        """A file of addresses; ``-`` for a closed stdin is a usage error, not a crash."""

        def convert(
            self, value: Any, param: click.Parameter | None, ctx: click.Context | None
        ) -> Any:
            if value == "-" and (sys.stdin is None or sys.stdin.closed):
                self.fail("'-' means stdin, and stdin is closed; pass a file path", param, ctx)
            return super().convert(value, param, ctx)

    def on_debug(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
        if value:
            ctx.meta["xverse.debug"] = True
            enable_debug()

    debug_option = click.option(
        "--debug",
        is_flag=True,
        expose_value=False,
        is_eager=True,
        callback=on_debug,
        help="Log every request (xverse_api logger at DEBUG) and show tracebacks.",
    )

    @click.group(context_settings={"help_option_names": ["-h", "--help"]})
    @click.version_option(
        __version__, "-V", "--version", prog_name=PROG, message="%(prog)s %(version)s"
    )
    @debug_option
    def cli() -> None:
        """Rune balances of Bitcoin addresses from the Xverse (SecretKeyLabs) API."""

    @cli.command(
        epilog=(
            "Output: a table when stdout is a terminal, JSON otherwise (amounts as exact "
            "strings); CSV has a status column (ok, no runes, failed) and the error. "
            + EXIT_CODES_HELP
        )
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
    @debug_option
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
        except BrokenPipeError:
            raise  # stdout closed early (`| head`): click exits quietly with 1
        except Exception as exc:  # one readable line instead of a traceback
            if debug:
                raise
            warn(
                f"error: unexpected {type(exc).__name__}: {one_line(exc)} "
                "(run with --debug for the traceback)"
            )
            ctx.exit(EXIT_FAILED)
        ctx.exit(code)

    for command in _more_commands():
        cli.add_command(command)
    return cli


def _more_commands() -> list[click.Command]:
    """``serve-fake``, ``call`` (any operation) and ``conformance``."""
    from ._cli_call import call_command  # noqa: PLC0415 - loads click, like build_cli

    # conformance.py says how to install the `conformance` extra when it is missing
    from .conformance import conformance_command  # noqa: PLC0415

    return [_serve_fake_command(), call_command(), conformance_command()]


def _serve_fake_command() -> click.Command:
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
        "--network", type=click.Choice(list(SERVERS)), default="mainnet", show_default=True
    )
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
    ) -> None:
        """Serve the fake Xverse API (xverse_api.testing) until Ctrl-C.

        The first line on stdout is the base URL, for --base-url.
        """
        from . import testing  # noqa: PLC0415 - the fake server is loaded only on demand

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
        ctx.exit(testing.main(argv))

    return serve_fake


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
    key was refused (reported once, however many addresses it cost)."""
    from rich.console import Console  # noqa: PLC0415 - rich stays out of the core import path
    from rich.progress import (  # noqa: PLC0415
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    progress: Progress | None = None
    task = None
    if len(addresses) > 1 and is_terminal(sys.stderr):
        progress = Progress(
            TextColumn("balances"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(file=sys.stderr),
            transient=True,
        )
        task = progress.add_task("balances", total=len(set(addresses)))
    failed: list[str] = []
    refused: list[str] = []

    def say(line: str) -> None:
        if progress is not None:
            progress.console.print(
                terminal_line(line), markup=False, highlight=False, soft_wrap=True
            )
        else:
            warn(line)

    def report(address: str, result: Result) -> None:
        if isinstance(result, APIStatusError) and key_refused(result):
            refused.append(address)
            if len(refused) == 1:
                say(f"error: {KEY_REFUSED} (the server answered {result.status_code})")
        elif isinstance(result, XverseError):
            failed.append(address)
            say(f"error: {address}: {describe(result)}")
        if progress is not None and task is not None:
            progress.advance(task)

    results = _fetch(
        addresses,
        client_options=client_options,
        rune_id=rune_id,
        concurrency=concurrency,
        report=report,
        progress=progress,
    )
    out = sys.stdout
    if fmt == "json":
        out.write(json_text(results_json(results)) + "\n")
    elif fmt == "csv":
        write_csv(out, results, raw=raw, terminal=is_terminal(out))
    else:
        console = Console(file=out, highlight=False)  # width: the terminal's or $COLUMNS
        print_tables(console, results, raw=raw)
    out.flush()
    if refused:
        return EXIT_KEY_REFUSED
    return EXIT_FAILED if failed else EXIT_OK
