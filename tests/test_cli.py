"""The command line (``xverse_api.cli``, ``python -m xverse_api``) and ``make demo``.

Subprocess runs check what a user sees (exit codes, streams, the real entry point);
in-process runs through click's CliRunner cover the same code for the coverage gate.
Both talk to the fake API over real HTTP on 127.0.0.1; nothing is mocked on the wire.
"""

from __future__ import annotations

import csv
import errno
import importlib
import io
import json
import logging
import os
import re
import runpy
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import httpx
import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st
from xverse_api import RuneBalance, cli
from xverse_api._constants import VERSION
from xverse_api.cli import _runes as cli_runes
from xverse_api.cli import _terminal as cli_terminal
from xverse_api.cli import demo
from xverse_api.testing import (
    DEFAULT_ADDRESS,
    DEFAULT_ADDRESSES,
    DEFAULT_API_KEY,
    EMPTY_ADDRESS,
    MANY_RUNES_ADDRESS,
    MANY_RUNES_COUNT,
    FakeXverse,
    Fault,
    default_balances,
)

from ._models import other_fields

BAD = "not-an-address"
SECRET = "sk-live-SENTINEL-5f0e2d"  # a key the fake refuses; it must never be printed
DOG = "DOG•GO•TO•THE•MOON"
WIRE = default_balances()


def decimal_text(amount: str, divisibility: int) -> str:
    """The exact decimal of a wire amount, by string surgery (independent of the SDK)."""
    if not divisibility:
        return amount
    digits = amount.rjust(divisibility + 1, "0")
    return f"{digits[:-divisibility]}.{digits[-divisibility:]}"


def expected_rows(address: str, *, raw: bool = False) -> list[list[str]]:
    return [
        [
            address,
            item["runeName"],
            item["id"],
            item["amount"],  # one meaning, --raw or not (issue 19 item 10)
            decimal_text(item["amount"], item.get("divisibility", 0)),
            str(item.get("divisibility", 0)),
            item.get("symbol", ""),
            "ok",
            "",
        ]
        for item in WIRE[address]
    ]


def failed_row(row: list[str], address: str, error_type: str = "InvalidAddressError") -> None:
    assert row[:8] == [address, "", "", "", "", "", "", "failed"]
    assert row[8].startswith(f"{error_type}: ")


def empty_row(address: str) -> list[str]:
    return [address, "", "", "", "", "", "", "no runes", ""]


def check_json_balances(entry: dict[str, Any], address: str) -> None:
    assert entry["address"] == address
    assert "error" not in entry
    got = entry["balances"]
    assert len(got) == len(WIRE[address])
    for balance, item in zip(got, WIRE[address], strict=True):
        div = item.get("divisibility", 0)
        pinned = {
            "rune_name": item["runeName"],
            "rune_id": item["id"],
            "amount": item["amount"],  # a JSON string: exact, whatever the reader
            "divisibility": div,
            "decimal_amount": decimal_text(item["amount"], div),
            "symbol": item.get("symbol"),
            "inscription_id": item.get("inscriptionId"),
        }
        # any field a spec change added: its wire value, or its default
        assert balance == {**pinned, **other_fields(RuneBalance, pinned, item)}


@pytest.fixture(scope="module")
def fake() -> FakeXverse:
    return FakeXverse(honour_paging=True)  # so MANY_RUNES_ADDRESS takes three pages


@pytest.fixture(scope="module")
def base_url(fake: FakeXverse) -> Iterator[str]:
    with fake.serve() as url:
        yield url


@pytest.fixture(autouse=True)
def _quiet_logger() -> Iterator[None]:
    """--debug adds a handler to the xverse_api logger; take it away after each test."""
    logger = logging.getLogger("xverse_api")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


# -- subprocess: what a user sees ------------------------------------------------------


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XVERSE_")}
    env.update(COLUMNS="200", PYTHONIOENCODING="utf-8", **extra)
    return env


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-m", "xverse_api", *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=clean_env(XVERSE_API_KEY=DEFAULT_API_KEY) if env is None else env,
        timeout=30,
        check=False,
    )


def test_json_output_is_exact_for_every_default_address(base_url: str) -> None:
    proc = run("runes", "--base-url", base_url, "--format", "json", *DEFAULT_ADDRESSES)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    results = json.loads(proc.stdout)["results"]
    assert [r["address"] for r in results] == list(DEFAULT_ADDRESSES)
    for entry, address in zip(results, DEFAULT_ADDRESSES, strict=True):
        check_json_balances(entry, address)
    assert len(results[DEFAULT_ADDRESSES.index(MANY_RUNES_ADDRESS)]["balances"]) == (
        MANY_RUNES_COUNT
    )


def test_json_is_the_default_when_stdout_is_not_a_terminal(base_url: str) -> None:
    proc = run("runes", "--base-url", base_url, DEFAULT_ADDRESS)
    assert proc.returncode == 0
    check_json_balances(json.loads(proc.stdout)["results"][0], DEFAULT_ADDRESS)


