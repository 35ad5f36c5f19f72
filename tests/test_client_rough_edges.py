"""The library's rough edges of issue 19: a closed or loop-crossed client (8, 17), unknown
operations and keyed collections (18), what help() and dir() show (19), environment
variables named in errors (20), queries as integers (12), the fake's 400 in HTTP words (25)."""

from __future__ import annotations

import asyncio
import inspect
import pydoc

import httpx
import pytest
import xverse_api
from xverse_api import (
    AsyncXverse,
    InvalidParameterError,
    UnknownOperationError,
    Xverse,
    XverseError,
)
from xverse_api.testing import DEFAULT_ADDRESS, DEFAULT_API_KEY, FakeXverse

TESTNET = "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"


def test_a_closed_client_raises_an_xverse_error_with_a_hint() -> None:
    fake = FakeXverse()
    with fake.serve() as url:
        client = Xverse(DEFAULT_API_KEY, base_url=url)
        client.close()
        with pytest.raises(XverseError, match=r"this client is closed.*create a new client"):
            client.runes.balances(DEFAULT_ADDRESS)


def test_async_client_has_close_and_aclose_and_says_when_loops_cross() -> None:
    fake = FakeXverse()
    with fake.serve() as url:
        client = AsyncXverse(DEFAULT_API_KEY, base_url=url)

        async def one() -> int:
            return len(await client.runes.balances(DEFAULT_ADDRESS))

        assert asyncio.run(one()) == 5
        with pytest.raises(XverseError, match=r"another event loop.*asyncio.run"):
            asyncio.run(one())

        async def closing() -> None:
            fresh = AsyncXverse(DEFAULT_API_KEY, base_url=url)
            await fresh.close()  # the same as aclose()
            with pytest.raises(XverseError, match="this client is closed"):
                await fresh.runes.balances(DEFAULT_ADDRESS)

        asyncio.run(closing())


def test_an_unknown_operation_is_a_typed_error_listing_the_known_ones() -> None:
    client = Xverse(DEFAULT_API_KEY)
    with pytest.raises(UnknownOperationError) as caught:
        client.operations["GET /v1/runes" + "/nope"]
    error = caught.value
    assert isinstance(error, KeyError)  # a Mapping's missing key
    assert isinstance(error, InvalidParameterError)
    assert "GET /v1/ordinals/address/{address}/runes" in str(error)
    assert not str(error).startswith("'")  # a sentence, not a KeyError repr
    assert client.operations.get("GET /nope") is None
    assert "GET /nope" not in client.operations


def test_collections_are_indexed_by_their_unique_key() -> None:
    fake = FakeXverse()
    http = httpx.Client(transport=fake.transport(), base_url="http://fake.test")
    with Xverse(DEFAULT_API_KEY, http_client=http) as client:
        balances = client.runes.balances(DEFAULT_ADDRESS)
    assert balances["840000:3"].amount == 3142748244
    assert balances["840000:3"] is balances.get("840000:3")
    assert balances[0].rune_id == "840000:3"
    assert [b.rune_id for b in balances[:2]] == ["840000:3", "1:0"]
    with pytest.raises(KeyError, match=r"no item with rune_id .9:9.*get\(\) returns None"):
        balances["9:9"]


def test_help_lists_the_resources_and_shows_concrete_types() -> None:
    text = pydoc.render_doc(xverse_api.Xverse, renderer=pydoc.plaintext)
    for name in ("runes", "ordinals", "brc20", "bitcoin", "spark"):
        assert f"client.{name}:" in text
    assert "balances_many" in text
    for cls, http in (
        (xverse_api.Xverse, "httpx.Client"),
        (xverse_api.AsyncXverse, "httpx.AsyncClient"),
    ):
        signature = str(inspect.signature(cls))
        assert "_NotGiven" not in signature
        assert "H |" not in signature
        assert f"http_client: '{http} | None'" in signature


def test_dir_shows_only_what_users_import() -> None:
    names = dir(xverse_api)
    assert "TYPE_CHECKING" not in names
    assert "_LAZY" not in names
    assert [n for n in names if n.startswith("_")] == ["__version__"]
    assert {"Xverse", "RuneBalance", "RuneInfo"} <= set(names)


def test_bad_environment_values_name_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XVERSE_API_KEY", "key with space")
    with pytest.raises(XverseError, match="XVERSE_API_KEY environment variable"):
        Xverse()
    with pytest.raises(XverseError) as caught:  # an argument: no word of the environment
        Xverse("key with space")
    assert "environment" not in str(caught.value)
    monkeypatch.setenv("XVERSE_API_KEY", "k")
    monkeypatch.setenv("XVERSE_BASE_URL", "ftp://example.test")
    with pytest.raises(InvalidParameterError, match="XVERSE_BASE_URL environment variable"):
        Xverse()
    with pytest.raises(InvalidParameterError) as caught:
        Xverse(base_url="ftp://example.test")
    assert "environment" not in str(caught.value)


def test_paging_queries_are_whole_numbers() -> None:
    fake = FakeXverse()
    http = httpx.Client(transport=fake.transport(), base_url="http://fake.test")
    with Xverse(DEFAULT_API_KEY, http_client=http) as client:
        with pytest.raises(InvalidParameterError, match="limit must be a whole number"):
            client.runes.balances_page(DEFAULT_ADDRESS, limit=30.5)
        assert fake.requests == []  # nothing was sent
        client.runes.balances_page(DEFAULT_ADDRESS, limit=30.0)
    assert fake.requests[-1].query.endswith("limit=30")


def test_the_fakes_400_speaks_http_not_python() -> None:
    fake = FakeXverse()
    answer = fake.handle(
        "GET", f"/v1/ordinals/address/{TESTNET}/runes", "", {"x-api-key": DEFAULT_API_KEY}
    )
    assert answer.status == 400
    text = answer.json()
    assert "is a signet or testnet4 address, not mainnet" in text
    assert "network=" not in text
