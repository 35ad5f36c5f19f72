"""What the contract suites read from openapi.json: nothing here is copied from it."""

from __future__ import annotations

import json
import re
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

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))

#: The one operation; the suites would need a loop, not a rewrite, for a second one.
[(PATH, _ops)] = SPEC["paths"].items()
[(METHOD, OPERATION)] = _ops.items()
RESPONSES: dict[str, Any] = OPERATION["responses"]

#: Every documented status, as ints, from the spec.
STATUSES: list[int] = sorted(int(code) for code in RESPONSES)
SUCCESS_STATUSES = [s for s in STATUSES if 200 <= s < 300]
ERROR_STATUSES = [s for s in STATUSES if s >= 400]

PARAMETERS: list[dict[str, Any]] = OPERATION["parameters"]
QUERY_PARAMS = {p["name"]: p for p in PARAMETERS if p["in"] == "query"}
PATH_PARAMS = {p["name"]: p for p in PARAMETERS if p["in"] == "path"}

_SCHEMES = SPEC["components"]["securitySchemes"]
[(_SCHEME_NAME, _)] = [req for sec in SPEC["security"] for req in sec.items()]
API_KEY_HEADER: str = _SCHEMES[_SCHEME_NAME]["name"]
assert _SCHEMES[_SCHEME_NAME]["in"] == "header"


def response_schema(status: int) -> dict[str, Any]:
    return RESPONSES[str(status)]["content"]["application/json"]["schema"]


def success_schema() -> dict[str, Any]:
    [status] = SUCCESS_STATUSES
    return response_schema(status)


def page_fields() -> tuple[list[str], list[str]]:
    """(required page fields, required item fields) of the 200 body."""
    schema = success_schema()
    return schema["required"], schema["properties"]["items"]["items"]["required"]


def number_fields() -> list[str]:
    """The page's top-level fields the spec types as numbers (counts, heights)."""
    props = success_schema()["properties"]
    return [name for name, sub in props.items() if sub.get("type") in ("number", "integer")]


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


# --- request validation ----------------------------------------------------------------

_FORMATS = jsonschema.FormatChecker()
_FORMATS.checks("BitcoinAddress")(is_valid_address)


def _schema_errors(value: Any, schema: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft4Validator(schema, format_checker=_FORMATS)
    return [e.message for e in validator.iter_errors(value)]


def _coerce(raw: str, schema: dict[str, Any]) -> Any:
    if schema.get("type") == "number":
        return json.loads(raw) if re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", raw) else raw
    if schema.get("type") == "integer":
        return int(raw) if re.fullmatch(r"-?\d+", raw) else raw
    return raw


def request_problems(request: httpx.Request, *, base: str, api_key: str) -> list[str]:
    """Why ``request`` is not one the spec describes (empty when it is)."""
    problems: list[str] = []
    if request.method != METHOD.upper():
        problems.append(f"method {request.method} != {METHOD.upper()}")
    prefix = httpx.URL(base).raw_path.rstrip(b"/").decode()
    raw_path = request.url.raw_path.split(b"?")[0].decode("ascii")
    pattern = re.escape(prefix + PATH)
    for name in PATH_PARAMS:
        pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>[^/]+)")
    match = re.fullmatch(pattern, raw_path)
    if match is None:
        return [*problems, f"path {raw_path!r} does not match {PATH!r}"]
    for name, param in PATH_PARAMS.items():
        segment = match.group(name)
        value = unquote(segment)
        if quote(value, safe="") != segment:
            problems.append(f"path param {name}: {segment!r} is not percent-encoded as one segment")
        problems += [f"path param {name}: {m}" for m in _schema_errors(value, param["schema"])]
    query = request.url.params
    for name in query:
        if name not in QUERY_PARAMS:
            problems.append(f"undocumented query parameter {name!r}")
        elif len(query.get_list(name)) != 1:
            problems.append(f"query parameter {name!r} sent {len(query.get_list(name))} times")
    for name, param in QUERY_PARAMS.items():
        if name in query:
            value = _coerce(query[name], param["schema"])
            problems += [
                f"query {name}={query[name]!r}: {m}" for m in _schema_errors(value, param["schema"])
            ]
        elif param.get("required"):
            problems.append(f"required query parameter {name!r} missing")
    if request.headers.get(API_KEY_HEADER) != api_key:
        problems.append(f"header {API_KEY_HEADER} does not carry the key")
    return problems
