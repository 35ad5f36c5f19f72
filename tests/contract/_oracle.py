"""The test's own reading of the Runes protocol rules, written apart from the client's."""

from __future__ import annotations

import re
from decimal import Decimal, localcontext
from typing import Any

from xverse_api import RuneBalance, RuneBalancePage
from xverse_api._generated.models import RuneBalancesPage
from xverse_api._generated.types import UNSET

from ..strategies import MAX_DIVISIBILITY, U128_MAX
from ._spec import number_fields


def _whole(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def protocol_problem(body: dict[str, Any]) -> str | None:
    """Why a body the spec allows breaks the Runes protocol (None when it does not)."""
    for name in number_fields():
        if not _whole(body[name]):
            return f"{name} is not a whole number"
    for item in body["items"]:
        amount = item["amount"]
        if not re.fullmatch(r"[0-9]+", amount, flags=re.ASCII) or int(amount) > U128_MAX:
            return f"amount {amount!r} is not a u128"
        div = item.get("divisibility", 0)
        if not _whole(div) or not 0 <= div <= MAX_DIVISIBILITY:
            return f"divisibility {div!r} is not in 0..38"
    return None


def exact_decimal(amount: int, divisibility: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 200
        return Decimal(f"{amount}E-{divisibility}")


def assert_page_matches(page: RuneBalancePage, body: dict[str, Any]) -> None:
    """``page`` says exactly what the wire ``body`` said."""
    assert isinstance(page, RuneBalancePage)
    assert (page.limit, page.offset, page.total, page.indexer_height) == (
        body["limit"],
        body["offset"],
        body["total"],
        body["indexerHeight"],
    )
    for value in (page.limit, page.offset, page.total, page.indexer_height):
        assert type(value) is int
    assert len(page.items) == len(body["items"])
    for got, wire in zip(page.items, body["items"], strict=True):
        assert isinstance(got, RuneBalance)
        assert type(got.amount) is int
        assert got.amount == int(wire["amount"])
        assert got.rune_id == wire["id"]
        assert got.rune_name == wire["runeName"]
        div = wire.get("divisibility", 0)
        assert type(got.divisibility) is int
        assert got.divisibility == div
        assert got.decimal_amount == exact_decimal(got.amount, got.divisibility)
        assert got.symbol == wire.get("symbol")
        assert got.inscription_id == wire.get("inscriptionId")


def from_generated(model: RuneBalancesPage) -> RuneBalancePage:
    """The plain path: the generated attrs model, converted field by field."""

    def opt(value: Any, default: Any) -> Any:
        return default if value is UNSET else value

    items = [
        RuneBalance(
            rune_name=item.rune_name,
            rune_id=item.id,
            amount=int(item.amount),  # type: ignore[arg-type]
            divisibility=int(opt(item.divisibility, 0)),
            symbol=opt(item.symbol, None),
            inscription_id=opt(item.inscription_id, None),
        )
        for item in model.items
    ]
    return RuneBalancePage(
        items=items,
        offset=int(model.offset),
        limit=int(model.limit),
        total=int(model.total),
        indexer_height=int(model.indexer_height),
    )