def test_csv_batch_with_one_bad_address(base_url: str) -> None:
    addresses = [DEFAULT_ADDRESS, BAD, MANY_RUNES_ADDRESS, EMPTY_ADDRESS]
    proc = run("runes", "--base-url", base_url, "-o", "csv", "-j", "3", *addresses)
    assert proc.returncode == 1
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert rows[0] == [
        "address",
        "rune_name",
        "rune_id",
        "amount",
        "decimal_amount",
        "divisibility",
        "symbol",
        "status",
        "error",
    ]
    first = len(expected_rows(DEFAULT_ADDRESS)) + 1
    assert rows[1:first] == expected_rows(DEFAULT_ADDRESS)
    failed_row(rows[first], BAD)
    assert rows[first + 1 :] == [*expected_rows(MANY_RUNES_ADDRESS), empty_row(EMPTY_ADDRESS)]
    lines = proc.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {BAD}: address {BAD!r} ")
    assert "Traceback" not in proc.stderr


def test_raw_csv_has_the_wire_amounts(base_url: str) -> None:
    proc = run("runes", "--base-url", base_url, "--format", "csv", "--raw", DEFAULT_ADDRESS)
    assert proc.returncode == 0
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert rows[0][3:5] == ["amount", "decimal_amount"]  # --raw renames nothing in CSV
    assert rows[1:] == expected_rows(DEFAULT_ADDRESS, raw=True)


def test_table_shows_every_rune_with_exact_amounts(base_url: str) -> None:
    proc = run("runes", "--base-url", base_url, "--format", "table", DEFAULT_ADDRESS, BAD)
    assert proc.returncode == 1
    assert DEFAULT_ADDRESS in proc.stdout
    dog = next(line for line in proc.stdout.splitlines() if DOG in line)
    assert "840000:3" in dog
    assert "31,427.48244" in dog
    assert "🐕" in dog
    assert "3.40282366920938463463374607431768211455" in proc.stdout  # u128 max, 38 decimals
    for item in WIRE[DEFAULT_ADDRESS]:
        assert item["runeName"] in proc.stdout
    assert proc.stderr.startswith(f"error: {BAD}: ")


def test_rune_id_filters(base_url: str) -> None:
    proc = run("runes", "--base-url", base_url, "--rune-id", "840000:3", *DEFAULT_ADDRESSES)
    assert proc.returncode == 0
    results = json.loads(proc.stdout)["results"]
    names = {b["rune_name"] for r in results for b in r["balances"]}
    assert names == {DOG}


def test_addresses_from_a_file_and_from_stdin(base_url: str, tmp_path: Path) -> None:
    listing = tmp_path / "addresses.txt"
    listing.write_text(f"# my wallets\n{DEFAULT_ADDRESS}\n\n  {EMPTY_ADDRESS}  # cold\n")
    from_file = run("runes", "--base-url", base_url, "--file", str(listing))
    assert from_file.returncode == 0, from_file.stderr
    results = json.loads(from_file.stdout)["results"]
    assert [r["address"] for r in results] == [DEFAULT_ADDRESS, EMPTY_ADDRESS]
    assert results[1]["balances"] == []

    from_stdin = run("runes", "--base-url", base_url, stdin=listing.read_text())
    assert from_stdin.returncode == 0
    assert json.loads(from_stdin.stdout) == json.loads(from_file.stdout)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["runes"], "no addresses"),
        (["runes", "--format", "xml", DEFAULT_ADDRESS], "'xml' is not one of"),
        (["runes", "--rune-id", "dog", DEFAULT_ADDRESS], "not a rune id"),
        (["runes", "--concurrency", "0", DEFAULT_ADDRESS], "--concurrency"),
        (["runes", "--base-url", "ftp://x", DEFAULT_ADDRESS], "must be an http(s) URL"),
        (["nope"], "No such command"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


def test_missing_key_says_how_to_give_one(base_url: str) -> None:
    proc = run("runes", "--base-url", base_url, DEFAULT_ADDRESS, env=clean_env())
    assert proc.returncode == 2
    assert "no API key: pass --api-key or set the XVERSE_API_KEY environment variable" in (
        proc.stderr
    )


@pytest.mark.parametrize("debug", [[], ["--debug"]])
def test_the_api_key_is_never_printed(base_url: str, debug: list[str]) -> None:
    refused = run(
        "runes", *debug, "--base-url", base_url, "--api-key", SECRET, DEFAULT_ADDRESS, BAD
    )
    assert refused.returncode == 3
    assert "the API key was refused: check XVERSE_API_KEY" in refused.stderr
    assert "401" in refused.stderr
    assert SECRET not in refused.stdout + refused.stderr
    from_env = run(
        *debug,
        "runes",
        "--base-url",
        base_url,
        DEFAULT_ADDRESS,
        env=clean_env(XVERSE_API_KEY=SECRET),
    )
    assert from_env.returncode == 3
    assert SECRET not in from_env.stdout + from_env.stderr
    accepted = run(*debug, "runes", "--base-url", base_url, DEFAULT_ADDRESS, BAD)
    assert accepted.returncode == 1
    assert DEFAULT_API_KEY not in accepted.stdout + accepted.stderr
    if debug:
        assert "xverse_api DEBUG GET" in accepted.stderr


def test_version_and_help() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"xverse-api {VERSION}"
    helped = run("runes", "--help")
    assert helped.returncode == 0
    assert "--rune-id" in helped.stdout
    assert "XVERSE_API_KEY" in helped.stdout


def test_import_xverse_api_does_not_import_click_or_rich() -> None:
    # httpx imports click and rich itself when they are installed (for its own `httpx`
    # command), so the check is: nothing of ours adds them. With httpx's CLI blocked,
    # which is how an install without the extra behaves, none may be loaded at all.
    code = (
        "import sys; sys.modules['httpx._main'] = None; "
        "import xverse_api, xverse_api.cli, xverse_api.testing; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('click', 'rich')))"
    )
    assert _printed_by_fresh_interpreter(code) == "[]"


def _printed_by_fresh_interpreter(code: str) -> str:
    proc = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=30
    )
    return proc.stdout.strip()


