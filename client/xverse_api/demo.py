"""``python -m xverse_api.demo`` (``make demo``): kept for that command; the demo is
:mod:`xverse_api.cli.demo`."""

from __future__ import annotations

from .cli.demo import ADDRESSES, BAD_ADDRESS, EXPECTED_RUNE, check, command, main

__all__ = ["ADDRESSES", "BAD_ADDRESS", "EXPECTED_RUNE", "check", "command", "main"]

if __name__ == "__main__":  # pragma: no cover - run by `make demo`
    raise SystemExit(main())
