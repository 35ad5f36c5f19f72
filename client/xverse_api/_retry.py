"""Retry and pacing policy: pure maths and bookkeeping, no I/O (a fleet store, when one
is given, does its own: see ``_fleet.py``).

Written here rather than taken from httpx-retries, stamina or tenacity: retrying has to
map every failure to our typed errors, refuse (not sleep through) a Retry-After beyond
the cap, and feed one pacer shared by every request of a client, sync or async. The
libraries either work below the status mapping (httpx-retries is a transport) or would
need the same glue around them plus two copies of the loop. Sharing one pace across
processes is where a library fits, and one is used: pyrate-limiter's GCRA over Redis.

One concern at about 500 lines, the client's policy towards a server's limits: what the
server says (status, ``Retry-After``, ``retry-after-ms``, rate-limit headers) and what the
client then does (back off, wait, or pace every later request). The parsers exist for
the :class:`Pacer` and the retry loop alike, and both must read a header the same way.
"""

from __future__ import annotations

import email.utils
import logging
import math
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Final, Protocol

import httpx

from ._constants import (
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_JITTER,
    RETRY_STATUSES,
)
from ._errors import RateLimitError, parse_error_body, status_error

__all__ = [
    "MAX_CLOCK_SKEW",
    "MAX_POLICY_WINDOW",
    "RETRY_AFTER_CEILING",
    "Booking",
    "Pacer",
    "PacerRefused",
    "SharedPace",
    "SharedPaceError",
    "backoff_delay",
    "is_retryable_status",
    "parse_retry_after",
    "rate_from_headers",
]

logger: Final = logging.getLogger("xverse_api")

#: The longest wait a header can ask of this client. Longer ones, and ones that are not a
#: finite number (``inf``, ``1e999``, a date in year 9999), count as this much: the call
#: raises RateLimitError at once and later calls fail fast until the time has passed.
RETRY_AFTER_CEILING: Final = 86_400.0
#: A ``RateLimit-Policy`` item with a longer window is a quota, not a pace: it is not
#: paced (the server's 429 and Retry-After say when it runs out).
MAX_POLICY_WINDOW: Final = MAX_RETRY_AFTER
#: The slowest announced or learnt pace the pacer keeps: one request per MAX_RETRY_AFTER.
MIN_RATE: Final = 1.0 / MAX_RETRY_AFTER
#: The slowest ``rate_limit=`` accepted: one request a day.
MIN_FIXED_RATE: Final = 1.0 / 86_400.0
#: What a fleet's clocks may be out of step by (seconds): a shared value further off
#: than this is not believed.
MAX_CLOCK_SKEW: Final = 1.0
#: The fastest shared learnt pace believed (requests per second).
MAX_SHARED_RATE: Final = 1e6


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
    # 2**64 is past any cap already; a larger exponent would overflow a float
    return min(initial * 2.0 ** min(attempt, 64), maximum) * (1.0 - RETRY_JITTER * random())


def _number(raw: str) -> float | None:
    try:
        return float(raw)
    except ValueError:
        return None