def test_without_click_main_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['click'] = None; "
        "from xverse_api.cli import main; sys.exit(main(['--version']))"
    )
    proc = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=30
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == cli.INSTALL_HINT
    assert "pip install 'xverse-api[cli]'" in proc.stderr


def test_serve_fake_serves_until_terminated() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "xverse_api", "serve-fake", "--port", "0", "--api-key", "k2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(),
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        answer = httpx.get(
            f"{url}/v1/ordinals/address/{DEFAULT_ADDRESS}/runes",
            headers={"x-api-key": "k2"},
            timeout=10,
        )
        assert answer.status_code == 200
        assert answer.json()["total"] == len(WIRE[DEFAULT_ADDRESS])
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    assert proc.returncode == 0


def test_demo_runs_and_exits_0() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "xverse_api.demo"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=clean_env(),
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    dog = [line for line in proc.stdout.splitlines() if DOG in line]
    assert dog
    assert "31,427.48244" in dog[0]
    assert f"error: {demo.BAD_ADDRESS}: " in proc.stdout
    assert "demo OK" in proc.stdout


# -- in process: the same paths, measured by coverage ----------------------------------


def invoke(
    *args: str,
    stdin: str | None = None,
    key: str | None = DEFAULT_API_KEY,
    base_url_env: str | None = None,
) -> Result:
    runner = CliRunner()
    env: dict[str, str | None] = {
        "XVERSE_API_KEY": key,
        "XVERSE_BASE_URL": base_url_env,
        "XVERSE_LOG": None,
        "COLUMNS": "200",
    }
    return runner.invoke(cli.build_cli(), list(args), input=stdin, env=env)


def test_inproc_json_and_exit_codes(base_url: str) -> None:
    good = invoke("runes", "--base-url", base_url, DEFAULT_ADDRESS, EMPTY_ADDRESS)
    assert good.exit_code == 0, good.output
    results = json.loads(good.stdout)["results"]
    check_json_balances(results[0], DEFAULT_ADDRESS)
    mixed = invoke("runes", "--base-url", base_url, BAD, DEFAULT_ADDRESS)
    assert mixed.exit_code == 1
    results = json.loads(mixed.stdout)["results"]
    assert results[0]["address"] == BAD
    assert results[0]["error"]["type"] == "InvalidAddressError"
    check_json_balances(results[1], DEFAULT_ADDRESS)
    assert mixed.stderr.count("\n") == 1
    assert mixed.stderr.startswith(f"error: {BAD}: ")


@pytest.mark.parametrize("raw", [False, True])
def test_inproc_csv(base_url: str, raw: bool) -> None:
    flags = ["--raw"] if raw else []
    result = invoke("runes", "--base-url", base_url, "-o", "csv", *flags, DEFAULT_ADDRESS, BAD)
    assert result.exit_code == 1
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[1:-1] == expected_rows(DEFAULT_ADDRESS, raw=raw)
    failed_row(rows[-1], BAD)


@pytest.mark.parametrize("raw", [False, True])
def test_inproc_table(base_url: str, raw: bool) -> None:
    flags = ["--raw"] if raw else []
    result = invoke(
        "runes", "--base-url", base_url, "-o", "table", *flags, DEFAULT_ADDRESS, BAD, EMPTY_ADDRESS
    )
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"error: {BAD}: ")
    dog = next(line for line in result.stdout.splitlines() if DOG in line)
    assert ("3142748244" if raw else "31,427.48244") in dog
    assert "Raw amount" in result.stdout if raw else "Amount" in result.stdout
    assert f"{EMPTY_ADDRESS}: no rune balances" in result.stdout
    assert "5 rune balances · indexer height" in result.stdout
    one = invoke(
        "runes", "--base-url", base_url, "-o", "table", "--rune-id", "1:0", DEFAULT_ADDRESS
    )
    assert "1 rune balance ·" in one.stdout


def test_inproc_addresses_from_stdin_file_and_dash(base_url: str, tmp_path: Path) -> None:
    listing = tmp_path / "a.txt"
    listing.write_text(f"{EMPTY_ADDRESS}\n")
    result = invoke(
        "runes",
        "--base-url",
        base_url,
        "-f",
        str(listing),
        DEFAULT_ADDRESS,
        "-",
        stdin=f"{MANY_RUNES_ADDRESS}\n# done\n",
    )
    assert result.exit_code == 0, result.output
    got = [r["address"] for r in json.loads(result.stdout)["results"]]
    assert got == [DEFAULT_ADDRESS, MANY_RUNES_ADDRESS, EMPTY_ADDRESS]
    piped = invoke("runes", "--base-url", base_url, stdin=f"{DEFAULT_ADDRESS}\n")
    assert piped.exit_code == 0
    assert json.loads(piped.stdout)["results"][0]["address"] == DEFAULT_ADDRESS


