"""Rune balances as users see them, and the one fast, exact decoder that builds them.

Decoding is one pass of msgspec over the response bytes, strict to the spec's types
(``amount`` must be a JSON string), followed by one loop that checks what the Runes
protocol adds (amount a u128, divisibility 0..38) and turns each amount into an ``int``.

The JSON keys below mirror the generated attrs models (``RuneBalanceItem``,
``RuneBalancesPage``). They are written out rather than read off those models at import
so that ``import xverse_api`` does not load attrs and the generated package (a third of
its import time); tests/test_models.py derives them from the generated models'
``to_dict()`` and fails if the two disagree, so a spec change cannot slip past.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, overload

import msgspec
from msgspec.structs import force_setattr

from ._core import BodyError

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["BodyError", "RuneBalance", "RuneBalancePage", "RuneBalances", "decode_page"]

U128_MAX: Final = 2**128 - 1
MAX_DIVISIBILITY: Final = 38
NO_SYMBOL: Final = "¤"  # the Runes protocol's generic currency sign


#: attribute -> JSON key of one balance item and of the page (see the module docstring).
ITEM_WIRE_NAMES: Final = {
    "rune_name": "runeName",
    "amount": "amount",
    "id": "id",
    "divisibility": "divisibility",
    "symbol": "symbol",
    "inscription_id": "inscriptionId",
}
PAGE_WIRE_NAMES: Final = {
    "limit": "limit",
    "offset": "offset",
    "total": "total",
    "indexer_height": "indexerHeight",
}
_ITEM_WIRE: Final = ITEM_WIRE_NAMES
_PAGE_WIRE: Final = PAGE_WIRE_NAMES


class RuneBalance(
    msgspec.Struct,
    frozen=True,
    kw_only=True,
    gc=False,
    rename={
        "rune_name": _ITEM_WIRE["rune_name"],
        "rune_id": _ITEM_WIRE["id"],
        "amount": _ITEM_WIRE["amount"],
        "divisibility": _ITEM_WIRE["divisibility"],
        "symbol": _ITEM_WIRE["symbol"],
        "inscription_id": _ITEM_WIRE["inscription_id"],
    },
):
    """One rune held by an address. Immutable.

    ``amount`` is the exact raw amount in the rune's smallest unit (u128, up to 39 digits);
    ``decimal_amount`` places the decimal point ``divisibility`` digits from the right,
    exactly. ``str()`` gives the human form, e.g. ``31,427.48244 🐕``.
    """

    rune_name: str
    rune_id: str
    if TYPE_CHECKING:
        amount: int
        divisibility: int
    else:
        # The wire sends the amount as a JSON string and divisibility as a JSON number;
        # decode_page checks both and stores the exact ints before anyone sees the object.
        amount: str
        divisibility: int | float = 0
    symbol: str | None = None
    inscription_id: str | None = None

    @property
    def decimal_amount(self) -> Decimal:
        """The amount in whole runes, exact (never rounded by a decimal context)."""
        from decimal import Decimal  # noqa: PLC0415 - keeps `import xverse_api` light

        return Decimal((0, tuple(map(int, str(self.amount))), -self.divisibility))

    @property
    def display_symbol(self) -> str:
        """The rune's symbol, or ``¤`` when it has none (as the protocol shows it)."""
        return self.symbol if self.symbol else NO_SYMBOL

    def format_amount(self) -> str:
        """The amount with thousands separators and exactly ``divisibility`` decimals."""
        whole, frac = divmod(self.amount, 10**self.divisibility)
        if not self.divisibility:
            return f"{whole:,}"
        return f"{whole:,}.{frac:0{self.divisibility}d}"

    def __str__(self) -> str:
        return f"{self.format_amount()} {self.display_symbol}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; amounts as strings so no JSON reader rounds them."""
        return {
            "rune_name": self.rune_name,
            "rune_id": self.rune_id,
            "amount": str(self.amount),
            "divisibility": self.divisibility,
            "decimal_amount": format(self.decimal_amount, "f"),  # never exponent form
            "symbol": self.symbol,
            "inscription_id": self.inscription_id,
        }


