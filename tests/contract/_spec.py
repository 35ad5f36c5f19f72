"""What the contract suites read from the generated registry (``_sdk/registry.py``).

Nothing here is copied and nothing re-reads openapi.json: operation keys, statuses, wire
and Python names, schemas and security come from the registry ``make generate`` wrote
from the spec (the one reader of it, ``scripts/sdkgen.py``). :func:`operations_of`
works on any registry, so the suites can be pointed at a regenerated fixture spec with
more operations (see ``test_iteration.py``); :data:`OPERATIONS` is the vendored spec's.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import httpx
import jsonschema
from xverse_api import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    is_valid_address,
)
from xverse_api._sdk.registry import API_KEY_HEADER
from xverse_api._sdk.registry import OPERATIONS as REGISTRY

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
_PROVENANCE_PATH = ROOT / "openapi.provenance.json"
#: openapi.provenance.json (absent: every part of the spec is the provider's verbatim text)
PROVENANCE: dict[str, Any] = (
    json.loads(_PROVENANCE_PATH.read_text(encoding="utf-8")) if _PROVENANCE_PATH.exists() else {}
)


def verbatim_of(key: str, provenance: Mapping[str, Any] | None = None) -> Any:
    """The test's own reading of openapi.provenance.json: is a JSON pointer below
    operation ``key`` the provider's verbatim text? Yes unless the file lists the
    operation and the pointer is under none of its ``verbatim`` pointers."""
    entry = ((PROVENANCE if provenance is None else provenance).get("operations") or {}).get(key)
    if entry is None:
        return lambda pointer: True
    roots = [str(r) for r in entry.get("verbatim") or []]
    return lambda pointer: any(pointer == r or pointer.startswith(r + "/") for r in roots)


_RUNE_ID = re.compile(r"(0|[1-9][0-9]{0,19}):(0|[1-9][0-9]{0,9})", re.ASCII)


def is_rune_id(value: object) -> bool:
    """The test's own reading of ``BLOCK:TX`` (block a u64, tx a u32)."""
    if not isinstance(value, str) or not (match := _RUNE_ID.fullmatch(value)):
        return False
    return int(match.group(1)) < 2**64 and int(match.group(2)) < 2**32


@dataclass(frozen=True)
class ParamSpec:
    """One parameter: its wire name, location and schema from the spec, its Python name
    and the SDK's declared format from the registry."""

    python: str
    wire: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    #: ``format`` as the SDK checks it: sdk.yaml's declaration, else the spec's own
    fmt: str | None


@dataclass(frozen=True)
class OperationSpec:
    key: str
    method: str
    path: str
    params: tuple[ParamSpec, ...]
    #: status -> the JSON body schema the spec documents (None: no JSON body)
    responses: Mapping[int, Mapping[str, Any] | None]
    body: Mapping[str, Any] | None
    api_key_header: str | None
    entry: Mapping[str, Any] = field(repr=False)

    @property
    def statuses(self) -> list[int]:
        return sorted(self.responses)

    @property
    def success_statuses(self) -> list[int]:
        return [s for s in self.statuses if 200 <= s < 300]

    @property
    def error_statuses(self) -> list[int]:
        return [s for s in self.statuses if s >= 400]

    def in_(self, location: str) -> dict[str, ParamSpec]:
        """wire name -> parameter, for one location."""
        return {p.wire: p for p in self.params if p.location == location}

    def response_schema(self, status: int) -> Mapping[str, Any]:
        schema = self.responses[status]
        assert schema is not None, f"{self.key} {status} documents no JSON body"
        return schema

    def __str__(self) -> str:
        return self.key