@pytest.mark.parametrize(
    ("args", "key", "message"),
    [
        (["runes"], DEFAULT_API_KEY, "no addresses"),
        (["runes", DEFAULT_ADDRESS], None, "no API key"),
        (["runes", "--rune-id", "840000", DEFAULT_ADDRESS], DEFAULT_API_KEY, "not a rune id"),
        (
            ["runes", "--base-url", "nowhere", DEFAULT_ADDRESS],
            DEFAULT_API_KEY,
            "error: --base-url 'nowhere' must be an http(s) URL",
        ),
    ],
)
def test_inproc_usage_errors(args: list[str], key: str | None, message: str) -> None:
    result = invoke(*args, key=key)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_inproc_progress_bar_on_a_terminal(base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_runes, "is_terminal", lambda stream: True)
    result = invoke("runes", "--base-url", base_url, "-o", "json", DEFAULT_ADDRESS, BAD)
    assert result.exit_code == 1
    assert f"error: {BAD}: " in result.stderr
    check_json_balances(json.loads(result.stdout)["results"][0], DEFAULT_ADDRESS)
    # a terminal with no addresses given waits for none: usage error, table by default
    assert invoke("runes", "--base-url", base_url).exit_code == 2
    table = invoke("runes", "--base-url", base_url, DEFAULT_ADDRESS)
    assert DOG in table.stdout


def test_inproc_debug_logs_requests_without_the_key(base_url: str) -> None:
    result = invoke("--debug", "runes", "--debug", "--base-url", base_url, DEFAULT_ADDRESS)
    assert result.exit_code == 0
    assert "xverse_api DEBUG GET" in result.stderr
    assert DEFAULT_API_KEY not in result.output
    assert logging.getLogger("xverse_api").level == logging.DEBUG


def test_inproc_debug_raises_configuration_errors(base_url: str) -> None:
    result = invoke("runes", "--debug", "--base-url", "nowhere", DEFAULT_ADDRESS)
    assert result.exit_code == 1
    assert type(result.exception).__name__ == "InvalidParameterError"


