"""The ``xverse-api`` click group: ``--version``, ``--debug`` and the commands it wires
up (``runes``, ``serve-fake``, ``call``, ``conformance``); :func:`main` runs it."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from .._constants import VERSION
from ._terminal import debug_option, warn

if TYPE_CHECKING:
    import click

__all__ = ["INSTALL_HINT", "PROG", "build_cli", "install_hint", "main"]

PROG: Final = "xverse-api"
INSTALL_HINT: Final = (
    f"{PROG}: the command line needs click and rich; install them with: "
    "pip install 'xverse-api[cli]' (from a checkout: pip install '.[cli]')"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit code (the console script exits with it)."""
    if sys.stderr is None:  # started with stderr closed: its lines go nowhere, not to stdout
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    try:
        app = build_cli()
    except ImportError:
        warn(install_hint(sys.argv[1:] if argv is None else argv))
        return 2
    try:
        app.main(args=list(argv) if argv is not None else None, prog_name=PROG)
    except SystemExit as exc:  # click's standalone mode always ends with SystemExit
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    return 0  # pragma: no cover - standalone mode never returns


def install_hint(argv: Sequence[str], default: str = INSTALL_HINT) -> str:
    """What :func:`main` says when click or rich is missing: for ``xverse-api conformance``
    (the first argument that is not an option; the group's options are all flags) the
    ``conformance`` extra, which brings them too; else ``default`` (the ``cli`` extra)."""
    from ..conformance import INSTALL_HINT as CONFORMANCE_HINT  # noqa: PLC0415

    command = next((arg for arg in argv if not arg.startswith("-")), None)
    return CONFORMANCE_HINT if command == "conformance" else default


def build_cli() -> click.Group:
    """The click group; raises ImportError when click or rich is missing."""
    import click  # noqa: PLC0415 - the cli extra is optional; main() explains when missing
    import rich  # noqa: PLC0415, F401 - fail early, before any work, when rich is missing

    @click.group(context_settings={"help_option_names": ["-h", "--help"]})
    @click.version_option(
        VERSION, "-V", "--version", prog_name=PROG, message="%(prog)s %(version)s"
    )
    @debug_option()
    def cli() -> None:
        """Rune balances of Bitcoin addresses from the Xverse (SecretKeyLabs) API."""

    for command in _commands():
        cli.add_command(command)
    return cli


def _commands() -> list[click.Command]:
    """``runes``, ``mempool``, ``rune``, ``serve-fake``, ``call`` (any operation) and
    ``conformance``."""
    from ._call import call_command  # noqa: PLC0415 - loads click, like build_cli
    from ._conformance import conformance_command  # noqa: PLC0415
    from ._rune import mempool_command, rune_command  # noqa: PLC0415
    from ._runes import runes_command  # noqa: PLC0415
    from ._serve_fake import serve_fake_command  # noqa: PLC0415

    return [
        runes_command(),
        mempool_command(),
        rune_command(),
        serve_fake_command(),
        call_command(),
        conformance_command(),
    ]