def operations_of(
    registry: Mapping[str, Mapping[str, Any]], api_key_header: str | None = API_KEY_HEADER
) -> list[OperationSpec]:
    """Every operation of a generated registry (in the spec's order, as make generate
    wrote it): ``make generate`` is the one reader of openapi.json, and the suites take
    its operations, parameters, schemas and statuses from what it wrote. A secured
    operation sends the API key in ``api_key_header`` (the registry's)."""
    out: list[OperationSpec] = []
    for key, entry in registry.items():
        params = tuple(
            ParamSpec(
                python=p["python"],
                wire=p["wire"],
                location=p["in"],
                required=bool(p["required"]),
                # the spec's schema; x-sdk-format is sdk.yaml's, kept apart as `fmt`
                schema={k: v for k, v in p["schema"].items() if k != "x-sdk-format"},
                fmt=p["schema"].get("x-sdk-format") or p["schema"].get("format"),
            )
            for p in entry["params"]
        )
        responses: dict[int, Mapping[str, Any] | None] = {}
        for code, response in entry["responses"].items():
            if not code.isdigit():
                continue  # "default" / "4XX": no one status to test
            json_body = response["content_type"] == "application/json"
            responses[int(code)] = (response["schema"] or {}) if json_body else None
        body = entry["body"]
        out.append(
            OperationSpec(
                key=key,
                method=entry["method"],
                path=entry["path"],
                params=params,
                responses=responses,
                body=(body["schema"] or None)
                if body and body["content_type"] == "application/json"
                else None,
                api_key_header=api_key_header if entry["security"] else None,
                entry=entry,
            )
        )
    return out


#: Every operation of the vendored spec, and their keys (test ids).
OPERATIONS: list[OperationSpec] = operations_of(REGISTRY)
KEYS: list[str] = [op.key for op in OPERATIONS]
BY_KEY: dict[str, OperationSpec] = {op.key: op for op in OPERATIONS}

#: (operation, status) for every documented status of every operation
OPERATION_STATUSES: list[tuple[OperationSpec, int]] = [
    (op, s) for op in OPERATIONS for s in op.statuses
]
SUCCESS_CASES = [(op, s) for op, s in OPERATION_STATUSES if 200 <= s < 300]
ERROR_CASES = [(op, s) for op, s in OPERATION_STATUSES if s >= 400]


def case_id(value: Any) -> str:
    return str(value)


def expected_error(status: int) -> type[APIStatusError]:
    """The error class an answer with ``status`` must raise, by HTTP semantics alone:
    the well-known client errors get their own class, any 5xx is a server failure,
    anything else non-2xx is a plain APIStatusError."""
    if status >= 500:
        return InternalServerError
    by_phrase: dict[str, type[APIStatusError]] = {
        "Bad Request": BadRequestError,
        "Unauthorized": AuthenticationError,
        "Not Found": NotFoundError,
        "Too Many Requests": RateLimitError,
    }
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        return APIStatusError
    return by_phrase.get(phrase, APIStatusError)


EXAMPLE_ADDRESS = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"


def example_value(param: ParamSpec) -> Any:
    """One valid value for a parameter (a real address, a rune id, the schema's default)."""
    if param.fmt == "BitcoinAddress":
        return EXAMPLE_ADDRESS
    if param.fmt == "rune_id":
        return "840000:3"
    if "default" in param.schema:
        return param.schema["default"]
    kind = param.schema.get("type", "string")
    return {"number": 1, "integer": 1, "boolean": True}.get(kind, "x")


def example_json(schema: Mapping[str, Any]) -> Any:
    """A JSON value with every property the schema names (arrays of one)."""
    kind = schema.get("type")
    if kind == "object":
        return {k: example_json(v) for k, v in (schema.get("properties") or {}).items()}
    if kind == "array":
        return [example_json(schema.get("items") or {})]
    if "enum" in schema:
        return schema["enum"][0]
    return {"number": 1, "integer": 1, "boolean": True}.get(kind or "string", "x")


def required_arguments(op: OperationSpec) -> dict[str, Any]:
    """Keyword arguments for ``op`` with a valid value for each required parameter
    (and the body, when it takes one)."""
    kwargs = {p.python: example_value(p) for p in op.params if p.required}
    if op.body is not None:
        kwargs["body"] = example_json(op.body)
    return kwargs


def generated_module(op: OperationSpec) -> Any:
    """openapi-python-client's module for ``op``: the registry's module name, in whichever
    tag package the generator put it (its own naming of tags is not re-implemented)."""
    from xverse_api._generated import api  # noqa: PLC0415

    [package] = [
        info.name
        for info in pkgutil.iter_modules(api.__path__)
        if (Path(api.__path__[0]) / info.name / f"{op.entry['module']}.py").exists()
    ]
    return importlib.import_module(f"{api.__name__}.{package}.{op.entry['module']}")


