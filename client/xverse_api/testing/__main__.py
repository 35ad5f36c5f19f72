"""``python -m xverse_api.testing``: serve the fake API until Ctrl-C (see ``_command``)."""

from __future__ import annotations

from ._command import main

if __name__ == "__main__":  # pragma: no cover - exercised through a subprocess
    raise SystemExit(main())
