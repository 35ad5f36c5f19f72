"""Hostile servers against the client: deep nesting, huge numbers, huge bodies, redirects,
and a batch that must not lose answers. Servers are in-process transports or the fake on
127.0.0.1."""

from __future__ import annotations

import asyncio
import gzip
import json
import pickle
import tracemalloc
import zlib
from collections.abc import Callable

import httpx
import pytest
from xverse_api import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AsyncXverse,
    AuthenticationError,
    InvalidParameterError,
    Xverse,
)
from xverse_api.testing import (
    DEFAULT_ADDRESS,
    DEFAULT_ADDRESSES,
    DEFAULT_API_KEY,
    MANY_RUNES_ADDRESS,
    FakeXverse,
    Fault,
)

KEY = "marker-key-5f2b"
BASE = "https://api.example.test"


def page(items: list[dict[str, object]], **extra: object) -> dict[str, object]:
    return {
        "limit": len(items),
        "offset": 0,
        "total": len(items),
        "items": items,
        "indexerHeight": 1,
        **extra,
    }


def client_for(handler: Callable[[httpx.Request], httpx.Response], **options: object) -> Xverse:
    http = httpx.Client(transport=httpx.MockTransport(handler), base_url=BASE)
    return Xverse(KEY, http_client=http, max_retries=0, **options)  # type: ignore[arg-type]


def test_unknown_field_nested_100000_deep_is_a_validation_error() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    body = json.dumps(page([])).replace('"items"', f'"junk": {deep}, "items"').encode()
    with (
        client_for(lambda r: httpx.Response(200, content=body)) as client,
        pytest.raises(APIResponseValidationError, match="nested too deeply"),
    ):
        client.runes.balances_page(DEFAULT_ADDRESS)


@pytest.mark.parametrize(
    ("amount", "ok"),
    [
        ("0" * 4263 + "3142748244", True),  # 4,273 digits, value judged: fine
        ("0" * 4300 + str(2**128 - 1), True),
        ("9" * 4302, False),  # huge: refused, never int()-ed
        (str(2**128), False),
        ("-1", False),
        ("1e3", False),
        ("٣", False),  # a non-ASCII digit
    ],
)
def test_amounts_are_judged_by_value(amount: str, ok: bool) -> None:
    body = json.dumps(page([{"runeName": "A", "id": "1:0", "amount": amount}])).encode()
    with client_for(lambda r: httpx.Response(200, content=body)) as client:
        if ok:
            [item] = client.runes.balances_page(DEFAULT_ADDRESS).items
            assert item.amount == int(amount.lstrip("0"))
        else:
            with pytest.raises(APIResponseValidationError, match="amount"):
                client.runes.balances_page(DEFAULT_ADDRESS)


def test_a_poisoned_answer_in_a_batch_loses_nothing_else() -> None:
    poison = "0" * 4302  # once a bare ValueError; any address's trouble stays its own
    deep = "[" * 50_000

    def handler(request: httpx.Request) -> httpx.Response:
        if DEFAULT_ADDRESSES[1] in request.url.path:
            body = json.dumps(page([{"runeName": "A", "id": "1:0", "amount": poison + "x"}]))
            return httpx.Response(200, content=body.encode())
        if DEFAULT_ADDRESSES[2] in request.url.path:
            return httpx.Response(200, content=deep.encode())
        return httpx.Response(200, json=page([{"runeName": "A", "id": "1:0", "amount": "1"}]))

    addresses = list(DEFAULT_ADDRESSES[:4])
    with client_for(handler) as client:
        results = client.runes.balances_many(addresses)
    assert list(results) == addresses
    assert isinstance(results[addresses[1]], APIResponseValidationError)
    assert isinstance(results[addresses[2]], APIResponseValidationError)
    assert len(results[addresses[0]]) == 1  # type: ignore[arg-type]
    assert len(results[addresses[3]]) == 1  # type: ignore[arg-type]


def test_an_unexpected_exception_becomes_that_addresses_result() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if DEFAULT_ADDRESSES[0] in request.url.path:
            raise RuntimeError("a transport bug")
        return httpx.Response(200, json=page([]))

    with client_for(handler) as client:
        results = client.runes.balances_many(DEFAULT_ADDRESSES[:2])
    error = results[DEFAULT_ADDRESSES[0]]
    assert isinstance(error, APIError)
    assert "RuntimeError" in str(error)
    assert isinstance(error.__cause__, RuntimeError)
    assert len(results[DEFAULT_ADDRESSES[1]]) == 0  # type: ignore[arg-type]

    async def run() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url=BASE)
        async with AsyncXverse(KEY, http_client=http, max_retries=0) as aclient:
            got = await aclient.runes.balances_many(DEFAULT_ADDRESSES[:2])
        assert isinstance(got[DEFAULT_ADDRESSES[0]], APIError)
        assert len(got[DEFAULT_ADDRESSES[1]]) == 0  # type: ignore[arg-type]

    asyncio.run(run())


