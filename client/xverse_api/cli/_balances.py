"""Rune balances on the way out of ``xverse-api runes``: JSON (amounts as exact strings),
CSV with a status column, or one rich table per address, every cell terminal-safe."""

from __future__ import annotations

import csv
import re
from typing import TYPE_CHECKING, Any, Final, TextIO

from .._errors import XverseError
from .._sdk.models import RuneBalance, RuneBalances
from ._terminal import (
    describe,
    terminal_text,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text


__all__ = ["Result", "csv_cell", "plain_amount", "print_tables", "results_json", "write_csv"]

CSV_FIELDS: Final = (
    "address",
    "rune_name",
    "rune_id",
    "amount",
    "divisibility",
    "symbol",
    "status",
    "error",
)
#: ``status`` in CSV: a balance row, an address that holds no runes, an address that failed.
STATUS_OK: Final = "ok"
STATUS_EMPTY: Final = "no runes"
STATUS_FAILED: Final = "failed"

Result = RuneBalances | XverseError


def plain_amount(balance: RuneBalance) -> str:
    """The exact decimal amount without separators or exponent (``31427.48244``)."""
    return balance.format_amount().replace(",", "")


def results_json(results: dict[str, Result]) -> dict[str, Any]:
    """Every address in input order: its balances, or the error it met."""
    entries: list[dict[str, Any]] = []
    for address, result in results.items():
        if isinstance(result, XverseError):
            entries.append(
                {
                    "address": address,
                    "error": {"type": type(result).__name__, "message": describe(result)},
                }
            )
        else:
            entries.append(
                {
                    "address": address,
                    "indexer_height": result.indexer_height,
                    "balances": [b.to_dict() for b in result],
                }
            )
    return {"results": entries}


def write_csv(
    out: TextIO, results: dict[str, Result], *, raw: bool, terminal: bool = False
) -> None:
    """One row per balance (``status`` ok); ``amount`` is the exact decimal, ``raw_amount``
    with ``raw``. An address without runes gets one row with ``status`` "no runes", and an
    address that failed one with ``status`` "failed" and the reason in ``error``. Fields
    are as the server sent them, unless ``terminal``: then control characters go."""
    fields = [f if f != "amount" or not raw else "raw_amount" for f in CSV_FIELDS]
    writer = csv.writer(out, lineterminator="\n")
    shown = terminal_text if terminal else str

    def clean(value: object) -> str:
        return csv_cell(shown(value))

    writer.writerow(fields)
    for address, result in results.items():
        if isinstance(result, XverseError):
            reason = f"{type(result).__name__}: {describe(result)}"
            writer.writerow([clean(address), "", "", "", "", "", STATUS_FAILED, clean(reason)])
            continue
        if not result:
            writer.writerow([clean(address), "", "", "", "", "", STATUS_EMPTY, ""])
        for b in result:
            amount = str(b.amount) if raw else plain_amount(b)
            row = [address, b.rune_name, b.rune_id, amount, b.divisibility, b.symbol or ""]
            writer.writerow([*(clean(field) for field in row), STATUS_OK, ""])


#: What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_NUMBER: Final = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def csv_cell(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs: one starting like a formula (``=``,
    ``+``, ``-``, ``@``, tab, CR) gets a leading ``'``, as spreadsheets' own guidance
    says; a plain number (``-5``, ``1.25``) is left as it is."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


# -- rich output -----------------------------------------------------------------------


def print_tables(console: Console, results: dict[str, Result], *, raw: bool) -> None:
    """One table per address that answered, in input order."""
    from rich.table import Table  # noqa: PLC0415 - rich stays out of the core import path
    from rich.text import Text  # noqa: PLC0415

    def cell(value: object) -> Text:  # never markup, never a control character
        return Text(terminal_text(value))

    for address, result in results.items():
        if isinstance(result, XverseError):
            continue
        if not result:
            console.print(
                cell(f"{address}: no rune balances · indexer height {result.indexer_height}"),
                soft_wrap=True,
            )
            continue
        count = len(result)
        caption = (
            f"{count} rune balance{'s' if count != 1 else ''} · "
            f"indexer height {result.indexer_height}"
        )
        table = Table(
            title=cell(address),
            caption=cell(caption),
            title_justify="left",
            min_width=len(address),
        )
        amounts = [str(b.amount) if raw else b.format_amount() for b in result]
        # A narrow terminal folds rune names, never an amount: a number split over two
        # lines reads as two numbers.
        table.add_column("Rune", overflow="fold")
        table.add_column("ID", no_wrap=True, min_width=max(len(b.rune_id) for b in result))
        table.add_column(
            "Raw amount" if raw else "Amount",
            justify="right",
            no_wrap=True,
            min_width=max(map(len, amounts)),
        )
        if raw:
            table.add_column("Div", justify="right")
        table.add_column("Symbol", justify="center")
        for b, amount in zip(result, amounts, strict=True):
            row = [b.rune_name, b.rune_id, amount]
            if raw:
                row.append(str(b.divisibility))
            row.append(b.display_symbol)
            table.add_row(*map(cell, row))
        console.print(table)
