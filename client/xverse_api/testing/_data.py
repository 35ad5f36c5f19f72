"""The default data set of :mod:`xverse_api.testing`: who holds which runes, on every network.

The data is kept in the SDK's own Python names (``rune_name``, ``rune_id``, ``amount`` as
an ``int``, ``divisibility``, ``symbol``, ``inscription_id``: the public names sdk.yaml
declares) and put on the wire only when an answer is built, by :func:`to_wire`, which
takes the JSON names from the generated models (their ``rename``) and the JSON types
from the spec (the registry). Renaming a field in openapi.json (with its sdk.yaml line)
therefore changes what the fake sends, never breaks it.

One set of facts feeds every operation that shows it, so answers agree: an address's v1
balances and its v2 confirmed balances, the holders of a rune (each seeded address with
its amount), and the rune's info (the same name, divisibility and symbol).

Real runes appear only where their facts are certain: DOG•GO•TO•THE•MOON (``840000:3``,
divisibility 5, symbol 🐕) and the reserved UNCOMMON•GOODS (``1:0``, divisibility 0,
symbol ⧉). Every other rune is synthetic and says so in its name (``XVERSE•FAKE•…``);
their ids use blocks at or after 840000 that no test should take for real ones.

The mainnet addresses are real, valid addresses (the spec's default, test vectors from
BIP-173 and BIP-350, and the P2PKH/P2SH examples of the Bitcoin wiki); on signet and
testnet4 each is the same key or script under the test networks' prefixes (``tb1…``,
``m…``/``n…``, ``2…``). Their balances here are invented.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
from collections.abc import Iterable, Mapping
from typing import Any, Final, NamedTuple

from .._address import (
    _B58,
    _CHARSET_REV,
    NETWORKS,
    _convertbits,
    encode_base58check,
    encode_segwit_address,
)

__all__ = [
    "DEFAULT_ADDRESS",
    "DEFAULT_ADDRESSES",
    "EMPTY_ADDRESS",
    "MANY_RUNES_ADDRESS",
    "MANY_RUNES_COUNT",
    "P2SH_ADDRESS",
    "P2WPKH_ADDRESS",
    "U128_MAX",
    "SeededAddresses",
    "default_balances",
    "from_wire",
    "operation_key",
    "seeded_addresses",
    "to_wire",
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

#: Every mainnet address of the default data set, the spec's default first.
DEFAULT_ADDRESSES: Final = (
    DEFAULT_ADDRESS,
    P2WPKH_ADDRESS,
    MANY_RUNES_ADDRESS,
    EMPTY_ADDRESS,
    P2SH_ADDRESS,
)
#: How many balances :data:`MANY_RUNES_ADDRESS` holds (2.5 pages of 60).
MANY_RUNES_COUNT: Final = 150


class SeededAddresses(NamedTuple):
    """The default data set's addresses on one network (:func:`seeded_addresses`)."""

    default: str  #: a handful of runes, DOG•GO•TO•THE•MOON among them
    p2wpkh: str  #: two runes
    many_runes: str  #: MANY_RUNES_COUNT runes: more than one page
    empty: str  #: no runes
    p2sh: str  #: two runes


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


# -- the facts, in the SDK's Python names -----------------------------------------------

#: rune id -> what every answer says about that rune (RuneBalance's names; no amount)
_RUNES: Final[dict[str, dict[str, Any]]] = {
    "840000:3": {"rune_name": "DOG•GO•TO•THE•MOON", "divisibility": 5, "symbol": "🐕"},
    "1:0": {"rune_name": "UNCOMMON•GOODS", "divisibility": 0, "symbol": "⧉"},
    "840001:1": {"rune_name": "XVERSE•FAKE•MAX•SUPPLY", "divisibility": 38, "symbol": "∞"},
    "850000:42": {
        "rune_name": "XVERSE•FAKE•INSCRIBED",
        "divisibility": 8,
        "symbol": "₿",
        "inscription_id": _inscription_id("XVERSE•FAKE•INSCRIBED"),
    },
    # divisibility and symbol are optional on the wire: absent means 0 and "¤".
    "860000:7": {"rune_name": "XVERSEFAKEBARE"},
    "870000:1": {"rune_name": "XVERSE•FAKE•TINY", "divisibility": 18, "symbol": "·"},
    "880000:3": {"rune_name": "XVERSE•FAKE•P•TWO•SH", "divisibility": 12},
}


