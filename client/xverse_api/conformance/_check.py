"""What the answers must be: a documented status, a documented Content-Type, a body
valid under the documented JSON Schema, and one the SDK itself can decode."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

import httpx

from .._operations import get_operation, operation_keys
from .._pattern import matches
from ._spec import Operation, _is_json, _media_type

if TYPE_CHECKING:
    pass


__all__ = [
    "Violation",
    "check_response",
    "documented_response",
    "sdk_decode",
]

MAX_ERRORS_PER_RESPONSE: Final = 20
_MESSAGE_LIMIT: Final = 200
_JSON_PATH: Final = re.compile(r"\$(?:\.[A-Za-z_][\w-]*|\[\d+\])*")
_FIELD_AT: Final = re.compile(r"`(\w+)` at (\$(?:\.[A-Za-z_][\w-]*|\[\d+\])*)")
_MSGSPEC_AT: Final = re.compile(r"\s*-\s*at\s*`\$[^`]*`")


@functools.total_ordering
@dataclass(frozen=True)
class Violation:
    """One way an answer broke the contract.

    Violations sort by operation, then status (no answer, ``None``, first), path and
    message: a total order, whatever mix of answers and non-answers a run saw.
    """

    operation: str
    status: int | None  # None: no answer at all
    path: str  # a JSON path into the body, "$" for the whole answer
    message: str
    #: the request that got the answer (method, path and query, the key redacted): the
    #: first one that showed it; not part of what makes two violations the same
    request: str = field(default="", compare=False)

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.operation, -1 if self.status is None else self.status, self.path, self.message)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Violation):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def line(self) -> str:
        status = "-" if self.status is None else str(self.status)
        sent = f" (request: {self.request})" if self.request else ""
        return f"{self.operation} {status} {self.path}: {self.message}{sent}"


def _clip(text: str, redact: Callable[[str], str] | None = None) -> str:
    """``text`` on one line and short, redacted first (a key cut by the clip would no
    longer be found)."""
    text = " ".join((text if redact is None else redact(text)).split())
    return text if len(text) <= _MESSAGE_LIMIT else text[: _MESSAGE_LIMIT - 1] + "…"


def documented_response(op: Operation, status: int) -> Mapping[str, Any] | None:
    """The spec's response for ``status``: exact code, then ``4XX``-style, then default."""
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        if key in op.responses:
            return op.responses[key]
    return None


def _matches(media: str, documented: str) -> bool:
    want = _media_type(documented)
    if want in ("*/*", media):
        return True
    major, _, minor = want.partition("/")
    return minor == "*" and media.startswith(major + "/")


class _Validators:
    """JSON Schema validators for the registry's response schemas (``$ref`` already
    resolved by ``make generate``), built once each; the spec's ``openapi`` version picks
    the draft (3.1: 2020-12, else draft 4)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._openapi31 = str(spec.get("openapi", "")).startswith("3.1")
        self._cache: dict[str, Any] = {}

    def validator(self, schema: Mapping[str, Any]) -> Any:
        import jsonschema  # type: ignore[import-untyped]  # noqa: PLC0415 - conformance extra

        key = json.dumps(schema, sort_keys=True)
        if key not in self._cache:
            cls = jsonschema.Draft202012Validator if self._openapi31 else jsonschema.Draft4Validator
            # the spec's `pattern`s run as the SDK runs them (RE2), never on `re`
            cls = jsonschema.validators.extend(cls, {"pattern": _pattern})
            self._cache[key] = cls(_json_schema(schema))
        return self._cache[key]


def _pattern(validator: Any, pattern: Any, instance: Any, _schema: Any) -> Any:
    import jsonschema  # noqa: PLC0415 - conformance extra

    if validator.is_type(instance, "string") and not matches(pattern, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


def _json_schema(node: Any) -> Any:
    """OpenAPI 3.0's ``nullable`` as JSON Schema (``type: [T, "null"]``), everywhere."""
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    out = {k: _json_schema(v) for k, v in node.items()}
    if out.get("nullable") is True and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    return out


