"""The test's own reading of the protocol rules, written apart from the client's.

The generic part walks a wire body beside its schema in openapi.json, the types sdk.yaml
declares (u128, i128, decimal, divisibility, count) and openapi.provenance.json (which
parts of a schema are the provider's verbatim text): :func:`judge` says what decoding the
body must give (the model, an ``APIResponseValidationError`` naming the field, or the
value kept as sent with one warning per reconstructed field that differs), and
:func:`assert_decoded` checks a decoded answer says exactly what the body said. It
assumes no shape: objects, top-level arrays, ``anyOf``, ``nullable``, free-form objects,
untyped schemas and statuses without a JSON body all go through the same walk. The
runes part pins the balance page field by field.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import dataclasses
import functools
import json
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any

import msgspec
import yaml
from hypothesis import strategies as st
from xverse_api import RuneBalance, RuneBalancePage
from xverse_api._generated.models import RuneBalancesPage
from xverse_api._sdk import models as _models_module
from xverse_api._sdk.models import RESPONSE_TYPES

from .._models import other_fields
from ..strategies import MAX_DIVISIBILITY, U128_MAX, declared_values
from ._spec import ROOT, OperationSpec, number_fields, verbatim_of

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


def _declared_by_key() -> dict[str, str]:
    """sdk.yaml's ``fields``: wire key -> the type declared wherever the spec sends that
    key as a string (a model's own declaration wins)."""
    config = yaml.safe_load((ROOT / "sdk.yaml").read_text("utf-8")) or {}
    return {
        wire: f["type"] for wire, f in (config.get("fields") or {}).items() if f and "type" in f
    }


DECLARED_BY_KEY = _declared_by_key()


def _with_keys(declared: dict[str, str], props: Mapping[str, Any]) -> dict[str, str]:
    """``declared`` plus sdk.yaml's by-key declarations for the string fields in ``props``."""
    extra = {
        wire: kind
        for wire, kind in DECLARED_BY_KEY.items()
        if wire not in declared
        and isinstance(props.get(wire), Mapping)
        and props[wire].get("type") == "string"
    }
    return {**declared, **extra} if extra else declared


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
        (
            name,
            wire,
            hints[name],
            declared.get(wire) or _by_key(wire, hints[name]),
            defaults.get(name, msgspec.NODEFAULT),
        )
        for name, wire in zip(names, wires, strict=True)
    ]


def _by_key(wire: str, hint: Any) -> str | None:
    """sdk.yaml's by-key type for ``wire`` where it applied (the spec sent a string, so
    users see the declared type, not the plain ``str`` / ``int | float``)."""
    kind = DECLARED_BY_KEY.get(wire)
    text = str(hint)
    if kind is None or "str" in text or "float" in text:
        return None
    return kind


def _whole(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


_U128 = re.compile(r"[0-9]+", re.ASCII)
_I128 = re.compile(r"-?[0-9]+", re.ASCII)
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]{1,4})?", re.ASCII)
I128_MIN, I128_MAX = -(2**127), 2**127 - 1


def _declared_problem(kind: str, value: Any) -> str | None:
    """Why ``value`` (not null) is not a wire value of the type sdk.yaml declares."""
    if kind == "u128":
        if type(value) is int:
            ok = 0 <= value <= U128_MAX
        else:
            ok = (
                isinstance(value, str)
                and _U128.fullmatch(value) is not None
                and int(value.lstrip("0") or "0") <= U128_MAX
                if isinstance(value, str) and len(value.lstrip("0")) <= 40
                else False
            )
        return None if ok else f"{value!r} is not a u128"
    if kind == "i128":
        if type(value) is int:
            ok = I128_MIN <= value <= I128_MAX
        else:
            ok = (
                isinstance(value, str)
                and len(value.lstrip("-").lstrip("0")) <= 40
                and _I128.fullmatch(value) is not None
                and I128_MIN <= int(value) <= I128_MAX
            )
        return None if ok else f"{value!r} is not an i128"
    if kind == "decimal":
        ok = type(value) is int or (
            isinstance(value, str) and len(value) <= 100 and _DECIMAL.fullmatch(value) is not None
        )
        return None if ok else f"{value!r} is not a decimal number"
    if kind == "divisibility":
        if isinstance(value, str):
            ok = _U128.fullmatch(value) is not None and len(value) <= 2
            value = int(value) if ok else value
        ok = _whole(value) and 0 <= value <= MAX_DIVISIBILITY
        return None if ok else f"{value!r} is not in 0..{MAX_DIVISIBILITY}"
    if kind == "count":
        return None if _whole(value) and value >= 0 else f"{value!r} is not a whole number >= 0"
    raise AssertionError(f"the oracle does not know sdk.yaml's type {kind!r}")


