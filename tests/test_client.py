"""Xverse and AsyncXverse driven through httpx.MockTransport (no patching): every test
runs against both clients."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import xverse_api
from xverse_api import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncXverse,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    InvalidAddressError,
    InvalidParameterError,
    NotFoundError,
    RateLimitError,
    RuneBalances,
    Xverse,
    XverseError,
)
from xverse_api._constants import API_KEY_HEADER, MAX_PAGES, SERVERS

from .conftest import load_spec

KEY = "test-key-123"
ADDR = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"
ADDR2 = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
Handler = Callable[[httpx.Request], httpx.Response]
MODES = ["sync", "async"]


def item(i: int, **extra: Any) -> dict[str, Any]:
    return {"runeName": f"RUNE•{i}", "amount": str(10**20 + i), "id": f"840000:{i}", **extra}


def page(items: list[dict[str, Any]], *, total: int | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "limit": len(items),
        "offset": 0,
        "total": len(items) if total is None else total,
        "items": items,
        "indexerHeight": 870_000,
        **extra,
    }


class Recorder:
    """A MockTransport handler that records requests and answers from a function."""

    def __init__(self, answer: Callable[[httpx.Request, int], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request, len(self.requests))

    def params(self) -> list[tuple[int, int]]:
        return [(int(r.url.params["offset"]), int(r.url.params["limit"])) for r in self.requests]


def paging_server(items: list[dict[str, Any]]) -> Recorder:
    def answer(request: httpx.Request, _: int) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        chunk = items[offset : offset + limit]
        doc = page(chunk, total=len(items), limit=limit, offset=offset)
        return httpx.Response(200, json=doc)

    return Recorder(answer)


def fixed(status: int, **kwargs: Any) -> Recorder:
    return Recorder(lambda _r, _n: httpx.Response(status, **kwargs))


def run(mode: str, handler: Handler, method: str, *args: Any, client: Any = None, **kw: Any) -> Any:
    """Call ``client.runes.<method>`` on a sync or async client over MockTransport."""
    options = {"retry_delay": 0.001, **(client or {})}
    transport = httpx.MockTransport(handler)
    if mode == "sync":
        with Xverse(KEY, http_client=httpx.Client(transport=transport), **options) as c:
            result = getattr(c.runes, method)(*args, **kw)
            return list(result) if method == "iter_balances" else result

    async def go() -> Any:
        async with AsyncXverse(
            KEY, http_client=httpx.AsyncClient(transport=transport), **options
        ) as c:
            if method == "iter_balances":
                return [b async for b in c.runes.iter_balances(*args, **kw)]
            return await getattr(c.runes, method)(*args, **kw)

    return asyncio.run(go())


# --- configuration --------------------------------------------------------------------


def test_api_key_header_is_the_specs_security_scheme() -> None:
    (scheme,) = load_spec()["components"]["securitySchemes"].values()
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", API_KEY_HEADER)


def test_mainnet_server_is_the_specs_server() -> None:
    assert [s["url"] for s in load_spec()["servers"]] == [SERVERS["mainnet"]]


@pytest.mark.parametrize("cls", [Xverse, AsyncXverse])
def test_key_from_environment_and_missing_key_names_the_variable(
    cls: type[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XVERSE_API_KEY", raising=False)
    with pytest.raises(XverseError, match="XVERSE_API_KEY"):
        cls()
    monkeypatch.setenv("XVERSE_API_KEY", "from-env")
    client = cls()
    assert client._settings.api_key == "from-env"
    assert "from-env" not in repr(client)


@pytest.mark.parametrize(
    ("network", "url"),
    [
        ("mainnet", SERVERS["mainnet"]),
        ("signet", SERVERS["signet"]),
        ("testnet4", SERVERS["testnet4"]),
    ],
)
def test_network_picks_the_documented_server(
    network: str, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XVERSE_BASE_URL", raising=False)
    assert (
        str(Xverse(KEY, network=network).base_url) == url + "/"
        or str(Xverse(KEY, network=network).base_url) == url
    )


def test_base_url_from_argument_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XVERSE_BASE_URL", "http://127.0.0.1:9/env")
    assert Xverse(KEY).base_url.path == "/env"
    assert Xverse(KEY, base_url="http://127.0.0.1:9/arg").base_url.path == "/arg"


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        ({"network": "testnet3"}, "unknown network 'testnet3'"),
        ({"base_url": "ftp://x"}, "http(s) URL"),
        ({"base_url": "not a url"}, "http(s) URL"),
        ({"base_url": "http://[::1"}, "not a URL"),
        ({"timeout": None}, "wait forever"),
        ({"timeout": 0}, "positive number of seconds"),
        ({"timeout": "5"}, "positive number of seconds"),
        ({"timeout": True}, "positive number of seconds"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"rate_limit": 0}, "rate_limit"),
        ({"rate_limit": "fast"}, "rate_limit"),
    ],
)
def test_bad_options_raise_invalid_parameter(options: dict[str, Any], fragment: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        Xverse(KEY, **options)
    assert fragment in str(info.value)
    assert isinstance(info.value, ValueError)


def test_timeout_is_never_unlimited_and_applies_per_request() -> None:
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page([item(1)])))
    run("sync", rec, "balances", ADDR, client={"timeout": 2.5})
    assert rec.requests[0].extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    assert Xverse(KEY).timeout == httpx.Timeout(30.0)
    custom = httpx.Timeout(5.0, connect=1.0)
    assert Xverse(KEY, timeout=custom).timeout is custom


def test_repr_shows_where_not_the_key() -> None:
    client = Xverse(KEY, rate_limit=3)
    assert repr(client) == (
        "Xverse(base_url='https://api.secretkeylabs.io', network='mainnet', api_key=<redacted>)"
    )
    assert KEY not in repr(client._settings)
    assert client.rate_limit == 3.0
    assert client.max_retries == 2


def test_owned_http_client_is_closed_and_a_passed_one_is_not() -> None:
    with Xverse(KEY) as owned:
        inner = owned._http
    assert inner.is_closed
    mine = httpx.Client()
    with Xverse(KEY, http_client=mine):
        pass
    assert not mine.is_closed
    mine.close()

    async def go() -> tuple[bool, bool]:
        async with AsyncXverse(KEY) as aowned:
            ainner = aowned._http
        amine = httpx.AsyncClient()
        async with AsyncXverse(KEY, http_client=amine):
            pass
        result = (ainner.is_closed, amine.is_closed)
        await amine.aclose()
        return result

    assert asyncio.run(go()) == (True, False)


# --- requests -------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_request_path_query_and_headers(mode: str) -> None:
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page([item(1)])))
    run(
        mode,
        rec,
        "balances_page",
        ADDR,
        offset=25,
        limit=30,
        rune_id="840000:3",
        client={"default_headers": {"x-trace": "t1"}},
    )
    (request,) = rec.requests
    assert request.method == "GET"
    assert request.url.path == f"/v1/ordinals/address/{ADDR}/runes"
    assert request.url.query == b"offset=25&limit=30&runeId=840000%3A3"
    assert request.headers[API_KEY_HEADER] == KEY
    assert request.headers["x-trace"] == "t1"
    assert request.headers["user-agent"] == f"xverse-api-python/{xverse_api.__version__}"


@pytest.mark.parametrize("mode", MODES)
def test_default_query_values_are_integers(mode: str) -> None:
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page([item(1)])))
    run(mode, rec, "balances", ADDR)
    assert rec.requests[0].url.query == b"offset=0&limit=60"


def test_base_url_path_prefix_is_kept() -> None:
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page([])))
    run("sync", rec, "balances", ADDR, client={"base_url": "http://proxy.test/xverse/"})
    assert rec.requests[0].url.path == f"/xverse/v1/ordinals/address/{ADDR}/runes"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("address", ["", ".", ".."])
def test_unsendable_addresses_are_refused_even_without_validation(mode: str, address: str) -> None:
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page([])))
    with pytest.raises(InvalidAddressError, match="path segment"):
        run(mode, rec, "balances", address, client={"validate_addresses": False})
    assert rec.requests == []


def test_without_validation_an_address_is_one_percent_encoded_segment() -> None:
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page([])))
    run("sync", rec, "balances", "a/b?c#d ../e", client={"validate_addresses": False})
    raw = rec.requests[0].url.raw_path
    assert raw.startswith(b"/v1/ordinals/address/a%2Fb%3Fc%23d%20..%2Fe/runes?")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["balances", "iter_balances", "balances_page"])
def test_invalid_address_raises_before_any_request(mode: str, method: str) -> None:
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page([])))
    with pytest.raises(InvalidAddressError, match="checksum"):
        run(mode, rec, method, ADDR[:-1] + "x")
    with pytest.raises(InvalidAddressError, match="not mainnet"):
        run(mode, rec, method, "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7")
    assert rec.requests == []


def test_network_changes_which_addresses_are_valid() -> None:
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page([])))
    tb = "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7"
    assert run("sync", rec, "balances", tb, client={"network": "testnet4"}).address == tb


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("kw", "fragment"),
    [
        ({"limit": 24}, "limit=24 is outside 25..60"),
        ({"limit": 61}, "limit=61"),
        ({"limit": float("nan")}, "limit must be finite"),
        ({"offset": -1}, "offset=-1 is outside >= 0"),
        ({"offset": True}, "offset must be a number"),
        ({"offset": "0"}, "offset must be a number"),
        ({"rune_id": 840000}, "rune_id=840000 is not a rune id"),
        ({"rune_id": "DOG"}, "that is a rune name; look its id up"),
    ],
)
def test_bad_page_arguments_are_refused(mode: str, kw: dict[str, Any], fragment: str) -> None:
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page([])))
    with pytest.raises(InvalidParameterError) as info:
        run(mode, rec, "balances_page", ADDR, **kw)
    assert fragment in str(info.value)
    assert rec.requests == []


# --- paging ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_todays_server_ignores_paging_one_request_gets_all(mode: str) -> None:
    items = [item(i) for i in range(150)]
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page(items)))
    result = run(mode, rec, "balances", ADDR)
    assert isinstance(result, RuneBalances)
    assert [b.rune_id for b in result] == [f"840000:{i}" for i in range(150)]
    assert result.indexer_height == 870_000
    assert result.address == ADDR
    assert len(rec.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_paging_server_is_followed_to_the_end(mode: str) -> None:
    rec = paging_server([item(i) for i in range(150)])
    result = run(mode, rec, "balances", ADDR)
    assert [b.amount for b in result] == [10**20 + i for i in range(150)]
    assert rec.params() == [(0, 60), (60, 60), (120, 60)]


@pytest.mark.parametrize("mode", MODES)
def test_a_server_that_clamps_the_page_size_loses_nothing(mode: str) -> None:
    items = [item(i) for i in range(70)]

    def answer(request: httpx.Request, _: int) -> httpx.Response:
        offset = int(request.url.params["offset"])
        return httpx.Response(200, json=page(items[offset : offset + 25], total=70, limit=25))

    rec = Recorder(answer)
    assert len(run(mode, rec, "balances", ADDR)) == 70
    assert rec.params() == [(0, 60), (25, 60), (50, 60)]


@pytest.mark.parametrize("mode", MODES)
def test_repeated_pages_end_the_walk_without_duplicates(mode: str) -> None:
    items = [item(i) for i in range(60)]
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page(items, total=500)))
    result = run(mode, rec, "balances", ADDR)
    assert len(result) == 60
    assert len(rec.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_duplicates_inside_and_across_pages_are_dropped(mode: str) -> None:
    pages = [
        [item(1), item(1), item(2)],
        [item(2), item(3)],
        [],
    ]
    rec = Recorder(lambda _r, n: httpx.Response(200, json=page(pages[n - 1], total=99)))
    assert [b.rune_id for b in run(mode, rec, "balances", ADDR)] == [
        "840000:1",
        "840000:2",
        "840000:3",
    ]
    assert len(rec.requests) == 3


@pytest.mark.parametrize("mode", MODES)
def test_shrinking_total_stops_early(mode: str) -> None:
    pages = [([item(i) for i in range(60)], 200), ([item(i) for i in range(60, 120)], 100)]
    rec = Recorder(
        lambda _r, n: httpx.Response(200, json=page(pages[n - 1][0], total=pages[n - 1][1]))
    )
    assert len(run(mode, rec, "balances", ADDR)) == 120
    assert len(rec.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_an_ever_growing_server_is_cut_off(mode: str) -> None:
    def answer(_r: httpx.Request, n: int) -> httpx.Response:
        return httpx.Response(200, json=page([item(n)], total=n + 10))

    rec = Recorder(answer)
    with pytest.raises(APIError, match=f"did not end after {MAX_PAGES} pages"):
        run(mode, rec, "balances", ADDR)
    assert len(rec.requests) == MAX_PAGES


@pytest.mark.parametrize("mode", MODES)
def test_iter_balances_with_rune_id_filters_on_the_server(mode: str) -> None:
    rec = Recorder(lambda _r, _n: httpx.Response(200, json=page([item(3)])))
    result = run(mode, rec, "iter_balances", ADDR, rune_id="840000:3")
    assert [b.rune_id for b in result] == ["840000:3"]
    assert rec.requests[0].url.params["runeId"] == "840000:3"


def test_iter_balances_is_lazy() -> None:
    rec = paging_server([item(i) for i in range(150)])
    with Xverse(KEY, http_client=httpx.Client(transport=httpx.MockTransport(rec))) as c:
        it = c.runes.iter_balances(ADDR)
        assert rec.requests == []
        first = next(it)
        assert first.rune_id == "840000:0"
        assert len(rec.requests) == 1
        rest = list(it)
    assert len(rest) == 149
    assert len(rec.requests) == 3


def test_async_iter_balances_is_lazy() -> None:
    rec = paging_server([item(i) for i in range(150)])

    async def go() -> tuple[int, int]:
        transport = httpx.MockTransport(rec)
        async with AsyncXverse(KEY, http_client=httpx.AsyncClient(transport=transport)) as c:
            it = c.runes.iter_balances(ADDR)
            await it.__anext__()
            after_first = len(rec.requests)
            count = 1 + len([b async for b in it])
            return after_first, count

    assert asyncio.run(go()) == (1, 150)


@pytest.mark.parametrize("mode", MODES)
def test_balances_page_is_exactly_one_request(mode: str) -> None:
    rec = paging_server([item(i) for i in range(150)])
    result = run(mode, rec, "balances_page", ADDR, offset=60, limit=25)
    assert (result.offset, result.limit, result.total, len(result.items)) == (60, 25, 150, 25)
    assert result.items[0].rune_id == "840000:60"
    assert len(rec.requests) == 1


# --- statuses, bodies and retries -----------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, APIStatusError),
        (404, NotFoundError),
        (418, APIStatusError),
        (429, RateLimitError),
        (499, APIStatusError),
        (500, InternalServerError),
        (502, InternalServerError),
        (520, InternalServerError),
        (529, InternalServerError),
    ],
)
def test_status_maps_to_the_typed_error(mode: str, status: int, cls: type[APIStatusError]) -> None:
    rec = fixed(status, json="Something happened")
    with pytest.raises(APIStatusError) as info:
        run(mode, rec, "balances", ADDR, client={"max_retries": 0})
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert info.value.body == "Something happened"
    assert info.value.response.status_code == status
    assert str(status) in str(info.value)
    assert "Something happened" in str(info.value)


def test_401_message_says_what_to_do() -> None:
    with pytest.raises(AuthenticationError) as info:
        run("sync", fixed(401, json="Unauthorized"), "balances", ADDR)
    assert str(info.value) == (
        f"401 from https://api.secretkeylabs.io/v1/ordinals/address/{ADDR}/runes: "
        "the API key was refused; check XVERSE_API_KEY or the api_key argument "
        "(server said: Unauthorized)"
    )


@pytest.mark.parametrize(
    ("kwargs", "body"),
    [
        ({"json": {"error": "bad", "code": 7}}, {"error": "bad", "code": 7}),
        (
            {"text": "<html><h1>502 Bad Gateway</h1></html>"},
            "<html><h1>502 Bad Gateway</h1></html>",
        ),
        ({"text": "upstream timed out"}, "upstream timed out"),
        ({"content": b""}, ""),
        ({"content": b'{"trunc'}, '{"trunc'),
    ],
)
def test_error_bodies_are_json_if_they_parse_else_text(kwargs: dict[str, Any], body: Any) -> None:
    with pytest.raises(BadRequestError) as info:
        run("sync", fixed(400, **kwargs), "balances", ADDR)
    assert info.value.body == body


def test_long_error_bodies_are_clipped_in_the_message() -> None:
    with pytest.raises(BadRequestError) as info:
        run("sync", fixed(400, text="x" * 5000), "balances", ADDR)
    assert len(str(info.value)) < 450
    assert str(info.value).endswith("x…)")
    assert info.value.body == "x" * 5000


@pytest.mark.parametrize("mode", MODES)
def test_5xx_is_retried_then_succeeds(mode: str) -> None:
    def answer(_r: httpx.Request, n: int) -> httpx.Response:
        return (
            httpx.Response(500, json="boom")
            if n <= 2
            else httpx.Response(200, json=page([item(1)]))
        )

    rec = Recorder(answer)
    assert len(run(mode, rec, "balances", ADDR)) == 1
    assert len(rec.requests) == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [408, 409, 429, 500, 503])
def test_retryable_statuses_are_tried_max_retries_plus_one_times(mode: str, status: int) -> None:
    rec = fixed(status, json="nope", headers={"retry-after": "0"})
    with pytest.raises(APIStatusError):
        run(mode, rec, "balances", ADDR, client={"max_retries": 3})
    assert len(rec.requests) == 4


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [400, 401, 404, 418])
def test_client_errors_are_not_retried(mode: str, status: int) -> None:
    rec = fixed(status, json="nope")
    with pytest.raises(APIStatusError):
        run(mode, rec, "balances", ADDR)
    assert len(rec.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_429_beyond_the_cap_raises_at_once_with_retry_after(mode: str) -> None:
    rec = fixed(429, json="Rate limit exceeded", headers={"retry-after": "3600"})
    with pytest.raises(RateLimitError) as info:
        run(mode, rec, "balances", ADDR, client={"max_retries": 5})
    assert info.value.retry_after == 3600.0
    assert "wait 3600 s" in str(info.value)
    assert len(rec.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_429_retry_after_ms_is_honoured(mode: str) -> None:
    def answer(_r: httpx.Request, n: int) -> httpx.Response:
        if n == 1:
            return httpx.Response(429, json="slow down", headers={"retry-after-ms": "30"})
        return httpx.Response(200, json=page([item(1)]))

    rec = Recorder(answer)
    assert len(run(mode, rec, "balances", ADDR)) == 1
    assert len(rec.requests) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("exc", "cls", "fragment"),
    [
        (httpx.ConnectError("refused"), APIConnectionError, "ConnectError: refused"),
        (httpx.ReadError("reset"), APIConnectionError, "ReadError"),
        (httpx.RemoteProtocolError("peer closed"), APIConnectionError, "RemoteProtocolError"),
        (httpx.ReadTimeout("slow"), APITimeoutError, "read timeout 5 s"),
        (httpx.ConnectTimeout("slow"), APITimeoutError, "connect timeout 5 s"),
        (httpx.PoolTimeout("busy"), APITimeoutError, "pool timeout 5 s"),
        (httpx.WriteTimeout("slow"), APITimeoutError, "write timeout 5 s"),
    ],
)
def test_transport_failures_are_retried_then_typed(
    mode: str, exc: Exception, cls: type[APIError], fragment: str
) -> None:
    """``run`` passes an http_client, whose timeout (httpx's default, 5 s) is the one used."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise exc

    with pytest.raises(APIConnectionError) as info:
        run(mode, handler, "balances", ADDR)
    assert type(info.value) is cls
    assert fragment in str(info.value)
    assert "3 attempts" in str(info.value)
    assert info.value.request is not None
    assert len(calls) == 3


@pytest.mark.parametrize("mode", MODES)
def test_unretryable_transport_errors_fail_at_once(mode: str) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.UnsupportedProtocol("no")

    with pytest.raises(APIConnectionError, match=r"1 attempt\)"):
        run(mode, handler, "balances", ADDR)
    assert len(calls) == 1


def test_transport_timeout_of_an_unknown_phase_still_reads_well() -> None:
    # A phase without a limit (httpx.Timeout(5.0, read=None)) is refused at construction
    # now (tests/test_options.py); a transport's own, phase-less timeout still reads well.
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.TimeoutException("slow")

    with pytest.raises(APITimeoutError, match=r"\(timeout, 1 attempt\)"):
        run("sync", handler, "balances", ADDR, client={"timeout": 5.0, "max_retries": 0})


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "content",
    [
        b"<html>ok</html>",
        b"",
        b'{"limit": 60, "offset": 0, "total": 1, "items": [{"amount": "1", "id": "1:0"}], '
        b'"indexerHeight": 1}',
        json.dumps(page([item(1, amount="12.5")])).encode(),
        json.dumps(page([item(1, amount="1" * 40)])).encode(),
    ],
)
def test_2xx_bodies_the_spec_forbids_raise_validation_error(mode: str, content: bytes) -> None:
    rec = fixed(200, content=content, headers={"content-type": "application/json"})
    with pytest.raises(APIResponseValidationError) as info:
        run(mode, rec, "balances", ADDR)
    assert info.value.status_code == 200
    assert "body the API spec does not allow" in str(info.value)
    assert len(rec.requests) == 1  # a bad body is not retried


