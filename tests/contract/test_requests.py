"""1. Requests match the spec: for every case schemathesis generates for the operation,
the request the generated functions and the ``Xverse`` client send is one the spec
describes (path and its percent-encoding, query names and types, the key header)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import respx
import schemathesis
from hypothesis import event, given, settings
from hypothesis import strategies as st
from xverse_api import AsyncXverse, InvalidAddressError, InvalidParameterError, Xverse
from xverse_api._generated import AuthenticatedClient
from xverse_api._generated.api.ordinals import get_v1_ordinals_address_address_runes as op

from ..strategies import bitcoin_addresses, page_bodies
from ._spec import API_KEY_HEADER, METHOD, PATH, PATH_PARAMS, QUERY_PARAMS, ROOT, request_problems
from ._support import BASE, CONTRACT, KEY

schemathesis.openapi.format("BitcoinAddress", bitcoin_addresses())
SCHEMA = schemathesis.openapi.from_path(ROOT / "openapi.json")
CASES = SCHEMA[PATH][METHOD.upper()].as_strategy()
EMPTY_PAGE = {"limit": 0, "offset": 0, "total": 0, "items": [], "indexerHeight": 840_000}

#: The generated functions' Python names for the spec's query parameters.
GENERATED_NAMES = {"offset": "offset", "limit": "limit", "runeId": "rune_id"}
FACADE_NAMES = {"offset": "offset", "limit": "limit", "runeId": "rune_id"}


@pytest.fixture(scope="module")
def generated_client() -> Iterator[AuthenticatedClient]:
    """One generated client (and so one httpx client) for every example: building an
    httpx client per example would spend the suite's time on TLS contexts."""
    with AuthenticatedClient(
        base_url=BASE, token=KEY, prefix="", auth_header_name=API_KEY_HEADER
    ) as client:
        yield client


@pytest.fixture(scope="module")
def xverse() -> Iterator[Xverse]:
    with Xverse(api_key=KEY, base_url=BASE, max_retries=0) as client:
        yield client


@pytest.fixture(scope="module")
def lax_xverse() -> Iterator[Xverse]:
    """A client that does not validate addresses: anything but an unsendable segment goes."""
    with Xverse(api_key=KEY, base_url=BASE, max_retries=0, validate_addresses=False) as client:
        yield client


def _args(case: Any, names: dict[str, str]) -> tuple[str, dict[str, Any]]:
    [param] = PATH_PARAMS
    address = unquote(case.path_parameters[param])
    assert set(names) == set(QUERY_PARAMS), "a query parameter has no Python name here"
    return address, {names[k]: v for k, v in (case.query or {}).items()}


def _capture(fn: Any) -> httpx.Request:
    with respx.mock(base_url=BASE) as router:
        route = router.route().respond(json=EMPTY_PAGE)
        fn()
        assert route.call_count == 1
        return route.calls.last.request


def test_spec_names_every_query_parameter_the_clients_map() -> None:
    assert set(GENERATED_NAMES) == set(QUERY_PARAMS) == set(FACADE_NAMES)


@settings(CONTRACT, max_examples=250)
@given(case=CASES)
def test_generated_functions_send_requests_the_spec_describes(
    generated_client: AuthenticatedClient, case: Any
) -> None:
    address, kwargs = _args(case, GENERATED_NAMES)
    request = _capture(lambda: op.sync_detailed(address, client=generated_client, **kwargs))
    assert request_problems(request, base=BASE, api_key=KEY) == []
    # What was asked for is what went out, exactly.
    assert unquote(request.url.raw_path.decode().split("/")[-2]) == address
    for wire, name in GENERATED_NAMES.items():
        if name in kwargs:
            assert request.url.params[wire] == str(kwargs[name])


def _whole(value: Any) -> bool:
    return isinstance(value, int) or (
        isinstance(value, float) and math.isfinite(value) and value.is_integer()
    )


