"""The fake's HTTP server against slow and idle clients (issue 10 row 17): real sockets on
127.0.0.1, a short ``idle_timeout``, generous upper bounds only."""

from __future__ import annotations

import math
import select
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from xverse_api.testing import DEFAULT_ADDRESS, DEFAULT_API_KEY, FakeXverse

IDLE = 0.5
BOUND = 15.0  # seconds; the server needs about IDLE, this only catches "never"
REQUEST = (
    f"GET /v1/ordinals/address/{DEFAULT_ADDRESS}/runes HTTP/1.1\r\n"
    f"Host: 127.0.0.1\r\nx-api-key: {DEFAULT_API_KEY}\r\n\r\n"
).encode()


def connection_threads() -> int:
    return sum(t.name == "xverse-fake-connection" for t in threading.enumerate())


@pytest.fixture
def address() -> Iterator[tuple[str, int]]:
    with FakeXverse().serve(idle_timeout=IDLE) as url:
        host, port = url.removeprefix("http://").split(":")
        yield host, int(port)


def closed_by_server(sock: socket.socket) -> bool:
    """True once the server has closed ``sock`` (it reads as end of file or reset)."""
    readable, _, _ = select.select([sock], [], [], 0)
    if not readable:
        return False
    try:
        return sock.recv(65536) == b""
    except OSError:
        return True


def read_answer(sock: socket.socket) -> bytes:
    sock.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, "the server closed the connection instead of answering"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    fields = dict(line.split(b": ", 1) for line in head.split(b"\r\n")[1:])
    length = int(fields[b"Content-Length"])
    while len(body) < length:
        body += sock.recv(65536)
    return head


def test_slowloris_connections_are_dropped_and_their_threads_end(
    address: tuple[str, int],
) -> None:
    before = connection_threads()
    socks = [socket.create_connection(address, timeout=5) for _ in range(60)]
    try:
        for sock in socks:
            sock.sendall(b"GET / HTTP/1.1\r\n")
        open_ = set(socks)
        started = time.monotonic()
        while open_ and time.monotonic() - started < BOUND:
            for sock in list(open_):
                if closed_by_server(sock):
                    open_.discard(sock)
                    continue
                try:
                    sock.sendall(b"X")  # one header byte at a time, well inside IDLE
                except OSError:
                    open_.discard(sock)
            time.sleep(IDLE / 5)
        assert not open_, f"{len(open_)} of {len(socks)} drip connections still open"
    finally:
        for sock in socks:
            sock.close()
    started = time.monotonic()
    while connection_threads() > before and time.monotonic() - started < BOUND:
        time.sleep(0.05)
    assert connection_threads() <= before


def test_an_idle_connection_is_closed(address: tuple[str, int]) -> None:
    with socket.create_connection(address, timeout=5) as sock:
        sock.settimeout(BOUND)
        assert sock.recv(1) == b""  # the server closes it; nothing is sent


def test_each_answer_restarts_the_clock() -> None:
    with FakeXverse().serve(idle_timeout=1.0) as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            for _ in range(4):  # 4 x 0.4 s: longer than the timeout in all, under it each time
                sock.sendall(REQUEST)
                assert read_answer(sock).startswith(b"HTTP/1.1 200")
                time.sleep(0.4)


@pytest.mark.parametrize("bad", [0, -1.0, math.inf, math.nan])
def test_idle_timeout_must_be_positive_and_finite(bad: float) -> None:
    with pytest.raises(ValueError, match="idle_timeout"), FakeXverse().serve(idle_timeout=bad):
        pass  # pragma: no cover - serve refuses before yielding


def test_a_request_past_its_deadline_is_not_read_at_all() -> None:
    from xverse_api.testing._server import _DeadlineReader  # noqa: PLC0415

    left, right = socket.socketpair()
    with left, right:
        reader = _DeadlineReader(left, 1.0)
        right.sendall(b"GET")
        assert reader.readinto(bytearray(3)) == 3
        reader.deadline = time.monotonic() - 1
        right.sendall(b" / HTTP/1.1\r\n")
        with pytest.raises(TimeoutError):
            reader.readinto(bytearray(16))
        assert reader.readable()
