"""`xverse-api runes` when things go wrong around it (issue 19 items 6, 7, 10, 11, 15, 22):
Ctrl-C, an unreachable server, a non-UTF-8 terminal, a closed pipe, an 80-column
terminal; and CSV columns with one meaning each."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from rich.console import Console
from xverse_api.cli import build_cli
from xverse_api.cli._balances import print_tables
from xverse_api.testing import DEFAULT_API_KEY, FakeXverse, Fault, seeded_addresses

SEEDED = seeded_addresses()
THREE = [SEEDED.p2wpkh, SEEDED.default, SEEDED.p2sh]


def cli(*args: str, env: dict[str, str] | None = None, **kw: object) -> subprocess.Popen[str]:
    return subprocess.Popen(  # noqa: S603 - this interpreter, our own module
        [sys.executable, "-m", "xverse_api", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "XVERSE_API_KEY": DEFAULT_API_KEY, **(env or {})},
        **kw,  # type: ignore[call-overload]
    )


@pytest.fixture
def slow_url() -> Iterator[str]:
    fake = FakeXverse()
    fake.add_fault(Fault.slow(0), times=1)  # the first answer at once
    fake.add_fault(Fault.slow(30), times=10)  # the rest hang
    with fake.serve() as url:
        yield url


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_ctrl_c_writes_what_answered_and_exits_130(slow_url: str, fmt: str) -> None:
    proc = cli("runes", "--base-url", slow_url, "-j", "1", "--format", fmt, *THREE)
    deadline = time.monotonic() + 20
    time.sleep(2.5)  # the first address answered, the second hangs
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=max(1, deadline - time.monotonic()))
    assert proc.returncode == 130, err
    assert "interrupted: 1 of 3 addresses answered" in err
    assert "Aborted" not in err + out
    if fmt == "json":
        document = json.loads(out)  # complete JSON
        assert [r["address"] for r in document["results"]] == [THREE[0]]
        assert document["incomplete"].startswith("interrupted")
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert {row[0] for row in rows[1:]} == {THREE[0]}
    else:
        assert THREE[0] in out
        assert THREE[1] not in out


def test_an_unreachable_server_is_said_once_and_stops_early() -> None:
    many = [a for a in seeded_addresses() for _ in range(1)] * 20  # 100 addresses
    started = time.monotonic()
    proc = cli("runes", "--base-url", "http://127.0.0.1:9", "--format", "csv", *many)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 4
    assert err.count("\n") == 1, err
    assert "cannot be reached" in err
    assert time.monotonic() - started < 15
    assert out.splitlines()[0].startswith("address,")


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_output_never_fails_on_the_terminals_encoding(encoding: str, fmt: str) -> None:
    fake = FakeXverse()
    with fake.serve() as url:
        proc = subprocess.run(  # noqa: S603
            [
                sys.executable,
                "-m",
                "xverse_api",
                "runes",
                "--base-url",
                url,
                "--format",
                fmt,
                SEEDED.default,
            ],
            capture_output=True,
            env={**os.environ, "XVERSE_API_KEY": DEFAULT_API_KEY, "PYTHONIOENCODING": encoding},
            timeout=60,
            check=False,
        )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode(encoding)
    if fmt == "json":
        assert out.isascii()
        document = json.loads(out)
        assert document["results"][0]["balances"][0]["rune_name"] == "DOG•GO•TO•THE•MOON"
    else:
        assert "DOG?GO?TO?THE?MOON" in out or "DOG•GO" in out
        assert b"replaced with '?'" in proc.stderr
        if fmt == "csv":
            assert len(list(csv.reader(io.StringIO(out)))) == 6  # every row written


def test_a_broken_pipe_exits_as_unix_tools_do() -> None:
    fake = FakeXverse()
    for fmt in ("json", "csv", "table"):
        with fake.serve() as url:
            proc = cli(
                "runes",
                "--base-url",
                url,
                "--format",
                fmt,
                *[SEEDED.many_runes] * 1,
                env={"COLUMNS": "200"},
            )
            assert proc.stdout is not None
            proc.stdout.readline()
            proc.stdout.close()  # `| head -1`
            _, err = proc.communicate(timeout=60)
        assert proc.returncode in (0, 141), (fmt, err)  # 0 when it all fit in the pipe
        assert err == "", (fmt, err)


def test_a_broken_pipe_in_process_is_141(monkeypatch: pytest.MonkeyPatch) -> None:
    from xverse_api.cli import _runes  # noqa: PLC0415

    def broken(*args: object, **kwargs: object) -> None:
        raise BrokenPipeError

    monkeypatch.setattr(_runes, "write_results", broken)
    monkeypatch.setattr(_runes, "_silence_stdout", lambda: None)
    fake = FakeXverse()
    with fake.serve() as url:
        result = CliRunner().invoke(
            build_cli(), ["runes", "--api-key", "fake-key", "--base-url", url, SEEDED.default]
        )
    assert result.exit_code == 141


def test_the_table_is_readable_at_80_columns() -> None:
    from xverse_api import Xverse  # noqa: PLC0415

    fake = FakeXverse()
    import httpx  # noqa: PLC0415

    http = httpx.Client(transport=fake.transport(), base_url="http://fake.test")
    with Xverse(DEFAULT_API_KEY, http_client=http) as client:
        results = {a: client.runes.balances(a) for a in (SEEDED.default, SEEDED.many_runes)}
    for raw in (False, True):
        out = io.StringIO()
        print_tables(Console(file=out, width=80, highlight=False), results, raw=raw)
        text = out.getvalue()
        assert max(len(line.rstrip()) for line in text.splitlines()) <= 80
        lines = text.splitlines()
        for balances in results.values():
            for b in balances:
                # every rune name, id and amount whole on one line
                assert any(b.rune_name in line for line in lines), b.rune_name
                amount = str(b.amount) if raw else b.format_amount()
                assert any(amount in line for line in lines), amount


def test_csv_amount_means_what_json_amount_means() -> None:
    fake = FakeXverse()
    with fake.serve() as url:
        for flags in ([], ["--raw"]):
            proc = subprocess.run(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "xverse_api",
                    "runes",
                    "--base-url",
                    url,
                    "--format",
                    "csv",
                    *flags,
                    SEEDED.default,
                ],
                capture_output=True,
                text=True,
                encoding="utf-8",
                env={**os.environ, "XVERSE_API_KEY": DEFAULT_API_KEY},
                timeout=60,
                check=False,
            )
            rows = list(csv.DictReader(io.StringIO(proc.stdout)))
            dog = next(r for r in rows if r["rune_id"] == "840000:3")
            assert (dog["amount"], dog["decimal_amount"]) == ("3142748244", "31427.48244")


def test_the_demo_shows_the_instructive_lines_before_the_long_table() -> None:
    from xverse_api.cli import demo  # noqa: PLC0415

    out = io.StringIO()
    assert demo.main(out=out) == 0
    text = out.getvalue()
    error = text.index(f"error: {demo.BAD_ADDRESS}: ")
    empty = text.index("no rune balances")
    many = text.index("\n" + SEEDED.many_runes)  # its table title, not the command line
    assert error < many
    assert empty < many
    assert text.index("DOG•GO•TO•THE•MOON") < many


def test_call_help_names_an_operation_of_the_spec() -> None:
    import re  # noqa: PLC0415

    from xverse_api._sdk.registry import OPERATIONS  # noqa: PLC0415

    result = CliRunner().invoke(build_cli(), ["call", "--help"])
    examples = re.findall(r'"((?:GET|POST) /[^"]+)"', result.output)
    assert examples
    assert all(example in OPERATIONS for example in examples), examples