def test_inproc_unexpected_errors_are_one_line(
    base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire\nreally")

    monkeypatch.setattr(cli_runes, "_fetch", broken)
    result = invoke("runes", "--base-url", base_url, DEFAULT_ADDRESS)
    assert result.exit_code == 1
    assert result.stderr == (
        "error: unexpected RuntimeError: disk on fire really (run with --debug for the traceback)\n"
    )
    debugged = invoke("runes", "--debug", "--base-url", base_url, DEFAULT_ADDRESS)
    assert isinstance(debugged.exception, RuntimeError)


def test_inproc_closed_stdout_exits_quietly(base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def closed(*args: object, **kwargs: object) -> None:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    monkeypatch.setattr(cli_runes, "_fetch", closed)
    result = invoke("runes", "--base-url", base_url, DEFAULT_ADDRESS)
    assert result.exit_code == 141  # as a Unix tool ended by SIGPIPE (issue 19 item 22)
    assert "error" not in result.stderr


def test_inproc_serve_fake_passes_its_options(monkeypatch: pytest.MonkeyPatch) -> None:
    from xverse_api import testing  # noqa: PLC0415

    seen: list[list[str]] = []
    monkeypatch.setattr(testing, "main", lambda argv: seen.append(list(argv)) or 0)
    assert invoke("serve-fake").exit_code == 0
    result = invoke(
        "serve-fake",
        "--port",
        "8123",
        "--api-key",
        "k",
        "--rate-limit",
        "2.5",
        "--burst",
        "3",
        "--honour-paging",
        "--network",
        "signet",
    )
    assert result.exit_code == 0
    assert seen[0] == ["--host", "127.0.0.1", "--port", "0", "--network", "mainnet"]
    assert seen[1] == [
        "--host",
        "127.0.0.1",
        "--port",
        "8123",
        "--network",
        "signet",
        "--api-key",
        "k",
        "--rate-limit",
        "2.5",
        "--burst",
        "3",
        "--honour-paging",
    ]


def test_main_returns_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"xverse-api {VERSION}\n"
    assert cli.main(["runes", "--format", "xml", "x"]) == 2


def test_main_without_click(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "click", None)
    assert cli.main(["--version"]) == 2
    assert capsys.readouterr().err.strip() == cli.INSTALL_HINT


def test_python_dash_m_runs_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["xverse_api", "--version"])
    # pytest marks a package that ships a pytest11 plugin (ours does) for assertion
    # rewriting, and its import hook has no get_code() for runpy: load it as python does.
    hooks = [f for f in sys.meta_path if type(f).__name__ != "AssertionRewritingHook"]
    monkeypatch.setattr(sys, "meta_path", hooks)
    # run it afresh even when another test imported it (through pytest's hook) before
    monkeypatch.delitem(sys.modules, "xverse_api.__main__", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        runpy.run_module("xverse_api", run_name="__main__")
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"xverse-api {VERSION}"
    imported = importlib.import_module("xverse_api.__main__")  # imported, it runs nothing
    assert imported.main is cli.main


def test_helpers() -> None:
    assert cli.one_line("a\n  b\tc") == "a b c"
    assert cli.read_addresses(io.StringIO("a\n\n # x\nb # y\n")) == ["a", "b"]
    assert cli.is_terminal(object()) is False  # type: ignore[arg-type]
    closed = io.StringIO()
    closed.close()
    assert cli.is_terminal(closed) is False


def test_log_handler_survives_a_broken_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(io.StringIO):
        def write(self, text: str) -> int:
            raise ValueError("closed")

    monkeypatch.setattr(logging, "raiseExceptions", False)
    monkeypatch.setattr(sys, "stderr", Broken())
    cli.enable_debug()
    cli.enable_debug()  # a second call adds no second handler
    logger = logging.getLogger("xverse_api")
    assert sum(isinstance(h, cli_terminal._StderrHandler) for h in logger.handlers) == 1
    logger.debug("nothing breaks")


def test_demo_in_process() -> None:
    out = io.StringIO()
    assert demo.main(out=out) == 0
    text = out.getvalue()
    assert DOG in text
    assert f"error: {demo.BAD_ADDRESS}: " in text
    assert "demo OK" in text


def test_demo_reports_what_went_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    assert demo.check(1, DOG, f"error: {demo.BAD_ADDRESS}: bad\n") == []
    problems = demo.check(0, "", "Traceback (most recent call last):\n")
    assert len(problems) == 4
    monkeypatch.setattr(demo, "check", lambda *args: ["it broke"])
    out = io.StringIO()
    assert demo.main(out=out) == 1
    assert "demo FAILED: it broke" in out.getvalue()


def test_build_cli_is_a_click_group() -> None:
    assert isinstance(cli.build_cli(), click.Group)


# -- hostile servers and input (issue 10 rows 12 and 15, issue 12 items 6 and 9) ---------

ESC_NAME = "EVIL\x1b]0;pwned\x07•RUNE\x1b[2J\x9b31m[bold]MARKUP[/bold]\u202e"
ESC_SYMBOL = "\x1b[5m"
RAW_CONTROLS = ("\x1b", "\x9b", "\x07", "\u202e")


@pytest.fixture(scope="module")
def hostile_url() -> Iterator[str]:
    items = [{"runeName": ESC_NAME, "id": "840000:9", "amount": "12", "symbol": ESC_SYMBOL}]
    with FakeXverse({DEFAULT_ADDRESS: items}).serve() as url:
        yield url


def no_raw_controls(text: str) -> bool:
    return not any(ch in text for ch in RAW_CONTROLS)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("A\x1b[31mB\x1b[0m", "AB"),
        ("A\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "Alink"),
        ("A\x1b]0;title\x07B", "AB"),
        ("A\x9b2JB", "AB"),
        ("A\x1bcB", "AB"),
        ("A\x00\x08\x7f\x86B", "AB"),
        ("A\u202eB\u2066C", "ABC"),
        ("L\u200eR\u200fA\u061cM", "LRAM"),  # the bidi marks LRM, RLM, ALM
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("DOG•GO 🐕", "DOG•GO 🐕"),
    ],
)
def test_terminal_text_removes_escapes_and_controls(text: str, shown: str) -> None:
    assert cli.terminal_text(text) == shown
    assert cli.terminal_line(text) == " ".join(shown.split())


def test_json_text_escapes_what_a_terminal_would_obey_and_stays_exact() -> None:
    value = {"name": ESC_NAME, "symbol": "🐕"}
    text = cli.json_text(value)
    assert no_raw_controls(text)
    assert "🐕" in text
    assert json.loads(text) == value


def test_server_text_never_reaches_the_terminal_raw(hostile_url: str) -> None:
    table = run("runes", "--base-url", hostile_url, "-o", "table", DEFAULT_ADDRESS)
    assert table.returncode == 0, table.stderr
    assert no_raw_controls(table.stdout)
    assert "[bold]MARKUP[/bold]" in table.stdout  # shown as text, not read as markup
    assert "EVIL" in table.stdout
    as_json = run("runes", "--base-url", hostile_url, "-o", "json", DEFAULT_ADDRESS)
    assert no_raw_controls(as_json.stdout)
    balance = json.loads(as_json.stdout)["results"][0]["balances"][0]
    assert balance["rune_name"] == ESC_NAME  # JSON is faithful
    assert balance["symbol"] == ESC_SYMBOL
    as_csv = run("runes", "--base-url", hostile_url, "-o", "csv", DEFAULT_ADDRESS)
    assert list(csv.reader(io.StringIO(as_csv.stdout)))[1][1] == ESC_NAME  # piped: faithful


def test_csv_on_a_terminal_is_stripped(hostile_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_runes, "is_terminal", lambda stream: True)
    result = invoke(
        "runes", "--base-url", hostile_url, "-o", "csv", DEFAULT_ADDRESS, BAD + "\x1b[2J"
    )
    assert result.exit_code == 1
    assert no_raw_controls(result.stdout)
    assert no_raw_controls(result.stderr)
    assert "EVILpwned" not in result.stdout  # the OSC title went with its escape
    assert "EVIL•RUNE" in result.stdout


def test_error_bodies_are_stripped_on_stderr() -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.text(500, "boom\x1b]0;pwned\x07\x1b[2J done"), times=1)
    with fake.serve() as url:
        proc = run("runes", "--base-url", url, "--max-retries", "0", DEFAULT_ADDRESS)
    assert proc.returncode == 1
    assert "boom" in proc.stderr
    assert no_raw_controls(proc.stderr)
    assert no_raw_controls(proc.stdout)


