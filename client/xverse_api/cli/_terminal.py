"""What the command line reads and writes, made safe: text for a terminal (escape
sequences, control characters and bidi overrides out), JSON that escapes them, library
messages in command-line wording, the exit codes, address lists from files or stdin, and
``--debug`` logging. Pure helpers: no click, no rich.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sys
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any, Final, TypeVar

from .._constants import ENV_API_KEY
from .._errors import APIStatusError, InvalidAddressError, XverseError

if TYPE_CHECKING:
    import click

_F = TypeVar("_F", bound=Callable[..., Any])

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_CODES_HELP",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_KEY_REFUSED",
    "EXIT_OK",
    "EXIT_UNREACHABLE",
    "EXIT_USAGE",
    "KEY_REFUSED",
    "NO_API_KEY",
    "InputError",
    "cli_wording",
    "debug_option",
    "describe",
    "enable_debug",
    "is_terminal",
    "is_utf",
    "json_text",
    "key_refused",
    "one_line",
    "read_addresses",
    "terminal_line",
    "terminal_text",
    "warn",
]

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_KEY_REFUSED: Final = 3
#: the server could not be reached at all (connection refused, DNS, connect timeout)
EXIT_UNREACHABLE: Final = 4
#: Ctrl-C, as shells report a command ended by SIGINT (128 + 2)
EXIT_INTERRUPTED: Final = 130
#: stdout closed early (``| head``), as shells report a command ended by SIGPIPE (128 + 13)
EXIT_BROKEN_PIPE: Final = 141
EXIT_CODES_HELP: Final = (
    "Exit codes: 0 all addresses answered; 1 some addresses failed (the others still "
    "print); 2 usage error (bad option, no addresses, no API key, unreadable input); "
    "3 the API key was refused (401/403); 4 the server cannot be reached (said once, "
    "the rest not tried); 130 interrupted (Ctrl-C; what answered is still written); "
    "141 stdout closed early (| head)."
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


def json_text(value: object, *, ascii_only: bool = False) -> str:
    """``value`` as indented JSON in which every control character is escaped (JSON
    escapes C0 itself; DEL, C1, line separators and bidi overrides are escaped here),
    so it is safe on a terminal and decodes to exactly what the server sent.
    ``ascii_only`` escapes every non-ASCII character too (for a stream that is not
    UTF-8): the same JSON value."""
    text = json.dumps(value, indent=2, ensure_ascii=ascii_only)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def is_utf(stream: object) -> bool:
    """True when ``stream`` encodes text as UTF-8 (or another UTF), so any character
    can be written to it; streams that do not say are taken to."""
    import codecs  # noqa: PLC0415

    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str):
        return True
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


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
        return one_line(cli_wording(f"address {error.address!r} {error.reason}; pass {advice}"))
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
    text = terminal_line(line) + "\n"
    if not is_utf(stream):  # what its encoding cannot show becomes '?', never an error
        encoding = str(getattr(stream, "encoding", "ascii"))
        with contextlib.suppress(LookupError):
            text = text.encode(encoding, "replace").decode(encoding)
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):  # closed or broken: the line has nowhere to go
        pass


class InputError(Exception):
    """An address source that cannot be read as text (a usage error, exit 2)."""


#: The longest line of an address list read (an address is at most 90 characters; room
#: is left for a comment).
MAX_LINE: Final = 4096


def read_addresses(stream: IO[str] | None, name: str = "stdin") -> list[str]:
    """One address a line; blank lines, ``#`` comments and a leading BOM are skipped.

    Raises :class:`InputError` naming the problem for a closed stream or binary input.
    """
    if stream is None:
        raise InputError(f"{name} is closed; pass ADDRESS arguments or --file PATH")
    out = []
    try:
        # read a line at a time, each at most MAX_LINE characters: one huge line is
        # refused without being held (or shown) whole
        for number, line in enumerate(iter(lambda: stream.readline(MAX_LINE + 1), ""), 1):
            if len(line) > MAX_LINE and not line.endswith("\n"):
                raise InputError(
                    f"{name}: line {number} is longer than {MAX_LINE:,} characters; "
                    "pass a text file with one address a line"
                )
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


def debug_option() -> Callable[[_F], _F]:
    """``--debug``, on the group and on each command: the xverse_api logger at DEBUG on
    stderr, and tracebacks instead of one-line errors (``ctx.meta["xverse.debug"]``)."""
    import click  # noqa: PLC0415 - the cli extra is optional; main() explains when missing

    def on_debug(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
        if value:
            ctx.meta["xverse.debug"] = True
            enable_debug()

    return click.option(
        "--debug",
        is_flag=True,
        expose_value=False,
        is_eager=True,
        callback=on_debug,
        help="Log every request (xverse_api logger at DEBUG) and show tracebacks.",
    )
