"""Fleet pacing: one pace shared through Redis by every client that uses the same API key.

Turned on by ``rate_limit_url="redis://host:6379/0"`` or ``$XVERSE_RATE_LIMIT_URL``;
needs ``pip install 'xverse-api[redis]'``. What is shared, under keys named after a
digest of the API key (never the key itself):

- the slots: pyrate-limiter's GCRA over Redis (one small hash, one atomic Lua step per
  request) spaces the fleet's requests at the pace in force;
- what one client learnt: the pace from its 429s (lowered only) and a Retry-After hold
  (raised only), read by every client at least every ``Pacer.SYNC_EVERY`` seconds;
- the fleet's successes in the current burst epoch, so the ramp and the estimate at the
  first 429 see the whole fleet's traffic, not one client's share.

pyrate-limiter rather than limits: its Rate takes any interval in milliseconds and its
GCRA spaces requests evenly (``burst=1``), with the pace passed at each call, so a learnt
pace applies at once to the same shared state. limits counts per whole second (a fleet
would fire each second's quota at the top of the second) and has no GCRA.

Any Redis failure makes the client pace on its own from then on, with one warning
(``Pacer`` handles it); nothing is lost. Everything read from Redis is untrusted: a
value of the wrong type raises :class:`SharedPaceError` here, and one out of range (a
slot an hour away, a pace of 0, a hold past the 60 s cap) makes the ``Pacer`` stop
using the store, the same way. Shared timestamps are on Redis's clock (``TIME``, read
once a minute), so a worker whose own clock is off still keeps the fleet's schedule.

Calls are synchronous with a short timeout. An async client never makes them on its
event loop: booking a slot runs in a worker thread (a ``Block`` step of the call's
flow), and the rest (:class:`OffLoopRedisPace`) is sent from a background thread,
answering from what it last read.
"""

from __future__ import annotations

import hashlib
import math
import os
import threading
import time
from typing import TYPE_CHECKING, Any, Final

from ._errors import InvalidParameterError, XverseError
from ._retry import SharedPaceError

if TYPE_CHECKING:
    import redis

__all__ = ["ENV_RATE_LIMIT_URL", "OffLoopRedisPace", "RedisPace", "fleet_pace"]

ENV_RATE_LIMIT_URL: Final = "XVERSE_RATE_LIMIT_URL"
#: Seconds a Redis command may take before the client gives up on the store.
STORE_TIMEOUT: Final = 0.5
#: A shared learnt pace is forgotten this long after the last 429 that set it.
LEARNT_TTL: Final = 600
#: The fleet's burst epoch ends after this many milliseconds without a success.
EPOCH_MS: Final = 1000
#: Seconds between reads of Redis's clock.
CLOCK_EVERY: Final = 60.0
#: A local clock this close to Redis's (seconds) is used as it is.
CLOCK_TOLERANCE: Final = 0.1


def fleet_pace(url: str | None, api_key: str, *, off_loop: bool = False) -> RedisPace | None:
    """The shared pace for ``url`` (else ``$XVERSE_RATE_LIMIT_URL``), or None;
    ``off_loop`` for an async client (:class:`OffLoopRedisPace`)."""
    url = url if url is not None else (os.environ.get(ENV_RATE_LIMIT_URL) or None)
    if url is None:
        return None
    if not isinstance(url, str):
        raise InvalidParameterError(f"rate_limit_url must be a redis:// URL, not {url!r}")
    return (OffLoopRedisPace if off_loop else RedisPace)(url, api_key)


def _number(value: object, what: str) -> float:
    """A finite number read from Redis, or SharedPaceError naming what it should be."""
    try:
        number = float(value.decode() if isinstance(value, bytes) else value)  # type: ignore[arg-type]
    except (TypeError, ValueError, UnicodeDecodeError):
        number = math.nan
    if not math.isfinite(number):
        raise SharedPaceError(f"the store holds {value!r:.40} as {what}, not a number")
    return number


