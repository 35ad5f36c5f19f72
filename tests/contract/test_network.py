"""4. Real network faults on 127.0.0.1 (a socket server in threads, not mocks), once on
the generic path: each ends in success or the right typed error within the configured
timeout and retries. No assertion reads a clock: waits are checked by the delay the
client logs for each retry ("retrying ... in N s"), attempts by the server's count.

Every operation takes the same path, so these run on the operations chosen by shape
(``_spec.SHAPES``), sync and async; the ones that wait (timeouts, Retry-After) run
once per client, on two of them."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from xverse_api import (
    APIConnectionError,
    APITimeoutError,
    AsyncXverse,
    InternalServerError,
    RateLimitError,
    Xverse,
)
from xverse_api._operations import get_operation

from ._checks import expect_2xx
from ._oracle import example_success
from ._spec import REPRESENTATIVES, OperationSpec, required_arguments, shape_id
from ._support import KEY, ScriptedServer, drip, hang, reply, reset_mid_body, scripted_server

JSON = {"content-type": "application/json"}


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with scripted_server() as srv:
        yield srv


@pytest.fixture
def retries_logged(caplog: pytest.LogCaptureFixture) -> Callable[[], list[float]]:
    """The delays (seconds) the client said it would wait before each retry."""
    caplog.set_level(logging.INFO, logger="xverse_api")

    def delays() -> list[float]:
        return [
            float(r.args[2])  # type: ignore[index]
            for r in caplog.records
            if r.name == "xverse_api" and r.msg.startswith("retrying")
        ]

    return delays


def _sync(op: OperationSpec, url: str, **kw: Any) -> Any:
    with Xverse(api_key=KEY, base_url=url, **kw) as client:
        return client.operations[op.key](**required_arguments(op))


def _async(op: OperationSpec, url: str, **kw: Any) -> Any:
    async def run() -> Any:
        async with AsyncXverse(api_key=KEY, base_url=url, **kw) as client:
            return await client.operations[op.key](**required_arguments(op))

    return asyncio.run(run())


Call = Callable[..., Any]
pytestmark = pytest.mark.timeout(60)
_CLIENTS = {"sync": _sync, "async": _async}
#: (client, operation): every representative with both clients
BOTH = [(c, op) for op in REPRESENTATIVES for c in _CLIENTS]
#: the tests that wait (timeouts, Retry-After: seconds each) measure the client's clock
#: handling, which no operation shape changes: the sync client on the first
#: representative, the async one on the second (the first again when there is one)
ALTERNATING = [("sync", REPRESENTATIVES[0]), ("async", REPRESENTATIVES[1 % len(REPRESENTATIVES)])]


def _cases(pairs: list[tuple[str, OperationSpec]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(
        ("call", "op"),
        [(_CLIENTS[c], op) for c, op in pairs],
        ids=[f"{c}-{shape_id(op)}" for c, op in pairs],
    )


EACH = _cases(BOTH)
WAITING = _cases(ALTERNATING)
#: the retries after an answer that may mean the server acted (a reset mid-body, a 5xx)
#: are for operations that may be sent twice: a POST is not (tests/test_retry_idempotency.py
#: holds that it is sent once); the others take every retry
RETRYING = _cases([(c, op) for c, op in BOTH if get_operation(op.key).idempotent])


def _outcome(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except Exception as exc:  # returned for the test to inspect
        return exc


def _success(op: OperationSpec) -> tuple[int, Any, bytes]:
    """(2xx status, -, a valid body): JSON text even where the 2xx documents no body
    schema (the SDK hands it back as sent), so the drip tests have bytes to drip."""
    status, body = example_success(op)
    return status, None, body or b'"ok"'


def _assert_success(op: OperationSpec, call: Callable[[], Any]) -> None:
    status, _, body = _success(op)
    expect_2xx(op, status, body, call)


@EACH
def test_connection_refused(call: Call, op: OperationSpec) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = _outcome(
        lambda: call(op, f"http://127.0.0.1:{port}", max_retries=2, retry_delay=0.001, timeout=2)
    )
    assert type(error) is APIConnectionError, error
    assert "3 attempts" in str(error)


@RETRYING
def test_reset_mid_body_is_retried_then_a_connection_error(
    call: Call, op: OperationSpec, server: ScriptedServer
) -> None:
    server.script = [reset_mid_body]
    error = _outcome(lambda: call(op, server.url, max_retries=2, retry_delay=0.001, timeout=2))
    assert isinstance(error, APIConnectionError), error
    assert not isinstance(error, APITimeoutError)
    assert server.attempts == 3


@RETRYING
def test_reset_then_success(call: Call, op: OperationSpec, server: ScriptedServer) -> None:
    status, _, body = _success(op)
    server.script = [reset_mid_body, reply(status, body, JSON)]
    _assert_success(op, lambda: call(op, server.url, max_retries=2, retry_delay=0.001, timeout=2))
    assert server.attempts == 2


@WAITING
def test_server_that_never_answers_times_out(
    call: Call, op: OperationSpec, server: ScriptedServer
) -> None:
    server.script = [hang]
    error = _outcome(lambda: call(op, server.url, max_retries=1, retry_delay=0.001, timeout=0.3))
    assert type(error) is APITimeoutError, error
    assert "read timeout 0.3 s" in str(error)
    assert server.attempts == 2


@WAITING
def test_slow_drip_past_the_read_timeout_times_out(
    call: Call, op: OperationSpec, server: ScriptedServer
) -> None:
    _, _, body = _success(op)
    server.script = [drip(body, every=0.6)]
    error = _outcome(lambda: call(op, server.url, max_retries=0, timeout=0.3))
    assert type(error) is APITimeoutError, error
    assert server.attempts == 1


@EACH
def test_drip_faster_than_the_read_timeout_succeeds(
    call: Call, op: OperationSpec, server: ScriptedServer
) -> None:
    """The timeout is per read (httpx semantics): a steady drip is slow but alive."""
    _, _, body = _success(op)
    # a steady drip of ~0.2 s in all, whatever the body's size (1 ms between bytes at most)
    server.script = [drip(body, every=min(0.002, 0.2 / len(body)))]
    _assert_success(op, lambda: call(op, server.url, max_retries=0, timeout=1))
    assert server.attempts == 1


@RETRYING
def test_500_twice_then_success(call: Call, op: OperationSpec, server: ScriptedServer) -> None:
    status, _, body = _success(op)
    server.script = [
        reply(500, b'"boom"', JSON),
        reply(500, b"<html>", {}),
        reply(status, body, JSON),
    ]
    _assert_success(op, lambda: call(op, server.url, max_retries=2, retry_delay=0.001, timeout=2))
    assert server.attempts == 3


@RETRYING
def test_500_past_the_retries_is_internal_server_error(
    call: Call, op: OperationSpec, server: ScriptedServer
) -> None:
    server.script = [reply(500, b'"boom"', JSON)]
    error = _outcome(lambda: call(op, server.url, max_retries=1, retry_delay=0.001, timeout=2))
    assert type(error) is InternalServerError
    assert server.attempts == 2


@WAITING
def test_retry_after_seconds_is_waited(
    call: Call,
    op: OperationSpec,
    server: ScriptedServer,
    retries_logged: Callable[[], list[float]],
) -> None:
    status, _, body = _success(op)
    server.script = [
        reply(429, b'"slow down"', {**JSON, "Retry-After": "1"}),
        reply(status, body, JSON),
    ]
    _assert_success(op, lambda: call(op, server.url, max_retries=2, retry_delay=0.001, timeout=2))
    assert server.attempts == 2
    assert retries_logged() == [1.0]


@WAITING
def test_retry_after_http_date_is_waited(
    call: Call,
    op: OperationSpec,
    server: ScriptedServer,
    retries_logged: Callable[[], list[float]],
) -> None:
    status, _, body = _success(op)
    when = email.utils.formatdate(int(time.time()) + 2, usegmt=True)
    server.script = [
        reply(429, b'"slow down"', {**JSON, "Retry-After": when}),
        reply(status, body, JSON),
    ]
    _assert_success(op, lambda: call(op, server.url, max_retries=2, retry_delay=0.001, timeout=2))
    assert server.attempts == 2
    [delay] = retries_logged()
    assert 0 < delay <= 2  # until the date asked for, not the 1 ms backoff


@EACH
def test_retry_after_far_in_the_future_raises_at_once(
    call: Call,
    op: OperationSpec,
    server: ScriptedServer,
    retries_logged: Callable[[], list[float]],
) -> None:
    server.script = [reply(429, b'"come back tomorrow"', {**JSON, "Retry-After": "3600"})]
    error = _outcome(lambda: call(op, server.url, max_retries=3, retry_delay=0.001, timeout=2))
    assert type(error) is RateLimitError, error
    assert error.retry_after == 3600
    assert server.attempts == 1
    assert retries_logged() == []  # did not wait


@WAITING
def test_retry_after_replaces_the_backoff(
    call: Call,
    op: OperationSpec,
    server: ScriptedServer,
    retries_logged: Callable[[], list[float]],
) -> None:
    """The server's Retry-After (1 s) is the wait, not the client's own longer backoff
    (retry_delay=5: 3.75..5 s)."""
    status, _, body = _success(op)
    server.script = [
        reply(429, b'"slow down"', {**JSON, "Retry-After": "1"}),
        reply(status, body, JSON),
    ]
    _assert_success(op, lambda: call(op, server.url, max_retries=2, retry_delay=5, timeout=2))
    assert server.attempts == 2
    assert retries_logged() == [1.0]


@RETRYING
def test_backoff_without_retry_after_is_the_clients(
    call: Call,
    op: OperationSpec,
    server: ScriptedServer,
    retries_logged: Callable[[], list[float]],
) -> None:
    """The other half: without Retry-After the wait is the client's backoff, so the
    checks above do tell the two apart."""
    status, _, body = _success(op)
    server.script = [reply(503, b'"busy"', JSON), reply(status, body, JSON)]
    _assert_success(op, lambda: call(op, server.url, max_retries=2, retry_delay=0.01, timeout=2))
    [delay] = retries_logged()
    assert 0 < delay <= 0.01