def _many(count: int) -> list[tuple[str, int]]:
    """``count`` synthetic runes (registered in ``_RUNES``) with divisibility spread over
    0..38 and amounts of all sizes; their (rune id, amount) holdings."""
    holdings = []
    for i in range(count):
        name = f"XVERSE•FAKE•MANY•{_letters(i)}"
        digits = 1 + (i * 7) % 39  # 1..39 digits
        amount = min(int("9876543210" * 4) // 10 ** (40 - digits) + i, U128_MAX)
        rune: dict[str, Any] = {"rune_name": name, "divisibility": i % 39}
        if i % 5:
            rune["symbol"] = _SYMBOLS[i % len(_SYMBOLS)]
        if i % 10 == 3:
            rune["inscription_id"] = _inscription_id(name)
        rune_id = f"{900_000 + i * 13}:{i % 11}"
        _RUNES[rune_id] = rune
        holdings.append((rune_id, amount))
    return holdings


#: role (a field of SeededAddresses) -> (rune id, amount in the smallest unit), in order
_HOLDINGS: Final[dict[str, list[tuple[str, int]]]] = {
    "default": [
        ("840000:3", 3142748244),
        ("1:0", 12),
        ("840001:1", U128_MAX),
        ("850000:42", 2100000000000000),
        ("860000:7", 1000),
    ],
    "p2wpkh": [("840000:3", 100000), ("870000:1", 1)],
    "many_runes": _many(MANY_RUNES_COUNT),
    "empty": [],
    "p2sh": [("1:0", 5), ("880000:3", 123456789012345678901234567890)],
}


# -- addresses on every network -----------------------------------------------------------


def _on_network(address: str, network: str) -> str:
    """The same witness program or hash as ``address`` (mainnet), on ``network``."""
    net = NETWORKS[network]
    if address.startswith("bc1"):
        data = [_CHARSET_REV[c] for c in address[3:]]
        program = bytes(_convertbits(data[1:-6], 5, 8, pad=False) or b"")
        return encode_segwit_address(net.hrp, data[0], program)
    number = 0
    for char in address:
        number = number * 58 + _B58.index(char)
    raw = number.to_bytes(25, "big")
    version = net.p2pkh if raw[0] == NETWORKS["mainnet"].p2pkh else net.p2sh
    return encode_base58check(version, raw[1:21])


@functools.cache
def seeded_addresses(network: str = "mainnet") -> SeededAddresses:
    """The default data set's addresses on ``network`` (mainnet, signet or testnet4).

    ``seeded_addresses("testnet4").default`` is a ``tb1q…`` address holding
    DOG•GO•TO•THE•MOON, as :data:`DEFAULT_ADDRESS` does on mainnet.
    """
    if network not in NETWORKS:
        raise ValueError(f"unknown network {network!r}; use one of {', '.join(NETWORKS)}")
    return SeededAddresses(*(_on_network(address, network) for address in DEFAULT_ADDRESSES))


# -- on the wire: JSON names from the models, JSON types from the spec ------------------------


def operation_key(resource: str, name: str) -> str | None:
    """The ``"METHOD /path"`` of the operation sdk.yaml names ``client.<resource>.<name>``
    (None for a spec without it: the fake then answers it no seeded data)."""
    from .._sdk.registry import OPERATIONS  # noqa: PLC0415 - plain data

    return next(
        (
            key
            for key, entry in OPERATIONS.items()
            if entry["resource"] == resource and entry["name"] == name
        ),
        None,
    )


@functools.cache
def _success(key: str) -> tuple[Any, Mapping[str, Any]]:
    """The success body's model type and its JSON schema (wire names, JSON types)."""
    from .._sdk.models import MODULES  # noqa: PLC0415
    from .._sdk.registry import OPERATIONS  # noqa: PLC0415

    entry = OPERATIONS[key]
    status = min(s for s in entry["responses"] if s.startswith("2"))
    module = importlib.import_module(f"xverse_api._sdk.models.{MODULES[key]}")
    return module.RESPONSE_TYPES[key][int(status)], entry["responses"][status]["schema"]


def _struct_info(typ: Any) -> Any:
    """The msgspec type info of a model, a list of models, or an optional one."""
    import msgspec.inspect as mi  # noqa: PLC0415

    info = typ if isinstance(typ, mi.Type) else mi.type_info(typ)
    if isinstance(info, mi.UnionType):
        info = next((t for t in info.types if not isinstance(t, mi.NoneType)), info)
    return info


def _put(value: Any, typ: Any, schema: Mapping[str, Any] | None) -> Any:
    """``value`` (Python names, Python values) with the wire's names and JSON types."""
    import msgspec.inspect as mi  # noqa: PLC0415

    schema = schema or {}
    info = _struct_info(typ) if typ is not None else None
    if isinstance(value, Mapping):
        fields = {f.name: f for f in info.fields} if isinstance(info, mi.StructType) else {}
        props = schema.get("properties") or {}
        out = {}
        for name, item in value.items():
            field = fields.get(name)
            wire = field.encode_name if field is not None else name
            out[wire] = _put(item, field.type if field else None, props.get(wire))
        return out
    if isinstance(value, list):
        item_type = info.item_type if isinstance(info, mi.ListType) else None
        return [_put(item, item_type, schema.get("items")) for item in value]
    kind = schema.get("type")
    if kind == "string" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def to_wire(key: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """A success body of operation ``key`` from the SDK's Python names and values: the
    JSON names its model declares (``rename``), the JSON types its schema gives
    (``amount`` 5 -> ``"5"`` where the spec sends strings)."""
    typ, schema = _success(key)
    out: dict[str, Any] = _put(body, typ, schema)
    return out


def from_wire(key: str, field: str, items: Iterable[Any]) -> list[Any]:
    """The items of list field ``field`` (a Python name) of operation ``key``'s success
    body, decoded by their model (so ``.amount`` is an int); items that do not decode
    (a test seeding a body that breaks the spec) are left out."""
    import msgspec  # noqa: PLC0415

    typ, _ = _success(key)
    info = _struct_info(typ)
    field_type = _struct_info(next(f.type for f in info.fields if f.name == field))
    cls = _struct_info(field_type.item_type).cls
    out = []
    for item in items:
        try:
            out.append(msgspec.convert(item, cls, strict=False))
        except (msgspec.ValidationError, TypeError, ValueError):
            continue
    return out


_BALANCES_KEY: Final = ("runes", "balances_page")


def _balance(rune_id: str, amount: int) -> dict[str, Any]:
    rune = _RUNES[rune_id]
    return {"rune_name": rune["rune_name"], "amount": amount, **rune, "rune_id": rune_id}


def default_balances(network: str = "mainnet") -> dict[str, list[dict[str, Any]]]:
    """A fresh copy of the default data set on ``network``: address -> balances exactly
    as ``GET /v1/ordinals/address/{address}/runes`` sends them (its wire items)."""
    key = operation_key(*_BALANCES_KEY)
    if key is None:  # a spec without rune balances: nothing to seed
        return {}
    from .._sdk.registry import OPERATIONS  # noqa: PLC0415

    paging = OPERATIONS[key]["paging"]
    items_attr, items_wire = paging["items_attr"], paging["items"]
    out: dict[str, list[dict[str, Any]]] = {}
    for role, address in seeded_addresses(network)._asdict().items():
        balances = [_balance(rune_id, amount) for rune_id, amount in _HOLDINGS[role]]
        out[address] = to_wire(key, {items_attr: balances})[items_wire]
    return out
