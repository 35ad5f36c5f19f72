"""The test's own reading of the protocol rules, written apart from the client's.

The generic part walks a decoded model beside the wire body, by the model classes the
generator wrote and the types sdk.yaml declares (u128, divisibility, count): it says
whether a body the spec allows breaks a declared type, and whether a decoded model says
exactly what the body said. The runes part pins the balance page field by field.
"""

from __future__ import annotations

import copy
import json
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, localcontext
from typing import Any

import msgspec
import yaml
from hypothesis import strategies as st
from xverse_api import RuneBalance, RuneBalancePage
from xverse_api._generated.models import RuneBalancesPage
from xverse_api._sdk.models import RESPONSE_TYPES

from .._models import other_fields
from ..strategies import MAX_DIVISIBILITY, U128_MAX, declared_values
from ._spec import ROOT, number_fields

# --- generic: any model the generator wrote --------------------------------------------


def _declared() -> dict[str, dict[str, str]]:
    """Model class name (as users see it) -> wire field -> type declared in sdk.yaml."""
    config = yaml.safe_load((ROOT / "sdk.yaml").read_text("utf-8")) or {}
    out: dict[str, dict[str, str]] = {}
    for generated, decl in (config.get("models") or {}).items():
        fields = decl.get("fields") or {}
        out[decl.get("name", generated)] = {
            wire: f["type"] for wire, f in fields.items() if f and "type" in f
        }
    return out


DECLARED = _declared()


def response_type(key: str, status: int) -> Any:
    """The class the SDK decodes ``key``'s ``status`` body to (None: no model)."""
    return RESPONSE_TYPES.get(key, {}).get(status)


def _shape(tp: Any) -> tuple[str, Any]:
    """("struct", cls) / ("list", item type) / ("plain", None) for a field's type."""
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        return "struct", tp
    origin = typing.get_origin(tp)
    if origin is list:
        return "list", typing.get_args(tp)[0]
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            kind, inner = _shape(arg)
            if kind != "plain":
                return kind, inner
    return "plain", None


def _fields(cls: type[msgspec.Struct]) -> list[tuple[str, str, Any, str | None, Any]]:
    """(python name, wire name, type, declared type, default) of each field."""
    hints = typing.get_type_hints(cls)
    names, wires = cls.__struct_fields__, cls.__struct_encode_fields__
    given = cls.__struct_defaults__
    defaults = dict(zip(names[len(names) - len(given) :], given, strict=True))
    declared = DECLARED.get(cls.__name__, {})
    return [
        (name, wire, hints[name], declared.get(wire), defaults.get(name, msgspec.NODEFAULT))
        for name, wire in zip(names, wires, strict=True)
    ]


