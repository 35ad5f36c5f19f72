"""The fake API's state and request handling: :class:`FakeXverse` (see the package docs).

One concern, the decision for one request: routing, auth, the rate-limit bucket, input
checks, seeded or example bodies (the seeded balances as the v1 and v2 balance
operations, a rune's holders and its info show them), and the record of what was seen.
It is about 600 lines because :class:`FakeXverse` is one class whose methods share one
lock and one state; the answers' types (``_responses``), the spec knowledge (``_spec``), the data
(``_data``), the transports (``_transports``) and the HTTP server (``_server``) are
already apart.
"""

from __future__ import annotations

import contextlib
import hmac
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final, Literal
from urllib.parse import parse_qsl

import attrs
import httpx

from .._address import NETWORKS
from .._address import validate_address as _validate_address
from .._constants import API_KEY_HEADER as _API_KEY_HEADER
from .._constants import AUTH
from .._errors import InvalidAddressError
from ._data import (
    SeededAddresses,
    default_balances,
    from_wire,
    operation_key,
    seeded_addresses,
    to_wire,
)
from ._responses import FakeResponse, Fault, RecordedRequest, _reason
from ._server import DEFAULT_IDLE_TIMEOUT, _Server
from ._spec import Invalid as _Invalid
from ._spec import (
    Route,
    check_body,
    check_params,
    conform,
    error_body,
    example_body,
    match,
    routes,
    success_bytes,
)
from ._transports import _AsyncTransport, _Transport

__all__ = [
    "API_KEY_HEADER",
    "DEFAULT_API_KEY",
    "DEFAULT_INDEXER_HEIGHT",
    "LIMIT_DEFAULT",
    "LIMIT_MAX",
    "LIMIT_MIN",
    "FakeXverse",
]

DEFAULT_API_KEY: Final = "fake-key"
#: The spec's security scheme: an API key in this header.
API_KEY_HEADER: Final = _API_KEY_HEADER  # where the spec's security scheme puts the key
#: The ``indexerHeight`` every answer reports unless told otherwise.
DEFAULT_INDEXER_HEIGHT: Final = 925_000
#: ``limit`` bounds and default as openapi.json documents them (tests compare them to it).
LIMIT_MIN: Final = 25
LIMIT_MAX: Final = 60
LIMIT_DEFAULT: Final = 60

_REDACTED: Final = "[redacted]"
_MAX_RECORDED: Final = 100_000
#: ... and at most this many bytes of them (paths, queries, headers): the oldest go first,
#: so a client sending huge headers cannot make the log grow without bound.
_MAX_RECORDED_BYTES: Final = 32 * 1024 * 1024
# Offsets past this are all "beyond the end"; it keeps int() of 1e999999 cheap.
_OFFSET_CAP: Final = 10**18


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
#: the wire name of a balance's rune id (the field sdk.yaml calls ``rune_id``)
_ITEMS_ATTR: Final = str((_SEEDED.paging or {}).get("items_attr", "items"))
_ITEMS_WIRE: Final = str((_SEEDED.paging or {}).get("items", "items"))
_BALANCE_ID: Final = next(
    iter(to_wire(_SEEDED.key, {_ITEMS_ATTR: [{"rune_id": ""}]})[_ITEMS_WIRE][0])
)
#: the operations that show the seeded balances too (sdk.yaml's names for them)
_MEMPOOL: Final = operation_key("runes", "mempool_balances")
_HOLDERS: Final = operation_key("runes", "holders_page")
_INFO: Final = operation_key("runes", "info")
_DERIVED: Final = frozenset({_MEMPOOL, _HOLDERS, _INFO})
_MEMPOOL_RUNE_ID: Final = next(
    (
        p["wire"]
        for r in routes()
        if r.key == _MEMPOOL
        for p in r.params
        if p["schema"].get("x-sdk-format") == "rune_id"
    ),
    None,
)


def _mempool_balance(balance: Any) -> dict[str, Any]:
    """A v1 balance as v2 shows it: all of it confirmed, nothing pending."""
    symbol = {"symbol": balance.symbol} if balance.symbol is not None else {}
    return {
        "rune_id": balance.rune_id,
        "divisibility": balance.divisibility,
        **symbol,
        "rune_name": balance.rune_name,
        "confirmed_balance": balance.amount,
        "available_balance": balance.amount,
        "projected_balance": balance.amount,
        "pending_balance": {"incoming_amount": 0, "outgoing_amount": 0, "net_amount": 0},
    }


