"""Backoff maths, Retry-After parsing and the pacer: pure, so tested without I/O."""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import threading
import time

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from xverse_api._constants import MAX_RETRY_AFTER, MAX_RETRY_DELAY
from xverse_api._retry import (
    MIN_RATE,
    RETRY_AFTER_CEILING,
    Pacer,
    PacerRefused,
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
        ({"retry-after": "nan"}, None),
        # hostile: absurd or non-finite waits count as the ceiling, never inf
        ({"retry-after": "3600"}, 3600.0),
        ({"retry-after": "inf"}, RETRY_AFTER_CEILING),
        ({"retry-after": "1e308"}, RETRY_AFTER_CEILING),
        ({"retry-after": "9" * 400}, RETRY_AFTER_CEILING),
        ({"retry-after": "Fri, 31 Dec 9999 23:59:59 GMT"}, RETRY_AFTER_CEILING),
        ({"retry-after": "Fri, 31 Dec 99999 23:59:59 GMT"}, None),
        ({"retry-after-ms": "inf"}, RETRY_AFTER_CEILING),
        ({"retry-after-ms": "1e308"}, RETRY_AFTER_CEILING),
        ({"retry-after-ms": "-inf", "retry-after": "2"}, 2.0),
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
        # several items: the tightest short window wins; quotas over long windows do not pace
        ('"burst";q=100;w=10, "daily";q=1000;w=86400', 10.0),
        ('"a,b";q=4;w=1, "c";q=6;w=2', 3.0),
        ('"default";q=1;w=86400', None),  # issue 10 row 4: blocked 24 h before
        ('"default";q=1e-10;w=1', None),  # issue 10 row 4: OverflowError before
        ('"default";q=inf;w=1', None),
        ('"default";q=nan;w=1', None),
        ('"default";q=5;w=inf', None),
        ('"default";q=1;w=60', 1 / 60),
        ('"default";q=1;w=61', None),
        ("q=10;w=1;W=5", 10.0),
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
    assert pacer.acquire() == 0.0


def test_a_silent_server_is_approached_on_a_ramp_then_not_paced() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    assert pacer.acquire() == 0.0
    pacer.observe(response(200), None)  # one success
    gap = 1 / (Pacer.RAMP_START + Pacer.RAMP_GAIN)
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == pytest.approx(gap)  # spaced while nothing is known
    for _ in range(Pacer.RAMP_FREE):
        pacer.observe(response(200), None)
    clock.now += 1
    assert [pacer.acquire() for _ in range(3)] == [0.0, 0.0, 0.0]  # took it all: unpaced
    assert pacer.rate is None


def answer_at(pacer: Pacer, clock: FakeClock, at: float, status: int = 200) -> None:
    """Send one request at ``at`` (ignoring the pace) and have it answered at once."""
    clock.now = at
    while pacer.acquire() > 0:
        pacer._next = 0.0  # the test, not the pacer, decides when requests go
    pacer.observe(response(status), 1.0 if status == 429 else None)


def test_the_first_429_sets_the_pace_to_what_got_through() -> None:
    """Burst of 5 at t=0..0.1 then a 429 at 0.2: a 5 req/s bucket (burst 5)."""
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    for i in range(5):
        answer_at(pacer, clock, 100 + i * 0.02)
    answer_at(pacer, clock, 100.2, 429)
    # ok=5 in 0.2 s after a 1 s burst: min(6 / 1.2, 5 / 1) = 5, less the 2% margin
    assert pacer.rate == pytest.approx(5 * Pacer.MARGIN)
    assert pacer.acquire() == pytest.approx(1.0)  # Retry-After holds everyone
    clock.now += 1.0
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == pytest.approx(1 / (5 * Pacer.MARGIN))


def test_a_slow_start_is_not_counted_against_the_server() -> None:
    """While the pace is below the server's rate its bucket is full and loses the refill;
    the estimate starts where the successes came thickest."""
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    for i in range(5):  # slow: 1 a second, the bucket stays full
        answer_at(pacer, clock, 100 + i * 0.9)
    for i in range(40):  # then fast: 40 in 0.4 s
        answer_at(pacer, clock, 104 + i * 0.01)
    answer_at(pacer, clock, 104.4, 429)
    rate = pacer.rate
    assert rate is not None
    # counted from the very start it would be 45 / 5.4 = 8.3; from the fast part ~ 28
    assert rate > 25


def test_429s_to_requests_sent_before_the_cut_do_not_cut_again() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    for i in range(20):
        answer_at(pacer, clock, 100 + i * 0.01)
    clock.now = 100.3
    for _ in range(3):  # three more out when the first 429 comes back
        pacer._next = 0.0
        assert pacer.acquire() == 0.0
    pacer.observe(response(429), None)
    first = pacer.rate
    assert first is not None
    for _ in range(2):  # the other two sent before the cut: no 10% cut, only the estimate
        pacer.observe(response(429), None)  # tightens as fewer requests are out
    ok, age = pacer._tightest(100.3, pacer._epoch_ok, 100.3 - pacer._epoch_start)
    assert pacer.rate == pytest.approx(min((ok + 1) / (1 + age), ok) * Pacer.MARGIN)
    first = pacer.rate
    clock.now += 5
    pacer._next = 0.0
    pacer.acquire()
    pacer.observe(response(429), None)  # sent after: the pace was still too fast
    assert pacer.rate is not None
    assert pacer.rate < first * 0.95


def test_a_429_before_any_success_starts_the_ramp_again() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    assert pacer.acquire() == 0.0
    pacer.observe(response(429), 1.0)
    assert pacer.rate is None  # nothing got through: nothing to learn from
    assert pacer.acquire() == pytest.approx(1.0)  # but the hold applies
    clock.now += 1.0
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == pytest.approx(1 / Pacer.RAMP_START)


def test_a_learnt_pace_rises_slowly_only_while_requests_wait_for_it() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    answer_at(pacer, clock, 100.0)
    answer_at(pacer, clock, 100.01, 429)
    learnt = pacer.rate
    assert learnt is not None
    clock.now += Pacer.RECOVER_AFTER + 1
    pacer.observe(response(200), None)
    assert pacer.rate == learnt  # nobody waited for the pace: no reason to raise it
    pacer.acquire()
    assert pacer.acquire() > 0  # now someone waits
    pacer.observe(response(200), None)
    assert pacer.rate == pytest.approx(learnt * Pacer.RECOVER_STEP)
    pacer.observe(response(200), None)
    assert pacer.rate == pytest.approx(learnt * Pacer.RECOVER_STEP)  # once per period


def test_a_pace_never_falls_below_the_floor() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    answer_at(pacer, clock, 100.0)
    answer_at(pacer, clock, 100.0, 429)
    for _ in range(200):
        clock.now += 1
        pacer._next = 0.0
        pacer.acquire()
        pacer.observe(response(429), None)
    assert pacer.rate == MIN_RATE
    assert 0 < pacer.acquire() <= 1 / MIN_RATE


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


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), float("inf"), 1e-300])
def test_pacer_refuses_a_rate_that_is_not_a_finite_pace(bad: float) -> None:
    with pytest.raises(ValueError, match="rate_limit"):
        Pacer(bad)


