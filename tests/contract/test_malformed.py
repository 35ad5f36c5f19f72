"""3. Bodies and statuses the spec does not allow, for every operation: each ends in the
right XverseError subclass, never an untyped exception. Also: which failures the clients
retry, and what the generated layer does with such answers (its known flaws, NOTES.md).
The malformed 2xx bodies are derived from each operation's success schema and sdk.yaml's
declared types (truncated JSON, HTML, the wrong JSON type anywhere, a required field
missing anywhere, a declared type's forbidden values)."""

from __future__ import annotations

import asyncio
import json
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
from xverse_api._retry import is_retryable_status

from ._oracle import assert_same, example_body, malformed_bodies, response_type
from ._spec import (
    OPERATIONS,
    PAGE_OPERATIONS,
    OperationSpec,
    expected_error,
    generated_call,
    required_arguments,
)
from ._support import BASE, KEY

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


def success(op: OperationSpec) -> tuple[int, Any]:
    """(the 2xx status, the class its body decodes to)."""
    status = op.success_statuses[0]
    return status, response_type(op.key, status)


def good_body(op: OperationSpec) -> bytes:
    status, tp = success(op)
    return json.dumps(example_body(tp, op.response_schema(status))).encode()


_SHARED: list[httpx.Client] = []


@pytest.fixture(scope="module", autouse=True)
def _shared_http() -> Iterator[None]:
    """One httpx client (one TLS context, ~20 ms to build) for the sync calls here."""
    with httpx.Client() as client:
        _SHARED.append(client)
        yield
        _SHARED.clear()


def _sync(op: OperationSpec, **kw: Any) -> Any:
    with Xverse(api_key=KEY, base_url=BASE, http_client=_SHARED[0], **kw) as client:
        return client.operations[op.key](**required_arguments(op))


def _async(op: OperationSpec, **kw: Any) -> Any:
    async def run() -> Any:
        async with AsyncXverse(api_key=KEY, base_url=BASE, **kw) as client:
            return await client.operations[op.key](**required_arguments(op))

    return asyncio.run(run())


CLIENTS = pytest.mark.parametrize("call", [_sync, _async], ids=["sync", "async"])
Call = Callable[..., Any]


def _cases(pick: Callable[[OperationSpec], list[Any]]) -> tuple[list[Any], list[str]]:
    cases = [(op, x) for op in OPERATIONS for x in pick(op)]
    return cases, [f"{op.key} {x}" for op, x in cases]


_ERROR_CASES, _ERROR_IDS = _cases(lambda op: op.error_statuses + undocumented(op))
EACH_ERROR = pytest.mark.parametrize(("op", "status"), _ERROR_CASES, ids=_ERROR_IDS)
_BAD_CASES, _BAD_IDS = _cases(
    lambda op: list(malformed_bodies(success(op)[1], op.response_schema(success(op)[0])))
)
EACH_BAD_2XX = pytest.mark.parametrize(("op", "kind"), _BAD_CASES, ids=_BAD_IDS)
EACH_OPERATION = pytest.mark.parametrize("op", OPERATIONS, ids=str)


@CLIENTS
@pytest.mark.parametrize("kind", ERROR_BODIES)
@EACH_ERROR
def test_error_status_with_any_body_is_its_typed_error(
    call: Call, kind: str, op: OperationSpec, status: int
) -> None:
    raw, ctype, parsed = ERROR_BODIES[kind]
    with respx.mock(base_url=BASE) as router:
        route = router.route().respond(status, content=raw, headers={"content-type": ctype})
        with pytest.raises(XverseError) as info:
            call(op, max_retries=0)
        assert route.call_count == 1
    error = info.value
    assert type(error) is expected_error(status)
    assert isinstance(error, APIStatusError)
    assert error.status_code == status
    assert error.body == parsed
    assert str(status) in str(error)


@EACH_OPERATION
def test_the_example_body_is_valid(op: OperationSpec) -> None:
    """The body the malformed ones are made from decodes: each is broken in one way."""
    status, tp = success(op)
    with respx.mock(base_url=BASE) as router:
        router.route().respond(status, content=good_body(op))
        got = _sync(op, max_retries=0)
    assert_same(got, json.loads(good_body(op)), tp)


