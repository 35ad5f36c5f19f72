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
(``Pacer`` handles it); nothing is lost. Calls are synchronous with a short timeout:
on localhost a round trip is a fraction of a millisecond, also inside an event loop.
"""

from __future__ import annotations

import hashlib
import os
import time
from typing import TYPE_CHECKING, Any, Final

from ._errors import InvalidParameterError, XverseError
from ._retry import SharedPaceError

if TYPE_CHECKING:
    import redis

__all__ = ["ENV_RATE_LIMIT_URL", "RedisPace", "fleet_pace"]

ENV_RATE_LIMIT_URL: Final = "XVERSE_RATE_LIMIT_URL"
#: Seconds a Redis command may take before the client gives up on the store.
STORE_TIMEOUT: Final = 0.5
#: A shared learnt pace is forgotten this long after the last 429 that set it.
LEARNT_TTL: Final = 600
#: The fleet's burst epoch ends after this many milliseconds without a success.
EPOCH_MS: Final = 1000


def fleet_pace(url: str | None, api_key: str) -> RedisPace | None:
    """The shared pace for ``url`` (else ``$XVERSE_RATE_LIMIT_URL``), or None."""
    url = url if url is not None else (os.environ.get(ENV_RATE_LIMIT_URL) or None)
    if url is None:
        return None
    if not isinstance(url, str):
        raise InvalidParameterError(f"rate_limit_url must be a redis:// URL, not {url!r}")
    return RedisPace(url, api_key)


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

    def __repr__(self) -> str:
        return f"RedisPace(prefix={self.prefix!r})"

    def _fail(self, exc: BaseException) -> SharedPaceError:
        return SharedPaceError(f"{type(exc).__name__}: {exc}")

    def take(self, interval: float) -> float:
        from pyrate_limiter import GCRA, Decision, Rate, RateItem, StateBucket  # noqa: PLC0415

        emission_us = max(1, round(interval * 1_000_000))
        bucket = self._buckets.get(emission_us)
        if bucket is None:
            # 1000 per emission_us ms = one per emission_us microseconds; burst 1: even
            bucket = StateBucket([Rate(1000, emission_us, burst=1)], GCRA(), self._store)
            if len(self._buckets) > 64:
                self._buckets.clear()
            self._buckets[emission_us] = bucket
        try:
            decision = bucket.put_decision(RateItem("xverse", bucket.now()))
        except self._errors as exc:
            raise self._fail(exc) from None
        assert isinstance(decision, Decision)  # a sync redis client answers at once
        if decision.allowed:
            return 0.0
        return max(0.001, (decision.retry_after_ms or 1) / 1000.0)

    def succeeded(self) -> int:
        key = f"{self.prefix}:epoch"
        try:
            pipe = self._redis.pipeline(transaction=False)
            pipe.hsetnx(key, "start", repr(time.time()))
            pipe.hincrby(key, "ok", 1)
            pipe.pexpire(key, EPOCH_MS)
            return int(pipe.execute()[1])
        except self._errors as exc:
            raise self._fail(exc) from None

    def epoch(self) -> tuple[int, float]:
        try:
            start, ok = self._redis.hmget(f"{self.prefix}:epoch", ["start", "ok"])
        except self._errors as exc:
            raise self._fail(exc) from None
        if start is None or ok is None:
            return 0, 0.0
        return int(ok), max(0.0, time.time() - float(start))

    def publish(self, rate: float | None, hold: float) -> None:
        key = f"{self.prefix}:learnt"
        try:
            pipe = self._redis.pipeline(transaction=False)
            if rate is not None:
                pipe.zadd(key, {"rate": rate}, lt=True)  # a learnt pace only falls
            if hold > 0:
                pipe.zadd(key, {"hold": time.time() + hold}, gt=True)  # a hold only grows
            pipe.expire(key, LEARNT_TTL)
            pipe.execute()
        except self._errors as exc:
            raise self._fail(exc) from None

    def read(self) -> tuple[float | None, float]:
        try:
            rate, hold = self._redis.zmscore(f"{self.prefix}:learnt", ["rate", "hold"])
        except self._errors as exc:
            raise self._fail(exc) from None
        return rate, 0.0 if hold is None else max(0.0, hold - time.time())

    def close(self) -> None:
        self._redis.close()
