"""Everything about one API call that is not I/O, shared by the sync and async clients.

A call is a generator (a "flow") that yields what it needs done, :class:`Send` a request
or :class:`Sleep`, and is sent back the outcome (an ``httpx.Response``, or the
``httpx.RequestError`` that sending raised). Retries, backoff, pacing, status mapping,
body parsing and paging decisions all live in flows; the sync and async drivers at the
bottom only perform the steps. Nothing here is specific to rune balances.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from typing import Any, Final, Generic, Protocol, TypeVar

import httpx

from ._constants import (
    DEFAULT_MAX_RESPONSE_BYTES,
    ERROR_PREFIX,
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
    Pacer,
    PacerRefused,
    backoff_delay,
    is_retryable_status,
    parse_retry_after,
)

__all__ = ["BodyError", "Emit", "Flow", "Gate", "Send", "Settings", "Sleep", "call"]

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


class Emit(Generic[E]):
    """Step (iterating flows only): hand these items to the caller, then send back None."""

    __slots__ = ("items",)

    def __init__(self, items: list[E]) -> None:
        self.items = items


Outcome = httpx.Response | httpx.RequestError | None
Flow = Generator[Send | Sleep, Outcome, T]
ItemFlow = Generator[Send | Sleep | Emit[E], Outcome, None]


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
    ) -> httpx.Request:
        """An ``httpx.Request`` for an encoded operation call, with our base URL, headers
        (key included, never overridden by a header parameter) and timeout."""
        url = self._root + path
        if query:
            url += "?" + str(httpx.QueryParams(tuple(query)))
        if headers:
            headers = {**headers, **self.headers}
        return http.build_request(
            method,
            url,
            headers=headers or self.headers,
            json=body,
            timeout=self.timeout,
        )


#: Transport failures worth another try (not: unsupported protocol, proxy or local errors).
_RETRYABLE_ERRORS: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


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
) -> Flow[T]:
    """One request with pacing and retries; returns ``decode(response)`` for a 2xx."""
    attempt = 0
    while True:
        try:
            while (wait := settings.pacer.acquire()) > 0:
                yield Sleep(wait)
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
            retryable = is_retryable_status(outcome.status_code)
        else:
            settings.pacer.failed()
            error = connection_error(outcome, request, settings, attempt + 1)
            retryable = isinstance(outcome, _RETRYABLE_ERRORS)
        if not retryable or attempt >= settings.max_retries:
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
    if isinstance(exc, httpx.TimeoutException):
        limit = _timeout_text(settings.timeout, exc)
        return APITimeoutError(
            f"request to {url} timed out ({limit}, {tries}); "
            "raise timeout= or check the network and the base URL",
            request=request,
        )
    kind = type(exc).__name__
    detail = redact(str(exc), settings.api_key)
    return APIConnectionError(
        f"could not get an answer from {url} ({kind}{': ' + detail if detail else ''}; {tries}); "
        "check the network, proxy settings and the base URL",
        request=request,
    )


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


# --- drivers: the only I/O ------------------------------------------------------------


class _Reader:
    """Collects a streamed body up to a cap; the same bookkeeping for sync and async."""

    __slots__ = ("cap", "chunks", "size")

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.cap = limit if response.is_success else min(limit, ERROR_PREFIX)
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; False once the cap is passed (stop reading)."""
        self.size += len(chunk)
        if self.size > self.cap:
            self.chunks.append(chunk[: len(chunk) - (self.size - self.cap)])
            return False
        self.chunks.append(chunk)
        return True

    def finish(self, response: httpx.Response, complete: bool) -> httpx.Response:
        chunks = self.chunks
        if not complete and response.is_success:
            # refused for its size: only a prefix is shown, so only a prefix is kept
            kept, size = [], 0
            for chunk in chunks:
                kept.append(chunk)
                size += len(chunk)
                if size >= ERROR_PREFIX:
                    break
            chunks = kept
        self.chunks = []
        response._content = b"".join(chunks)  # what .content / .text / .json() read
        if not complete:
            response.extensions = {**response.extensions, "xverse_truncated": True}
        return response


#: the most one step of decompression may produce: a gzip bomb is read a piece at a time
_PIECE: Final = 1 << 16