def declared_value(kind: str, value: Any) -> Any:
    """What users get for a valid wire ``value`` of a declared type."""
    if value is None:
        return 0 if kind == "divisibility" else None
    if kind == "decimal":
        return Decimal(value) if isinstance(value, str) else Decimal(int(value))
    return int(value)


# --- which model class a schema object is, and what sdk.yaml declares on it ---------------


def _model_classes() -> dict[frozenset[str], list[type[msgspec.Struct]]]:
    out: dict[frozenset[str], list[type[msgspec.Struct]]] = {}
    # every model make generate wrote (one module per operation, loaded here)
    for name in getattr(_models_module, "WHERE", {}) or dir(_models_module):
        cls = getattr(_models_module, name)
        if (
            isinstance(cls, type)
            and issubclass(cls, msgspec.Struct)
            and cls.__module__.startswith(_models_module.__name__)
        ):
            out.setdefault(frozenset(cls.__struct_encode_fields__), []).append(cls)
    return out


_BY_FIELDS = _model_classes()
#: the generated module of the operation being judged (one module per operation): models
#: of other operations with the same fields (a copied schema, a synthetic spec's copies)
#: may declare other types, and only this operation's own count
_MODULE: contextvars.ContextVar[str | None] = contextvars.ContextVar("_MODULE", default=None)
_WHERE: Mapping[str, str] = getattr(_models_module, "WHERE", {}) or {}


@contextlib.contextmanager
def _within(module: str | None) -> Iterator[None]:
    """The oracle judges with ``module``'s models (the registry's ``module`` of an
    operation) before any other model with the same fields."""
    token = _MODULE.set(module)
    try:
        yield
    finally:
        _MODULE.reset(token)