def _whole(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _declared_problem(kind: str, value: Any) -> str | None:
    if kind == "u128":
        ok = (
            isinstance(value, str)
            and re.fullmatch(r"[0-9]+", value, flags=re.ASCII) is not None
            and int(value.lstrip("0") or "0") <= U128_MAX
        )
        return None if ok else f"{value!r} is not a u128"
    if kind == "divisibility":
        ok = _whole(value) and 0 <= value <= MAX_DIVISIBILITY
        return None if ok else f"{value!r} is not in 0..{MAX_DIVISIBILITY}"
    if kind == "count":
        return None if _whole(value) and value >= 0 else f"{value!r} is not a whole number >= 0"
    raise AssertionError(f"the oracle does not know sdk.yaml's type {kind!r}")


def declared_problem(tp: Any, body: Any, where: str = "$") -> str | None:
    """Why ``body`` (allowed by the spec) breaks a type sdk.yaml declares for the model
    ``tp`` it decodes to; None when it does not."""
    kind, inner = _shape(tp)
    if kind == "list" and isinstance(body, list):
        for i, value in enumerate(body):
            if problem := declared_problem(inner, value, f"{where}[{i}]"):
                return problem
    if kind != "struct" or not isinstance(body, dict):
        return None
    for _, wire, ftype, decl, _ in _fields(inner):
        if wire not in body:
            continue
        if decl is not None:
            if problem := _declared_problem(decl, body[wire]):
                return f"{where}.{wire}: {problem}"
        elif problem := declared_problem(ftype, body[wire], f"{where}.{wire}"):
            return problem
    return None


def assert_same(got: Any, body: Any, tp: Any, where: str = "$") -> None:
    """``got`` (decoded as ``tp``) says exactly what the wire ``body`` said."""
    kind, inner = _shape(tp)
    if kind == "list":
        assert isinstance(got, list), where
        assert len(got) == len(body), where
        for i, (g, b) in enumerate(zip(got, body, strict=True)):
            assert_same(g, b, inner, f"{where}[{i}]")
        return
    if kind == "struct":
        assert isinstance(got, inner), (where, type(got))
        for name, wire, ftype, decl, default in _fields(inner):
            value = getattr(got, name)
            at = f"{where}.{wire}"
            if wire not in body:
                assert value == default, (at, value, default)
            elif decl is not None:
                assert type(value) is int, (at, value)
                assert value == int(body[wire]), (at, value, body[wire])
            else:
                assert_same(value, body[wire], ftype, at)
        return
    if isinstance(body, bool) or body is None:
        assert got is body, (where, got, body)
    elif isinstance(body, int | float):
        assert not isinstance(got, bool), (where, got)
        assert isinstance(got, int | float), (where, got)
        assert got == body, (where, got, body)
    else:
        assert got == body, (where, got, body)


def repair(draw: Callable[[st.SearchStrategy[Any]], Any], tp: Any, body: Any) -> Any:
    """``body`` with every value of a declared type replaced by a valid one."""
    kind, inner = _shape(tp)
    if kind == "list" and isinstance(body, list):
        return [repair(draw, inner, value) for value in body]
    if kind != "struct" or not isinstance(body, dict):
        return body
    out = dict(body)
    for _, wire, ftype, decl, _ in _fields(inner):
        if wire in out:
            out[wire] = draw(declared_values(decl)) if decl else repair(draw, ftype, out[wire])
    return out


# --- the runes page ----------------------------------------------------------------------


def protocol_problem(body: dict[str, Any]) -> str | None:
    """Why a body the spec allows breaks the Runes protocol (None when it does not)."""
    for name in number_fields():
        if not _whole(body[name]) or body[name] < 0:
            return f"{name} is not a whole number >= 0"
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
    pinned = {"limit", "offset", "total", "indexer_height", "items"}
    hints = typing.get_type_hints(RuneBalancePage)
    for name, value in other_fields(RuneBalancePage, pinned, body).items():
        assert_same(getattr(page, name), value, hints[name], name)
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
        pinned = {"amount", "rune_id", "rune_name", "divisibility", "symbol", "inscription_id"}
        for name, value in other_fields(RuneBalance, pinned, wire).items():
            assert_same(getattr(got, name), value, typing.get_type_hints(RuneBalance)[name], name)


def _from_attrs(cls: type[msgspec.Struct], wire: Mapping[str, Any]) -> Any:
    """``cls`` built by keyword from a generated attrs model's ``to_dict()``: each field
    by its wire key, the types sdk.yaml declares converted to int, an absent field left
    to the model's default. Nested models (``items``) are built the same way."""
    kwargs: dict[str, Any] = {}
    for name, key, ftype, decl, _ in _fields(cls):
        if key not in wire:
            continue
        value = wire[key]
        kind, inner = _shape(ftype)
        if decl is not None:
            value = int(value)
        elif kind == "list":
            value = [_from_attrs(inner, v) if _is_struct(inner) else v for v in value]
        elif kind == "struct":
            value = _from_attrs(inner, value)
        kwargs[name] = value
    return cls(**kwargs)


def _is_struct(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, msgspec.Struct)


def from_generated(model: RuneBalancesPage) -> RuneBalancePage:
    """The plain path: the generated attrs model (openapi-python-client's own parsing),
    converted field by field through its ``to_dict()``, by the fields the SDK model
    has (so a field the spec adds is compared too)."""
    page = _from_attrs(RuneBalancePage, model.to_dict())
    assert isinstance(page, RuneBalancePage)
    return page


# --- generic: one valid body, and the ways to break it ------------------------------------

_DECLARED_EXAMPLE = {"u128": "3142748244", "divisibility": 5, "count": 1}
_PLAIN_EXAMPLE = {"string": "x", "number": 1, "integer": 1, "boolean": True}
#: a value of another JSON type than the schema's, by the schema's type
WRONG_TYPE: dict[str, Any] = {
    "string": 5,
    "number": "5",
    "integer": "5",
    "boolean": "true",
    "object": [],
    "array": {},
}


def example_body(tp: Any, schema: Mapping[str, Any]) -> Any:
    """A body with every property the schema names (arrays of one), valid for the
    spec and for the types sdk.yaml declares."""
    kind = schema.get("type")
    if kind == "object":
        body = {
            name: example_body(None, sub) for name, sub in (schema.get("properties") or {}).items()
        }
        return _fill(tp, body)
    if kind == "array":
        return [example_body(None, schema.get("items") or {})]
    return _PLAIN_EXAMPLE.get(kind or "string", "x")


def _fill(tp: Any, body: Any) -> Any:
    """``body`` with each declared-type value set to a valid one (deterministically)."""
    kind, inner = _shape(tp)
    if kind == "list" and isinstance(body, list):
        return [_fill(inner, value) for value in body]
    if kind != "struct" or not isinstance(body, dict):
        return body
    out = dict(body)
    for _, wire, ftype, decl, _ in _fields(inner):
        if wire in out:
            out[wire] = _DECLARED_EXAMPLE[decl] if decl else _fill(ftype, out[wire])
    return out


def _paths(
    schema: Mapping[str, Any], body: Any, at: tuple[Any, ...] = ()
) -> Iterator[tuple[tuple[Any, ...], Mapping[str, Any]]]:
    """(path into body, schema there) for every value of ``body``."""
    if at:
        yield at, schema
    if schema.get("type") == "object" and isinstance(body, dict):
        for name, sub in (schema.get("properties") or {}).items():
            if name in body:
                yield from _paths(sub, body[name], (*at, name))
    elif schema.get("type") == "array" and isinstance(body, list) and body:
        yield from _paths(schema.get("items") or {}, body[0], (*at, 0))


def _set(body: Any, path: tuple[Any, ...], value: Any) -> Any:
    """A deep copy of ``body`` with the value at ``path`` replaced (or removed: _GONE)."""
    out = copy.deepcopy(body)
    target = out
    for step in path[:-1]:
        target = target[step]
    if value is _GONE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return out


_GONE = object()


def _show(path: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in path)


def malformed_bodies(tp: Any, schema: Mapping[str, Any]) -> dict[str, bytes]:
    """2xx bodies the spec (or a type sdk.yaml declares) does not allow, by name: not
    JSON, the wrong JSON type anywhere, a required field missing anywhere, and each
    declared type's forbidden values."""
    good = example_body(tp, schema)
    raw = json.dumps(good).encode()
    out: dict[str, bytes] = {
        "truncated": raw[: max(1, len(raw) // 2)],
        "empty": b"",
        "html": b"<html>OK</html>",
        "nan": raw.replace(b"1", b"NaN", 1) if b"1" in raw else b"NaN",
    }
    top = {"integer": "number"}.get(schema.get("type") or "", schema.get("type"))
    for kind, other in {
        "string": '"ok"',
        "number": "1",
        "boolean": "true",
        "object": "{}",
        "array": "[]",
        "null": "null",
    }.items():
        if kind != top:
            out[f"a JSON {kind}"] = other.encode()
    for path, sub in _paths(schema, good):
        kind = sub.get("type")
        if kind in WRONG_TYPE:
            out[f"{_show(path)}-{WRONG_TYPE[kind]!r}"] = json.dumps(
                _set(good, path, WRONG_TYPE[kind])
            ).encode()
    for path, sub in [((), schema), *_paths(schema, good)]:
        for name in sub.get("required", []) if sub.get("type") == "object" else []:
            out[f"missing-{_show((*path, name))}"] = json.dumps(
                _set(good, (*path, name), _GONE)
            ).encode()
    for path, value in _declared_breaks(tp, good):
        out[f"{_show(path)}={value!r}"] = json.dumps(_set(good, path, value)).encode()
    return out


#: values the spec's JSON type allows but the declared type forbids
DECLARED_BREAKS: dict[str, list[Any]] = {
    "u128": ["-1", "1.5", "", " 1", "+1", "1_000", "١٢", "1" * 40, str(U128_MAX + 1)],
    "divisibility": [MAX_DIVISIBILITY + 1, -1, 2.5],
    "count": [-1, 1.5],
}


def _declared_breaks(
    tp: Any, body: Any, at: tuple[Any, ...] = ()
) -> Iterator[tuple[tuple[Any, ...], Any]]:
    kind, inner = _shape(tp)
    if kind == "list" and isinstance(body, list) and body:
        yield from _declared_breaks(inner, body[0], (*at, 0))
    if kind != "struct" or not isinstance(body, dict):
        return
    for _, wire, ftype, decl, _ in _fields(inner):
        if wire not in body:
            continue
        if decl is not None:
            for value in DECLARED_BREAKS[decl]:
                yield (*at, wire), value
        else:
            yield from _declared_breaks(ftype, body[wire], (*at, wire))


def example_success(
    key: str, statuses: list[int], schema_of: Callable[[int], Any]
) -> tuple[int, Any, bytes]:
    """(2xx status, the class it decodes to, a valid body) for an operation."""
    status = next(s for s in statuses if 200 <= s < 300)
    tp = response_type(key, status)
    return status, tp, json.dumps(example_body(tp, schema_of(status))).encode()
