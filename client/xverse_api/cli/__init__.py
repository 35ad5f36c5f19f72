"""The ``xverse-api`` command line (``pip install 'xverse-api[cli]'``).

::

    xverse-api runes ADDRESS [ADDRESS ...]     rune balances, as a table, JSON or CSV
    xverse-api call "GET /path" --param k=v    any operation of openapi.json, as JSON
    xverse-api serve-fake [--port N]           the fake API of xverse_api.testing, on 127.0.0.1
    xverse-api conformance --base-url URL      a live server against openapi.json
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

Inside the package, one module per command and one for what they share: ``_app`` (the
group, ``--version``, ``--debug``, :func:`main`), ``_runes``, ``_call``, ``_serve_fake``,
``_conformance`` (wires :mod:`xverse_api.conformance` to click), ``_terminal`` (output
formatting, terminal safety, wording, exit codes, address input) and ``demo``
(``make demo``).
"""

from __future__ import annotations

from ._app import INSTALL_HINT, PROG, build_cli, install_hint, main
from ._terminal import (
    EXIT_FAILED,
    EXIT_KEY_REFUSED,
    EXIT_OK,
    EXIT_USAGE,
    InputError,
    cli_wording,
    describe,
    enable_debug,
    is_terminal,
    json_text,
    one_line,
    read_addresses,
    terminal_line,
    terminal_text,
    warn,
)

__all__ = [
    "EXIT_FAILED",
    "EXIT_KEY_REFUSED",
    "EXIT_OK",
    "EXIT_USAGE",
    "INSTALL_HINT",
    "PROG",
    "InputError",
    "build_cli",
    "cli_wording",
    "describe",
    "enable_debug",
    "install_hint",
    "is_terminal",
    "json_text",
    "main",
    "one_line",
    "read_addresses",
    "terminal_line",
    "terminal_text",
    "warn",
]
