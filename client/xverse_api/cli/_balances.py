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
    "decimal_amount",
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
    out: TextIO, results: dict[str, Result], *, raw: bool = False, terminal: bool = False
) -> None:
    """One row per balance (``status`` ok). ``amount`` and ``decimal_amount`` mean what
    they mean in JSON and in the library: the exact integer in the rune's smallest unit
    and the exact decimal in whole runes; both are always there (``raw`` changes
    nothing here, only tables). An address without runes gets one row with ``status``
    "no runes", and an address that failed one with ``status`` "failed" and the reason
    in ``error``. Fields are as the server sent them, unless ``terminal``: then control
    characters go."""
    del raw  # one meaning per column, whatever the option
    writer = csv.writer(out, lineterminator="\n")
    shown = terminal_text if terminal else str

    def clean(value: object) -> str:  # terminal-safe, and no spreadsheet runs it
        return csv_cell(shown(value))

    blank = [""] * (len(CSV_FIELDS) - 3)
    writer.writerow(CSV_FIELDS)
    for address, result in results.items():
        if isinstance(result, XverseError):
            reason = f"{type(result).__name__}: {describe(result)}"
            writer.writerow([clean(address), *blank, STATUS_FAILED, clean(reason)])
            continue
        if not result:
            writer.writerow([clean(address), *blank, STATUS_EMPTY, ""])
        for b in result:
            row = [
                address,
                b.rune_name,
                b.rune_id,
                str(b.amount),
                plain_amount(b),
                b.divisibility,
                b.symbol or "",
            ]
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
        # No outer edge and no inner rules: at 80 columns a u128 amount (up to 40
        # characters with its decimals) still leaves the rune name room for one line.
        table = Table(
            title=cell(address),
            caption=cell(caption),
            title_justify="left",
            caption_justify="left",
            box=None,
            show_edge=False,
            pad_edge=False,
            padding=(0, 1),
            collapse_padding=True,
        )
        amounts = [str(b.amount) if raw else b.format_amount() for b in result]
        ids = max(len(b.rune_id) for b in result)
        # Too narrow for every column side by side (80 columns and a 39-digit amount, say):
        # the rune id goes under the rune's name, so neither is split. A terminal
        # narrower still folds rune names, never an amount: a number split over two
        # lines reads as two numbers.
        natural = max_name(result) + ids + max(map(len, amounts)) + (4 if raw else 0) + 5
        stacked = natural > console.width
        table.add_column("Rune / ID" if stacked else "Rune", overflow="fold")
        if not stacked:
            table.add_column("ID", no_wrap=True, min_width=ids)
        table.add_column(
            "Raw amount" if raw else "Amount",
            justify="right",
            no_wrap=True,
            min_width=max(map(len, amounts)),
        )
        if raw:
            table.add_column("Div", justify="right", no_wrap=True)
        table.add_column("", justify="left", no_wrap=True)  # the symbol, after the amount
        for b, amount in zip(result, amounts, strict=True):
            row = [f"{b.rune_name}\n{b.rune_id}"] if stacked else [b.rune_name, b.rune_id]
            row.append(amount)
            if raw:
                row.append(str(b.divisibility))
            row.append(b.display_symbol)
            table.add_row(*map(cell, row))
        console.print(table)


def max_name(result: RuneBalances) -> int:
    """The longest rune name's length (the Rune column's natural width)."""
    return max(len(b.rune_name) for b in result)