def _wait(seconds: float | None) -> float | None:
    """A readable wait: None for NaN or negative, at most RETRY_AFTER_CEILING."""
    if seconds is None or math.isnan(seconds) or seconds < 0:
        return None
    return min(seconds, RETRY_AFTER_CEILING)


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """The wait a response asks for: ``retry-after-ms``, else ``Retry-After`` (seconds or
    an HTTP date). None when absent or unreadable; otherwise finite, between 0 and
    RETRY_AFTER_CEILING."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        ms = _number(raw_ms)
        if (wait := _wait(None if ms is None else ms / 1000.0)) is not None:
            return wait
    raw = headers.get("retry-after")
    if raw is None:
        return None
    seconds = _number(raw)
    if seconds is not None:
        return _wait(seconds)
    try:
        when = email.utils.parsedate_to_datetime(raw.strip())
        if when.tzinfo is None:
            return None
        at = when.timestamp()
    except (TypeError, ValueError, IndexError, OverflowError, AttributeError):
        return None
    current = time.time() if now is None else now
    return _wait(max(0.0, at - current))


_QUOTED: Final = re.compile(r'"(?:[^"\\]|\\.)*"')


def _policy_item_rate(item: str) -> float | None:
    head: str | None = None
    params: dict[str, str] = {}
    for part in (p.strip() for p in item.split(";")):
        name, eq, value = part.partition("=")
        if eq:
            params.setdefault(name.strip().lower(), value.strip())
        elif head is None:
            head = part
    raw_quota = params.get("q", head if head and head != '""' else None)
    quota = None if raw_quota is None else _number(raw_quota)
    window = _number(params.get("w", "1"))
    if quota is None or window is None or not math.isfinite(quota) or not quota > 0:
        return None
    if not 0 < window <= MAX_POLICY_WINDOW:
        return None  # a long-window quota is not a pace; NaN and inf fail here too
    rate = quota / window
    return rate if rate >= MIN_RATE else None


def rate_from_headers(headers: httpx.Headers) -> float | None:
    """Requests per second announced by the server, if it says so.

    Reads the IETF ``RateLimit-Policy`` header: a list of items such as
    ``"default";q=20;w=1`` or (older drafts) ``20;w=1``. The tightest item whose window
    is at most MAX_POLICY_WINDOW seconds and whose pace is at least MIN_RATE wins;
    longer-window quotas (``q=1000;w=86400``) and absurd values are ignored.
    """
    policy = headers.get("ratelimit-policy")
    if not policy:
        return None
    # commas inside quoted item names must not split items
    rates = [
        rate
        for item in _QUOTED.sub('""', policy).split(",")
        if (rate := _policy_item_rate(item)) is not None
    ]
    return min(rates) if rates else None


class SharedPaceError(Exception):
    """Raised by a :class:`SharedPace` that cannot reach its store."""


class SharedPace(Protocol):
    """A pace shared by every client that uses the same store (see ``_fleet.py``).

    Every method raises :class:`SharedPaceError` when the store is unreachable.
    """

    def take(self, interval: float) -> float:
        """Book the next slot at this spacing (seconds): 0.0, or how long to wait."""

    def succeeded(self) -> int:
        """Count one success; return the successes of the current burst epoch."""

    def epoch(self) -> tuple[int, float]:
        """Successes of the current burst epoch and its age in seconds."""

    def publish(self, rate: float | None, hold: float) -> None:
        """Share a learnt pace (lowered only) and a hold (seconds from now, raised only)."""

    def read(self) -> tuple[float | None, float]:
        """The shared learnt pace (None: none) and the hold left, in seconds."""


class Booking:
    """From :meth:`Pacer.acquire_step`: before this request may go, book a slot in the
    fleet's shared schedule. :meth:`run` is the store's round trip (blocking: the async
    driver runs it off the event loop); its outcome goes back to :meth:`Pacer.booked`."""

    __slots__ = ("interval", "shared")

    def __init__(self, shared: SharedPace, interval: float) -> None:
        self.shared = shared
        self.interval = interval

    def run(self) -> float:
        return self.shared.take(self.interval)


class PacerRefused(Exception):
    """From :meth:`Pacer.acquire`: a server asked for a wait beyond MAX_RETRY_AFTER that
    has not passed yet. :meth:`error` is the RateLimitError the caller should see."""

    def __init__(self, retry_after: float, response: httpx.Response) -> None:
        super().__init__(f"rate limited for another {retry_after:.0f} s")
        self.retry_after = retry_after
        self.response = response

    def error(self, secret: str | None = None) -> RateLimitError:
        first = status_error(self.response, parse_error_body(self.response), secret=secret)
        return RateLimitError(
            f"not sent: an earlier answer asked to wait {self.retry_after:.0f} s more, longer "
            f"than the {MAX_RETRY_AFTER:g} s this client waits; try again after that. "
            f"That answer was: {first.message}",
            response=self.response,
            body=first.body,
            retry_after=self.retry_after,
        )


def _sent_ago(response: httpx.Response) -> float:
    """Seconds from sending the request to its answer (0 when httpx did not time it)."""
    try:
        return max(0.0, response.elapsed.total_seconds())
    except RuntimeError:  # a response built by hand, not sent through a client
        return 0.0


class Pacer:
    """Spaces requests so a client stays under the server's rate limit.

    Shared by every request of one client, across threads and tasks; with a
    :class:`SharedPace`, by every client of a fleet. ``acquire`` either books the next
    slot (returns 0.0: send now), says how long to wait before asking again (never more
    than MAX_RETRY_AFTER), or raises :class:`PacerRefused` while a wait the client will
    not honour is running.

    The pace is the caller's ``rate_limit`` if given; else the tightest short-window
    ``RateLimit-Policy`` the server announces; else it is learnt from 429s:

    - Until the first answer only one request is out (the probe). Then, while nothing
      is known, the pace ramps up from RAMP_START by RAMP_GAIN per success (it doubles
      about every 14 ms of traffic), so the first 429 meets a few requests in flight,
      not a whole burst. A server that takes RAMP_FREE answers unhurt is not paced.
    - At a 429 the pace becomes what got through: the successes of this burst epoch
      (and the requests still out) over its age plus BURST. The server is assumed to
      allow one second's worth at once, then its steady rate; an epoch starts after
      BURST seconds of quiet, when such a bucket is full again.
    - The learnt pace is kept, rising by RECOVER_STEP only after RECOVER_AFTER seconds
      without a 429 while requests wait for it. A 429 that tells nothing new (the pace
      is already below the estimate) cuts it by 10%, unless it answers a request sent
      before the last cut.
    - A 429's Retry-After holds every request until then; one beyond MAX_RETRY_AFTER
      is not waited for: later requests fail fast (PacerRefused) until it has passed.
    """

    PROBE = 0.005  # how often requests waiting for the first answer look again
    PROBE_TIMEOUT = 5.0  # a probe unanswered this long (cancelled, say) is given up
    BURST = 1.0  # seconds' worth of requests a silent server is assumed to allow at once
    RAMP_START = 20.0  # requests/second after the first answer, while nothing is known
    RAMP_GAIN = 50.0  # requests/second added per success while ramping
    RAMP_FREE = 500  # a server that took this many answers without a 429 is not paced
    # A fleet ramps on the fleet's successes, gentler: its requests in flight (workers
    # times concurrency, each a Redis round trip slower) all meet the first 429.
    RAMP_GAIN_FLEET = 7.0
    RECOVER_AFTER = 30.0  # seconds without a 429 before a learnt pace rises
    RECOVER_STEP = 1.05
    CUT = 0.9  # a 429 the estimate cannot explain cuts the pace by this factor
    MARGIN = 0.98  # a learnt pace keeps this far under the estimate: jitter, clocks
    SYNC_EVERY = 0.1  # seconds between reads of a shared pace
    SLACK = 0.25  # a request this late (share of a slot) keeps to the schedule
    # ... but never more than this many seconds: at a slow pace a server's bucket holds
    # one request, and a slot taken early (to catch up on a late one) is a 429
    SLACK_MAX = 0.02

    def __init__(
        self,
        rate: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        shared: SharedPace | None = None,
    ) -> None:
        if rate is not None:
            if isinstance(rate, bool) or not isinstance(rate, int | float):
                raise TypeError("rate_limit must be a number of requests per second")
            if not (math.isfinite(rate) and rate >= MIN_FIXED_RATE):
                raise ValueError(
                    "rate_limit must be a finite number of requests per second, at least one a day"
                )
        self._fixed = None if rate is None else float(rate)
        self._announced: float | None = None
        self._learnt: float | None = None
        self._ramp_ok = 0
        self._unlimited = False
        self._next = 0.0
        self._hold_until = 0.0
        self._refuse_until = 0.0
        self._refused: httpx.Response | None = None
        self._answered = rate is not None  # a given rate needs no probe
        self._probing = False
        self._probe_since = 0.0
        self._epoch_start = 0.0
        self._epoch_ok = 0
        self._ok_times: deque[float] = deque(maxlen=2048)  # success times in this epoch
        self._last_activity = -math.inf
        self._in_flight = 0
        self._stale = 0  # answers still due to requests sent before the last cut
        self._last_cut = 0.0
        self._waited = False  # a request waited for the pace since the last change
        self._shared = shared
        self._synced = -math.inf
        self._lock = threading.Lock()
        self.clock = clock

    @property
    def fixed_rate(self) -> float | None:
        """The ``rate_limit=`` this pacer keeps (None: it learns the pace)."""
        return self._fixed

    @property
    def shared_pace(self) -> SharedPace | None:
        """The fleet's shared pace (Redis) this pacer uses, if any."""
        return self._shared

    @property
    def rate(self) -> float | None:
        """The pace in force, in requests per second (None: unpaced or still ramping)."""
        if self._fixed is not None:
            return self._fixed
        announced, learnt = self._announced, self._learnt
        if announced is None or learnt is None:
            return learnt if announced is None else announced
        return min(announced, learnt)

    @property
    def shared(self) -> bool:
        """Whether the pace is shared through a fleet store right now."""
        return self._shared is not None

    def _interval(self) -> float:
        rate = self.rate
        if rate is not None:
            return 1.0 / rate
        if self._unlimited or not self._answered:
            return 0.0
        gain = self.RAMP_GAIN if self._shared is None else self.RAMP_GAIN_FLEET
        return 1.0 / (self.RAMP_START + gain * self._ramp_ok)

    def _lost_store(self, exc: Exception) -> None:
        if self._shared is None:
            return  # warned already
        self._shared = None
        logger.warning(
            "the shared rate-limit store failed (%s); this client paces on its own from now on",
            exc or type(exc).__name__,
        )

    def _untrusted(self, what: str) -> None:
        """A value from the store no honest fleet writes: the store is not used again."""
        self._lost_store(
            SharedPaceError(f"it holds {what}: a clock out of step or a value written by hand")
        )

    def acquire(self) -> float:
        """0.0: a slot is booked, send now. Otherwise: wait that long and ask again.

        Raises PacerRefused while a wait the client will not honour is running. A fleet's
        slot is booked here, blocking; :meth:`acquire_step` leaves that to the caller.
        """
        step = self.acquire_step()
        if not isinstance(step, Booking):
            return step
        try:
            wait = step.run()
        except SharedPaceError as exc:
            return self.booked(step, None, exc)
        return self.booked(step, wait)

    def acquire_step(self) -> float | Booking:
        """As :meth:`acquire`, but a slot in the fleet's schedule is not booked here: a
        :class:`Booking` is returned instead, to run (off the event loop, for an async
        client) and hand to :meth:`booked`."""
        with self._lock:
            now = self.clock()
            if now < self._refuse_until and self._refused is not None:
                raise PacerRefused(self._refuse_until - now, self._refused)
            if self._shared is not None and now - self._synced >= self.SYNC_EVERY:
                self._sync(now)
            if not self._answered:
                if self._probing and now - self._probe_since < self.PROBE_TIMEOUT:
                    return self.PROBE
                self._probing, self._probe_since = True, now
            wait = max(self._next, self._hold_until) - now
            interval = self._interval()
            if wait <= 0 and self._shared is not None and interval > 0:
                return Booking(self._shared, interval)
            return self._grant(now, wait, interval)

    def booked(
        self, booking: Booking, wait: float | None, error: SharedPaceError | None = None
    ) -> float:
        """The outcome of a :class:`Booking`: ``wait`` from the store (0.0: the slot is
        ours), or the ``error`` it raised. As :meth:`acquire` returns."""
        with self._lock:
            now = self.clock()
            interval = self._interval()
            shared_wait = 0.0
            if self._shared is booking.shared:
                if error is not None:
                    self._lost_store(error)
                elif wait is None or not (
                    math.isfinite(wait) and 0 <= wait <= booking.interval + MAX_CLOCK_SKEW
                ):
                    # a slot no schedule at this pace hands out: a clock out of step, or
                    # a value written by hand; never waited for
                    self._untrusted(f"a wait of {wait!r} s for a slot every {interval:g} s")
                else:
                    shared_wait = wait
            # the local schedule may have moved on while the store answered
            local = max(self._next, self._hold_until) - now
            return self._grant(now, max(shared_wait, local), interval)

    def abandon(self) -> None:
        """A request gave up before it was sent (cancelled while booking or waiting)."""
        with self._lock:
            self._probing = False

    def _grant(self, now: float, wait: float, interval: float) -> float:
        if wait > 0:
            if not self._answered:
                self._probing = False
            self._waited = True
            return min(wait, max(interval, MAX_RETRY_AFTER))
        if now - self._last_activity >= self.BURST:
            self._epoch_start, self._epoch_ok = now, 0  # quiet: the bucket is full again
            self._ok_times.clear()
        self._last_activity = now
        # a request that woke a little late keeps to the schedule (later slots are not
        # pushed back); one that comes after a longer pause starts it afresh
        late = now - self._next <= min(self.SLACK * interval, self.SLACK_MAX)
        self._next = (self._next if late else now) + interval
        self._in_flight += 1
        return 0.0

    def failed(self) -> None:
        """A request got no answer (connection error, cancelled): let another one probe."""
        with self._lock:
            self._probing = False
            self._in_flight = max(0, self._in_flight - 1)

    def _sync(self, now: float) -> None:
        assert self._shared is not None
        self._synced = now
        try:
            rate, hold = self._shared.read()
        except SharedPaceError as exc:
            self._lost_store(exc)
            return
        if rate is not None and not (
            isinstance(rate, int | float) and MIN_RATE <= rate <= MAX_SHARED_RATE
        ):
            self._untrusted(f"a learnt pace of {rate!r} requests per second")
            return
        # no client publishes a hold longer than MAX_RETRY_AFTER (one past is 0)
        if not (isinstance(hold, int | float) and 0 <= hold <= MAX_RETRY_AFTER + MAX_CLOCK_SKEW):
            self._untrusted(f"a hold of {hold!r} s")
            return
        if rate is not None and self._fixed is None:
            self._learnt = rate if self._learnt is None else min(self._learnt, rate)
        if hold > 0:
            self._hold_until = max(self._hold_until, now + min(hold, MAX_RETRY_AFTER))

    def observe(self, response: httpx.Response, retry_after: float | None) -> None:
        """Learn from a response: announced policy, 429s and their Retry-After."""
        announced = None if self._fixed is not None else rate_from_headers(response.headers)
        with self._lock:
            now = self.clock()
            self._answered, self._probing = True, False
            self._in_flight = max(0, self._in_flight - 1)
            stale = self._stale > 0
            self._stale = max(0, self._stale - 1)
            self._last_activity = now
            if announced is not None:
                self._announced = announced
            if response.status_code != 429:
                self._succeeded(now)
                return
            if retry_after is not None and retry_after > MAX_RETRY_AFTER:
                self._refuse_until = max(self._refuse_until, now + retry_after)
                self._refused = response
            elif retry_after is not None:
                self._hold_until = max(self._hold_until, now + retry_after)
            if self._fixed is None and self._announced is None:  # an announcement is trusted
                self._learn(now - _sent_ago(response), stale)
            if self._shared is not None:
                try:
                    self._shared.publish(self._learnt, max(0.0, self._hold_until - now))
                except SharedPaceError as exc:
                    self._lost_store(exc)

    def _succeeded(self, now: float) -> None:
        self._epoch_ok += 1
        self._ok_times.append(now)
        self._ramp_ok += 1
        if self._shared is not None and self._learnt is None and not self._unlimited:
            try:  # a fleet ramps on the fleet's successes
                fleet_ok = self._shared.succeeded()
            except SharedPaceError as exc:
                self._lost_store(exc)
            else:
                if isinstance(fleet_ok, int) and fleet_ok >= 0:
                    self._ramp_ok = max(self._ramp_ok, fleet_ok)
                else:
                    self._untrusted(f"a success count of {fleet_ok!r}")
        if self._learnt is None:
            if self._ramp_ok >= self.RAMP_FREE:
                self._unlimited = True
        elif self._waited and now - self._last_cut >= self.RECOVER_AFTER:
            self._learnt *= self.RECOVER_STEP
            self._last_cut, self._waited = now, False

    def _tightest(self, sent: float, ok: int, age: float) -> tuple[int, float]:
        """The (successes, seconds) since the start that bounds the rate tightest.

        While the pace ramps up below the server's rate, its bucket stays full and the
        refill is lost, so counting from the epoch's start would underestimate: any
        later moment is also a start (the bucket held at most a burst then), and the
        one giving the most successes per second wins.
        """
        best = ok / (self.BURST + max(0.0, age))
        count = len(self._ok_times)
        for i, at in enumerate(self._ok_times):
            after, span = count - i - 1, sent - at
            if span > 0 and after / (self.BURST + span) > best:
                best, ok, age = after / (self.BURST + span), after, span
        return ok, age

    def _learn(self, sent: float, stale: bool) -> None:
        """A 429 to a request sent at ``sent``: lower the pace to what got through."""
        now = self.clock()
        ok, age = self._epoch_ok, sent - self._epoch_start
        if self._shared is not None:
            try:  # the fleet's epoch (the local one knows only this client's share)
                fleet_ok, fleet_age = self._shared.epoch()
            except SharedPaceError as exc:
                self._lost_store(exc)
            else:
                if (
                    isinstance(fleet_ok, int)
                    and fleet_ok >= 0
                    and isinstance(fleet_age, int | float)
                    and -MAX_CLOCK_SKEW <= fleet_age < math.inf
                ):
                    ok, age = fleet_ok, max(0.0, fleet_age) - (now - sent)
                else:
                    self._untrusted(f"an epoch of {fleet_ok!r} successes in {fleet_age!r} s")
        elif self._ok_times:
            ok, age = self._tightest(sent, ok, age)
        current = self._learnt
        # The server let through its burst (BURST seconds' worth) and its pace since the
        # epoch began: ok <= rate * (BURST + age) < ok + 1, counting the requests still
        # out (they may have got through) and never more than ok + out per BURST.
        out = ok + self._in_flight
        estimate = min((out + 1) / (self.BURST + max(0.0, age)), out / self.BURST) if ok else None
        if estimate is not None:
            estimate *= self.MARGIN
        if estimate is not None and (current is None or estimate < current):
            new = estimate
        elif stale:
            return  # answers a request sent before the last cut: nothing new
        elif current is None:
            self._ramp_ok = 0  # nothing got through: ramp again from the start
            self._unlimited = False
            self._stale = self._in_flight
            return
        else:
            new = current * self.CUT
        self._learnt = max(MIN_RATE, new)
        self._unlimited = False
        self._last_cut, self._waited = now, False
        self._stale = self._in_flight
