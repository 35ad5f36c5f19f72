"""The drivers: the only I/O of a call. They perform the steps a flow (``_core``) yields,
``Send`` a request or ``Sleep``, over an ``httpx.Client`` or ``httpx.AsyncClient``, and
read a streamed body up to its cap (inflating gzip/deflate within the same bound).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any, Final, TypeVar

import httpx

from ._constants import ERROR_PREFIX
from ._core import Block, Done, Emit, Flow, ItemFlow, Outcome, Send, Sleep
from ._errors import XverseError

__all__ = ["iterate_async", "iterate_sync", "read_capped", "run_async", "run_sync"]

T = TypeVar("T")
E = TypeVar("E")


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


def _misuse(exc: RuntimeError, http: httpx.Client | httpx.AsyncClient) -> XverseError | None:
    """httpx's RuntimeError for a client used after ``close()``, or an async client used
    from another event loop than the one it was first used in, as an XverseError saying
    what to do; None for any other RuntimeError."""
    text = str(exc)
    if http.is_closed or "client has been closed" in text:
        return XverseError(
            "this client is closed (close() or the end of its `with` block closed it); "
            "create a new client, or make the calls inside the `with` block"
        )
    if "event loop" in text.lower() or "different loop" in text:
        return XverseError(
            "this AsyncXverse was first used in another event loop (each asyncio.run() "
            "starts a new one), and its connections belong to that loop: create the "
            f"client inside the coroutine that asyncio.run() runs, one per loop ({text})"
        )
    return None


def _block(step: Block) -> Done:
    try:
        return Done(step.fn())
    except Exception as exc:  # noqa: BLE001 - the flow decides what a failure means
        return Done(error=exc)


#: the threads an async client runs its fleet-store round trips in (created on first use)
_store_threads: Any = None
_STORE_THREADS: Final = 16


async def _block_async(step: Block) -> Done:
    """A Block step off the event loop, in a thread of its own pool (so neither the
    application's default executor nor its loop waits on the store)."""
    import asyncio  # noqa: PLC0415
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    global _store_threads  # noqa: PLW0603 - one pool for every async client, made once
    if _store_threads is None:
        _store_threads = ThreadPoolExecutor(_STORE_THREADS, thread_name_prefix="xverse-store")
    loop = asyncio.get_running_loop()
    done: Done = await loop.run_in_executor(_store_threads, _block, step)
    return done


def _perform(http: httpx.Client, step: Send | Sleep | Block) -> Outcome:
    if isinstance(step, Block):
        return _block(step)
    if isinstance(step, Send):
        try:
            response = http.send(step.request, follow_redirects=False, stream=True)
        except httpx.RequestError as exc:
            return exc
        except RuntimeError as exc:
            misuse = _misuse(exc, http)
            if misuse is None:
                raise
            raise misuse from None
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


async def _perform_async(http: httpx.AsyncClient, step: Send | Sleep | Block) -> Outcome:
    import asyncio  # noqa: PLC0415 - sync-only users never pay for importing asyncio

    if isinstance(step, Block):
        return await _block_async(step)
    if isinstance(step, Send):
        try:
            response = await http.send(step.request, follow_redirects=False, stream=True)
        except httpx.RequestError as exc:
            return exc
        except RuntimeError as exc:
            misuse = _misuse(exc, http)
            if misuse is None:
                raise
            raise misuse from None
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


def read_capped(
    http: httpx.Client, request: httpx.Request, limit: int
) -> httpx.Response | httpx.RequestError:
    """Send ``request`` once and read its answer as every call does: a 2xx body up to
    ``limit`` bytes after decompression, any other up to ERROR_PREFIX, a longer one cut
    and marked ``extensions["xverse_truncated"]``; or the ``httpx.RequestError``."""
    outcome = _perform(http, Send(request, limit))
    assert isinstance(outcome, httpx.Response | httpx.RequestError)
    return outcome


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
