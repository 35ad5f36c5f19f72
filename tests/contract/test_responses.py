"""2. Every documented status, every body its schema allows: the generated layer returns
what its types promise, the clients return exact balances or raise the typed error the
status means, and bodies the Runes protocol forbids raise APIResponseValidationError."""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import respx
from hypothesis import event, given, settings
from hypothesis import strategies as st
from xverse_api import (
    APIResponseValidationError,
    APIStatusError,
    AsyncXverse,
    RateLimitError,
    RuneBalancePage,
    RuneBalances,
    Xverse,
)
from xverse_api._generated import AuthenticatedClient
from xverse_api._generated.api.ordinals import get_v1_ordinals_address_address_runes as op
from xverse_api._generated.models import RuneBalancesPage
from xverse_api._models import decode_page

from ..strategies import bitcoin_addresses, bodies_for, page_bodies, protocol_breaking_values
from ._oracle import assert_page_matches, from_generated, protocol_problem
from ._spec import (
    API_KEY_HEADER,
    ERROR_STATUSES,
    STATUSES,
    SUCCESS_STATUSES,
    expected_error,
    number_fields,
    response_schema,
    success_schema,
)
from ._support import BASE, CONTRACT, KEY

ADDRESS = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"
#: One strategy per documented status, each drawing from that status's own schema.
SPEC_BODIES = {status: bodies_for(response_schema(status)) for status in STATUSES}


@st.composite
def protocol_breaking_pages(draw: st.DrawFn) -> dict[str, Any]:
    """A page the protocol allows, then one field set to a value the spec still allows
    but the protocol forbids."""
    body = draw(page_bodies(min_items=1))
    bad = protocol_breaking_values()
    target = draw(st.sampled_from(["amount", "divisibility", *number_fields()]))
    if target in ("amount", "divisibility"):
        index = draw(st.integers(0, len(body["items"]) - 1))
        body["items"][index][target] = draw(bad[target])
    else:
        body[target] = draw(bad["count"])
    return body


def _success_bodies() -> st.SearchStrategy[dict[str, Any]]:
    [status] = SUCCESS_STATUSES
    return st.one_of(SPEC_BODIES[status], page_bodies(), protocol_breaking_pages())


def _respond(router: respx.MockRouter, status: int, body: Any) -> respx.Route:
    content = json.dumps(body).encode()
    return router.route().respond(
        status, content=content, headers={"content-type": "application/json"}
    )


@pytest.fixture(scope="module")
def generated_client() -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=BASE, token=KEY, prefix="", auth_header_name=API_KEY_HEADER
    ) as client:
        yield client


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    """One httpx client (one TLS context) shared by the examples' fresh ``Xverse``s."""
    with httpx.Client() as client:
        yield client


@pytest.fixture
def xverse(http: httpx.Client) -> Callable[[], Xverse]:
    """A fresh client per example: a 429 teaches a client's pacer to slow down, and that
    must not leak into the next example."""
    return lambda: Xverse(api_key=KEY, base_url=BASE, max_retries=0, http_client=http)


def test_the_spec_documents_a_success_and_errors() -> None:
    assert len(SUCCESS_STATUSES) == 1
    assert ERROR_STATUSES
    for status in STATUSES:
        assert isinstance(response_schema(status), dict)  # each documents a JSON body


# --- the generated layer ----------------------------------------------------------------


@settings(CONTRACT, max_examples=300)
@given(data=st.data(), status=st.sampled_from(STATUSES))
def test_generated_layer_returns_what_its_types_promise(
    generated_client: AuthenticatedClient, data: st.DataObject, status: int
) -> None:
    body = data.draw(SPEC_BODIES[status], label="body")
    with respx.mock(base_url=BASE) as router:
        _respond(router, status, body)
        response = op.sync_detailed(ADDRESS, client=generated_client)
    assert response.status_code == status
    if status in SUCCESS_STATUSES:
        assert isinstance(response.parsed, RuneBalancesPage)
        assert response.parsed.to_dict() == body
    else:
        # Documented error bodies are JSON strings; the generated layer hands them back
        # as parsed by ``response.json()`` (NOTES.md: it casts, it does not check).
        assert response.parsed == body
        assert isinstance(response.parsed, str)


# --- the clients ------------------------------------------------------------------------


def _check_outcome(status: int, body: Any, call: Any) -> None:
    """Run ``call`` against (status, body) and check its result or error exactly."""
    if status in SUCCESS_STATUSES:
        problem = protocol_problem(body)
        event("200 protocol-valid" if problem is None else "200 protocol-breaking")
        if problem is None:
            page = call()
            assert_page_matches(page, body)
        else:
            with pytest.raises(APIResponseValidationError) as info:
                call()
            assert info.value.status_code == status
        return
    event(f"error {status}")
    with pytest.raises(APIStatusError) as info:
        call()
    assert type(info.value) is expected_error(status), (status, type(info.value))
    assert info.value.status_code == status
    assert info.value.body == body
    if isinstance(info.value, RateLimitError):
        assert info.value.retry_after is None  # no Retry-After header was sent


