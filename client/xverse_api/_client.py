"""``Xverse`` and ``AsyncXverse``, and their ``runes`` resource.

The clients own configuration and I/O (one httpx client each); the runes resource knows
only what is runes-specific (which parameters page, how a page decodes). Requests come
from the generated module's ``_get_kwargs``; everything else that is not I/O is in
``_core`` and shared by both clients.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, Self, TypeAlias, TypeVar

import httpx

from ._address import validate_address
from ._constants import (
    API_KEY_HEADER,
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
    ENV_LOG,
    INITIAL_RETRY_DELAY,
    MAX_PAGES,
    PAGE_LIMIT,
    SERVERS,
    USER_AGENT,
)
from ._core import (
    Emit,
    Flow,
    ItemFlow,
    Settings,
    call,
    iterate_async,
    iterate_sync,
    logger,
    run_async,
    run_sync,
)
from ._errors import APIError, InvalidAddressError, InvalidParameterError, XverseError
from ._fleet import fleet_pace
from ._retry import Pacer

__all__ = ["AsyncXverse", "Xverse"]

_UNSENDABLE: Final = ("", ".", "..")
if TYPE_CHECKING:
    # _models (and msgspec under it) loads on the first request, not at import.
    from ._models import RuneBalance, RuneBalancePage, RuneBalances

    BatchResult: TypeAlias = RuneBalances | XverseError
    OnResult: TypeAlias = Callable[[str, BatchResult], None]


def _configure_logging() -> None:
    level = os.environ.get(ENV_LOG, "").strip().upper()
    if level in ("DEBUG", "INFO", "WARNING") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


H = TypeVar("H", httpx.Client, httpx.AsyncClient)


class _BaseClient(Generic[H]):
    """Everything both clients share: key, servers, timeout, retries, pacing, the one
    httpx client. Subclasses say only how to open an httpx client and which resources
    they carry."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        network: str = "mainnet",
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        validate_addresses: bool = True,
        http_client: H | None = None,
        rate_limit: float | None = None,
        retry_delay: float = INITIAL_RETRY_DELAY,
        rate_limit_url: str | None = None,
    ) -> None:
        _configure_logging()
        if api_key is None:
            api_key = os.environ.get(ENV_API_KEY) or None
        if not api_key:
            raise XverseError(
                f"no API key: pass api_key=... or set the {ENV_API_KEY} environment variable"
            )
        if network not in SERVERS:
            raise InvalidParameterError(
                f"unknown network {network!r}; use one of {', '.join(SERVERS)}"
            )
        if base_url is None:
            base_url = os.environ.get(ENV_BASE_URL) or SERVERS[network]
        try:
            url = httpx.URL(base_url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise InvalidParameterError(f"base_url {base_url!r} is not a URL: {exc}") from None
        if url.scheme not in ("http", "https") or not url.host:
            raise InvalidParameterError(
                f"base_url {str(base_url)!r} must be an http(s) URL such as {SERVERS['mainnet']}"
            )
        if timeout is None:
            raise InvalidParameterError(
                "timeout=None would wait forever; pass seconds (e.g. 30.0) or an httpx.Timeout"
            )
        if not isinstance(timeout, httpx.Timeout):
            if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
                raise InvalidParameterError(
                    f"timeout must be a positive number of seconds, not {timeout!r}"
                )
            timeout = httpx.Timeout(float(timeout))
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise InvalidParameterError(f"max_retries must be an int >= 0, not {max_retries!r}")
        shared = fleet_pace(rate_limit_url, api_key)  # pacing shared through Redis
        try:
            pacer = Pacer(rate_limit, shared=shared)
        except (ValueError, TypeError):
            raise InvalidParameterError(
                f"rate_limit must be a positive number of requests per second, not {rate_limit!r}"
            ) from None
        headers = {"user-agent": f"{USER_AGENT}/{_version()}", **(default_headers or {})}
        headers[API_KEY_HEADER] = api_key
        self.network = network
        self.validate_addresses = validate_addresses
        self._settings = Settings(
            api_key=api_key,
            base_url=url,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            pacer=pacer,
            initial_delay=retry_delay,
        )
        self._owns_http = http_client is None
        self._http: H = http_client if http_client is not None else self._open_http()
        self._attach(self._http)

    def _open_http(self) -> H:
        raise NotImplementedError

    def _attach(self, http: H) -> None:
        raise NotImplementedError

    @property
    def base_url(self) -> httpx.URL:
        return self._settings.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._settings.timeout

    @property
    def max_retries(self) -> int:
        return self._settings.max_retries

    @property
    def rate_limit(self) -> float | None:
        """The pace in force (requests/second): given, or learnt from the server."""
        return self._settings.pacer.rate

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, network={self.network!r}, "
            f"api_key=<redacted>)"
        )

    def _check_address(self, address: str) -> str:
        if self.validate_addresses:
            return validate_address(address, self.network)
        if not isinstance(address, str) or address in _UNSENDABLE:
            raise InvalidAddressError(
                f"address {address!r} cannot be sent as a path segment; pass a Bitcoin address",
                address=str(address),
            )
        return address