@CLIENTS
@pytest.mark.parametrize("ctype", ["application/json", "text/html"])
@EACH_BAD_2XX
def test_2xx_the_spec_does_not_allow_is_a_validation_error(
    call: Call, ctype: str, op: OperationSpec, kind: str
) -> None:
    status, tp = success(op)
    content = malformed_bodies(tp, op.response_schema(status))[kind]
    with respx.mock(base_url=BASE) as router:
        router.route().respond(status, content=content, headers={"content-type": ctype})
        with pytest.raises(APIResponseValidationError) as info:
            call(op, max_retries=0)
    assert info.value.status_code == status


@CLIENTS
@EACH_OPERATION
@pytest.mark.parametrize("status", [201, 202, 203, 204, 206])
def test_other_2xx_without_a_body_is_a_validation_error(
    call: Call, op: OperationSpec, status: int
) -> None:
    if status in op.statuses:
        pytest.skip(f"{status} is documented for {op.key}")
    with respx.mock(base_url=BASE) as router:
        router.route().respond(status, content=b"")
        with pytest.raises(APIResponseValidationError):
            call(op, max_retries=0)


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


# --- retries ----------------------------------------------------------------------------


@CLIENTS
@EACH_ERROR
def test_retryable_statuses_are_retried_then_raise(
    call: Call, op: OperationSpec, status: int
) -> None:
    """Retried: 408, 409, 429 and every 5xx (HTTP semantics: transient); others once."""
    retries = 2
    transient = status in (408, 409, 429) or status >= 500
    assert is_retryable_status(status) == transient
    with respx.mock(base_url=BASE) as router:
        route = router.route().respond(status, json="nope")
        with pytest.raises(APIStatusError) as info:
            call(op, max_retries=retries, retry_delay=0.001)
    assert type(info.value) is expected_error(status)
    assert route.call_count == (retries + 1 if transient else 1)


@CLIENTS
@EACH_OPERATION
def test_two_500s_then_a_success(call: Call, op: OperationSpec) -> None:
    status, tp = success(op)
    with respx.mock(base_url=BASE) as router:
        route = router.route()
        route.side_effect = [
            httpx.Response(500, json="boom"),
            httpx.Response(503, text="<html>busy</html>"),
            httpx.Response(status, content=good_body(op)),
        ]
        got = call(op, max_retries=2, retry_delay=0.001)
    assert route.call_count == 3
    assert_same(got, json.loads(good_body(op)), tp)


@CLIENTS
@EACH_OPERATION
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
    assert route.call_count == 3


# --- the generated layer, as it is ------------------------------------------------------


def _generated(op: OperationSpec, status: int, raw: bytes, ctype: str) -> Any:
    client = AuthenticatedClient(
        base_url=BASE, token=KEY, prefix="", auth_header_name=op.api_key_header or ""
    )
    with respx.mock(base_url=BASE) as router, client:
        router.route().respond(status, content=raw, headers={"content-type": ctype})
        return generated_call(op, client)


@pytest.mark.parametrize("kind", ERROR_BODIES)
@pytest.mark.parametrize(
    ("op", "status"),
    [(op, s) for op in OPERATIONS for s in op.error_statuses],
    ids=[f"{op.key} {s}" for op in OPERATIONS for s in op.error_statuses],
)
def test_generated_layer_on_documented_error_statuses(
    kind: str, op: OperationSpec, status: int
) -> None:
    """Documented error bodies go through ``cast(str, response.json())``: any JSON comes
    back as is (an object typed as str), anything else raises JSONDecodeError and the
    status is lost. This is why the SDK parses error bodies itself."""
    raw, ctype, parsed = ERROR_BODIES[kind]
    try:
        json.loads(raw)
    except ValueError:
        with pytest.raises(json.JSONDecodeError):
            _generated(op, status, raw, ctype)
        return
    response = _generated(op, status, raw, ctype)
    assert response.status_code == status
    assert response.parsed == parsed


@pytest.mark.parametrize(
    ("op", "status"),
    [(op, s) for op in OPERATIONS for s in undocumented(op)],
    ids=[f"{op.key} {s}" for op in OPERATIONS for s in undocumented(op)],
)
def test_generated_layer_on_undocumented_statuses(op: OperationSpec, status: int) -> None:
    """Standard undocumented codes parse to None; non-standard ones raise ValueError
    from ``HTTPStatus(...)``."""
    try:
        HTTPStatus(status)
    except ValueError:
        with pytest.raises(ValueError, match=str(status)):
            _generated(op, status, b'"x"', "application/json")
        return
    response = _generated(op, status, b'"x"', "application/json")
    assert response.parsed is None
