"""A fake Xverse rune-balances API for your tests: in-process httpx transports or a local server.

The fake answers ``GET /v1/ordinals/address/{address}/runes`` as ``openapi.json``
documents it, from balances you seed (or :func:`default_balances`), and can misbehave
on demand: rate limits, gateway errors, slow answers, dropped connections.

::

    from xverse_api.testing import DEFAULT_API_KEY, DEFAULT_ADDRESS, FakeXverse, Fault

    fake = FakeXverse(honour_paging=True)
    fake.add_fault(Fault.html(502), times=2)            # the next two requests get a 502 page
    http = httpx.Client(transport=fake.transport(), base_url="https://fake.test")
    ...
    with fake.serve() as base_url:                     # a real HTTP/1.1 server on 127.0.0.1
        ...                                            # "http://127.0.0.1:54321"
    assert fake.requests[0].status == 502

Public names
------------
``FakeXverse(balances=None, *, api_key=DEFAULT_API_KEY, honour_paging=False,
rate_limit=None, burst=None, indexer_height=DEFAULT_INDEXER_HEIGHT, network="mainnet",
clock=time.monotonic, announce_rate_limit=True)``
    The fake. ``balances`` maps address -> list of wire items (dicts exactly as the API
    sends them); ``None`` seeds :func:`default_balances`. A valid address that is not
    seeded holds no runes (200, empty list). Checks run in this order: unknown path 404,
    other method 405 (with ``Allow: GET``), missing or wrong key 401, rate limit 429, bad
    address or query 400 (``"Invalid input: ..."``), then 200. Error bodies are JSON
    strings, as the spec documents. Other operations of the spec follow the same order;
    a JSON request body is checked against the operation's requestBody schema with the
    parameters, and an operation that documents 403 but not 401 answers a bad key 403,
    one that documents 422 but not 400 answers bad input 422.

    - ``honour_paging=False`` is today's server: ``limit``/``offset`` are validated and
      then ignored (full list, ``offset`` 0, ``limit == total == len(items)``).
      ``True`` pages: ``items[offset:offset + limit]``, ``limit`` echoed (default 60).
    - ``rate_limit`` (requests per second) turns on a token bucket holding ``burst``
      tokens (default: one second's worth, at least 1). Past it the answer is 429 with
      ``Retry-After`` (whole seconds, rounded up, at least 1) and ``retry-after-ms``.
      Every answer past authentication then carries ``x-ratelimit-limit`` (the burst),
      ``x-ratelimit-remaining`` and ``RateLimit-Policy: "default";q=RATE;w=1``.
    - ``announce_rate_limit=False`` makes the limit silent, as most gateways are: no
      rate headers at all, and a 429 carries ``Retry-After`` only.
    - ``clock`` (seconds, monotonic) drives the bucket; inject one to test it exactly.

    Methods: ``transport()`` -> ``httpx.BaseTransport``, ``async_transport()`` ->
    ``httpx.AsyncBaseTransport`` (no sockets; a delay longer than the request's read
    timeout raises ``httpx.ReadTimeout``, a dropped connection raises
    ``httpx.RemoteProtocolError``); ``serve(host="127.0.0.1", port=0,
    idle_timeout=5.0)``, a context manager yielding the base URL of a threaded HTTP/1.1
    keep-alive server, stopped and joined on exit (a connection that takes longer than
    ``idle_timeout`` seconds to send a whole request, or sits idle that long between
    requests, is closed, so slow or stalled clients cannot hold threads forever);
    ``handle(method, raw_path, query, headers)`` -> :class:`FakeResponse`, the one
    request-handling core both use; ``add_fault(fault, times=1)``,
    ``clear_faults()``, ``pending_faults``, ``set_balances(address, items)``, ``reset()``
    (forget requests and faults, refill the bucket). ``requests`` is a snapshot list of
    :class:`RecordedRequest` (the last 100,000).
``Fault``
    One misbehaviour, queued with ``add_fault``; each request (any path, any method)
    takes the next one. A fault with a status replaces the answer before any check and
    spends no rate-limit token.
    Constructors: ``Fault.error(status, message)`` (JSON string body, as the spec
    documents), ``Fault.json(status, value)`` (any JSON, e.g. an object),
    ``Fault.html(status)``, ``Fault.text(status, text)``, ``Fault.empty(status)``,
    ``Fault.rate_limited(retry_after=1, retry_after_ms=None)`` (seconds, an aware
    ``datetime`` sent as an HTTP-date, or a raw header string), ``Fault.slow(seconds)``
    (the normal answer, late), ``Fault.dropped(after=0.0)`` (close the connection
    without answering), ``Fault.truncated()`` (the normal answer with its JSON cut in half,
    Content-Length consistent). Or build one: ``Fault(status=520, body=b"...",
    content_type="text/plain", headers=(("x-a", "b"),), delay=0.5)``.
``FakeResponse``
    What the core decided: ``status``, ``headers``, ``body``, ``delay``, ``drop``;
    ``header(name)``, ``json()``.
``RecordedRequest``
    One request seen: ``method``, ``path`` (raw), ``query`` (raw), ``params``,
    ``headers`` (the API key's value redacted), ``api_key`` ("valid", "invalid" or
    "missing"), ``address``, ``status`` (``None`` when dropped), ``fault``;
    ``header(name)``.
``main(argv=None, *, stop=None, out=None)``
    ``python -m xverse_api.testing [--host H] [--port 0] [--api-key K] [--rate-limit R]
    [--burst B] [--honour-paging] [--data FILE.json] [--network N] [--indexer-height N]``:
    serve until Ctrl-C or SIGTERM (or until the ``threading.Event`` ``stop`` is set); the
    first line on stdout (or ``out``) is the base URL. Returns 0, or 2 for bad data.
Constants and data
    ``DEFAULT_API_KEY`` ("fake-key"), ``API_KEY_HEADER``, ``DEFAULT_INDEXER_HEIGHT``,
    ``LIMIT_MIN``/``LIMIT_MAX``/``LIMIT_DEFAULT`` (25/60/60, as the spec documents),
    ``DEFAULT_ADDRESS`` (the spec's default), ``DEFAULT_ADDRESSES``, ``EMPTY_ADDRESS``,
    ``MANY_RUNES_ADDRESS`` (150 balances), ``MANY_RUNES_COUNT``, ``U128_MAX``,
    ``default_balances()``.

Only the standard library, httpx and attrs are used.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import email.utils
import hmac
import html
import http
import io
import json
import math
import re
import signal
import socket
import socketserver
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any, Final, Literal, TextIO
from urllib.parse import parse_qsl

import attrs
import httpx

from ._address import NETWORKS
from ._address import validate_address as _validate_address
from ._errors import InvalidAddressError
from ._fake_data import (
    DEFAULT_ADDRESS,
    DEFAULT_ADDRESSES,
    EMPTY_ADDRESS,
    MANY_RUNES_ADDRESS,
    MANY_RUNES_COUNT,
    U128_MAX,
    default_balances,
)
from ._fake_spec import Invalid as _Invalid
from ._fake_spec import Route, check_body, check_params, conform, example_body, match, routes

__all__ = [
    "API_KEY_HEADER",
    "DEFAULT_ADDRESS",
    "DEFAULT_ADDRESSES",
    "DEFAULT_API_KEY",
    "DEFAULT_INDEXER_HEIGHT",
    "EMPTY_ADDRESS",
    "LIMIT_DEFAULT",
    "LIMIT_MAX",
    "LIMIT_MIN",
    "MANY_RUNES_ADDRESS",
    "MANY_RUNES_COUNT",
    "U128_MAX",
    "FakeResponse",
    "FakeXverse",
    "Fault",
    "RecordedRequest",
    "default_balances",
    "main",
]

DEFAULT_API_KEY: Final = "fake-key"
#: The spec's security scheme: an API key in this header.
API_KEY_HEADER: Final = "x-api-key"
#: The ``indexerHeight`` every answer reports unless told otherwise.
DEFAULT_INDEXER_HEIGHT: Final = 925_000
#: ``limit`` bounds and default as openapi.json documents them (tests compare them to it).
LIMIT_MIN: Final = 25
LIMIT_MAX: Final = 60
LIMIT_DEFAULT: Final = 60

_REDACTED: Final = "[redacted]"
_MAX_RECORDED: Final = 100_000
#: Seconds the HTTP server gives a connection to deliver a whole request (see serve()).
DEFAULT_IDLE_TIMEOUT: Final = 5.0
_JSON: Final = "application/json"
# Offsets past this are all "beyond the end"; it keeps int() of 1e999999 cheap.
_OFFSET_CAP: Final = 10**18
_NUMBER: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


def _seeded_route() -> Route:
    """The operation the seeded balances answer: the paging operation sdk.yaml declares
    (its collection is RuneBalances). Every other operation answers an example body."""
    return next(
        r for r in routes() if r.paging is not None and r.paging["collection"] == "RuneBalances"
    )


_SEEDED: Final = _seeded_route()
_OFFSET: Final = str(_SEEDED.paging["offset"]) if _SEEDED.paging else "offset"
_LIMIT: Final = str(_SEEDED.paging["limit"]) if _SEEDED.paging else "limit"
#: the query parameter that filters by rune id: the one sdk.yaml declares a rune_id
_RUNE_ID: Final = next(
    (p["wire"] for p in _SEEDED.params if p["schema"].get("x-sdk-format") == "rune_id"), None
)
_ITEM_REQUIRED: Final[tuple[str, ...]] = tuple(
    ((_SEEDED.success_schema or {}).get("properties", {}).get("items", {}).get("items", {})).get(
        "required", ()
    )
)


def _json_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _header_pairs(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(name), str(value)) for name, value in pairs)


def _check_status(_: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and not 100 <= value <= 999:
        raise ValueError(f"{attribute.name} must be a three-digit HTTP status, not {value}")


def _check_delay(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not value >= 0:  # also refuses NaN
        raise ValueError(f"{attribute.name} must be >= 0 seconds, not {value}")


@attrs.frozen(kw_only=True)
class Fault:
    """One misbehaviour of the fake, for one request (see the module docs).

    With ``drop`` the connection closes without an answer (after ``delay``). Otherwise,
    with ``status`` set, the answer is ``status`` with ``body``, ``content_type`` and
    ``headers``; without it, the normal answer. Then ``truncate`` cuts the body in half
    and ``delay`` holds the answer back that many seconds.
    """

    status: int | None = attrs.field(default=None, validator=_check_status)
    body: bytes = b""
    content_type: str | None = _JSON
    headers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_header_pairs)
    delay: float = attrs.field(default=0.0, validator=_check_delay)
    drop: bool = False
    truncate: bool = False

    @classmethod
    def error(cls, status: int = 500, message: str | None = None) -> Fault:
        """``status`` with a JSON string body, as the spec documents its errors."""
        return cls(status=status, body=_json_bytes(message or _reason(status)))

    @classmethod
    def json(cls, status: int, value: object) -> Fault:
        """``status`` with any JSON body (an object where the spec promises a string)."""
        return cls(status=status, body=_json_bytes(value))

    @classmethod
    def html(cls, status: int = 502, title: str | None = None) -> Fault:
        """``status`` with a gateway's HTML error page (``text/html``)."""
        text = html.escape(title or f"{status} {_reason(status)}")
        page = (
            f"<html>\r\n<head><title>{text}</title></head>\r\n<body>\r\n"
            f"<center><h1>{text}</h1></center>\r\n<hr><center>nginx</center>\r\n"
            "</body>\r\n</html>\r\n"
        )
        return cls(status=status, body=page.encode(), content_type="text/html")

    @classmethod
    def text(cls, status: int, text: str) -> Fault:
        """``status`` with a plain-text body."""
        return cls(status=status, body=text.encode(), content_type="text/plain; charset=utf-8")

    @classmethod
    def empty(cls, status: int) -> Fault:
        """``status`` with no body and no Content-Type."""
        return cls(status=status, content_type=None)

    @classmethod
    def rate_limited(
        cls,
        retry_after: float | dt.datetime | str | None = 1,
        *,
        retry_after_ms: float | None = None,
    ) -> Fault:
        """429 with the spec's JSON string body and ``Retry-After``.

        ``retry_after``: seconds (rounded up to a whole number), an aware ``datetime``
        (sent as an HTTP-date), a raw header value, or ``None`` for no header.
        ``retry_after_ms`` adds a ``retry-after-ms`` header.
        """
        headers: list[tuple[str, str]] = []
        if isinstance(retry_after, dt.datetime):
            headers.append(("Retry-After", email.utils.format_datetime(retry_after, usegmt=True)))
        elif isinstance(retry_after, str):
            headers.append(("Retry-After", retry_after))
        elif retry_after is not None:
            headers.append(("Retry-After", str(math.ceil(retry_after))))
        if retry_after_ms is not None:
            headers.append(("retry-after-ms", str(math.ceil(retry_after_ms))))
        return cls(status=429, body=_json_bytes("Rate limit exceeded"), headers=headers)

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """The normal answer, ``seconds`` late."""
        return cls(delay=seconds)

    @classmethod
    def dropped(cls, *, after: float = 0.0) -> Fault:
        """Close the connection without answering (after ``after`` seconds)."""
        return cls(drop=True, delay=after)

    @classmethod
    def truncated(cls) -> Fault:
        """The normal answer with its body cut in half: JSON that does not parse."""
        return cls(truncate=True)