# --- batches --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_balances_many_keeps_going_past_failures(mode: str) -> None:
    def answer(request: httpx.Request, _: int) -> httpx.Response:
        if ADDR2 in request.url.path:
            return httpx.Response(500, json="boom")
        return httpx.Response(200, json=page([item(1)]))

    seen: list[str] = []
    rec = Recorder(answer)
    results = run(
        mode,
        rec,
        "balances_many",
        [ADDR, "not-an-address", ADDR2, ADDR],
        concurrency=2,
        on_result=lambda a, _r: seen.append(a),
        client={"max_retries": 0},
    )
    assert list(results) == [ADDR, "not-an-address", ADDR2]
    assert isinstance(results[ADDR], RuneBalances)
    assert isinstance(results["not-an-address"], InvalidAddressError)
    assert isinstance(results[ADDR2], InternalServerError)
    assert sorted(seen) == sorted(results)
    assert len(rec.requests) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("kw", "fragment"),
    [({"concurrency": 0}, "concurrency"), ({"addresses": ADDR}, "not one str")],
)
def test_balances_many_refuses_bad_arguments(mode: str, kw: dict[str, Any], fragment: str) -> None:
    args = {"addresses": [ADDR], **kw}
    with pytest.raises(InvalidParameterError, match=fragment):
        run(mode, fixed(200, json=page([])), "balances_many", args.pop("addresses"), **args)