def test_a_refused_key_stops_the_batch_after_the_first_answer() -> None:
    fake = FakeXverse(api_key="the-right-key")
    http = httpx.Client(transport=fake.transport(), base_url=BASE)
    with Xverse("a-wrong-key", http_client=http) as client:
        results = client.runes.balances_many(
            [*DEFAULT_ADDRESSES, MANY_RUNES_ADDRESS], concurrency=1
        )
    assert all(isinstance(r, AuthenticationError) for r in results.values())
    assert len(fake.requests) == 1  # not one request per address


def test_redirects_are_never_followed_whatever_the_http_client_says() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "evil.test":
            return httpx.Response(200, json=page([]))
        return httpx.Response(302, headers={"Location": "https://evil.test/steal"})

    http = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    with (
        Xverse(KEY, base_url=BASE, http_client=http, max_retries=0) as client,
        pytest.raises(APIStatusError) as info,
    ):
        client.runes.balances_page(DEFAULT_ADDRESS)
    assert info.value.status_code == 302
    assert "https://evil.test/steal" in str(info.value)
    assert [r.url.host for r in seen] == ["api.example.test"]


def test_a_2xx_body_over_max_response_bytes_is_refused_even_gzipped() -> None:
    raw = json.dumps(
        page([{"runeName": "A" * 1000, "id": f"1:{i}", "amount": "1"} for i in range(2000)])
    ).encode()
    zipped = gzip.compress(raw)
    assert len(zipped) < 100_000 < len(raw)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=zipped, headers={"Content-Encoding": "gzip"})

    with (
        client_for(handler, max_response_bytes=100_000) as client,
        pytest.raises(APIResponseValidationError, match="max_response_bytes=100,000"),
    ):
        client.runes.balances_page(DEFAULT_ADDRESS)
    with client_for(handler, max_response_bytes=len(raw)) as client:
        assert len(client.runes.balances_page(DEFAULT_ADDRESS).items) == 2000


def test_an_error_body_is_read_only_up_to_a_prefix() -> None:
    body = b'"' + b"x" * 5_000_000 + b'"'
    with (
        client_for(lambda r: httpx.Response(500, content=body)) as client,
        pytest.raises(APIStatusError) as info,
    ):
        client.runes.balances_page(DEFAULT_ADDRESS)
    assert len(info.value.response.content) == 64 * 1024
    assert len(str(info.value)) < 1000


@pytest.mark.parametrize("value", [0, -5, 1.5, "10", True])
def test_max_response_bytes_is_checked(value: object) -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        Xverse(KEY, max_response_bytes=value)  # type: ignore[arg-type]


def test_big_bodies_over_a_real_socket() -> None:
    fake = FakeXverse()
    fake.add_fault(Fault(status=200, body=b"[" + b"1," * 3_000_000 + b"1]"), times=1)
    fake.add_fault(Fault(status=503, body=b"y" * 3_000_000, content_type="text/plain"), times=1)
    with (
        fake.serve() as url,
        Xverse(
            DEFAULT_API_KEY, base_url=url, max_retries=0, max_response_bytes=1_000_000
        ) as client,
    ):
        with pytest.raises(APIResponseValidationError, match="max_response_bytes"):
            client.runes.balances_page(DEFAULT_ADDRESS)
        with pytest.raises(APIStatusError) as info:
            client.runes.balances_page(DEFAULT_ADDRESS)
        assert info.value.status_code == 503
        assert client.runes.balances_page(DEFAULT_ADDRESS).total == 5  # the client lives on


# -- found by an attacker's second look -------------------------------------------------------


@pytest.mark.parametrize("depth", [65, 500, 985, 5000])
@pytest.mark.parametrize("status", [302, 400, 404, 429, 500])
def test_a_deep_error_body_that_json_can_parse_is_kept_as_text(depth: int, status: int) -> None:
    body = b"[" * depth + b"]" * depth  # short enough for json.loads, too deep to walk
    answer = httpx.Response(status, content=body)
    with client_for(lambda r: answer) as client, pytest.raises(APIStatusError) as info:
        client.runes.balances_page(DEFAULT_ADDRESS)
    assert info.value.status_code == status
    assert info.value.body == body.decode()
    pickle.loads(pickle.dumps(info.value))  # noqa: S301 - our own bytes


@pytest.mark.parametrize("key", ["ab'cd1234567XYZ", 'ab"cd1234567XYZ', "ab'c\"d\\1234567"])
def test_a_key_with_quotes_is_redacted_inside_a_longer_repr(key: str) -> None:
    amount = f"key \"{key}' both quotes"
    answer = page([{"runeName": "A", "id": "1:0", "amount": amount}])
    http = httpx.Client(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json=answer)), base_url=BASE
    )
    with Xverse(key, http_client=http, max_retries=0) as client:
        with pytest.raises(APIResponseValidationError) as info:
            client.runes.balances_page(DEFAULT_ADDRESS)
        raw = client.runes.with_raw_response.balances_page(DEFAULT_ADDRESS)
        with pytest.raises(APIResponseValidationError) as raw_info:
            raw.parse()  # the raw path redacts as the typed one does
    core = key.replace("\\", "")[3:]  # the part no escaping touches
    for error in (info.value, raw_info.value):
        for text in (str(error), repr(error), repr(error.body)):
            assert core not in text, text
        assert core.encode() not in pickle.dumps(error)
        assert "[redacted]" in str(error)


