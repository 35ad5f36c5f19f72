"""Shared fixtures: the vendored spec and its one operation, read once."""

from __future__ import annotations

import itertools
import json
import os
import socket
import subprocess
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.json"
RUNES_PATH = "/v1/ordinals/address/{address}/runes"
#: Prism (npm @stoplight/prism-cli), installed into .tools/ by `make setup`
PRISM = Path(os.environ.get("PRISM", ROOT / ".tools" / "node_modules" / ".bin" / "prism"))


def load_spec() -> dict[str, Any]:
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="session")
def runes_operation(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"][RUNES_PATH]["get"]


def fresh(name: str, taken: Iterable[str]) -> str:
    """``name``, or ``name2``, ``name3``, ... : the first one not in ``taken`` (compared
    case-insensitively), so a fixture adding something to the spec never collides with
    what the spec already has."""
    used = {t.lower() for t in taken}
    candidates = (name if i == 1 else f"{name}{i}" for i in itertools.count(1))
    return next(c for c in candidates if c.lower() not in used)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The spec-change guard (tests/test_wire_types.py) runs first: after a spec change
    it is the failure that says what changed and where to act, so it leads the report."""
    items.sort(key=lambda item: item.path.name != "test_wire_types.py")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def prism() -> Iterator[str]:
    """Prism mocking openapi.json on 127.0.0.1, one for the session, stopped at its end.
    Not installed: skipped on a developer's machine, a failure in CI."""
    if not PRISM.exists():
        message = f"Prism is not installed at {PRISM}: run `make setup` (needs node and npm)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603 - the Prism that make setup installed
        [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(SPEC_PATH)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read() if process.stdout else ""
                    pytest.fail(f"Prism did not start: {output[-2000:]}")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - Prism stops on SIGTERM
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()
