"""The fake over real HTTP/1.1: a threaded keep-alive server on 127.0.0.1 with idle
deadlines, so slow or stalled clients cannot hold threads for ever.
"""

from __future__ import annotations

import contextlib
import io
import math
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final

import attrs

from ._responses import Handles, _reason

#: Seconds the HTTP server gives a connection to deliver a whole request (see serve()).
DEFAULT_IDLE_TIMEOUT: Final = 5.0

_MAX_DISCARDED_BODY: Final = 1 << 20


class _DeadlineReader(io.RawIOBase):
    """A connection's reading side that gives up at a deadline, however slowly the bytes
    trickle in (a per-read socket timeout alone lets a 1-byte-per-second client stay).
    The handler moves the deadline after each answer."""

    def __init__(self, connection: socket.socket, timeout: float) -> None:
        self._connection = connection
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request did not arrive before the idle timeout")
        self._connection.settimeout(remaining)
        try:
            return self._connection.recv_into(buffer)
        finally:
            self._connection.settimeout(self.timeout)  # writes get the whole timeout


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in one write; no Nagle stalls
    _reader: _DeadlineReader

    def setup(self) -> None:
        """The stdlib's setup, with a socket timeout and a reading side with a deadline."""
        super().setup()
        self.connection.settimeout(self.server.idle_timeout)
        self._reader = _DeadlineReader(self.connection, self.server.idle_timeout)
        self.rfile = io.BufferedReader(self._reader)

    def handle_one_request(self) -> None:
        """One request; the next one gets ``idle_timeout`` from the end of this answer.

        A request that misses the deadline ends in TimeoutError, which the stdlib turns
        into closing the connection.
        """
        super().handle_one_request()
        self._reader.deadline = time.monotonic() + self.server.idle_timeout

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: no line per request on stderr."""

    def _dispatch(self) -> None:
        body = self._read_body()
        raw_path, _, query = self.path.partition("?")
        answer = self.server.fake.handle(self.command, raw_path, query, self.headers.items(), body)
        if answer.delay and self.server.stopping.wait(answer.delay):
            answer = attrs.evolve(answer, drop=True)  # shutting down: do not answer late
        if answer.drop:
            self.close_connection = True
            return
        lines = [
            f"HTTP/1.1 {answer.status} {_reason(answer.status)}",
            f"Date: {self.date_time_string()}",
            *(f"{name}: {value}" for name, value in answer.headers),
            f"Content-Length: {len(answer.body)}",
        ]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head + answer.body)

    def __getattr__(self, name: str) -> Callable[[], None]:
        """Every method, standard or not (QUERY, FOO), reaches the fake, which answers 405.

        The stdlib looks up ``do_<METHOD>`` and answers 501 when it is missing.
        """
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)

    def _read_body(self) -> bytes | None:
        """Read the request body (so the next request on the connection parses too);
        ``None`` when it was not read (chunked, or too big): the connection then closes."""
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True  # chunked bodies are not worth parsing here
            return None
        length = self.headers.get("Content-Length")
        if not length:
            return b""
        try:
            size = int(length)
        except ValueError:
            size = -1
        if 0 <= size <= _MAX_DISCARDED_BODY:
            return self.rfile.read(size)
        self.close_connection = True
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def server_bind(self) -> None:
        """Bind without HTTPServer's reverse DNS lookup (socket.getfqdn can take seconds)."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def __init__(
        self,
        address: tuple[str, int],
        fake: Handles,
        *,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    ) -> None:
        if not (isinstance(idle_timeout, int | float) and 0 < idle_timeout < math.inf):
            raise ValueError(
                f"idle_timeout must be a positive number of seconds, not {idle_timeout!r}"
            )
        self.fake = fake
        self.idle_timeout = float(idle_timeout)
        self.stopping = threading.Event()
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name="xverse-fake-connection",
            daemon=True,
        )
        with self._connections_lock:
            self._connections[request] = thread
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.pop(request, None)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that goes away mid-answer is normal here; anything else is reported."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def stop(self, thread: threading.Thread) -> None:
        self.stopping.set()
        self.shutdown()
        thread.join()
        self.server_close()
        with self._connections_lock:
            open_now = list(self._connections.items())
        for connection, _ in open_now:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        for _, worker in open_now:
            worker.join(timeout=5)
