"""``python -m xverse_api.testing``: serve the fake until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from .._address import NETWORKS
from ._fake import DEFAULT_API_KEY, DEFAULT_INDEXER_HEIGHT, FakeXverse

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m xverse_api.testing",
        description=(
            "Serve the fake Xverse rune-balances API until interrupted. The first line "
            "on stdout is the base URL."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    parser.add_argument(
        "--api-key", default=DEFAULT_API_KEY, help=f"the key to accept (default {DEFAULT_API_KEY})"
    )
    parser.add_argument(
        "--rate-limit", type=float, default=None, help="requests per second before 429 (off)"
    )
    parser.add_argument("--burst", type=int, default=None, help="token bucket size")
    parser.add_argument(
        "--honour-paging", action="store_true", help="apply limit/offset (today's API ignores them)"
    )
    parser.add_argument(
        "--data", type=Path, default=None, help="JSON file: address -> list of wire items"
    )
    parser.add_argument("--network", choices=sorted(NETWORKS), default="mainnet")
    parser.add_argument("--indexer-height", type=int, default=DEFAULT_INDEXER_HEIGHT)
    return parser


def _load_balances(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text("utf-8"))
    if not isinstance(data, dict):
        raise TypeError(f"{path} must hold a JSON object: address -> list of wire items")
    return data


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(
    argv: Sequence[str] | None = None,
    *,
    stop: threading.Event | None = None,
    out: TextIO | None = None,
) -> int:
    """Serve the fake until Ctrl-C, SIGTERM or ``stop`` is set; print the base URL first.

    ``stop`` and ``out`` (default: stdout) let a test or an embedding program drive it.
    """
    args = _parser().parse_args(argv)
    out = sys.stdout if out is None else out
    stop = threading.Event() if stop is None else stop
    try:
        balances = None if args.data is None else _load_balances(args.data)
        fake = FakeXverse(
            balances,
            api_key=args.api_key,
            honour_paging=args.honour_paging,
            rate_limit=args.rate_limit,
            burst=args.burst,
            indexer_height=args.indexer_height,
            network=args.network,
        )
    except (OSError, TypeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # SIGTERM stops the server like Ctrl-C; only the main thread may set handlers.
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.getsignal(signal.SIGTERM)
    if in_main_thread:
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        with fake.serve(args.host, args.port) as base_url, contextlib.suppress(KeyboardInterrupt):
            print(base_url, file=out, flush=True)
            print(f"fake Xverse API at {base_url}; Ctrl-C stops it", file=sys.stderr, flush=True)
            while not stop.wait(0.5):  # a timeout lets Ctrl-C through on Windows too
                pass
    finally:
        if in_main_thread and previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return 0
