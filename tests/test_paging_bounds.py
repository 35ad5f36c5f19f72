"""Paging keeps a bound on what one collection may hold (issue 18, "paging"): a server
whose ``total`` keeps growing, with fresh items on every page, ends in a
``PagingLimitError`` naming the bound (items, bytes or pages), not in unbounded memory."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from xverse_api import APIError, AsyncXverse, PagingLimitError, Xverse
from xverse_api import _resources as resources
from xverse_api._constants import MAX_COLLECTION_BYTES, MAX_COLLECTION_ITEMS

KEY = "paging-key-77"
ADDR = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"


def growing(per_page: int, pad: int = 0) -> tuple[list[int], Any]:
    """A server that always has ``per_page`` fresh items more than asked for."""
    calls = [0]

    def answer(request: httpx.Request) -> httpx.Response:
        calls[0] += 1
        offset = int(request.url.params["offset"])
        items = [
            {"runeName": "A", "amount": "1", "id": f"840000:{offset + i}"} for i in range(per_page)
        ]
        body = {
            "limit": per_page,
            "offset": offset,
            "total": offset + per_page + 1,  # always one more page
            "items": items,
            "indexerHeight": 1,
            "padding": "x" * pad,
        }
        return httpx.Response(200, content=json.dumps(body).encode())

    return calls, answer


def collect(mode: str, answer: Any, how: str = "all", **options: Any) -> Any:
    transport = httpx.MockTransport(answer)
    options = {"rate_limit": 1e6, "retry_delay": 0, **options}
    if mode == "sync":
        with Xverse(KEY, http_client=httpx.Client(transport=transport), **options) as client:
            if how == "iter":
                return sum(1 for _ in client.runes.iter_balances(ADDR))
            if how == "many":
                return client.runes.balances_many([ADDR])[ADDR]
            return client.runes.balances(ADDR)

    async def go() -> Any:
        http = httpx.AsyncClient(transport=transport)
        async with AsyncXverse(KEY, http_client=http, **options) as client:
            if how == "iter":
                return len([b async for b in client.runes.iter_balances(ADDR)])
            if how == "many":
                return (await client.runes.balances_many([ADDR]))[ADDR]
            return await client.runes.balances(ADDR)

    return asyncio.run(go())


def test_the_issues_probe_a_growing_total_stops_at_the_item_bound() -> None:
    """2,000 fresh items a page: 495 MB before the 1,000-page stop; now the item bound."""
    calls, answer = growing(2000)
    with pytest.raises(PagingLimitError) as info:
        collect("sync", answer)
    assert (info.value.limit, info.value.bound) == ("items", MAX_COLLECTION_ITEMS)
    assert calls[0] == MAX_COLLECTION_ITEMS // 2000 + 1
    assert f"{MAX_COLLECTION_ITEMS:,} items" in str(info.value)
    assert isinstance(info.value, APIError)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("how", ["all", "iter", "many"])
def test_every_way_of_paging_keeps_the_item_bound(
    mode: str, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "MAX_COLLECTION_ITEMS", 500)
    calls, answer = growing(60)
    if how == "many":  # one value's error is its result
        result = collect(mode, answer, how)
        assert isinstance(result, PagingLimitError)
        assert result.limit == "items"
    else:
        with pytest.raises(PagingLimitError, match="at most 500 items"):
            collect(mode, answer, how)
    assert calls[0] == 500 // 60 + 1


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("max_response_bytes", "bound"), [(40_000, 100_000), (200_000, 200_000)])
def test_the_byte_bound_never_below_max_response_bytes(
    mode: str, max_response_bytes: int, bound: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "MAX_COLLECTION_BYTES", 100_000)
    calls, answer = growing(2, pad=30_000)
    with pytest.raises(PagingLimitError) as info:
        collect(mode, answer, max_response_bytes=max_response_bytes)
    assert (info.value.limit, info.value.bound) == ("bytes", bound)
    assert calls[0] == bound // 30_000 + 1  # pages of ~30 kB


def test_the_page_bound_is_the_same_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "MAX_PAGES", 5)
    calls, answer = growing(1)
    with pytest.raises(PagingLimitError) as info:
        collect("sync", answer)
    assert (info.value.limit, info.value.bound) == ("pages", 5)
    assert calls[0] == 5


def test_bounds_are_defaults_one_honest_collection_never_meets() -> None:
    # the API's largest page is 60 items and 1,000 pages: 60,000 items
    assert MAX_COLLECTION_ITEMS >= 4 * 60 * 1000
    assert MAX_COLLECTION_BYTES >= 64 * 1024 * 1024
