"""Pacing through the clients: waits the client will not honour (issue 10 rows 2-4) and
the fake's silent rate limit. Driven through httpx.MockTransport and the fake's own
transports; no timing assertions (the timing targets live in `make bench`)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from xverse_api import AsyncXverse, RateLimitError, Xverse
from xverse_api._retry import RETRY_AFTER_CEILING
from xverse_api.testing import DEFAULT_ADDRESS, DEFAULT_API_KEY, FakeXverse

KEY = "test-key-123"
ADDR = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"
PAGE = {"limit": 0, "offset": 0, "total": 0, "items": [], "indexerHeight": 1}
HANG_GUARD = 20.0  # seconds: the old code hung here for an hour or a day


class Server:
    """Answers 429 with ``headers`` first (``rejects`` times), then 200 with ``ok_headers``."""

    def __init__(
        self, headers: dict[str, str], *, rejects: int = 1, ok_headers: dict[str, str] | None = None
    ) -> None:
        self.headers, self.rejects, self.ok_headers = headers, rejects, ok_headers or {}
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.requests <= self.rejects:
            return httpx.Response(429, json=f"come back later {KEY}", headers=self.headers)
        return httpx.Response(200, json=PAGE, headers=self.ok_headers)


def calls(mode: str, server: Server, n: int) -> list[Any]:
    """``n`` calls on one client; each result or the exception it raised."""
    if mode == "sync":
        out: list[Any] = []
        http = httpx.Client(transport=httpx.MockTransport(server))
        with Xverse(KEY, http_client=http, max_retries=3, retry_delay=0.001) as client:
            for _ in range(n):
                try:
                    out.append(client.runes.balances(ADDR))
                except RateLimitError as exc:
                    out.append(exc)
        return out

    async def go() -> list[Any]:
        out: list[Any] = []
        http = httpx.AsyncClient(transport=httpx.MockTransport(server))
        async with AsyncXverse(KEY, http_client=http, max_retries=3, retry_delay=0.001) as c:
            for _ in range(n):
                try:
                    out.append(await asyncio.wait_for(c.runes.balances(ADDR), HANG_GUARD))
                except RateLimitError as exc:
                    out.append(exc)
        return out

    return asyncio.run(go())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_retry_after_beyond_the_cap_fails_later_calls_fast_without_sending(mode: str) -> None:
    """Issue 10 row 2: Retry-After 3600 held every later call for an hour."""
    server = Server({"retry-after": "3600"})
    first, second, third = calls(mode, server, 3)
    assert isinstance(first, RateLimitError)
    assert first.retry_after == 3600.0
    assert isinstance(second, RateLimitError)
    assert isinstance(third, RateLimitError)
    assert second.retry_after is not None
    assert 3500 < second.retry_after <= 3600
    assert str(second).startswith("not sent:")
    assert "3600" in str(second)
    assert KEY not in str(second)
    assert second.response.status_code == 429
    assert server.requests == 1  # later calls never reached the server


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "inf"},
        {"retry-after": "1e308"},
        {"retry-after": "Fri, 31 Dec 9999 23:59:59 GMT"},
        {"retry-after-ms": "inf"},
    ],
)
def test_non_finite_waits_raise_rate_limit_errors_not_overflow(
    mode: str, headers: dict[str, str]
) -> None:
    """Issue 10 row 3: every later call raised OverflowError."""
    server = Server(headers)
    first, second = calls(mode, server, 2)
    assert isinstance(first, RateLimitError)
    assert first.retry_after == RETRY_AFTER_CEILING
    assert isinstance(second, RateLimitError)
    assert server.requests == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("policy", ['"default";q=1;w=86400', '"default";q=1e-10;w=1'])
def test_a_long_window_quota_does_not_stall_calls(mode: str, policy: str) -> None:
    """Issue 10 row 4: the third call blocked 24 h (q=1e-10: OverflowError)."""
    server = Server({}, rejects=0, ok_headers={"ratelimit-policy": policy})
    results = calls(mode, server, 4)
    assert [len(r) for r in results] == [0, 0, 0, 0]
    assert server.requests == 4


def test_a_retry_after_within_the_cap_is_still_waited_and_retried() -> None:
    server = Server({"retry-after-ms": "20"})
    [result] = calls("sync", server, 1)
    assert len(result) == 0
    assert server.requests == 2


def test_the_fake_can_limit_silently() -> None:
    clock = [0.0]
    fake = FakeXverse(rate_limit=1, announce_rate_limit=False, clock=lambda: clock[0])
    path = f"/v1/ordinals/address/{DEFAULT_ADDRESS}/runes"
    headers = [("x-api-key", DEFAULT_API_KEY)]
    ok = fake.handle("GET", path, "", headers)
    limited = fake.handle("GET", path, "", headers)
    assert ok.status == 200
    assert limited.status == 429
    assert [name.lower() for name, _ in limited.headers] == ["content-type", "retry-after"]
    assert limited.header("retry-after") == "1"
    assert not any("ratelimit" in name.lower() for name, _ in ok.headers)
    loud = FakeXverse(rate_limit=1, clock=lambda: clock[0])
    loud.handle("GET", path, "", headers)
    announced = loud.handle("GET", path, "", headers)
    assert announced.header("ratelimit-policy") == '"default";q=1;w=1'
    assert announced.header("retry-after-ms") == "1000"
