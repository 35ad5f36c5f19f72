"""The command line against hostile input (issue 18, "CLI"): rune names and symbols
that start like a spreadsheet formula are neutralised in CSV (a leading ``'``), and an
address file is read a line at a time with a per-line bound (one 200 MB line is refused
without being held or echoed)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from xverse_api import cli
from xverse_api.cli._balances import csv_cell
from xverse_api.cli._terminal import MAX_LINE, InputError, read_addresses
from xverse_api.testing import DEFAULT_ADDRESS, DEFAULT_API_KEY, FakeXverse

FORMULAS = ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB"]


@pytest.fixture(scope="module")
def formula_url() -> Iterator[str]:
    items = [
        {"runeName": name, "id": f"840000:{i}", "amount": "12", "symbol": "=" if i == 0 else "@"}
        for i, name in enumerate(FORMULAS)
    ]
    with FakeXverse({DEFAULT_ADDRESS: items}).serve() as url:
        yield url


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_formula_cells_get_a_leading_quote(
    formula_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XVERSE_API_KEY", DEFAULT_API_KEY)
    code, out, err = run_cli(
        capsys, "runes", "--base-url", formula_url, "-o", "csv", DEFAULT_ADDRESS
    )
    assert code == 0, err
    header, *rows = list(csv.reader(io.StringIO(out)))
    names = sorted(row[header.index("rune_name")] for row in rows)
    assert names == sorted("'" + name for name in FORMULAS)
    assert {row[header.index("symbol")] for row in rows} == {"'=", "'@"}
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+A1", "'+A1"),
        ("-A1", "'-A1"),
        ("@A1", "'@A1"),
        ("\t=1", "'\t=1"),
        ("DOG•GO", "DOG•GO"),
        ("-5", "-5"),  # a plain number stays a number
        ("1.25", "1.25"),
        ("", ""),
    ],
)
def test_csv_cell(text: str, cell: str) -> None:
    assert csv_cell(text) == cell


def test_one_huge_line_is_refused_without_being_held_or_shown(tmp_path: Path) -> None:
    listing = tmp_path / "huge.txt"
    with listing.open("w") as f:
        f.write(DEFAULT_ADDRESS + "\n")
        f.write("A" * (20 * 1024 * 1024) + "\n")  # 20 MB on one line
    with listing.open() as f, pytest.raises(InputError) as info:
        read_addresses(f, "--file huge.txt")
    message = str(info.value)
    assert "line 2 is longer than" in message
    assert len(message) < 200


def test_the_cli_refuses_a_huge_line_with_a_short_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XVERSE_API_KEY", DEFAULT_API_KEY)
    listing = tmp_path / "huge.txt"
    listing.write_text("B" * (5 * 1024 * 1024), "utf-8")  # no newline at all
    code, out, err = run_cli(
        capsys, "runes", "--base-url", "http://127.0.0.1:9", "--file", str(listing)
    )
    assert code == 2
    assert "longer than" in err
    assert len(err) < 1000
    assert out == ""


def test_lines_up_to_the_bound_are_read() -> None:
    exact = "x" * (MAX_LINE - 1) + "\n"
    text = f"{DEFAULT_ADDRESS}  # a comment\n\n{exact}{'y' * MAX_LINE}"
    assert read_addresses(io.StringIO(text)) == [DEFAULT_ADDRESS, exact.strip(), "y" * MAX_LINE]
    with pytest.raises(InputError):
        read_addresses(io.StringIO("z" * (MAX_LINE + 1)))
