"""examples/: the README's try-it command runs as written, with no key, and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from xverse_api.testing import DEFAULT_ADDRESS, MANY_RUNES_ADDRESS, FakeXverse

QUICKSTART = Path(__file__).resolve().parent.parent / "examples" / "quickstart.py"
NOWHERE = "http://127.0.0.1:9"  # a closed port: anything but the fake fails fast


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The quickstart as a user runs it: a fresh interpreter, no key, no network."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("XVERSE_")}
    clean.update(HTTPS_PROXY=NOWHERE, HTTP_PROXY=NOWHERE, NO_PROXY="127.0.0.1")
    clean.update(PYTHONIOENCODING="utf-8", **env)
    return subprocess.run(  # noqa: S603 - this interpreter and our own example
        [sys.executable, str(QUICKSTART), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=clean,
        timeout=60,
        check=False,
    )


@pytest.fixture
def served() -> Iterator[tuple[str, FakeXverse]]:
    fake = FakeXverse()
    with fake.serve() as base_url:
        yield base_url, fake


def test_try_it_with_the_fake_needs_no_key() -> None:
    result = run("--fake")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "fake Xverse API at http://127.0.0.1:" in out
    assert "DOG•GO•TO•THE•MOON" in out
    assert f"{DEFAULT_ADDRESS}: 5 runes at block" in out
    assert f"{MANY_RUNES_ADDRESS}: 150 runes at block" in out
    assert "twice the DOG: 62854.96488" in out
    assert out.rstrip().endswith("the fake API is stopped")
    assert result.stderr == ""


def test_try_it_with_chosen_addresses() -> None:
    result = run("--fake", MANY_RUNES_ADDRESS)
    assert result.returncode == 0, result.stderr
    assert f"{MANY_RUNES_ADDRESS} at block 925000: 150 runes" in result.stdout
    assert DEFAULT_ADDRESS not in result.stdout


def test_a_bad_address_exits_1() -> None:
    result = run("--fake", DEFAULT_ADDRESS[:-1] + "j")
    assert result.returncode == 1
    assert result.stderr.startswith("error: address ")
    assert "Traceback" not in result.stderr


def test_without_fake_it_uses_the_environment(served: tuple[str, FakeXverse]) -> None:
    base_url, fake = served
    result = run(DEFAULT_ADDRESS, XVERSE_BASE_URL=base_url, XVERSE_API_KEY=fake.api_key)
    assert result.returncode == 0, result.stderr
    assert f"{DEFAULT_ADDRESS}: 5 runes" in result.stdout
    assert {r.api_key for r in fake.requests} == {"valid"}


def test_a_failed_address_in_the_batch_exits_1(served: tuple[str, FakeXverse]) -> None:
    base_url, fake = served
    bad = MANY_RUNES_ADDRESS[:-1] + "q"
    result = run(DEFAULT_ADDRESS, bad, XVERSE_BASE_URL=base_url, XVERSE_API_KEY=fake.api_key)
    assert result.returncode == 1
    assert f"{bad}: failed: " in result.stdout


def test_without_a_key_it_says_so() -> None:
    result = run(DEFAULT_ADDRESS)
    assert result.returncode == 1
    assert "no API key" in result.stderr


def test_without_addresses_it_shows_usage() -> None:
    result = run()
    assert result.returncode == 2
    assert "--fake" in result.stderr
