"""The default data set of :mod:`xverse_api.testing`: rune balances per address, on the wire.

Every item is a dict exactly as the API sends it (``runeName``, ``amount`` as a string
of an integer, optional ``divisibility``, ``symbol`` and ``inscriptionId``, ``id``).

Real runes appear only where their facts are certain: DOG•GO•TO•THE•MOON (``840000:3``,
divisibility 5, symbol 🐕) and the reserved UNCOMMON•GOODS (``1:0``, divisibility 0,
symbol ⧉). Every other rune is synthetic and says so in its name (``XVERSE•FAKE•…``);
their ids use blocks at or after 840000 that no test should take for real ones.

The addresses are real, valid mainnet addresses (the spec's default, test vectors from
BIP-173 and BIP-350, and the P2PKH/P2SH examples of the Bitcoin wiki); their balances
here are invented.
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any, Final

__all__ = [
    "DEFAULT_ADDRESS",
    "DEFAULT_ADDRESSES",
    "EMPTY_ADDRESS",
    "MANY_RUNES_ADDRESS",
    "MANY_RUNES_COUNT",
    "P2SH_ADDRESS",
    "P2WPKH_ADDRESS",
    "U128_MAX",
    "default_balances",
]

#: The largest rune amount the protocol allows (u128): 39 decimal digits.
U128_MAX: Final = 2**128 - 1

#: The spec's own example address (P2WPKH): a handful of runes, real and synthetic.
DEFAULT_ADDRESS: Final = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"
#: The BIP-173 P2WPKH test vector: two runes.
P2WPKH_ADDRESS: Final = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
#: The BIP-350 taproot (P2TR) test vector: more balances than one page of 60 holds.
MANY_RUNES_ADDRESS: Final = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"
#: A P2PKH address holding no runes at all.
EMPTY_ADDRESS: Final = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"
#: A P2SH address with two runes.
P2SH_ADDRESS: Final = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"

#: Every address of the default data set, the spec's default first.
DEFAULT_ADDRESSES: Final = (
    DEFAULT_ADDRESS,
    P2WPKH_ADDRESS,
    MANY_RUNES_ADDRESS,
    EMPTY_ADDRESS,
    P2SH_ADDRESS,
)
#: How many balances :data:`MANY_RUNES_ADDRESS` holds (2.5 pages of 60).
MANY_RUNES_COUNT: Final = 150

_SYMBOLS: Final = ("◆", "★", "⚡", "🔥", "Ω", "⛏", "♞", "☀")


def _inscription_id(name: str) -> str:
    """A well-formed but invented inscription id (``<txid>i<index>``)."""
    return hashlib.sha256(name.encode()).hexdigest() + "i0"


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: spelled like ord's rune names (bijective base 26)."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


def _many(count: int) -> list[dict[str, Any]]:
    """``count`` synthetic balances with divisibility spread over 0..38 and amounts of all sizes."""
    items: list[dict[str, Any]] = []
    for i in range(count):
        name = f"XVERSE•FAKE•MANY•{_letters(i)}"
        digits = 1 + (i * 7) % 39  # 1..39 digits
        amount = min(int("9876543210" * 4) // 10 ** (40 - digits) + i, U128_MAX)
        item: dict[str, Any] = {
            "runeName": name,
            "amount": str(amount),
            "divisibility": i % 39,
            "id": f"{900_000 + i * 13}:{i % 11}",
        }
        if i % 5:
            item["symbol"] = _SYMBOLS[i % len(_SYMBOLS)]
        if i % 10 == 3:
            item["inscriptionId"] = _inscription_id(name)
        items.append(item)
    return items


_DOG: Final = {
    "runeName": "DOG•GO•TO•THE•MOON",
    "amount": "3142748244",
    "divisibility": 5,
    "symbol": "🐕",
    "id": "840000:3",
}

_BALANCES: Final[dict[str, list[dict[str, Any]]]] = {
    DEFAULT_ADDRESS: [
        _DOG,
        {
            "runeName": "UNCOMMON•GOODS",
            "amount": "12",
            "divisibility": 0,
            "symbol": "⧉",
            "id": "1:0",
        },
        {
            "runeName": "XVERSE•FAKE•MAX•SUPPLY",
            "amount": str(U128_MAX),
            "divisibility": 38,
            "symbol": "∞",
            "id": "840001:1",
        },
        {
            "runeName": "XVERSE•FAKE•INSCRIBED",
            "amount": "2100000000000000",
            "divisibility": 8,
            "symbol": "₿",
            "inscriptionId": _inscription_id("XVERSE•FAKE•INSCRIBED"),
            "id": "850000:42",
        },
        # divisibility and symbol are optional on the wire: absent means 0 and "¤".
        {"runeName": "XVERSEFAKEBARE", "amount": "1000", "id": "860000:7"},
    ],
    P2WPKH_ADDRESS: [
        {**_DOG, "amount": "100000"},
        {
            "runeName": "XVERSE•FAKE•TINY",
            "amount": "1",
            "divisibility": 18,
            "symbol": "·",
            "id": "870000:1",
        },
    ],
    MANY_RUNES_ADDRESS: _many(MANY_RUNES_COUNT),
    EMPTY_ADDRESS: [],
    P2SH_ADDRESS: [
        {
            "runeName": "UNCOMMON•GOODS",
            "amount": "5",
            "divisibility": 0,
            "symbol": "⧉",
            "id": "1:0",
        },
        {
            "runeName": "XVERSE•FAKE•P•TWO•SH",
            "amount": "123456789012345678901234567890",
            "divisibility": 12,
            "id": "880000:3",
        },
    ],
}


def default_balances() -> dict[str, list[dict[str, Any]]]:
    """A fresh, deep copy of the default data set: address -> wire items."""
    return copy.deepcopy(_BALANCES)