def _version() -> str:
    from . import __version__  # noqa: PLC0415 - avoids an import cycle at module load

    return __version__


def _check_page_args(offset: int, limit: int) -> None:
    for name, value, low, high in (("offset", offset, 0, None), ("limit", limit, 25, PAGE_LIMIT)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidParameterError(f"{name} must be an int, not {value!r}")
        if value < low or (high is not None and value > high):
            span = f"{low}..{high}" if high is not None else f">= {low}"
            raise InvalidParameterError(f"{name}={value} is outside {span}; pass a value in range")


def _decode_page(response: httpx.Response) -> RuneBalancePage:
    from ._models import decode_page  # noqa: PLC0415 - see the TYPE_CHECKING block

    return decode_page(response.content)


def _collect(items: list[RuneBalance], address: str, heights: list[int]) -> RuneBalances:
    from ._models import RuneBalances  # noqa: PLC0415 - see the TYPE_CHECKING block

    return RuneBalances(items, address=address, indexer_height=max(heights))


class _RunesBase:
    """Runes-specific request building and paging; no I/O."""

    def __init__(self, client: _BaseClient[Any], http: httpx.Client | httpx.AsyncClient) -> None:
        self._client = client
        self._http = http

    def _page_flow(
        self, address: str, offset: int, limit: int, rune_id: str | None
    ) -> Flow[RuneBalancePage]:
        # The generated module (and attrs under it) loads on the first request, not at import.
        from ._generated.api.ordinals import (  # noqa: PLC0415
            get_v1_ordinals_address_address_runes as runes_op,
        )
        from ._generated.types import UNSET  # noqa: PLC0415

        kwargs = runes_op._get_kwargs(
            address, offset=offset, limit=limit, rune_id=UNSET if rune_id is None else rune_id
        )
        settings = self._client._settings
        return call(settings, settings.build_request(self._http, kwargs), _decode_page)

    def _prepare(self, address: str, rune_id: str | None) -> str:
        address = self._client._check_address(address)
        if rune_id is not None and not isinstance(rune_id, str):
            raise InvalidParameterError(f"rune_id must be a str like '840000:3', not {rune_id!r}")
        return address

    def _all_flow(
        self, address: str, rune_id: str | None, sink: list[int] | None = None
    ) -> ItemFlow[RuneBalance]:
        """Every balance, page by page: never a duplicate rune id, nothing skipped, and a
        bounded number of requests whatever the server does with limit/offset/total."""
        seen: set[str] = set()
        offset = 0
        for _ in range(MAX_PAGES):
            page = yield from self._page_flow(address, offset, PAGE_LIMIT, rune_id)
            if sink is not None:
                sink.append(page.indexer_height)
            fresh = []
            for item in page.items:
                if item.rune_id not in seen:
                    seen.add(item.rune_id)
                    fresh.append(item)
            if fresh:
                yield Emit(fresh)
            offset += len(page.items)
            # Stop on: an empty page, a page with nothing new (the server ignores offset
            # or repeats itself), or reaching the total the server announced.
            if not fresh or offset >= page.total:
                return
        raise APIError(
            f"paging {address} did not end after {MAX_PAGES} pages; "
            "the server keeps announcing more balances. Use balances_page() to page by hand"
        )


class Runes(_RunesBase):
    """``client.runes``: rune balances of an address (sync)."""

    _http: httpx.Client

    def balances(self, address: str, *, rune_id: str | None = None) -> RuneBalances:
        """Every rune balance of ``address`` (following pages), optionally one ``rune_id``."""
        address = self._prepare(address, rune_id)
        heights: list[int] = []
        items = list(iterate_sync(self._http, self._all_flow(address, rune_id, heights)))
        return _collect(items, address, heights)

    def iter_balances(self, address: str, *, rune_id: str | None = None) -> Iterator[RuneBalance]:
        """Balances one by one, fetching the next page only when needed."""
        address = self._prepare(address, rune_id)
        return iterate_sync(self._http, self._all_flow(address, rune_id))

    def balances_page(
        self, address: str, *, offset: int = 0, limit: int = PAGE_LIMIT, rune_id: str | None = None
    ) -> RuneBalancePage:
        """Exactly one request: the page as the server sent it."""
        address = self._prepare(address, rune_id)
        _check_page_args(offset, limit)
        return run_sync(self._http, self._page_flow(address, offset, limit, rune_id))

    def balances_many(
        self,
        addresses: Iterable[str],
        *,
        rune_id: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        on_result: OnResult | None = None,
    ) -> dict[str, BatchResult]:
        """Balances of many addresses on ``concurrency`` threads: address -> RuneBalances
        or the XverseError it met. One failure never loses the others."""
        unique = _unique(addresses, concurrency)

        def one(address: str) -> tuple[str, BatchResult]:
            result: BatchResult
            try:
                result = self.balances(address, rune_id=rune_id)
            except XverseError as exc:
                result = exc
            if on_result is not None:
                on_result(address, result)
            return address, result

        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 - batch callers only

        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="xverse") as pool:
            return dict(pool.map(one, unique))


