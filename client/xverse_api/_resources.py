"""What every operation is built on above the request: raw responses, the sans-I/O flows
of one call, a paging walk and a batch, and the resource bases the generated typed
methods call (``client.operations`` maps onto them from ``_client``).

Paging and batches are declared in sdk.yaml and run here generically, on top of the
same call: every page is one :func:`_core.call` with its retries, pacing and errors.
Nothing here names an operation. One concern at about 400 lines: the resource bases
are the sync and async faces of the same flows, and each method is a line or two on
top of them; splitting the flows from their two drivers' callers would scatter one API.
"""

from __future__ import annotations

import operator
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import httpx

from ._constants import MAX_COLLECTION_BYTES, MAX_COLLECTION_ITEMS, MAX_PAGES
from ._core import BodyError, Emit, Flow, Gate, ItemFlow, call
from ._drivers import iterate_async, iterate_sync, run_async, run_sync
from ._errors import (
    APIError,
    APIStatusError,
    AuthenticationError,
    InvalidParameterError,
    PagingLimitError,
    XverseError,
)
from ._operations import ClientState, Operation, get_operation
from ._redact import clip

__all__ = ["AsyncResource", "RawResponse", "SyncResource", "request_flow"]

T = TypeVar("T")


# --- raw responses ----------------------------------------------------------------------


class RawResponse(Generic[T]):
    """A successful call's HTTP answer: status, headers (rate-limit headers, say), the
    request that got it, how many retries it took, and ``parse()`` for the model."""

    __slots__ = ("_operation", "_secret", "http_response", "retries_taken")

    def __init__(
        self,
        response: httpx.Response,
        operation: Operation,
        retries_taken: int,
        secret: str | None = None,
    ) -> None:
        self.http_response = response
        self.retries_taken = retries_taken
        self._operation = operation
        self._secret = secret  # the key, kept out of parse()'s errors

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """The body decoded as the typed method would return it."""
        from ._core import invalid_body  # noqa: PLC0415

        try:
            return self._operation.decode(self.http_response)  # type: ignore[no-any-return]
        except BodyError as exc:
            raise invalid_body(self.http_response, str(exc), self._secret) from None

    def __repr__(self) -> str:
        return f"<RawResponse {self.status_code} {self._operation.key}>"


# --- flows: the sans-I/O parts of one call, a paging walk and a batch ----------------------


def request_flow(client: ClientState, key: str, kwargs: Mapping[str, Any]) -> Flow[Any]:
    op = get_operation(key)
    return call(client._settings, op.build(client, kwargs), op.decode, idempotent=op.idempotent)


def raw_flow(client: ClientState, key: str, kwargs: Mapping[str, Any]) -> Flow[Any]:
    op = get_operation(key)

    def raw(response: httpx.Response) -> RawResponse[Any]:
        retries = response.extensions.get("xverse_retries", 0)
        return RawResponse(response, op, retries, client._settings.api_key)

    return call(client._settings, op.build(client, kwargs), raw, idempotent=op.idempotent)


