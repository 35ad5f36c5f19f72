"""3. Bodies and statuses the spec does not allow.

For every operation (cheap, sync, a fixed budget): each documented error status and one
undocumented one, the kinds of error body real gateways send taken in turn, ends in its
typed error keeping the body; and 2xx bodies the spec forbids (derived from its success
schema and sdk.yaml's declared types: truncated JSON, HTML, the wrong JSON type, a
required field missing, a declared type's forbidden values; every whole-body one and a
spread sample of the field-level ones) raise APIResponseValidationError naming the field
where that part of the schema is the provider's verbatim text, or are kept as sent with
one warning naming the field where it was reconstructed (openapi.provenance.json).

Once, on the operations chosen by shape (``_spec.SHAPES``), sync and async: every error
status with every gateway body, every forbidden body derived, which failures are
retried, and what the generated layer does with such answers (its known flaws, NOTES.md)."""

from __future__ import annotations

import asyncio
import json
import zlib
from collections.abc import Callable, Iterator
from http import HTTPStatus
from typing import Any

import httpx
import pytest
import respx
from xverse_api import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncXverse,
    Xverse,
    XverseError,
)
from xverse_api._generated import AuthenticatedClient
from xverse_api._operations import get_operation
from xverse_api._retry import is_retryable_status

from ._checks import expect_2xx
from ._oracle import (
    WRONG_TYPE,
    _paths,
    _set,
    example_body,
    example_success,
    judge,
    malformed_bodies,
    response_type,
)
from ._spec import (
    OPERATIONS,
    PAGE_OPERATIONS,
    REPRESENTATIVES,
    OperationSpec,
    expected_error,
    generated_call,
    required_arguments,
    shape_id,
)
from ._support import BASE, KEY, field_warnings

JSON = {"content-type": "application/json"}
NONSTANDARD = [418, 499, 502, 503, 520, 529]
OTHER_STATUSES = [403, 405, 408, 409, 410, 422, *NONSTANDARD]

#: Error bodies real gateways send: (raw bytes, content type, the .body the error keeps)
ERROR_BODIES: dict[str, tuple[bytes, str, Any]] = {
    "json-string": (b'"Invalid input"', "application/json", "Invalid input"),
    "json-object": (b'{"error":"nope","code":7}', "application/json", {"error": "nope", "code": 7}),
    "html": (
        b"<html><body>502 Bad Gateway</body></html>",
        "text/html",
        "<html><body>502 Bad Gateway</body></html>",
    ),
    "text": (b"upstream timed out", "text/plain", "upstream timed out"),
    "empty": (b"", "application/json", ""),
    "truncated": (b'{"error": "nop', "application/json", '{"error": "nop'),
}


def undocumented(op: OperationSpec) -> list[int]:
    return sorted(set(OTHER_STATUSES) - set(op.statuses))


_SHARED: list[httpx.Client] = []
_SHARED_ASYNC: list[httpx.AsyncClient] = []
_SHARED_GENERATED: list[httpx.Client] = []


@pytest.fixture(scope="module", autouse=True)
def _shared_http() -> Iterator[None]:
    """One httpx client of each kind (one TLS context, ~20 ms to build) for the calls here."""
    with httpx.Client() as client, httpx.Client(base_url=BASE) as generated:
        _SHARED.append(client)
        _SHARED_GENERATED.append(generated)
        _SHARED_ASYNC.append(httpx.AsyncClient())
        yield
        _SHARED.clear()
        _SHARED_GENERATED.clear()
        asyncio.run(_SHARED_ASYNC.pop().aclose())


def _sync(op: OperationSpec, **kw: Any) -> Any:
    with Xverse(api_key=KEY, base_url=BASE, http_client=_SHARED[0], **kw) as client:
        return client.operations[op.key](**required_arguments(op))


def _async(op: OperationSpec, **kw: Any) -> Any:
    async def run() -> Any:
        http = _SHARED_ASYNC[0]
        async with AsyncXverse(api_key=KEY, base_url=BASE, http_client=http, **kw) as client:
            return await client.operations[op.key](**required_arguments(op))

    return asyncio.run(run())


CLIENTS = pytest.mark.parametrize("call", [_sync, _async], ids=["sync", "async"])
Call = Callable[..., Any]
EACH_OPERATION = pytest.mark.parametrize("op", OPERATIONS, ids=str)
EACH_SHAPE = pytest.mark.parametrize("op", REPRESENTATIVES, ids=shape_id)
#: representatives that may be sent twice: a POST is not retried once the server may have
#: acted on it (tests/test_retry_idempotency.py holds that it is sent once)
RETRYING_SHAPE = pytest.mark.parametrize(
    "op", [op for op in REPRESENTATIVES if get_operation(op.key).idempotent], ids=shape_id
)


