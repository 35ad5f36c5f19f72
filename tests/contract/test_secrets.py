"""5. The API key never shows, whatever the operation: not in any public object's
repr/str, not in any error (message, args, repr), not in the debug log, even when the
server echoes it.

Redaction is one generic step, so every way an answer could carry the key back runs on
the operations chosen by shape (``_spec.SHAPES``); that the key is sent where the spec
says (which makes those checks real) is checked for every operation."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from xverse_api import AsyncXverse, Xverse, XverseError

from ._oracle import example_success
from ._spec import (
    OPERATIONS,
    PAGE_OPERATIONS,
    PAGING_OPERATIONS,
    REPRESENTATIVES,
    OperationSpec,
    collect,
    required_arguments,
    shape_id,
)
from ._support import BASE

MARKER = "sk-MARKER-93c1f0"
EACH_OPERATION = pytest.mark.parametrize("op", OPERATIONS, ids=str)


def good(op: OperationSpec) -> httpx.Response:
    status, body = example_success(op)
    return httpx.Response(status, content=body, headers={"content-type": "application/json"})


def _texts(obj: object) -> Iterator[str]:
    yield str(obj)
    yield repr(obj)
    if isinstance(obj, BaseException):
        yield from map(repr, obj.args)
        yield repr(getattr(obj, "message", ""))
        request = getattr(obj, "request", None)
        if request is not None:
            yield repr(request)
            yield str(request.url)
        if obj.__cause__ is not None:
            yield from _texts(obj.__cause__)
        if obj.__context__ is not None and not obj.__suppress_context__:
            yield from _texts(obj.__context__)


def assert_no_marker(*objs: object) -> None:
    for obj in objs:
        for text in _texts(obj):
            assert MARKER not in text, f"key leaked by {type(obj).__name__}: {text[:200]}"


@pytest.fixture
def debug_log(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> Iterator[pytest.LogCaptureFixture]:
    """XVERSE_LOG=debug (the user's switch) and caplog at DEBUG; the handler the client
    adds for the env switch is removed afterwards so no other test sees it."""
    monkeypatch.setenv("XVERSE_LOG", "debug")
    logger = logging.getLogger("xverse_api")
    handlers, level = list(logger.handlers), logger.level
    caplog.set_level(logging.DEBUG, logger="xverse_api")
    yield caplog
    for handler in logger.handlers[:]:
        if handler not in handlers:
            logger.removeHandler(handler)
    logger.setLevel(level)


def _outcomes(respond: Any, op: OperationSpec) -> list[object]:
    """Run a sync and an async call of ``op`` against ``respond``; return results or
    errors (for a paging operation, its collecting method too)."""
    kwargs = required_arguments(op)
    out: list[object] = []
    with respx.mock(base_url=BASE) as router:
        route = router.route()
        if isinstance(respond, BaseException):
            route.mock(side_effect=respond)
        else:
            route.mock(return_value=respond)
        with Xverse(api_key=MARKER, base_url=BASE, max_retries=1, retry_delay=0.001) as client:
            out += [client, client._settings]
            try:
                out.append(client.operations[op.key](**kwargs))
                if op in PAGING_OPERATIONS:
                    out.append(collect(client, op, **kwargs))
            except XverseError as exc:
                out.append(exc)

        async def run() -> None:
            async with AsyncXverse(
                api_key=MARKER, base_url=BASE, max_retries=1, retry_delay=0.001
            ) as client:
                out.append(client)
                try:
                    out.append(await client.operations[op.key](**kwargs))
                except XverseError as exc:
                    out.append(exc)

        asyncio.run(run())
    return out


ECHO = f"invalid key {MARKER}"


def cases(op: OperationSpec) -> dict[str, Any]:
    """Every answer that could carry the key back, for one operation."""
    return {
        "ok": good(op),
        **{f"{s}-echo": httpx.Response(s, json=ECHO) for s in op.error_statuses},
        **{f"{s}-echo-object": httpx.Response(s, json={"key": MARKER}) for s in op.error_statuses},
        "418-echo-text": httpx.Response(418, text=ECHO),
        "503-echo-html": httpx.Response(503, html=f"<p>{ECHO}</p>"),
        "429-retry-after": httpx.Response(429, json=ECHO, headers={"retry-after": "120"}),
        "connect-error": httpx.ConnectError(f"cannot connect with {MARKER}"),
        "read-error": httpx.ReadError(f"reset {MARKER}"),
        "timeout": httpx.ReadTimeout(f"slow {MARKER}"),
        "bad-200": httpx.Response(200, content=b"<html>nope</html>"),
        "bad-200-missing": httpx.Response(200, json={"items": []}),
        # where the 2xx documents no body schema, any body is data handed back as sent
        # (the server's own words, not the SDK's), so there a 200 echo is no bad answer
        **(
            {"bad-200-echo": httpx.Response(200, json=ECHO)}
            if all(op.responses[s] is not None for s in op.success_statuses)
            else {}
        ),
    }


CASES = [(op, name) for op in REPRESENTATIVES for name in cases(op)]


@pytest.mark.parametrize(
    ("op", "case"), CASES, ids=[f"{shape_id(op)} {name}" for op, name in CASES]
)
def test_key_is_nowhere(op: OperationSpec, case: str, debug_log: pytest.LogCaptureFixture) -> None:
    outcomes = _outcomes(cases(op)[case], op)
    assert outcomes
    assert_no_marker(*outcomes)
    assert debug_log.records, "debug logging produced nothing; the check would be empty"
    for record in debug_log.records:
        assert MARKER not in record.getMessage()
        assert MARKER not in logging.Formatter().format(record)


@pytest.mark.parametrize("op", PAGE_OPERATIONS, ids=str)
def test_key_echoed_in_a_bad_200_is_not_in_the_validation_error(op: OperationSpec) -> None:
    body = {
        "limit": 1,
        "offset": 0,
        "total": 1,
        "items": [{"runeName": "DOG", "amount": MARKER, "id": "840000:3"}],
        "indexerHeight": 870_000,
    }
    assert_no_marker(*_outcomes(httpx.Response(200, json=body), op))


def test_constructor_errors_do_not_show_the_key() -> None:
    for kwargs in (
        {"timeout": -1},
        {"max_retries": -1},
        {"base_url": "ftp://x"},
        {"rate_limit": 0},
    ):
        with pytest.raises(XverseError) as info:
            Xverse(api_key=MARKER, **kwargs)
        assert_no_marker(info.value)


@EACH_OPERATION
def test_the_key_is_sent(op: OperationSpec) -> None:
    """The other half: the key does go where the spec says, so the checks above are real."""
    with respx.mock(base_url=BASE) as router:
        route = router.route().mock(return_value=good(op))
        with Xverse(api_key=MARKER, base_url=BASE) as client:
            client.operations[op.key](**required_arguments(op))
    assert op.api_key_header is not None
    assert route.calls.last.request.headers[op.api_key_header] == MARKER
    assert MARKER in json.dumps(dict(route.calls.last.request.headers))