def _status_and_body() -> st.SearchStrategy[tuple[int, Any]]:
    pairs = [
        st.tuples(st.just(s), _success_bodies() if s in SUCCESS_STATUSES else SPEC_BODIES[s])
        for s in STATUSES
    ]
    return st.one_of(pairs)


@settings(CONTRACT, max_examples=300)
@given(pair=_status_and_body())
def test_xverse_page_is_exact_or_the_typed_error(
    xverse: Callable[[], Xverse], pair: tuple[int, Any]
) -> None:
    status, body = pair
    with respx.mock(base_url=BASE) as router:
        route = _respond(router, status, body)
        _check_outcome(status, body, lambda: xverse().runes.balances_page(ADDRESS))
        assert route.call_count == 1  # max_retries=0: exactly one attempt


@settings(CONTRACT, max_examples=150)
@given(pair=_status_and_body(), address=bitcoin_addresses())
def test_xverse_balances_are_exact_or_the_typed_error(
    xverse: Callable[[], Xverse], pair: tuple[int, Any], address: str
) -> None:
    """``balances`` follows pages; a single full page (limit == total == len) is one call."""
    status, body = pair
    if status in SUCCESS_STATUSES and protocol_problem(body) is None:
        ids = [item["id"] for item in body["items"]]
        body = {**body, "total": len(body["items"]), "offset": 0}
        if len(set(ids)) != len(ids):
            body["items"] = list({item["id"]: item for item in body["items"]}.values())
            body["total"] = len(body["items"])

    def call() -> RuneBalancePage:
        result = xverse().runes.balances(address)
        assert isinstance(result, RuneBalances)
        assert result.address == address
        assert result.indexer_height == body["indexerHeight"]
        return RuneBalancePage(
            items=list(result),
            offset=int(body["offset"]),
            limit=int(body["limit"]),
            total=int(body["total"]),
            indexer_height=result.indexer_height,
        )

    with respx.mock(base_url=BASE) as router:
        _respond(router, status, body)
        _check_outcome(status, body, call)


@settings(CONTRACT, max_examples=120)
@given(pair=_status_and_body())
def test_async_xverse_page_is_exact_or_the_typed_error(pair: tuple[int, Any]) -> None:
    status, body = pair

    async def page() -> RuneBalancePage:
        async with AsyncXverse(api_key=KEY, base_url=BASE, max_retries=0) as client:
            return await client.runes.balances_page(ADDRESS)

    with respx.mock(base_url=BASE) as router:
        _respond(router, status, body)
        _check_outcome(status, body, lambda: asyncio.run(page()))


# --- one decoder, two paths -------------------------------------------------------------


def _repaired(body: dict[str, Any]) -> dict[str, Any]:
    """A spec-drawn body with whatever the protocol forbids replaced by allowed values,
    keeping the spec's odd strings, extra properties and number forms elsewhere."""
    out = dict(body)
    for name in number_fields():
        if protocol_problem({**dict.fromkeys(number_fields(), 0), name: out[name], "items": []}):
            out[name] = math.floor(out[name])
    items = []
    for raw in out["items"]:
        item = dict(raw)
        if protocol_problem({**dict.fromkeys(number_fields(), 0), "items": [item]}):
            item["amount"] = str(sum(map(ord, item["amount"])))
            if "divisibility" in item:
                item["divisibility"] = int(abs(item["divisibility"])) % 39
        items.append(item)
    out["items"] = items
    return out


@settings(CONTRACT, max_examples=300)
@given(body=st.one_of(_success_bodies().map(_repaired), page_bodies()))
def test_fast_decoder_agrees_with_the_generated_models(body: dict[str, Any]) -> None:
    assert protocol_problem(body) is None
    raw = json.dumps(body).encode()
    fast = decode_page(raw)
    plain = from_generated(RuneBalancesPage.from_dict(json.loads(raw)))
    assert fast == plain
    assert_page_matches(fast, body)


def test_spec_success_schema_is_what_the_oracle_reads() -> None:
    """The oracle's field names come from the spec; this pins that they still exist."""
    schema = success_schema()
    assert set(number_fields()) <= set(schema["required"])
    item = schema["properties"]["items"]["items"]
    assert {"amount", "id"} <= set(item["required"])
    assert "divisibility" in item["properties"]