def _error_cases(op: OperationSpec) -> list[tuple[int, str]]:
    """Every documented and undocumented error status x every gateway body (the shapes)."""
    return [(s, kind) for s in op.error_statuses + undocumented(op) for kind in ERROR_BODIES]


def _cheap_error_cases(op: OperationSpec) -> list[tuple[int, str]]:
    """Per operation, a fixed small budget: each documented error status and one
    undocumented one (which, turns with the operation), the gateway bodies taken in turn
    so each kind meets several statuses. The status rule and the body keeping are one
    generic path: the whole matrix runs on the operations chosen by shape."""
    others = undocumented(op)
    turn = zlib.crc32(op.key.encode())
    statuses = [*op.error_statuses, *([others[turn % len(others)]] if others else [])]
    kinds = list(ERROR_BODIES)
    return [(status, kinds[(turn + i) % len(kinds)]) for i, status in enumerate(statuses)]


def check_error_status(call: Call, op: OperationSpec, status: int, kind: str) -> None:
    raw, ctype, parsed = ERROR_BODIES[kind]
    with respx.mock(base_url=BASE) as router:
        route = router.route().respond(status, content=raw, headers={"content-type": ctype})
        with pytest.raises(XverseError) as info:
            call(op, max_retries=0)
        assert route.call_count == 1
    error = info.value
    assert type(error) is expected_error(status), (status, kind, type(error))
    assert isinstance(error, APIStatusError)
    assert error.status_code == status
    assert error.body == parsed, (status, kind, error.body)
    assert str(status) in str(error)


@EACH_OPERATION
def test_each_documented_error_status_is_its_typed_error(op: OperationSpec) -> None:
    """Each documented error status (and one undocumented), the body kept as sent."""
    cases = _cheap_error_cases(op)
    assert {s for s, _ in cases} >= set(op.error_statuses)
    for status, kind in cases:
        check_error_status(_sync, op, status, kind)


@CLIENTS
@EACH_SHAPE
def test_error_status_with_any_body_is_its_typed_error(call: Call, op: OperationSpec) -> None:
    """Documented and undocumented (incl. non-standard) statuses x every gateway body."""
    for status, kind in _error_cases(op):
        check_error_status(call, op, status, kind)


#: forbidden field-level bodies per operation in the cheap tier (the shapes get them all)
FIELD_BUDGET = 9


def _spread(n: int) -> list[int]:
    """0..n-1 in an order that reaches both ends and the middle first."""
    order: list[int] = []
    parts = 1
    while len(order) < n:
        for k in range(parts + 1):
            index = round(k * (n - 1) / parts) if n > 1 else 0
            if index not in order:
                order.append(index)
        parts *= 2
    return order


def sample_forbidden(bodies: dict[str, bytes], budget: int = FIELD_BUDGET) -> dict[str, bytes]:
    """Every whole-body breakage (not JSON, another JSON type at the top) and ``budget``
    field-level ones, taken in turn from each kind (a wrong JSON type, a declared type's
    forbidden value, a required field missing) and spread over the body's fields."""
    whole = {k: v for k, v in bodies.items() if k in _WHOLE or k.startswith("a JSON ")}
    kinds: dict[str, list[str]] = {}
    for key in bodies:
        if key in whole:
            continue
        kind = "missing" if key.startswith("missing-") else ("declared" if "=" in key else "type")
        kinds.setdefault(kind, []).append(key)
    queues = [[keys[i] for i in _spread(len(keys))] for keys in kinds.values()]
    chosen: list[str] = []
    while len(chosen) < budget and any(queues):
        for queue in queues:
            if queue and len(chosen) < budget:
                chosen.append(queue.pop(0))
    return {**whole, **{k: bodies[k] for k in chosen}}


_WHOLE = ("truncated", "empty", "html", "nan")


def check_bad_2xx(call: Call, op: OperationSpec, ctype: str, *, every: bool = True) -> None:
    status = op.success_statuses[0]
    bodies = malformed_bodies(op, status)
    if not every:
        bodies = sample_forbidden(bodies)
    if op.responses[status] is not None:
        assert bodies, f"{op.key}: no forbidden body derived"
    for kind, content in bodies.items():
        with respx.mock(base_url=BASE) as router:
            router.route().respond(status, content=content, headers={"content-type": ctype})
            try:
                expect_2xx(op, status, content, lambda: call(op, max_retries=0))
            except AssertionError as exc:
                raise AssertionError(f"{op.key} {kind}: {exc}") from exc