class RuneBalances(Sequence[RuneBalance]):
    """Every rune balance of one address (a read-only sequence of :class:`RuneBalance`)."""

    __slots__ = ("_items", "address", "indexer_height")

    def __init__(self, items: Sequence[RuneBalance], *, address: str, indexer_height: int) -> None:
        self._items: tuple[RuneBalance, ...] = tuple(items)
        self.address = address
        self.indexer_height = indexer_height

    @overload
    def __getitem__(self, index: int) -> RuneBalance: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[RuneBalance]: ...
    def __getitem__(self, index: int | slice) -> RuneBalance | Sequence[RuneBalance]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[RuneBalance]:
        return iter(self._items)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RuneBalances):
            return NotImplemented
        return (self.address, self.indexer_height, self._items) == (
            other.address,
            other.indexer_height,
            other._items,
        )

    def __hash__(self) -> int:
        return hash((self.address, self.indexer_height, self._items))

    def __repr__(self) -> str:
        return (
            f"RuneBalances(address={self.address!r}, indexer_height={self.indexer_height}, "
            f"{len(self._items)} balances)"
        )

    def get(self, rune_id: str) -> RuneBalance | None:
        """The balance of the rune with id ``rune_id`` (``BLOCK:TX``), or None."""
        for item in self._items:
            if item.rune_id == rune_id:
                return item
        return None


class RuneBalancePage(msgspec.Struct, frozen=True, gc=False):
    """One page exactly as the server sent it (``balances_page``; paging uses it too)."""

    items: list[RuneBalance]
    offset: int
    limit: int
    total: int
    indexer_height: int

    def __len__(self) -> int:
        return len(self.items)


class _WirePage(
    msgspec.Struct,
    gc=False,
    rename={attr: _PAGE_WIRE[attr] for attr in ("limit", "offset", "total", "indexer_height")},
):
    items: list[RuneBalance]
    limit: int | float
    offset: int | float
    total: int | float
    indexer_height: int | float


_DECODER: Final = msgspec.json.Decoder(_WirePage)


def _count(value: int | float, name: str) -> int:
    if type(value) is int:
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise BodyError(f"`{name}` is {value!r}, not a whole number")


def decode_page(content: bytes) -> RuneBalancePage:
    """Decode a 200 body into a :class:`RuneBalancePage`, or raise :class:`BodyError`."""
    try:
        wire = _DECODER.decode(content)
    except msgspec.DecodeError as exc:  # ValidationError is a DecodeError
        raise BodyError(str(exc)) from None
    for index, item in enumerate(wire.items):
        amount: Any = item.amount  # a str until this loop stores the int
        if amount.isdigit() and amount.isascii() and len(amount) < 39:
            force_setattr(item, "amount", int(amount))
        else:
            force_setattr(item, "amount", _u128(amount, index))
        div: Any = item.divisibility
        if type(div) is not int or not 0 <= div <= MAX_DIVISIBILITY:
            force_setattr(item, "divisibility", _divisibility(div, index))
    return RuneBalancePage(
        items=wire.items,
        offset=_count(wire.offset, "offset"),
        limit=_count(wire.limit, "limit"),
        total=_count(wire.total, "total"),
        indexer_height=_count(wire.indexer_height, "indexerHeight"),
    )


def _u128(amount: str, index: int) -> int:
    # The slow path: 39 characters or more, or not plain digits. Judged by value, so
    # leading zeros are fine; the length guard keeps int() away from huge strings.
    if amount.isdigit() and amount.isascii() and len(amount.lstrip("0")) <= 39:
        value = int(amount)
        if value <= U128_MAX:
            return value
    raise BodyError(
        f"`amount` at $.items[{index}] is {_clip(amount)}, "
        "not a whole number of the rune's smallest unit in 0..2**128-1"
    )


def _divisibility(div: float, index: int) -> int:
    if isinstance(div, float) and div.is_integer():
        div = int(div)
    if type(div) is int and 0 <= div <= MAX_DIVISIBILITY:
        return div
    raise BodyError(
        f"`divisibility` at $.items[{index}] is {div!r}, "
        f"not a whole number in 0..{MAX_DIVISIBILITY}"
    )


def _clip(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"
