"""``xverse-api conformance`` against a hostile server (issue 18, "conformance"): every
answer is read through the SDK's capped reader (a gzip bomb stops at the cap),
``--timeout`` and ``--max-time`` hold on the wall clock however slowly bytes come, and
a body no parser gets through is a violation line, not a traceback."""

from __future__ import annotations

import socket
import threading
import time
import zlib
from pathlib import Path
from xml.etree import ElementTree as ET

import httpx
import pytest
from xverse_api import cli, conformance
from xverse_api._constants import DEFAULT_MAX_RESPONSE_BYTES

from tests.conftest import RUNES_PATH
from tests.contract._support import Behaviour, drip, reply, scripted_server

RUNES = f"GET {RUNES_PATH}"
KEY = "conformance-bounds-key"


def gzip_bomb(size: int) -> bytes:
    """``size`` zero bytes, gzipped (about 1,000 times smaller), built a piece at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    piece = b"\0" * (1 << 20)
    parts = [packer.compress(piece) for _ in range(size // len(piece))]
    return b"".join([*parts, packer.flush()])


def drip_head(every: float) -> Behaviour:
    """The status line and headers one byte at a time."""

    def run(conn: socket.socket, stop: threading.Event) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Pad: " + b"x" * 100
        for i in range(len(head)):
            if stop.wait(every):
                return
            conn.sendall(head[i : i + 1])

    return run


def test_a_gzip_bomb_stops_at_the_sdks_cap() -> None:
    bomb = gzip_bomb(DEFAULT_MAX_RESPONSE_BYTES + (8 << 20))
    assert len(bomb) < 200_000
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with scripted_server() as server:
        server.script = [reply(200, bomb, headers)]
        report = conformance.run(
            server.url, api_key=KEY, operations=[RUNES], max_requests=1, rate_limit=100
        )
    (violation,) = report.violations
    assert violation.status == 200
    assert f"larger than {DEFAULT_MAX_RESPONSE_BYTES:,} bytes" in violation.message


@pytest.mark.parametrize("behaviour", ["body", "head"])
def test_a_dripping_server_is_cut_at_the_wall_clock_timeout(behaviour: str) -> None:
    slow = drip(b'{"items": []}' * 10, 0.2) if behaviour == "body" else drip_head(0.2)
    with scripted_server() as server:
        server.script = [slow]
        started = time.monotonic()
        report = conformance.run(
            server.url,
            api_key=KEY,
            operations=[RUNES],
            max_requests=2,
            rate_limit=100,
            timeout=1.0,
            max_time=30,
        )
        took = time.monotonic() - started
    assert took < 2 * 1.0 + 1.5, took  # two requests, each cut after 1 s
    result = report.results[0]
    assert result.no_answer == 2
    (violation,) = report.violations
    assert "no whole answer within --timeout 1 s (wall clock" in violation.message


def test_max_time_is_a_wall_clock_bound_on_the_whole_run(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    with scripted_server() as server:
        server.script = [drip(b"x" * 1000, 0.5)]
        started = time.monotonic()
        code = cli.main(
            [
                "conformance",
                "--base-url",
                server.url,
                "--api-key",
                KEY,
                "--operation",
                RUNES,
                "--max-requests",
                "10",
                "--rate-limit",
                "100",
                "--max-time",
                "2",
                "--timeout",
                "1.5",
                "--junit-xml",
                str(junit),
            ]
        )
        took = time.monotonic() - started
    assert took < 2 + 1.5, took
    assert code == 1
    text = junit.read_text("utf-8")
    assert "did not finish" not in text
    assert ET.fromstring(text).get("failures") == "1"  # noqa: S314 - our own report


def test_a_body_of_100000_nested_arrays_is_a_violation_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    report = conformance.run(
        "http://api.test",
        api_key=KEY,
        operations=[RUNES],
        max_requests=1,
        rate_limit=100,
        transport=httpx.MockTransport(
            lambda _: httpx.Response(
                200, content=body, headers={"content-type": "application/json"}
            )
        ),
    )
    assert report.exit_code == 1
    assert any("nested too deeply" in v.message for v in report.violations)
    with scripted_server() as server:
        server.script = [reply(200, body, {"Content-Type": "application/json"})]
        junit = tmp_path / "junit.xml"
        code = cli.main(
            [
                "conformance",
                "--base-url",
                server.url,
                "--api-key",
                KEY,
                "--operation",
                RUNES,
                "--max-requests",
                "1",
                "--junit-xml",
                str(junit),
            ]
        )
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    assert "nested too deeply" in out
    assert "nested too deeply" in junit.read_text("utf-8")
