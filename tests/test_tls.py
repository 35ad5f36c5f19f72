"""TLS as httpx does it, with the context built once: every client the SDK opens shares
one verifying context per CA setting (``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` still apply,
set before or after the first client), so opening a client costs no CA-bundle load.

A real HTTPS server on 127.0.0.1 with a certificate from a test CA (trustme): trusted
through ``SSL_CERT_FILE`` the client reaches it, otherwise verification refuses it.
"""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import trustme
from xverse_api import APIConnectionError, AsyncXverse, NotFoundError, Xverse
from xverse_api._client import _tls_context

OP = "GET /v1/bitcoin/mempool/stats"


class _NotFound(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps("no such thing").encode()
        self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def https_url(ca: trustme.CA) -> Iterator[str]:
    """An HTTPS server on 127.0.0.1 whose certificate ``ca`` signed; every GET is a 404."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NotFound)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def test_a_server_signed_by_an_unknown_ca_is_refused(
    https_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with (
        Xverse(api_key="k", base_url=https_url, max_retries=0) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        client.operations[OP]()
    assert "CERTIFICATE_VERIFY_FAILED" in repr(info.value.__cause__) + str(info.value)


def test_ssl_cert_file_set_after_the_first_client_is_honoured(
    https_url: str, ca_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    Xverse(api_key="k").close()  # a client (and its context) before the variable is set
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    with (
        Xverse(api_key="k", base_url=https_url, max_retries=0) as client,
        pytest.raises(NotFoundError) as info,  # TLS held: the server's own answer
    ):
        client.operations[OP]()
    assert info.value.body == "no such thing"


def test_the_async_client_verifies_the_same_way(
    https_url: str, ca_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio  # noqa: PLC0415

    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)

    async def call() -> None:
        async with AsyncXverse(api_key="k", base_url=https_url, max_retries=0) as client:
            await client.operations[OP]()

    with pytest.raises(NotFoundError):
        asyncio.run(call())


def test_clients_share_one_context_per_ca_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    Xverse(api_key="k").close()
    before = _tls_context.cache_info()
    for _ in range(5):
        Xverse(api_key="k").close()
        AsyncXverse(api_key="k")
    after = _tls_context.cache_info()
    assert after.misses == before.misses  # no new context was built
    assert after.hits >= before.hits + 10
