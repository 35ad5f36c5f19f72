"""Options people expect of a first-class SDK: precedence, a passed-in http_client's
settings, with_options, raw responses, rune id checks, and models that show what users
get."""

from __future__ import annotations

import asyncio
import decimal
import inspect
import typing

import attrs
import httpx
import pytest
import xverse_api
from xverse_api import (
    AsyncXverse,
    InvalidParameterError,
    RawResponse,
    RuneBalance,
    RuneBalancePage,
    RuneBalances,
    Xverse,
    validate_rune_id,
)
from xverse_api._address import encode_segwit_address
from xverse_api._constants import SERVERS
from xverse_api.testing import (
    DEFAULT_ADDRESS,
    DEFAULT_API_KEY,
    MANY_RUNES_ADDRESS,
    FakeXverse,
    Fault,
)

RUNES = "GET /v1/ordinals/address/{address}/runes"


def fake_client(fake: FakeXverse, **options: typing.Any) -> Xverse:
    http = httpx.Client(transport=fake.transport(), base_url="https://fake.test")
    return Xverse(DEFAULT_API_KEY, http_client=http, **options)


# -- precedence ----------------------------------------------------------------------------


def test_explicit_network_beats_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XVERSE_BASE_URL", "http://127.0.0.1:9")
    assert str(Xverse("k", network="testnet4").base_url) == SERVERS["testnet4"]
    assert str(Xverse("k").base_url) == "http://127.0.0.1:9"
    assert str(Xverse("k", base_url="https://a.test", network="signet").base_url) == (
        "https://a.test"
    )


def test_http_client_base_url_and_timeout_apply_unless_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XVERSE_BASE_URL", "http://127.0.0.1:9")
    http = httpx.Client(base_url="https://mine.test", timeout=0.5)
    client = Xverse("k", http_client=http)
    assert str(client.base_url) == "https://mine.test"
    assert client.timeout == httpx.Timeout(0.5)
    other = Xverse("k", http_client=http, timeout=3, base_url="https://b.test")
    assert other.timeout == httpx.Timeout(3.0)
    assert str(other.base_url) == "https://b.test"
    assert Xverse("k").timeout == httpx.Timeout(30.0)


def test_the_http_client_timeout_is_what_a_slow_answer_meets() -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.slow(2.0), times=1)
    http = httpx.Client(transport=fake.transport(), base_url="https://fake.test", timeout=0.5)
    with (
        Xverse(DEFAULT_API_KEY, http_client=http, max_retries=0) as client,
        pytest.raises(xverse_api.APITimeoutError, match=r"read timeout 0\.5 s"),
    ):
        client.runes.balances_page(DEFAULT_ADDRESS)


def test_an_http_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(InvalidParameterError, match=r"httpx\.Client"):
        Xverse("k", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match=r"httpx\.AsyncClient"):
        AsyncXverse("k", http_client=httpx.Client())  # type: ignore[arg-type]


def test_network_is_a_literal_for_type_checkers() -> None:
    hint = inspect.signature(Xverse.__init__).parameters["network"].annotation
    assert "Network" in str(hint)
    assert typing.get_args(xverse_api.Network) == ("mainnet", "signet", "testnet4")
    with pytest.raises(InvalidParameterError, match="unknown network 'testnet'"):
        Xverse("k", network="testnet")  # type: ignore[arg-type]


# -- with_options and raw responses --------------------------------------------------------


def test_with_options_shares_the_pool_and_the_pacer() -> None:
    fake = FakeXverse()
    client = fake_client(fake, max_retries=2)
    quick = client.with_options(max_retries=0, timeout=1.0)
    assert quick._http is client._http
    assert quick._settings.pacer is client._settings.pacer
    assert (quick.max_retries, quick.timeout) == (0, httpx.Timeout(1.0))
    assert client.max_retries == 2
    paced = client.with_options(rate_limit=5.0)
    assert paced._settings.pacer is not client._settings.pacer
    assert paced.rate_limit == 5.0
    # the same rate is no change: the two keep one pace between them
    assert paced.with_options(rate_limit=5).rate_limit == 5.0
    assert paced.with_options(rate_limit=5)._settings.pacer is paced._settings.pacer
    assert client.with_options(rate_limit=None)._settings.pacer is client._settings.pacer
    fake.add_fault(Fault.error(500), times=1)
    with pytest.raises(xverse_api.InternalServerError):
        quick.runes.balances_page(DEFAULT_ADDRESS)  # no retry on the quick one
    quick.close()  # leaves the shared pool open
    assert client.runes.balances_page(DEFAULT_ADDRESS).total == 5
    with pytest.raises(InvalidParameterError):
        client.with_options(max_retries=-1)
    with pytest.raises(InvalidParameterError):
        client.with_options(rate_limit=0)


