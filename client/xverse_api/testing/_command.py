"""``python -m xverse_api.testing``: serve the fake until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import re
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any, Final, TextIO

from .._address import NETWORKS
from ._fake import DEFAULT_API_KEY, DEFAULT_INDEXER_HEIGHT, FakeXverse
from ._responses import Fault

__all__ = ["FAULT_HELP", "main", "parse_fault"]

#: ``--fault``'s forms (the same in ``xverse-api serve-fake``)
FAULT_HELP = (
    "queue a fault for the next requests, in order; repeatable. KIND[xN] answers N "
    "requests (default 1) with: STATUS (e.g. 502: that status, the spec's JSON error "
    "body), html:STATUS (a gateway's HTML page), empty:STATUS (no body), "
    "rate-limited[:SECONDS] (429 with Retry-After, default 1), slow:SECONDS (the normal "
    "answer, late), dropped (the connection closes unanswered), truncated (the JSON cut "
    "in half). Example: --fault 502x2 --fault slow:3"
)
_FAULT: Final = re.compile(r"(?P<kind>[a-z-]+?:?|)(?P<arg>[0-9.]*)(?:x(?P<times>[0-9]+))?")


def _fault(kind: str, arg: str) -> Fault | None:
    if kind == "" and arg.isdigit():
        return Fault.error(int(arg))
    if kind in ("html", "empty") and arg.isdigit():
        return Fault.html(int(arg)) if kind == "html" else Fault.empty(int(arg))
    if kind == "rate-limited":
        return Fault.rate_limited(float(arg) if arg else 1)
    if kind == "slow" and arg:
        return Fault.slow(float(arg))
    if kind in ("dropped", "truncated") and not arg:
        return Fault.dropped() if kind == "dropped" else Fault.truncated()
    return None


def parse_fault(text: str) -> tuple[Fault, int]:
    """``--fault`` text -> (the fault, how many requests get it); ValueError naming the
    forms when it is not one of them."""
    found = _FAULT.fullmatch(text.strip().lower())
    fault = None
    if found is not None and int(found["times"] or 1) >= 1:
        with contextlib.suppress(ValueError):  # a status out of range, "1.2.3" seconds
            fault = _fault(found["kind"].rstrip(":"), found["arg"])
    if found is None or fault is None:
        raise ValueError(
            f"--fault {text!r} is not a fault; use STATUS, html:STATUS, empty:STATUS, "
            "rate-limited[:SECONDS], slow:SECONDS, dropped or truncated, each with an "
            "optional xN (e.g. 502x2)"
        )
    return fault, int(found["times"] or 1)


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
    parser.add_argument("--fault", action="append", default=[], metavar="KIND[xN]", help=FAULT_HELP)
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

    Returns 0 when stopped, 2 for bad options or data, 1 when it cannot listen (the port
    is in use, say), each with one ``error:`` line on stderr.

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
        for text in args.fault:
            fault, times = parse_fault(text)
            fake.add_fault(fault, times)
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
            if args.data is None:
                seeded = fake.addresses
                print(
                    f"key {args.api_key}; {args.network} addresses with runes: "
                    f"{seeded.default} (DOG•GO•TO•THE•MOON), {seeded.many_runes} "
                    f"(150 runes); none: {seeded.empty}",
                    file=sys.stderr,
                    flush=True,
                )
            while not stop.wait(0.5):  # a timeout lets Ctrl-C through on Windows too
                pass
    except OSError as exc:  # the port is taken, the host is not this machine's, ...
        why = "the port is in use" if exc.errno == errno.EADDRINUSE else exc.strerror or exc
        print(
            f"error: cannot listen on {args.host}:{args.port}: {why}; pick another --port "
            "(0 picks a free one)",
            file=sys.stderr,
        )
        return 1
    finally:
        if in_main_thread and previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return 0