def _page_args(op: Operation, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    args = dict(kwargs)
    paging = op.paging
    assert paging is not None
    args[paging["limit_param"]] = paging["page_size"]
    return args


def _fresh(items: list[Any], key: Any, single: bool, seen: set[Any]) -> list[Any]:
    """The items not seen before (by ``key``), in order; ``seen`` learns them. An item
    whose key has a part the spec does not promise (None) is never merged with another."""
    idents = list(map(key, items))
    new = set(idents)
    if len(new) == len(idents) and new.isdisjoint(seen) and single and None not in new:
        seen |= new  # the usual page: all distinct, all new
        return items
    fresh = []
    for item, ident in zip(items, idents, strict=True):
        if (ident is None) if single else (None in ident):
            fresh.append(item)
        elif ident not in seen:
            seen.add(ident)
            fresh.append(item)
    return fresh


def paging_flow(
    client: ClientState,
    key: str,
    kwargs: Mapping[str, Any],
    sink: list[Any] | None = None,
    gate: Gate | None = None,
) -> ItemFlow[Any]:
    """Every item, page by page: never a duplicate, nothing skipped, and a bounded number
    of requests whatever the server does with limit/offset/total."""
    op = get_operation(key)
    paging = op.paging
    assert paging is not None
    args = _page_args(op, kwargs)
    items_attr, total_attr = paging["items_attr"], paging["total_attr"]
    has_more_attr = paging.get("has_more_attr")
    unique = paging["unique"]
    uniques: tuple[str, ...] = (unique,) if isinstance(unique, str) else tuple(unique)
    ident_of = operator.attrgetter(*uniques)
    single = len(uniques) == 1
    step: int = paging.get("step") or 1
    seen: set[Any] = set()
    offset = held = 0  # held: the items handed out so far
    size = [0]  # bytes of the page bodies so far
    max_bytes = max(MAX_COLLECTION_BYTES, client._settings.max_response_bytes)

    def decode(response: httpx.Response) -> Any:
        size[0] += len(response.content)
        if size[0] > max_bytes:  # before decoding: the page is not kept
            raise _collection_limit(key, op, "bytes", max_bytes)
        return op.decode(response)

    for _ in range(MAX_PAGES):
        args[paging["offset_param"]] = offset
        request = op.build(client, args)
        page = yield from call(client._settings, request, decode, gate, idempotent=op.idempotent)
        items = getattr(page, items_attr) or []
        if held + len(items) > MAX_COLLECTION_ITEMS:
            raise _collection_limit(key, op, "items", MAX_COLLECTION_ITEMS)
        if sink is not None:
            sink.append(page)
        fresh = _fresh(items, ident_of, single, seen)
        held += len(fresh)
        if fresh:
            yield Emit(fresh)
        offset += len(items)
        # Stop on an empty page, a page with nothing new (the server ignores offset or
        # repeats itself), reaching the total the server announced, the server saying
        # there is no more, or (where offsets come in steps) a page that ends off-step.
        total = getattr(page, total_attr) if total_attr else None
        more = getattr(page, has_more_attr) if has_more_attr else None
        if not fresh or (total is not None and offset >= total) or more is False or offset % step:
            return
    raise PagingLimitError(
        f"paging {key} did not end after {MAX_PAGES} pages; the server keeps announcing "
        f"more. Use the single-page method ({op.name}) to page by hand",
        limit="pages",
        bound=MAX_PAGES,
    )


def _collection_limit(key: str, op: Operation, limit: str, bound: int) -> PagingLimitError:
    return PagingLimitError(
        f"paging {key} stopped: one collection may hold at most {bound:,} {limit}, and the "
        f"server's pages went past that. Use the single-page method ({op.name}) to page by "
        "hand if such a collection is expected",
        limit=limit,
        bound=bound,
    )


def _collection(
    op: Operation, items: list[Any], kwargs: Mapping[str, Any], pages: list[Any]
) -> Any:
    from ._sdk import models  # noqa: PLC0415

    paging = op.paging
    assert paging is not None
    cls = getattr(models, paging["collection"])
    many = paging["many_param"]
    context: dict[str, Any] = {many: kwargs[many]} if many else {}
    for attr, how in paging["keep"].items():
        values = [getattr(p, attr) for p in pages if getattr(p, attr) is not None]
        if not values:
            context[attr] = None
        elif how in ("max", "min"):
            context[attr] = max(values) if how == "max" else min(values)
        else:
            context[attr] = values[0] if how == "first" else values[-1]
    return cls(items, **context)


def _normalised(client: ClientState, op: Operation, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The normalised path value (a lowercased bech32 address, say) in place; the first
    page's request checks the rest before anything is sent."""
    paging = op.paging
    assert paging is not None
    many = paging["many_param"]
    if many is not None and kwargs.get(many) is not None:
        kwargs[many] = op._encode(client, op.by_python[many], kwargs[many])
    return kwargs


def _prepared(client: ClientState, op: Operation, kwargs: dict[str, Any]) -> dict[str, Any]:
    """Check the arguments up front (so errors come before the first request) and put the
    normalised path value (a lowercased bech32 address, say) in place."""
    paging = op.paging
    assert paging is not None
    _normalised(client, op, kwargs)
    op.encode(client, _page_args(op, kwargs) | {paging["offset_param"]: 0})
    return kwargs


def _is_refusal(error: XverseError) -> bool:
    return isinstance(error, AuthenticationError) or (
        isinstance(error, APIStatusError) and error.status_code == 403
    )


def _as_error(exc: BaseException, value: str, secret: str | None = None) -> XverseError:
    if isinstance(exc, XverseError):
        return exc
    error = APIError(
        clip(
            f"{value}: unexpected {type(exc).__name__} while reading the answer: {exc}", 500, secret
        )
    )
    error.__cause__ = exc
    return error


class _Batch:
    """Bookkeeping of one ``*_many`` call, shared by the sync and async drivers."""

    def __init__(  # noqa: PLR0917 - mirrors the generated *_many signature
        self,
        client: ClientState,
        key: str,
        values: Iterable[str],
        concurrency: int,
        on_result: Callable[[str, Any], None] | None,
        kwargs: Mapping[str, Any],
    ) -> None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise InvalidParameterError(f"concurrency must be an int >= 1, not {concurrency!r}")
        if isinstance(values, str):
            raise InvalidParameterError(
                "pass a list of values, not one str (e.g. [address] rather than address)"
            )
        self.op = get_operation(key)
        paging = self.op.paging
        assert paging is not None
        self.many: str = paging["many_param"]
        self.client = client
        self.on_result = on_result
        self.kwargs = dict(kwargs)
        self.concurrency = concurrency
        self.results: dict[str, Any] = {}
        self.refusal: XverseError | None = None  # the 401/403 that stops the batch
        self.ended = False  # the call returned or raised: nothing more is sent or reported
        # normalise (lowercase bech32, say) before de-duplicating; a bad value keeps its
        # own spelling and gets its error as its result
        self.order: list[str] = []
        self.early: dict[str, XverseError] = {}
        param = self.op.by_python[self.many]
        checked = False
        for value in values:
            try:
                norm = self.op._encode(client, param, value)
                assert isinstance(norm, str)
            except XverseError as exc:
                norm = str(value)
                self.early.setdefault(norm, exc)
            else:
                if not checked:  # the arguments every value shares: wrong for all, raised
                    _prepared(client, self.op, {**self.kwargs, self.many: norm})
                    checked = True
            if norm not in self.results:
                self.results[norm] = None
                self.order.append(norm)

    def start(self, value: str) -> XverseError | None:
        """An answer known without a request: a bad value, or a key already refused."""
        return self.early.get(value) or self.refusal

    # the Gate of every call in the batch: once the key is refused, or the call has
    # ended (an on_result that raised, a cancel, Ctrl-C), nothing more is sent, not even
    # by a request already waiting for its turn
    def refused(self) -> XverseError | None:
        if self.ended:
            return XverseError(f"not sent: the {self.op.key} batch has ended")
        return self.refusal

    def saw(self, error: XverseError) -> None:
        if self.refusal is None and _is_refusal(error):
            self.refusal = error

    def finish(self, value: str, result: Any) -> None:
        if self.ended:
            return  # the caller has its answer (or exception): no callback after it
        if isinstance(result, XverseError):
            self.saw(result)
        self.results[value] = result
        if self.on_result is not None:
            try:
                self.on_result(value, result)
            except BaseException:
                self.ended = True  # the call raises this: no other callback from now on
                raise

    def end(self) -> None:
        """The call is over, however it ended: workers stop at their next step."""
        self.ended = True

    def args(self, value: str) -> dict[str, Any]:
        return {**self.kwargs, self.many: value}

    def done(self) -> dict[str, Any]:
        return {value: self.results[value] for value in self.order}


# --- resources ------------------------------------------------------------------------------


class _Resource:
    def __init__(self, client: ClientState) -> None:
        self._client = client


class SyncResource(_Resource):
    """Base of the generated sync resources: every method is one of these five."""

    def _call(self, key: str, **kwargs: Any) -> Any:

        return run_sync(self._client._http, request_flow(self._client, key, kwargs))

    def _raw(self, key: str, **kwargs: Any) -> Any:

        return run_sync(self._client._http, raw_flow(self._client, key, kwargs))

    def _iterate(self, key: str, **kwargs: Any) -> Iterator[Any]:

        op = get_operation(key)
        kwargs = _prepared(self._client, op, kwargs)
        return iterate_sync(self._client._http, paging_flow(self._client, key, kwargs))

    def _collect(self, key: str, **kwargs: Any) -> Any:
        return self._gather(key, kwargs, None)

    def _gather(self, key: str, kwargs: dict[str, Any], gate: Gate | None) -> Any:

        op = get_operation(key)
        kwargs = _normalised(self._client, op, kwargs)
        pages: list[Any] = []
        flow = paging_flow(self._client, key, kwargs, pages, gate)
        items = list(iterate_sync(self._client._http, flow))
        return _collection(op, items, kwargs, pages)

    def _many(
        self,
        key: str,
        values: Iterable[str],
        concurrency: int,
        on_result: Callable[[str, Any], None] | None,
        **kwargs: Any,
    ) -> dict[str, Any]:
        batch = _Batch(self._client, key, values, concurrency, on_result, kwargs)

        def one(value: str) -> None:
            if batch.ended:
                return
            result: Any = batch.start(value)
            if result is None:
                try:
                    result = self._gather(key, batch.args(value), batch)
                except Exception as exc:  # noqa: BLE001 - one address never loses the others
                    result = _as_error(exc, value, self._client._settings.api_key)
            batch.finish(value, result)

        from concurrent.futures import (  # noqa: PLC0415 - batch callers only
            FIRST_EXCEPTION,
            ThreadPoolExecutor,
            wait,
        )

        pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="xverse")
        try:
            futures = [pool.submit(one, value) for value in batch.order]
            wait(futures, return_when=FIRST_EXCEPTION)
            for future in futures:  # the first that raised (an on_result), if any
                if future.done() and future.exception() is not None:
                    future.result()
        finally:  # also on Ctrl-C: the rest is dropped, running workers stop and are waited for
            batch.end()
            pool.shutdown(wait=True, cancel_futures=True)
        return batch.done()


class AsyncResource(_Resource):
    """Base of the generated async resources: the same five, awaited."""

    async def _call(self, key: str, **kwargs: Any) -> Any:

        return await run_async(self._client._http, request_flow(self._client, key, kwargs))

    async def _raw(self, key: str, **kwargs: Any) -> Any:

        return await run_async(self._client._http, raw_flow(self._client, key, kwargs))

    def _iterate(self, key: str, **kwargs: Any) -> AsyncIterator[Any]:

        op = get_operation(key)
        kwargs = _prepared(self._client, op, kwargs)
        return iterate_async(self._client._http, paging_flow(self._client, key, kwargs))

    async def _collect(self, key: str, **kwargs: Any) -> Any:
        return await self._gather(key, kwargs, None)

    async def _gather(self, key: str, kwargs: dict[str, Any], gate: Gate | None) -> Any:

        op = get_operation(key)
        kwargs = _normalised(self._client, op, kwargs)
        pages: list[Any] = []
        flow = paging_flow(self._client, key, kwargs, pages, gate)
        items = [item async for item in iterate_async(self._client._http, flow)]
        return _collection(op, items, kwargs, pages)

    async def _many(
        self,
        key: str,
        values: Iterable[str],
        concurrency: int,
        on_result: Callable[[str, Any], None] | None,
        **kwargs: Any,
    ) -> dict[str, Any]:
        import asyncio  # noqa: PLC0415

        batch = _Batch(self._client, key, values, concurrency, on_result, kwargs)
        pending = iter(batch.order)

        async def worker() -> None:
            for value in pending:
                result: Any = batch.start(value)
                if result is None:
                    try:
                        result = await self._gather(key, batch.args(value), batch)
                    except Exception as exc:  # noqa: BLE001 - one never loses the others
                        result = _as_error(exc, value, self._client._settings.api_key)
                batch.finish(value, result)

        workers = [
            asyncio.ensure_future(worker()) for _ in range(min(concurrency, len(batch.order)))
        ]
        try:
            await asyncio.gather(*workers)
        finally:  # an on_result that raised, or the caller cancelled: stop every worker
            batch.end()
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        return batch.done()