def test_raw_response_gives_headers_request_and_retries() -> None:
    fake = FakeXverse(rate_limit=1000)
    fake.add_fault(Fault.error(502), times=1)
    with fake_client(fake, retry_delay=0) as client:
        raw = client.runes.with_raw_response.balances_page(DEFAULT_ADDRESS)
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200
        assert raw.retries_taken == 1
        assert raw.headers["x-ratelimit-limit"]
        assert raw.http_request.url.path.endswith("/runes")
        assert raw.parse().total == 5
        again = client.operations.with_raw_response[RUNES](address=DEFAULT_ADDRESS)
        assert again.retries_taken == 0
        assert again.content
        assert "RawResponse 200" in repr(again)


def test_raw_response_parse_reports_a_bad_body() -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.json(200, {"nope": 1}), times=1)
    with fake_client(fake) as client:
        raw = client.runes.with_raw_response.balances_page(DEFAULT_ADDRESS)
        with pytest.raises(xverse_api.APIResponseValidationError):
            raw.parse()


def test_async_raw_response_and_operations() -> None:
    fake = FakeXverse()

    async def run() -> None:
        http = httpx.AsyncClient(transport=fake.async_transport(), base_url="https://f.test")
        async with AsyncXverse(DEFAULT_API_KEY, http_client=http) as client:
            raw = await client.runes.with_raw_response.balances_page(DEFAULT_ADDRESS)
            assert raw.parse().total == 5
            call = client.operations[RUNES]
            assert inspect.iscoroutinefunction(call)
            assert (await call(address=DEFAULT_ADDRESS)).total == 5
            items = [b async for b in client.runes.iter_balances(MANY_RUNES_ADDRESS)]
            assert len(items) == 150

    asyncio.run(run())


def test_operations_is_a_read_only_mapping_of_every_operation() -> None:
    client = fake_client(FakeXverse())
    ops = client.operations
    assert RUNES in ops
    assert list(ops) == list(xverse_api._operations.operation_keys())
    assert len(ops) == len(list(ops))
    assert ops[RUNES] == client.runes.balances_page
    with pytest.raises(KeyError):
        ops["GET /nope"]
    with pytest.raises(TypeError):
        ops[RUNES] = None  # type: ignore[index]
    assert RUNES in repr(ops)


# -- rune ids ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rune_id",
    [
        "DOG",
        "DOG•GO•TO•THE•MOON",
        " 840000:3",
        "840000:3 ",
        "840000",
        "01:0",
        "1:",
        ":1",
        f"{2**64}:0",
        f"1:{2**32}",
        "1:-1",
        840000,
    ],
)
def test_bad_rune_ids_are_refused_before_any_request(rune_id: object) -> None:
    fake = FakeXverse()
    with fake_client(fake) as client:
        with pytest.raises(InvalidParameterError, match="BLOCK:TX"):
            client.runes.balances(DEFAULT_ADDRESS, rune_id=rune_id)  # type: ignore[arg-type]
        with pytest.raises(InvalidParameterError, match="BLOCK:TX"):
            client.runes.balances_page(DEFAULT_ADDRESS, rune_id=rune_id)  # type: ignore[arg-type]
        with pytest.raises(InvalidParameterError, match="BLOCK:TX"):  # wrong for every address
            client.runes.balances_many([DEFAULT_ADDRESS], rune_id=rune_id)  # type: ignore[arg-type]
    async_http = httpx.AsyncClient(transport=fake.async_transport(), base_url="https://fake.test")

    async def many() -> None:
        async with AsyncXverse(DEFAULT_API_KEY, http_client=async_http) as client:
            await client.runes.balances_many([DEFAULT_ADDRESS], rune_id=rune_id)  # type: ignore[arg-type]

    with pytest.raises(InvalidParameterError, match="BLOCK:TX"):
        asyncio.run(many())
    assert fake.requests == []


@pytest.mark.parametrize(
    ("rune_id", "problem"),
    [
        ("DOG•GO•TO•THE•MOON", "that is a rune name"),
        (" 840000:3", "white space"),
        ("01:2", "leading zero"),
        (f"{2**64}:0", "larger than a u64"),
        (f"1:{2**32}", "larger than a u32"),
        ("840000-3", "two whole numbers"),
        (840000, "must be a str, not int"),
    ],
)
def test_a_bad_rune_id_is_told_what_is_wrong(rune_id: object, problem: str) -> None:
    with pytest.raises(InvalidParameterError, match=problem):
        validate_rune_id(rune_id)


@pytest.mark.parametrize("rune_id", ["840000:3", "1:0", "0:0", f"{2**64 - 1}:{2**32 - 1}"])
def test_good_rune_ids_pass(rune_id: str) -> None:
    assert validate_rune_id(rune_id) == rune_id