@settings(CONTRACT, max_examples=250)
@given(case=CASES)
def test_xverse_sends_requests_the_spec_describes_with_int_counts(
    xverse: Xverse, case: Any
) -> None:
    """The facade takes ints only: whole numbers go out as ints (never ``60.0``); a
    fractional limit/offset is refused before anything is sent."""
    address, kwargs = _args(case, FACADE_NAMES)
    fractional = [k for k in ("offset", "limit") if k in kwargs and not _whole(kwargs[k])]
    for name in ("offset", "limit"):
        if name in kwargs and _whole(kwargs[name]):
            kwargs[name] = int(kwargs[name])
    event("refused: fractional count" if fractional else "sent")
    if fractional:
        with respx.mock(base_url=BASE, assert_all_called=False) as router:
            route = router.route().respond(json=EMPTY_PAGE)
            with pytest.raises(InvalidParameterError):
                xverse.runes.balances_page(address, **kwargs)
            assert route.call_count == 0
        return
    request = _capture(lambda: xverse.runes.balances_page(address, **kwargs))
    assert request_problems(request, base=BASE, api_key=KEY) == []
    params = request.url.params
    for name in ("offset", "limit"):
        assert params[name].isdigit(), f"{name}={params[name]!r} is not an int"
    assert int(params["offset"]) == kwargs.get("offset", 0)
    assert params.get("runeId") == kwargs.get("rune_id")
    assert unquote(request.url.raw_path.decode().split("/")[-2]) == address


@settings(CONTRACT, max_examples=60)
@given(address=bitcoin_addresses(), offset=st.integers(0, 10**6), limit=st.integers(25, 60))
@pytest.mark.anyio
async def test_async_xverse_sends_the_same_requests(address: str, offset: int, limit: int) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.route().respond(json=EMPTY_PAGE)
        async with AsyncXverse(api_key=KEY, base_url=BASE, max_retries=0) as client:
            await client.runes.balances_page(address, offset=offset, limit=limit)
        request = route.calls.last.request
    assert request_problems(request, base=BASE, api_key=KEY) == []
    assert dict(request.url.params) == {"offset": str(offset), "limit": str(limit)}


@settings(CONTRACT, max_examples=200)
@given(address=st.text(min_size=1).filter(lambda a: a not in (".", "..")))
def test_any_address_stays_one_path_segment(lax_xverse: Xverse, address: str) -> None:
    """Without address validation, any text is sent percent-encoded as exactly one segment."""
    request = _capture(lambda: lax_xverse.runes.balances_page(address))
    segments = request.url.raw_path.decode("ascii").split("?")[0].split("/")
    assert segments[:-2] == ["", *PATH.strip("/").split("/")[:-2]]
    assert unquote(segments[-2]) == address
    assert segments[-1] == PATH.rsplit("/", 1)[-1]


@pytest.mark.parametrize("address", ["", ".", ".."])
def test_unsendable_segments_are_refused_before_sending(address: str) -> None:
    """``.`` and ``..`` would be collapsed by httpx into another path (NOTES.md)."""
    with (
        respx.mock(base_url=BASE, assert_all_called=False) as router,
        Xverse(api_key=KEY, base_url=BASE, max_retries=0, validate_addresses=False) as client,
    ):
        route = router.route().respond(json=EMPTY_PAGE)
        with pytest.raises(InvalidAddressError):
            client.runes.balances_page(address)
        assert route.call_count == 0


@settings(CONTRACT, max_examples=50)
@given(body=page_bodies(), address=bitcoin_addresses())
def test_base_url_with_a_path_prefix_keeps_it(body: dict[str, Any], address: str) -> None:
    base = BASE + "/proxy/xverse/"
    with respx.mock() as router:
        route = router.route().respond(json=body)
        with Xverse(api_key=KEY, base_url=base, max_retries=0) as client:
            client.runes.balances_page(address)
        request = route.calls.last.request
    assert request_problems(request, base=base, api_key=KEY) == []
