"""Shared pieces of the contract suites: the hypothesis settings and small helpers."""

from __future__ import annotations

import logging
import os
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, settings

#: Scales every property's example count (1 by default). The fixture-spec run in
#: test_iteration.py sets it low: there the point is that every operation is reached.
SCALE = float(os.environ.get("XVERSE_CONTRACT_SCALE", "1"))


def examples(count: int) -> int:
    return max(1, round(count * SCALE))


#: derandomized (the same examples every run), no deadline (I/O through respx), a few
#: hundred examples per property; tests that drive slower paths lower max_examples.
CONTRACT = settings(
    derandomize=True,
    deadline=None,
    database=None,
    max_examples=examples(200),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.filter_too_much,  # hypothesis-jsonschema filters some schemas hard
    ],
)

BASE = "https://api.example.test"
KEY = "k-contract-7f3a"


# --- a real HTTP server on 127.0.0.1, one scripted behaviour per request ---------------


Behaviour = Callable[[socket.socket, threading.Event], None]


def _read_request(conn: socket.socket) -> bytes:
    """The request head and its body (Content-Length): a body left unread would make
    the close an RST, which the client sees as a reset (not what a test scripted)."""
    data = b""
    for _ in range(1000):  # bounded: a request head is small
        if b"\r\n\r\n" in data:
            break
        chunk = conn.recv(4096)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    for _ in range(1000):  # bounded: the bodies sent here are small
        if len(body) >= length:
            break
        chunk = conn.recv(4096)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def reply(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Behaviour:
    def run(conn: socket.socket, stop: threading.Event) -> None:
        head = f"HTTP/1.1 {status} X\r\nContent-Length: {len(body)}\r\nConnection: close\r\n"
        for name, value in (headers or {}).items():
            head += f"{name}: {value}\r\n"
        conn.sendall(head.encode() + b"\r\n" + body)

    return run


def reset_mid_body(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b'Content-Length: 500\r\n\r\n{"limit": 1, '
    )
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST


def hang(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(10)


def drip(body: bytes, every: float) -> Behaviour:
    def run(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n".encode())
        for i in range(len(body)):
            if stop.wait(every):
                return
            conn.sendall(body[i : i + 1])

    return run


class ScriptedServer:
    """Answers request n with ``script[n]`` (the last one repeats); counts requests."""

    def __init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.script: list[Behaviour] = [reply(200, b"{}")]
        self.requests: list[bytes] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def attempts(self) -> int:
        return len(self.requests)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            worker = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(worker)
            worker.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            try:
                request = _read_request(conn)
                if not request:
                    return
                with self._lock:
                    index = len(self.requests)
                    self.requests.append(request)
                self.script[min(index, len(self.script) - 1)](conn, self._stop)
            except Exception:  # the client may hang up at any point; that is its right
                return

    def close(self) -> None:
        self._stop.set()
        self._sock.close()
        self._thread.join(5)
        for worker in self._threads:
            worker.join(5)


@contextmanager
def scripted_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    try:
        yield server
    finally:
        server.close()


# --- the warnings a reconstructed field that differs gives ------------------------------


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def field_warnings() -> Iterator[list[tuple[str, str]]]:
    """(model, wire field) of every warning the ``xverse_api`` logger gives inside the
    block about a field kept as sent (works inside hypothesis examples, unlike caplog)."""
    logger = logging.getLogger("xverse_api")
    handler = _Collect()
    logger.addHandler(handler)
    out: list[tuple[str, str]] = []
    try:
        yield out
    finally:
        logger.removeHandler(handler)
        for record in handler.records:
            if "differs from the spec" in record.msg and isinstance(record.args, tuple):
                out.append((str(record.args[0]), str(record.args[1])))
