"""A property-based hostile server: hypothesis picks statuses, rate headers (Retry-After,
retry-after-ms, RateLimit-Policy, hostile values included) and body shapes for a run of
answers. Whatever it picks, every call ends in a result or an ``XverseError`` within a
bounded (virtual) time, no text the SDK produces holds the key, and the next good call
on the same client succeeds within a second (or fails fast with ``RateLimitError``
while a refused wait runs, and succeeds within a second of it ending).

Time is virtual: the call's flow is driven here, each ``Sleep`` advances a clock that
the client's pacer reads, so no test sleeps and the bound is exact.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xverse_api import RateLimitError, Xverse, XverseError
from xverse_api._constants import MAX_RETRY_AFTER
from xverse_api._core import Send, Sleep
from xverse_api._drivers import _perform
from xverse_api._resources import request_flow
from xverse_api.testing import DEFAULT_ADDRESS

KEY = "hostile-marker-key-9c1"
RUNES = "GET /v1/ordinals/address/{address}/runes"
GOOD = {
    "limit": 1,
    "offset": 0,
    "total": 1,
    "indexerHeight": 1,
    "items": [{"runeName": "A", "id": "1:0", "amount": "5", "divisibility": 1}],
}
#: a call may wait for the server's Retry-After (at most MAX_RETRY_AFTER) and backoff,
#: once per attempt
ATTEMPTS = 3
BOUND = ATTEMPTS * (MAX_RETRY_AFTER + 10.0)

HOSTILE_WAITS = [
    "0",
    "1",
    "1.5",
    "59",
    "61",
    "3600",
    "inf",
    "-inf",
    "nan",
    "-1",
    "1e308",
    "1e-308",
    "",
    "soon",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "Thu, 01 Jan 1970 00:00:00 GMT",
    "Wed, 21 Oct 2015 07:28:00",
    KEY,
    "9" * 400,
]
HOSTILE_POLICIES = [
    '"default";q=1;w=86400',
    '"default";q=1e-10;w=1',
    "q=0;w=1",
    "q=5;w=0",
    "q=inf;w=1",
    "q=nan",
    '"a";q=100;w=1, "b";q=1;w=3600',
    "10;w=1",
    "garbage",
    "q=" + "9" * 400,
]


def _body(kind: str) -> tuple[bytes, str | None]:
    if kind == "good":
        return json.dumps(GOOD).encode(), "application/json"
    if kind == "int-amount":
        bad = {**GOOD, "items": [{"runeName": "A", "id": "1:0", "amount": 5}]}
        return json.dumps(bad).encode(), "application/json"
    if kind == "deep":
        return ("[" * 100_000 + "]" * 100_000).encode(), "application/json"
    if kind == "deep-parsable":  # shallow enough for json.loads, too deep to walk
        return ("[" * 900 + "]" * 900).encode(), "application/json"
    if kind == "html":
        return b"<html><body>502 Bad Gateway</body></html>", "text/html"
    if kind == "empty":
        return b"", None
    if kind == "echo-key":
        return json.dumps(f"bad key {KEY!r} {KEY.encode()!r}").encode(), "application/json"
    if kind == "huge-digits":
        bad = {**GOOD, "items": [{"runeName": "A", "id": "1:0", "amount": "0" * 5000 + "1"}]}
        return json.dumps(bad).encode(), "application/json"
    return b"\xff\xfe\x00garbage", "application/octet-stream"


answers = st.fixed_dictionaries(
    {
        "status": st.sampled_from(
            [
                200,
                201,
                204,
                301,
                302,
                400,
                401,
                403,
                404,
                408,
                409,
                418,
                429,
                429,
                429,
                499,
                500,
                502,
                503,
                520,
                529,
            ]
        ),
        "body": st.sampled_from(
            [
                "good",
                "int-amount",
                "deep",
                "deep-parsable",
                "html",
                "empty",
                "echo-key",
                "huge-digits",
                "junk",
            ]
        ),
        "retry_after": st.none() | st.sampled_from(HOSTILE_WAITS),
        "retry_after_ms": st.none() | st.sampled_from(HOSTILE_WAITS),
        "policy": st.none() | st.sampled_from(HOSTILE_POLICIES),
    }
)


class VirtualTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def build(answer: dict[str, Any], request: httpx.Request) -> httpx.Response:
    content, ctype = _body(answer["body"])
    headers = [("content-type", ctype)] if ctype else []
    for name, key in (
        ("Retry-After", "retry_after"),
        ("retry-after-ms", "retry_after_ms"),
        ("RateLimit-Policy", "policy"),
    ):
        if answer[key] is not None:
            headers.append((name, answer[key]))
    if answer["status"] in (301, 302):
        headers.append(("Location", f"https://evil.test/?k={KEY}"))
    return httpx.Response(answer["status"], headers=headers, content=content, request=request)


def drive(client: Xverse, clock: VirtualTime) -> tuple[Any, float]:
    """Run one balances_page call; return (result or XverseError, virtual seconds waited)."""
    started = clock.now
    flow = request_flow(client, RUNES, {"address": DEFAULT_ADDRESS})
    outcome: Any = None
    try:
        while True:
            step = flow.send(outcome)
            if isinstance(step, Sleep):
                assert step.seconds >= 0
                clock.now += step.seconds
                outcome = None
            else:
                assert isinstance(step, Send)
                outcome = _perform(client._http, step)  # the SDK's own reader, capped
    except StopIteration as stop:
        return stop.value, clock.now - started
    except XverseError as exc:
        return exc, clock.now - started


def texts(error: XverseError) -> Iterator[str]:
    yield str(error)
    yield repr(error)
    yield repr(getattr(error, "body", ""))
    yield repr(pickle.loads(pickle.dumps(error)).__dict__)  # noqa: S301 - our own bytes
    yield pickle.dumps(error).decode("latin-1")


@settings(
    derandomize=True,
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(hostile=st.lists(answers, min_size=1, max_size=4), retries=st.integers(0, ATTEMPTS - 1))
def test_a_hostile_server_never_hangs_leaks_or_breaks_the_client(
    hostile: list[dict[str, Any]], retries: int
) -> None:
    queue = list(hostile)

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["x-api-key"] == KEY
        if queue:
            return build(queue.pop(0), request)
        return httpx.Response(200, json=GOOD, request=request)

    clock = VirtualTime()
    http = httpx.Client(transport=httpx.MockTransport(handler), base_url="https://api.test")
    client = Xverse(KEY, http_client=http, max_retries=retries)
    client._settings.pacer.clock = clock

    result, waited = drive(client, clock)
    assert waited <= BOUND, (waited, hostile)
    if isinstance(result, XverseError):
        for text in texts(result):
            assert KEY not in text, text[:300]
    else:
        assert result.items[0].amount in (5, 1)  # the good body, or huge-digits judged by value

    queue.clear()  # from now on the server is good
    pacer = client._settings.pacer
    # what the server asked for and the client agreed to honour (a Retry-After of at
    # most MAX_RETRY_AFTER, an announced pace): the only wait a good call may meet
    owed = max(0.0, pacer._hold_until - clock.now, pacer._next - clock.now)
    assert owed <= MAX_RETRY_AFTER, (owed, hostile)
    second, waited = drive(client, clock)
    if isinstance(second, RateLimitError):  # a refused wait is running: fail fast
        assert waited <= 1.0, (waited, hostile)
        assert second.retry_after is not None
        assert second.retry_after > 0
        clock.now += second.retry_after + 0.001
        second, waited = drive(client, clock)
    assert not isinstance(second, XverseError), (second, hostile)
    assert second.items[0].amount == 5
    # within a second, beyond waiting for what the server asked and the client honours
    assert waited <= owed + 1.0, (waited, owed, hostile)
    third, waited = drive(client, clock)
    assert not isinstance(third, XverseError)
    assert waited <= MAX_RETRY_AFTER + 1.0
