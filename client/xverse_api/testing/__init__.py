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
    sends them); ``None`` seeds :func:`default_balances` on ``network`` (mainnet, signet
    or testnet4: ``fake.addresses`` are that network's seeded addresses). A valid
    address that is not seeded holds no runes (200, empty list). The seeded balances
    answer the v1 and v2 balance operations alike, a rune's holders and its info (by
    rune id or name), so the answers agree with one another. Checks run in this order:
    unknown path 404, other method 405 (with ``Allow: GET``), missing or wrong key 401,
    rate limit 429, bad address or query 400 (``"Invalid input: ..."``), then 200. Error
    bodies are JSON strings, as the spec documents. Other operations of the spec follow
    the same order; a JSON request body is checked against the operation's requestBody
    schema with the parameters, and an operation that documents 403 but not 401 answers
    a bad key 403, one that documents 422 but not 400 answers bad input 422.

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
    [--burst B] [--honour-paging] [--data FILE.json] [--network N] [--indexer-height N]
    [--fault KIND[xN]]...``: ``--fault`` queues faults (``502x2``, ``html:503``,
    ``rate-limited:5``, ``slow:3``, ``dropped``, ``truncated``, ``empty:500``);
    serve until Ctrl-C or SIGTERM (or until the ``threading.Event`` ``stop`` is set); the
    first line on stdout (or ``out``) is the base URL. Returns 0, 2 for bad options or
    data, 1 when it cannot listen (a busy port: one ``error:`` line).
Constants and data
    ``DEFAULT_API_KEY`` ("fake-key"), ``API_KEY_HEADER``, ``DEFAULT_INDEXER_HEIGHT``,
    ``LIMIT_MIN``/``LIMIT_MAX``/``LIMIT_DEFAULT`` (25/60/60, as the spec documents),
    ``DEFAULT_ADDRESS`` (the spec's default), ``DEFAULT_ADDRESSES``, ``EMPTY_ADDRESS``,
    ``MANY_RUNES_ADDRESS`` (150 balances), ``MANY_RUNES_COUNT``, ``U128_MAX``,
    ``default_balances(network="mainnet")``; ``seeded_addresses(network)``, a
    :class:`SeededAddresses` (``default``, ``p2wpkh``, ``many_runes``, ``empty``,
    ``p2sh``): the same data set under that network's addresses.

Only the standard library, httpx and attrs are used.

Inside the package: ``_fake`` (state and request handling), ``_responses`` (Fault,
FakeResponse, RecordedRequest), ``_spec`` (its knowledge of the spec, from the generated
registry), ``_data`` (the default data set), ``_transports`` (in-process httpx
transports), ``_server`` (the HTTP server), ``_command`` (``python -m
xverse_api.testing``) and ``pytest_plugin`` (the fixtures, a ``pytest11`` entry point).
"""

from __future__ import annotations

from ._command import main
from ._data import (
    DEFAULT_ADDRESS,
    DEFAULT_ADDRESSES,
    EMPTY_ADDRESS,
    MANY_RUNES_ADDRESS,
    MANY_RUNES_COUNT,
    U128_MAX,
    SeededAddresses,
    default_balances,
    seeded_addresses,
)
from ._fake import (
    API_KEY_HEADER,
    DEFAULT_API_KEY,
    DEFAULT_INDEXER_HEIGHT,
    LIMIT_DEFAULT,
    LIMIT_MAX,
    LIMIT_MIN,
    FakeXverse,
)
from ._responses import FakeResponse, Fault, RecordedRequest

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
    "SeededAddresses",
    "default_balances",
    "main",
    "seeded_addresses",
]
