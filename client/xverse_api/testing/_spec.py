"""The fake API's knowledge of the spec: routes, parameter checks and example bodies.

Everything comes from the generated registry (``_sdk/registry.py``), so the fake answers
every operation of openapi.json: a request is routed by the operation's path template,
its parameters are checked against their schemas as the spec states them (the SDK's own
stricter formats from sdk.yaml are not applied here: a server takes what the spec
allows), and an operation nobody seeded answers a deterministic body valid under its
2xx schema.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation, localcontext
from typing import Any, Final
from urllib.parse import unquote

from .._address import validate_address
from .._errors import InvalidAddressError
from .._pattern import matches
from ._data import DEFAULT_ADDRESS

__all__ = [
    "Invalid",
    "Route",
    "check_body",
    "error_body",
    "example_body",
    "match",
    "routes",
    "success_bytes",
]

_NUMBER: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_INTEGER: Final = re.compile(r"[+-]?\d+", re.ASCII)
_MAX_NUMBER_CHARS: Final = 40


class Invalid(Exception):
    """Bad input: the message goes out as the 400 body."""


class Route:
    """One operation as the fake routes and answers it."""

    def __init__(self, key: str, entry: Mapping[str, Any]) -> None:
        self.key = key
        self.method: str = entry["method"]
        self.path: str = entry["path"]
        self.entry = entry
        self.params: list[Mapping[str, Any]] = list(entry["params"])
        self.security: bool = entry["security"]
        parts = re.split(r"\{([^}]+)\}", self.path)
        # an empty segment inside the path is a value (answered 400); an empty last
        # segment is a trailing slash, not this operation
        pattern = "".join(
            re.escape(part)
            if i % 2 == 0
            else f"(?P<p{i // 2}>[^/]{'+' if i == len(parts) - 2 and not parts[-1] else '*'})"
            for i, part in enumerate(parts)
        )
        self.names = re.findall(r"\{([^}]+)\}", self.path)
        self.regex = re.compile(pattern)
        self.paging: Mapping[str, Any] | None = entry["paging"]
        success = sorted(s for s in entry["responses"] if s.startswith("2"))
        self.success_status = int(success[0]) if success else 200
        response = entry["responses"].get(str(self.success_status)) or {}
        self.success_schema: Mapping[str, Any] | None = response.get("schema")
        self.success_type: str | None = response.get("content_type")
        #: the JSON request body the operation takes (content type, required, schema)
        self.body: Mapping[str, Any] | None = entry.get("body")
        documented = set(entry["responses"])
        #: a missing or refused key: 401, or 403 when only that is documented
        self.auth_status = 403 if "403" in documented and "401" not in documented else 401
        #: bad input: 400, or 422 when only that is documented
        self.invalid_status = 422 if "422" in documented and "400" not in documented else 400

    def content_type(self, status: int) -> str | None:
        """The media type documented for ``status`` (JSON where the status is not)."""
        response = self.entry["responses"].get(str(status))
        if response is None:
            return self.success_type or "application/json"
        ctype: str | None = response.get("content_type")
        return ctype

    def path_values(self, raw_path: str) -> dict[str, str] | None:
        match = self.regex.fullmatch(raw_path)
        if match is None:
            return None
        return {name: unquote(match.group(f"p{i}")) for i, name in enumerate(self.names)}


@functools.cache
def routes() -> tuple[Route, ...]:
    from .._sdk.registry import OPERATIONS  # noqa: PLC0415

    # literal segments before templated ones at the first place they differ, so
    # /v1/inscriptions/batch is never taken for /v1/inscriptions/{inscriptionId}
    def specificity(route: Route) -> tuple[int, ...]:
        return tuple(int(seg.startswith("{")) for seg in route.path.split("/"))

    built = [Route(key, entry) for key, entry in OPERATIONS.items()]
    return tuple(sorted(built, key=specificity))


def match(method: str, raw_path: str) -> tuple[Route | None, dict[str, str], list[str]]:
    """The route for this request, its path values, and the methods the path allows
    (empty when no operation has this path)."""
    allowed: list[str] = []
    found: tuple[Route, dict[str, str]] | None = None
    for route in routes():
        values = route.path_values(raw_path)
        if values is None:
            continue
        allowed.append(route.method)
        if route.method == method and found is None:
            found = (route, values)
    if found is None:
        return None, {}, allowed
    return found[0], found[1], allowed


def check_params(
    route: Route,
    path_values: Mapping[str, str],
    query: Sequence[tuple[str, str]],
    headers: Iterable[tuple[str, str]],
    network: str,
) -> dict[str, Any]:
    """Wire name -> checked value (numbers as Decimal), or :class:`Invalid`."""
    header_map = {k.lower(): v for k, v in headers}
    counts: dict[str, int] = {}
    for name, _ in query:
        counts[name] = counts.get(name, 0) + 1
    query_map = dict(query)
    out: dict[str, Any] = {}
    for param in route.params:
        wire, where, schema = param["wire"], param["in"], param["schema"]
        if where == "path":
            raw: str | None = path_values.get(wire)
        elif where == "query":
            raw = query_map.get(wire)
            if counts.get(wire, 0) > 1 and schema.get("type") != "array":
                raise Invalid(f"{wire} must be given once")
        else:
            raw = header_map.get(wire.lower())
        if raw is None or (where == "path" and raw == ""):
            if param["required"]:
                raise Invalid(f"{wire} is required")
            continue
        out[wire] = _check_value(wire, raw, schema, network)
    return out


def _check_value(name: str, raw: str, schema: Mapping[str, Any], network: str) -> Any:
    kind = schema.get("type")
    if kind in ("number", "integer"):
        if len(raw) > _MAX_NUMBER_CHARS or not (
            _INTEGER if kind == "integer" else _NUMBER
        ).fullmatch(raw):
            raise Invalid(f"{name} must be a{'n integer' if kind == 'integer' else ' number'}")
        try:
            value = Decimal(raw)
        except InvalidOperation:  # pragma: no cover - the regex lets only numbers through
            raise Invalid(f"{name} must be a number") from None
        low, high = schema.get("minimum"), schema.get("maximum")
        too_low = low is not None and value < Decimal(str(low))
        too_high = high is not None and value > Decimal(str(high))
        if (too_low or too_high) and low is not None and high is not None:
            raise Invalid(f"{name} must be between {low} and {high}")
        if too_low:
            raise Invalid(f"{name} must be at least {low}")
        if too_high:
            raise Invalid(f"{name} must be at most {high}")
        step = schema.get("multipleOf")
        if isinstance(step, int | float) and step > 0:
            with localcontext() as exact:  # a 40-digit value over a small step: exactly
                exact.prec = 2 * _MAX_NUMBER_CHARS
                if value % Decimal(str(step)):
                    raise Invalid(f"{name} must be a multiple of {step}")
        return value
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise Invalid(f"{name} must be true or false")
        return raw == "true"
    if kind == "string" or kind is None:
        if "enum" in schema and raw not in schema["enum"]:
            raise Invalid(f"{name} must be one of {', '.join(map(str, schema['enum']))}")
        if schema.get("format") == "BitcoinAddress":
            try:
                return validate_address(raw, network)  # type: ignore[arg-type]
            except InvalidAddressError as exc:  # in the server's words, not Python's
                raise Invalid(f"{name} {raw[:100]!r} {exc.reason}") from None
        low, high = schema.get("minLength"), schema.get("maxLength")
        if low is not None and len(raw) < low:
            raise Invalid(f"{name} must have at least {low} characters")
        if high is not None and len(raw) > high:
            raise Invalid(f"{name} must have at most {high} characters")
        pattern = schema.get("pattern")
        if pattern is not None and not matches(pattern, raw):
            raise Invalid(f"{name} must match {pattern}")
        return raw
    return raw


def check_body(route: Route, body: bytes | None, headers: Iterable[tuple[str, str]]) -> Any:
    """The request body of ``route``, parsed and checked against the operation's JSON
    requestBody schema, or :class:`Invalid`. ``None``: the body was not read (a chunked
    upload), so it is not checked. An operation that takes no body ignores any."""
    if route.body is None or body is None:
        return None
    if not body.strip():
        if route.body["required"]:
            raise Invalid("the request body is required")
        return None
    content_type = next((v for k, v in headers if k.lower() == "content-type"), "")
    media = content_type.split(";", 1)[0].strip().lower()
    if media and not (media == "application/json" or media.endswith("+json")):
        raise Invalid(f"the request body must be {route.body['content_type']}, not {media}")
    try:
        value = json.loads(body, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise Invalid("the request body is not JSON") from None
    _check_json("body", value, route.body.get("schema") or {})
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_JSON_TYPES: Final[dict[str, tuple[type, ...]]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "number": (int, float),
    "integer": (int, float),
    "boolean": (bool,),
}


def _check_json(where: str, value: Any, schema: Mapping[str, Any], depth: int = 0) -> None:
    """``value`` (parsed JSON) against ``schema``: type (and ``nullable``), enum, required
    and declared properties, items, lengths, bounds and pattern; or :class:`Invalid`."""
    if depth > 64:
        raise Invalid(f"{where} is nested too deep")
    if value is None:
        if schema.get("nullable") or "type" not in schema:
            return
        raise Invalid(f"{where} must not be null")
    kind = schema.get("type")
    if kind is not None:
        ok = isinstance(value, _JSON_TYPES.get(kind, (object,)))
        if kind != "boolean" and isinstance(value, bool):
            ok = False
        if kind == "integer" and ok and not (isinstance(value, int) or value.is_integer()):
            ok = False
        if not ok:
            raise Invalid(f"{where} must be a{'n' if kind[0] in 'aeiou' else ''} {kind}")
    if "enum" in schema and value not in schema["enum"]:
        raise Invalid(f"{where} must be one of {', '.join(map(str, schema['enum']))}")
    if isinstance(value, dict):
        for name in schema.get("required", ()):
            if name not in value:
                raise Invalid(f"{where}.{name} is required")
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                _check_json(f"{where}.{name}", item, properties[name], depth + 1)
            elif extra is False:
                raise Invalid(f"{where}.{name} is not a known property")
            elif isinstance(extra, Mapping):
                _check_json(f"{where}.{name}", item, extra, depth + 1)
    elif isinstance(value, list):
        low, high = schema.get("minItems"), schema.get("maxItems")
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            raise Invalid(f"{where} has {len(value)} items")
        for i, item in enumerate(value):
            _check_json(f"{where}[{i}]", item, schema.get("items") or {}, depth + 1)
    elif isinstance(value, str):
        low, high = schema.get("minLength"), schema.get("maxLength")
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            raise Invalid(f"{where} has the wrong length")
        if schema.get("pattern") is not None and not matches(schema["pattern"], value):
            raise Invalid(f"{where} must match {schema['pattern']}")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            raise Invalid(f"{where} must be finite")
        low, high = schema.get("minimum"), schema.get("maximum")
        if (low is not None and value < low) or (high is not None and value > high):
            raise Invalid(f"{where} is out of range")


def example_body(schema: Mapping[str, Any] | None, depth: int = 0) -> Any:
    """A deterministic value valid under ``schema``: every property present, one item
    per array, the schema's example or default where it has one. Plain strings are
    digit strings, so a field the SDK reads as an amount decodes too."""
    if schema is None or depth > 12:
        return None
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return example_body(schema[key][0], depth + 1)
    if schema.get("allOf"):
        parts = [example_body(part, depth + 1) for part in schema["allOf"]]
        merged: dict[str, Any] = {}
        for value in parts:
            if isinstance(value, dict):
                merged.update(value)
            elif value is not None:  # an allOf-wrapped enum, string, number...
                return value
        return merged
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return {
            name: example_body(sub, depth + 1)
            for name, sub in (schema.get("properties") or {}).items()
        }
    if kind == "array":
        count = max(1, int(schema.get("minItems") or 1))
        return [example_body(schema.get("items") or {}, depth + 1) for _ in range(count)]
    if kind == "integer":
        return int(schema.get("minimum") or 0)
    if kind == "number":
        low = schema.get("minimum") or 0
        return int(low) if float(low).is_integer() else low
    if kind == "boolean":
        return True
    if kind == "string":
        fmt = schema.get("format")
        text = {
            "BitcoinAddress": DEFAULT_ADDRESS,
            "date-time": "2024-04-20T00:09:27Z",
            "date": "2024-04-20",
            "uuid": "00000000-0000-4000-8000-000000000000",
        }.get(str(fmt), "1")
        low = int(schema.get("minLength") or 0)
        return text + "0" * max(0, low - len(text))
    return None


def error_body(response: Mapping[str, Any] | None, message: str) -> tuple[str | None, bytes]:
    """(content type, body) of an error answer as the operation documents it: the message
    as a JSON string where the schema is a string (or says nothing), inside an object where
    it is an object (in its ``message``/``error`` property, else the first string one),
    plain text for ``text/*``, nothing where no content is documented."""
    if response is None:
        return "application/json", json.dumps(message).encode()
    ctype = response.get("content_type")
    schema = response.get("schema")
    if ctype is None:
        return None, b""
    if not _is_json(ctype):
        return ctype, message.encode()
    if isinstance(schema, Mapping) and (
        schema.get("type") == "object" or "properties" in schema or "allOf" in schema
    ):
        value = example_body(schema)
        if isinstance(value, dict):
            props = dict(schema.get("properties") or {})
            for part in schema.get("allOf") or ():
                props.update(part.get("properties") or {})
            strings = [
                k for k, v in props.items() if isinstance(v, Mapping) and v.get("type") == "string"
            ]
            key = next((k for k in ("message", "error", "detail") if k in strings), None)
            key = key or (strings[0] if strings else "message")
            value[key] = message
            return ctype, json.dumps(value).encode()
    return ctype, json.dumps(message).encode()


def success_bytes(ctype: str, body: Any) -> bytes:
    """A 2xx body in its documented media type: JSON, or text for ``text/*``, or bytes."""
    if _is_json(ctype):
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    if isinstance(body, bytes):
        return body
    return str(body if body is not None else "").encode()


def _is_json(ctype: str) -> bool:
    media = ctype.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def conform(value: Any, schema: Mapping[str, Any] | None) -> Any:
    """Seeded data in the JSON types the spec gives now: the data set keeps amounts as
    digit strings, and a spec that makes ``amount`` an integer gets integers (a number
    that becomes a string gets strings). Values that do not convert are left as they are."""
    if not schema:
        return value
    kind = schema.get("type")
    if isinstance(value, dict) and isinstance(schema.get("properties"), Mapping):
        props = schema["properties"]
        return {k: conform(v, props.get(k)) for k, v in value.items()}
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        return [conform(v, schema["items"]) for v in value]
    if kind in ("integer", "number") and isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= _MAX_CONVERTED_DIGITS:
            return int(text)
        return value
    if kind == "string" and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


_MAX_CONVERTED_DIGITS: Final = 1000