# -- models show what users get ----------------------------------------------------------


def test_models_show_the_types_users_get() -> None:
    hints = typing.get_type_hints(RuneBalance)
    assert hints["amount"] is int
    assert hints["divisibility"] is int
    signature = str(inspect.signature(RuneBalance))
    assert "amount: int" in signature
    assert "divisibility: int = 0" in signature
    assert typing.get_type_hints(RuneBalancePage)["total"] is int
    for name in ("RuneBalance", "RuneBalances", "RuneBalancePage", "RuneBalanceItem"):
        assert name in dir(xverse_api)


def test_a_hand_built_balance_converts_or_refuses() -> None:
    b = RuneBalance(rune_name="X", rune_id="1:0", amount="0005", divisibility=2.0)  # type: ignore[arg-type]
    assert (b.amount, b.divisibility) == (5, 2)
    assert str(b) == "0.05 ¤"
    for bad in ("x", -1, 2**128, 1.5, None):
        with pytest.raises(InvalidParameterError, match="amount"):
            RuneBalance(rune_name="X", rune_id="1:0", amount=bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match="divisibility"):
        RuneBalance(rune_name="X", rune_id="1:0", amount=1, divisibility=39)


def test_decimal_amount_is_exact_and_arithmetic_needs_a_wide_context() -> None:
    b = RuneBalance(rune_name="X", rune_id="1:0", amount=2**128 - 1, divisibility=38)
    exact = b.decimal_amount
    assert str(exact) == "3.40282366920938463463374607431768211455"
    assert exact * 1 != exact  # the default 28-digit context rounds
    with decimal.localcontext(prec=80):
        assert exact * 1 == exact
    assert b.to_dict()["amount"] == str(2**128 - 1)


def test_collections_compare_and_show_their_context() -> None:
    with fake_client(FakeXverse()) as client:
        one = client.runes.balances(MANY_RUNES_ADDRESS)
        two = client.runes.balances(MANY_RUNES_ADDRESS)
    assert isinstance(one, RuneBalances)
    assert one == two
    assert hash(one) == hash(two)
    assert one != object()
    assert one.get(one[0].rune_id) is one[0]
    assert one.get("9:9") is None
    assert "150 items" in repr(one)
    assert one[1:3] == one._items[1:3]


# -- a refused key stops a batch -------------------------------------------------------------


def _addresses(n: int) -> list[str]:
    return [encode_segwit_address("bc", 0, i.to_bytes(20, "big")) for i in range(1, n + 1)]


@pytest.mark.parametrize("status", [401, 403])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_refused_key_stops_the_batch_even_for_requests_waiting_to_go(
    mode: str, status: int
) -> None:
    # A slow refusal over a real socket: the other workers are queued behind the first
    # request meanwhile, and none of them may go once the refusal is in.
    fake = FakeXverse()
    fake.add_fault(attrs.evolve(Fault.error(status), delay=0.3), times=50)
    addresses = _addresses(20)
    with fake.serve() as url:
        if mode == "sync":
            with Xverse(DEFAULT_API_KEY, base_url=url, max_retries=0) as client:
                results = client.runes.balances_many(addresses, concurrency=8)
        else:

            async def go() -> dict[str, typing.Any]:
                async with AsyncXverse(DEFAULT_API_KEY, base_url=url, max_retries=0) as client:
                    return await client.runes.balances_many(addresses, concurrency=8)

            results = asyncio.run(go())
    assert len(fake.requests) == 1
    errors = set(map(id, results.values()))
    assert len(errors) == 1
    first = next(iter(results.values()))
    assert isinstance(first, xverse_api.APIStatusError)
    assert first.status_code == status


# -- proxies ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_loopback_is_never_proxied_other_hosts_are(
    monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    dead_proxy = "http://127.0.0.1:9"  # the discard port: nothing answers there
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, dead_proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    fake = FakeXverse()
    with fake.serve() as url:
        if mode == "sync":
            with Xverse(DEFAULT_API_KEY, base_url=url) as client:
                assert client.runes.balances(DEFAULT_ADDRESS).address == DEFAULT_ADDRESS
                http: typing.Any = client._http
        else:

            async def go() -> typing.Any:
                async with AsyncXverse(DEFAULT_API_KEY, base_url=url) as client:
                    assert (await client.runes.balances(DEFAULT_ADDRESS)).address == DEFAULT_ADDRESS
                    return client._http

            http = asyncio.run(go())
    assert len(fake.requests) == 1
    remote = http._transport_for_url(httpx.URL("https://api.secretkeylabs.io/"))
    assert type(remote._pool).__name__.endswith("HTTPProxy")  # the environment's proxy
