"""Backoff maths, Retry-After parsing and the pacer: pure, so tested without I/O."""

from __future__ import annotations

import email.utils
import threading
import time

import httpx
import pytest
from xverse_api._constants import MAX_RETRY_DELAY
from xverse_api._retry import (
    Pacer,
    backoff_delay,
    is_retryable_status,
    parse_retry_after,
    rate_from_headers,
)


@pytest.mark.parametrize(
    ("code", "retry"),
    [
        (408, True),
        (409, True),
        (429, True),
        (500, True),
        (503, True),
        (520, True),
        (599, True),
        (400, False),
        (401, False),
        (403, False),
        (404, False),
        (418, False),
        (499, False),
    ],
)
def test_retryable_statuses(code: int, retry: bool) -> None:
    assert is_retryable_status(code) is retry


def test_backoff_doubles_caps_and_jitters_down_by_at_most_a_quarter() -> None:
    assert [backoff_delay(n, lambda: 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff_delay(0, lambda: 1.0) == pytest.approx(0.375)
    assert backoff_delay(50, lambda: 0.5) == pytest.approx(MAX_RETRY_DELAY * 0.875)
    assert backoff_delay(1, lambda: 0.0, initial=0.01) == pytest.approx(0.02)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": " 7 "}, 7.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "nan", "retry-after": "9"}, 9.0),
        ({"retry-after-ms": "x", "retry-after": "2"}, 2.0),
        ({"retry-after-ms": "-5", "retry-after": "2"}, 2.0),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00"}, None),  # no zone: unreadable
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers)) == expected


def test_retry_after_http_date_is_seconds_from_now_and_never_negative() -> None:
    now = 1_700_000_000.0
    later = email.utils.formatdate(now + 42, usegmt=True)
    assert parse_retry_after(httpx.Headers({"retry-after": later}), now=now) == pytest.approx(42)
    earlier = email.utils.formatdate(now - 42, usegmt=True)
    assert parse_retry_after(httpx.Headers({"retry-after": earlier}), now=now) == 0.0
    assert parse_retry_after(httpx.Headers({"retry-after": later})) == 0.0  # real clock: past


@pytest.mark.parametrize(
    ("policy", "rate"),
    [
        ('"default";q=20;w=1', 20.0),
        ("100;w=10", 10.0),
        ("5", 5.0),
        ('"burst";q=0;w=1', None),
        ("q=10;w=0", None),
        ("garbage", None),
        ("", None),
    ],
)
def test_rate_from_ratelimit_policy(policy: str, rate: float | None) -> None:
    assert rate_from_headers(httpx.Headers({"ratelimit-policy": policy})) == rate


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def response(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers)


def test_before_the_first_answer_one_request_probes_the_rest_wait() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    assert pacer.acquire() == 0.0  # the probe goes
    assert pacer.acquire() == Pacer.PROBE  # the others look again shortly
    assert pacer.acquire() == Pacer.PROBE
    pacer.observe(response(200), None)  # an answer with no policy: the server sets no pace
    assert pacer.rate is None
    assert [pacer.acquire() for _ in range(3)] == [0.0, 0.0, 0.0]


def test_a_failed_probe_lets_another_request_probe() -> None:
    pacer = Pacer(clock=FakeClock())
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == Pacer.PROBE
    pacer.failed()
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == Pacer.PROBE


def test_a_probe_that_never_returns_is_given_up() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    assert pacer.acquire() == 0.0
    clock.now += Pacer.PROBE_TIMEOUT
    assert pacer.acquire() == 0.0


def test_fixed_rate_spaces_slots_and_ignores_announcements() -> None:
    clock = FakeClock()
    pacer = Pacer(4.0, clock=clock)
    assert pacer.acquire() == 0.0  # a given rate needs no probe
    assert pacer.acquire() == 0.25  # nothing booked: ask again in 0.25 s
    assert pacer.acquire() == 0.25
    clock.now += 0.25
    assert pacer.acquire() == 0.0
    pacer.observe(response(200, {"ratelimit-policy": "100;w=1"}), None)
    assert pacer.rate == 4.0
    clock.now += 10  # idle time is not banked as a burst
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == 0.25


@pytest.mark.parametrize("bad", [0, -1.0])
def test_pacer_refuses_a_non_positive_rate(bad: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        Pacer(bad)


def test_announced_policy_sets_the_pace() -> None:
    pacer = Pacer(clock=FakeClock())
    pacer.observe(response(200, {"ratelimit-policy": '"default";q=20;w=1'}), None)
    assert pacer.rate == 20.0
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == pytest.approx(0.05)


def test_a_429_learns_the_pace_and_holds_everyone_for_retry_after() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    for _ in range(30):  # 30 answers got through in this second
        pacer.observe(response(200), None)
    clock.now += 0.5
    pacer.observe(response(429), 2.0)
    assert pacer.rate == pytest.approx(27.0)  # 90% of the pace that got through
    assert pacer.acquire() == pytest.approx(2.0)  # held until Retry-After
    clock.now += 2.0
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == pytest.approx(1 / 27.0)
    clock.now += 5
    pacer.observe(response(429), None)  # no Retry-After: slows, does not hold
    assert pacer.rate is not None
    assert pacer.rate < 27.0
    assert pacer.acquire() == 0.0


def test_a_pace_learnt_from_429s_recovers_while_answers_succeed() -> None:
    pacer = Pacer(clock=FakeClock())
    pacer.observe(response(429), None)
    assert pacer.rate == 1.0
    rates = []
    for _ in range(20):
        pacer.observe(response(200), None)
        rates.append(pacer.rate)
    assert rates == sorted(rates)
    assert rates[0] == pytest.approx(2.0)
    assert 6.0 < rates[-1] < 7.0  # about sqrt(2n): one more per second of traffic
    pacer.observe(response(200, {"ratelimit-policy": "3;w=1"}), None)
    assert pacer.rate == 3.0  # an announcement wins, and is not crept past
    pacer.observe(response(200), None)
    assert pacer.rate == 3.0


def test_a_429_with_few_recent_requests_never_goes_below_one_per_second() -> None:
    pacer = Pacer(clock=FakeClock())
    pacer.observe(response(429), None)
    assert pacer.rate == 1.0


def test_fixed_rate_is_kept_on_429_but_the_hold_applies() -> None:
    pacer = Pacer(10.0, clock=FakeClock())
    pacer.observe(response(429), 1.0)
    assert pacer.rate == 10.0
    assert pacer.acquire() == pytest.approx(1.0)


def test_plain_success_changes_nothing() -> None:
    pacer = Pacer(clock=FakeClock())
    pacer.observe(response(200), None)
    assert pacer.rate is None


def test_grants_across_threads_keep_the_pace() -> None:
    pacer = Pacer(500.0)  # real clock: 2 ms apart
    grants: list[float] = []
    lock = threading.Lock()

    def grab() -> None:
        for _ in range(25):
            while (wait := pacer.acquire()) > 0:
                time.sleep(wait)
            with lock:
                grants.append(pacer.clock())

    threads = [threading.Thread(target=grab) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    grants.sort()
    assert len(grants) == 100
    # 100 grants at 500/s span at least 99 slots, however the threads interleave
    assert grants[-1] - grants[0] >= 99 * 0.002 * 0.95
