"""Fleet pacing treats what it reads from Redis as untrusted (issue 18, "fleet pacing"):
a slot an hour away, a worker whose clock is an hour fast, a learnt pace of 0, -1 or
1e-9, a hold past the cap, an epoch that is no number: never obeyed beyond what a local
client does (the rate floor, the 60 s cap); one warning, then local pacing. And an
``AsyncXverse`` never blocks its event loop on Redis, even when Redis is slow.

A real redis-server on 127.0.0.1, as in test_fleet.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import redis
from xverse_api import AsyncXverse
from xverse_api import _fleet as fleet_module
from xverse_api._fleet import OffLoopRedisPace, RedisPace
from xverse_api._retry import MAX_RETRY_AFTER, Pacer

from tests.test_fleet import ADDR, PAGE, Clock, RedisServer, ok
from tests.test_fleet import redis_server as redis_server  # noqa: PLC0414 - the fixture

KEY = "fleet-hostile-key"


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def raw(server: RedisServer) -> redis.Redis:
    return redis.Redis.from_url(server.url)


def run_requests(pacer: Pacer, clock: Clock, count: int = 20) -> list[float]:
    """Acquire ``count`` slots on ``clock``, answering each; return every wait asked."""
    waits: list[float] = []
    granted = 0
    while granted < count:
        wait = pacer.acquire()
        waits.append(wait)
        if wait > 0:
            clock.now += wait
            continue
        granted += 1
        pacer.observe(ok(), None)
    return waits


# -- poisoned values -------------------------------------------------------------------


def test_a_slot_an_hour_away_is_not_waited_for(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    pace = RedisPace(redis_server.url, KEY)
    raw(redis_server).hset(f"{pace.prefix}:slots", "tat1", int((time.time() + 3600) * 1e6))
    clock = Clock()
    pacer = Pacer(10.0, clock=clock, shared=pace)
    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        waits = run_requests(pacer, clock)
    assert max(waits) <= 0.1 + 1e-9  # the local pace only
    assert not pacer.shared
    (warning,) = warnings(caplog)
    assert "paces on its own" in warning


@pytest.mark.parametrize("rate", [0, -1, 1e-9, float("inf"), 1e300])
def test_a_poisoned_learnt_pace_is_ignored(
    redis_server: RedisServer, rate: float, caplog: pytest.LogCaptureFixture
) -> None:
    pace = RedisPace(redis_server.url, KEY)
    raw(redis_server).zadd(f"{pace.prefix}:learnt", {"rate": rate})
    clock = Clock()
    pacer = Pacer(clock=clock, shared=pace)
    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        waits = run_requests(pacer, clock)  # 0 was a ZeroDivisionError
    assert max(waits) <= MAX_RETRY_AFTER
    assert pacer.rate is None or pacer.rate >= 1 / MAX_RETRY_AFTER
    assert not pacer.shared
    assert len(warnings(caplog)) == 1


def test_a_hold_past_the_cap_is_ignored(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    pace = RedisPace(redis_server.url, KEY)
    raw(redis_server).zadd(f"{pace.prefix}:learnt", {"hold": time.time() + 3600})
    clock = Clock()
    pacer = Pacer(10.0, clock=clock, shared=pace)
    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        waits = run_requests(pacer, clock)
    assert max(waits) <= 0.1 + 1e-9
    assert len(warnings(caplog)) == 1


@pytest.mark.parametrize(("field", "value"), [("start", "not a number"), ("ok", "many")])
def test_an_epoch_that_is_no_number_falls_back_at_the_next_429(
    redis_server: RedisServer, field: str, value: str, caplog: pytest.LogCaptureFixture
) -> None:
    pace = RedisPace(redis_server.url, KEY)
    clock = Clock()
    pacer = Pacer(clock=clock, shared=pace)
    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        run_requests(pacer, clock, 5)
        raw(redis_server).hset(f"{pace.prefix}:epoch", field, value)
        raw(redis_server).pexpire(f"{pace.prefix}:epoch", 60_000)
        while (wait := pacer.acquire()) > 0:
            clock.now += wait
        pacer.observe(httpx.Response(429), 1.0)  # was a bare ValueError
        clock.now += 1.5
        run_requests(pacer, clock, 5)
    assert not pacer.shared  # and no ValueError reached the caller
    assert len(warnings(caplog)) == 1


def test_an_epoch_from_the_future_is_not_believed(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    pace = RedisPace(redis_server.url, KEY)
    raw(redis_server).hset(f"{pace.prefix}:epoch", mapping={"start": time.time() + 3600, "ok": 5})
    raw(redis_server).pexpire(f"{pace.prefix}:epoch", 60_000)
    clock = Clock()
    pacer = Pacer(clock=clock, shared=pace)
    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        assert pacer.acquire() == 0.0
        pacer.observe(httpx.Response(429), None)
    assert not pacer.shared
    assert len(warnings(caplog)) == 1


def test_a_worker_whose_clock_is_an_hour_fast_keeps_the_fleets_schedule(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = time.time
    honest = RedisPace(redis_server.url, KEY)
    with monkeypatch.context() as patched:
        patched.setattr(fleet_module.time, "time", lambda: real() + 3600)
        fast = RedisPace(redis_server.url, KEY)
        assert fast.take(0.5) == 0.0  # books a slot on Redis's clock, not its own
        fast.succeeded()
        fast.publish(None, 2.0)
    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        wait = honest.take(0.5)
        assert 0 < wait <= 0.5  # the slot the fast worker took, no more
        count, age = honest.epoch()
        assert count == 1
        assert -0.1 <= age < 5  # the two clocks agree to within a round trip
        _rate, hold = honest.read()
        assert 0 < hold <= 2.0 + 0.1  # what the fleet asked for; 0.1 s for a busy machine
        clock = Clock()
        pacer = Pacer(2.0, clock=clock, shared=honest)
        run_requests(pacer, clock, 3)
    assert pacer.shared  # nothing was out of step
    assert warnings(caplog) == []


# -- the async client and a slow Redis ---------------------------------------------------


class SlowProxy:
    """A TCP proxy on 127.0.0.1 that holds every chunk ``delay`` seconds each way."""

    def __init__(self, port: int, delay: float) -> None:
        self.target = port
        self.delay = delay
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"redis://127.0.0.1:{self.sock.getsockname()[1]}/0"
        self.stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target))
            except OSError:  # the server is gone
                client.close()
                continue
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while chunk := src.recv(65536):
                time.sleep(self.delay)
                dst.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def slow_redis(redis_server: RedisServer) -> Iterator[SlowProxy]:
    proxy = SlowProxy(redis_server.port, 0.15)  # a 0.3 s round trip, under the 0.5 s timeout
    try:
        yield proxy
    finally:
        proxy.close()


def test_the_async_client_never_blocks_its_loop_on_a_slow_redis(slow_redis: SlowProxy) -> None:
    async def go() -> tuple[float, float, bool, type]:
        http = httpx.AsyncClient(
            transport=httpx.MockTransport(lambda _: httpx.Response(200, json=PAGE))
        )
        gaps: list[float] = []
        done = asyncio.Event()

        async def ticker() -> None:
            last = time.monotonic()
            while not done.is_set():
                await asyncio.sleep(0.01)
                now = time.monotonic()
                gaps.append(now - last)
                last = now

        async with AsyncXverse(KEY, http_client=http, rate_limit_url=slow_redis.url) as client:
            tick = asyncio.ensure_future(ticker())
            started = time.monotonic()
            results = await asyncio.gather(*(client.runes.balances(ADDR) for _ in range(16)))
            took = time.monotonic() - started
            done.set()
            await tick
            assert len(results) == 16
            pacer = client._settings.pacer
            return took, max(gaps), pacer.shared, type(pacer.shared_pace)

    took, worst_gap, shared, kind = asyncio.run(go())
    assert kind is OffLoopRedisPace
    assert shared  # a slow store is still used ...
    assert worst_gap < 0.15, worst_gap  # ... but the loop never waited on it
    assert took < 10, took


def test_the_async_client_falls_back_when_redis_dies(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    async def go() -> bool:
        http = httpx.AsyncClient(
            transport=httpx.MockTransport(lambda _: httpx.Response(200, json=PAGE))
        )
        async with AsyncXverse(
            KEY, http_client=http, rate_limit=200, rate_limit_url=redis_server.url
        ) as client:
            for _ in range(3):
                await client.runes.balances(ADDR)
            redis_server.stop()
            for _ in range(10):
                await client.runes.balances(ADDR)
                await asyncio.sleep(0.02)
            return client._settings.pacer.shared

    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        shared = asyncio.run(go())
    assert not shared
    assert len(warnings(caplog)) == 1
