"""In-process httpx transports (sync and async) that answer from the fake: no sockets."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping

import httpx

from ._responses import FakeResponse, Handles


def _split(request: httpx.Request) -> tuple[str, str, str, list[tuple[str, str]]]:
    raw_path, _, query = request.url.raw_path.decode("ascii").partition("?")
    return request.method, raw_path, query, request.headers.multi_items()


def _read_timeout(request: httpx.Request) -> float | None:
    timeout: Mapping[str, float | None] = request.extensions.get("timeout") or {}
    return timeout.get("read")


def _finish(request: httpx.Request, answer: FakeResponse, timed_out: bool) -> httpx.Response:
    if timed_out:
        raise httpx.ReadTimeout(
            "the fake API answered later than the read timeout", request=request
        )
    if answer.drop:
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )
    return httpx.Response(
        answer.status, headers=list(answer.headers), content=answer.body, request=request
    )


def _wait(answer: FakeResponse, request: httpx.Request) -> tuple[float, bool]:
    """How long to sleep, and whether the read timeout passes first."""
    read = _read_timeout(request)
    if read is not None and answer.delay > read:
        return read, True
    return answer.delay, False


class _Transport(httpx.BaseTransport):
    def __init__(self, fake: Handles) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._fake.handle(*_split(request), request.read())
        seconds, timed_out = _wait(answer, request)
        if seconds:
            time.sleep(seconds)
        return _finish(request, answer, timed_out)


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, fake: Handles) -> None:
        self._fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._fake.handle(*_split(request), await request.aread())
        seconds, timed_out = _wait(answer, request)
        if seconds:
            await asyncio.sleep(seconds)
        return _finish(request, answer, timed_out)