_ITEM_REQUIRED: Final[tuple[str, ...]] = tuple(
    (
        (_SEEDED.success_schema or {}).get("properties", {}).get(_ITEMS_WIRE, {}).get("items", {})
    ).get("required", ())
)


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
    """The fake API. Thread-safe; see the package docs (xverse_api.testing) for every option."""

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
        seeded = default_balances(network) if balances is None else balances
        for address, items in seeded.items():
            self.set_balances(address, items)
        self._faults: deque[Fault] = deque()
        self._requests: deque[RecordedRequest] = deque()
        self._recorded_bytes = 0
        self._bucket: _TokenBucket | None = None
        self.announce_rate_limit = announce_rate_limit
        if rate_limit is not None:
            capacity = burst if burst is not None else max(1, math.ceil(rate_limit))
            self._bucket = _TokenBucket(rate_limit, capacity, clock)

    # -- state ---------------------------------------------------------------------------

    @property
    def addresses(self) -> SeededAddresses:
        """The default data set's addresses on this fake's network (``.default``,
        ``.many_runes``, ``.empty``, ...): what ``FakeXverse(network=...)`` seeds."""
        return seeded_addresses(self.network)

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
            self._recorded_bytes = 0
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
        params = tuple(parse_qsl(query, keep_blank_values=True))
        given_key = _given_key(lowered, params)
        key_state: Literal["valid", "invalid", "missing"] = (
            "missing"
            if given_key is None
            else "valid"
            if hmac.compare_digest(given_key.encode(), self.api_key.encode())
            else "invalid"
        )
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
            self._record(record)
        return answer

    def _record(self, record: RecordedRequest) -> None:
        """Keep ``record``, dropping the oldest beyond the count and byte bounds."""
        self._requests.append(record)
        self._recorded_bytes += _size(record)
        while len(self._requests) > 1 and (
            len(self._requests) > _MAX_RECORDED or self._recorded_bytes > _MAX_RECORDED_BYTES
        ):
            self._recorded_bytes -= _size(self._requests.popleft())

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
            return _error(status, f"{_reason(status)}: {why} {API_KEY_HEADER} header", route=route)
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
                return _error(
                    429, "Rate limit exceeded", (*retry_after, *limit_headers), route=route
                )
        try:
            values = check_params(route, path_values, params, headers, self.network)
            check_body(route, request_body, headers)
        except _Invalid as exc:
            return _error(route.invalid_status, f"Invalid input: {exc}", limit_headers, route=route)
        status, body = self._body(route, path_values, values)
        ctype = route.content_type(status)
        if body is None or ctype is None:
            return FakeResponse(status=status, headers=limit_headers)
        return FakeResponse(
            status=status,
            headers=(("Content-Type", ctype), *limit_headers),
            body=success_bytes(ctype, body),
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
        derived = self._derived(route, values) if route.key in _DERIVED else None
        if derived is not None:
            return route.success_status, derived
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
            wanted = values[_RUNE_ID]
            items = [i for i in items if i.get(_BALANCE_ID) == wanted]
        if self.honour_paging:
            shown = items[offset : offset + limit]
        else:
            shown, offset, limit = items, 0, len(items)
        paging = _SEEDED.paging or {}
        page = to_wire(
            _SEEDED.key,
            {
                "limit": limit,
                "offset": offset,
                paging.get("total_attr", "total"): len(items),
                "indexer_height": self.indexer_height,
            },
        )
        page[_ITEMS_WIRE] = list(shown)  # as seeded: already on the wire
        conformed: dict[str, Any] = conform(page, _SEEDED.success_schema)  # the spec's types
        return conformed

    # -- the other operations that show the seeded balances, consistent with them --------

    def _holdings(self) -> list[tuple[str, Any]]:
        """(address, balance decoded by the SDK's model) for every seeded balance."""
        with self._lock:
            seeded = list(self._balances.items())
        return [
            (address, balance)
            for address, items in seeded
            for balance in from_wire(_SEEDED.key, _ITEMS_ATTR, items)
        ]

    def _rune(self, identifier: str) -> list[tuple[str, Any]]:
        """The holdings of the rune ``identifier`` names: its id, or its name with or
        without spacers."""
        bare = identifier.replace("•", "").replace(".", "").upper()
        return [
            (address, b)
            for address, b in self._holdings()
            if b.rune_id == identifier or b.rune_name.replace("•", "") == bare
        ]

    def _derived(self, route: Route, values: Mapping[str, Any]) -> Any:
        """The body of an operation that shows seeded balances (None: not one of them).

        v2 balances are the v1 balances, confirmed, nothing pending; a rune's holders are
        the seeded addresses holding it; a rune's info has their name, divisibility and
        symbol. Names are the SDK's; :func:`to_wire` puts them on the wire."""
        path = next((values[p["wire"]] for p in route.params if p["in"] == "path"), None)
        if route.key == _MEMPOOL and path is not None:
            wanted = values.get(_MEMPOOL_RUNE_ID) if _MEMPOOL_RUNE_ID else None
            balances = [
                _mempool_balance(b)
                for address, b in self._holdings()
                if address == path and wanted in (None, b.rune_id)
            ]
            return to_wire(route.key, {"balances": balances, "indexer_height": self.indexer_height})
        held = self._rune(str(path)) if path is not None else []
        if not held:
            return None
        if route.key == _HOLDERS:
            return self._holders(route, held, values)
        if route.key == _INFO:
            return self._info(route, held)
        return None

    def _holders(
        self, route: Route, held: list[tuple[str, Any]], values: Mapping[str, Any]
    ) -> dict[str, Any]:
        paging = route.paging or {}
        offset = int(min(values.get(paging.get("offset_param", "offset"), 0), _OFFSET_CAP))
        limit = int(values.get(paging.get("limit_param", "limit"), paging.get("page_size", 25)))
        holders = [
            {"address": a, "amount": b.amount, "last_updated_block_height": self.indexer_height}
            for a, b in sorted(held, key=lambda ab: -ab[1].amount)
        ]
        page = {
            "offset": offset,
            "limit": limit,
            paging.get("total_attr", "total"): len(holders),
            paging.get("items_attr", "items"): holders[offset : offset + limit],
        }
        return to_wire(route.key, page)

    def _info(self, route: Route, held: list[tuple[str, Any]]) -> dict[str, Any]:
        rune = held[0][1]
        supply = sum(b.amount for _, b in held)
        facts = {
            "rune_name": rune.rune_name.replace("•", ""),
            "spaced_rune_name": rune.rune_name,
            "rune_id": rune.rune_id,
            "divisibility": rune.divisibility,
            "symbol": rune.display_symbol,
            "holders": len(held),
            "supply": supply,
            "premine": 0,
        }
        body: dict[str, Any] = {**example_body(route.success_schema), **to_wire(route.key, facts)}
        conformed: dict[str, Any] = conform(body, route.success_schema)
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


def _given_key(
    headers: tuple[tuple[str, str], ...], params: tuple[tuple[str, str], ...]
) -> str | None:
    """The key a request carries where the spec's security scheme puts it."""
    if AUTH is None:
        return None
    where, name, prefix = AUTH
    pairs = headers if where == "header" else params
    wanted = name.lower() if where == "header" else name
    value = next((v for k, v in pairs if k == wanted), None)
    if value is None or not value.startswith(prefix):
        return value
    return value[len(prefix) :]


def _error(
    status: int,
    message: str,
    headers: tuple[tuple[str, str], ...] = (),
    *,
    route: Route | None = None,
) -> FakeResponse:
    """An error answer shaped as the operation documents that status (a JSON string when
    nothing is documented)."""
    documented = route.entry["responses"].get(str(status)) if route is not None else None
    ctype, body = error_body(documented, message)
    if ctype is None:
        return FakeResponse(status=status, headers=headers)
    return FakeResponse(status=status, headers=(("Content-Type", ctype), *headers), body=body)


def _size(record: RecordedRequest) -> int:
    """About how many bytes ``record`` holds (its text; the rest is small and fixed)."""
    pairs = record.headers + record.params
    return 256 + len(record.path) + len(record.query) + sum(len(k) + len(v) for k, v in pairs)
