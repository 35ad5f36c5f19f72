"""Every operation of the registry works, sync and async, through its typed method and
``client.operations[...]``, with retries and typed errors, against the fake and against
Prism started from ``openapi.json``. Nothing here names an operation: the cases come from
the generated registry, so an operation added to the spec is tested here too.

Per operation the cost is a handful of in-process requests; the deep fault and property
tests run once, on operations chosen by shape, in tests/contract/.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import httpx
import pytest
from xverse_api import (
    APIResponseValidationError,
    AsyncXverse,
    InternalServerError,
    NotFoundError,
    Xverse,
)
from xverse_api._operations import get_operation
from xverse_api._sdk.models import MODULES
from xverse_api._sdk.registry import OPERATIONS
from xverse_api._sdk.resources import METHODS
from xverse_api.testing import DEFAULT_ADDRESS, DEFAULT_API_KEY, FakeXverse, Fault
from xverse_api.testing._spec import example_body

KEYS = sorted(OPERATIONS)
RUNE_ID = "840000:3"


def arguments(key: str) -> dict[str, Any]:
    """Valid keyword arguments for ``key``: every required parameter, and its body."""
    entry = OPERATIONS[key]
    out: dict[str, Any] = {}
    for param in entry["params"]:
        if not param["required"]:
            continue
        schema = param["schema"]
        fmt = schema.get("x-sdk-format") or schema.get("format")
        if fmt == "BitcoinAddress" or param["wire"] == "address":
            out[param["python"]] = DEFAULT_ADDRESS
        elif fmt == "rune_id" or param["wire"] in ("identifier", "runeId"):
            out[param["python"]] = RUNE_ID
        else:
            out[param["python"]] = example_body(schema)
    if entry["body"] is not None:
        out["body"] = example_body(entry["body"]["schema"])
    return out


def typed(client: Xverse | AsyncXverse, key: str) -> Any:
    resource, name = METHODS[key]
    return getattr(getattr(client, resource), name)


def expected_type(key: str, status: int) -> Any:
    import importlib  # noqa: PLC0415

    module = importlib.import_module(f"xverse_api._sdk.models.{MODULES[key]}")
    return module.RESPONSE_TYPES[key].get(status)


def check_result(key: str, result: Any) -> None:
    success = sorted(int(s) for s in OPERATIONS[key]["responses"] if s.startswith("2"))
    wanted = expected_type(key, success[0]) if success else None
    if wanted is None:
        return  # no 2xx body schema: plain JSON, text or None, as sent
    origin = getattr(wanted, "__origin__", wanted)
    assert isinstance(result, origin), (key, type(result), wanted)


@pytest.fixture(scope="module")
def fake() -> FakeXverse:
    return FakeXverse()


@pytest.mark.parametrize("key", KEYS)
def test_sync_typed_method_and_operations_entry_agree(fake: FakeXverse, key: str) -> None:
    http = httpx.Client(transport=fake.transport())
    with Xverse(DEFAULT_API_KEY, http_client=http, retry_delay=0) as client:
        method = typed(client, key)
        assert client.operations[key] == method
        assert inspect.signature(client.operations[key]) == inspect.signature(method)
        one = method(**arguments(key))
        two = client.operations[key](**arguments(key))
    check_result(key, one)
    assert one == two


@pytest.mark.parametrize("key", KEYS)
def test_async_typed_method_answers_the_same(fake: FakeXverse, key: str) -> None:
    async def run() -> tuple[Any, Any]:
        http = httpx.AsyncClient(transport=fake.async_transport())
        async with AsyncXverse(DEFAULT_API_KEY, http_client=http, retry_delay=0) as client:
            one = await typed(client, key)(**arguments(key))
            two = await client.operations[key](**arguments(key))
            return one, two

    one, two = asyncio.run(run())
    check_result(key, one)
    assert one == two


@pytest.mark.parametrize("key", KEYS)
def test_a_5xx_is_retried_and_a_404_is_typed(key: str) -> None:
    fake = FakeXverse()
    http = httpx.Client(transport=fake.transport())
    with Xverse(DEFAULT_API_KEY, http_client=http, retry_delay=0, max_retries=2) as client:
        method = typed(client, key)
        fake.add_fault(Fault.error(503))
        if not get_operation(key).idempotent:
            # the server may have acted on it: sent once, the 503 raised (issue 18)
            with pytest.raises(InternalServerError):
                method(**arguments(key))
            assert [r.status for r in fake.requests] == [503]
            fake.reset()
        else:
            check_result(key, method(**arguments(key)))
            statuses = [r.status for r in fake.requests]
            assert statuses[0] == 503
            assert len(statuses) == 2
            assert statuses[1] is not None
            assert 200 <= statuses[1] < 300
        fake.add_fault(Fault.error(404, "Not found"))
        with pytest.raises(NotFoundError) as info:
            method(**arguments(key))
    assert info.value.status_code == 404
    assert info.value.body == "Not found"


# -- Prism: a mock server built from openapi.json by other people ---------------------------


@pytest.mark.parametrize("key", KEYS)
def test_prism_accepts_every_request_and_the_answer_is_decoded_or_named(
    prism: str, key: str
) -> None:
    """Prism validates each request against openapi.json (a request it refuses is a 4xx)
    and answers with the schema's own examples ("string" for every string): a body whose
    declared amount is the word "string" is refused, naming the field, where the spec is
    the provider's verbatim text; everything else decodes."""
    outcome: Any
    with Xverse(DEFAULT_API_KEY, base_url=prism, max_retries=0) as client:
        try:
            outcome = typed(client, key)(**arguments(key))
        except APIResponseValidationError as exc:  # a 2xx the SDK refuses, named
            outcome = exc
    if isinstance(outcome, APIResponseValidationError):
        assert "'string'" in str(outcome), (key, str(outcome))
        assert outcome.response.status_code < 300
    else:
        check_result(key, outcome)