def generated_call(op: OperationSpec, client: Any) -> Any:
    """``op`` through openapi-python-client's ``sync_detailed`` with the required
    arguments (the body as its generated attrs model)."""
    function = generated_module(op).sync_detailed
    kwargs = required_arguments(op)
    if "body" in kwargs:
        kwargs["body"] = typing.get_type_hints(function)["body"].from_dict(kwargs["body"])
    return function(client=client, **kwargs)


# --- paging, and the runes page --------------------------------------------------------


#: The operations sdk.yaml declares paging for (their collecting methods are generated).
PAGING_OPERATIONS: list[OperationSpec] = [op for op in OPERATIONS if op.entry.get("paging")]


def collect(client: Any, op: OperationSpec, **kwargs: Any) -> Any:
    """``op``'s generated collecting method (``client.runes.balances``), by the registry."""
    resource = getattr(client, op.entry["resource"])
    return getattr(resource, op.entry["paging"]["all"])(**kwargs)


def _decodes_to_page(op: OperationSpec) -> bool:
    from xverse_api import RuneBalancePage  # noqa: PLC0415
    from xverse_api._sdk.models import RESPONSE_TYPES  # noqa: PLC0415

    return RuneBalancePage in RESPONSE_TYPES.get(op.key, {}).values()


#: The operations whose 2xx is the rune balance page (the runes oracle checks them field
#: by field, beside the generic one).
PAGE_OPERATIONS: list[OperationSpec] = [op for op in OPERATIONS if _decodes_to_page(op)]


def success_schema(op: OperationSpec | None = None) -> Mapping[str, Any]:
    """The 2xx body schema of ``op`` (default: the first rune balance page operation)."""
    op = op or PAGE_OPERATIONS[0]
    return op.response_schema(op.success_statuses[0])


def page_fields() -> tuple[list[str], list[str]]:
    """(required page fields, required item fields) of the paging operation's 2xx body."""
    schema = success_schema()
    return schema["required"], schema["properties"]["items"]["items"]["required"]


def number_fields() -> list[str]:
    """The page's top-level fields the spec types as numbers (counts, heights)."""
    props = success_schema()["properties"]
    return [name for name, sub in props.items() if sub.get("type") in ("number", "integer")]


# --- request validation ----------------------------------------------------------------

_FORMATS = jsonschema.FormatChecker()
_FORMATS.checks("BitcoinAddress")(is_valid_address)
_FORMATS.checks("rune_id")(is_rune_id)


def _schema_errors(value: Any, schema: Mapping[str, Any], fmt: str | None) -> list[str]:
    full = {**schema, "format": fmt} if fmt else dict(schema)
    validator = jsonschema.Draft4Validator(full, format_checker=_FORMATS)
    return [e.message for e in validator.iter_errors(value)]


def coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    """A wire string as the JSON value the schema's type reads it as (else as is)."""
    kind = schema.get("type")
    if kind == "number":
        return json.loads(raw) if re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", raw) else raw
    if kind == "integer":
        return int(raw) if re.fullmatch(r"-?\d+", raw) else raw
    if kind == "boolean":
        return {"true": True, "false": False}.get(raw, raw)
    return raw


def path_values(op: OperationSpec, request: httpx.Request, base: str) -> dict[str, str] | None:
    """Path parameter (wire name) -> raw segment, or None when the path is not ``op``'s."""
    prefix = httpx.URL(base).raw_path.rstrip(b"/").decode()
    raw_path = request.url.raw_path.split(b"?")[0].decode("ascii")
    wires = list(op.in_("path"))
    pattern = re.escape(prefix + op.path)
    for i, name in enumerate(wires):
        pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<p{i}>[^/]+)", 1)
    match = re.fullmatch(pattern, raw_path)
    if match is None:
        return None
    return {name: match.group(f"p{i}") for i, name in enumerate(wires)}