def _scoped(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Run ``fn(op, ...)`` within ``op``'s models module."""

    @functools.wraps(fn)
    def run(op: OperationSpec, *args: Any, **kwargs: Any) -> Any:
        with _within(op.entry.get("module")):
            return fn(op, *args, **kwargs)

    return run


def declared_on(
    props: Mapping[str, Any], hint: Any = None, parent: str = ""
) -> tuple[str, dict[str, str], Any]:
    """(model names, wire field -> declared type, the class or None) of the model an
    object schema with these properties decodes to: ``hint`` (the class the parent's type
    hints name) when it has exactly these fields, else the models with exactly these
    fields, those named after ``parent`` first (the generator names a nested object after
    its parent); names of models it cannot tell apart come joined by ``|``."""
    kind, cls = _shape(hint)
    if kind == "struct" and frozenset(cls.__struct_encode_fields__) == frozenset(props):
        return cls.__name__, _with_keys(DECLARED.get(cls.__name__, {}), props), cls
    classes = _BY_FIELDS.get(frozenset(props), [])
    if not classes:  # a schema of another spec (test_iteration's fixture, in process)
        return "?", {}, None
    scope = _MODULE.get()
    if scope is not None and any(_WHERE.get(c.__name__) == scope for c in classes):
        classes = [c for c in classes if _WHERE.get(c.__name__) == scope]
    if parent and any(c.__name__.startswith(parent) for c in classes):
        classes = [c for c in classes if c.__name__.startswith(parent)]
    decls = {tuple(sorted(DECLARED.get(c.__name__, {}).items())) for c in classes}
    assert len(decls) == 1, (
        f"models {[c.__name__ for c in classes]} have the same fields but different "
        "declared types: the oracle cannot tell them apart"
    )
    names = "|".join(sorted(c.__name__ for c in classes))
    declared = _with_keys(DECLARED.get(classes[0].__name__, {}), props)
    return names, declared, classes[0] if len(classes) == 1 else None


@functools.cache
def _hints(cls: type[msgspec.Struct]) -> dict[str, Any]:
    """wire name -> the field's type hint (``Any`` for a reconstructed field)."""
    hints = typing.get_type_hints(cls)
    return {
        wire: hints[name]
        for name, wire in zip(cls.__struct_fields__, cls.__struct_encode_fields__, strict=True)
    }


def _field_hint(cls: Any, wire: str) -> Any:
    return None if cls is None else _hints(cls).get(wire)


def _pick(hint: Any, want: str) -> Any:
    """The part of a (union) type hint that is a ``want`` ("struct" or "list")."""
    args = (
        typing.get_args(hint)
        if typing.get_origin(hint) in (typing.Union, types.UnionType)
        else (hint,)
    )
    for arg in args:
        if want == "struct" and isinstance(arg, type) and issubclass(arg, msgspec.Struct):
            return arg
        if want == "list" and typing.get_origin(arg) is list:
            return arg
    return None


def _item_hint(hint: Any) -> Any:
    listed = _pick(hint, "list")
    return None if listed is None else typing.get_args(listed)[0]


# --- the walk -------------------------------------------------------------------------------

JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "integer": lambda v: type(v) is int,
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _arms(schema: Mapping[str, Any]) -> tuple[str, list[Mapping[str, Any]]] | None:
    for word in ("anyOf", "oneOf"):
        if schema.get(word):
            return word, list(schema[word])
    return None


def _is_any(schema: Mapping[str, Any]) -> bool:
    """A schema the models take any value for: untyped, or a union msgspec cannot tell
    apart (two object arms or two array arms, or an untyped arm)."""
    arms = _arms(schema)
    if arms is None:
        return not schema.get("type")
    kinds = [a.get("type") if _arms(a) is None else "union" for a in arms[1]]
    return None in kinds or kinds.count("object") > 1 or kinds.count("array") > 1


def _arm_for(schema: Mapping[str, Any], value: Any) -> tuple[str, Mapping[str, Any]] | None:
    """(pointer step, arm) of the anyOf arm ``value`` decodes as (by its JSON type)."""
    arms = _arms(schema)
    assert arms is not None
    word, options = arms
    for i, arm in enumerate(options):
        if _arm_for(arm, value) if _arms(arm) else JSON_TYPES[arm["type"]](value):
            return f"/{word}/{i}", arm
    return None


@dataclass
class Verdict:
    """What decoding a body must give: ``error`` (where a verbatim part breaks: an
    APIResponseValidationError naming that field) or the model, with ``warned`` the
    (model, wire field) pairs kept as sent, one warning each."""

    error: str | None = None
    #: the fields that break (the error names one of them; none for a top-level break)
    fields: set[str] = dataclasses.field(default_factory=set)
    warned: set[tuple[str, str]] = dataclasses.field(default_factory=set)


class _Walk:
    """The walk behind :func:`judge`: each method returns every place where a verbatim
    part breaks (empty: it decodes); a reconstructed field that breaks absorbs what is
    below it and goes to ``warned``."""

    def __init__(self, op: OperationSpec, status: int) -> None:
        self.verbatim = verbatim_of(op.key)
        self.base = f"/responses/{status}/content/application~1json/schema"
        self.warned: set[tuple[str, str]] = set()

    def node(  # noqa: PLR0917
        self,
        schema: Mapping[str, Any],
        value: Any,
        ptr: str,
        at: str,
        hint: Any = None,
        parent: str = "",
    ) -> list[str]:
        if value is None:
            return [] if schema.get("nullable") or _is_any(schema) else [f"{at}: null"]
        if _is_any(schema):
            return []
        if _arms(schema) is not None:
            arm = _arm_for(schema, value)
            if arm is None:
                return [f"{at}: {_clip(value)} fits no anyOf arm"]
            return self.node(arm[1], value, ptr + arm[0], at, hint, parent)
        kind = schema["type"]
        if not JSON_TYPES[kind](value):
            return [f"{at}: {_clip(value)} is not a JSON {kind}"]
        problems: list[str] = []
        if kind == "array":
            items, inner = schema.get("items") or {}, _item_hint(hint)
            for i, item in enumerate(value):
                problems += self.node(items, item, ptr + "/items", f"{at}[{i}]", inner, parent)
        if kind == "object" and schema.get("properties"):
            problems += self.fields(schema, value, ptr, at, _pick(hint, "struct"), parent)
        return problems

    def fields(  # noqa: PLR0917
        self,
        schema: Mapping[str, Any],
        value: dict[str, Any],
        ptr: str,
        at: str,
        hint: Any = None,
        parent: str = "",
    ) -> list[str]:
        props = schema["properties"]
        model, declared, cls = declared_on(props, hint, parent)
        required = set(schema.get("required") or [])
        problems: list[str] = []
        for wire, sub in props.items():
            decl = declared.get(wire)
            fptr, fat = f"{ptr}/properties/{_escape(wire)}", f"{at}.{wire}"
            if wire not in value:
                if wire in required and decl != "divisibility":
                    problems.append(f"{fat}: missing")
                continue
            below = self.field(
                sub, value[wire], fptr, fat, decl, wire in required, _field_hint(cls, wire), model
            )
            if below and not self.verbatim(fptr):
                self.warned.add((model, wire))
            else:
                problems += below
        return problems

    def field(  # noqa: PLR0917
        self,
        schema: Mapping[str, Any],
        value: Any,
        ptr: str,
        at: str,
        decl: str | None,
        required: bool,
        hint: Any = None,
        parent: str = "",
    ) -> list[str]:
        if value is None and (not required or decl == "divisibility"):
            return []
        if decl is None:
            return self.node(schema, value, ptr, at, hint, parent.split("|", maxsplit=1)[0])
        if value is None:
            return [] if schema.get("nullable") else [f"{at}: null"]
        # a verbatim field is decoded by its JSON type first; a reconstructed one by the
        # declared type alone (a u128 sent as a JSON integer is a u128, sdk.yaml says)
        typed = not _is_any(schema) and _arms(schema) is None
        if typed and self.verbatim(ptr) and not JSON_TYPES[schema["type"]](value):
            return [f"{at}: {_clip(value)} is not a JSON {schema['type']}"]
        problem = _declared_problem(decl, value)
        return [] if problem is None else [f"{at}: {problem}"]


def _clip(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def schema_of(op: OperationSpec, status: int) -> Mapping[str, Any] | None:
    return op.responses.get(status)


@_scoped
def judge(op: OperationSpec, status: int, body: Any) -> Verdict:
    """What the SDK must make of a 2xx ``body`` (already parsed JSON) of ``op``."""
    schema = op.responses[status]
    if schema is None:
        return Verdict()
    walk = _Walk(op, status)
    problems = walk.node(schema, body, walk.base, "$", response_type(op.key, status))
    if problems:
        names = set()
        for problem in problems:
            last = re.findall(r"\.([^.\[\]]+)", problem.split(": ", 1)[0])
            names.add(last[-1] if last else "")
        return Verdict(error="; ".join(problems), fields=names - {""} if "" not in names else set())
    return Verdict(warned=walk.warned)


def judge_raw(op: OperationSpec, status: int, content: bytes) -> Verdict:
    """:func:`judge` for raw bytes: anything but strict JSON is an error (no field)."""
    if op.responses[status] is None:
        return Verdict()

    def refuse(name: str) -> Any:
        raise ValueError(name)

    try:
        body = json.loads(content, parse_constant=refuse)
    except (ValueError, UnicodeDecodeError):
        return Verdict(error="not JSON")
    return judge(op, status, body)


def assert_decoded(got: Any, op: OperationSpec, status: int, body: Any) -> None:
    """``got`` (what the SDK returned for a 2xx ``body`` it accepted) says exactly what the
    wire said: typed where the schema holds, as sent where a reconstructed field differs."""
    with _within(op.entry.get("module")):
        _assert_decoded(got, op, status, body)


def _assert_decoded(got: Any, op: OperationSpec, status: int, body: Any) -> None:
    schema = op.responses[status]
    if schema is None:
        assert got == body, (got, body)
        return
    same = _Same(op, status)
    same.node(got, schema, body, same.check.base, "$")


class _Same:
    def __init__(self, op: OperationSpec, status: int) -> None:
        self.check = _Walk(op, status)
        self.verbatim = self.check.verbatim

    def node(self, got: Any, schema: Mapping[str, Any], body: Any, ptr: str, at: str) -> None:
        if body is None or _is_any(schema):
            assert _plain_equal(got, body), (at, got, body)
            return
        if _arms(schema) is not None:
            arm = _arm_for(schema, body)
            assert arm is not None, at
            self.node(got, arm[1], body, ptr + arm[0], at)
            return
        kind = schema["type"]
        if kind == "array":
            assert isinstance(got, list), (at, type(got))
            assert len(got) == len(body), at
            for i, (g, b) in enumerate(zip(got, body, strict=True)):
                self.node(g, schema.get("items") or {}, b, ptr + "/items", f"{at}[{i}]")
        elif kind == "object" and schema.get("properties"):
            self.fields_of(got, schema, body, ptr, at)
        else:
            assert _plain_equal(got, body), (at, got, body)

    def fields_of(
        self, got: Any, schema: Mapping[str, Any], body: dict[str, Any], ptr: str, at: str
    ) -> None:
        props = schema["properties"]
        assert isinstance(got, msgspec.Struct), (at, type(got))
        model, declared, _ = declared_on(props, type(got))
        assert type(got).__name__ in model.split("|"), (at, type(got).__name__, model)
        names = dict(zip(got.__struct_encode_fields__, got.__struct_fields__, strict=True))
        required = set(schema.get("required") or [])
        for wire, sub in props.items():
            value = getattr(got, names[wire])
            decl = declared.get(wire)
            fptr, fat = f"{ptr}/properties/{_escape(wire)}", f"{at}.{wire}"
            if wire not in body:
                assert value == (0 if decl == "divisibility" else None), (fat, value)
                assert type(value) is (int if decl == "divisibility" else type(None)), fat
                continue
            sent = body[wire]
            hint = _field_hint(type(got), wire)
            check = self.check.field(sub, sent, fptr, fat, decl, wire in required, hint, model)
            if check:  # a reconstructed field that differs: kept as sent
                assert not self.verbatim(fptr), (fat, check)
                assert _plain_equal(value, sent), (fat, value, sent)
            elif decl is not None:
                expected = declared_value(decl, sent)
                assert type(value) is type(expected), (fat, value, expected)
                assert value == expected, (fat, value, expected)
            else:
                self.node(value, sub, sent, fptr, fat)


def _plain_equal(got: Any, body: Any) -> bool:
    """The plain JSON value, type for type (True is not 1, 1.0 is 1 only as a number)."""
    if isinstance(body, bool) or body is None:
        return got is body
    if isinstance(body, int | float):
        return not isinstance(got, bool) and isinstance(got, int | float) and got == body
    if isinstance(body, list):
        return (
            isinstance(got, list)
            and len(got) == len(body)
            and all(_plain_equal(g, b) for g, b in zip(got, body, strict=True))
        )
    if isinstance(body, dict):
        return (
            isinstance(got, dict)
            and got.keys() == body.keys()
            and all(_plain_equal(got[k], body[k]) for k in body)
        )
    return type(got) is type(body) and got == body


# --- bodies: one valid body, valid ones drawn, and the ways to break one -------------------

_DECLARED_EXAMPLE = {
    "u128": "3142748244",
    "i128": "-3142748244",
    "decimal": "0.0025",
    "divisibility": 5,
    "count": 1,
}
_PLAIN_EXAMPLE = {"string": "x", "number": 1, "integer": 1, "boolean": True}


def _example(
    schema: Mapping[str, Any], decl: str | None = None, hint: Any = None, parent: str = ""
) -> Any:
    if decl is not None:
        value = _DECLARED_EXAMPLE[decl]
        kind = schema.get("type")
        if kind in ("number", "integer") and isinstance(value, str):
            return 1  # a declared amount the spec sends as a number
        if kind == "string" and not isinstance(value, str):
            return str(value)
        return value
    arms = _arms(schema)
    if arms is not None:
        return _example(arms[1][0], None, hint, parent)
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties") or {}
        if not props:
            return {}
        model, declared, cls = declared_on(props, _pick(hint, "struct"), parent)
        first = model.split("|")[0]
        return {
            name: _example(sub, declared.get(name), _field_hint(cls, name), first)
            for name, sub in props.items()
        }
    if kind == "array":
        return [_example(schema.get("items") or {}, None, _item_hint(hint), parent)]
    if "enum" in schema:
        return schema["enum"][0]
    return _PLAIN_EXAMPLE.get(kind or "string", "x")


@_scoped
def example_body(op: OperationSpec, status: int) -> Any:
    """A body with every property the schema names (arrays of one, the first anyOf arm),
    valid for the spec and for the types sdk.yaml declares."""
    schema = op.responses[status]
    return None if schema is None else _example(schema, None, response_type(op.key, status))


def repair(
    draw: Callable[[st.SearchStrategy[Any]], Any],
    schema: Mapping[str, Any],
    body: Any,
    hint: Any = None,
    parent: str = "",
) -> Any:
    """``body`` (drawn from ``schema``) with every value of a declared type replaced by a
    valid one; at the top, ``hint`` (the operation's response type) sets the scope."""
    if _MODULE.get() is None and isinstance(hint, type) and hint.__name__ in _WHERE:
        with _within(_WHERE[hint.__name__]):
            return repair(draw, schema, body, hint, parent)
    if body is None or _is_any(schema):
        return body
    if _arms(schema) is not None:
        arm = _arm_for(schema, body)
        return body if arm is None else repair(draw, arm[1], body, hint, parent)
    kind = schema.get("type")
    if kind == "array" and isinstance(body, list):
        items, inner = schema.get("items") or {}, _item_hint(hint)
        return [repair(draw, items, v, inner, parent) for v in body]
    if kind != "object" or not isinstance(body, dict) or not schema.get("properties"):
        return body
    model, declared, cls = declared_on(schema["properties"], _pick(hint, "struct"), parent)
    out = dict(body)
    for wire, sub in schema["properties"].items():
        if wire not in out or out[wire] is None:
            continue
        decl = declared.get(wire)
        if decl is None:
            out[wire] = repair(draw, sub, out[wire], _field_hint(cls, wire), model.split("|")[0])
        else:
            value = draw(declared_values(decl))
            if sub.get("type") in ("number", "integer") and isinstance(value, str):
                value = int(value)
            out[wire] = value
    return out


def _paths(
    schema: Mapping[str, Any],
    body: Any,
    at: tuple[Any, ...] = (),
    hint: Any = None,
    parent: str = "",
) -> Iterator[tuple[tuple[Any, ...], Mapping[str, Any], str | None]]:
    """(path into body, schema there, declared type) for every value of ``body``."""
    arms = _arms(schema)
    if arms is not None and not _is_any(schema):
        arm = _arm_for(schema, body)
        if arm is not None:
            yield from _paths(arm[1], body, at, hint, parent)
        return
    if schema.get("type") == "object" and isinstance(body, dict) and schema.get("properties"):
        model, declared, cls = declared_on(schema["properties"], _pick(hint, "struct"), parent)
        for name, sub in schema["properties"].items():
            if name in body:
                yield (*at, name), sub, declared.get(name)
                if name not in declared:
                    sub_hint, first = _field_hint(cls, name), model.split("|")[0]
                    yield from _paths(sub, body[name], (*at, name), sub_hint, first)
    elif schema.get("type") == "array" and isinstance(body, list) and body:
        items, inner = schema.get("items") or {}, _item_hint(hint)
        yield (*at, 0), items, None
        yield from _paths(items, body[0], (*at, 0), inner, parent)


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


#: a value of another JSON type than the schema's, by the schema's type
WRONG_TYPE: dict[str, Any] = {
    "string": 5,
    "number": "5",
    "integer": "5",
    "boolean": "true",
    "object": [],
    "array": {},
}

#: values the spec's JSON type allows but the declared type forbids
DECLARED_BREAKS: dict[str, list[Any]] = {
    "u128": ["-1", "1.5", "", " 1", "+1", "1_000", "١٢", "1" * 40, str(U128_MAX + 1)],
    "i128": ["--1", "1.5", "", " 1", "+1", "1e3", "١٢", str(2**127), str(-(2**127) - 1)],
    "decimal": ["", "1.", ".5", "1,5", " 1", "NaN", "Infinity", "0x10", "١٢", "1e"],
    "divisibility": [MAX_DIVISIBILITY + 1, -1, 2.5, "39", "x"],
    "count": [-1, 1.5],
}


@_scoped
def malformed_bodies(op: OperationSpec, status: int) -> dict[str, bytes]:
    """2xx bodies the spec (or a type sdk.yaml declares) does not allow, by name: not
    JSON, another JSON type at the top and at every value, a required field missing
    anywhere, and each declared type's forbidden values (of the field's JSON type)."""
    schema = op.responses[status]
    if schema is None:
        return {}
    top = response_type(op.key, status)
    good = _example(schema, None, top)
    raw = json.dumps(good).encode()
    out: dict[str, bytes] = {
        "truncated": raw[: max(1, len(raw) // 2)],
        "empty": b"",
        "html": b"<html>OK</html>",
        "nan": raw.replace(b"1", b"NaN", 1) if b"1" in raw else b"NaN",
    }
    if not _is_any(schema):
        fits = (
            [_arm_for(schema, v) is not None for v in ("ok", 1, True, {}, [], None)]
            if (_arms(schema) is not None)
            else None
        )
        for i, (kind, other) in enumerate(
            {
                "string": '"ok"',
                "number": "1",
                "boolean": "true",
                "object": "{}",
                "array": "[]",
                "null": "null",
            }.items()
        ):
            top = schema.get("type")
            same = fits[i] if fits is not None else kind == {"integer": "number"}.get(top, top)
            if not same:
                out[f"a JSON {kind}"] = other.encode()
    for path, sub, decl in _paths(schema, good, (), top):
        kind = sub.get("type")
        if kind in WRONG_TYPE and not _is_any(sub):
            # a declared type may take more than the spec's JSON type (a u128 as a JSON
            # integer): there the wrong value is one no declared type takes
            wrong = [] if decl is not None else WRONG_TYPE[kind]
            out[f"{_show(path)}-{wrong!r}"] = json.dumps(_set(good, path, wrong)).encode()
        if decl is not None:
            for value in DECLARED_BREAKS[decl]:
                if isinstance(value, str) != (kind == "string"):
                    continue
                out[f"{_show(path)}={value!r}"] = json.dumps(_set(good, path, value)).encode()
    for path, sub in [((), schema), *((p, s) for p, s, _ in _paths(schema, good, (), top))]:
        arm = _arm_for(sub, _example(sub)) if _arms(sub) is not None and not _is_any(sub) else None
        obj = arm[1] if arm is not None else sub
        if obj.get("type") != "object":
            continue
        for name in obj.get("required", []):
            if name in (obj.get("properties") or {}):
                out[f"missing-{_show((*path, name))}"] = json.dumps(
                    _set(good, (*path, name), _GONE)
                ).encode()
    return out


def example_success(op: OperationSpec) -> tuple[int, bytes]:
    """(the first 2xx status, a valid body for it; empty where it documents none)."""
    status = op.success_statuses[0]
    body = example_body(op, status)
    return status, b"" if op.responses[status] is None else json.dumps(body).encode()


def _assert_same_hint(got: Any, body: Any, tp: Any, where: str = "$") -> None:
    """``got`` (decoded as the hinted type ``tp`` of a strict field) is ``body``."""
    kind, inner = _shape(tp)
    if kind == "list":
        assert isinstance(got, list), where
        assert len(got) == len(body), where
        for i, (g, b) in enumerate(zip(got, body, strict=True)):
            _assert_same_hint(g, b, inner, f"{where}[{i}]")
        return
    if kind == "struct":
        assert isinstance(got, inner), (where, type(got))
        for name, wire, ftype, decl, default in _fields(inner):
            value = getattr(got, name)
            at = f"{where}.{wire}"
            if wire not in body:
                assert value == default, (at, value, default)
            elif decl is not None:
                assert value == declared_value(decl, body[wire]), (at, value, body[wire])
            else:
                _assert_same_hint(value, body[wire], ftype, at)
        return
    assert _plain_equal(got, body), (where, got, body)


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
        _assert_same_hint(getattr(page, name), value, hints[name], name)
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
            _assert_same_hint(
                getattr(got, name), value, typing.get_type_hints(RuneBalance)[name], name
            )


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
