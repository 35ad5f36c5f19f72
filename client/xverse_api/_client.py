"""``Xverse`` and ``AsyncXverse``: configuration, the one httpx client, the resources.

The clients own configuration and I/O. Their resources (``client.runes`` …) and
``client.operations`` are generated from the spec (``_sdk/resources.py``) and all take
the one generic request path in ``_operations``; everything that is not I/O is in
``_core`` and shared by both clients. Nothing here names an operation.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import inspect
import logging
import math
import os
import ssl
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Final, Generic, Self, TypeVar

import httpx

from ._address import Network, normalised_case, validate_address
from ._constants import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
    ENV_LOG,
    INITIAL_RETRY_DELAY,
    SERVERS,
    USER_AGENT,
    VERSION,
)
from ._core import Settings, logger
from ._errors import InvalidAddressError, InvalidParameterError, UnknownOperationError, XverseError
from ._fleet import fleet_pace
from ._operations import _registry
from ._options import (
    check_api_key,
    check_default_headers,
    check_http_client,
    check_max_retries,
    check_rate_limit,
    check_retry_delay,
    check_timeout,
    safe_url,
)
from ._retry import Pacer
from ._sdk.resources import (
    ASYNC_RESOURCES,
    METHODS,
    SYNC_RESOURCES,
    AsyncResources,
    SyncResources,
)

__all__ = ["AsyncXverse", "Network", "Xverse"]

#: The provider's networks (``network=``); a type checker catches a typo.

_UNSENDABLE: Final = ("", ".", "..")


class _NotGiven:
    """Marks an option the caller did not pass (``None`` can be a real value)."""

    _instance: _NotGiven | None = None

    def __new__(cls) -> _NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = _NotGiven()


def _configure_logging() -> None:
    level = os.environ.get(ENV_LOG, "").strip().upper()
    if level in ("DEBUG", "INFO", "WARNING") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


H = TypeVar("H", httpx.Client, httpx.AsyncClient)


@contextlib.contextmanager
def _from_environment(variable: str, applies: bool) -> Iterator[None]:
    """A value from ``$variable`` that the client refuses: the error names the variable,
    since the caller passed nothing and would look for the mistake in the code."""
    try:
        yield
    except XverseError as exc:
        if not applies:
            raise
        raise type(exc)(
            f"{exc} (the value comes from the {variable} environment variable: fix or "
            "unset it, or pass the argument)"
        ) from None


def _pace(rate: float | None) -> float | None:
    """The pacer's fixed rate for a checked ``rate_limit``: ``math.inf`` (no pacing at
    all) is a rate no client reaches, so nothing is ever spaced and nothing learnt."""
    return _UNPACED if rate == math.inf else rate


_UNPACED: Final = 1e12
#: hosts that are never reached through a proxy from the environment
_LOOPBACK: Final = ("all://127.0.0.1", "all://localhost", "all://[::1]")


@functools.lru_cache(maxsize=4)
def _tls_context(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    """The verifying TLS context httpx builds by default (certifi's CAs, or the
    ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` it honours: the arguments are their values,
    the cache's key), built once per setting and shared by every client the SDK opens:
    loading the CA bundle is nearly all that opening a client costs (~40 ms each)."""
    del cafile, capath  # httpx reads them from the environment itself
    return httpx.create_ssl_context(verify=True, trust_env=True)


def _default_tls() -> ssl.SSLContext:
    return _tls_context(
        os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None
    )


class _BaseClient(Generic[H]):
    """Everything both clients share: key, servers, timeout, retries, pacing, the one
    httpx client. Subclasses say only how to open an httpx client and which resources
    they carry."""

    _http_class: type[httpx.Client] | type[httpx.AsyncClient]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        network: Network | _NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | _NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        validate_addresses: bool = True,
        http_client: H | None = None,
        rate_limit: float | None = None,
        retry_delay: float = INITIAL_RETRY_DELAY,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        rate_limit_url: str | None = None,
    ) -> None:
        _configure_logging()
        key_from_env = api_key is None and bool(os.environ.get(ENV_API_KEY))
        if api_key is None:
            api_key = os.environ.get(ENV_API_KEY) or None
        with _from_environment(ENV_API_KEY, key_from_env):
            api_key = check_api_key(api_key)
        check_http_client(http_client, self._http_class)
        chosen: str = "mainnet" if isinstance(network, _NotGiven) else network
        if chosen not in SERVERS:
            raise InvalidParameterError(
                f"unknown network {chosen!r}; use one of {', '.join(SERVERS)}"
            )
        # Precedence: base_url=, then network= (an explicit network is never overridden
        # by the environment), then the passed-in http_client's base_url, then
        # $XVERSE_BASE_URL, then the network's server.
        url_from_env = False
        if base_url is None:
            if not isinstance(network, _NotGiven):
                base_url = SERVERS[chosen]
            elif http_client is not None and str(http_client.base_url):
                base_url = http_client.base_url
            else:
                url_from_env = bool(os.environ.get(ENV_BASE_URL))
                base_url = os.environ.get(ENV_BASE_URL) or SERVERS[chosen]
        with _from_environment(ENV_BASE_URL, url_from_env):
            try:
                url = httpx.URL(base_url)
            except (httpx.InvalidURL, TypeError) as exc:
                # httpx's own words may quote a password fragment ("Invalid port: 'pw'")
                why = "" if "@" in str(base_url) else f": {exc}"
                raise InvalidParameterError(
                    f"base_url {safe_url(base_url)!r} is not a URL{why}"
                ) from None
            if url.scheme not in ("http", "https") or not url.host:
                raise InvalidParameterError(
                    f"base_url {safe_url(base_url)!r} must be an http(s) URL like "
                    f"{SERVERS['mainnet']}"
                )
        if isinstance(timeout, _NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        timeout = check_timeout(timeout)
        max_retries = check_max_retries(max_retries)
        if (
            isinstance(max_response_bytes, bool)
            or not isinstance(max_response_bytes, int)
            or max_response_bytes < 1
        ):
            raise InvalidParameterError(
                f"max_response_bytes must be an int >= 1, not {max_response_bytes!r}"
            )
        # pacing shared through Redis; an async client never waits on it in its event loop
        shared = fleet_pace(rate_limit_url, api_key, off_loop=self._http_class is httpx.AsyncClient)
        pacer = Pacer(_pace(check_rate_limit(rate_limit)), shared=shared)
        retry_delay = check_retry_delay(retry_delay)
        headers = {
            "user-agent": f"{USER_AGENT}/{VERSION}",
            **check_default_headers(default_headers),
        }
        self.network: Network = chosen  # type: ignore[assignment] # checked above
        self.validate_addresses = validate_addresses
        self._settings = Settings(
            api_key=api_key,
            base_url=url,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            pacer=pacer,
            initial_delay=retry_delay,
            max_response_bytes=max_response_bytes,
        )
        self._owns_http = http_client is None
        self._http: H = http_client if http_client is not None else self._open_http()
        self._attach()

    def _open_http(self) -> H:
        # never follow redirects: a 3xx is an APIStatusError, and the key stays here.
        # Proxies come from the environment as usual, except for this machine's own
        # loopback addresses (a fake API, a local gateway): as in Go's net/http, those
        # never go through a proxy.
        return self._http_class(  # type: ignore[return-value]
            follow_redirects=False, mounts=dict.fromkeys(_LOOPBACK), verify=_default_tls()
        )

    def _attach(self) -> None:
        raise NotImplementedError

    @property
    def operations(self) -> Operations:
        """Every operation of openapi.json: ``"METHOD /path"`` -> the bound typed method."""
        return Operations(self)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | _NotGiven = NOT_GIVEN,
        max_retries: int | _NotGiven = NOT_GIVEN,
        rate_limit: float | _NotGiven | None = NOT_GIVEN,
        retry_delay: float | _NotGiven = NOT_GIVEN,
    ) -> Self:
        """A client with other options that shares this one's connection pool (and its
        pacer, unless ``rate_limit`` changes). Closing it leaves the pool open."""
        clone = copy.copy(self)
        old = self._settings
        pacer = old.pacer
        if not isinstance(rate_limit, _NotGiven):
            fixed = _pace(check_rate_limit(rate_limit))
            if fixed != old.pacer.fixed_rate:
                # a new pace, still shared with the fleet when the client shares one
                pacer = Pacer(fixed, shared=old.pacer.shared_pace)
        settings = Settings(
            api_key=old.api_key,
            base_url=old.base_url,
            headers=old.headers,
            timeout=old.timeout if isinstance(timeout, _NotGiven) else check_timeout(timeout),
            max_retries=(
                old.max_retries
                if isinstance(max_retries, _NotGiven)
                else check_max_retries(max_retries)
            ),
            pacer=pacer,
            initial_delay=(
                old.initial_delay
                if isinstance(retry_delay, _NotGiven)
                else check_retry_delay(retry_delay)
            ),
            max_response_bytes=old.max_response_bytes,
        )
        settings.random = old.random
        clone._settings = settings
        clone._owns_http = False
        clone._attach()
        return clone

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
            f"{type(self).__name__}(base_url={safe_url(self.base_url)!r}, "
            f"network={self.network!r}, api_key=<redacted>)"
        )

    def _check_address(self, address: str) -> str:
        if self.validate_addresses:
            return validate_address(address, self.network)
        if not isinstance(address, str) or address in _UNSENDABLE:
            raise InvalidAddressError(
                f"address {address!r} cannot be sent as a path segment; pass a Bitcoin address",
                address=str(address),
            )
        return normalised_case(address)


class Xverse(_BaseClient[httpx.Client], SyncResources):
    """The Xverse API client (sync). Use as a context manager to close what it opened.

    ``api_key`` defaults to ``$XVERSE_API_KEY``. The server: ``base_url=``, else the
    ``network=``'s server (mainnet, signet, testnet4) when ``network`` is given, else
    ``http_client``'s base_url, else ``$XVERSE_BASE_URL``, else mainnet: explicit
    arguments beat the environment. ``timeout`` is seconds or an ``httpx.Timeout``
    (default: ``http_client``'s, else 30 s), never unlimited. ``http_client`` is your own
    ``httpx.Client`` (proxies, transports, tests); it is left open, and never follows
    redirects on the SDK's behalf. ``rate_limit`` (requests/second) paces requests up
    front; without it the pace is learnt from the server's 429s and RateLimit-Policy
    header. ``retry_delay`` is the backoff's first step, in seconds.

    Every operation of openapi.json is a typed method of a resource (``client.runes``)
    and an entry of ``client.operations``.
    """

    _http_class = httpx.Client

    def _attach(self) -> None:
        for name, cls in SYNC_RESOURCES.items():
            setattr(self, name, cls(self))

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


class AsyncXverse(_BaseClient[httpx.AsyncClient], AsyncResources):
    """The Xverse API client (async). Same options as :class:`Xverse`;
    ``http_client`` is an ``httpx.AsyncClient``; ``client.operations`` holds coroutine
    functions."""

    _http_class = httpx.AsyncClient

    def _attach(self) -> None:
        for name, cls in ASYNC_RESOURCES.items():
            setattr(self, name, cls(self))

    async def aclose(self) -> None:
        """Close the HTTP client if this object opened it (a passed-in one stays open).
        ``async with AsyncXverse() as client:`` calls it on the way out."""
        if self._owns_http:
            await self._http.aclose()

    async def close(self) -> None:
        """The same as :meth:`aclose` (``await client.close()``), named as on ``Xverse``."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


# --- client.operations ------------------------------------------------------------------------


class Operations(Mapping[str, Callable[..., Any]]):
    """``client.operations``: ``"METHOD /path"`` (as in openapi.json) -> the bound typed
    method. Keyword arguments take the generated Python names; on ``AsyncXverse`` the
    callables are coroutine functions. ``.with_raw_response`` is the same mapping for
    raw responses. Read-only."""

    def __init__(self, client: _BaseClient[Any], *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def __getitem__(self, key: str) -> Callable[..., Any]:
        if key not in _registry():
            known = "\n  ".join(sorted(_registry()))
            raise UnknownOperationError(
                f'no operation {key!r} in openapi.json; keys are "METHOD /path" exactly as '
                f"in the spec, one of:\n  {known}",
                key=key,
            )
        resource_name, method = METHODS[key]
        resource = getattr(self._client, resource_name)
        if self._raw:
            resource = resource.with_raw_response
        return getattr(resource, method)  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(_registry())

    def __len__(self) -> int:
        return len(_registry())

    def __contains__(self, key: object) -> bool:
        return key in _registry()

    @property
    def with_raw_response(self) -> Operations:
        return Operations(self._client, raw=True)

    def __repr__(self) -> str:
        return f"<operations: {', '.join(self)}>"


# --- what help() and inspect show -------------------------------------------------------------


def _present(cls: type[_BaseClient[Any]], http: str, resources: Mapping[str, type]) -> None:
    """``help(Xverse)`` lists the resources and shows the constructor as users call it:
    the concrete httpx client type (not the type variable) and no internal marker types."""
    lines = [
        f"    client.{name}: {kind.__name__} ({_methods(kind)})" for name, kind in resources.items()
    ]
    cls.__doc__ = f"{cls.__doc__}\n\n    Resources:\n\n" + "\n".join(lines) + "\n"
    signature = inspect.signature(_BaseClient.__init__)
    params = []
    for param in list(signature.parameters.values())[1:]:
        note = str(param.annotation).replace(" | _NotGiven", "").replace("H | None", http)
        params.append(param.replace(annotation=note))
    setattr(cls, "__signature__", signature.replace(parameters=params, return_annotation="None"))  # noqa: B010


def _methods(kind: type) -> str:
    names = [n for n in vars(kind) if not n.startswith("_") and callable(getattr(kind, n))]
    return ", ".join(names)


_present(Xverse, "httpx.Client | None", SYNC_RESOURCES)
_present(AsyncXverse, "httpx.AsyncClient | None", ASYNC_RESOURCES)
