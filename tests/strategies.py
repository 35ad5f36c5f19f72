"""Hypothesis strategies for the test suites, collected in one place.

Real data where the protocol defines it (Bitcoin addresses from the package's own
encoders, rune names, rune ids, u128 amounts) and spec-driven bodies where the spec does
(``bodies_for``). Nothing here talks to the network.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from xverse_api._address import NETWORKS, encode_base58check, encode_segwit_address

__all__ = [
    "MAX_DIVISIBILITY",
    "U128_MAX",
    "amounts",
    "bitcoin_addresses",
    "bodies_for",
    "declared_values",
    "divisibilities",
    "page_bodies",
    "param_values",
    "protocol_breaking_values",
    "rune_ids",
    "rune_items",
    "rune_names",
]

U128_MAX = 2**128 - 1
MAX_DIVISIBILITY = 38
SPACER = "•"


def bitcoin_addresses(network: str = "mainnet") -> st.SearchStrategy[str]:
    """Valid addresses of every kind on ``network``: P2PKH, P2SH, P2WPKH, P2WSH, P2TR, v2+."""
    net = NETWORKS[network]
    hash20 = st.binary(min_size=20, max_size=20)
    return st.one_of(
        st.builds(encode_base58check, st.sampled_from([net.p2pkh, net.p2sh]), hash20),
        st.builds(
            encode_segwit_address,
            st.just(net.hrp),
            st.just(0),
            hash20 | st.binary(min_size=32, max_size=32),
        ),
        st.builds(
            encode_segwit_address, st.just(net.hrp), st.just(1), st.binary(min_size=32, max_size=32)
        ),
        st.builds(
            encode_segwit_address,
            st.just(net.hrp),
            st.integers(1, 16),
            st.binary(min_size=2, max_size=40),
        ),
    )


@st.composite
def rune_names(draw: st.DrawFn) -> str:
    """A rune name: 1..28 letters A-Z, optionally one spacer between two letters."""
    letters = draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=28))
    spacers = draw(st.lists(st.booleans(), min_size=len(letters) - 1, max_size=len(letters) - 1))
    out = letters[0]
    for spaced, letter in zip(spacers, letters[1:], strict=True):
        out += (SPACER if spaced else "") + letter
    return out


def rune_ids() -> st.SearchStrategy[str]:
    """``BLOCK:TX``: block u64 from 840000 (or the reserved ``1:0``), tx u32."""
    real = st.builds("{}:{}".format, st.integers(840_000, 2**64 - 1), st.integers(0, 2**32 - 1))
    return st.just("1:0") | real


def amounts() -> st.SearchStrategy[int]:
    """u128 amounts, with the edges (0, 1, 10**38, 2**128-1, 2**64 boundaries) drawn often."""
    edges = st.sampled_from([0, 1, 2**64 - 1, 2**64, 10**38 - 1, 10**38, U128_MAX - 1, U128_MAX])
    return edges | st.integers(0, U128_MAX) | st.integers(0, 10**12)


def divisibilities() -> st.SearchStrategy[int]:
    return st.integers(0, MAX_DIVISIBILITY)


@st.composite
def rune_items(draw: st.DrawFn) -> dict[str, Any]:
    """One wire balance item that both the spec and the Runes protocol allow."""
    item: dict[str, Any] = {
        "runeName": draw(rune_names()),
        "amount": str(draw(amounts())),
        "id": draw(rune_ids()),
    }
    if draw(st.booleans()):
        item["divisibility"] = draw(divisibilities())
    if draw(st.booleans()):
        item["symbol"] = draw(st.characters(codec="utf-8"))
    if draw(st.booleans()):
        item["inscriptionId"] = draw(st.from_regex(r"[0-9a-f]{64}i[0-9]{1,3}", fullmatch=True))
    return item


@st.composite
def page_bodies(draw: st.DrawFn, min_items: int = 0, max_items: int = 8) -> dict[str, Any]:
    """A whole 200 body that the spec and the protocol allow."""
    items = draw(st.lists(rune_items(), min_size=min_items, max_size=max_items))
    return {
        "limit": len(items),
        "offset": 0,
        "total": len(items),
        "items": items,
        "indexerHeight": draw(st.integers(840_000, 2_000_000)),
    }


def bodies_for(schema: dict[str, Any], *, max_items: int | None = None) -> st.SearchStrategy[Any]:
    """Every body a JSON schema (an OpenAPI 3.0 response schema) allows; with
    ``max_items``, those whose arrays hold at most that many items (or their
    ``minItems``): still bodies the schema allows, drawn at a fraction of the cost."""
    return from_schema(schema if max_items is None else capped(schema, max_items))


#: keywords whose value is one subschema / a list of subschemas / a map of them; ``not``
#: is left alone (capping inside it would widen what the schema allows)
_ONE = ("items", "additionalProperties", "contains", "propertyNames")
_MANY = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAP = ("properties", "patternProperties")


def capped(schema: Any, max_items: int) -> Any:
    """``schema`` with every array limited to ``max_items`` items (never below its own
    ``minItems``): a schema that allows a subset of what ``schema`` allows."""
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    for key in _ONE:
        if isinstance(out.get(key), dict):
            out[key] = capped(out[key], max_items)
    for key in _MANY:
        if isinstance(out.get(key), list):
            out[key] = [capped(sub, max_items) for sub in out[key]]
    for key in _MAP:
        if isinstance(out.get(key), dict):
            out[key] = {name: capped(sub, max_items) for name, sub in out[key].items()}
    if out.get("type") == "array" or "items" in out:
        limit = max(int(out.get("minItems", 0)), max_items)
        out["maxItems"] = min(int(out.get("maxItems", limit)), limit)
    return out


def protocol_breaking_values() -> dict[str, st.SearchStrategy[Any]]:
    """Values the spec allows (right JSON type) but the Runes protocol forbids."""
    return {
        "amount": st.one_of(
            st.sampled_from(["", "-1", "1.0", " 1", "1 ", "+1", "1e3", "0x10", "١٢", "²"]),
            st.just(str(U128_MAX + 1)),
            st.integers(U128_MAX + 1, 10**60).map(str),
            st.text(min_size=1).filter(lambda s: not (s.isascii() and s.isdigit())),
        ),
        "divisibility": st.one_of(
            st.integers(MAX_DIVISIBILITY + 1, 10**6),
            st.integers(-(10**6), -1),
            st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: not f.is_integer()),
        ),
        "count": st.floats(allow_nan=False, allow_infinity=False).filter(
            lambda f: not f.is_integer()
        ),
    }


# --- spec-driven: argument values and bodies for any operation --------------------------

#: JSON-schema keywords that describe rather than constrain (dropped before generating)
_NOTES = ("default", "description", "example", "examples", "format", "x-sdk-format")


def param_values(schema: Mapping[str, Any], fmt: str | None) -> st.SearchStrategy[Any]:
    """Values a parameter's schema allows, real ones where its format says what they are:
    ``BitcoinAddress`` -> valid mainnet addresses, ``rune_id`` -> ``BLOCK:TX``."""
    if fmt == "BitcoinAddress":
        return bitcoin_addresses()
    if fmt == "rune_id":
        return rune_ids()
    return from_schema({k: v for k, v in schema.items() if k not in _NOTES})


def declared_values(kind: str) -> st.SearchStrategy[Any]:
    """Wire values valid for a type sdk.yaml declares (u128, i128, decimal, divisibility,
    count). Divisibility also as a string of digits, as rune info sends it."""
    if kind == "u128":
        digits = amounts().map(str)
        return digits | st.tuples(st.integers(1, 3), digits).map(lambda t: "0" * t[0] + t[1])
    if kind == "i128":
        signed = st.integers(-(2**127), 2**127 - 1) | st.sampled_from(
            [0, -1, 1, -(2**127), 2**127 - 1]
        )
        return signed.map(str)
    if kind == "decimal":
        return st.from_regex(r"-?(0|[1-9][0-9]{0,30})(\.[0-9]{1,30})?", fullmatch=True)
    if kind == "divisibility":
        return divisibilities() | divisibilities().map(float) | divisibilities().map(str)
    if kind == "count":
        return st.integers(0, 10**12) | st.integers(0, 10**6).map(float)
    raise ValueError(f"no values for declared type {kind!r}")
