"""Retry and pacing policy: pure maths and bookkeeping, no I/O.

Written here rather than taken from httpx-retries, stamina or tenacity: retrying has to
map every failure to our typed errors, refuse (not sleep through) a Retry-After beyond
the cap, and feed one pacer shared by every request of a client, sync or async. The
libraries either work below the status mapping (httpx-retries is a transport) or would
need the same glue around them plus two copies of the loop; the policy is ~100 lines.
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from collections.abc import Callable

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY, RETRY_JITTER, RETRY_STATUSES

__all__ = ["Pacer", "backoff_delay", "is_retryable_status", "parse_retry_after"]


def is_retryable_status(status_code: int) -> bool:
    """408, 409, 429 and every 5xx are worth another try."""
    return status_code in RETRY_STATUSES or status_code >= 500


def backoff_delay(
    attempt: int,
    random: Callable[[], float],
    *,
    initial: float = INITIAL_RETRY_DELAY,
    maximum: float = MAX_RETRY_DELAY,
) -> float:
    """Seconds before retry number ``attempt`` (0-based): exponential, capped, jittered."""
    return min(initial * 2.0**attempt, maximum) * (1.0 - RETRY_JITTER * random())


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """The wait a response asks for: ``retry-after-ms``, else ``Retry-After`` (seconds or
    an HTTP date). None when absent or unreadable; never negative."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            ms = float(raw_ms)
        except ValueError:
            ms = float("nan")
        if ms >= 0:  # also False for nan
            return ms / 1000.0
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    if raw.isdigit():
        return float(raw)
    try:
        seconds = float(raw)
    except ValueError:
        pass
    else:
        return seconds if seconds >= 0 else None
    import email.utils  # noqa: PLC0415 - only HTTP-date answers need the email package

    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


_POLICY_QUOTA = re.compile(r"(?:^|[;,\s])q=(\d+(?:\.\d+)?)|^\s*(\d+(?:\.\d+)?)")
_POLICY_WINDOW = re.compile(r"(?:^|;)\s*w=(\d+(?:\.\d+)?)")


def rate_from_headers(headers: httpx.Headers) -> float | None:
    """Requests per second announced by the server, if it says so.

    Reads the IETF ``RateLimit-Policy`` header (``"default";q=20;w=1`` or ``20;w=1``).
    """
    policy = headers.get("ratelimit-policy")
    if not policy:
        return None
    quota_match = _POLICY_QUOTA.search(policy)
    window_match = _POLICY_WINDOW.search(policy)
    if not quota_match:
        return None
    quota = float(quota_match.group(1) or quota_match.group(2))
    window = float(window_match.group(1)) if window_match else 1.0
    if quota <= 0 or window <= 0:
        return None
    return quota / window


class Pacer:
    """Spaces requests so a client stays under the server's rate limit.

    Shared by every request of one client, across threads and tasks. ``acquire`` either
    books the next slot (returns 0.0: send now) or says how long to wait before asking
    again; nothing is booked for a waiting request, so a pace learnt meanwhile applies
    to it. The rate is the caller's ``rate_limit`` if given; otherwise it is learnt:
    from a ``RateLimit-Policy`` header when the server sends one, and from 429s (the pace
    of the answers that got through in the last second, less 10%; then creeping back up
    while answers succeed). A 429 with ``Retry-After`` holds every request until then.
    Until the first answer arrives only one request is out, so a burst does not outrun
    what that answer may teach (the others look again every ``PROBE`` seconds).
    """

    WINDOW = 1.0  # seconds of history used to estimate the pace that drew a 429
    PROBE = 0.005  # how often requests waiting for the first answer look again
    PROBE_TIMEOUT = 5.0  # a probe unanswered this long (cancelled, say) is given up

    def __init__(self, rate: float | None = None, *, clock: Callable[[], float] = time.monotonic):
        if rate is not None and not rate > 0:
            raise ValueError("rate_limit must be a positive number of requests per second")
        self._fixed = rate is not None
        self._interval = 1.0 / rate if rate else 0.0
        self._next = 0.0
        self._hold_until = 0.0
        self._answered = self._fixed  # a given rate needs no probe
        self._probing = False
        self._probe_since = 0.0
        self._learnt = False  # the pace came from 429s, so it may creep back up
        self._ok: deque[float] = deque(maxlen=4096)
        self._lock = threading.Lock()
        self.clock = clock

    @property
    def rate(self) -> float | None:
        """The pace in force, in requests per second (None: unpaced)."""
        return 1.0 / self._interval if self._interval else None

    def acquire(self) -> float:
        """0.0: a slot is booked, send now. Otherwise: wait that long and ask again."""
        with self._lock:
            now = self.clock()
            if not self._answered:
                if self._probing and now - self._probe_since < self.PROBE_TIMEOUT:
                    return self.PROBE
                self._probing, self._probe_since = True, now
            start = max(self._next, self._hold_until)
            if now < start:
                if not self._answered:
                    self._probing = False
                return start - now
            self._next = now + self._interval
            return 0.0

    def failed(self) -> None:
        """A request got no answer (connection error): let another one probe."""
        with self._lock:
            self._probing = False

    def observe(self, response: httpx.Response, retry_after: float | None) -> None:
        """Learn from a response: announced policy, 429s and their Retry-After."""
        announced = None if self._fixed else rate_from_headers(response.headers)
        with self._lock:
            now = self.clock()
            self._answered, self._probing = True, False
            if response.status_code != 429:
                self._ok.append(now)
                if announced is not None:
                    self._interval, self._learnt = 1.0 / announced, False
                elif self._learnt:
                    # additive increase: about one more request/second per second of
                    # traffic, so one 429 long ago does not throttle a client for good
                    rate = 1.0 / self._interval
                    self._interval = 1.0 / (rate + 1.0 / rate)
                return
            if announced is not None:
                self._interval, self._learnt = 1.0 / announced, False
            elif not self._fixed:
                self._learnt = True
                passed = sum(1 for t in self._ok if now - t <= self.WINDOW)
                pace = max(1.0, 0.9 * passed / self.WINDOW)
                current = self.rate
                self._interval = 1.0 / (min(pace, current) if current else pace)
            if retry_after is not None:
                self._hold_until = max(self._hold_until, now + retry_after)
