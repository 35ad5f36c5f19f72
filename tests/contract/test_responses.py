"""2. Every documented status of every operation, bodies its schema allows: through
``client.operations[key]`` a 2xx decodes to the generated model saying exactly what the
body said, or, when the body breaks a type sdk.yaml declares (u128, i128, decimal,
divisibility, count), raises APIResponseValidationError (a verbatim part of the schema)
or keeps the value as sent with one warning (a reconstructed part); every error status
raises the typed error the generic status rule gives it, keeping the body.

Per operation the example budgets are small and fixed (derandomised); the async twin and
the generated layer run on the operations chosen by shape (``_spec.SHAPES``). The runes
page is also checked field by field, through the paging methods too."""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import respx
from hypothesis import event, given, settings
from hypothesis import strategies as st
from xverse_api import (
    APIStatusError,
    AsyncXverse,
    RateLimitError,
    RuneBalancePage,
    RuneBalances,
    Xverse,
)
from xverse_api._generated import AuthenticatedClient
from xverse_api._generated.models import RuneBalancesPage
from xverse_api._operations import get_operation

from ..strategies import bitcoin_addresses, bodies_for, page_bodies, protocol_breaking_values
from ._checks import expect_2xx
from ._oracle import (
    assert_page_matches,
    from_generated,
    protocol_problem,
    repair,
    response_type,
)
from ._spec import (
    ERROR_CASES,
    OPERATION_STATUSES,
    PAGE_OPERATIONS,
    REPRESENTATIVES,
    SUCCESS_CASES,
    OperationSpec,
    collect,
    expected_error,
    generated_call,
    number_fields,
    required_arguments,
    shape_id,
    success_schema,
)
from ._support import BASE, CONTRACT, KEY, examples


def _ids(cases: list[tuple[OperationSpec, int]]) -> list[str]:
    return [f"{op.key} {status}" for op, status in cases]


EACH_SUCCESS = pytest.mark.parametrize(("op", "status"), SUCCESS_CASES, ids=_ids(SUCCESS_CASES))
EACH_ERROR = pytest.mark.parametrize(("op", "status"), ERROR_CASES, ids=_ids(ERROR_CASES))
SHAPE_STATUSES = [(op, s) for op in REPRESENTATIVES for s in op.statuses]
EACH_SHAPE_STATUS = pytest.mark.parametrize(
    ("op", "status"),
    SHAPE_STATUSES,
    ids=[f"{shape_id(op)} {status}" for op, status in SHAPE_STATUSES],
)


@st.composite
def protocol_breaking_pages(draw: st.DrawFn) -> dict[str, Any]:
    """A page the protocol allows, then one field set to a value the spec still allows
    but the protocol forbids."""
    body = draw(page_bodies(min_items=1))
    bad = protocol_breaking_values()
    target = draw(st.sampled_from(["amount", "divisibility", *number_fields()]))
    if target in ("amount", "divisibility"):
        index = draw(st.integers(0, len(body["items"]) - 1))
        body["items"][index][target] = draw(bad[target])
    else:
        body[target] = draw(bad["count"])
    return body


@st.composite
def _declared_valid(
    draw: st.DrawFn, op: OperationSpec, status: int, spec_bodies: st.SearchStrategy[Any]
) -> Any:
    """A body drawn from the schema, with every declared-type value made valid."""
    body = draw(spec_bodies)
    return repair(draw, op.response_schema(status), body, response_type(op.key, status))


#: the per-operation tier draws bodies whose arrays hold at most this many items (the
#: schema still allows each); the operations chosen by shape draw any size
SMALL = 2
_BODIES: dict[tuple[str, int, int | None], st.SearchStrategy[Any]] = {}


def bodies(op: OperationSpec, status: int, max_items: int | None = None) -> st.SearchStrategy[Any]:
    """Every body the spec allows for (op, status); for a 2xx also bodies valid for the
    declared types, and for the runes page realistic and protocol-breaking pages. Built
    once per (operation, status, size): hypothesis-jsonschema's schema work is costly."""
    key = (op.key, status, max_items)
    if key not in _BODIES:
        _BODIES[key] = _bodies(op, status, max_items)
    return _BODIES[key]