def request_problems(
    op: OperationSpec, request: httpx.Request, *, base: str, api_key: str
) -> list[str]:
    """Why ``request`` is not one the spec describes for ``op`` (empty when it is)."""
    problems: list[str] = []
    if request.method != op.method:
        problems.append(f"method {request.method} != {op.method}")
    segments = path_values(op, request, base)
    if segments is None:
        return [*problems, f"path {request.url.raw_path!r} does not match {op.path!r}"]
    for name, param in op.in_("path").items():
        segment = segments[name]
        value = unquote(segment)
        if quote(value, safe="") != segment:
            problems.append(f"path param {name}: {segment!r} is not percent-encoded as one segment")
        problems += [
            f"path param {name}: {m}"
            for m in _schema_errors(coerce(value, param.schema), param.schema, param.fmt)
        ]
    query = request.url.params
    documented = op.in_("query")
    for name in query:
        if name not in documented:
            problems.append(f"undocumented query parameter {name!r}")
        elif documented[name].schema.get("type") != "array" and len(query.get_list(name)) != 1:
            problems.append(f"query parameter {name!r} sent {len(query.get_list(name))} times")
    for name, param in documented.items():
        if name in query:
            if param.schema.get("type") == "array":
                items = param.schema.get("items", {})
                value: Any = [coerce(v, items) for v in query.get_list(name)]
            else:
                value = coerce(query[name], param.schema)
            problems += [
                f"query {name}={query[name]!r}: {m}"
                for m in _schema_errors(value, param.schema, param.fmt)
            ]
        elif param.required:
            problems.append(f"required query parameter {name!r} missing")
    for name, param in op.in_("header").items():
        if name in request.headers:
            value = coerce(request.headers[name], param.schema)
            problems += [
                f"header {name}: {m}" for m in _schema_errors(value, param.schema, param.fmt)
            ]
        elif param.required:
            problems.append(f"required header {name!r} missing")
    if op.body is not None and request.content:
        problems += [
            f"body: {m}" for m in _schema_errors(json.loads(request.content), op.body, None)
        ]
    elif op.body is None and request.content:
        problems.append("a body was sent to an operation that takes none")
    if op.api_key_header is not None and request.headers.get(op.api_key_header) != api_key:
        problems.append(f"header {op.api_key_header} does not carry the key")
    return problems


# --- arguments the spec does not allow -------------------------------------------------------

_WRONG_TYPE: dict[str, Any] = {"string": 5, "number": "5", "integer": "5", "boolean": "true"}


def _value_violations(schema: Mapping[str, Any], fmt: str | None) -> list[tuple[str, Any]]:
    """(what is wrong, a value) for each constraint of a parameter schema."""
    out: list[tuple[str, Any]] = []
    kind = schema.get("type")
    if kind == "array":
        out.append(("not a list", "a"))
        out += [(f"item {why}", [v]) for why, v in _value_violations(schema.get("items", {}), None)]
        return out
    if kind in _WRONG_TYPE:
        out.append((f"not a {kind}", _WRONG_TYPE[kind]))
    if kind == "integer":
        out.append(("a fraction", 1.5))
    if kind in ("number", "integer"):
        out.append(("not finite", float("inf")))
        if "minimum" in schema:
            out.append(("below the minimum", schema["minimum"] - 1))
        if "maximum" in schema:
            out.append(("above the maximum", schema["maximum"] + 1))
    if "enum" in schema:
        out.append(("not in the enum", "zz-not-listed"))
    if schema.get("minLength"):
        out.append(("too short", ""))
    if "maxLength" in schema:
        out.append(("too long", "a" * (schema["maxLength"] + 1)))
    if "pattern" in schema:
        out.append(("not matching the pattern", "!"))
    if fmt == "rune_id":
        out += [("not a rune id", "DOG"), ("a rune id past u64", f"{2**64}:0")]
    if fmt == "BitcoinAddress":
        out.append(("not an address", "bc1qnotanaddress"))
    return out


