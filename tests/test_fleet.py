"""Fleet pacing through a real redis-server on 127.0.0.1 (no mocks).

redis-server is installed by `make setup`. Missing in CI, these tests fail; missing on a
developer's machine (CI unset), they are skipped with the reason.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis
from xverse_api import Xverse, XverseError
from xverse_api._errors import InvalidParameterError
from xverse_api._fleet import ENV_RATE_LIMIT_URL, RedisPace, fleet_pace
from xverse_api._retry import Pacer, SharedPaceError

KEY = "fleet-key"
PAGE = {"limit": 0, "offset": 0, "total": 0, "items": [], "indexerHeight": 1}
ADDR = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"


class RedisServer:
    """A throwaway redis-server on a free 127.0.0.1 port, persistence off."""

    def __init__(self, tmp: Path) -> None:
        exe = shutil.which("redis-server")
        if exe is None:
            message = "redis-server is not installed: run make setup"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc = subprocess.Popen(  # noqa: S603 - the redis-server found on PATH
            [exe, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--dir", str(tmp)],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
            except OSError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.stop()
                    pytest.fail("redis-server did not start")
                time.sleep(0.02)
            else:
                return

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    try:
        yield server
    finally:
        server.stop()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def ok() -> httpx.Response:
    return httpx.Response(200)


def test_two_clients_share_the_slots(redis_server: RedisServer) -> None:
    a = Pacer(0.1, shared=RedisPace(redis_server.url, KEY))  # one request per 10 s
    b = Pacer(0.1, shared=RedisPace(redis_server.url, KEY))
    other_key = Pacer(0.1, shared=RedisPace(redis_server.url, "another key"))
    assert a.acquire() == 0.0
    wait = b.acquire()
    assert 0 < wait <= 10  # the fleet's slot went to a
    assert other_key.acquire() == 0.0  # another key is another limit
    assert a.shared
    assert b.shared


def test_a_429_seen_by_one_client_slows_and_holds_the_others(redis_server: RedisServer) -> None:
    clock_a, clock_b = Clock(), Clock()
    a = Pacer(clock=clock_a, shared=RedisPace(redis_server.url, KEY))
    b = Pacer(clock=clock_b, shared=RedisPace(redis_server.url, KEY))
    assert a.acquire() == 0.0
    for _ in range(10):
        a.observe(ok(), None)
    a.observe(httpx.Response(429), 5.0)
    learnt = a.rate
    assert learnt is not None
    assert b.rate is None
    wait = b.acquire()  # reads the fleet's state first
    assert b.rate == pytest.approx(learnt)
    assert 4 < wait <= 5  # the Retry-After hold reached b too
    # the learnt pace only falls: a higher estimate elsewhere does not raise it
    RedisPace(redis_server.url, KEY).publish(learnt * 2, 0)
    clock_b.now += 1
    b.acquire()
    assert b.rate == pytest.approx(learnt)


def test_the_fleet_ramps_and_estimates_on_the_fleet_s_successes(
    redis_server: RedisServer,
) -> None:
    a = RedisPace(redis_server.url, KEY)
    b = RedisPace(redis_server.url, KEY)
    assert a.epoch() == (0, 0.0)
    assert [a.succeeded(), b.succeeded(), a.succeeded()] == [1, 2, 3]
    count, age = b.epoch()
    assert count == 3
    assert 0 <= age < 5


def test_losing_redis_falls_back_to_local_pacing_with_one_warning(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    pacer = Pacer(clock=clock, shared=RedisPace(redis_server.url, KEY, timeout=0.5))
    assert pacer.acquire() == 0.0
    pacer.observe(ok(), None)
    redis_server.stop()
    granted = 0
    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        for _ in range(20):
            clock.now += 1
            if pacer.acquire() == 0.0:
                granted += 1
                pacer.observe(ok(), None)
        pacer.observe(httpx.Response(429), 1.0)
        clock.now += 2
        assert pacer.acquire() == 0.0
    assert granted == 20  # every request still went, paced locally
    assert not pacer.shared
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "paces on its own" in warnings[0].getMessage()


@pytest.mark.parametrize("where", ["argument", "environment"])
def test_the_client_turns_fleet_pacing_on(
    redis_server: RedisServer, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json=PAGE)

    options = {}
    if where == "argument":
        options["rate_limit_url"] = redis_server.url
    else:
        monkeypatch.setenv(ENV_RATE_LIMIT_URL, redis_server.url)
    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Xverse(KEY, http_client=http, rate_limit=1000, **options) as client:
        assert client._settings.pacer.shared
        for _ in range(3):
            assert len(client.runes.balances(ADDR)) == 0
        slower = client.with_options(rate_limit=500)  # a new pace, the same fleet
        assert slower._settings.pacer is not client._settings.pacer
        assert slower._settings.pacer.shared_pace is client._settings.pacer.shared_pace
        assert slower._settings.pacer.shared
    assert len(seen) == 3


def test_no_url_means_no_fleet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_RATE_LIMIT_URL, raising=False)
    assert fleet_pace(None, KEY) is None
    monkeypatch.setenv(ENV_RATE_LIMIT_URL, "")
    assert fleet_pace(None, KEY) is None


@pytest.mark.parametrize("url", ["http://127.0.0.1:6379", "not a url", 6379])
def test_a_bad_url_is_refused_at_construction(url: object) -> None:
    with pytest.raises(InvalidParameterError, match="rate_limit_url"):
        Xverse(KEY, rate_limit_url=url)  # type: ignore[arg-type]


def test_the_key_is_never_in_redis_key_names(redis_server: RedisServer) -> None:
    pace = RedisPace(redis_server.url, KEY)
    assert KEY not in pace.prefix
    assert KEY not in repr(pace)
    assert Pacer(1.0, shared=pace).acquire() == 0.0
    pace.succeeded()
    pace.publish(3.0, 1.0)
    names = redis.Redis.from_url(redis_server.url).keys("*")
    assert len(names) == 3
    assert all(KEY.encode() not in name for name in names)


def test_without_the_extra_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # as if the extra were not installed
    with pytest.raises(XverseError, match=r"xverse-api\[redis\]"):
        RedisPace("redis://127.0.0.1:1/0", KEY)


def test_every_store_call_on_a_dead_server_raises_shared_pace_error(
    redis_server: RedisServer,
) -> None:
    pace = RedisPace(redis_server.url, KEY)
    for interval in range(1, 70):  # many paces: the cache of buckets stays small
        pace.take(interval / 1000)
    redis_server.stop()
    calls = [
        lambda: pace.take(0.5),
        pace.succeeded,
        pace.epoch,
        lambda: pace.publish(1.0, 1.0),
        pace.read,
    ]
    for call in calls:
        with pytest.raises(SharedPaceError, match="ConnectionError"):
            call()
    pace.close()


class BrokenStore:
    """A SharedPace whose store fails in one method (the others answer as an empty one)."""

    def __init__(self, broken: str) -> None:
        self.broken = broken

    def _maybe_fail(self, name: str) -> None:
        if name == self.broken:
            raise SharedPaceError(f"{name}: store gone")

    def take(self, interval: float) -> float:
        self._maybe_fail("take")
        return 0.0

    def succeeded(self) -> int:
        self._maybe_fail("succeeded")
        return 1

    def epoch(self) -> tuple[int, float]:
        self._maybe_fail("epoch")
        return 1, 0.0

    def publish(self, rate: float | None, hold: float) -> None:
        self._maybe_fail("publish")

    def read(self) -> tuple[float | None, float]:
        self._maybe_fail("read")
        return None, 0.0


@pytest.mark.parametrize("broken", ["take", "succeeded", "epoch", "publish", "read"])
def test_a_store_failing_anywhere_leaves_a_working_local_pacer(
    broken: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    pacer = Pacer(clock=clock, shared=BrokenStore(broken))
    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        for status in (200, 200, 429, 200):
            clock.now += 0.1
            assert pacer.acquire() == 0.0
            pacer.observe(httpx.Response(status), 1.0 if status == 429 else None)
            clock.now += 1.0 if status == 429 else 0.0  # past the Retry-After hold
    assert not pacer.shared
    assert pacer.rate is not None  # the 429 was learnt from, locally
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