class AsyncRunes(_RunesBase):
    """``client.runes``: rune balances of an address (async)."""

    _http: httpx.AsyncClient

    async def balances(self, address: str, *, rune_id: str | None = None) -> RuneBalances:
        """Every rune balance of ``address`` (following pages), optionally one ``rune_id``."""
        address = self._prepare(address, rune_id)
        heights: list[int] = []
        items = [
            b async for b in iterate_async(self._http, self._all_flow(address, rune_id, heights))
        ]
        return _collect(items, address, heights)

    def iter_balances(
        self, address: str, *, rune_id: str | None = None
    ) -> AsyncIterator[RuneBalance]:
        """Balances one by one (``async for``), fetching the next page only when needed."""
        address = self._prepare(address, rune_id)
        return iterate_async(self._http, self._all_flow(address, rune_id))

    async def balances_page(
        self, address: str, *, offset: int = 0, limit: int = PAGE_LIMIT, rune_id: str | None = None
    ) -> RuneBalancePage:
        """Exactly one request: the page as the server sent it."""
        address = self._prepare(address, rune_id)
        _check_page_args(offset, limit)
        return await run_async(self._http, self._page_flow(address, offset, limit, rune_id))

    async def balances_many(
        self,
        addresses: Iterable[str],
        *,
        rune_id: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        on_result: OnResult | None = None,
    ) -> dict[str, BatchResult]:
        """Balances of many addresses, ``concurrency`` at a time: address -> RuneBalances
        or the XverseError it met. One failure never loses the others; order is kept."""
        import asyncio  # noqa: PLC0415

        unique = _unique(addresses, concurrency)
        results: dict[str, BatchResult] = {}
        pending = iter(unique)

        async def worker() -> None:
            for address in pending:
                result: BatchResult
                try:
                    result = await self.balances(address, rune_id=rune_id)
                except XverseError as exc:
                    result = exc
                results[address] = result
                if on_result is not None:
                    on_result(address, result)

        await asyncio.gather(*(worker() for _ in range(min(concurrency, len(unique)))))
        return {address: results[address] for address in unique}


def _unique(addresses: Iterable[str], concurrency: int) -> list[str]:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidParameterError(f"concurrency must be an int >= 1, not {concurrency!r}")
    if isinstance(addresses, str):
        raise InvalidParameterError("addresses must be a list of addresses, not one str")
    return list(dict.fromkeys(addresses))


class Xverse(_BaseClient[httpx.Client]):
    """The Xverse API client (sync). Use as a context manager to close what it opened.

    ``api_key`` defaults to ``$XVERSE_API_KEY``; ``base_url`` to ``$XVERSE_BASE_URL`` or the
    ``network``'s server (mainnet, signet, testnet4). ``timeout`` is seconds or an
    ``httpx.Timeout``, never unlimited. ``http_client`` is your own ``httpx.Client``
    (proxies, transports, tests); it is left open. ``rate_limit`` (requests/second)
    paces requests up front; without it the pace is learnt from the server's 429s and
    RateLimit-Policy header. ``retry_delay`` is the backoff's first step, in seconds.
    """

    runes: Runes

    def _open_http(self) -> httpx.Client:
        return httpx.Client()

    def _attach(self, http: httpx.Client) -> None:
        self.runes = Runes(self, http)

    def close(self) -> None:
        """Close the HTTP client if this object opened it (a passed-in one stays open)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncXverse(_BaseClient[httpx.AsyncClient]):
    """The Xverse API client (async). Same options as :class:`Xverse`;
    ``http_client`` is an ``httpx.AsyncClient``."""

    runes: AsyncRunes

    def _open_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient()

    def _attach(self, http: httpx.AsyncClient) -> None:
        self.runes = AsyncRunes(self, http)

    async def aclose(self) -> None:
        """Close the HTTP client if this object opened it (a passed-in one stays open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
