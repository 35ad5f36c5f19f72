"""Nothing sent twice (issue 18, "retries"): a request that is not idempotent (POST,
PATCH) is not tried again once the server may have acted on it (a 5xx, a read timeout,
a dropped connection), unless sdk.yaml declares its operation idempotent. Failures
before anything was sent (connect errors) and answers saying it was not acted on (408,
429) are still retried. GETs keep every retry."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from xverse_api import APIError, AsyncXverse, Xverse
from xverse_api._core import IDEMPOTENT_METHODS
from xverse_api._operations import Operation
from xverse_api._sdk.registry import OPERATIONS

from tests.test_hostile_specs import RUNES, sdk_layer, small_sdk, small_spec

KEY = "retry-key-5150"
UNSAFE = [k for k, e in OPERATIONS.items() if e["method"] not in IDEMPOTENT_METHODS]
ADDR = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"
Answer = Callable[[httpx.Request], httpx.Response]


def test_the_providers_posts_are_not_declared_idempotent() -> None:
    # the provider documents two POSTs (a grown spec, such as make bench-suite's, more)
    assert {"POST /v1/brc20/batch/tickers", "POST /v1/spark/tokens/metadata/batch"} <= set(UNSAFE)
    assert UNSAFE
    assert not any(OPERATIONS[k]["idempotent"] for k in UNSAFE)


def _body(key: str) -> dict[str, Any]:
    schema = OPERATIONS[key]["body"]["schema"]
    return {name: ["x"] for name in schema["required"]}


def status(code: int, **headers: str) -> Answer:
    return lambda _: httpx.Response(code, json="nope", headers=headers)


def raising(exc: type[httpx.TransportError]) -> Answer:
    def answer(request: httpx.Request) -> httpx.Response:
        raise exc("failed", request=request)

    return answer


def sent(mode: str, key: str, answer: Answer, **kwargs: Any) -> int:
    """How many times ``key`` was sent (max_retries=2) before the call raised."""
    count = [0]

    def counting(request: httpx.Request) -> httpx.Response:
        count[0] += 1
        return answer(request)

    transport = httpx.MockTransport(counting)
    options: dict[str, Any] = {"retry_delay": 0, "rate_limit": 1000, "max_retries": 2}
    if mode == "sync":
        http = httpx.Client(transport=transport)
        with Xverse(KEY, http_client=http, **options) as client, pytest.raises(APIError):
            client.operations[key](**kwargs)
        return count[0]

    async def go() -> None:
        http = httpx.AsyncClient(transport=transport)
        async with AsyncXverse(KEY, http_client=http, **options) as client:
            with pytest.raises(APIError):
                await client.operations[key](**kwargs)

    asyncio.run(go())
    return count[0]


MAY_HAVE_ACTED = {
    "500": status(500),
    "502": status(502),
    "503": status(503, **{"retry-after": "0"}),
    "409": status(409),
    "read timeout": raising(httpx.ReadTimeout),
    "write timeout": raising(httpx.WriteTimeout),
    "dropped": raising(httpx.RemoteProtocolError),
    "read error": raising(httpx.ReadError),
}
NOT_ACTED_ON = {
    "connect error": raising(httpx.ConnectError),
    "connect timeout": raising(httpx.ConnectTimeout),
    "pool timeout": raising(httpx.PoolTimeout),
    "429": status(429, **{"retry-after": "0"}),
    "408": status(408),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("key", UNSAFE)
@pytest.mark.parametrize("case", list(MAY_HAVE_ACTED))
def test_a_post_that_may_have_been_acted_on_is_sent_once(mode: str, key: str, case: str) -> None:
    assert sent(mode, key, MAY_HAVE_ACTED[case], body=_body(key)) == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("key", UNSAFE)
@pytest.mark.parametrize("case", list(NOT_ACTED_ON))
def test_a_post_the_server_did_not_act_on_is_retried(mode: str, key: str, case: str) -> None:
    assert sent(mode, key, NOT_ACTED_ON[case], body=_body(key)) == 3


@pytest.mark.parametrize("case", ["500", "read timeout", "dropped"])
def test_a_get_keeps_every_retry(case: str) -> None:
    key = f"GET {RUNES}"
    assert sent("sync", key, MAY_HAVE_ACTED[case], address=ADDR) == 3


def test_a_post_declared_idempotent_is_retried_like_a_get(monkeypatch: pytest.MonkeyPatch) -> None:
    from xverse_api import _operations  # noqa: PLC0415

    key = UNSAFE[0]
    declared = {k: ({**e, "idempotent": True} if k == key else e) for k, e in OPERATIONS.items()}
    monkeypatch.setattr(_operations, "_registry", lambda: declared)
    _operations.get_operation.cache_clear()
    try:
        assert _operations.get_operation(key).idempotent
        assert sent("sync", key, status(500), body=_body(key)) == 3
        assert sent("sync", key, raising(httpx.ReadTimeout), body=_body(key)) == 3
    finally:
        _operations.get_operation.cache_clear()


def test_the_flag_is_by_method_unless_declared() -> None:
    entry = dict(OPERATIONS[UNSAFE[0]])
    assert not Operation(UNSAFE[0], entry).idempotent
    assert Operation(UNSAFE[0], {**entry, "idempotent": True}).idempotent
    assert Operation(UNSAFE[0], {**entry, "method": "PUT"}).idempotent
    entry.pop("idempotent")  # a registry entry written before the flag existed
    assert not Operation(UNSAFE[0], entry).idempotent


def test_sdk_yaml_declares_it_and_make_generate_writes_it(tmp_path: Path) -> None:
    spec, sdk = small_spec(), small_sdk()
    (decl,) = sdk["operations"].values()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain = sdk_layer(tmp_path / "a", spec, sdk)["registry.py"]
    decl["idempotent"] = True
    declared = sdk_layer(tmp_path / "b", spec, sdk)["registry.py"]
    assert "'idempotent': False" in plain or '"idempotent": False' in plain
    assert "'idempotent': True" in declared or '"idempotent": True' in declared


def test_not_retrying_says_why_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="xverse_api")
    key = UNSAFE[0]
    assert sent("sync", key, status(500), body=_body(key)) == 1
    assert any("not idempotent" in r.getMessage() for r in caplog.records)