def violations(op: OperationSpec) -> list[tuple[str, dict[str, Any], str]]:
    """(label, keyword arguments, the name the refusal must mention) for every way the
    parameter schemas (and the SDK's formats) can be broken one at a time."""
    good = required_arguments(op)
    out: list[tuple[str, dict[str, Any], str]] = [
        ("unknown keyword", {**good, "no_such_param": 1}, "no_such_param")
    ]
    for param in op.params:
        if param.required:
            out.append(
                (
                    f"{param.python} missing",
                    {k: v for k, v in good.items() if k != param.python},
                    param.python,
                )
            )
        wrong = _value_violations(param.schema, param.fmt)
        if param.location == "header" and param.schema.get("type", "string") == "string":
            wrong += [("a line break", "a\r\nX-Injected: 1"), ("not ASCII", "é")]
        for why, value in wrong:
            out.append((f"{param.python} {why}", {**good, param.python: value}, param.python))
    if op.body is None:
        out.append(("a body it takes none of", {**good, "body": {"x": 1}}, "body"))
    elif op.entry["body"]["required"]:
        out.append(("body missing", {k: v for k, v in good.items() if k != "body"}, "body"))
    return out


# --- operations chosen by shape ----------------------------------------------------------
#
# The deep checks (network faults, retries, Retry-After, hostile bodies, async twins, key
# redaction, paging adversaries) exercise the one generic path every operation takes, so
# they run on a few operations picked from the registry by their shape, not on all of
# them. Each rule below picks the first operation (spec order) that has the shape; a spec
# without that shape simply has no representative for it. The cheap per-operation checks
# (parameters on the wire, status -> typed error, 2xx decode, forbidden 2xx bodies) still
# run for every operation.


def _top_types(op: OperationSpec) -> set[str | None]:
    out: set[str | None] = set()
    for status in op.success_statuses:
        schema = op.responses[status]
        out.add(None if schema is None else schema.get("type"))
    return out


SHAPE_RULES: dict[str, Any] = {
    #: a templated path segment (and whatever query parameters it has)
    "path parameter": lambda op: bool(op.in_("path")),
    #: a JSON request body (a POST)
    "JSON body": lambda op: op.body is not None,
    #: paging declared in sdk.yaml (a collecting method over pages)
    "paged": lambda op: bool(op.entry.get("paging")),
    #: a 2xx whose body is a JSON array at the top
    "top-level array": lambda op: "array" in _top_types(op),
    #: a 2xx that documents no JSON body schema
    "no 2xx body": lambda op: any(op.responses[s] is None for s in op.success_statuses),
    #: no parameter and no body at all
    "no parameters": lambda op: not op.params and op.body is None,
    #: a 2xx body schema that is the provider's verbatim text throughout (openapi.
    #: provenance.json), so a forbidden body is a validation error, never a warning
    "verbatim 2xx body": lambda op: (
        bool(op.success_statuses)
        and all(
            op.responses[s] is not None
            and verbatim_of(op.key)(f"/responses/{s}/content/application~1json/schema")
            for s in op.success_statuses
        )
    ),
}


def shapes_of(ops: list[OperationSpec]) -> dict[str, OperationSpec]:
    """Shape -> the operation that stands for it (first in spec order); shapes the spec
    lacks are left out."""
    out: dict[str, OperationSpec] = {}
    for shape, rule in SHAPE_RULES.items():
        chosen = next((op for op in ops if rule(op)), None)
        if chosen is not None:
            out[shape] = chosen
    return out


#: which operation stands for which shape in the deep tests (printed in the test ids)
SHAPES: dict[str, OperationSpec] = shapes_of(OPERATIONS)
#: the distinct operations of SHAPES, in spec order
REPRESENTATIVES: list[OperationSpec] = [
    op for op in OPERATIONS if any(op is chosen for chosen in SHAPES.values())
]


def shape_id(op: OperationSpec) -> str:
    """A test id naming the shapes an operation stands for and its key."""
    names = [shape for shape, chosen in SHAPES.items() if chosen is op]
    return f"[{' / '.join(names)}] {op.key}" if names else op.key


def paging_style(op: OperationSpec) -> tuple[bool, bool, bool]:
    """(announces a total, announces has-more, offsets in steps > 1) of a paged operation."""
    paging = op.entry["paging"]
    return (
        bool(paging.get("total_attr")),
        bool(paging.get("has_more_attr")),
        (paging.get("step") or 1) > 1,
    )


#: one paged operation per paging style (total / has-more / neither / offset steps), for
#: the paging adversaries
PAGING_STYLES: list[OperationSpec] = list(
    {paging_style(op): op for op in reversed(OPERATIONS) if op.entry.get("paging")}.values()
)[::-1]
