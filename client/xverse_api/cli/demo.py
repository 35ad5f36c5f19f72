"""``make demo``: the command line against the fake API on 127.0.0.1.

Starts :class:`xverse_api.testing.FakeXverse` on a free port in this process, runs
``python -m xverse_api runes ...`` as a subprocess against it (three good addresses and
one deliberately malformed one), shows what it printed, stops the server, and exits 0
when everything behaved as expected: the tables printed, the bad address got its
one-line error, and the command exited 1 because of it.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Sequence
from typing import Final, TextIO

from ..testing import (
    DEFAULT_ADDRESS,
    DEFAULT_API_KEY,
    EMPTY_ADDRESS,
    MANY_RUNES_ADDRESS,
    MANY_RUNES_COUNT,
    FakeXverse,
)

__all__ = ["BAD_ADDRESS", "check", "command", "main"]

#: The spec's example address with a typo in its last character: the checksum catches
#: it, the CLI reports it on one line and carries on with the rest.
BAD_ADDRESS: Final = DEFAULT_ADDRESS[:-1] + ("j" if DEFAULT_ADDRESS[-1] != "j" else "k")
#: The instructive cases first (a few runes, none, a typo); the 150-row table last.
ADDRESSES: Final = (DEFAULT_ADDRESS, EMPTY_ADDRESS, BAD_ADDRESS, MANY_RUNES_ADDRESS)
EXPECTED_RUNE: Final = "DOG•GO•TO•THE•MOON"
WIDTH: Final = "120"


def command(base_url: str) -> list[str]:
    """The command line the demo runs (the fake's key is public: it is the fake's)."""
    return [
        sys.executable,
        "-m",
        "xverse_api",
        "runes",
        "--base-url",
        base_url,
        "--api-key",
        DEFAULT_API_KEY,
        "--format",
        "table",
        *ADDRESSES,
    ]


def check(returncode: int, stdout: str, stderr: str) -> list[str]:
    """What went wrong, if anything (an empty list: the demo ran as expected)."""
    problems = []
    if returncode != 1:
        problems.append(f"the command exited {returncode}; 1 was expected (one bad address)")
    if EXPECTED_RUNE not in stdout:
        problems.append(f"no table row for {EXPECTED_RUNE} in the output")
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    if len(errors) != 1 or not errors[0].startswith(f"error: {BAD_ADDRESS}: "):
        problems.append(f"expected one error line for {BAD_ADDRESS}, got {len(errors)}")
    if "Traceback" in stderr:
        problems.append("the command printed a traceback")
    return problems


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the demo; 0 when it behaved as expected, 1 otherwise."""
    del argv  # no options; the signature matches the other entry points
    out = sys.stdout if out is None else out
    env = {
        **os.environ,
        "COLUMNS": WIDTH,  # stdout is a pipe here; give rich a sensible width
        "PYTHONIOENCODING": "utf-8",  # rune names and symbols are not ASCII
    }
    env.pop("XVERSE_BASE_URL", None)
    fake = FakeXverse(honour_paging=True)  # page like a future server: 150 runes = 3 pages
    print("xverse-api demo: rune balances from a fake Xverse API on this machine", file=out)
    with fake.serve() as base_url:
        cmd = command(base_url)
        shown = shlex.join(["xverse-api", *cmd[3:]])
        print(
            f"fake API at {base_url} (seeded test data; its key is {DEFAULT_API_KEY!r})", file=out
        )
        print(
            f"looking up {len(ADDRESSES)} addresses: the spec's example address, one with "
            "no runes, the example address with a typo in its last character (on purpose), "
            f"and one with {MANY_RUNES_COUNT} runes (three pages, shown last)",
            file=out,
        )
        print(f"$ {shown}\n", file=out, flush=True)
        result = subprocess.run(  # noqa: S603 - our own interpreter and fixed arguments
            cmd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=60,
            check=False,
        )
        requests = len(fake.requests)
    out.write(result.stderr)  # the typo's one error line first, then the tables
    out.write(result.stdout)
    print(f"\nthe command exited {result.returncode} after {requests} requests", file=out)
    problems = check(result.returncode, result.stdout, result.stderr)
    if problems:
        for problem in problems:
            print(f"demo FAILED: {problem}", file=out)
        return 1
    print(
        "demo OK: exit code 1 is expected, because the mistyped address fails its checksum; "
        "the other addresses still printed. The fake API is stopped.",
        file=out,
    )
    return 0


if __name__ == "__main__":  # pragma: no cover - run by `make demo`
    raise SystemExit(main())