class RedisPace:
    """A :class:`~xverse_api._retry.SharedPace` kept in Redis."""

    def __init__(self, url: str, api_key: str, *, timeout: float = STORE_TIMEOUT) -> None:
        try:
            import redis  # noqa: PLC0415 - an optional extra, loaded only when asked for
            from pyrate_limiter import RedisStateStore  # noqa: PLC0415
        except ImportError:
            raise XverseError(
                "rate_limit_url needs the redis extra: pip install 'xverse-api[redis]'"
            ) from None
        from redis.backoff import NoBackoff  # noqa: PLC0415
        from redis.retry import Retry  # noqa: PLC0415

        try:
            self._redis: redis.Redis = redis.Redis.from_url(
                url,
                socket_timeout=timeout,
                socket_connect_timeout=timeout,
                retry=Retry(NoBackoff(), 0),  # a failure means: pace locally, at once
            )
        except ValueError as exc:
            raise InvalidParameterError(
                f"rate_limit_url must be a redis:// URL such as redis://127.0.0.1:6379/0 ({exc})"
            ) from None
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        digest = hashlib.sha256(api_key.encode()).hexdigest()[:16]
        self.prefix = f"xverse-api:pace:{digest}"
        self._store = RedisStateStore(self._redis, f"{self.prefix}:slots")
        self._buckets: dict[int, Any] = {}
        self._offset = 0.0  # Redis's clock less ours, in seconds
        self._offset_at = -math.inf
        self._clock = _clock_of(self)

    def __repr__(self) -> str:
        return f"RedisPace(prefix={self.prefix!r})"

    def _fail(self, exc: BaseException) -> SharedPaceError:
        return SharedPaceError(f"{type(exc).__name__}: {exc}")

    def now(self) -> float:
        """Seconds since the epoch on Redis's clock: ours, corrected (checked once a
        minute) when it is more than CLOCK_TOLERANCE off."""
        local = time.time()
        if local - self._offset_at >= CLOCK_EVERY or local < self._offset_at:
            try:
                before = time.time()
                seconds, micros = self._redis.time()
                after = time.time()
            except self._errors as exc:
                raise self._fail(exc) from None
            server = _number(seconds, "its time") + _number(micros, "its time") / 1e6
            # the round trip's middle; a clock this close is kept as it is (the error
            # of measuring it is of the same order)
            offset = server - (before + after) / 2
            self._offset = offset if abs(offset) > CLOCK_TOLERANCE + (after - before) else 0.0
            self._offset_at = local
        return local + self._offset

    def take(self, interval: float) -> float:
        from pyrate_limiter import GCRA, Decision, Rate, RateItem, StateBucket  # noqa: PLC0415

        emission_us = max(1, round(interval * 1_000_000))
        bucket = self._buckets.get(emission_us)
        if bucket is None:
            # 1000 per emission_us ms = one per emission_us microseconds; burst 1: even
            bucket = StateBucket(
                [Rate(1000, emission_us, burst=1)], GCRA(), self._store, self._clock
            )
            if len(self._buckets) > 64:
                self._buckets.clear()
            self._buckets[emission_us] = bucket
        try:
            decision = bucket.put_decision(RateItem("xverse", bucket.now()))
        except self._errors as exc:
            raise self._fail(exc) from None
        except (TypeError, ValueError) as exc:  # a slot field that is no number
            raise SharedPaceError(f"the store's slots are unreadable ({exc})") from None
        assert isinstance(decision, Decision)  # a sync redis client answers at once
        if decision.allowed:
            return 0.0
        return max(0.001, (decision.retry_after_ms or 1) / 1000.0)

    def succeeded(self, count: int = 1) -> int:
        return self._succeeded(count)[0]

    def _succeeded(self, count: int) -> tuple[int, float]:
        """Count ``count`` successes; the epoch's successes and its start."""
        key = f"{self.prefix}:epoch"
        now = self.now()
        try:
            pipe = self._redis.pipeline(transaction=False)
            pipe.hsetnx(key, "start", repr(now))
            pipe.hincrby(key, "ok", count)
            pipe.pexpire(key, EPOCH_MS)
            pipe.hget(key, "start")
            _, ok, _, start = pipe.execute()
        except self._errors as exc:
            raise self._fail(exc) from None
        return int(_number(ok, "the success count")), _number(start, "the epoch's start")

    def epoch(self) -> tuple[int, float]:
        """Successes of the current epoch and its age (negative: a start in the future,
        which the Pacer does not believe)."""
        try:
            start, ok = self._redis.hmget(f"{self.prefix}:epoch", ["start", "ok"])
        except self._errors as exc:
            raise self._fail(exc) from None
        if start is None or ok is None:
            return 0, 0.0
        count = _number(ok, "the success count")
        return int(count), self.now() - _number(start, "the epoch's start")

    def publish(self, rate: float | None, hold: float) -> None:
        key = f"{self.prefix}:learnt"
        now = self.now()
        try:
            pipe = self._redis.pipeline(transaction=False)
            if rate is not None:
                pipe.zadd(key, {"rate": rate}, lt=True)  # a learnt pace only falls
            if hold > 0:
                pipe.zadd(key, {"hold": now + hold}, gt=True)  # a hold only grows
            pipe.expire(key, LEARNT_TTL)
            pipe.execute()
        except self._errors as exc:
            raise self._fail(exc) from None

    def read(self) -> tuple[float | None, float]:
        """The learnt pace and the hold left (0.0 for one past: it has run out)."""
        now = self.now()
        try:
            rate, hold = self._redis.zmscore(f"{self.prefix}:learnt", ["rate", "hold"])
        except self._errors as exc:
            raise self._fail(exc) from None
        return rate, 0.0 if hold is None else max(0.0, hold - now)

    def close(self) -> None:
        self._redis.close()


