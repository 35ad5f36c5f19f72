"""4. Real network faults on 127.0.0.1 (a socket server in threads, not mocks): each ends
in success or the right typed error within the configured timeout and retries."""

from __future__ import annotations

import asyncio
import email.utils
import json
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from xverse_api import (
    APIConnectionError,
    APITimeoutError,
    AsyncXverse,
    InternalServerError,
    RateLimitError,
    RuneBalancePage,
    Xverse,
)

from ._support import KEY, ScriptedServer, drip, hang, reply, reset_mid_body, scripted_server

ADDRESS = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"
ITEM = {
    "runeName": "DOG•GO•TO•THE•MOON",
    "amount": "3142748244",
    "divisibility": 5,
    "id": "840000:3",
}
PAGE = json.dumps(
    {"limit": 1, "offset": 0, "total": 1, "items": [ITEM], "indexerHeight": 870_000}
).encode()
JSON = {"content-type": "application/json"}
pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with scripted_server() as srv:
        yield srv


def _sync_page(url: str, **kw: Any) -> RuneBalancePage:
    with Xverse(api_key=KEY, base_url=url, **kw) as client:
        return client.runes.balances_page(ADDRESS)


def _async_page(url: str, **kw: Any) -> RuneBalancePage:
    async def run() -> RuneBalancePage:
        async with AsyncXverse(api_key=KEY, base_url=url, **kw) as client:
            return await client.runes.balances_page(ADDRESS)

    return asyncio.run(run())


Page = Callable[..., RuneBalancePage]
pytestmark = [
    pytestmark,
    pytest.mark.parametrize("page", [_sync_page, _async_page], ids=["sync", "async"]),
]


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.monotonic()
    try:
        result: Any = fn()
    except Exception as exc:  # returned for the test to inspect
        result = exc
    return time.monotonic() - start, result


def test_connection_refused(page: Page) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    elapsed, error = _timed(
        lambda: page(f"http://127.0.0.1:{port}", max_retries=2, retry_delay=0.001, timeout=2)
    )
    assert type(error) is APIConnectionError, error
    assert "3 attempts" in str(error)
    assert elapsed < 5


def test_reset_mid_body_is_retried_then_a_connection_error(
    page: Page, server: ScriptedServer
) -> None:
    server.script = [reset_mid_body]
    elapsed, error = _timed(lambda: page(server.url, max_retries=2, retry_delay=0.001, timeout=2))
    assert isinstance(error, APIConnectionError), error
    assert not isinstance(error, APITimeoutError)
    assert server.attempts == 3
    assert elapsed < 5


def test_reset_then_success(page: Page, server: ScriptedServer) -> None:
    server.script = [reset_mid_body, reply(200, PAGE, JSON)]
    got = page(server.url, max_retries=2, retry_delay=0.001, timeout=2)
    assert got.items[0].amount == 3142748244
    assert server.attempts == 2


def test_server_that_never_answers_times_out(page: Page, server: ScriptedServer) -> None:
    server.script = [hang]
    elapsed, error = _timed(lambda: page(server.url, max_retries=1, retry_delay=0.001, timeout=0.3))
    assert type(error) is APITimeoutError, error
    assert server.attempts == 2
    assert 0.5 <= elapsed < 3  # two reads of 0.3 s each, plus a little


def test_slow_drip_past_the_read_timeout_times_out(page: Page, server: ScriptedServer) -> None:
    server.script = [drip(PAGE, every=0.6)]
    elapsed, error = _timed(lambda: page(server.url, max_retries=0, timeout=0.3))
    assert type(error) is APITimeoutError, error
    assert server.attempts == 1
    assert elapsed < 3


def test_drip_faster_than_the_read_timeout_succeeds(page: Page, server: ScriptedServer) -> None:
    """The timeout is per read (httpx semantics): a steady drip is slow but alive."""
    server.script = [drip(PAGE[:0] + PAGE, every=0.002)]
    got = page(server.url, max_retries=0, timeout=1)
    assert got.items[0].rune_id == "840000:3"
    assert server.attempts == 1


def test_500_twice_then_200(page: Page, server: ScriptedServer) -> None:
    server.script = [reply(500, b'"boom"', JSON), reply(500, b"<html>", {}), reply(200, PAGE, JSON)]
    got = page(server.url, max_retries=2, retry_delay=0.001, timeout=2)
    assert got.items[0].amount == 3142748244
    assert server.attempts == 3


def test_500_past_the_retries_is_internal_server_error(page: Page, server: ScriptedServer) -> None:
    server.script = [reply(500, b'"boom"', JSON)]
    _, error = _timed(lambda: page(server.url, max_retries=1, retry_delay=0.001, timeout=2))
    assert type(error) is InternalServerError
    assert server.attempts == 2


def test_retry_after_seconds_is_waited(page: Page, server: ScriptedServer) -> None:
    server.script = [
        reply(429, b'"slow down"', {**JSON, "Retry-After": "1"}),
        reply(200, PAGE, JSON),
    ]
    elapsed, got = _timed(lambda: page(server.url, max_retries=2, retry_delay=0.001, timeout=2))
    assert isinstance(got, RuneBalancePage), got
    assert server.attempts == 2
    assert 0.9 <= elapsed < 5


def test_retry_after_http_date_is_waited(page: Page, server: ScriptedServer) -> None:
    target = int(time.time()) + 2
    when = email.utils.formatdate(target, usegmt=True)
    server.script = [
        reply(429, b'"slow down"', {**JSON, "Retry-After": when}),
        reply(200, PAGE, JSON),
    ]
    elapsed, got = _timed(lambda: page(server.url, max_retries=2, retry_delay=0.001, timeout=2))
    assert isinstance(got, RuneBalancePage), got
    assert server.attempts == 2
    assert time.time() >= target - 0.1  # waited until (about) the date asked for
    assert elapsed < 6


def test_retry_after_far_in_the_future_raises_at_once(page: Page, server: ScriptedServer) -> None:
    server.script = [reply(429, b'"come back tomorrow"', {**JSON, "Retry-After": "3600"})]
    elapsed, error = _timed(lambda: page(server.url, max_retries=3, retry_delay=0.001, timeout=2))
    assert type(error) is RateLimitError, error
    assert error.retry_after == 3600
    assert server.attempts == 1
    assert elapsed < 1  # did not sleep


def test_retry_after_replaces_the_backoff(page: Page, server: ScriptedServer) -> None:
    """The server's Retry-After (1 s) is the wait, not the client's own longer backoff
    (retry_delay=5: 3.75..5 s)."""
    server.script = [
        reply(429, b'"slow down"', {**JSON, "Retry-After": "1"}),
        reply(200, PAGE, JSON),
    ]
    elapsed, got = _timed(lambda: page(server.url, max_retries=2, retry_delay=5, timeout=2))
    assert isinstance(got, RuneBalancePage), got
    assert server.attempts == 2
    assert 0.9 <= elapsed < 3