def _bodies(op: OperationSpec, status: int, max_items: int | None) -> st.SearchStrategy[Any]:
    if op.responses[status] is None:
        return st.just(None)
    spec_bodies = bodies_for(dict(op.response_schema(status)), max_items=max_items)
    if not 200 <= status < 300:
        return spec_bodies
    options = [spec_bodies, _declared_valid(op, status, spec_bodies)]
    if op in PAGE_OPERATIONS:
        options += [page_bodies(), protocol_breaking_pages()]
    return st.one_of(options)


def _respond(router: respx.MockRouter, status: int, body: Any) -> respx.Route:
    if body is None:
        return router.route().respond(status)
    content = json.dumps(body).encode()
    return router.route().respond(
        status, content=content, headers={"content-type": "application/json"}
    )


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    """One httpx client (one TLS context) shared by the examples' fresh ``Xverse``s."""
    with httpx.Client() as client:
        yield client


@pytest.fixture
def xverse(http: httpx.Client) -> Callable[[], Xverse]:
    """A fresh client per example: a 429 teaches a client's pacer to slow down, and that
    must not leak into the next example."""
    return lambda: Xverse(api_key=KEY, base_url=BASE, max_retries=0, http_client=http)


def test_every_operation_documents_a_success() -> None:
    ops = {op.key for op, _ in OPERATION_STATUSES}
    assert ops == {op.key for op, _ in SUCCESS_CASES}


# --- the clients, every operation x status --------------------------------------------------


def check_outcome(op: OperationSpec, status: int, body: Any, call: Callable[[], Any]) -> None:
    """Run ``call`` against (status, body) and check its result or error exactly."""
    if 200 <= status < 300:
        content = b"" if body is None else json.dumps(body).encode()
        got = expect_2xx(op, status, content, call)
        event(f"{status} {type(got).__name__}")
        if op in PAGE_OPERATIONS and not isinstance(got, Exception):
            assert_page_matches(got, body)
        return
    event(f"error {status}")
    with pytest.raises(APIStatusError) as info:
        call()
    assert type(info.value) is expected_error(status), (status, type(info.value))
    assert info.value.status_code == status
    assert info.value.body == body
    if isinstance(info.value, RateLimitError):
        assert info.value.retry_after is None  # no Retry-After header was sent


def _sync_call(xverse: Callable[[], Xverse], op: OperationSpec, status: int, body: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        route = _respond(router, status, body)
        check_outcome(
            op, status, body, lambda: xverse().operations[op.key](**required_arguments(op))
        )
        assert route.call_count == 1  # max_retries=0: exactly one attempt


@EACH_SUCCESS
@settings(CONTRACT, max_examples=examples(5))
@given(data=st.data())
def test_2xx_bodies_decode_exactly_or_fail_validation(
    xverse: Callable[[], Xverse], op: OperationSpec, status: int, data: st.DataObject
) -> None:
    _sync_call(xverse, op, status, data.draw(bodies(op, status, SMALL), label="body"))


@EACH_ERROR
@settings(CONTRACT, max_examples=examples(2))
@given(data=st.data())
def test_error_statuses_raise_their_typed_error(
    xverse: Callable[[], Xverse], op: OperationSpec, status: int, data: st.DataObject
) -> None:
    _sync_call(xverse, op, status, data.draw(bodies(op, status, SMALL), label="body"))


@pytest.fixture(scope="module")
def async_http() -> Iterator[httpx.AsyncClient]:
    """One async httpx client (one TLS context) for the examples' fresh ``AsyncXverse``s
    (answered by respx: no connection outlives an event loop)."""
    client = httpx.AsyncClient()
    yield client
    asyncio.run(client.aclose())


@EACH_SHAPE_STATUS
@settings(CONTRACT, max_examples=examples(6))
@given(data=st.data())
def test_async_operations_give_the_same_outcomes(
    async_http: httpx.AsyncClient, op: OperationSpec, status: int, data: st.DataObject
) -> None:
    body = data.draw(bodies(op, status), label="body")

    async def call() -> Any:
        async with AsyncXverse(
            api_key=KEY, base_url=BASE, max_retries=0, http_client=async_http
        ) as client:
            return await client.operations[op.key](**required_arguments(op))

    with respx.mock(base_url=BASE) as router:
        _respond(router, status, body)
        check_outcome(op, status, body, lambda: asyncio.run(call()))


# --- the generated layer --------------------------------------------------------------------


@pytest.fixture(scope="module")
def generated_client() -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=BASE,
        token=KEY,
        prefix="",
        auth_header_name=REPRESENTATIVES[0].api_key_header or "",
    ) as client:
        yield client


