"""``xverse-api rune`` (a rune's facts and top holders) and ``xverse-api mempool`` (v2,
mempool-aware balances), against the fake over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal

import pytest
from xverse_api.cli import main
from xverse_api.testing import DEFAULT_ADDRESS, DEFAULT_API_KEY, FakeXverse

DOG = "840000:3"


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with FakeXverse().serve() as base:
        yield base


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def against(url: str) -> tuple[str, ...]:
    """The options that point a command at the fake on ``url`` with its key."""
    return ("--base-url", url, "--api-key", DEFAULT_API_KEY)


def test_rune_json_has_info_and_holders_consistent_with_balances(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    code, out, err = run(
        capsys,
        "rune",
        DOG,
        "--holders",
        "5",
        "-o",
        "json",
        *against(url),
    )
    assert code == 0, err
    data = json.loads(out)
    assert out.isascii()
    assert data["info"]["rune_id"] == DOG
    assert data["info"]["divisibility"] == 5
    holders = {h["address"]: h["amount"] for h in data["holders"]}
    assert holders[DEFAULT_ADDRESS] == 3142748244  # the same balance `runes` shows
    assert DEFAULT_API_KEY not in out + err


def test_rune_table_shows_exact_decimals(capsys: pytest.CaptureFixture[str], url: str) -> None:
    code, out, _ = run(capsys, "rune", DOG, "-o", "table", *against(url))
    assert code == 0
    assert "DOG•GO•TO•THE•MOON" in out
    assert "31,427.48244" in out
    code, out, _ = run(
        capsys,
        "rune",
        DOG,
        "-o",
        "table",
        "--raw",
        "--holders",
        "0",
        *against(url),
    )
    assert code == 0
    assert "holders" in out
    assert "top" not in out


def test_mempool_balances_agree_with_confirmed_ones(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    code, out, err = run(
        capsys,
        "mempool",
        DEFAULT_ADDRESS,
        "-o",
        "json",
        *against(url),
    )
    assert code == 0, err
    [entry] = json.loads(out)
    dog = next(b for b in entry["balances"] if b["rune_id"] == DOG)
    assert dog["confirmed_balance"] == 3142748244
    code, out, _ = run(
        capsys,
        "mempool",
        DEFAULT_ADDRESS,
        "-o",
        "table",
        *against(url),
    )
    assert code == 0
    assert "confirmed" in out
    assert f"{Decimal('31427.48244'):,f}" in out


def test_errors_are_one_line_with_the_exit_code(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    code, out, err = run(
        capsys,
        "mempool",
        "not-an-address",
        "-o",
        "json",
        *against(url),
    )
    assert code == 1
    assert "not-an-address" in err
    assert json.loads(out)[0]["error"]
    code, _, err = run(capsys, "rune", DOG, "--base-url", url, "--api-key", "wrong")
    assert code == 1
    assert err.startswith("error:")
    assert "wrong" not in err
    code, _, err = run(capsys, "rune", DOG, "--base-url", url, "--api-key", "")
    assert code == 2
    assert "API key" in err
