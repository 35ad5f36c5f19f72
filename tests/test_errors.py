"""The exception tree (``xverse_api._errors``): messages without secrets, and every
error round-tripping through pickle without the API key (issue 10 row 14, issue 12
item 8)."""

from __future__ import annotations

import copy
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
import xverse_api
from xverse_api import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InvalidAddressError,
    InvalidParameterError,
    PagingLimitError,
    RateLimitError,
    XverseError,
    validate_address,
)
from xverse_api._errors import __all__ as ERROR_NAMES
from xverse_api._errors import status_error

KEY = "sk-live-SENTINEL-9a8b"
URL = "http://alice:hunter2@127.0.0.1:9/v1/ordinals/address/bc1q/runes?limit=60"


def keyed_request() -> httpx.Request:
    return httpx.Request("GET", URL, headers={"x-api-key": KEY, "accept": "application/json"})


def response(status: int, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, request=keyed_request(), **kwargs)


def instance(cls: type[XverseError]) -> XverseError:
    """One instance of each exception class, built as the SDK builds it."""
    if cls is InvalidAddressError:
        return InvalidAddressError(
            "address 'tb1…' is a signet address", address="tb1", hint_networks=("signet",)
        )
    if cls in (XverseError, InvalidParameterError):
        return cls("message")
    if cls is xverse_api._errors.UnknownOperationError:
        return cls("no operation 'GET /x'", key="GET /x")
    if cls in (APIError, APIConnectionError, APITimeoutError):
        return cls("no answer", request=keyed_request())  # type: ignore[call-arg]
    if cls is APIResponseValidationError:
        return APIResponseValidationError(
            "bad body", response=response(200, content=b"{"), body=b"{"
        )
    if cls is RateLimitError:
        return RateLimitError("slow down", response=response(429), body="", retry_after=3.0)
    if cls is PagingLimitError:
        return PagingLimitError("too many pages", limit="pages", bound=1000)
    assert issubclass(cls, APIStatusError)
    return cls(f"{cls.__name__}", response=response(418, json={"e": 1}), body={"e": 1})


CLASSES = [getattr(xverse_api._errors, name) for name in ERROR_NAMES]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_error_round_trips_through_pickle_without_the_key(cls: type[XverseError]) -> None:
    error = instance(cls)
    data = pickle.dumps(error)
    assert KEY.encode() not in data
    assert b"hunter2" not in data
    copy_ = pickle.loads(data)  # noqa: S301 - our own bytes
    assert type(copy_) is cls
    assert str(copy_) == str(error)
    assert copy_.args == error.args
    public = {k: v for k, v in vars(error).items() if k not in ("request", "response")}
    assert {k: v for k, v in vars(copy_).items() if k in public} == public
    if isinstance(error, APIError) and error.request is not None:
        assert copy_.request.url.host == "127.0.0.1"
        assert "x-api-key" not in copy_.request.headers
        assert copy_.request.headers["accept"] == "application/json"
    if isinstance(error, APIStatusError | APIResponseValidationError):
        assert copy_.response.status_code == error.response.status_code
        assert copy_.response.content == error.response.content
        assert "x-api-key" not in copy_.response.request.headers


def test_a_real_status_error_pickles_and_the_echoed_key_is_cut_out() -> None:
    resp = response(401, json={"message": f"key {KEY} unknown"}, headers={"x-echo": KEY})
    error = status_error(resp, resp.json(), secret=KEY)
    assert isinstance(error, AuthenticationError)
    assert KEY not in str(error)
    assert "hunter2" not in str(error)
    assert "127.0.0.1:9/v1/ordinals/address/bc1q/runes" in str(error)
    data = pickle.dumps(error)
    assert KEY.encode() not in data
    again = pickle.loads(data)  # noqa: S301 - our own bytes
    assert again.body == {"message": "key [redacted] unknown"}
    assert again.response.headers["x-echo"] == "[redacted]"
    assert again.status_code == 401


def test_a_response_without_a_request_or_body_still_pickles() -> None:
    streamed = httpx.Response(503, stream=httpx.ByteStream(b"busy"))
    error = APIStatusError.__new__(APIStatusError)
    error.args = ("503",)
    error.response, error.status_code, error.body, error.request = streamed, 503, "", None
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert again.response.status_code == 503
    assert again.response.content == b""


def test_a_body_too_deep_to_copy_is_replaced() -> None:
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    error = APIStatusError("deep", response=response(500), body=deep)
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert again.body == "<too deeply nested to copy>"


def test_copy_gives_the_same_error() -> None:
    error = instance(RateLimitError)
    clone = copy.copy(error)
    assert isinstance(clone, RateLimitError)
    assert clone.retry_after == 3.0


def test_validate_address_errors_cross_a_process_pool() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(validate_address, "tb1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq0l98cr")
        with pytest.raises(InvalidAddressError) as info:
            future.result(timeout=60)
    assert info.value.hint_networks == ("signet", "testnet4")
    assert info.value.address.startswith("tb1")


def test_the_server_echoing_the_key_in_a_quoted_form_is_cut_out() -> None:
    resp = response(400, text=f"bad header b'{KEY}\\n' and {KEY!r}")
    error = status_error(resp, resp.text, secret=KEY)
    assert KEY not in str(error)
    assert str(error).count("[redacted]") == 2