@pytest.mark.parametrize("bad", ["fast", True])
def test_pacer_refuses_a_rate_that_is_not_a_number(bad: object) -> None:
    with pytest.raises(TypeError, match="rate_limit"):
        Pacer(bad)  # type: ignore[arg-type]


def test_announced_policy_sets_the_pace() -> None:
    pacer = Pacer(clock=FakeClock())
    pacer.observe(response(200, {"ratelimit-policy": '"default";q=20;w=1'}), None)
    assert pacer.rate == 20.0
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == pytest.approx(0.05)


def test_an_announced_pace_is_not_learnt_over() -> None:
    pacer = Pacer(clock=FakeClock())
    policy = {"ratelimit-policy": "3;w=1"}
    pacer.observe(response(200, policy), None)
    pacer.observe(response(429, policy), 1.0)
    assert pacer.rate == 3.0
    assert pacer.acquire() == pytest.approx(1.0)


def test_fixed_rate_is_kept_on_429_but_the_hold_applies() -> None:
    pacer = Pacer(10.0, clock=FakeClock())
    pacer.observe(response(429), 1.0)
    assert pacer.rate == 10.0
    assert pacer.acquire() == pytest.approx(1.0)


def test_plain_success_changes_nothing() -> None:
    pacer = Pacer(clock=FakeClock())
    pacer.observe(response(200), None)
    assert pacer.rate is None


# --- issue 10 rows 2-4: waits the client will not honour ---------------------------------


@pytest.mark.parametrize("wait", [3600.0, RETRY_AFTER_CEILING])
def test_a_wait_beyond_the_cap_fails_later_calls_fast_until_it_has_passed(wait: float) -> None:
    """Row 2: Retry-After 3600 used to hold every later call for an hour."""
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    pacer.observe(response(429, {"retry-after": str(wait)}), wait)
    with pytest.raises(PacerRefused) as info:
        pacer.acquire()
    assert info.value.retry_after == pytest.approx(wait)
    assert info.value.response.status_code == 429
    clock.now += wait / 2
    with pytest.raises(PacerRefused) as info:
        pacer.acquire()
    assert info.value.retry_after == pytest.approx(wait / 2)
    clock.now += wait / 2
    assert pacer.acquire() == 0.0  # the time has passed: calls go again


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "inf"},
        {"retry-after": "1e308"},
        {"retry-after": "Fri, 31 Dec 9999 23:59:59 GMT"},
        {"retry-after-ms": "inf"},
    ],
)
def test_a_non_finite_wait_never_reaches_a_sleep(headers: dict[str, str]) -> None:
    """Row 3: these used to make every later call raise OverflowError."""
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    wait = parse_retry_after(httpx.Headers(headers))
    pacer.observe(response(429, headers), wait)
    with pytest.raises(PacerRefused) as info:
        pacer.acquire()
    assert info.value.retry_after == RETRY_AFTER_CEILING
    clock.now += RETRY_AFTER_CEILING
    assert pacer.acquire() == 0.0


