"""The key goes out as the spec's security scheme says, and only to operations the spec
secures: an apiKey header (this provider), HTTP bearer, or an apiKey in the query."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest
from xverse_api import Xverse, _core, _errors
from xverse_api._operations import Operation
from xverse_api._sdk.registry import AUTH, OPERATIONS

KEY = "k3y-Secret-0123456789abcdef"
RUNES = "GET /v1/ordinals/address/{address}/runes"
ADDRESS = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"


def sent(client: Xverse, op: Operation, **kwargs: Any) -> httpx.Request:
    return op.build(client, kwargs)


def test_the_registry_reads_the_providers_scheme() -> None:
    assert AUTH == {"in": "header", "name": "x-api-key", "prefix": ""}
    assert all(entry["security"] for entry in OPERATIONS.values())


def test_the_key_goes_in_the_header_of_secured_operations_only() -> None:
    with Xverse(KEY) as client:
        secured = Operation(RUNES, OPERATIONS[RUNES])
        assert sent(client, secured, address=ADDRESS).headers["x-api-key"] == KEY
        open_entry = {**OPERATIONS[RUNES], "security": False}
        request = sent(client, Operation(RUNES, open_entry), address=ADDRESS)
        assert "x-api-key" not in request.headers
        assert KEY not in str(request.url)


@pytest.fixture
def scheme(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> tuple[str, str, str]:
    auth: tuple[str, str, str] = request.param
    monkeypatch.setattr(_core, "AUTH", auth)
    monkeypatch.setattr(_errors, "AUTH", auth)
    return auth


@pytest.mark.parametrize(
    "scheme",
    [("header", "Authorization", "Bearer "), ("query", "api_key", "")],
    indirect=True,
)
def test_other_schemes_send_the_key_their_way_and_keep_it_out_of_errors(
    scheme: tuple[str, str, str],
) -> None:
    where, name, prefix = scheme

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json="Not found")

    transport = httpx.MockTransport(handler)
    with Xverse(KEY, http_client=httpx.Client(transport=transport), max_retries=0) as client:
        request = sent(client, Operation(RUNES, OPERATIONS[RUNES]), address=ADDRESS)
        if where == "header":
            assert request.headers[name] == prefix + KEY
            assert "x-api-key" not in request.headers
        else:
            assert request.url.params[name] == KEY
        with pytest.raises(_errors.NotFoundError) as info:
            client.runes.balances_page(ADDRESS)
    error = info.value
    for text in (str(error), repr(error)):
        assert KEY not in text
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert KEY not in str(copy.request.url)
    assert KEY not in str(copy.request.headers)