def test_balances_many_of_nothing_is_empty() -> None:
    assert run("async", fixed(200, json=page([])), "balances_many", []) == {}
    assert run("sync", fixed(200, json=page([])), "balances_many", []) == {}


# --- pacing and logging ---------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_rate_limit_spaces_requests(mode: str) -> None:
    stamps: list[float] = []

    def answer(_r: httpx.Request, _n: int) -> httpx.Response:
        stamps.append(time.monotonic())
        return httpx.Response(200, json=page([item(1)]))

    rec = Recorder(answer)
    run(mode, rec, "balances_many", [ADDR, ADDR2], client={"rate_limit": 20}, concurrency=2)
    assert len(stamps) == 2
    assert stamps[1] - stamps[0] >= 0.04  # one slot at 20/s is 50 ms


def test_debug_logging_from_environment_never_shows_the_key(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger("xverse_api")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setenv("XVERSE_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="xverse_api")

    def answer(_r: httpx.Request, n: int) -> httpx.Response:
        return (
            httpx.Response(500, json=f"bad key {KEY}")
            if n == 1
            else httpx.Response(200, json=page([item(1)]))
        )

    run("sync", Recorder(answer), "balances", ADDR)
    assert len(logger.handlers) == 1
    messages = [r.getMessage() for r in caplog.records]
    assert any("-> 500" in m for m in messages)
    assert any("retrying GET" in m for m in messages)
    assert any("-> 200" in m for m in messages)
    assert not any(KEY in m for m in messages)
    logger.setLevel(logging.NOTSET)


def test_server_echoing_the_key_is_redacted_from_the_message() -> None:
    with pytest.raises(AuthenticationError) as info:
        run("sync", fixed(401, json=f"key {KEY} is not valid"), "balances", ADDR)
    assert KEY not in str(info.value)
    assert "[redacted]" in str(info.value)


def test_connection_error_echoing_the_key_is_redacted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy said {KEY}")

    with pytest.raises(APIConnectionError) as info:
        run("sync", handler, "balances", ADDR, client={"max_retries": 0})
    assert KEY not in str(info.value)