def test_an_address_file_with_a_bom(base_url: str, tmp_path: Path) -> None:
    listing = tmp_path / "bom.txt"
    listing.write_bytes(f"\ufeff{DEFAULT_ADDRESS}\r\n{EMPTY_ADDRESS}\r\n".encode())
    proc = run("runes", "--base-url", base_url, "--file", str(listing))
    assert proc.returncode == 0, proc.stderr
    assert [r["address"] for r in json.loads(proc.stdout)["results"]] == [
        DEFAULT_ADDRESS,
        EMPTY_ADDRESS,
    ]
    piped = run("runes", "--base-url", base_url, stdin=f"\ufeff{DEFAULT_ADDRESS}\n")
    assert piped.returncode == 0, piped.stderr
    # two such files concatenated (cat a.txt b.txt): the second BOM starts a line
    joined = run(
        "runes", "--base-url", base_url, stdin=f"\ufeff{DEFAULT_ADDRESS}\n\ufeff{EMPTY_ADDRESS}\n"
    )
    assert joined.returncode == 0, joined.stderr
    assert [r["address"] for r in json.loads(joined.stdout)["results"]] == [
        DEFAULT_ADDRESS,
        EMPTY_ADDRESS,
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "is not UTF-8 text (byte 0x89"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "looks like a binary file"),
    ],
)
def test_a_binary_file_is_a_usage_error(tmp_path: Path, content: bytes, message: str) -> None:
    binary = tmp_path / "image.bin"
    binary.write_bytes(content)
    proc = run("runes", "--file", str(binary))
    assert proc.returncode == 2
    assert f"--file {binary}" in proc.stderr
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    inproc = invoke("runes", "--file", str(binary))
    assert inproc.exit_code == 2
    assert message in inproc.stderr


def test_binary_stdin_is_a_usage_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "xverse_api", "runes"],
        input=b"\x00\x01\x02\xff\n",
        capture_output=True,
        env=clean_env(XVERSE_API_KEY=DEFAULT_API_KEY),
        timeout=30,
        check=False,
    )
    assert proc.returncode == 2
    assert b"stdin" in proc.stderr
    assert b"Traceback" not in proc.stderr