@attrs.frozen(kw_only=True)
class FakeResponse:
    """The core's decision for one request. ``drop``: close without answering."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    delay: float = 0.0
    drop: bool = False

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), or ``None``."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


@attrs.frozen(kw_only=True)
class RecordedRequest:
    """One request the fake saw, with the API key's value redacted."""

    method: str
    path: str
    query: str
    params: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...]
    api_key: Literal["valid", "invalid", "missing"]
    address: str | None
    status: int | None
    fault: Fault | None

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), or ``None``."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k == wanted), None)


class _TokenBucket:
    """``rate`` tokens a second, at most ``capacity``. Callers hold the fake's lock."""

    def __init__(self, rate: float, capacity: int, clock: Callable[[], float]) -> None:
        self.rate, self.capacity, self.clock = rate, capacity, clock
        self.tokens = float(capacity)
        self.updated = clock()

    def refill(self) -> None:
        self.tokens = float(self.capacity)
        self.updated = self.clock()

    def take(self) -> float:
        """0.0 if a token was taken, else the seconds until one will be there."""
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


def _check_items(address: str, items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    parsed = []
    for index, item in enumerate(items):
        if not isinstance(item, Mapping):
            raise TypeError(f"balance {index} of {address} is not an object: {item!r:.60}")
        missing = [name for name in _ITEM_REQUIRED if name not in item]
        if missing:
            raise ValueError(
                f"balance {index} of {address} lacks the required field {missing[0]!r}; the "
                "spec's 200 schema requires it (use Fault.json to send a body that breaks the spec)"
            )
        parsed.append(dict(item))
    return parsed


class FakeXverse:
    """The fake API. Thread-safe; see the module docs for every option."""

    def __init__(
        self,
        balances: Mapping[str, Iterable[Mapping[str, Any]]] | None = None,
        *,
        api_key: str = DEFAULT_API_KEY,
        honour_paging: bool = False,
        rate_limit: float | None = None,
        burst: int | None = None,
        indexer_height: int = DEFAULT_INDEXER_HEIGHT,
        network: str = "mainnet",
        clock: Callable[[], float] = time.monotonic,
        announce_rate_limit: bool = True,
    ) -> None:
        if network not in NETWORKS:
            raise ValueError(f"unknown network {network!r}; use one of {', '.join(NETWORKS)}")
        if rate_limit is not None and not rate_limit > 0:
            raise ValueError(f"rate_limit must be > 0 requests per second, not {rate_limit}")
        if burst is not None and burst < 1:
            raise ValueError(f"burst must be at least 1, not {burst}")
        self.api_key = api_key
        self.honour_paging = honour_paging
        self.indexer_height = indexer_height
        self.network = network
        self._lock = threading.Lock()
        self._balances: dict[str, list[dict[str, Any]]] = {}
        self._answers: dict[str, list[tuple[dict[str, str], int, Any]]] = {}
        for address, items in (default_balances() if balances is None else balances).items():
            self.set_balances(address, items)
        self._faults: deque[Fault] = deque()
        self._requests: deque[RecordedRequest] = deque(maxlen=_MAX_RECORDED)
        self._bucket: _TokenBucket | None = None
        self.announce_rate_limit = announce_rate_limit
        if rate_limit is not None:
            capacity = burst if burst is not None else max(1, math.ceil(rate_limit))
            self._bucket = _TokenBucket(rate_limit, capacity, clock)

    # -- state ---------------------------------------------------------------------------

    def set_balances(self, address: str, items: Iterable[Mapping[str, Any]]) -> None:
        """Seed (or replace) the wire items ``address`` holds."""
        try:
            _validate_address(address, self.network)  # type: ignore[arg-type]
        except InvalidAddressError as exc:
            raise ValueError(f"cannot seed balances: {exc}") from None
        parsed = _check_items(address, items)
        with self._lock:
            self._balances[address] = parsed

    def set_answer(
        self,
        operation: str,
        body: Any,
        *,
        status: int = 200,
        where: Mapping[str, str] | None = None,
    ) -> None:
        """Seed the answer of any operation (``"GET /v1/runes/{runeId}"``): ``body`` (any
        JSON value) with ``status``, for requests whose path parameters equal ``where``
        (wire names, e.g. ``{"runeId": "840000:3"}``; ``None``: every request). Later
        seeds win. Unseeded operations answer an example body valid under their schema."""
        if not any(r.key == operation for r in routes()):
            known = ", ".join(r.key for r in routes())
            raise ValueError(f"no operation {operation!r} in openapi.json; known: {known}")
        with self._lock:
            self._answers.setdefault(operation, []).insert(0, (dict(where or {}), status, body))

    def add_fault(self, fault: Fault, times: int = 1) -> None:
        """Answer each of the next ``times`` requests (after queued faults) with ``fault``."""
        if times < 1:
            raise ValueError(f"times must be at least 1, not {times}")
        with self._lock:
            self._faults.extend([fault] * times)

    def clear_faults(self) -> None:
        """Drop every queued fault."""
        with self._lock:
            self._faults.clear()

    @property
    def pending_faults(self) -> int:
        """How many queued faults are still waiting for a request."""
        with self._lock:
            return len(self._faults)

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of the requests seen so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def reset(self) -> None:
        """Forget recorded requests and queued faults; refill the rate-limit bucket."""
        with self._lock:
            self._requests.clear()
            self._faults.clear()
            if self._bucket is not None:
                self._bucket.refill()

    # -- the core ------------------------------------------------------------------------

    def handle(
        self,
        method: str,
        raw_path: str,
        query: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes | None = b"",
    ) -> FakeResponse:
        """Decide the answer to one request; record it. Both transports and the server use it.

        ``raw_path`` is percent-encoded and without the query; ``query`` is the raw query
        string (no ``?``); ``body`` the request body (``None``: not read, not checked). The
        caller carries out ``delay`` and ``drop``.
        """
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        lowered = tuple((str(k).lower(), str(v)) for k, v in pairs)
        given_key = next((v for k, v in lowered if k == API_KEY_HEADER), None)
        key_state: Literal["valid", "invalid", "missing"] = (
            "missing"
            if given_key is None
            else "valid"
            if hmac.compare_digest(given_key.encode(), self.api_key.encode())
            else "invalid"
        )
        params = tuple(parse_qsl(query, keep_blank_values=True))
        with self._lock:
            fault = self._faults.popleft() if self._faults else None
        route, path_values, allowed = match(method.upper(), raw_path)
        address = next(
            (
                path_values.get(p["wire"])
                for p in (route.params if route else ())
                if p["in"] == "path" and p["schema"].get("format") == "BitcoinAddress"
            ),
            None,
        )
        answer = self._answer(
            fault,
            method.upper(),
            routed=(route, path_values, allowed),
            params=params,
            headers=lowered,
            key_state=key_state,
            body=body,
        )
        if method.upper() == "HEAD":
            answer = attrs.evolve(answer, body=b"")
        record = RecordedRequest(
            method=method.upper(),
            path=raw_path,
            query=query,
            params=params,
            headers=tuple((k, _REDACTED if k == API_KEY_HEADER else v) for k, v in lowered),
            api_key=key_state,
            address=address,
            status=None if answer.drop else answer.status,
            fault=fault,
        )
        with self._lock:
            self._requests.append(record)
        return answer

    def _answer(
        self,
        fault: Fault | None,
        method: str,
        *,
        routed: tuple[Route | None, dict[str, str], list[str]],
        params: tuple[tuple[str, str], ...],
        headers: tuple[tuple[str, str], ...],
        key_state: str,
        body: bytes | None = b"",
    ) -> FakeResponse:
        if fault is not None and fault.drop:
            return FakeResponse(status=0, delay=fault.delay, drop=True)
        if fault is not None and fault.status is not None:
            content_type = (
                () if fault.content_type is None else (("Content-Type", fault.content_type),)
            )
            answer = FakeResponse(
                status=fault.status, headers=content_type + fault.headers, body=fault.body
            )
        else:
            answer = self._normal(method, routed, params, headers, key_state, request_body=body)
        if fault is not None:
            body = answer.body[: len(answer.body) // 2] if fault.truncate else answer.body
            answer = attrs.evolve(answer, body=body, delay=fault.delay)
        return answer

    def _normal(
        self,
        method: str,
        routed: tuple[Route | None, dict[str, str], list[str]],
        params: tuple[tuple[str, str], ...],
        headers: tuple[tuple[str, str], ...],
        key_state: str,
        *,
        request_body: bytes | None = b"",
    ) -> FakeResponse:
        """The answer of a well-behaved server: routing, auth, rate limit, input, data.

        Auth failures answer 401 (403 when the operation documents only that); bad input
        (parameters, or a JSON body against the operation's requestBody schema) 400 (422
        when the operation documents only that)."""
        route, path_values, allowed = routed
        if route is None:
            if not allowed:
                return _error(404, "Not found")
            methods = ", ".join(sorted(set(allowed)))
            return _error(405, f"Method not allowed: use {methods}", (("Allow", methods),))
        if route.security and key_state != "valid":
            why = "missing" if key_state == "missing" else "invalid"
            status = route.auth_status
            return _error(status, f"{_reason(status)}: {why} {API_KEY_HEADER} header")
        limit_headers: tuple[tuple[str, str], ...] = ()
        if self._bucket is not None:
            with self._lock:
                wait = self._bucket.take()
                remaining = math.floor(self._bucket.tokens)
            limit_headers = (
                ("x-ratelimit-limit", str(self._bucket.capacity)),
                ("x-ratelimit-remaining", str(remaining)),
                # IETF draft-ietf-httpapi-ratelimit-headers: the steady pace, per second
                ("RateLimit-Policy", f'"default";q={self._bucket.rate:g};w=1'),
            )
            if not self.announce_rate_limit:  # a silent gateway: 429 and Retry-After only
                limit_headers = ()
            if wait:
                retry_after: tuple[tuple[str, str], ...] = (
                    ("Retry-After", str(max(1, math.ceil(wait)))),
                )
                if self.announce_rate_limit:
                    retry_after += (("retry-after-ms", str(math.ceil(wait * 1000))),)
                return _error(429, "Rate limit exceeded", (*retry_after, *limit_headers))
        try:
            values = check_params(route, path_values, params, headers, self.network)
            check_body(route, request_body, headers)
        except _Invalid as exc:
            return _error(route.invalid_status, f"Invalid input: {exc}", limit_headers)
        status, body = self._body(route, path_values, values)
        if body is None:
            return FakeResponse(status=status, headers=limit_headers)
        return FakeResponse(
            status=status,
            headers=(("Content-Type", _JSON), *limit_headers),
            body=_json_bytes(body),
        )

    def _body(
        self, route: Route, path_values: Mapping[str, str], values: Mapping[str, Any]
    ) -> tuple[int, Any]:
        with self._lock:
            seeded = list(self._answers.get(route.key, ()))
        for where, status, body in seeded:
            if all(path_values.get(k) == v for k, v in where.items()):
                return status, body
        if route is _SEEDED:
            return 200, self._page(values)
        if route.success_type is None:
            return route.success_status, None
        return route.success_status, example_body(route.success_schema)

    def _page(self, values: Mapping[str, Any]) -> dict[str, Any]:
        address = next(v for p in _SEEDED.params if p["in"] == "path" for v in [values[p["wire"]]])
        offset = int(min(values.get(_OFFSET, 0), _OFFSET_CAP))
        limit = int(values.get(_LIMIT, LIMIT_DEFAULT))
        with self._lock:
            items = self._balances.get(address, [])
        if _RUNE_ID is not None and _RUNE_ID in values:
            items = [item for item in items if item.get("id") == values[_RUNE_ID]]
        if self.honour_paging:
            shown = items[offset : offset + limit]
        else:
            shown, offset, limit = items, 0, len(items)
        paging = _SEEDED.paging or {}
        page = {
            "limit": limit,
            "offset": offset,
            paging.get("total", "total"): len(items),
            paging.get("items", "items"): list(shown),
            "indexerHeight": self.indexer_height,
        }
        conformed: dict[str, Any] = conform(page, _SEEDED.success_schema)  # the spec's types
        return conformed

    # -- the two ways in -----------------------------------------------------------------

    def transport(self) -> httpx.BaseTransport:
        """An in-process httpx transport answering from this fake (no sockets)."""
        return _Transport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The asyncio twin of :meth:`transport`."""
        return _AsyncTransport(self)

    @contextlib.contextmanager
    def serve(
        self, host: str = "127.0.0.1", port: int = 0, *, idle_timeout: float = DEFAULT_IDLE_TIMEOUT
    ) -> Iterator[str]:
        """Serve this fake over HTTP/1.1 in background threads; yield the base URL.

        ``port=0`` picks a free port. A connection is closed when a request takes more
        than ``idle_timeout`` seconds to arrive whole (headers and body), counted from
        the connection's start or the end of the previous answer: idle keep-alive
        connections and slowloris clients do not keep a thread each for ever. On exit the
        server stops, open connections are closed and every thread is joined.
        """
        server = _Server((host, port), self, idle_timeout=idle_timeout)
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="xverse-fake-server",
            daemon=True,
        )
        thread.start()
        try:
            yield f"http://{host}:{server.server_port}"
        finally:
            server.stop(thread)


def _error(status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> FakeResponse:
    return FakeResponse(
        status=status, headers=(("Content-Type", _JSON), *headers), body=_json_bytes(message)
    )


# -- in-process transports -------------------------------------------------------------


def _split(request: httpx.Request) -> tuple[str, str, str, list[tuple[str, str]]]:
    raw_path, _, query = request.url.raw_path.decode("ascii").partition("?")
    return request.method, raw_path, query, request.headers.multi_items()


def _read_timeout(request: httpx.Request) -> float | None:
    timeout: Mapping[str, float | None] = request.extensions.get("timeout") or {}
    return timeout.get("read")


def _finish(request: httpx.Request, answer: FakeResponse, timed_out: bool) -> httpx.Response:
    if timed_out:
        raise httpx.ReadTimeout(
            "the fake API answered later than the read timeout", request=request
        )
    if answer.drop:
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )
    return httpx.Response(
        answer.status, headers=list(answer.headers), content=answer.body, request=request
    )


def _wait(answer: FakeResponse, request: httpx.Request) -> tuple[float, bool]:
    """How long to sleep, and whether the read timeout passes first."""
    read = _read_timeout(request)
    if read is not None and answer.delay > read:
        return read, True
    return answer.delay, False


class _Transport(httpx.BaseTransport):
    def __init__(self, fake: FakeXverse) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._fake.handle(*_split(request), request.read())
        seconds, timed_out = _wait(answer, request)
        if seconds:
            time.sleep(seconds)
        return _finish(request, answer, timed_out)


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, fake: FakeXverse) -> None:
        self._fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._fake.handle(*_split(request), await request.aread())
        seconds, timed_out = _wait(answer, request)
        if seconds:
            await asyncio.sleep(seconds)
        return _finish(request, answer, timed_out)


# -- the real server -------------------------------------------------------------------

_MAX_DISCARDED_BODY: Final = 1 << 20


class _DeadlineReader(io.RawIOBase):
    """A connection's reading side that gives up at a deadline, however slowly the bytes
    trickle in (a per-read socket timeout alone lets a 1-byte-per-second client stay).
    The handler moves the deadline after each answer."""

    def __init__(self, connection: socket.socket, timeout: float) -> None:
        self._connection = connection
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request did not arrive before the idle timeout")
        self._connection.settimeout(remaining)
        try:
            return self._connection.recv_into(buffer)
        finally:
            self._connection.settimeout(self.timeout)  # writes get the whole timeout


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in one write; no Nagle stalls
    _reader: _DeadlineReader

    def setup(self) -> None:
        """The stdlib's setup, with a socket timeout and a reading side with a deadline."""
        super().setup()
        self.connection.settimeout(self.server.idle_timeout)
        self._reader = _DeadlineReader(self.connection, self.server.idle_timeout)
        self.rfile = io.BufferedReader(self._reader)

    def handle_one_request(self) -> None:
        """One request; the next one gets ``idle_timeout`` from the end of this answer.

        A request that misses the deadline ends in TimeoutError, which the stdlib turns
        into closing the connection.
        """
        super().handle_one_request()
        self._reader.deadline = time.monotonic() + self.server.idle_timeout

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: no line per request on stderr."""

    def _dispatch(self) -> None:
        body = self._read_body()
        raw_path, _, query = self.path.partition("?")
        answer = self.server.fake.handle(self.command, raw_path, query, self.headers.items(), body)
        if answer.delay and self.server.stopping.wait(answer.delay):
            answer = attrs.evolve(answer, drop=True)  # shutting down: do not answer late
        if answer.drop:
            self.close_connection = True
            return
        lines = [
            f"HTTP/1.1 {answer.status} {_reason(answer.status)}",
            f"Date: {self.date_time_string()}",
            *(f"{name}: {value}" for name, value in answer.headers),
            f"Content-Length: {len(answer.body)}",
        ]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head + answer.body)

    def __getattr__(self, name: str) -> Callable[[], None]:
        """Every method, standard or not (QUERY, FOO), reaches the fake, which answers 405.

        The stdlib looks up ``do_<METHOD>`` and answers 501 when it is missing.
        """
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)

    def _read_body(self) -> bytes | None:
        """Read the request body (so the next request on the connection parses too);
        ``None`` when it was not read (chunked, or too big): the connection then closes."""
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True  # chunked bodies are not worth parsing here
            return None
        length = self.headers.get("Content-Length")
        if not length:
            return b""
        try:
            size = int(length)
        except ValueError:
            size = -1
        if 0 <= size <= _MAX_DISCARDED_BODY:
            return self.rfile.read(size)
        self.close_connection = True
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def server_bind(self) -> None:
        """Bind without HTTPServer's reverse DNS lookup (socket.getfqdn can take seconds)."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def __init__(
        self,
        address: tuple[str, int],
        fake: FakeXverse,
        *,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    ) -> None:
        if not (isinstance(idle_timeout, int | float) and 0 < idle_timeout < math.inf):
            raise ValueError(
                f"idle_timeout must be a positive number of seconds, not {idle_timeout!r}"
            )
        self.fake = fake
        self.idle_timeout = float(idle_timeout)
        self.stopping = threading.Event()
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name="xverse-fake-connection",
            daemon=True,
        )
        with self._connections_lock:
            self._connections[request] = thread
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.pop(request, None)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that goes away mid-answer is normal here; anything else is reported."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def stop(self, thread: threading.Thread) -> None:
        self.stopping.set()
        self.shutdown()
        thread.join()
        self.server_close()
        with self._connections_lock:
            open_now = list(self._connections.items())
        for connection, _ in open_now:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        for _, worker in open_now:
            worker.join(timeout=5)