@EACH_SHAPE_STATUS
@settings(CONTRACT, max_examples=examples(6))
@given(data=st.data())
def test_generated_layer_returns_what_its_types_promise(
    generated_client: AuthenticatedClient, op: OperationSpec, status: int, data: st.DataObject
) -> None:
    body = data.draw(bodies(op, status), label="body")
    with respx.mock(base_url=BASE) as router:
        _respond(router, status, body)
        response = generated_call(op, generated_client)
    assert response.status_code == status
    if isinstance(body, dict) and 200 <= status < 300:
        assert response.parsed.to_dict() == body
    elif isinstance(body, list) and 200 <= status < 300:
        assert [item.to_dict() for item in response.parsed] == body
    elif body is None:
        assert response.parsed is None
    else:
        # Documented error bodies are JSON strings; the generated layer hands them back
        # as parsed by ``response.json()`` (NOTES.md: it casts, it does not check).
        assert response.parsed == body


# --- the runes page: paging, and one decoder for two paths -----------------------------------


EACH_PAGE_OPERATION = pytest.mark.parametrize("op", PAGE_OPERATIONS, ids=str)


@EACH_PAGE_OPERATION
@settings(CONTRACT, max_examples=examples(60))
@given(data=st.data(), address=bitcoin_addresses())
def test_collected_balances_are_exact_or_the_typed_error(
    xverse: Callable[[], Xverse], op: OperationSpec, data: st.DataObject, address: str
) -> None:
    """The collecting method follows pages; a single full page (limit == total == len)
    is one call."""
    status = data.draw(st.sampled_from(op.statuses), label="status")
    body = data.draw(bodies(op, status), label="body")
    if 200 <= status < 300 and protocol_problem(body) is None:
        body = {**body, "total": len(body["items"]), "offset": 0}
        body["items"] = list({item["id"]: item for item in body["items"]}.values())
        body["total"] = len(body["items"])
    [path_param] = [p for p in op.params if p.location == "path"]

    def call() -> RuneBalancePage:
        result = collect(xverse(), op, **{path_param.python: address})
        assert isinstance(result, RuneBalances)
        assert result.address == address
        assert result.indexer_height == body["indexerHeight"]
        return RuneBalancePage(
            items=list(result),
            offset=int(body["offset"]),
            limit=int(body["limit"]),
            total=int(body["total"]),
            indexer_height=result.indexer_height,
        )

    with respx.mock(base_url=BASE) as router:
        _respond(router, status, body)
        check_outcome(op, status, body, call)


def _repaired(body: dict[str, Any]) -> dict[str, Any]:
    """A spec-drawn body with whatever the protocol forbids replaced by allowed values,
    keeping the spec's odd strings, extra properties and number forms elsewhere."""
    out = dict(body)
    for name in number_fields():
        if protocol_problem({**dict.fromkeys(number_fields(), 0), name: out[name], "items": []}):
            out[name] = abs(math.floor(out[name]))
    items = []
    for raw in out["items"]:
        item = dict(raw)
        if protocol_problem({**dict.fromkeys(number_fields(), 0), "items": [item]}):
            item["amount"] = str(sum(map(ord, item["amount"])))
            if "divisibility" in item:
                item["divisibility"] = int(abs(item["divisibility"])) % 39
        items.append(item)
    out["items"] = items
    return out


@EACH_PAGE_OPERATION
@settings(CONTRACT, max_examples=examples(100))
@given(data=st.data())
def test_sdk_decoder_agrees_with_the_generated_models(
    op: OperationSpec, data: st.DataObject
) -> None:
    body = data.draw(
        st.one_of(bodies_for(success_schema(op)).map(_repaired), page_bodies()), label="body"
    )
    assert protocol_problem(body) is None
    raw = json.dumps(body).encode()
    status = op.success_statuses[0]
    fast = get_operation(op.key).decode(httpx.Response(status, content=raw))
    plain = from_generated(RuneBalancesPage.from_dict(json.loads(raw)))
    assert fast == plain
    assert_page_matches(fast, body)


def test_spec_success_schema_is_what_the_oracle_reads() -> None:
    """The oracle's field names come from the spec; this pins that they still exist."""
    schema = success_schema()
    assert set(number_fields()) <= set(schema["required"])
    item = schema["properties"]["items"]["items"]
    assert {"amount", "id"} <= set(item["required"])
    assert "divisibility" in item["properties"]