@EACH_OPERATION
def test_the_example_body_decodes(op: OperationSpec) -> None:
    """The body the forbidden ones are made from decodes: each is broken in one way."""
    status, content = example_success(op)
    with respx.mock(base_url=BASE) as router:
        router.route().respond(
            status, content=content, headers={"content-type": "application/json"}
        )
        expect_2xx(op, status, content, lambda: _sync(op, max_retries=0))


@EACH_OPERATION
def test_2xx_the_spec_does_not_allow_is_refused_or_kept_with_a_warning(op: OperationSpec) -> None:
    """Per operation a fixed budget of forbidden bodies (:func:`sample_forbidden`)."""
    check_bad_2xx(_sync, op, "application/json", every=False)


@pytest.mark.parametrize(
    ("call", "ctype"), [(_sync, "application/json"), (_async, "text/html")], ids=["sync", "async"]
)
@EACH_SHAPE
def test_every_forbidden_2xx_whatever_its_content_type(
    call: Call, ctype: str, op: OperationSpec
) -> None:
    """Every forbidden body derived (each field, each kind), sync and async."""
    check_bad_2xx(call, op, ctype)


def test_the_sample_of_forbidden_bodies_takes_every_kind_in_turn() -> None:
    bodies = {
        "truncated": b"{",
        "a JSON array": b"[]",
        **{f"missing-f{i}": b"{}" for i in range(5)},
        **{f"f{i}-[]": b"{}" for i in range(20)},
        "f3='x'": b"{}",
    }
    got = list(sample_forbidden(bodies, budget=6))
    assert got[:2] == ["truncated", "a JSON array"]
    assert set(got[2:]) == {"missing-f0", "missing-f4", "f0-[]", "f19-[]", "f3='x'", "missing-f2"}
    assert sample_forbidden(bodies, budget=100) == bodies  # a budget past them takes all
    assert sorted(_spread(5)) == list(range(5))


@EACH_OPERATION
def test_other_2xx_without_a_body_is_a_validation_error_or_none(op: OperationSpec) -> None:
    """An undocumented 2xx with an empty body: refused where the operation's 2xx has a
    body schema (the documented shape is expected), None where it has none."""
    for status in (201, 202, 203, 204, 206):
        if status in op.statuses:
            continue
        with respx.mock(base_url=BASE) as router:
            router.route().respond(status, content=b"")
            documented = {op.responses[s] is None for s in op.success_statuses}
            if documented == {True}:
                assert _sync(op, max_retries=0) is None
            else:
                with pytest.raises(APIResponseValidationError):
                    _sync(op, max_retries=0)


def _page(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"limit": 1, "offset": 0, "total": 1, "items": items, "indexerHeight": 870_000}


@pytest.mark.parametrize("op", PAGE_OPERATIONS, ids=str)
def test_a_39_digit_amount_at_the_u128_limit_is_exact(op: OperationSpec) -> None:
    item = {"runeName": "MAX", "amount": str(2**128 - 1), "divisibility": 38, "id": "840000:3"}
    with respx.mock(base_url=BASE) as router:
        router.route().respond(200, json=_page([item]))
        got = _sync(op, max_retries=0)
    assert got.items[0].amount == 2**128 - 1
    assert str(got.items[0].decimal_amount) == "3.40282366920938463463374607431768211455"


@pytest.mark.parametrize("op", PAGE_OPERATIONS, ids=str)
def test_leading_zero_amount_longer_than_39_characters_is_its_value(op: OperationSpec) -> None:
    item = {"runeName": "ONE", "amount": "0" * 39 + "1", "id": "840000:3"}
    with respx.mock(base_url=BASE) as router:
        router.route().respond(200, json=_page([item]))
        got = _sync(op, max_retries=0)
    assert got.items[0].amount == 1


# --- retries (once, on the operations chosen by shape) -----------------------------------


@CLIENTS
@RETRYING_SHAPE
def test_retryable_statuses_are_retried_then_raise(call: Call, op: OperationSpec) -> None:
    """Retried: 408, 409, 429 and every 5xx (HTTP semantics: transient); others once."""
    retries = 2
    for status in op.error_statuses + undocumented(op):
        transient = status in (408, 409, 429) or status >= 500
        assert is_retryable_status(status) == transient
        with respx.mock(base_url=BASE) as router:
            route = router.route().respond(status, json="nope")
            with pytest.raises(APIStatusError) as info:
                call(op, max_retries=retries, retry_delay=0.001)
        assert type(info.value) is expected_error(status)
        assert route.call_count == (retries + 1 if transient else 1), status


