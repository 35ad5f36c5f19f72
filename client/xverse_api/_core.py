"""Everything about one API call that is not I/O, shared by the sync and async clients.

A call is a generator (a "flow") that yields what it needs done, :class:`Send` a request
or :class:`Sleep`, and is sent back the outcome (an ``httpx.Response``, or the
``httpx.RequestError`` that sending raised). Retries, backoff, pacing, status mapping,
body parsing and paging decisions all live in flows; the sync and async drivers
(``_drivers``) only perform the steps. Nothing here is specific to rune balances.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Generator
from typing import Any, Final, Generic, Protocol, TypeVar

import httpx

from ._constants import (
    AUTH,
    DEFAULT_MAX_RESPONSE_BYTES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
)
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    XverseError,
    parse_error_body,
    status_error,
)
from ._errors import _scrub_data as scrub_data
from ._redact import redact, safe_url
from ._retry import (
    Booking,
    Pacer,
    PacerRefused,
    SharedPaceError,
    backoff_delay,
    is_retryable_status,
    parse_retry_after,
)

__all__ = [
    "IDEMPOTENT_METHODS",
    "Block",
    "BodyError",
    "Done",
    "Emit",
    "Flow",
    "Gate",
    "Send",
    "Settings",
    "Sleep",
    "call",
]

T = TypeVar("T")
E = TypeVar("E")

logger: Final = logging.getLogger("xverse_api")


class BodyError(Exception):
    """Raised by a decoder: a 2xx body the spec does not allow. Says what and where;
    :func:`call` turns it into :class:`APIResponseValidationError`, key cut out."""


class Send:
    """Step: send this request and send back the response or the error.

    The driver reads at most ``limit`` bytes of a 2xx body (decompressed) and at most
    ``ERROR_PREFIX`` bytes of any other; a longer body is cut there and the response is
    marked ``extensions["xverse_truncated"]``, so no answer can take unbounded memory.
    """

    __slots__ = ("limit", "request")

    def __init__(self, request: httpx.Request, limit: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        self.request = request
        self.limit = limit


class Sleep:
    """Step: wait this many seconds, then send back None."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Block:
    """Step: run ``fn`` (a blocking round trip to the fleet's store) and send back a
    :class:`Done`. The sync driver runs it in place; the async one in a worker thread,
    so the event loop never waits on the store."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[], float]) -> None:
        self.fn = fn


class Done:
    """What a :class:`Block` step gave: its ``value``, or the ``error`` it raised."""

    __slots__ = ("error", "value")

    def __init__(self, value: float | None = None, error: Exception | None = None) -> None:
        self.value = value
        self.error = error


class Emit(Generic[E]):
    """Step (iterating flows only): hand these items to the caller, then send back None."""

    __slots__ = ("items",)

    def __init__(self, items: list[E]) -> None:
        self.items = items


Outcome = httpx.Response | httpx.RequestError | Done | None
Flow = Generator[Send | Sleep | Block, Outcome, T]
ItemFlow = Generator[Send | Sleep | Block | Emit[E], Outcome, None]


class Settings:
    """What every request of one client shares. The API key is kept out of ``repr``."""

    __slots__ = (
        "_api_key",
        "_prefix",
        "_root",
        "base_url",
        "headers",
        "initial_delay",
        "max_response_bytes",
        "max_retries",
        "pacer",
        "random",
        "timeout",
    )

    def __init__(
        self,
        *,
        api_key: str,
        base_url: httpx.URL,
        headers: dict[str, str],
        timeout: httpx.Timeout,
        max_retries: int,
        pacer: Pacer,
        initial_delay: float = INITIAL_RETRY_DELAY,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._api_key = api_key
        self.max_response_bytes = max_response_bytes
        self.base_url = base_url
        self._prefix = base_url.raw_path.split(b"?")[0].rstrip(b"/")
        # scheme://host[:port][/prefix], so a request URL is one string parsed once
        self._root = str(base_url.copy_with(raw_path=self._prefix or b"/")).rstrip("/")
        self.headers = headers
        self.timeout = timeout
        self.max_retries = max_retries
        self.pacer = pacer
        self.initial_delay = initial_delay
        self.random: Callable[[], float] = random.random

    @property
    def api_key(self) -> str:
        return self._api_key

    def __repr__(self) -> str:
        return f"Settings(base_url={safe_url(self.base_url)!r}, api_key=<redacted>)"

    def build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: str,
        path: str,
        *,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: Any = None,
        secured: bool = True,
    ) -> httpx.Request:
        """An ``httpx.Request`` for an encoded operation call, with our base URL, headers,
        the key where the spec's security scheme puts it (only for an operation the spec
        secures; never overridden by a parameter) and timeout."""
        url = self._root + path
        merged = {**headers, **self.headers} if headers else self.headers
        if secured and AUTH is not None:
            where, name, prefix = AUTH
            if where == "header":
                merged = {**merged, name: prefix + self._api_key}
            else:
                query = [(k, v) for k, v in query if k != name] + [(name, self._api_key)]
        if query:
            url += "?" + str(httpx.QueryParams(tuple(query)))
        return http.build_request(
            method,
            url,
            headers=merged,
            json=body,
            timeout=self.timeout,
        )


#: Transport failures worth another try (not: unsupported protocol, proxy or local errors).
_RETRYABLE_ERRORS: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
#: ... of which these fail before any byte of the request left: the only ones a request
#: that is not idempotent is tried again after.
_UNSENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Methods that are idempotent by HTTP's definition (RFC 9110, 9.2.2): sent twice, the
#: server ends up where it was after once. POST and PATCH are not, unless declared.
IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
#: Answers saying the server did not act on the request (it was refused, or not received
#: whole): the only statuses a request that is not idempotent is tried again after.
_NOT_ACTED_ON: Final = frozenset({408, 429})


class Gate(Protocol):
    """Lets a group of calls (a batch) stop together: ``refused()`` is asked just before
    every send, ``saw(error)`` told of every status error as soon as it is known."""

    def refused(self) -> XverseError | None: ...

    def saw(self, error: APIError) -> None: ...


def call(
    settings: Settings,
    request: httpx.Request,
    decode: Callable[[httpx.Response], T],
    gate: Gate | None = None,
    *,
    idempotent: bool | None = None,
) -> Flow[T]:
    """One request with pacing and retries; returns ``decode(response)`` for a 2xx.

    A request that is not ``idempotent`` (default: by its method, so POST and PATCH are
    not) is tried again only when the server cannot have acted on it: a connection that
    failed before sending, or a 408 or 429. After a 5xx, a read timeout or a dropped
    connection it may have been carried out, so the error is raised at once.
    """
    idempotent = request.method in IDEMPOTENT_METHODS if idempotent is None else idempotent
    attempt = 0
    while True:
        try:
            yield from _paced(settings.pacer)
        except PacerRefused as refused:  # an earlier 429 asked for a wait beyond the cap
            raise refused.error(settings.api_key) from None
        if gate is not None and (stop := gate.refused()) is not None:
            settings.pacer.failed()  # the slot goes unused
            raise stop
        started = time.perf_counter()
        try:
            outcome = yield Send(request, settings.max_response_bytes)
        except GeneratorExit:  # the caller gave up (cancelled): free the probe slot
            settings.pacer.failed()
            raise
        error: APIError
        retry_after: float | None = None
        if isinstance(outcome, httpx.Response):
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s %s -> %d in %.0f ms (attempt %d)",
                    request.method,
                    safe_url(request.url),
                    outcome.status_code,
                    (time.perf_counter() - started) * 1000,
                    attempt + 1,
                )
            if outcome.is_success:
                settings.pacer.observe(outcome, None)
                if attempt:
                    outcome.extensions["xverse_retries"] = attempt
                if outcome.extensions.get("xverse_truncated"):
                    raise invalid_body(
                        outcome,
                        "the body is larger than "
                        f"max_response_bytes={settings.max_response_bytes:,} (counted after "
                        "decompression); pass a larger max_response_bytes= if such answers "
                        "are expected",
                        settings.api_key,
                    )
                try:
                    return decode(outcome)
                except BodyError as exc:
                    raise invalid_body(outcome, str(exc), settings.api_key) from None
            retry_after = parse_retry_after(outcome.headers)
            error = status_error(
                outcome, parse_error_body(outcome), retry_after=retry_after, secret=settings.api_key
            )
            if gate is not None:  # before the pacer lets the next request go
                gate.saw(error)
            settings.pacer.observe(outcome, retry_after)
        else:
            settings.pacer.failed()
            error = connection_error(outcome, request, settings, attempt + 1)
        if attempt >= settings.max_retries or not _retryable(outcome, request, idempotent):
            raise error
        if retry_after is not None and retry_after > MAX_RETRY_AFTER:
            raise error  # not worth blocking on; the caller sees .retry_after
        delay = (
            retry_after
            if retry_after is not None
            else backoff_delay(
                attempt, settings.random, initial=settings.initial_delay, maximum=MAX_RETRY_DELAY
            )
        )
        logger.info(
            "retrying %s %s in %.2f s (%s)",
            request.method,
            safe_url(request.url),
            delay,
            _cause(outcome),
        )
        yield Sleep(delay)
        attempt += 1


def _paced(pacer: Pacer) -> Generator[Sleep | Block, Outcome, None]:
    """Wait for the pacer's slot: sleeps, and the fleet's booking as a Block step."""
    while True:
        step = pacer.acquire_step()
        if isinstance(step, Booking):
            try:
                done = yield Block(step.run)
            except GeneratorExit:  # cancelled while booking: let another request probe
                pacer.abandon()
                raise
            assert isinstance(done, Done)
            error = done.error
            if error is not None and not isinstance(error, SharedPaceError):
                error = SharedPaceError(f"{type(error).__name__}: {error}")
            step = pacer.booked(step, done.value, error)
        if step <= 0:
            return
        yield Sleep(step)


def _retryable(outcome: Outcome, request: httpx.Request, idempotent: bool) -> bool:
    """Whether ``request`` is worth sending again after ``outcome``: a failure that may
    pass, and for a request that is not idempotent one the server cannot have acted on."""
    if isinstance(outcome, httpx.Response):
        worth = is_retryable_status(outcome.status_code)
        unacted = outcome.status_code in _NOT_ACTED_ON
    else:
        worth = isinstance(outcome, _RETRYABLE_ERRORS)
        unacted = isinstance(outcome, _UNSENT_ERRORS)
    if worth and not (idempotent or unacted):
        logger.info(
            "not retrying %s %s (%s): it is not idempotent and the server may have acted on it",
            request.method,
            safe_url(request.url),
            _cause(outcome),
        )
        return False
    return worth


def _cause(outcome: Outcome) -> str:
    if isinstance(outcome, httpx.Response):
        return f"status {outcome.status_code}"
    return type(outcome).__name__


def connection_error(
    exc: Outcome, request: httpx.Request, settings: Settings, attempts: int
) -> APIConnectionError:
    """The typed error for a request that got no usable answer."""
    url = safe_url(request.url.copy_with(query=None))
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    error: APIConnectionError
    if isinstance(exc, httpx.TimeoutException):
        limit = _timeout_text(settings.timeout, exc)
        error = APITimeoutError(
            f"request to {url} timed out ({limit}, {tries}); "
            "raise timeout= or check the network and the base URL",
            request=request,
        )
    else:
        kind = type(exc).__name__
        detail = redact(str(exc), settings.api_key)
        error = APIConnectionError(
            f"could not get an answer from {url} ({kind}{': ' + detail if detail else ''}; "
            f"{tries}); check the network, proxy settings and the base URL",
            request=request,
        )
    # the httpx exception, so a caller can tell "not reachable" (ConnectError,
    # ConnectTimeout) from an answer that broke off: a copy of the same type whose
    # message is redacted (httpx's own words may quote what the key was part of)
    error.__cause__ = _redacted_cause(exc, settings.api_key)
    return error


def _redacted_cause(exc: Outcome, secret: str) -> BaseException | None:
    if not isinstance(exc, BaseException):
        return None
    text = str(exc)
    clean = redact(text, secret)
    if clean == text:
        return exc
    try:
        if isinstance(exc, httpx.RequestError):
            try:
                request: httpx.Request | None = exc.request
            except RuntimeError:  # raised without one
                request = None
            copy: BaseException = type(exc)(clean, request=request)
        else:
            copy = type(exc)(clean)
    except Exception:  # noqa: BLE001 - an exception type that will not take one message
        return None
    return copy


def _timeout_text(timeout: httpx.Timeout, exc: BaseException) -> str:
    phases: dict[type[BaseException], tuple[str, float | None]] = {
        httpx.ConnectTimeout: ("connect", timeout.connect),
        httpx.ReadTimeout: ("read", timeout.read),
        httpx.WriteTimeout: ("write", timeout.write),
        httpx.PoolTimeout: ("pool", timeout.pool),
    }
    phase = phases.get(type(exc))
    if phase is None or phase[1] is None:
        return "timeout"
    return f"{phase[0]} timeout {phase[1]:g} s"


def invalid_body(
    response: httpx.Response, problem: str, secret: str | None
) -> APIResponseValidationError:
    """The typed error for a 2xx whose body the spec does not allow."""
    url = safe_url(response.request.url.copy_with(query=None))
    problem = redact(problem, secret)
    return APIResponseValidationError(
        f"{response.status_code} from {url} has a body the API spec does not allow: {problem}. "
        "This is a server or proxy fault; retry later or report it to the provider",
        response=response,
        body=scrub_data(response.content[:1000], secret) if secret else response.content[:1000],
    )