class _Inflater:
    """gzip/deflate decoding that never makes more than ``_PIECE`` bytes at once, so the
    cap is checked before a small compressed chunk becomes a huge one (httpx decodes a
    whole network chunk at a time: 64 KiB of gzip can be 64 MB). Other encodings are
    left to httpx."""

    __slots__ = ("_first", "_zlib", "decompressor")

    def __init__(self, encoding: str) -> None:
        import zlib  # noqa: PLC0415

        self._zlib = zlib
        self._first = encoding == "deflate"  # zlib-wrapped, or else raw deflate
        wbits = zlib.MAX_WBITS | 16 if encoding != "deflate" else zlib.MAX_WBITS
        self.decompressor = zlib.decompressobj(wbits)

    @staticmethod
    def for_response(response: httpx.Response) -> _Inflater | None:
        """An inflater for the response's encoding; None: read it as httpx does."""
        encoding = response.headers.get("content-encoding", "").strip().lower()
        return _Inflater(encoding) if encoding in ("gzip", "x-gzip", "deflate") else None

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data:
            try:
                out = self.decompressor.decompress(data, _PIECE)
            except self._zlib.error as exc:
                if not self._first:
                    raise httpx.DecodingError(str(exc)) from exc
                self.decompressor = self._zlib.decompressobj(-self._zlib.MAX_WBITS)
                self._first = False
                continue
            self._first = False
            data = self.decompressor.unconsumed_tail
            if out:
                yield out
            if self.decompressor.eof:
                return

    def flush(self) -> bytes:
        try:
            return self.decompressor.flush()
        except self._zlib.error as exc:  # pragma: no cover - flush after the stream's end
            raise httpx.DecodingError(str(exc)) from exc


def _inflater(response: httpx.Response) -> _Inflater | None:
    """Our own inflater for a streamed gzip/deflate body; None: httpx reads it (any other
    encoding, or a body already in memory, as from an in-process transport)."""
    if hasattr(response, "_content"):
        return None
    return _Inflater.for_response(response)


def _perform(http: httpx.Client, step: Send | Sleep) -> Outcome:
    if isinstance(step, Send):
        try:
            response = http.send(step.request, follow_redirects=False, stream=True)
        except httpx.RequestError as exc:
            return exc
        try:
            reader = _Reader(response, step.limit)
            inflater = _inflater(response)
            if inflater is None:
                complete = all(reader.add(chunk) for chunk in response.iter_bytes())
            else:
                complete = all(
                    reader.add(chunk) for raw in response.iter_raw() for chunk in inflater.feed(raw)
                ) and reader.add(inflater.flush())
            return reader.finish(response, complete)
        except httpx.RequestError as exc:
            return exc
        finally:
            response.close()
    time.sleep(step.seconds)
    return None


async def _perform_async(http: httpx.AsyncClient, step: Send | Sleep) -> Outcome:
    import asyncio  # noqa: PLC0415 - sync-only users never pay for importing asyncio

    if isinstance(step, Send):
        try:
            response = await http.send(step.request, follow_redirects=False, stream=True)
        except httpx.RequestError as exc:
            return exc
        try:
            reader = _Reader(response, step.limit)
            complete = True
            inflater = _inflater(response)
            if inflater is None:
                async for chunk in response.aiter_bytes():
                    if not reader.add(chunk):
                        complete = False
                        break
            else:
                async for raw in response.aiter_raw():
                    if not all(reader.add(chunk) for chunk in inflater.feed(raw)):
                        complete = False
                        break
                else:
                    complete = reader.add(inflater.flush())
            return reader.finish(response, complete)
        except httpx.RequestError as exc:
            return exc
        finally:
            await response.aclose()
    await asyncio.sleep(step.seconds)
    return None


def run_sync(http: httpx.Client, flow: Flow[T]) -> T:
    """Drive a flow to its result with a sync httpx client."""
    outcome: Outcome = None
    try:
        while True:
            outcome = _perform(http, flow.send(outcome))
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


async def run_async(http: httpx.AsyncClient, flow: Flow[T]) -> T:
    """Drive a flow to its result with an async httpx client."""
    outcome: Outcome = None
    try:
        while True:
            outcome = await _perform_async(http, flow.send(outcome))
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


def iterate_sync(http: httpx.Client, flow: ItemFlow[E]) -> Iterator[E]:
    """Drive an item flow, yielding each page's items as soon as the page arrives."""
    outcome: Outcome = None
    try:
        while True:
            step = flow.send(outcome)
            if isinstance(step, Emit):
                outcome = None
                yield from step.items
            else:
                outcome = _perform(http, step)
    except StopIteration:
        return
    finally:
        flow.close()


async def iterate_async(http: httpx.AsyncClient, flow: ItemFlow[E]) -> AsyncIterator[E]:
    """Drive an item flow with an async client, yielding items page by page."""
    outcome: Outcome = None
    try:
        while True:
            step = flow.send(outcome)
            if isinstance(step, Emit):
                outcome = None
                for item in step.items:
                    yield item
            else:
                outcome = await _perform_async(http, step)
    except StopIteration:
        return
    finally:
        flow.close()
