"""``*_many`` batches end whole (issue 18, "batches"): when the call returns or raises,
for any reason (an ``on_result`` that raises, a cancelled task, Ctrl-C), every worker
stops: nothing more is sent and no callback runs after it."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
from xverse_api import AsyncXverse, Xverse
from xverse_api._address import encode_segwit_address

KEY = "batch-key-0042"
ADDRESSES = [encode_segwit_address("bc", 0, i.to_bytes(2, "big") * 10) for i in range(200)]
PAGE = {"limit": 0, "offset": 0, "total": 0, "items": [], "indexerHeight": 1}


class Boom(Exception):
    pass


class Wire:
    """Counts requests (thread-safe) and answers after a short delay."""

    def __init__(self, delay: float = 0.01) -> None:
        self.delay = delay
        self.sent: list[float] = []
        self.lock = threading.Lock()

    def _count(self) -> None:
        with self.lock:
            self.sent.append(time.monotonic())

    def sync(self, _: httpx.Request) -> httpx.Response:
        self._count()
        time.sleep(self.delay)
        return httpx.Response(200, json=PAGE)

    async def async_(self, _: httpx.Request) -> httpx.Response:
        self._count()
        await asyncio.sleep(self.delay)
        return httpx.Response(200, json=PAGE)

    def after(self, moment: float) -> int:
        with self.lock:
            return sum(1 for t in self.sent if t > moment)


class Callback:
    def __init__(self, raise_at: int) -> None:
        self.raise_at = raise_at
        self.calls: list[float] = []

    def __call__(self, _address: str, _result: Any) -> None:
        self.calls.append(time.monotonic())
        if len(self.calls) == self.raise_at:
            raise Boom("on_result failed")


def test_sync_a_raising_on_result_stops_every_worker() -> None:
    wire, callback = Wire(), Callback(raise_at=3)
    http = httpx.Client(transport=httpx.MockTransport(wire.sync))
    with Xverse(KEY, http_client=http, rate_limit=1000) as client:
        with pytest.raises(Boom):
            client.runes.balances_many(ADDRESSES, concurrency=8, on_result=callback)
        ended = time.monotonic()
        time.sleep(0.5)
    assert wire.after(ended) == 0
    assert [t for t in callback.calls if t > ended] == []
    # none after the one that raised, but those already running in other threads
    assert len(callback.calls) <= 3 + 7
    assert len(wire.sent) <= 3 + 2 * 8  # the workers in flight, not the rest of the batch


def test_async_a_raising_on_result_stops_every_worker() -> None:
    wire, callback = Wire(), Callback(raise_at=3)

    async def go() -> tuple[float, int]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(wire.async_))
        async with AsyncXverse(KEY, http_client=http, rate_limit=1000) as client:
            with pytest.raises(Boom):
                await client.runes.balances_many(ADDRESSES, concurrency=8, on_result=callback)
            ended = time.monotonic()
            await asyncio.sleep(0.5)  # orphaned workers would keep sending now
        return ended, len(asyncio.all_tasks())

    ended, tasks = asyncio.run(go())
    assert wire.after(ended) == 0
    assert [t for t in callback.calls if t > ended] == []
    assert len(callback.calls) == 3
    assert tasks == 1  # only go() itself: no worker left behind


def test_async_a_cancelled_batch_stops_every_worker() -> None:
    wire, callback = Wire(delay=0.02), Callback(raise_at=0)

    async def go() -> float:
        http = httpx.AsyncClient(transport=httpx.MockTransport(wire.async_))
        async with AsyncXverse(KEY, http_client=http, rate_limit=1000) as client:
            task = asyncio.ensure_future(
                client.runes.balances_many(ADDRESSES, concurrency=8, on_result=callback)
            )
            await asyncio.sleep(0.1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            ended = time.monotonic()
            await asyncio.sleep(0.3)
        return ended

    ended = asyncio.run(go())
    assert 0 < len(wire.sent) < len(ADDRESSES)
    assert wire.after(ended) == 0
    assert [t for t in callback.calls if t > ended] == []


def test_sync_a_batch_interrupted_in_the_caller_stops_every_worker() -> None:
    """Ctrl-C (any BaseException in the waiting caller) ends the batch the same way."""
    wire, calls = Wire(delay=0.02), []

    def interrupt(_address: str, _result: Any) -> None:
        calls.append(time.monotonic())
        if len(calls) == 2:
            raise KeyboardInterrupt

    http = httpx.Client(transport=httpx.MockTransport(wire.sync))
    with Xverse(KEY, http_client=http, rate_limit=1000) as client:
        with pytest.raises(KeyboardInterrupt):
            client.runes.balances_many(ADDRESSES, concurrency=4, on_result=interrupt)
        ended = time.monotonic()
        time.sleep(0.3)
    assert wire.after(ended) == 0
    assert len(calls) <= 2 + 3
    assert len(wire.sent) < len(ADDRESSES)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_batch_that_ends_normally_reports_every_value(mode: str) -> None:
    wire, seen = Wire(delay=0), []

    def record(address: str, _result: Any) -> None:
        seen.append(address)

    if mode == "sync":
        http = httpx.Client(transport=httpx.MockTransport(wire.sync))
        with Xverse(KEY, http_client=http, rate_limit=1000) as client:
            results = client.runes.balances_many(ADDRESSES[:20], on_result=record)
    else:

        async def go() -> dict[str, Any]:
            http = httpx.AsyncClient(transport=httpx.MockTransport(wire.async_))
            async with AsyncXverse(KEY, http_client=http, rate_limit=1000) as client:
                return await client.runes.balances_many(ADDRESSES[:20], on_result=record)

        results = asyncio.run(go())
    assert list(results) == ADDRESSES[:20]
    assert sorted(seen) == sorted(ADDRESSES[:20])
    assert len(wire.sent) == 20