def _clock_of(pace: RedisPace) -> Any:
    """pyrate-limiter's clock for the slots: epoch milliseconds on Redis's clock."""
    from pyrate_limiter.clocks import AbstractClock  # noqa: PLC0415

    class _RedisClock(AbstractClock):
        def now(self) -> int:
            return int(pace.now() * 1000)

    return _RedisClock()


class OffLoopRedisPace(RedisPace):
    """A :class:`RedisPace` for an async client: nothing here waits on Redis. Successes,
    learnt paces and holds are sent from one background thread; ``read``, ``epoch`` and
    ``succeeded`` answer from what that thread last read (at most ``Pacer.SYNC_EVERY``
    old while requests flow). A failure there is raised by the next call, as
    :class:`SharedPaceError`, and the ``Pacer`` paces on its own from then on.

    ``take`` still makes its round trip: the call's flow runs it as a ``Block`` step, in
    a worker thread.
    """

    def __init__(self, url: str, api_key: str, *, timeout: float = STORE_TIMEOUT) -> None:
        super().__init__(url, api_key, timeout=timeout)
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._error: SharedPaceError | None = None
        self._unsent_ok = 0
        self._unsent_rate: float | None = None
        self._unsent_hold = 0.0  # an absolute deadline, on Redis's clock
        self._refresh = True
        self._seen_ok, self._seen_start = 0, math.nan
        self._seen_rate: float | None = None
        self._seen_hold = 0.0  # seconds left when read ...
        self._seen_at = time.monotonic()  # ... at this moment
        self._thread: threading.Thread | None = None

    def _kick(self) -> None:
        """Wake the background thread (started on first use)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="xverse-fleet", daemon=True)
            self._thread.start()
        self._wake.set()

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def _loop(self) -> None:
        while self._error is None:
            self._wake.wait()
            self._wake.clear()
            with self._lock:
                ok, self._unsent_ok = self._unsent_ok, 0
                rate, self._unsent_rate = self._unsent_rate, None
                hold, self._unsent_hold = self._unsent_hold, 0.0
                refresh, self._refresh = self._refresh, False
            try:
                if ok:
                    self._seen_ok, self._seen_start = self._succeeded(ok)
                if rate is not None or hold:
                    super().publish(rate, max(0.0, hold - self.now()))
                if refresh:
                    self._seen_rate, self._seen_hold = super().read()
                    self._seen_at = time.monotonic()
            except SharedPaceError as exc:
                self._error = exc
            except Exception as exc:  # noqa: BLE001 - any failure: the store is not used again
                self._error = SharedPaceError(f"{type(exc).__name__}: {exc}")

    def succeeded(self, count: int = 1) -> int:
        self._check()
        with self._lock:
            self._unsent_ok += count
            self._seen_ok += count
            seen = self._seen_ok
        self._kick()
        return seen

    def epoch(self) -> tuple[int, float]:
        self._check()
        if math.isnan(self._seen_start):
            return 0, 0.0
        return self._seen_ok, time.time() + self._offset - self._seen_start

    def publish(self, rate: float | None, hold: float) -> None:
        self._check()
        deadline = time.time() + self._offset + hold if hold > 0 else 0.0
        with self._lock:
            if rate is not None:
                self._unsent_rate = (
                    rate if self._unsent_rate is None else min(self._unsent_rate, rate)
                )
            self._unsent_hold = max(self._unsent_hold, deadline)
        self._kick()

    def read(self) -> tuple[float | None, float]:
        self._check()
        with self._lock:
            self._refresh = True
        self._kick()
        left = self._seen_hold - (time.monotonic() - self._seen_at)
        return self._seen_rate, max(0.0, left)

    def close(self) -> None:
        self._error = self._error or SharedPaceError("closed")
        self._wake.set()
        super().close()