@pytest.mark.parametrize(
    "base_url",
    [
        "http://user:Pw0/rdX@127.0.0.1:9",
        "http://user:Pw0#rdX@127.0.0.1:9",
        "http://user:Pw0?rdX@127.0.0.1:9",
        "http:/user:Pw0rdX@127.0.0.1:9",
        "http://user:Pw0rdX@@127.0.0.1:9",
    ],
)
def test_a_password_in_an_odd_base_url_is_never_shown(base_url: str) -> None:
    try:
        client = Xverse(KEY, base_url=base_url)
    except InvalidParameterError as exc:
        text = str(exc)
    else:
        text = repr(client)
        client.close()
    assert "rdX" not in text
    assert "Pw0" not in text


def test_a_redirect_location_is_shown_without_credentials() -> None:
    answer = httpx.Response(302, headers={"Location": "https://user:Pw0rdX@evil.test/next"})
    with client_for(lambda r: answer) as client, pytest.raises(APIStatusError) as info:
        client.runes.balances_page(DEFAULT_ADDRESS)
    assert "evil.test/next" in str(info.value)
    assert "Pw0rdX" not in str(info.value)


@pytest.mark.parametrize("option", ["timeout", "retry_delay", "rate_limit"])
def test_an_int_beyond_any_float_is_a_parameter_error_not_an_overflow(option: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        Xverse(KEY, **{option: 10**400})  # type: ignore[arg-type]
    assert len(str(info.value)) < 300  # the number is cut short
    with Xverse(KEY) as client, pytest.raises(InvalidParameterError):
        client.with_options(**{option: 10**400})  # type: ignore[arg-type]


def test_thousands_of_retries_never_overflow_the_backoff() -> None:
    calls = 0

    def fail(_r: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(500, json="down")

    with client_for(fail, retry_delay=0) as client:
        busy = client.with_options(max_retries=1100)
        with pytest.raises(APIStatusError):
            busy.runes.balances_page(DEFAULT_ADDRESS)
    assert calls == 1101


def _zeros_gzipped(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1 << 20)
    return b"".join(packer.compress(block) for _ in range(size >> 20)) + packer.flush()


BOMB = _zeros_gzipped(256 << 20)  # 256 MiB of zeros, about 250 KB on the wire


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("status", [200, 404])
def test_a_gzip_bomb_is_inflated_only_up_to_the_cap(mode: str, status: int) -> None:
    # The fake sends the compressed bytes as they are (a Content-Encoding header of its
    # own): httpx alone would inflate each network chunk whole (64 KiB -> 64 MiB).
    fake = FakeXverse()
    fake.add_fault(
        Fault(status=status, body=BOMB, headers=(("Content-Encoding", "gzip"),)), times=1
    )
    cap = 1 << 20
    with fake.serve() as url:
        tracemalloc.start()
        try:
            if mode == "sync":
                with (
                    Xverse(
                        DEFAULT_API_KEY, base_url=url, max_retries=0, max_response_bytes=cap
                    ) as client,
                    pytest.raises(APIError) as info,
                ):
                    client.runes.balances_page(DEFAULT_ADDRESS)
            else:

                async def go() -> None:
                    async with AsyncXverse(
                        DEFAULT_API_KEY, base_url=url, max_retries=0, max_response_bytes=cap
                    ) as client:
                        await client.runes.balances_page(DEFAULT_ADDRESS)

                with pytest.raises(APIError) as info:
                    asyncio.run(go())
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    expected = APIResponseValidationError if status == 200 else APIStatusError
    assert isinstance(info.value, expected)
    # a bounded read: a few pieces of 64 KiB and the cap, never a whole inflated chunk
    assert peak < 4 * cap + len(BOMB) * 2, peak


@pytest.mark.parametrize(
    ("encoding", "pack"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),  # zlib-wrapped, as RFC 9110 says
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send
    ],
)
def test_compressed_answers_decode_as_before(encoding: str, pack: Callable[[bytes], bytes]) -> None:
    raw = json.dumps(page([{"runeName": "A", "id": f"1:{i}", "amount": "7"} for i in range(300)]))
    body = pack(raw.encode())
    answer = httpx.Response(200, content=body, headers={"Content-Encoding": encoding})
    with client_for(lambda r: answer) as client:
        assert len(client.runes.balances_page(DEFAULT_ADDRESS).items) == 300


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_corrupt_compressed_body_is_an_api_error(encoding: str) -> None:
    fake = FakeXverse()
    fault = Fault(
        status=200, body=b"\x1f\x8bnot compressed", headers=(("Content-Encoding", encoding),)
    )
    fake.add_fault(fault, times=1)
    with (
        fake.serve() as url,
        Xverse(DEFAULT_API_KEY, base_url=url, max_retries=0) as client,
    ):
        with pytest.raises(APIError, match="DecodingError"):
            client.runes.balances_page(DEFAULT_ADDRESS)
        assert client.runes.balances_page(DEFAULT_ADDRESS).total == 5  # the client lives on
