"""xverse_api.testing: the fake API, through its transports, its server and its CLI.

Servers here bind 127.0.0.1 only and are started and stopped by the test that uses them.
The last test runs the schemathesis CLI against the fake (about 10 s).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from hypothesis import given, settings
from xverse_api import testing
from xverse_api._address import is_valid_address
from xverse_api.testing import (
    API_KEY_HEADER,
    DEFAULT_ADDRESS,
    DEFAULT_ADDRESSES,
    DEFAULT_API_KEY,
    DEFAULT_INDEXER_HEIGHT,
    EMPTY_ADDRESS,
    LIMIT_DEFAULT,
    LIMIT_MAX,
    LIMIT_MIN,
    MANY_RUNES_ADDRESS,
    MANY_RUNES_COUNT,
    U128_MAX,
    FakeResponse,
    FakeXverse,
    Fault,
    _fake,
    _server,
    default_balances,
)

from .conftest import ROOT, RUNES_PATH, load_spec

SPEC = load_spec()
OPERATION = SPEC["paths"][RUNES_PATH]["get"]
BASE = "https://fake.xverse.test"
KEY = {API_KEY_HEADER: DEFAULT_API_KEY}
P2WPKH = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
SIGNET = "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"
DOG_ID = "840000:3"
WAYS = ["transport", "server"]


def url(address: str) -> str:
    return RUNES_PATH.format(address=address)


def schema_for(status: int) -> dict[str, Any]:
    return OPERATION["responses"][str(status)]["content"]["application/json"]["schema"]


def assert_spec_body(response: httpx.Response) -> None:
    """The answer is one the spec documents: its status, JSON, matching the schema."""
    assert response.headers["content-type"] == "application/json"
    jsonschema.validate(response.json(), schema_for(response.status_code))


@contextlib.contextmanager
def client_for(fake: FakeXverse, way: str, timeout: float = 5.0) -> Iterator[httpx.Client]:
    """An httpx client reaching ``fake`` in-process or over a real local server."""
    if way == "transport":
        with httpx.Client(
            transport=fake.transport(), base_url=BASE, headers=KEY, timeout=timeout
        ) as client:
            yield client
    else:
        with (
            fake.serve() as base_url,
            httpx.Client(base_url=base_url, headers=KEY, timeout=timeout) as client,
        ):
            yield client


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with client_for(FakeXverse(), "transport") as c:
        yield c


# -- agreement with the spec and the generated code ------------------------------------


def test_constants_are_the_specs() -> None:
    params = {p["name"]: p for p in OPERATION["parameters"]}
    limit = params["limit"]["schema"]
    assert (limit["minimum"], limit["maximum"], limit["default"]) == (
        LIMIT_MIN,
        LIMIT_MAX,
        LIMIT_DEFAULT,
    )
    [scheme] = SPEC["components"]["securitySchemes"].values()
    assert (scheme["in"], scheme["name"]) == ("header", API_KEY_HEADER)
    # the route the fake derived from the generated registry is the spec's
    assert _fake._SEEDED.path == RUNES_PATH
    # the query parameters the fake acts on are the spec's, named by the registry: the
    # paging ones sdk.yaml declares and the one with the rune_id format (the operation
    # may have more, which the fake checks and otherwise ignores)
    spec_query = {p["name"] for p in OPERATION["parameters"] if p["in"] == "query"}
    paging = _fake._SEEDED.paging
    assert paging is not None
    assert (paging["offset"], paging["limit"]) == (_fake._OFFSET, _fake._LIMIT)
    [rune_id] = [
        p["wire"]
        for p in _fake._SEEDED.params
        if p["in"] == "query" and p["schema"].get("x-sdk-format") == "rune_id"
    ]
    assert rune_id == _fake._RUNE_ID
    assert {_fake._OFFSET, _fake._LIMIT, _fake._RUNE_ID} <= spec_query
    assert params["address"]["schema"]["default"] == DEFAULT_ADDRESS
    assert _fake._SEEDED.method.lower() in SPEC["paths"][RUNES_PATH]


# -- the default data set -----------------------------------------------------------


def test_default_data_set_is_realistic() -> None:
    data = default_balances()
    assert tuple(data) == DEFAULT_ADDRESSES
    assert all(is_valid_address(a) for a in DEFAULT_ADDRESSES)
    assert data[EMPTY_ADDRESS] == []
    assert len(data[MANY_RUNES_ADDRESS]) == MANY_RUNES_COUNT > LIMIT_MAX
    items = [item for address in data for item in data[address]]
    assert {
        "runeName": "DOG•GO•TO•THE•MOON",
        "amount": "3142748244",
        "divisibility": 5,
        "symbol": "🐕",
        "id": "840000:3",
    } in items
    goods = [i for i in items if i["runeName"] == "UNCOMMON•GOODS"]
    assert goods
    assert all((g["id"], g["divisibility"], g["symbol"]) == ("1:0", 0, "⧉") for g in goods)
    assert {i.get("divisibility", 0) for i in items} == set(range(39))
    assert str(U128_MAX) in {i["amount"] for i in items}
    assert any("divisibility" not in i and "symbol" not in i for i in items)
    assert any("inscriptionId" in i for i in items)
    for item in items:
        assert re.fullmatch(r"[A-Z](•?[A-Z]){0,27}", item["runeName"]), item
        assert 0 <= int(item["amount"]) <= U128_MAX
        assert item["amount"] == str(int(item["amount"]))
        block, tx = map(int, item["id"].split(":"))
        assert item["id"] == "1:0" or block >= 840_000
        assert 0 <= tx < 2**32
        if "symbol" in item:
            assert len(item["symbol"]) == 1, item
        if "inscriptionId" in item:
            assert re.fullmatch(r"[0-9a-f]{64}i\d+", item["inscriptionId"])
    for address in data:
        ids = [i["id"] for i in data[address]]
        assert len(ids) == len(set(ids))
    # real runes by name only where their facts are certain; the rest say they are fake
    assert all(
        i["runeName"] in ("DOG•GO•TO•THE•MOON", "UNCOMMON•GOODS")
        or i["runeName"].replace("•", "").startswith("XVERSEFAKE")
        for i in items
    )


def test_default_balances_is_a_fresh_copy() -> None:
    first = default_balances()
    first[DEFAULT_ADDRESS][0]["amount"] = "0"
    first[EMPTY_ADDRESS].append({})
    assert default_balances()[DEFAULT_ADDRESS][0]["amount"] == "3142748244"
    assert default_balances()[EMPTY_ADDRESS] == []


@pytest.mark.parametrize("address", DEFAULT_ADDRESSES)
def test_every_default_address_answers_the_specs_200(client: httpx.Client, address: str) -> None:
    response = client.get(url(address))
    assert response.status_code == 200
    assert_spec_body(response)
    body = response.json()
    assert body["items"] == default_balances()[address]
    assert body["total"] == body["limit"] == len(body["items"])
    assert body["offset"] == 0
    assert body["indexerHeight"] == DEFAULT_INDEXER_HEIGHT
    assert all(type(body[k]) is int for k in ("limit", "offset", "total", "indexerHeight"))


def test_bodies_are_utf8_json_not_escaped(client: httpx.Client) -> None:
    raw = client.get(url(DEFAULT_ADDRESS)).content
    assert "DOG•GO•TO•THE•MOON".encode() in raw
    assert "🐕".encode() in raw


# -- the answers of a well-behaved server -------------------------------------------

BAD_INPUT = [
    ({"limit": "24"}, "limit must be between 25 and 60"),
    ({"limit": "61"}, "limit must be between 25 and 60"),
    ({"limit": "60.5"}, "limit must be between 25 and 60"),
    ({"limit": "abc"}, "limit must be a number"),
    ({"limit": ""}, "limit must be a number"),
    ({"limit": "nan"}, "limit must be a number"),
    ({"limit": "Infinity"}, "limit must be a number"),
    ({"limit": "٣٠"}, "limit must be a number"),  # Arabic-Indic digits: not a wire number
    ({"offset": "-1"}, "offset must be at least 0"),
    ({"offset": "-0.5"}, "offset must be at least 0"),
    ({"offset": "x1"}, "offset must be a number"),
    ([("limit", "30"), ("limit", "40")], "limit must be given once"),
    ([("runeId", "1:0"), ("runeId", DOG_ID)], "runeId must be given once"),
]


@pytest.mark.parametrize(("params", "message"), BAD_INPUT)
def test_bad_query_is_400_with_a_json_string(
    client: httpx.Client, params: Any, message: str
) -> None:
    response = client.get(url(DEFAULT_ADDRESS), params=params)
    assert response.status_code == 400
    assert_spec_body(response)
    assert response.json().startswith(f"Invalid input: {message}")


@pytest.mark.parametrize(
    "segment",
    ["abc", "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxcX", SIGNET, "a%2Fb", "%2562c1q", "%20"],
)
def test_malformed_address_is_400(client: httpx.Client, segment: str) -> None:
    response = client.get(url(segment))
    assert response.status_code == 400
    assert_spec_body(response)
    assert response.json().startswith("Invalid input: address")


def test_address_segment_is_decoded_once(client: httpx.Client) -> None:
    encoded = "%62" + DEFAULT_ADDRESS[1:]  # %62 is "b"
    response = client.get(url(encoded))
    assert response.status_code == 200
    assert len(response.json()["items"]) == len(default_balances()[DEFAULT_ADDRESS])
    # encoded twice, it decodes once to "%62c1…", which is no address
    assert client.get(url("%2562" + DEFAULT_ADDRESS[1:])).status_code == 400


def test_unknown_valid_address_holds_nothing(client: httpx.Client) -> None:
    body = client.get(url("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")).json()
    assert body == {
        "limit": 0,
        "offset": 0,
        "total": 0,
        "items": [],
        "indexerHeight": DEFAULT_INDEXER_HEIGHT,
    }


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/v1/ordinals/address/runes",
        # (a bare trailing slash is no longer unknown: ".../runes/{runeId}" is a path of
        # the spec, and an empty segment in a template is a 400, see the test below)
        "/v1/ordinals/address//runes/x/unknown",
        f"/v1/ordinals/address/{DEFAULT_ADDRESS}/runes/840000:3/unknown",
        f"/v1/ordinals/address/{DEFAULT_ADDRESS}/x/runes",
        f"/v2/ordinals/address/{DEFAULT_ADDRESS}/runes",
    ],
)
def test_unknown_path_is_404(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert_spec_body(response)


def test_empty_address_segment_is_400_not_404(client: httpx.Client) -> None:
    assert client.get("/v1/ordinals/address//runes").status_code == 400


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "QUERY"])
def test_other_methods_are_405_with_allow(client: httpx.Client, method: str) -> None:
    response = client.request(method, url(DEFAULT_ADDRESS))
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert response.json() == "Method not allowed: use GET"


def test_head_is_405_without_a_body(client: httpx.Client) -> None:
    response = client.head(url(DEFAULT_ADDRESS))
    assert response.status_code == 405
    assert response.content == b""


@pytest.mark.parametrize(
    ("headers", "why"),
    [({}, "missing"), ({API_KEY_HEADER: "wrong"}, "invalid"), ({API_KEY_HEADER: ""}, "invalid")],
)
def test_missing_or_wrong_key_is_401(headers: dict[str, str], why: str) -> None:
    fake = FakeXverse()
    with httpx.Client(transport=fake.transport(), base_url=BASE, headers=headers) as c:
        response = c.get(url(DEFAULT_ADDRESS))
    assert response.status_code == 401
    assert_spec_body(response)
    assert response.json() == f"Unauthorized: {why} x-api-key header"
    assert fake.requests[-1].api_key == why


def test_custom_key_and_key_never_echoed() -> None:
    fake = FakeXverse(api_key="s3cret-value")
    with httpx.Client(transport=fake.transport(), base_url=BASE) as c:
        ok = c.get(url(DEFAULT_ADDRESS), headers={"X-Api-Key": "s3cret-value"})
        bad = c.get(url(DEFAULT_ADDRESS), headers={API_KEY_HEADER: DEFAULT_API_KEY})
    assert (ok.status_code, bad.status_code) == (200, 401)
    assert "s3cret" not in bad.text
    assert all("s3cret" not in repr(r) for r in fake.requests)


# -- paging -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [{"offset": 30, "limit": 25}, {"offset": "0.0", "limit": "60.0"}, {"offset": 1000}],
)
def test_paging_off_ignores_limit_and_offset(client: httpx.Client, params: Any) -> None:
    body = client.get(url(MANY_RUNES_ADDRESS), params=params).json()
    assert (body["offset"], body["limit"], body["total"]) == (0, 150, 150)
    assert body["items"] == default_balances()[MANY_RUNES_ADDRESS]


def test_paging_on_slices_and_the_pages_add_up() -> None:
    fake = FakeXverse(honour_paging=True)
    with client_for(fake, "transport") as c:
        first = c.get(url(MANY_RUNES_ADDRESS)).json()
        assert (first["offset"], first["limit"], first["total"]) == (0, LIMIT_DEFAULT, 150)
        assert len(first["items"]) == 60
        pages = [
            c.get(url(MANY_RUNES_ADDRESS), params={"offset": o, "limit": 25}).json()
            for o in range(0, 175, 25)
        ]
    assert [len(p["items"]) for p in pages] == [25, 25, 25, 25, 25, 25, 0]
    assert all((p["limit"], p["total"]) == (25, 150) for p in pages)
    assert [i for p in pages for i in p["items"]] == default_balances()[MANY_RUNES_ADDRESS]


@pytest.mark.parametrize(
    ("params", "offset", "limit", "count"),
    [
        ({"offset": "120.9", "limit": "59.99"}, 120, 59, 30),
        ({"offset": "1e1", "limit": "2.5e1"}, 10, 25, 25),
        ({"offset": "+5", "limit": "25."}, 5, 25, 25),
        ({"offset": "1e400"}, 10**18, 60, 0),
        ({"offset": "-0"}, 0, 60, 60),
    ],
)
def test_numbers_are_json_numbers_rounded_down(
    params: dict[str, str], offset: int, limit: int, count: int
) -> None:
    with client_for(FakeXverse(honour_paging=True), "transport") as c:
        body = c.get(url(MANY_RUNES_ADDRESS), params=params).json()
    assert (body["offset"], body["limit"], len(body["items"])) == (offset, limit, count)


def test_unknown_query_parameters_are_ignored(client: httpx.Client) -> None:
    response = client.get(url(DEFAULT_ADDRESS), params=[("x", "1"), ("x", "2")])
    assert response.status_code == 200


@pytest.mark.parametrize("honour_paging", [False, True])
def test_rune_id_filters(honour_paging: bool) -> None:
    with client_for(FakeXverse(honour_paging=honour_paging), "transport") as c:
        dog = c.get(url(DEFAULT_ADDRESS), params={"runeId": DOG_ID}).json()
        none = c.get(url(DEFAULT_ADDRESS), params={"runeId": "999999:9"}).json()
        many = c.get(url(MANY_RUNES_ADDRESS), params={"runeId": "900013:1"}).json()
    assert [i["runeName"] for i in dog["items"]] == ["DOG•GO•TO•THE•MOON"]
    assert dog["total"] == 1
    assert (none["items"], none["total"]) == ([], 0)
    assert [i["id"] for i in many["items"]] == ["900013:1"]


def test_seeded_balances_come_back_exactly() -> None:
    item = {"runeName": "A", "amount": "7", "id": "840000:9", "extra": {"x": 1}}
    fake = FakeXverse({P2WPKH: [item]}, indexer_height=1)
    with client_for(fake, "transport") as c:
        body = c.get(url(P2WPKH)).json()
        assert body["items"] == [item]
        assert body["indexerHeight"] == 1
        assert c.get(url(DEFAULT_ADDRESS)).json()["items"] == []  # not seeded
        fake.set_balances(DEFAULT_ADDRESS, [item, {**item, "id": "840000:10"}])
        assert c.get(url(DEFAULT_ADDRESS)).json()["total"] == 2


def test_other_networks() -> None:
    fake = FakeXverse({SIGNET: []}, network="signet")
    with client_for(fake, "transport") as c:
        assert c.get(url(SIGNET)).status_code == 200
        assert c.get(url(DEFAULT_ADDRESS)).status_code == 400


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"network": "testnet3"}, ValueError, "unknown network"),
        ({"rate_limit": 0}, ValueError, "rate_limit must be > 0"),
        ({"rate_limit": float("nan")}, ValueError, "rate_limit must be > 0"),
        ({"rate_limit": 1, "burst": 0}, ValueError, "burst must be at least 1"),
        ({"balances": {"nope": []}}, ValueError, "cannot seed balances: address 'nope'"),
        ({"balances": {P2WPKH: [{"runeName": "A", "amount": "1"}]}}, ValueError, "'id'"),
        ({"balances": {P2WPKH: ["A"]}}, TypeError, "balance 0 of .* is not an object"),
    ],
)
def test_bad_configuration_is_refused(
    kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        FakeXverse(**kwargs)


# -- the rate limit -----------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_answers_429_with_retry_after() -> None:
    clock = FakeClock()
    fake = FakeXverse(rate_limit=2, clock=clock)  # burst defaults to one second's worth
    with client_for(fake, "transport") as c:
        first, second, third = (c.get(url(DEFAULT_ADDRESS)) for _ in range(3))
        assert (first.status_code, second.status_code) == (200, 200)
        assert first.headers["x-ratelimit-limit"] == "2"
        assert first.headers["ratelimit-policy"] == '"default";q=2;w=1'
        remaining = [r.headers["x-ratelimit-remaining"] for r in (first, second)]
        assert remaining == ["1", "0"]
        assert third.status_code == 429
        assert_spec_body(third)
        assert third.json() == "Rate limit exceeded"
        assert (third.headers["retry-after"], third.headers["retry-after-ms"]) == ("1", "500")
        # unauthenticated requests and unknown paths are turned away before the bucket
        assert c.get(url(DEFAULT_ADDRESS), headers={API_KEY_HEADER: "x"}).status_code == 401
        assert c.get("/nope").status_code == 404
        clock.now += 0.25
        assert c.get(url(DEFAULT_ADDRESS)).headers["retry-after-ms"] == "250"
        clock.now += 0.25
        assert c.get(url(DEFAULT_ADDRESS)).status_code == 200
        # a 400 costs a token like any answered request, and says what is left
        clock.now += 10
        bad = c.get(url("abc"))
        assert (bad.status_code, bad.headers["x-ratelimit-remaining"]) == (400, "1")
        fake.reset()
        assert c.get(url(DEFAULT_ADDRESS)).headers["x-ratelimit-remaining"] == "1"


def test_slow_rates_round_retry_after_up() -> None:
    clock = FakeClock()
    fake = FakeXverse(rate_limit=0.3, burst=1, clock=clock)
    with client_for(fake, "transport") as c:
        assert c.get(url(EMPTY_ADDRESS)).status_code == 200
        limited = c.get(url(EMPTY_ADDRESS))
        assert (limited.headers["retry-after"], limited.headers["retry-after-ms"]) == ("4", "3334")
        assert limited.headers["x-ratelimit-limit"] == "1"


def test_rate_limit_against_the_real_clock_and_server() -> None:
    fake = FakeXverse(rate_limit=5, burst=2)
    with client_for(fake, "server") as c:
        statuses = [c.get(url(EMPTY_ADDRESS)).status_code for _ in range(6)]
        assert statuses[:2] == [200, 200]
        assert 429 in statuses
        time.sleep(0.25)
        assert c.get(url(EMPTY_ADDRESS)).status_code == 200


# -- faults, through both ways in ---------------------------------------------------


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize(
    ("fault", "status", "content_type", "body"),
    [
        (Fault.error(), 500, "application/json", b'"Internal Server Error"'),
        (Fault.error(503, "down"), 503, "application/json", b'"down"'),
        (Fault.json(500, {"error": "boom"}), 500, "application/json", b'{"error":"boom"}'),
        (Fault.html(), 502, "text/html", b"<h1>502 Bad Gateway</h1>"),
        (Fault.html(503, "<down>"), 503, "text/html", b"<title>&lt;down&gt;</title>"),
        (Fault.text(503, "Service Unavailable"), 503, "text/plain; charset=utf-8", b"Service"),
        (Fault.empty(520), 520, None, b""),
        (Fault.error(529), 529, "application/json", b'"Unknown"'),
        (Fault(status=200, body=b"[]"), 200, "application/json", b"[]"),
    ],
)
def test_status_faults(
    way: str, fault: Fault, status: int, content_type: str | None, body: bytes
) -> None:
    fake = FakeXverse()
    fake.add_fault(fault)
    with client_for(fake, way) as c:
        response = c.get(url(DEFAULT_ADDRESS))
        assert response.status_code == status
        assert response.headers.get("content-type") == content_type
        assert body in response.content
        assert response.content if body else response.content == b""
        assert c.get(url(DEFAULT_ADDRESS)).status_code == 200  # one request only
    assert [r.fault for r in fake.requests] == [fault, None]


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize(
    ("fault", "headers"),
    [
        (Fault.rate_limited(), {"retry-after": "1"}),
        (Fault.rate_limited(2.2), {"retry-after": "3"}),
        (Fault.rate_limited(None, retry_after_ms=1500.2), {"retry-after-ms": "1501"}),
        (
            Fault.rate_limited(dt.datetime(2026, 11, 24, 12, 0, 5, tzinfo=dt.UTC)),
            {"retry-after": "Tue, 24 Nov 2026 12:00:05 GMT"},
        ),
        (Fault.rate_limited("soon"), {"retry-after": "soon"}),
    ],
)
def test_rate_limited_faults(way: str, fault: Fault, headers: dict[str, str]) -> None:
    fake = FakeXverse()
    fake.add_fault(fault)
    with client_for(fake, way) as c:
        response = c.get(url(DEFAULT_ADDRESS))
    assert response.status_code == 429
    assert_spec_body(response)
    assert {k: response.headers.get(k) for k in ("retry-after", "retry-after-ms")} == {
        "retry-after": None,
        "retry-after-ms": None,
        **headers,
    }


@pytest.mark.parametrize("way", WAYS)
def test_faults_queue_in_order_and_times(way: str) -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.error(503), times=2)
    fake.add_fault(Fault.empty(502))
    assert fake.pending_faults == 3
    with client_for(fake, way) as c:
        statuses = [c.get(url(DEFAULT_ADDRESS)).status_code for _ in range(5)]
    assert statuses == [503, 503, 502, 200, 200]
    assert fake.pending_faults == 0
    fake.add_fault(Fault.error(), times=4)
    fake.clear_faults()
    assert fake.pending_faults == 0


@pytest.mark.parametrize("way", WAYS)
def test_slow_answer_within_the_timeout_arrives(way: str) -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.slow(0.15))
    with client_for(fake, way, timeout=2.0) as c:
        started = time.perf_counter()
        response = c.get(url(DEFAULT_ADDRESS))
    assert response.status_code == 200
    assert time.perf_counter() - started >= 0.15


@pytest.mark.parametrize("way", WAYS)
def test_slow_answer_past_the_timeout_is_a_read_timeout(way: str) -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.slow(5))
    with client_for(fake, way, timeout=0.2) as c:
        started = time.perf_counter()
        with pytest.raises(httpx.ReadTimeout):
            c.get(url(DEFAULT_ADDRESS))
        assert time.perf_counter() - started < 2
        assert c.get(url(DEFAULT_ADDRESS)).status_code == 200  # the fake carries on


@pytest.mark.parametrize("way", WAYS)
def test_dropped_connection_is_a_transport_error(way: str) -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.dropped())
    fake.add_fault(Fault.dropped(after=0.1))
    with client_for(fake, way) as c:
        for _ in range(2):
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
                c.get(url(DEFAULT_ADDRESS))
        assert c.get(url(DEFAULT_ADDRESS)).status_code == 200
    assert [r.status for r in fake.requests] == [None, None, 200]


@pytest.mark.parametrize("way", WAYS)
def test_truncated_body_does_not_parse(way: str) -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.truncated())
    with client_for(fake, way) as c:
        response = c.get(url(MANY_RUNES_ADDRESS))
        full = c.get(url(MANY_RUNES_ADDRESS))
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.content == full.content[: len(full.content) // 2]
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_fault_with_everything_at_once() -> None:
    fault = Fault(status=599, body=b"x", content_type="text/x", headers=[("X-A", "1")], delay=0.01)
    fake = FakeXverse()
    fake.add_fault(fault)
    answer = fake.handle("GET", url(DEFAULT_ADDRESS), "", KEY)
    assert answer == FakeResponse(
        status=599, headers=(("Content-Type", "text/x"), ("X-A", "1")), body=b"x", delay=0.01
    )
    assert (answer.header("x-a"), answer.header("nope")) == ("1", None)


@pytest.mark.parametrize(
    ("make", "match"),
    [
        (lambda: Fault(status=99), "three-digit HTTP status"),
        (lambda: Fault.error(1000), "three-digit HTTP status"),
        (lambda: Fault.slow(-1), "delay must be >= 0"),
        (lambda: Fault(delay=float("nan")), "delay must be >= 0"),
        (lambda: FakeXverse().add_fault(Fault.error(), times=0), "times must be at least 1"),
    ],
)
def test_bad_faults_are_refused(make: Callable[[], object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        make()


# -- the async transport ------------------------------------------------------------


def test_async_transport() -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.slow(0.05))
    fake.add_fault(Fault.slow(5))
    fake.add_fault(Fault.dropped())

    async def run() -> list[Any]:
        async with httpx.AsyncClient(
            transport=fake.async_transport(), base_url=BASE, headers=KEY, timeout=1.0
        ) as c:
            slow = await c.get(url(DEFAULT_ADDRESS))
            outcomes: list[Any] = [slow.json()["total"]]
            for _ in range(2):
                try:
                    await c.get(url(DEFAULT_ADDRESS))
                except httpx.HTTPError as exc:
                    outcomes.append(type(exc))
            outcomes.append((await c.get(url(MANY_RUNES_ADDRESS))).json()["total"])
            return outcomes

    started = time.perf_counter()
    assert asyncio.run(run()) == [5, httpx.ReadTimeout, httpx.RemoteProtocolError, 150]
    assert time.perf_counter() - started < 3


def test_transport_without_a_timeout_waits_the_whole_delay() -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.slow(0.1))
    with httpx.Client(
        transport=fake.transport(), base_url=BASE, headers=KEY, timeout=httpx.Timeout(None)
    ) as c:
        started = time.perf_counter()
        assert c.get(url(EMPTY_ADDRESS)).status_code == 200
    assert time.perf_counter() - started >= 0.1


# -- the record of requests ---------------------------------------------------------


def test_requests_are_recorded_with_the_key_redacted() -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.dropped())
    with client_for(fake, "transport") as c:
        with pytest.raises(httpx.RemoteProtocolError):
            c.get(url(DEFAULT_ADDRESS))
        c.get(url(P2WPKH), params={"limit": 30, "runeId": DOG_ID})
        c.get("/elsewhere", headers={API_KEY_HEADER: "not-the-key"})
        c.post(url(DEFAULT_ADDRESS), headers={API_KEY_HEADER: ""}, content=b"x")
    dropped, paged, elsewhere, posted = fake.requests
    assert (dropped.status, dropped.address) == (None, DEFAULT_ADDRESS)
    assert dropped.fault == Fault.dropped()
    assert paged.method == "GET"
    assert paged.path == url(P2WPKH)
    assert paged.query == "limit=30&runeId=840000%3A3"
    assert paged.params == (("limit", "30"), ("runeId", DOG_ID))
    assert (paged.status, paged.api_key, paged.fault) == (200, "valid", None)
    assert paged.header(API_KEY_HEADER) == "[redacted]"
    assert paged.header("User-Agent") == paged.header("user-agent")
    assert str(paged.header("user-agent")).startswith("python-httpx/")
    assert ("x-api-key", "[redacted]") in paged.headers  # names are kept lower-case
    assert (elsewhere.address, elsewhere.status, elsewhere.api_key) == (None, 404, "invalid")
    assert (posted.method, posted.status, posted.api_key) == ("POST", 405, "invalid")
    assert all(DEFAULT_API_KEY not in repr(r) for r in fake.requests)
    fake.reset()
    assert fake.requests == []


def test_handle_takes_a_mapping_or_pairs() -> None:
    fake = FakeXverse()
    by_mapping = fake.handle("get", url(EMPTY_ADDRESS), "limit=25", {"X-API-KEY": DEFAULT_API_KEY})
    by_pairs = fake.handle("GET", url(EMPTY_ADDRESS), "", [("x-api-key", DEFAULT_API_KEY)])
    assert by_mapping.status == by_pairs.status == 200
    assert by_mapping.json()["items"] == []
    assert [r.method for r in fake.requests] == ["GET", "GET"]


# -- the real server ----------------------------------------------------------------


def raw_exchange(base_url: str, data: bytes, *, read_until_close: bool = True) -> bytes:
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(data)
        if not read_until_close:
            return sock.recv(65536)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


def test_server_keeps_connections_alive() -> None:
    fake = FakeXverse()
    request = (
        f"GET {url(EMPTY_ADDRESS)} HTTP/1.1\r\nHost: x\r\nx-api-key: fake-key\r\n\r\n"
    ).encode()
    with fake.serve() as base_url:
        host, port = base_url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            answers = []
            for _ in range(3):
                sock.sendall(request)
                answers.append(sock.recv(65536))
        assert all(a.startswith(b"HTTP/1.1 200 OK\r\n") for a in answers)
        assert all(b"Connection: close" not in a for a in answers)
        # HTTP/1.0 gets its answer and a closed connection
        old = raw_exchange(base_url, request.replace(b"HTTP/1.1", b"HTTP/1.0"))
        assert old.startswith(b"HTTP/1.1 200 OK\r\n")
        assert b"\r\nConnection: close\r\n" in old
        # a request the stdlib refuses gets its own error answer, not a crash
        answer = raw_exchange(base_url, b"GET / HTTP/1.1\r\nX: " + b"a" * 70_000 + b"\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 431 ")


def test_server_reads_request_bodies_so_the_next_request_parses() -> None:
    fake = FakeXverse()
    with fake.serve() as base_url, httpx.Client(base_url=base_url, headers=KEY) as c:
        assert c.post(url(DEFAULT_ADDRESS), content=b"x" * 5000).status_code == 405
        assert c.get(url(DEFAULT_ADDRESS)).status_code == 200

        def chunks() -> Iterator[bytes]:
            yield b"abc"

        chunked = c.post(url(DEFAULT_ADDRESS), content=chunks())
        assert (chunked.status_code, chunked.headers["connection"]) == (405, "close")
        assert c.get(url(DEFAULT_ADDRESS)).status_code == 200
        for length in (b"abc", str(2 << 20).encode()):
            answer = raw_exchange(
                base_url,
                b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + length + b"\r\n\r\n",
            )
            assert answer.startswith(b"HTTP/1.1 404 Not Found\r\n")
            assert b"\r\nConnection: close\r\n" in answer


def test_server_handles_32_concurrent_keep_alive_clients() -> None:
    fake = FakeXverse()
    per_client = 15
    errors: list[BaseException] = []
    statuses: list[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(32)

    def worker(base_url: str, index: int) -> None:
        try:
            address = DEFAULT_ADDRESSES[index % len(DEFAULT_ADDRESSES)]
            with httpx.Client(base_url=base_url, headers=KEY, timeout=10) as c:
                barrier.wait(timeout=10)
                got = [c.get(url(address)).status_code for _ in range(per_client)]
            with lock:
                statuses.extend(got)
        except BaseException as exc:
            errors.append(exc)

    with fake.serve() as base_url:
        threads = [threading.Thread(target=worker, args=(base_url, i)) for i in range(32)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
    assert errors == []
    assert statuses == [200] * 32 * per_client
    assert len(fake.requests) == 32 * per_client


def test_server_stops_promptly_with_open_and_busy_connections() -> None:
    fake = FakeXverse()
    outcome: list[object] = []
    with fake.serve() as base_url:
        idle = httpx.Client(base_url=base_url, headers=KEY)
        assert idle.get(url(EMPTY_ADDRESS)).status_code == 200  # stays open, idle
        fake.add_fault(Fault.slow(30))

        def slow_call() -> None:
            with httpx.Client(base_url=base_url, headers=KEY, timeout=60) as c:
                try:
                    outcome.append(c.get(url(DEFAULT_ADDRESS)).status_code)
                except httpx.HTTPError as exc:
                    outcome.append(type(exc))

        caller = threading.Thread(target=slow_call)
        caller.start()
        deadline = time.monotonic() + 5
        while len(fake.requests) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        started = time.perf_counter()
    assert time.perf_counter() - started < 2  # not the 30 s of the slow answer
    caller.join(timeout=5)
    assert outcome == [httpx.RemoteProtocolError]
    with pytest.raises(httpx.TransportError):
        idle.get(url(EMPTY_ADDRESS))
    idle.close()


def test_server_is_quiet_about_clients_that_leave(capfd: pytest.CaptureFixture[str]) -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.slow(0.2))
    with fake.serve() as base_url:
        host, port = base_url.removeprefix("http://").split(":")
        sock = socket.create_connection((host, int(port)))
        sock.sendall(f"GET {url(MANY_RUNES_ADDRESS)} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        # leave with a reset: the late answer's write fails inside the server
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        sock.close()
        deadline = time.monotonic() + 5
        while not fake.requests and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.4)  # past the 0.2 s delay: the answer is written to a reset socket
        assert fake.requests[0].status == 401
    assert "Traceback" not in capfd.readouterr().err


def fail() -> None:
    raise RuntimeError("a bug in the fake")


def test_server_reports_real_bugs(capfd: pytest.CaptureFixture[str]) -> None:
    server = _server._Server(("127.0.0.1", 0), FakeXverse())
    try:
        try:
            fail()
        except RuntimeError:
            server.handle_error(None, ("127.0.0.1", 1))
    finally:
        server.server_close()
    assert "RuntimeError: a bug in the fake" in capfd.readouterr().err


def test_server_does_not_log_requests(capfd: pytest.CaptureFixture[str]) -> None:
    with client_for(FakeXverse(), "server") as c:
        c.get(url(DEFAULT_ADDRESS))
        c.get("/nope")
    assert capfd.readouterr().err == ""


# -- the command line ---------------------------------------------------------------


class LineQueue:
    """A text sink that hands each written line to a queue."""

    def __init__(self) -> None:
        self.lines: queue.Queue[str] = queue.Queue()

    def write(self, text: str) -> int:
        for line in text.splitlines():
            if line:
                self.lines.put(line)
        return len(text)

    def flush(self) -> None:
        pass


def run_main_in_background(
    argv: list[str], then: Callable[[str], None]
) -> tuple[int, list[BaseException]]:
    """Run main() here (the main thread); ``then(base_url)`` runs in a helper thread."""
    out = LineQueue()
    stop = threading.Event()
    errors: list[BaseException] = []

    def helper() -> None:
        try:
            then(out.lines.get(timeout=10))
        except BaseException as exc:
            errors.append(exc)
        finally:
            stop.set()

    thread = threading.Thread(target=helper)
    thread.start()
    code = testing.main(argv, stop=stop, out=out)  # type: ignore[arg-type]
    thread.join(timeout=10)
    return code, errors


def test_main_serves_until_stopped(tmp_path: Path) -> None:
    data = tmp_path / "data.json"
    data.write_text(json.dumps({P2WPKH: [{"runeName": "A", "amount": "1", "id": "840000:1"}]}))
    seen: list[Any] = []

    def then(base_url: str) -> None:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
        with httpx.Client(base_url=base_url, headers={API_KEY_HEADER: "k"}) as c:
            seen.append(c.get(url(P2WPKH), params={"offset": 1}).json())

    before = signal.getsignal(signal.SIGTERM)
    argv = ["--api-key", "k", "--honour-paging", "--data", str(data), "--indexer-height", "7"]
    code, errors = run_main_in_background(argv, then)
    assert (code, errors) == (0, [])
    assert seen == [{"limit": 60, "offset": 1, "total": 1, "items": [], "indexerHeight": 7}]
    assert signal.getsignal(signal.SIGTERM) == before


def test_main_stops_on_sigterm() -> None:
    def then(base_url: str) -> None:
        with httpx.Client(base_url=base_url, headers=KEY) as c:
            assert c.get(url(EMPTY_ADDRESS)).status_code == 200
        signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGTERM)
        time.sleep(5)  # main() returns before this ends; the stop event is the backstop

    started = time.perf_counter()
    out = LineQueue()
    stop = threading.Event()
    helper = threading.Thread(target=lambda: then(out.lines.get(timeout=10)), daemon=True)
    helper.start()
    assert testing.main(["--rate-limit", "5", "--burst", "2"], stop=stop, out=out) == 0  # type: ignore[arg-type]
    assert time.perf_counter() - started < 4


def test_main_in_another_thread_leaves_signals_alone() -> None:
    out = LineQueue()
    stop = threading.Event()
    codes: list[int] = []
    thread = threading.Thread(target=lambda: codes.append(testing.main([], stop=stop, out=out)))  # type: ignore[arg-type]
    thread.start()
    base_url = out.lines.get(timeout=10)
    with httpx.Client(base_url=base_url, headers=KEY) as c:
        assert c.get(url(DEFAULT_ADDRESS)).json()["total"] == 5
    time.sleep(0.6)  # past one poll of the stop event
    stop.set()
    thread.join(timeout=10)
    assert codes == [0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "No such file"),
        ("[1]", "must hold a JSON object"),
        ("{", "Expecting property name"),
        ('{"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4": [{"id": "1:0"}]}', "'runeName'"),
        ('{"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4": [7]}', "is not an object"),
    ],
)
def test_main_refuses_bad_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    data = tmp_path / "data.json"
    if content is not None:
        data.write_text(content)
    assert testing.main(["--data", str(data)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err


def test_python_dash_m_prints_the_url_first_and_stops_on_sigterm() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "xverse_api.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
        response = httpx.get(base_url + url(DEFAULT_ADDRESS), headers=KEY)
        assert response.json()["items"][0]["runeName"] == "DOG•GO•TO•THE•MOON"
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "Traceback" not in err


# -- schemathesis against the fake ---------------------------------------------------


def test_schemathesis_cli_passes_against_the_fake_server() -> None:
    """SLOW (~10 s at 37 operations): scripts/schemathesis_fake.py, every check,
    derandomised, 10 examples per operation (a fixed budget per operation: the run grows
    with the spec, so it must not be hundreds each)."""
    result = subprocess.run(  # noqa: S603 (our own script with a fixed argv)
        [sys.executable, str(ROOT / "scripts" / "schemathesis_fake.py"), "--max-examples", "10"],
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "No issues found" in result.stdout
    assert re.search(r"\b([1-9]\d+) generated, \1 passed", result.stdout)


def test_schemathesis_hooks_make_real_addresses() -> None:
    # imported here: importing registers the format with schemathesis for the whole process
    from .schemathesis_hooks import spec_addresses  # noqa: PLC0415 (see above)

    @settings(max_examples=50, database=None, derandomize=True)
    @given(spec_addresses())
    def check(address: str) -> None:
        assert is_valid_address(address)
        assert unicodedata.is_normalized("NFC", address)

    check()