# -- command line ----------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m xverse_api.testing",
        description=(
            "Serve the fake Xverse rune-balances API until interrupted. The first line "
            "on stdout is the base URL."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    parser.add_argument(
        "--api-key", default=DEFAULT_API_KEY, help=f"the key to accept (default {DEFAULT_API_KEY})"
    )
    parser.add_argument(
        "--rate-limit", type=float, default=None, help="requests per second before 429 (off)"
    )
    parser.add_argument("--burst", type=int, default=None, help="token bucket size")
    parser.add_argument(
        "--honour-paging", action="store_true", help="apply limit/offset (today's API ignores them)"
    )
    parser.add_argument(
        "--data", type=Path, default=None, help="JSON file: address -> list of wire items"
    )
    parser.add_argument("--network", choices=sorted(NETWORKS), default="mainnet")
    parser.add_argument("--indexer-height", type=int, default=DEFAULT_INDEXER_HEIGHT)
    return parser


def _load_balances(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text("utf-8"))
    if not isinstance(data, dict):
        raise TypeError(f"{path} must hold a JSON object: address -> list of wire items")
    return data


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(
    argv: Sequence[str] | None = None,
    *,
    stop: threading.Event | None = None,
    out: TextIO | None = None,
) -> int:
    """Serve the fake until Ctrl-C, SIGTERM or ``stop`` is set; print the base URL first.

    ``stop`` and ``out`` (default: stdout) let a test or an embedding program drive it.
    """
    args = _parser().parse_args(argv)
    out = sys.stdout if out is None else out
    stop = threading.Event() if stop is None else stop
    try:
        balances = None if args.data is None else _load_balances(args.data)
        fake = FakeXverse(
            balances,
            api_key=args.api_key,
            honour_paging=args.honour_paging,
            rate_limit=args.rate_limit,
            burst=args.burst,
            indexer_height=args.indexer_height,
            network=args.network,
        )
    except (OSError, TypeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # SIGTERM stops the server like Ctrl-C; only the main thread may set handlers.
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.getsignal(signal.SIGTERM)
    if in_main_thread:
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        with fake.serve(args.host, args.port) as base_url, contextlib.suppress(KeyboardInterrupt):
            print(base_url, file=out, flush=True)
            print(f"fake Xverse API at {base_url}; Ctrl-C stops it", file=sys.stderr, flush=True)
            while not stop.wait(0.5):  # a timeout lets Ctrl-C through on Windows too
                pass
    finally:
        if in_main_thread and previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return 0


if __name__ == "__main__":  # pragma: no cover - exercised through a subprocess
    raise SystemExit(main())