@CLIENTS
@RETRYING_SHAPE
def test_two_500s_then_a_success(call: Call, op: OperationSpec) -> None:
    status, content = example_success(op)
    with respx.mock(base_url=BASE) as router:
        route = router.route()
        route.side_effect = [
            httpx.Response(500, json="boom"),
            httpx.Response(503, text="<html>busy</html>"),
            httpx.Response(status, content=content),
        ]
        expect_2xx(op, status, content, lambda: call(op, max_retries=2, retry_delay=0.001))
    assert route.call_count == 3


@CLIENTS
@EACH_SHAPE
@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadError("reset"), APIConnectionError),
        (httpx.RemoteProtocolError("peer closed"), APIConnectionError),
        (httpx.ConnectTimeout("slow"), APITimeoutError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else v.__name__,
)
def test_transport_errors_are_retried_then_typed(
    call: Call, op: OperationSpec, exc: Exception, expected: type[Exception]
) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.route().mock(side_effect=exc)
        with pytest.raises(expected):
            call(op, max_retries=2, retry_delay=0.001)
    # nothing was sent before a connect failure: every method retries; after one that may
    # have reached the server, only what may be sent twice (a POST is sent once)
    unsent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
    retries = unsent or get_operation(op.key).idempotent
    assert route.call_count == (3 if retries else 1)


# --- the generated layer, as it is ------------------------------------------------------


def _generated(op: OperationSpec, status: int, raw: bytes, ctype: str) -> Any:
    client = AuthenticatedClient(
        base_url=BASE, token=KEY, prefix="", auth_header_name=op.api_key_header or ""
    )
    # the module's one httpx client (no TLS context per call); auth plays no part here
    client.set_httpx_client(_SHARED_GENERATED[0])
    with respx.mock(base_url=BASE) as router:
        router.route().respond(status, content=raw, headers={"content-type": ctype})
        return generated_call(op, client)


@pytest.mark.parametrize("kind", ERROR_BODIES)
@EACH_SHAPE
def test_generated_layer_on_documented_error_statuses(kind: str, op: OperationSpec) -> None:
    """Documented error bodies go through ``cast(str, response.json())``: any JSON comes
    back as is (an object typed as str), anything else raises JSONDecodeError and the
    status is lost. This is why the SDK parses error bodies itself."""
    raw, ctype, parsed = ERROR_BODIES[kind]
    for status in op.error_statuses:
        try:
            json.loads(raw)
        except ValueError:
            with pytest.raises(json.JSONDecodeError):
                _generated(op, status, raw, ctype)
            continue
        response = _generated(op, status, raw, ctype)
        assert response.status_code == status
        assert response.parsed == parsed


@EACH_SHAPE
def test_generated_layer_on_undocumented_statuses(op: OperationSpec) -> None:
    """Standard undocumented codes parse to None; non-standard ones raise ValueError
    from ``HTTPStatus(...)``."""
    for status in undocumented(op):
        try:
            HTTPStatus(status)
        except ValueError:
            with pytest.raises(ValueError, match=str(status)):
                _generated(op, status, b'"x"', "application/json")
            continue
        response = _generated(op, status, b'"x"', "application/json")
        assert response.parsed is None


# --- a reconstructed field that differs in every item of a list --------------------------


def _broken_in_every_item() -> tuple[OperationSpec, int, Any, set[tuple[str, str]]] | None:
    """The first operation (spec order) with a reconstructed field inside a list item: a
    body with that field of the wrong type in two items, and the warnings it must give."""
    for op in OPERATIONS:
        status = op.success_statuses[0]
        schema = op.responses[status]
        if schema is None:
            continue
        good = example_body(op, status)
        for path, sub, decl in _paths(schema, good, (), response_type(op.key, status)):
            if 0 not in path[:-1] or decl is not None or sub.get("type") not in WRONG_TYPE:
                continue
            bad = _set(good, path, WRONG_TYPE[sub["type"]])
            verdict = judge(op, status, bad)
            if verdict.error is None and verdict.warned:
                at = path[: path.index(0)]
                items = bad
                for step in at:
                    items = items[step]
                return op, status, _set(bad, at, [items[0], items[0]]), verdict.warned
    return None


def test_a_reconstructed_field_differing_in_every_item_is_warned_about_once() -> None:
    case = _broken_in_every_item()
    if case is None:
        pytest.skip("no reconstructed field inside a list item in this spec")
    op, status, body, expected = case
    content = json.dumps(body).encode()
    with respx.mock(base_url=BASE) as router:
        router.route().respond(status, content=content, headers=JSON)
        with field_warnings() as warned:
            _sync(op, max_retries=0)
    assert sorted(warned) == sorted((m.split("|")[0], w) for m, w in expected) or (
        len(warned) == len(expected) and {w for _, w in warned} == {w for _, w in expected}
    ), warned