def check_response(
    op: Operation,
    response: httpx.Response,
    validators: _Validators,
    redact: Callable[[str], str] | None = None,
) -> list[Violation]:
    """Every way ``response`` breaks the spec for ``op`` (empty: it conforms); each
    message goes through ``redact`` (the API key out) before it is clipped."""
    status = response.status_code

    def violation(path: str, message: str) -> Violation:
        return Violation(op.key, status, path, _clip(message, redact))

    documented = documented_response(op, status)
    out: list[Violation] = []
    if documented is None:
        listed = ", ".join(op.responses) or "none"
        out.append(violation("$", f"status {status} is not documented (documented: {listed})"))
    else:
        out.extend(_check_body(op, response, documented, validators, violation))
    try:
        sdk_decode(op.key, response)
    except Exception as exc:  # noqa: BLE001 - whatever the SDK raises on this answer is a finding
        text = str(exc)
        out.append(violation(_sdk_error_path(text), f"the SDK cannot decode it: {_strip_at(text)}"))
    return out


def _sdk_error_path(text: str) -> str:
    """The JSON path an SDK error names: msgspec's "- at `$.a[0].b`" or our
    "`b` at $.a[0]" (the field after the path); "$" when it names none."""
    field_at = _FIELD_AT.search(text)
    if field_at:
        return f"{field_at.group(2)}.{field_at.group(1)}"
    where = _JSON_PATH.search(text)
    return where.group(0) if where else "$"


def _strip_at(text: str) -> str:
    return _MSGSPEC_AT.sub("", text)


def _check_body(
    op: Operation,
    response: httpx.Response,
    documented: Mapping[str, Any],
    validators: _Validators,
    violation: Callable[[str, str], Violation],
) -> list[Violation]:
    documented_type = documented.get("content_type")
    if not documented_type:
        return []
    header = response.headers.get("content-type")
    if header is None:
        return [violation("$", f"no Content-Type (documented: {documented_type})")]
    media = _media_type(header)
    if not _matches(media, documented_type):
        return [
            violation(
                "$", f"Content-Type {media!r} is not documented (documented: {documented_type})"
            )
        ]
    schema = documented.get("schema")
    if schema is None or not _is_json(media):
        return []
    try:
        body = json.loads(response.content)
    except ValueError as exc:
        return [violation("$", f"the body is not valid JSON ({exc})")]
    except RecursionError:
        return [violation("$", "the body is nested too deeply to read")]
    try:
        errors = sorted(
            validators.validator(schema).iter_errors(body),
            key=lambda e: (list(map(str, e.absolute_path)), e.message),
        )
    except RecursionError:
        return [violation("$", "the body is nested too deeply to check against its schema")]
    status = next(k for k in op.responses if op.responses[k] is documented)
    base = f"/responses/{status}/content/{_escape(documented_type)}/schema"
    out = []
    for e in errors[:MAX_ERRORS_PER_RESPONSE]:
        where = base + "".join("/" + _escape(str(p)) for p in e.absolute_schema_path)
        guessed = "" if op.is_verbatim(where) else _RECONSTRUCTED
        out.append(violation(e.json_path, guessed + e.message))
    return out


#: said of a difference where the spec is not the provider's verbatim text
_RECONSTRUCTED: Final = "(reconstructed part of the spec; the SDK keeps it and warns) "


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def sdk_decode(operation_key: str, response: httpx.Response) -> None:
    """Decode ``response`` as the SDK would for ``operation_key``; raise if it cannot.

    Asks the operations registry (generated from the same spec): a 2xx body goes through
    the operation's own decoder into its generated model and raises ``BodyError`` when
    the SDK cannot read it. Answers of an operation the SDK was not generated with (a
    ``--spec`` newer than the package) and non-2xx answers pass.
    """
    if not response.is_success or operation_key not in operation_keys():
        return
    get_operation(operation_key).decode(response)