def shell(command: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m xverse_api ARGS`` with a shell redirection (to close a stream)."""
    return subprocess.run(  # noqa: S603
        ["/bin/sh", "-c", f'exec "$0" -m xverse_api "$@" {command}', sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=clean_env(XVERSE_API_KEY=DEFAULT_API_KEY),
        timeout=30,
        check=False,
    )


def test_closed_stdin_is_a_usage_error() -> None:
    proc = shell("0<&-", "runes")
    assert proc.returncode == 2
    assert "stdin is closed; pass ADDRESS arguments or --file PATH" in proc.stderr
    assert "Traceback" not in proc.stderr
    dash = shell("0<&-", "runes", "-")
    assert dash.returncode == 2
    assert "stdin is closed" in dash.stderr
    as_file = shell("0<&-", "runes", "--file", "-", DEFAULT_ADDRESS)
    assert as_file.returncode == 2
    assert "'-' means stdin, and stdin is closed" in as_file.stderr
    assert "Traceback" not in as_file.stderr


def test_closed_stderr_never_puts_error_lines_on_stdout(base_url: str) -> None:
    proc = shell("2>&-", "runes", "--base-url", base_url, BAD, DEFAULT_ADDRESS)
    assert proc.returncode == 1
    results = json.loads(proc.stdout)["results"]  # pure JSON: no "error:" line mixed in
    assert [r["address"] for r in results] == [BAD, DEFAULT_ADDRESS]
    usage = shell("2>&-", "runes", "--format", "xml", DEFAULT_ADDRESS)
    assert usage.returncode == 2
    assert usage.stdout == ""


def test_warn_survives_a_missing_or_broken_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", Broken())
    cli.warn("error: one")
    monkeypatch.setattr(sys, "stderr", None)
    cli.warn("error: two")
    assert out.getvalue() == ""


def test_main_with_no_stderr_writes_nothing_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main(["runes", "--format", "xml", "x"]) == 2
    assert sys.stderr is not None
    sys.stderr.close()
    assert capsys.readouterr().out == ""


def test_read_addresses_names_what_cannot_be_read() -> None:
    with pytest.raises(cli.InputError, match="stdin is closed"):
        cli.read_addresses(None)
    closed = io.StringIO("a\n")
    closed.close()
    with pytest.raises(cli.InputError, match="--file x cannot be read"):
        cli.read_addresses(closed, "--file x")
    surrogates = io.StringIO("bc1q\udcff\n")  # what surrogateescape makes of bad bytes
    with pytest.raises(cli.InputError, match="binary file"):
        cli.read_addresses(surrogates)
    assert cli.read_addresses(io.StringIO("\ufeffa\nb\ufeff\n")) == ["a", "b\ufeff"]


def refused_addresses(count: int) -> list[str]:
    from xverse_api._address import encode_segwit_address  # noqa: PLC0415

    return [encode_segwit_address("bc", 0, bytes([i]) * 20) for i in range(count)]


def test_a_refused_key_is_reported_once_with_its_own_exit_code(base_url: str) -> None:
    addresses = refused_addresses(50)
    proc = run(
        "runes", "--base-url", base_url, "-o", "csv", *addresses, BAD,
        env=clean_env(XVERSE_API_KEY=SECRET),
    )  # fmt: skip
    assert proc.returncode == 3
    lines = proc.stderr.splitlines()
    refused = [line for line in lines if "the API key was refused" in line]
    assert refused == [
        "error: the API key was refused: check XVERSE_API_KEY (or --api-key) "
        "(the server answered 401)"
    ]
    assert len(lines) == 2  # plus the one line for the bad address
    assert next(line for line in lines if line not in refused).startswith(f"error: {BAD}: ")
    rows = list(csv.reader(io.StringIO(proc.stdout)))[1:]
    assert len(rows) == 51
    for row, address in zip(rows, addresses, strict=False):
        failed_row(row, address, "AuthenticationError")
    assert SECRET not in proc.stdout + proc.stderr


def test_a_refused_key_on_a_terminal_with_progress(
    base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_runes, "is_terminal", lambda stream: True)
    result = invoke(
        "runes", "--base-url", base_url, "-o", "json", *refused_addresses(5), key=SECRET
    )
    assert result.exit_code == 3
    assert result.stderr.count("the API key was refused") == 1


def test_a_forbidden_key_counts_as_refused() -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.error(403, "forbidden"), times=3)
    with fake.serve() as url:
        proc = run("runes", "--base-url", url, *refused_addresses(3))
    assert proc.returncode == 3
    assert proc.stderr.count("\n") == 1
    assert "(the server answered 403)" in proc.stderr


def test_network_advice_is_in_cli_syntax(base_url: str) -> None:
    from xverse_api._address import encode_segwit_address  # noqa: PLC0415

    test_address = encode_segwit_address("tb", 0, bytes(20))
    proc = run("runes", "--base-url", base_url, test_address)
    assert proc.returncode == 1
    assert "is a signet or testnet4 address, not mainnet" in proc.stderr
    assert "pass --network signet or --network testnet4" in proc.stderr
    assert "network='" not in proc.stderr
    entry = json.loads(proc.stdout)["results"][0]
    assert "--network signet" in entry["error"]["message"]


def test_upper_case_bech32_is_one_address(base_url: str) -> None:
    proc = run("runes", "--base-url", base_url, DEFAULT_ADDRESS.upper(), DEFAULT_ADDRESS)
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)["results"]
    assert [r["address"] for r in results] == [DEFAULT_ADDRESS]


def test_help_documents_every_exit_code() -> None:
    helped = run("runes", "--help")
    text = " ".join(helped.stdout.split())
    for code in ("0 all addresses answered", "1 some addresses failed", "2 usage error"):
        assert code in text
    assert "3 the API key was refused" in text


def test_inproc_csv_marks_empty_and_failed_and_advice_in_cli_syntax(base_url: str) -> None:
    from xverse_api._address import encode_segwit_address  # noqa: PLC0415

    test_address = encode_segwit_address("tb", 0, bytes(20))
    result = invoke("runes", "--base-url", base_url, "-o", "csv", EMPTY_ADDRESS, test_address)
    assert result.exit_code == 1
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[1] == empty_row(EMPTY_ADDRESS)
    failed_row(rows[2], test_address)
    assert rows[2][8].endswith("; pass --network signet or --network testnet4")
    assert "pass --network signet or --network testnet4" in result.stderr


def test_a_broken_stderr_pipe_never_moves_error_lines_to_stdout(base_url: str) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads stderr: every write to it fails with EPIPE
    try:
        proc = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "xverse_api", "runes", "--base-url", base_url, BAD],
            stdout=subprocess.PIPE,
            stderr=write_end,
            stdin=subprocess.DEVNULL,
            env=clean_env(XVERSE_API_KEY=DEFAULT_API_KEY),
            timeout=30,
            check=False,
        )
    finally:
        os.close(write_end)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["results"][0]["address"] == BAD


def test_a_key_with_a_newline_is_a_usage_error_that_does_not_show_it(base_url: str) -> None:
    proc = run(
        "runes",
        "--base-url",
        base_url,
        DEFAULT_ADDRESS,
        env=clean_env(XVERSE_API_KEY=SECRET + "\n"),
    )
    assert proc.returncode == 2
    assert "the API key ends in a newline: strip it" in proc.stderr
    assert SECRET not in proc.stdout + proc.stderr


@settings(max_examples=300, derandomize=True, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_terminal_text_never_leaves_a_control_character(text: str) -> None:
    shown = cli.terminal_text(text)
    assert all(ch in "\t\n" or unicodedata.category(ch) != "Cc" for ch in shown)
    assert not any("\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069" for ch in shown)
    assert json.loads(cli.json_text(text)) == text


def test_an_explicit_network_is_never_overridden_by_xverse_base_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xverse_api._address import encode_segwit_address  # noqa: PLC0415
    from xverse_api._constants import SERVERS  # noqa: PLC0415

    test_address = encode_segwit_address("tb", 0, bytes(20))
    from_env = FakeXverse()
    server, given = FakeXverse({}, network="testnet4"), FakeXverse({}, network="testnet4")
    with from_env.serve() as env_url, server.serve() as server_url, given.serve() as given_url:
        monkeypatch.setitem(SERVERS, "testnet4", server_url)  # testnet4's server: a fake
        result = invoke("runes", "--network", "testnet4", test_address, base_url_env=env_url)
        assert result.exit_code == 0, result.output
        assert (len(server.requests), len(from_env.requests)) == (1, 0)
        # --base-url still beats --network and the environment
        result = invoke(
            "runes", "--network", "testnet4", "--base-url", given_url, test_address,
            base_url_env=env_url,
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        assert (len(given.requests), len(server.requests), len(from_env.requests)) == (1, 1, 0)
        # without --network, $XVERSE_BASE_URL picks the server (mainnet addresses)
        result = invoke("runes", DEFAULT_ADDRESS, base_url_env=env_url)
        assert result.exit_code == 0, result.output
        assert len(from_env.requests) == 1


@pytest.mark.parametrize("rune_id", ["18446744073709551616:0", "1:4294967296", "01:2", "1:02"])
def test_every_invalid_rune_id_is_a_usage_error_before_any_request(rune_id: str) -> None:
    from xverse_api import validate_rune_id  # noqa: PLC0415

    with pytest.raises(ValueError, match="is not a rune id") as library:
        validate_rune_id(rune_id, "--rune-id")
    fake = FakeXverse()
    with fake.serve() as url:
        result = invoke("runes", "--base-url", url, "--rune-id", rune_id, DEFAULT_ADDRESS, BAD)
    assert result.exit_code == 2, result.output
    assert str(library.value) in " ".join(result.stderr.split())  # the library's message
    assert result.stdout == ""
    assert fake.requests == []


def test_the_largest_rune_id_is_accepted(base_url: str) -> None:
    result = invoke(
        "runes", "--base-url", base_url, "--rune-id", "18446744073709551615:4294967295",
        DEFAULT_ADDRESS,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"][0]["balances"] == []


#: Python argument syntax that must not reach a command-line user.
PYTHON_WORDING = (
    r"\b(api_key|base_url|network|timeout|max_retries|rate_limit|body)="
    r"|\bbase_url\b|the api_key argument|open\(f\)"
)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_refused_key_is_explained_in_cli_wording_in_json_and_csv(base_url: str, fmt: str) -> None:
    result = invoke("runes", "--base-url", base_url, "-o", fmt, DEFAULT_ADDRESS, key=SECRET)
    assert result.exit_code == 3
    if fmt == "json":
        message = json.loads(result.stdout)["results"][0]["error"]["message"]
    else:
        message = list(csv.reader(io.StringIO(result.stdout)))[1][8]
    assert "the API key was refused; check XVERSE_API_KEY or --api-key" in message
    assert not re.search(PYTHON_WORDING, message)


def test_cli_wording_translates_every_python_argument_of_the_library() -> None:
    from xverse_api import Xverse, validate_address  # noqa: PLC0415
    from xverse_api._errors import status_error  # noqa: PLC0415
    from xverse_api._options import check_api_key  # noqa: PLC0415

    request = httpx.Request("GET", "https://api.example/v1/x")

    def answer(status: int, **headers: str) -> str:
        response = httpx.Response(status, headers=headers, request=request)
        return str(status_error(response, "api_key= is what the server wrote"))

    def message(call: Any, *args: Any, **kwargs: Any) -> str:
        with pytest.raises(Exception) as info:  # noqa: PT011 - any library error
            call(*args, **kwargs)
        return str(info.value)

    tb = "tb1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq0l98cr"
    cases = {
        answer(401): "check XVERSE_API_KEY or --api-key (server said: api_key= is what",
        answer(429): "slow down or pass --rate-limit (requests per second)",
        answer(302, location="https://elsewhere/"): "check --base-url (server said",
        message(check_api_key, None): "no API key: pass --api-key or set the XVERSE_API_KEY",
        message(check_api_key, "key\n"): "the API key ends in a newline: strip it",
        message(Xverse, "key", base_url="nowhere"): "--base-url 'nowhere' must be an http(s)",
        message(validate_address, tb): "pass --network signet or --network testnet4 to use",
        "timed out (read timeout 30 s, 3 attempts); raise timeout= or check the network": (
            "; raise --timeout or check the network"
        ),
        "rate_limit=0.0 is not a usable pace; e.g. rate_limit=2.0 or max_retries=2": (
            "--rate-limit 0.0 is not a usable pace; e.g. --rate-limit 2.0 or --max-retries 2"
        ),
        "GET /x needs body= (a JSON object)": "GET /x needs --body (a JSON object)",
    }
    for text, expected in cases.items():
        shown = cli.cli_wording(text)
        assert expected in shown, text
        library_part = shown.partition(" (server said: ")[0]
        assert not re.search(PYTHON_WORDING, library_part), shown
    # what the server said stays as sent; CLI-syntax text and dotted names are left alone
    for kept in ("--param 'body=1': write NAME=VALUE", "client.base_url", "network error"):
        assert cli.cli_wording(kept) == kept


def test_a_refused_key_costs_one_request_for_twenty_addresses() -> None:
    fake = FakeXverse()
    with fake.serve() as url:
        result = invoke("runes", "--base-url", url, *refused_addresses(20), key=SECRET)
    assert result.exit_code == 3
    assert result.stderr.count("the API key was refused") == 1
    assert len(fake.requests) == 1


def test_import_xverse_api_leaves_the_decoding_stack_for_the_first_answer() -> None:
    # msgspec, attrs (the generated layer) and RE2 load with the first answer, not with
    # `import xverse_api`: bench row 5 holds the import to 1.20x of httpx's
    code = (
        "import sys; import xverse_api; "
        "print(sorted(m for m in ('msgspec', 'attrs', 'attr', 're2', 'xverse_api._generated')"
        " if m in sys.modules))"
    )
    assert _printed_by_fresh_interpreter(code) == "[]"
