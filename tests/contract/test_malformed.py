"""3. Bodies and statuses the spec does not allow: each ends in the right XverseError
subclass, never an untyped exception. Also: what the generated layer does with them
(its known flaws, NOTES.md), and which failures the clients retry."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
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
    RuneBalancePage,
    Xverse,
    XverseError,
)
from xverse_api._generated import AuthenticatedClient
from xverse_api._generated.api.ordinals import get_v1_ordinals_address_address_runes as op
from xverse_api._retry import is_retryable_status

from ._spec import API_KEY_HEADER, ERROR_STATUSES, STATUSES, expected_error, page_fields
from ._support import BASE, KEY

ADDRESS = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"
NONSTANDARD = [418, 499, 502, 503, 520, 529]
UNDOCUMENTED = sorted({403, 405, 408, 409, 410, 422, *NONSTANDARD} - set(STATUSES))
ITEM = {
    "runeName": "DOG•GO•TO•THE•MOON",
    "amount": "3142748244",
    "divisibility": 5,
    "id": "840000:3",
}
PAGE = {"limit": 1, "offset": 0, "total": 1, "items": [ITEM], "indexerHeight": 870_000}
JSON = {"content-type": "application/json"}

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


def _without(mapping: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if k != key}


def _bad_2xx() -> dict[str, bytes]:
    page_required, item_required = page_fields()
    bodies = {
        "truncated": json.dumps(PAGE).encode()[:-7],
        "empty": b"",
        "html": b"<html>OK</html>",
        "json-string": b'"ok"',
        "json-array": b"[]",
        "null": b"null",
        "amount-int": json.dumps({**PAGE, "items": [{**ITEM, "amount": 3142748244}]}).encode(),
        "amount-float-string": json.dumps({**PAGE, "items": [{**ITEM, "amount": "1.5"}]}).encode(),
        "amount-negative": json.dumps({**PAGE, "items": [{**ITEM, "amount": "-1"}]}).encode(),
        "amount-40-digits": json.dumps({**PAGE, "items": [{**ITEM, "amount": "1" * 40}]}).encode(),
        "amount-2**128": json.dumps({**PAGE, "items": [{**ITEM, "amount": str(2**128)}]}).encode(),
        "divisibility-39": json.dumps({**PAGE, "items": [{**ITEM, "divisibility": 39}]}).encode(),
        "divisibility-string": json.dumps(
            {**PAGE, "items": [{**ITEM, "divisibility": "5"}]}
        ).encode(),
        "items-object": json.dumps({**PAGE, "items": {}}).encode(),
        "limit-fraction": json.dumps({**PAGE, "limit": 1.5}).encode(),
    }
    for name in page_required:
        bodies[f"missing-{name}"] = json.dumps(_without(PAGE, name)).encode()
    for name in item_required:
        bodies[f"missing-item-{name}"] = json.dumps(
            {**PAGE, "items": [_without(ITEM, name)]}
        ).encode()
    return bodies


BAD_2XX = _bad_2xx()


def _sync_page(**kw: Any) -> RuneBalancePage:
    with Xverse(api_key=KEY, base_url=BASE, **kw) as client:
        return client.runes.balances_page(ADDRESS)


def _async_page(**kw: Any) -> RuneBalancePage:
    async def run() -> RuneBalancePage:
        async with AsyncXverse(api_key=KEY, base_url=BASE, **kw) as client:
            return await client.runes.balances_page(ADDRESS)

    return asyncio.run(run())


CLIENTS = pytest.mark.parametrize("page", [_sync_page, _async_page], ids=["sync", "async"])
Page = Callable[..., RuneBalancePage]


@CLIENTS
@pytest.mark.parametrize("kind", ERROR_BODIES)
@pytest.mark.parametrize("status", ERROR_STATUSES + UNDOCUMENTED)
def test_error_status_with_any_body_is_its_typed_error(page: Page, kind: str, status: int) -> None:
    raw, ctype, parsed = ERROR_BODIES[kind]
    with respx.mock(base_url=BASE) as router:
        route = router.route().respond(status, content=raw, headers={"content-type": ctype})
        with pytest.raises(XverseError) as info:
            page(max_retries=0)
        assert route.call_count == 1
    error = info.value
    assert type(error) is expected_error(status)
    assert isinstance(error, APIStatusError)
    assert error.status_code == status
    assert error.body == parsed
    assert str(status) in str(error)


@CLIENTS
@pytest.mark.parametrize("kind", BAD_2XX)
@pytest.mark.parametrize("ctype", ["application/json", "text/html"])
def test_2xx_the_spec_does_not_allow_is_a_validation_error(
    page: Page, kind: str, ctype: str
) -> None:
    with respx.mock(base_url=BASE) as router:
        router.route().respond(200, content=BAD_2XX[kind], headers={"content-type": ctype})
        with pytest.raises(APIResponseValidationError) as info:
            page(max_retries=0)
    assert info.value.status_code == 200


@CLIENTS
@pytest.mark.parametrize("status", [201, 202, 203, 204, 206])
def test_other_2xx_without_a_page_is_a_validation_error(page: Page, status: int) -> None:
    with respx.mock(base_url=BASE) as router:
        router.route().respond(status, content=b"")
        with pytest.raises(APIResponseValidationError):
            page(max_retries=0)


def test_a_39_digit_amount_at_the_u128_limit_is_exact() -> None:
    body = {**PAGE, "items": [{**ITEM, "amount": str(2**128 - 1), "divisibility": 38}]}
    with respx.mock(base_url=BASE) as router:
        router.route().respond(200, json=body)
        got = _sync_page(max_retries=0)
    assert got.items[0].amount == 2**128 - 1
    assert str(got.items[0].decimal_amount) == "3.40282366920938463463374607431768211455"


def test_leading_zero_amount_longer_than_39_characters_is_its_value() -> None:
    body = {**PAGE, "items": [{**ITEM, "amount": "0" * 39 + "1"}]}
    with respx.mock(base_url=BASE) as router:
        router.route().respond(200, json=body)
        got = _sync_page(max_retries=0)
    assert got.items[0].amount == 1


# --- retries ----------------------------------------------------------------------------


@CLIENTS
@pytest.mark.parametrize("status", ERROR_STATUSES + UNDOCUMENTED)
def test_retryable_statuses_are_retried_then_raise(page: Page, status: int) -> None:
    """Retried: 408, 409, 429 and every 5xx (HTTP semantics: transient); others once."""
    retries = 2
    transient = status in (408, 409, 429) or status >= 500
    assert is_retryable_status(status) == transient
    with respx.mock(base_url=BASE) as router:
        route = router.route().respond(status, json="nope")
        with pytest.raises(APIStatusError) as info:
            page(max_retries=retries, retry_delay=0.001)
    assert type(info.value) is expected_error(status)
    assert route.call_count == (retries + 1 if transient else 1)


@CLIENTS
def test_two_500s_then_a_page(page: Page) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.route()
        route.side_effect = [
            httpx.Response(500, json="boom"),
            httpx.Response(503, text="<html>busy</html>"),
            httpx.Response(200, json=PAGE),
        ]
        got = page(max_retries=2, retry_delay=0.001)
    assert route.call_count == 3
    assert got.items[0].amount == 3142748244


@CLIENTS
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
    page: Page, exc: Exception, expected: type[Exception]
) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.route().mock(side_effect=exc)
        with pytest.raises(expected):
            page(max_retries=2, retry_delay=0.001)
    assert route.call_count == 3


# --- the generated layer, as it is ------------------------------------------------------


def _generated(status: int, raw: bytes, ctype: str) -> Any:
    client = AuthenticatedClient(
        base_url=BASE, token=KEY, prefix="", auth_header_name=API_KEY_HEADER
    )
    with respx.mock(base_url=BASE) as router, client:
        router.route().respond(status, content=raw, headers={"content-type": ctype})
        return op.sync_detailed(ADDRESS, client=client)


@pytest.mark.parametrize("kind", ERROR_BODIES)
@pytest.mark.parametrize("status", ERROR_STATUSES)
def test_generated_layer_on_documented_error_statuses(kind: str, status: int) -> None:
    """Documented error bodies go through ``cast(str, response.json())``: any JSON comes
    back as is (an object typed as str), anything else raises JSONDecodeError and the
    status is lost. This is why the facade parses error bodies itself."""
    raw, ctype, parsed = ERROR_BODIES[kind]
    try:
        json.loads(raw)
    except ValueError:
        with pytest.raises(json.JSONDecodeError):
            _generated(status, raw, ctype)
        return
    response = _generated(status, raw, ctype)
    assert response.status_code == status
    assert response.parsed == parsed


@pytest.mark.parametrize("status", UNDOCUMENTED)
def test_generated_layer_on_undocumented_statuses(status: int) -> None:
    """Standard undocumented codes parse to None; non-standard ones raise ValueError
    from ``HTTPStatus(...)``."""
    try:
        HTTPStatus(status)
    except ValueError:
        with pytest.raises(ValueError, match=str(status)):
            _generated(status, b'"x"', "application/json")
        return
    response = _generated(status, b'"x"', "application/json")
    assert response.parsed is None
