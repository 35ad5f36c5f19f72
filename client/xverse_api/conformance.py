"""``xverse-api conformance``: check a live server against the vendored ``openapi.json``.

::

    pip install 'xverse-api[conformance]'
    XVERSE_API_KEY=... xverse-api conformance --base-url https://api.secretkeylabs.io

For every operation of the spec (or the ones named with ``--operation "GET /path"``) it
sends valid requests: first the spec's defaults and examples and the real addresses the
user lists, then cases schemathesis generates from the spec (positive mode, fixed seed,
so the same requests every night). Every answer is checked against the spec: the
status is documented, the Content-Type is one documented for it, the body validates
against the documented JSON Schema (each violation named by its JSON path, e.g.
``$.items[0].amount``), and the SDK itself can decode it (:func:`sdk_decode`).

It stays under ``--rate-limit`` (default 2 requests/second, the trial keys), sends at
most ``--max-requests`` (default 50) and stops after ``--max-time`` seconds, so a nightly
run costs a known, small part of a quota. It never retries (every answer is judged);
after a 429 it waits as ``Retry-After`` asks.

Exit codes: 0 conformant; 1 violations, or no 2xx answer at all (no success body was
checked); 2 usage error, the server cannot be reached, or the API key was refused (every
answer a 401 or 403). With ``--junit-xml`` a report is written whatever the outcome. The
API key is checked as the SDK checks it before anything is sent, and never appears in
the output or the JUnit report (it is cut out of every line in every form the SDK's
redactor knows, bodies the server echoes included).

Only the standard library and httpx are imported with this module; schemathesis,
jsonschema, click and rich (the ``conformance`` extra) load when a run starts.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.resources
import json
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final
from urllib.parse import quote, unquote
from xml.etree import ElementTree as ET

import httpx

from ._address import NETWORKS, encode_base58check, encode_segwit_address, is_valid_address
from ._constants import ENV_API_KEY, SERVERS
from ._errors import XverseError
from ._operations import get_operation, operation_keys
from ._options import check_api_key, redact
from ._retry import parse_retry_after

if TYPE_CHECKING:
    import click
    from rich.console import Console

__all__ = [
    "INSTALL_HINT",
    "Operation",
    "OperationResult",
    "Report",
    "Violation",
    "address_pool",
    "check_base_url",
    "check_report_path",
    "check_response",
    "conformance_command",
    "example_addresses",
    "install_hint",
    "load_operations",
    "load_spec",
    "network_of",
    "plan_requests",
    "run",
    "sdk_decode",
    "write_junit",
    "write_junit_error",
]

INSTALL_HINT: Final = (
    "xverse-api conformance needs click, rich, schemathesis and jsonschema (the "
    "`conformance` extra); install them with: pip install 'xverse-api[conformance]'"
)
KEY_REFUSED: Final = "the API key was refused ({statuses}): check " + ENV_API_KEY + " or --api-key"
NO_SUCCESS: Final = "no 2xx answer was seen, so no success body was checked"
SPEC_RESOURCE: Final = "openapi.json"  # packaged as xverse_api/openapi.json (pyproject)
DEFAULT_RATE_LIMIT: Final = 2.0  # requests per second: what trial keys are reported to allow
DEFAULT_MAX_REQUESTS: Final = 50
DEFAULT_MAX_TIME: Final = 300.0  # seconds of sending requests; none starts after it
DEFAULT_REQUEST_TIMEOUT: Final = 30.0
DEFAULT_SEED: Final = 0
MAX_ERRORS_PER_RESPONSE: Final = 20
_MESSAGE_LIMIT: Final = 200
_HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_JSON_PATH: Final = re.compile(r"\$(?:\.[A-Za-z_][\w-]*|\[\d+\])*")
_ADDRESSISH: Final = re.compile("address", re.IGNORECASE)
_FIELD_AT: Final = re.compile(r"`(\w+)` at (\$(?:\.[A-Za-z_][\w-]*|\[\d+\])*)")
_MSGSPEC_AT: Final = re.compile(r"\s*-\s*at\s*`\$[^`]*`")
# Before any answer, these mean the server cannot be reached (refused, DNS, connect
# timeout, proxy): exit 2. Anything else (a read timeout, a dropped connection) is an
# answer that did not come: a violation of that request.
_CANNOT_CONNECT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.ProxyError)


# -- the spec ---------------------------------------------------------------------------


def load_spec(path: str | Path | None = None) -> dict[str, Any]:
    """The spec at ``path``, or the one packaged with the SDK.

    The wheel carries a copy of the repository's ``openapi.json`` as
    ``xverse_api/openapi.json`` (hatch ``force-include``); a source checkout or an
    editable install reads the repository's file itself, so the two cannot differ.
    """
    if path is None:
        path = packaged_spec_path()
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        # a file that is not a spec is a usage error, like one that is not JSON
        raise ValueError(f"{path} is not an OpenAPI document (no `paths` object)")  # noqa: TRY004
    return data


def packaged_spec_path(package: Any = None) -> Path:
    """Where the SDK's spec is: the packaged copy, else the source checkout's file."""
    files = importlib.resources.files("xverse_api") if package is None else package
    packaged = files.joinpath(SPEC_RESOURCE)
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / SPEC_RESOURCE


@dataclass(frozen=True)
class Operation:
    """One operation of the spec; ``key`` is ``"METHOD /path"`` as in ``openapi.json``."""

    method: str
    path: str
    parameters: tuple[Mapping[str, Any], ...]
    responses: Mapping[str, Mapping[str, Any]]
    security: tuple[tuple[str, str], ...]  # (in, name) of each apiKey the call sends
    body_required: bool = False  # then only generated cases (which carry a body) are sent

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"


def _resolve(spec: Mapping[str, Any], node: Any, depth: int = 0) -> Any:
    """Follow a local ``$ref`` (``#/components/...``) to what it names."""
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and depth < 32:
        ref: str = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported, not {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[unquote(part).replace("~1", "/").replace("~0", "~")]
        node, depth = target, depth + 1
    return node


def load_operations(spec: Mapping[str, Any]) -> list[Operation]:
    """Every operation of ``spec``, in the spec's order."""
    schemes = _resolve(spec, spec.get("components", {})).get("securitySchemes", {})
    out = []
    for path, raw_item in spec["paths"].items():
        item = _resolve(spec, raw_item)
        shared = [_resolve(spec, p) for p in item.get("parameters", [])]
        for method in _HTTP_METHODS:
            if method not in item:
                continue
            op = _resolve(spec, item[method])
            params = {(p["in"], p["name"]): p for p in shared}
            params.update(
                {
                    (p["in"], p["name"]): p
                    for p in map(_resolve_with(spec), op.get("parameters", []))
                }
            )
            requirements = op.get("security", spec.get("security", []))
            security = []
            for requirement in requirements:
                for name in requirement:
                    scheme = _resolve(spec, schemes.get(name, {}))
                    if scheme.get("type") == "apiKey" and scheme.get("in") in ("header", "query"):
                        security.append((str(scheme["in"]), str(scheme["name"])))
            out.append(
                Operation(
                    method=method.upper(),
                    path=path,
                    parameters=tuple(params.values()),
                    responses={
                        str(k): _resolve(spec, v) for k, v in op.get("responses", {}).items()
                    },
                    security=tuple(dict.fromkeys(security)),
                    body_required=bool(_resolve(spec, op.get("requestBody", {})).get("required")),
                )
            )
    return out


def _resolve_with(spec: Mapping[str, Any]) -> Callable[[Any], Any]:
    return lambda node: _resolve(spec, node)


# -- what to send ------------------------------------------------------------------------


class _NoBody:
    def __repr__(self) -> str:
        return "<no body>"


_NO_BODY: Final = _NoBody()


@dataclass(frozen=True)
class Planned:
    """One request to send: path parameters unencoded, the key not yet added."""

    operation: Operation
    origin: str  # "spec", "address" or "generated"
    path_params: Mapping[str, Any]
    query: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    body: Any = _NO_BODY  # anything else goes out as JSON

    def fingerprint(self) -> str:
        return json.dumps(
            [self.operation.key, self.path_params, self.query, self.headers, self.body],
            sort_keys=True,
            default=str,
        )

    def build(self, client: httpx.Client, api_key: str) -> httpx.Request:
        url = self.operation.path
        for name, value in self.path_params.items():
            url = url.replace("{" + name + "}", quote(_wire(value), safe=""))
        query = {k: _wire(v) for k, v in self.query.items()}
        headers = dict(self.headers)
        for where, name in self.operation.security:
            (headers if where == "header" else query)[name] = api_key
        if self.body is _NO_BODY:
            return client.build_request(self.operation.method, url, params=query, headers=headers)
        return client.build_request(
            self.operation.method, url, params=query, headers=headers, json=self.body
        )


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _candidates(parameter: Mapping[str, Any]) -> list[Any]:
    """The values the spec itself offers for a parameter: default, example(s)."""
    schema = parameter.get("schema", {})
    values: list[Any] = []
    if "default" in schema:
        values.append(schema["default"])
    for holder in (parameter, schema):
        if "example" in holder:
            values.append(holder["example"])
    values.extend(e["value"] for e in parameter.get("examples", {}).values() if "value" in e)
    if isinstance(schema.get("examples"), list):
        values.extend(schema["examples"])
    out: list[Any] = []
    for value in values:
        if value not in out:
            out.append(value)
    return out


def _is_address(parameter: Mapping[str, Any]) -> bool:
    return bool(
        parameter.get("in") == "path"
        and (
            _ADDRESSISH.search(str(parameter.get("name", "")))
            or _ADDRESSISH.search(str(parameter.get("schema", {}).get("format", "")))
        )
    )


def spec_cases(op: Operation, addresses: Sequence[str]) -> list[Planned]:
    """The spec's defaults and examples, then one request per listed address.

    A request with only the required parameters comes first, then one per set of
    defaults/examples (the k-th candidate of every parameter). An operation with a
    required parameter that has no value is skipped here (generation covers it).
    """
    candidates = {
        (p["in"], p["name"]): _candidates(p) for p in op.parameters if p["in"] in ("path", "query")
    }
    required = {key for key, p in zip(candidates, _located(op), strict=True) if p.get("required")}
    cases: list[Planned] = []
    if op.body_required:
        return cases

    def planned(origin: str, chosen: dict[tuple[str, str], Any]) -> Planned:
        return Planned(
            op,
            origin,
            {n: v for (where, n), v in chosen.items() if where == "path"},
            {n: v for (where, n), v in chosen.items() if where == "query"},
        )

    if all(candidates[key] for key in required):
        cases.append(planned("spec", {key: candidates[key][0] for key in required}))
        for k in range(max((len(v) for v in candidates.values()), default=0)):
            chosen = {key: vals[min(k, len(vals) - 1)] for key, vals in candidates.items() if vals}
            cases.append(planned("spec", chosen))
    address_params = [p["name"] for p in _located(op) if _is_address(p)]
    if address_params:
        minimal = {key: candidates[key][0] for key in required if candidates[key]}
        for address in addresses:
            chosen = {**minimal, **{("path", name): address for name in address_params}}
            if all(key in chosen for key in required):
                cases.append(planned("address", chosen))
    return cases


def _located(op: Operation) -> list[Mapping[str, Any]]:
    return [p for p in op.parameters if p["in"] in ("path", "query")]


def example_addresses(network: str = "mainnet") -> list[str]:
    """Valid addresses of every kind on ``network`` (P2WPKH, P2WSH, P2TR, P2PKH, P2SH),
    built from fixed byte strings: checksums right, so a server answers 200, not 400."""
    net = NETWORKS[network]
    return [
        encode_segwit_address(net.hrp, 0, bytes(range(1, 21))),
        encode_segwit_address(net.hrp, 0, bytes(range(1, 33))),
        encode_segwit_address(net.hrp, 1, bytes(range(33, 65))),
        encode_base58check(net.p2pkh, bytes(range(21, 41))),
        encode_base58check(net.p2sh, bytes(range(41, 61))),
    ]


def network_of(base_url: str, addresses: Sequence[str] = ()) -> str:
    """The network ``base_url`` serves: the provider's server for it (signet, testnet4),
    else the one every listed address belongs to, else mainnet."""
    for name, url in SERVERS.items():
        if base_url.rstrip("/") == url:
            return name
    for name in NETWORKS:
        if addresses and all(is_valid_address(a, name) for a in addresses):  # type: ignore[arg-type]
            return name
    return "mainnet"


def address_pool(
    operations: Sequence[Operation], addresses: Sequence[str], network: str
) -> list[str]:
    """The addresses generation draws for an address format: the listed ones, the
    spec's defaults and examples, then :func:`example_addresses`; only those valid on
    ``network``, each once, in that order (so a seed draws the same ones every run)."""
    pool = list(addresses)
    for op in operations:
        for parameter in _located(op):
            if _is_address(parameter):
                pool.extend(str(value) for value in _candidates(parameter))
    pool.extend(example_addresses(network))
    return [a for a in dict.fromkeys(pool) if is_valid_address(a, network)]  # type: ignore[arg-type]


def _address_formats(operations: Sequence[Operation]) -> list[str]:
    """The ``format`` of every address parameter (``BitcoinAddress`` in the spec)."""
    formats = []
    for op in operations:
        for parameter in _located(op):
            fmt = parameter.get("schema", {}).get("format")
            if _is_address(parameter) and isinstance(fmt, str) and fmt not in formats:
                formats.append(fmt)
    return formats


@contextlib.contextmanager
def _formats_drawn_from(formats: Sequence[str], values: Sequence[str]) -> Iterator[None]:
    """Within the block, schemathesis generates each of ``formats`` from ``values``;
    afterwards whatever was registered before (a user's hooks, say) is back."""
    import schemathesis  # noqa: PLC0415
    from hypothesis import strategies as st  # noqa: PLC0415
    from schemathesis.specs.openapi import formats as registry  # noqa: PLC0415

    if not formats or not values:
        yield
        return
    saved = {name: registry.STRING_FORMATS.get(name) for name in formats}
    strategy = st.sampled_from(list(values))
    try:
        for name in formats:
            schemathesis.openapi.format(name, strategy)
        yield
    finally:
        for name, previous in saved.items():
            registry.unregister_string_format(name)
            if previous is not None:
                schemathesis.openapi.format(name, previous)


def generated_cases(
    schema: Any,
    op: Operation,
    count: int,
    *,
    seed: int,
    known: Mapping[str, Sequence[str]],
    exclude: Iterable[str] = (),
) -> list[Planned]:
    """``count`` valid requests schemathesis draws for ``op`` (positive mode, seeded).

    Every other case has its address-like path parameters set to known real values
    (the user's addresses, the spec's defaults), so the generated query variations
    reach real data too, not only the 400 a random string gets.
    """
    from hypothesis import HealthCheck, Phase, given, settings  # noqa: PLC0415
    from hypothesis import seed as hypothesis_seed  # noqa: PLC0415
    from schemathesis import GenerationMode  # noqa: PLC0415
    from schemathesis.core import NOT_SET  # noqa: PLC0415

    if count <= 0:
        return []
    operation = schema[op.path][op.method.lower()]
    cases: list[Any] = []

    @hypothesis_seed(seed)
    @settings(
        # hypothesis may stop short of max_examples: ask for more, keep `count`
        max_examples=3 * count + 10,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @given(operation.as_strategy(GenerationMode.POSITIVE))
    def collect(case: Any) -> None:
        cases.append(case)

    collect()
    secret_headers = {name.lower() for where, name in op.security if where == "header"}
    secret_query = {name for where, name in op.security if where == "query"}
    out: list[Planned] = []
    seen = set(exclude)
    for index, case in enumerate(cases):
        body = case.body
        if body is NOT_SET:
            body = _NO_BODY
        elif not _is_json(_media_type(case.media_type or "")):
            continue  # only JSON request bodies are sent
        path_params = {
            name: unquote(value) if isinstance(value, str) else value
            for name, value in (case.path_parameters or {}).items()
        }
        if index % 2:  # `known` holds only this operation's path parameters, never empty
            for name, values in known.items():
                path_params[name] = values[(index // 2) % len(values)]
        planned = Planned(
            op,
            "generated",
            path_params,
            {k: v for k, v in (case.query or {}).items() if k not in secret_query},
            {
                str(k): str(v)
                for k, v in (case.headers or {}).items()
                if str(k).lower() not in secret_headers
            },
            body,
        )
        if planned.fingerprint() not in seen and len(out) < count:
            seen.add(planned.fingerprint())
            out.append(planned)
    return out


def plan_requests(
    operations: Sequence[Operation],
    *,
    spec: Mapping[str, Any],
    max_requests: int,
    seed: int,
    addresses: Sequence[str] = (),
    network: str = "mainnet",
) -> list[Planned]:
    """At most ``max_requests`` distinct requests, shared fairly among ``operations``.

    Each operation's list starts with the spec's defaults/examples and the listed
    addresses, then generated cases; the lists are interleaved so that every operation
    gets requests even when the budget is smaller than the work. Address parameters
    with a ``format`` (``BitcoinAddress``) are generated from :func:`address_pool`, valid
    addresses on ``network``, not the random strings that would only draw 400s.
    """
    import schemathesis  # noqa: PLC0415
    from schemathesis.config import SchemathesisConfig  # noqa: PLC0415

    if not operations or max_requests <= 0:
        return []
    schema = schemathesis.openapi.from_dict(dict(spec), config=SchemathesisConfig())
    share = -(-max_requests // len(operations))  # ceil
    per_op: list[list[Planned]] = []
    with _formats_drawn_from(
        _address_formats(operations), address_pool(operations, addresses, network)
    ):
        for op in operations:
            per_op.append(_op_cases(schema, op, share, seed=seed, addresses=addresses))
    plan: list[Planned] = []
    for round_ in range(max(map(len, per_op))):
        for cases in per_op:
            if round_ < len(cases) and len(plan) < max_requests:
                plan.append(cases[round_])
    return plan


def _op_cases(
    schema: Any, op: Operation, share: int, *, seed: int, addresses: Sequence[str]
) -> list[Planned]:
    """``op``'s distinct requests: the spec's and the listed addresses', then generated
    ones up to ``share``."""
    fixed = spec_cases(op, addresses)
    known: dict[str, list[str]] = {}
    for case in fixed:
        for name, value in case.path_params.items():
            if _is_address(_param(op, "path", name)) and value not in known.get(name, []):
                known.setdefault(name, []).append(str(value))
    fixed = list({case.fingerprint(): case for case in fixed}.values())
    generated = generated_cases(
        schema,
        op,
        max(share - len(fixed), 0),
        seed=seed,
        known=known,
        exclude=[case.fingerprint() for case in fixed],
    )
    return [*fixed, *generated]


def _param(op: Operation, where: str, name: str) -> Mapping[str, Any]:
    return next(p for p in op.parameters if p["in"] == where and p["name"] == name)


# -- what the answers must be ----------------------------------------------------------


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

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.operation, -1 if self.status is None else self.status, self.path, self.message)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Violation):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def line(self) -> str:
        status = "-" if self.status is None else str(self.status)
        return f"{self.operation} {status} {self.path}: {self.message}"


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MESSAGE_LIMIT else text[: _MESSAGE_LIMIT - 1] + "…"


def documented_response(op: Operation, status: int) -> Mapping[str, Any] | None:
    """The spec's response for ``status``: exact code, then ``4XX``-style, then default."""
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        if key in op.responses:
            return op.responses[key]
    return None


def _media_type(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


def _matches(media: str, documented: str) -> bool:
    want = _media_type(documented)
    if want in ("*/*", media):
        return True
    major, _, minor = want.partition("/")
    return minor == "*" and media.startswith(major + "/")


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


class _Validators:
    """JSON Schema validators for the spec's response schemas, built once each."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = _json_schema(spec)
        self._openapi31 = str(spec.get("openapi", "")).startswith("3.1")
        self._cache: dict[str, Any] = {}

    def validator(self, schema: Mapping[str, Any]) -> Any:
        import jsonschema  # type: ignore[import-untyped]  # noqa: PLC0415 - conformance extra

        key = json.dumps(schema, sort_keys=True)
        if key not in self._cache:
            # The whole spec is the root document, so `#/components/...` references
            # resolve; the schema to check sits under a key of its own, and `$ref`
            # (whose siblings draft 4 ignores) points at it.
            root = {
                **self._spec,
                "x-conformance-target": _json_schema(schema),
                "$ref": "#/x-conformance-target",
            }
            cls = jsonschema.Draft202012Validator if self._openapi31 else jsonschema.Draft4Validator
            self._cache[key] = cls(root)
        return self._cache[key]


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
    op: Operation, response: httpx.Response, validators: _Validators
) -> list[Violation]:
    """Every way ``response`` breaks the spec for ``op`` (empty: it conforms)."""
    status = response.status_code

    def violation(path: str, message: str) -> Violation:
        return Violation(op.key, status, path, _clip(message))

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
    content = documented.get("content") or {}
    if not content:
        return []
    header = response.headers.get("content-type")
    if header is None:
        return [violation("$", f"no Content-Type (documented: {', '.join(content)})")]
    media = _media_type(header)
    chosen = next((m for m in content if _matches(media, m)), None)
    if chosen is None:
        return [
            violation(
                "$", f"Content-Type {media!r} is not documented (documented: {', '.join(content)})"
            )
        ]
    schema = (content[chosen] or {}).get("schema")
    if schema is None or not _is_json(media):
        return []
    try:
        body = json.loads(response.content)
    except ValueError as exc:
        return [violation("$", f"the body is not valid JSON ({exc})")]
    errors = sorted(
        validators.validator(schema).iter_errors(body),
        key=lambda e: (list(map(str, e.absolute_path)), e.message),
    )
    return [violation(e.json_path, e.message) for e in errors[:MAX_ERRORS_PER_RESPONSE]]


# -- the SDK's own decoding ---------------------------------------------------------------


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


# -- running ---------------------------------------------------------------------------


@dataclass
class OperationResult:
    """What one operation's answers showed."""

    key: str
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    no_answer: int = 0
    violations: Counter[Violation] = field(default_factory=Counter)

    @property
    def conformant(self) -> bool:
        return not self.violations

    def add(self, violation: Violation, redact: Callable[[str], str]) -> None:
        """Count ``violation`` (the same one from many answers is listed once)."""
        self.violations[replace(violation, message=redact(violation.message))] += 1

    @property
    def succeeded(self) -> bool:
        """Whether some answer was a 2xx (so a success body was checked)."""
        return any(200 <= status < 300 for status in self.statuses)

    def statuses_text(self) -> str:
        seen = [f"{s}x{n}" for s, n in sorted(self.statuses.items())]
        if self.no_answer:
            seen.append(f"no answer x{self.no_answer}")
        return ", ".join(seen) or "-"


@dataclass
class Report:
    """A whole run: per-operation results, in the spec's order."""

    base_url: str
    results: list[OperationResult]
    elapsed: float = 0.0
    stopped: str | None = None  # why the run ended before its plan did
    unreachable: str | None = None  # why no answer came at all

    @property
    def requests(self) -> int:
        return sum(r.requests for r in self.results)

    @property
    def violations(self) -> list[Violation]:
        return sorted(v for r in self.results for v in r.violations)

    @property
    def succeeded(self) -> bool:
        """Whether any operation got a 2xx answer: without one no success body was
        checked, and the run is not called conformant."""
        return any(r.succeeded for r in self.results)

    @property
    def refused(self) -> str | None:
        """Why the key was refused (``"the API key was refused (401): ..."``) when every
        answer of the run was a 401 or a 403: then nothing was checked."""
        seen = Counter[int]()
        for result in self.results:
            seen.update(result.statuses)
        if not seen or not set(seen) <= {401, 403}:
            return None
        return KEY_REFUSED.format(statuses=", ".join(map(str, sorted(seen))))

    @property
    def exit_code(self) -> int:
        if self.unreachable is not None or self.refused is not None:
            return 2
        return 1 if self.violations or not self.succeeded else 0


class _Redactor:
    """The SDK's :func:`~xverse_api._options.redact` for one key: the key as is, escaped
    as in a ``repr`` of a str or bytes, in JSON, and percent-encoded (wholly or in part)."""

    def __init__(self, secret: str) -> None:
        self._secret = secret

    def __call__(self, text: str) -> str:
        return redact(text, self._secret)


def _check_key(api_key: object) -> str:
    """``api_key`` if the SDK's client would take it (:func:`check_api_key`): a
    non-empty str of visible ASCII; else ``ValueError`` saying what is wrong with it,
    never what it is. Checked before anything is sent: httpx refuses such a header
    value with an error that quotes it."""
    try:
        return check_api_key(api_key)
    except XverseError as exc:
        raise ValueError(str(exc)) from None


def check_base_url(base_url: str) -> str:
    """``base_url`` if it is an absolute http(s) URL with a host; else ``ValueError``."""
    try:
        url = httpx.URL(base_url)
        port = url.port
    except httpx.InvalidURL as exc:
        raise ValueError(f"{base_url!r} is not a valid URL ({exc})") from None
    if url.scheme not in ("http", "https"):
        raise ValueError(f"{base_url!r} is not an http(s) URL")
    if not url.host:
        raise ValueError(f"{base_url!r} has no host")
    if port is not None and not 0 < port < 65536:
        raise ValueError(f"{base_url!r} has the port {port}, not one of 1..65535")
    return base_url


def check_report_path(path: str | Path) -> Path:
    """``path`` if a JUnit report can be written there, checked by writing one (an
    ``<error>`` "the run did not finish", replaced when it does): so a run that cannot
    keep its report stops before sending anything, and a killed run leaves a
    well-formed report. ``ValueError`` says why not (no such directory, a directory,
    not writable)."""
    target = Path(path)
    if target.is_dir():
        raise ValueError(f"{str(path)!r} is a directory; name a file in it")
    if not target.parent.is_dir():
        raise ValueError(f"{str(path)!r}: the directory {str(target.parent)!r} does not exist")
    try:
        write_junit_error(target, "the run did not finish (interrupted, or it crashed)")
    except OSError as exc:
        raise ValueError(f"{str(path)!r} cannot be written: {exc.strerror or exc}") from None
    return target


def run(
    base_url: str,
    *,
    api_key: str,
    spec: Mapping[str, Any] | None = None,
    operations: Sequence[str] = (),
    addresses: Sequence[str] = (),
    max_requests: int = DEFAULT_MAX_REQUESTS,
    rate_limit: float = DEFAULT_RATE_LIMIT,
    max_time: float = DEFAULT_MAX_TIME,
    timeout: float = DEFAULT_REQUEST_TIMEOUT,
    seed: int = DEFAULT_SEED,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Report:
    """Send the planned requests to ``base_url`` and check every answer.

    Raises ``ValueError`` for an ``operations`` entry the spec does not have, an
    ``api_key`` the SDK would refuse (:func:`_check_key`) or a ``base_url`` that is not
    an http(s) URL (:func:`check_base_url`).
    """
    _check_key(api_key)
    check_base_url(base_url)
    spec = load_spec() if spec is None else spec
    everything = load_operations(spec)
    by_key = {op.key: op for op in everything}
    unknown = [key for key in operations if key not in by_key]
    if unknown:
        raise ValueError(
            f"not an operation of the spec: {', '.join(map(repr, unknown))} "
            f"(known: {', '.join(by_key)})"
        )
    chosen = [by_key[key] for key in dict.fromkeys(operations)] if operations else everything
    began = clock()
    plan = plan_requests(
        chosen,
        spec=spec,
        max_requests=max_requests,
        seed=seed,
        addresses=addresses,
        network=network_of(base_url, addresses),
    )
    start = clock()  # the time bound counts from the first request
    validators = _Validators(spec)
    redact = _Redactor(api_key)
    report = Report(redact(base_url), [OperationResult(op.key) for op in chosen])
    results = {r.key: r for r in report.results}
    interval = 1.0 / rate_limit
    last_send = -math.inf  # clock() when the previous request went out
    answered = False
    with httpx.Client(
        base_url=base_url.rstrip("/"),
        timeout=timeout,
        transport=transport,
        follow_redirects=False,
        headers={"User-Agent": "xverse-api-conformance"},
    ) as client:
        for planned in plan:
            # Each request at least 1/rate after the previous one actually went out (never
            # catching up on a late one), so no second holds more than `rate` requests.
            wait = last_send + interval - clock()
            while wait > 0 and clock() - start + wait <= max_time:
                sleep(wait)
                wait = last_send + interval - clock()
            if wait > 0 or clock() - start >= max_time:
                report.stopped = f"the time bound ({max_time:g} s) was reached"
                break
            result = results[planned.operation.key]
            result.requests += 1
            request = planned.build(client, api_key)
            last_send = clock()
            try:
                response = client.send(request)
            except httpx.TransportError as exc:
                if not answered and isinstance(exc, _CANNOT_CONNECT):
                    # nothing answered yet and no connection at all: nothing to check
                    report.unreachable = redact(f"{type(exc).__name__}: {exc}")
                    break
                # connected, but the server did not answer (in time): a finding, and
                # the rest of the plan still runs
                result.no_answer += 1
                why = _why_no_answer(exc, timeout)
                result.add(Violation(planned.operation.key, None, "$", _clip(why)), redact)
                continue
            answered = True
            result.statuses[response.status_code] += 1
            for violation in check_response(planned.operation, response, validators):
                result.add(violation, redact)
            if response.status_code == 429:
                pause = parse_retry_after(response.headers)
                pause = 1.0 / rate_limit if pause is None else pause
                sleep(min(pause, max(0.0, max_time - (clock() - start))))
    report.elapsed = clock() - began
    return report


def _why_no_answer(exc: httpx.TransportError, timeout: float) -> str:
    if isinstance(exc, httpx.ReadTimeout):
        return f"no answer within --timeout {timeout:g} s (ReadTimeout)"
    return f"no answer ({type(exc).__name__}: {exc})"


# -- output --------------------------------------------------------------------------------


def print_report(console: Console, report: Report, out: IO[str]) -> None:
    """The per-operation table, then one line per distinct violation."""
    from rich.table import Table  # noqa: PLC0415

    table = Table(title=f"conformance of {report.base_url}", title_justify="left")
    table.add_column("Operation", no_wrap=True)
    table.add_column("Requests", justify="right")
    table.add_column("Statuses")
    table.add_column("Violations", justify="right")
    table.add_column("Result")
    for result in report.results:
        outcome = "ok" if result.conformant else "FAIL"
        if not result.requests:
            outcome = "not run"
        elif result.conformant and not result.succeeded:
            outcome = "no 2xx"  # a warning; the whole run fails only when no 2xx came at all
        table.add_row(
            result.key,
            str(result.requests),
            result.statuses_text(),
            str(len(result.violations)),
            outcome,
        )
    console.print(table)
    out.flush()
    for result in report.results:
        for violation, count in sorted(result.violations.items(), key=lambda vc: vc[0]):
            times = f" ({count} of {result.requests} answers)" if count > 1 else ""
            out.write(violation.line() + times + "\n")
    if report.succeeded:
        for result in report.results:
            if result.requests and not result.succeeded:
                out.write(
                    f"warning: {result.key}: no 2xx answer ({result.statuses_text()}), "
                    "so its success body was not checked\n"
                )
    findings = [_plural(len(report.violations), "violation")] if report.violations else []
    if not report.succeeded:
        findings.append(NO_SUCCESS)
    summary = f"{_plural(report.requests, 'request')} in {report.elapsed:.1f} s: " + (
        "; ".join(findings) or "conformant"
    )
    if report.stopped:
        summary += f"; stopped early: {report.stopped}"
    out.write(summary + "\n")
    out.flush()


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def write_junit(report: Report, path: str | Path) -> None:
    """JUnit XML: one testcase per operation, its violations in the failure.

    An operation that got answers but no 2xx fails too when no operation got one (no
    success body was checked at all); otherwise its output carries a warning.
    """
    suite = ET.Element(
        "testsuite",
        name="xverse-api conformance",
        tests=str(len(report.results)),
        failures="0",
        skipped="0",
        time=f"{report.elapsed:.3f}",
    )
    failures = skipped = 0
    for result in report.results:
        case = ET.SubElement(suite, "testcase", classname="conformance", name=result.key)
        out = f"{result.requests} requests; statuses: {result.statuses_text()}"
        no_success = bool(result.requests) and not result.succeeded
        if no_success and report.succeeded:
            out += "; warning: no 2xx answer, so its success body was not checked"
        ET.SubElement(case, "system-out").text = out
        if result.violations:
            failures += 1
            failure = ET.SubElement(
                case,
                "failure",
                message=_plural(len(result.violations), "violation"),
                type="conformance",
            )
            failure.text = "\n".join(v.line() for v in sorted(result.violations))
        elif no_success and not report.succeeded:
            failures += 1
            ET.SubElement(case, "failure", message=NO_SUCCESS, type="no-2xx")
        elif not result.requests:
            skipped += 1
            ET.SubElement(case, "skipped", message="no request was sent (budget or time bound)")
    suite.set("failures", str(failures))
    suite.set("skipped", str(skipped))
    tree = ET.ElementTree(suite)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def write_junit_error(path: str | Path, message: str, elapsed: float = 0.0) -> None:
    """JUnit XML for a run that checked nothing: one testcase whose ``<error>`` says why
    (the server cannot be reached, the key was refused, a usage error)."""
    suite = ET.Element(
        "testsuite",
        name="xverse-api conformance",
        tests="1",
        failures="0",
        errors="1",
        skipped="0",
        time=f"{elapsed:.3f}",
    )
    case = ET.SubElement(suite, "testcase", classname="conformance", name="conformance run")
    ET.SubElement(case, "error", message=_clip(message), type="error").text = message
    tree = ET.ElementTree(suite)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def install_hint(argv: Sequence[str], default: str) -> str:
    """What cli.main says when click or rich is missing: for ``xverse-api conformance``
    (the first argument that is not an option; the group's options are all flags) the
    ``conformance`` extra, which brings them too; else ``default`` (the ``cli`` extra)."""
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    return INSTALL_HINT if command == "conformance" else default


# -- the command --------------------------------------------------------------------------


def _check_server(
    *,
    base_url: str,
    api_key: str | None,
    spec: str | None,
    addresses: IO[str] | None,
    report_path: Path | None,
    error_report: Callable[[str], None],
    options: Mapping[str, Any],
) -> int:
    """The command after its options are parsed: the exit code, or a click usage error."""
    import click  # noqa: PLC0415 - the cli extra; cli.main explains when it is missing

    from .cli import InputError, is_terminal, read_addresses  # noqa: PLC0415 - shared with `runes`

    try:
        import jsonschema  # noqa: F401, PLC0415
        import schemathesis  # noqa: F401, PLC0415
        from rich.console import Console  # noqa: PLC0415
    except ImportError:
        click.echo(INSTALL_HINT, err=True)
        error_report(INSTALL_HINT)
        return 2
    if not api_key:
        raise click.UsageError(
            f"no API key: pass --api-key or set the {ENV_API_KEY} environment variable"
        )
    redact = _Redactor(api_key)
    try:
        _check_key(api_key)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    try:
        check_base_url(base_url)
    except ValueError as exc:
        raise click.BadParameter(redact(str(exc)), param_hint="--base-url") from None
    try:
        listed = read_addresses(addresses) if addresses is not None else ()
        document = load_spec(spec)
        report = run(base_url, api_key=api_key, spec=document, addresses=listed, **options)
    except (OSError, ValueError, InputError) as exc:
        raise click.UsageError(redact(str(exc))) from None
    failed = None
    if report.unreachable is not None:
        failed = f"cannot reach {report.base_url}: {report.unreachable}"
    elif report.refused is not None:
        failed = f"{report.refused}; nothing was checked"
    if failed is not None:
        click.echo(f"error: {failed}", err=True)
        error_report(failed)
        return 2
    out = sys.stdout
    # a log (CI) gets the table unwrapped; a terminal, at its own width
    width = None if is_terminal(out) else 160
    print_report(Console(file=out, highlight=False, width=width), report, out)
    if report_path is not None:
        write_junit(report, report_path)
    return report.exit_code


def conformance_command() -> click.Command:
    """``xverse-api conformance``; cli.py registers it."""
    import click  # noqa: PLC0415 - the cli extra; cli.main explains when it is missing

    @click.command(
        "conformance",
        epilog=(
            "Exit codes: 0 conformant; 1 violations, or no 2xx answer at all; 2 usage error, "
            "the server cannot be reached, or the API key was refused (every answer 401/403). "
            "Needs: pip install 'xverse-api[conformance]'."
        ),
    )
    @click.option(
        "--base-url", required=True, help="The server to check, e.g. https://api.secretkeylabs.io."
    )
    @click.option(
        "--api-key",
        envvar=ENV_API_KEY,
        show_envvar=True,
        help="API key (prefer the environment variable; it is never printed).",
    )
    @click.option(
        "--max-requests",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_REQUESTS,
        show_default=True,
        help="Requests in all, at most.",
    )
    @click.option(
        "--rate-limit",
        type=click.FloatRange(min=0, min_open=True),
        default=DEFAULT_RATE_LIMIT,
        show_default=True,
        help="Requests per second, at most.",
    )
    @click.option(
        "--max-time",
        type=click.FloatRange(min=0, min_open=True),
        default=DEFAULT_MAX_TIME,
        show_default=True,
        help="Seconds for sending requests; none starts after it.",
    )
    @click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=DEFAULT_REQUEST_TIMEOUT,
        show_default=True,
        help="Seconds for each phase of a request.",
    )
    @click.option(
        "--operation",
        "operations",
        multiple=True,
        metavar='"METHOD /path"',
        help="Only this operation, as in openapi.json (repeatable) [default: all].",
    )
    @click.option(
        "--addresses",
        type=click.File("r", encoding="utf-8"),
        help="Real addresses to ask about, one a line (# comments).",
    )
    @click.option(
        "--seed", type=int, default=DEFAULT_SEED, show_default=True, help="Generation seed."
    )
    @click.option(
        "--junit-xml",
        type=click.Path(dir_okay=False, writable=True),
        help="Write a JUnit XML report here.",
    )
    @click.option(
        "--spec",
        type=click.Path(exists=True, dir_okay=False),
        help="OpenAPI file to check against [default: the spec packaged with the SDK].",
    )
    @click.pass_context
    def conformance(
        ctx: click.Context,
        *,
        base_url: str,
        api_key: str | None,
        max_requests: int,
        rate_limit: float,
        max_time: float,
        timeout: float,
        operations: tuple[str, ...],
        addresses: IO[str] | None,
        seed: int,
        junit_xml: str | None,
        spec: str | None,
    ) -> None:
        """Check that the server at --base-url answers as openapi.json documents.

        \b
          xverse-api conformance --base-url https://api.secretkeylabs.io
          xverse-api conformance --base-url URL --addresses addresses.txt \\
              --operation "GET /v1/ordinals/address/{address}/runes" --junit-xml out.xml
        """
        report_path = None
        if junit_xml:
            try:
                report_path = check_report_path(junit_xml)
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint="--junit-xml") from None
        redact = _Redactor(api_key or "")

        def error_report(message: str) -> None:
            if report_path is not None:
                write_junit_error(report_path, redact(message))

        try:
            code = _check_server(
                base_url=base_url,
                api_key=api_key,
                spec=spec,
                addresses=addresses,
                report_path=report_path,
                error_report=error_report,
                options={
                    "operations": operations,
                    "max_requests": max_requests,
                    "rate_limit": rate_limit,
                    "max_time": max_time,
                    "timeout": timeout,
                    "seed": seed,
                },
            )
        except click.UsageError as exc:
            error_report(f"usage error: {exc.format_message()}")
            raise
        except Exception as exc:
            error_report(f"the run failed: {type(exc).__name__}: {exc}")
            raise
        ctx.exit(code)

    return conformance
