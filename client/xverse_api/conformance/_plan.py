"""What to send: the spec's defaults and examples, the listed addresses, then cases
schemathesis generates (positive mode, seeded), shared fairly among the operations."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote, unquote

import httpx

from .._address import NETWORKS, encode_base58check, encode_segwit_address, is_valid_address
from .._constants import SERVERS
from ._spec import Operation, _is_json, _media_type

if TYPE_CHECKING:
    pass


__all__ = [
    "Planned",
    "address_pool",
    "example_addresses",
    "generated_cases",
    "network_of",
    "plan_requests",
    "spec_cases",
]

_ADDRESSISH: Final = re.compile("address", re.IGNORECASE)


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
    """The values the spec offers for a parameter (a registry entry's): its schema's
    default, example and examples."""
    schema = parameter.get("schema") or {}
    values: list[Any] = []
    if "default" in schema:
        values.append(schema["default"])
    if "example" in schema:
        values.append(schema["example"])
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
            _ADDRESSISH.search(str(parameter.get("wire", "")))
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
        (p["in"], p["wire"]): _candidates(p) for p in op.parameters if p["in"] in ("path", "query")
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
    address_params = [p["wire"] for p in _located(op) if _is_address(p)]
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
    try:
        operation = schema[op.path][op.method.lower()]
    except LookupError:  # a --spec document without this operation: nothing to draw from
        return []
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
    return next(p for p in op.parameters if p["in"] == where and p["wire"] == name)
