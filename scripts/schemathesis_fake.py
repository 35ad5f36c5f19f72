"""Run the schemathesis CLI against the fake API server; exit with schemathesis's code.

    .venv/bin/python scripts/schemathesis_fake.py [extra schemathesis options]

Starts ``python -m xverse_api.testing --port 0`` (the fake, as users run it), reads the
base URL from its first stdout line, runs ``schemathesis run openapi.json --checks all``
against it derandomised (the same cases every run) with a bounded number of examples,
then stops the server.
``tests/schemathesis_hooks.py`` makes ``format: BitcoinAddress`` generate real addresses.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "tests" / "schemathesis_hooks.py"
#: a budget for the whole run, shared by the operations (200 each at most, 10 at least),
#: so the run's cost does not grow with the operation count
BUDGET = 600
API_KEY = "fake-key"  # xverse_api.testing.DEFAULT_API_KEY; passed explicitly below too


def max_examples() -> int:
    from xverse_api._sdk.registry import OPERATIONS  # noqa: PLC0415 - the venv's package

    return max(10, min(200, BUDGET // max(1, len(OPERATIONS))))


def schemathesis_command(url: str) -> list[str]:
    """The schemathesis invocation, derandomised and bounded. The stateful phase is left
    out: the fake keeps no state between calls, and the links schemathesis infers feed
    values of one answer into another operation's path as if they were addresses."""
    cli = Path(sys.executable).with_name("schemathesis")
    return [
        str(cli) if cli.exists() else "schemathesis",
        "run",
        str(ROOT / "openapi.json"),
        "--url",
        url,
        "-H",
        f"x-api-key: {API_KEY}",
        "--checks",
        "all",
        "--max-examples",
        str(max_examples()),
        "--phases",
        "examples,coverage,fuzzing",
        "--generation-deterministic",  # the same cases every run; implies no database and no seed
        "--no-color",
        "--request-timeout",
        "10",
    ]


def main(argv: list[str] | None = None) -> int:
    extra = sys.argv[1:] if argv is None else argv
    server = subprocess.Popen(
        [sys.executable, "-m", "xverse_api.testing", "--port", "0", "--api-key", API_KEY],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        if not url.startswith("http://"):
            print(f"the fake server did not start (first line: {url!r})", file=sys.stderr)
            return 2
        print(f"fake API at {url}; running schemathesis", flush=True)
        env = {**os.environ, "SCHEMATHESIS_HOOKS": str(HOOKS)}
        # schemathesis keeps a cache in ./.schemathesis: run it elsewhere to keep the tree clean
        with tempfile.TemporaryDirectory(prefix="schemathesis-") as scratch:
            return subprocess.call([*schemathesis_command(url), *extra], env=env, cwd=scratch)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


if __name__ == "__main__":
    raise SystemExit(main())