@pytest.mark.parametrize("policy", ['"default";q=1;w=86400', '"default";q=1e-10;w=1'])
def test_a_long_window_quota_does_not_block_later_calls(policy: str) -> None:
    """Row 4: the third call used to block 24 h (or raise OverflowError)."""
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    waits = []
    for _ in range(3):
        while (wait := pacer.acquire()) > 0:
            waits.append(wait)
            clock.now += wait
        pacer.observe(response(200, {"ratelimit-policy": policy}), None)
    assert pacer.rate is None
    assert all(w <= MAX_RETRY_AFTER for w in waits)


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


# --- property: hostile rate headers ---------------------------------------------------------

_hostile_number = st.one_of(
    st.sampled_from(["inf", "-inf", "nan", "1e308", "1e999", "-0", "0", "1e-300", "9" * 400]),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.text(max_size=12),
)
_hostile_date = st.datetimes(
    min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)
).map(lambda d: email.utils.format_datetime(d.replace(tzinfo=dt.UTC), usegmt=True))
_hostile_policy = st.builds(
    "{}q={};w={}".format,
    st.sampled_from(["", '"default";', "x;", '"a,b";']),
    _hostile_number,
    _hostile_number,
) | st.text(max_size=40)
_hostile_headers = st.fixed_dictionaries(
    {},
    optional={
        "retry-after": _hostile_number | _hostile_date,
        "retry-after-ms": _hostile_number,
        "ratelimit-policy": _hostile_policy,
    },
)


def _sendable(headers: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if v.isprintable() and v.isascii()}


@settings(derandomize=True, max_examples=400, deadline=None)
@given(
    answers=st.lists(
        st.tuples(st.sampled_from([200, 429]), _hostile_headers.map(_sendable)),
        min_size=1,
        max_size=6,
    ),
    fixed=st.none() | st.sampled_from([0.5, 20.0]),
)
def test_hostile_rate_headers_never_break_the_pacer(
    answers: list[tuple[int, dict[str, str]]], fixed: float | None
) -> None:
    clock = FakeClock()
    pacer = Pacer(fixed, clock=clock)
    refuse_until = -math.inf
    for status, raw in answers:
        headers = httpx.Headers(raw)
        wait = parse_retry_after(headers)
        assert wait is None or (math.isfinite(wait) and 0 <= wait <= RETRY_AFTER_CEILING)
        rate = rate_from_headers(headers)
        assert rate is None or (math.isfinite(rate) and rate >= MIN_RATE)
        if clock.now < refuse_until:  # a refused wait runs: fail fast, saying how long
            with pytest.raises(PacerRefused) as refused:
                pacer.acquire()
            assert math.isfinite(refused.value.retry_after)
            assert 0 < refused.value.retry_after <= RETRY_AFTER_CEILING
        else:
            got = pacer.acquire()
            assert math.isfinite(got)
            assert 0 <= got <= max(MAX_RETRY_AFTER, 1 / fixed if fixed else 0)
        pacer.observe(httpx.Response(status, headers=headers), wait if status == 429 else None)
        if status == 429 and wait is not None and wait > MAX_RETRY_AFTER:
            refuse_until = max(refuse_until, clock.now + wait)
        clock.now += 0.5


def test_a_request_that_wakes_late_does_not_push_back_later_slots() -> None:
    clock = FakeClock()
    pacer = Pacer(10.0, clock=clock)
    assert pacer.acquire() == 0.0
    clock.now += pacer.acquire()  # on time for the next slot
    assert pacer.acquire() == 0.0
    due = clock.now + 0.1
    clock.now += 0.115  # woke 15 ms late (within the slack)
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == pytest.approx(due + 0.1 - clock.now)  # as scheduled
    clock.now += 1.0  # a pause is not a late request: the schedule starts afresh
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == pytest.approx(0.1)


def test_at_a_slow_pace_a_late_request_never_brings_the_next_one_early() -> None:
    # A bucket of one request (1/s) answers 429 to any two requests closer than a second:
    # catching up on a late wake-up (100 ms is a quarter slot's slack at 0.4/s) would
    # bring the next one early, so beyond SLACK_MAX the schedule starts afresh.
    clock = FakeClock()
    pacer = Pacer(0.4, clock=clock)
    assert pacer.acquire() == 0.0
    clock.now += pacer.acquire()
    assert pacer.acquire() == 0.0
    clock.now += 2.5 + 0.1  # 100 ms late
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == pytest.approx(2.5)  # a whole slot after the late one
