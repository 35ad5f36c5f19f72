"""``xverse-api conformance`` (xverse_api.conformance): a live server against the spec.

Three kinds of run, all over real HTTP on 127.0.0.1: the fake API (conformant), the fake
with faults that break the contract (each problem named), and Prism, a mock server
other people build from the same spec (installed into .tools/ by ``make setup``).
Small ``--max-requests`` and a high ``--rate-limit`` keep them fast.

Generated requests get 200s from the fake: while it plans, the command draws
``format: BitcoinAddress`` from valid addresses (the listed ones, the spec's, its own
examples), whatever tests/schemathesis_hooks.py registered for the contract suites, and
puts that registration back afterwards; so the order the suites run in does not matter.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import socket
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.etree import ElementTree as ET

import httpx
import pytest
import schemathesis
import yaml  # PyYAML: a schemathesis dependency
from hypothesis import find
from hypothesis import strategies as st
from rich.console import Console
from schemathesis.specs.openapi import formats as registry
from xverse_api import cli, conformance
from xverse_api._address import is_valid_address
from xverse_api._constants import SERVERS
from xverse_api._core import BodyError
from xverse_api._sdk.registry import OPERATIONS as REGISTRY
from xverse_api.testing import (
    DEFAULT_ADDRESS,
    DEFAULT_ADDRESSES,
    DEFAULT_API_KEY,
    MANY_RUNES_ADDRESS,
    FakeXverse,
    Fault,
)

# The contract suites' hooks, registered whatever order the files run in: a global
# schemathesis hook must judge the operation it is drawing for, not a path of ours that
# another spec (OTHER_SPEC below) may reuse with other parameters.
from tests import schemathesis_hooks  # noqa: F401
from tests.conftest import ROOT, RUNES_PATH, SPEC_PATH, load_spec

RUNES = f"GET {RUNES_PATH}"
ONLY_RUNES = ["--operation", RUNES]  # a run about RUNES' contract alone, whatever else the spec has
SECRET = "sk-live-MARKER-7c41e9"  # must never be printed or written
FAST = ["--rate-limit", "1000", "--max-time", "30", "--timeout", "5"]
PRISM = Path(os.environ.get("PRISM", ROOT / ".tools" / "node_modules" / ".bin" / "prism"))


def page(**changes: Any) -> dict[str, Any]:
    """A 200 body as the spec documents it, with ``changes`` applied (None: drop key)."""
    item = {"runeName": "DOG•GO•TO•THE•MOON", "amount": "3142748244", "id": "840000:3"}
    body: dict[str, Any] = {
        "limit": 1,
        "offset": 0,
        "total": 1,
        "items": [item],
        "indexerHeight": 925_000,
    }
    for key, value in changes.items():
        target = item if key in item or key == "divisibility" else body
        if value is None:
            target.pop(key)
        else:
            target[key] = value
    return body


def spec_operations() -> list[str]:
    """Every operation of the vendored spec, in its order: what the command reads from it,
    which are the operations the SDK's registry was generated with."""
    keys = [op.key for op in conformance.load_operations()]
    assert sorted(keys) == sorted(REGISTRY)
    assert RUNES in keys
    return keys


def runes_operation() -> conformance.Operation:
    (op,) = [op for op in conformance.load_operations() if op.key == RUNES]
    return op


def request_operation(method: str, raw_path: str) -> str:
    """The operation of the spec a request the fake recorded was for."""
    for op in conformance.load_operations():
        template = "/".join(
            "[^/]+" if part.startswith("{") else re.escape(part) for part in op.path.split("/")
        )
        if method == op.method and re.fullmatch(template, raw_path):
            return op.key
    raise AssertionError(f"{method} {raw_path} is no operation of the spec")


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["conformance", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def fake() -> FakeXverse:
    return FakeXverse()


@pytest.fixture
def served(fake: FakeXverse) -> Iterator[str]:
    with fake.serve() as url:
        yield url


# -- the spec ships with the SDK ---------------------------------------------------------


def test_the_packaged_spec_is_the_repository_spec() -> None:
    assert conformance.load_spec() == load_spec()
    assert conformance.packaged_spec_path() == SPEC_PATH  # a source checkout reads the file
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["hatch"]
    include = wheel["build"]["targets"]["wheel"]["force-include"]
    assert include == {"openapi.json": f"xverse_api/{conformance.SPEC_RESOURCE}"}


def test_an_installed_package_reads_its_packaged_copy(tmp_path: Path) -> None:
    (tmp_path / conformance.SPEC_RESOURCE).write_text("{}", "utf-8")
    assert conformance.packaged_spec_path(tmp_path) == tmp_path / conformance.SPEC_RESOURCE


def test_a_file_that_is_not_a_spec_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text("[1]", "utf-8")
    with pytest.raises(ValueError, match="not an OpenAPI document"):
        conformance.load_spec(bad)


# -- the three kinds of run --------------------------------------------------------------


def test_the_fake_conforms(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, served: str, tmp_path: Path
) -> None:
    addresses = tmp_path / "addresses.txt"
    addresses.write_text(f"# mine\n{MANY_RUNES_ADDRESS}\n\n{DEFAULT_ADDRESSES[1]}  # too\n")
    junit = tmp_path / "report.xml"
    code, out, err = run_cli(
        capsys,
        "--base-url",
        served,
        "--api-key",
        DEFAULT_API_KEY,
        "--max-requests",
        "12",
        "--addresses",
        str(addresses),
        "--junit-xml",
        str(junit),
        *ONLY_RUNES,
        *FAST,
    )
    assert (code, err) == (0, ""), out
    assert re.search(rf"{re.escape(RUNES)} +│ +12 │ 200x12 +│ +0 │ ok", out), out
    assert out.rstrip().endswith("conformant")
    seen = fake.requests
    assert len(seen) == 12
    assert {r.api_key for r in seen} == {"valid"}
    assert {DEFAULT_ADDRESS, MANY_RUNES_ADDRESS, DEFAULT_ADDRESSES[1]} <= {r.address for r in seen}
    assert ("limit", "60") in seen[1].params  # the spec's defaults, as integers
    suite = ET.parse(junit).getroot()  # noqa: S314 - our own report
    assert [c.get("name") for c in suite.iter("testcase")] == [RUNES]
    assert suite.find(".//failure") is None
    assert suite.get("failures") == "0"


def test_the_fake_conforms_on_every_operation_of_the_spec(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, served: str, tmp_path: Path
) -> None:
    keys = spec_operations()
    junit = tmp_path / "report.xml"
    code, out, err = run_cli(
        capsys,
        "--base-url",
        served,
        "--api-key",
        DEFAULT_API_KEY,
        "--max-requests",
        str(4 * len(keys)),  # without --operation: every operation shares the budget
        "--junit-xml",
        str(junit),
        *FAST,
    )
    assert (code, err) == (0, ""), out
    for key in keys:  # each one asked, each answer documented, some of them a 2xx
        assert re.search(rf"│ {re.escape(key)} +│ +[1-4] │ [^│]+│ +0 │ ok", out), (key, out)
    assert out.rstrip().endswith("conformant")
    # the key goes to the operations the spec secures, and to no other
    secured = {op.key: bool(op.security) for op in conformance.load_operations()}
    assert secured == {key: REGISTRY[key]["security"] for key in keys}
    asked = [(request_operation(r.method, r.path), r.api_key) for r in fake.requests]
    assert asked == [(key, "valid" if secured[key] else "missing") for key, _ in asked]
    assert {key for key, _ in asked} == set(keys)
    suite = ET.parse(junit).getroot()  # noqa: S314 - our own report
    assert [c.get("name") for c in suite.iter("testcase")] == keys
    assert suite.find(".//failure") is None
    assert suite.find(".//skipped") is None


# A fault per contract break, and the line that must name it.
BREAKS = {
    "integer amount": (
        Fault.json(200, page(amount=3142748244)),
        [
            f"{RUNES} 200 $.items[0].amount: 3142748244 is not of type 'string'",
            f"{RUNES} 200 $.items[0].amount: the SDK cannot decode it: Expected `str`, got `int`",
        ],
    ),
    "undocumented 403": (
        Fault.error(403, "Forbidden"),
        [f"{RUNES} 403 $: status 403 is not documented (documented: 200, 400, 401, 404, 429, 500)"],
    ),
    "HTML 200": (
        Fault.html(200),
        [
            f"{RUNES} 200 $: Content-Type 'text/html' is not documented "
            "(documented: application/json)",
            f"{RUNES} 200 $: the SDK cannot decode it: the body is not JSON",
        ],
    ),
    "missing required field": (
        Fault.json(200, page(indexerHeight=None, id=None)),
        [
            f"{RUNES} 200 $: 'indexerHeight' is a required property",
            f"{RUNES} 200 $.items[0]: 'id' is a required property",
        ],
    ),
}


@pytest.mark.parametrize("name", list(BREAKS))
def test_each_contract_break_is_named(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, served: str, name: str
) -> None:
    fault, expected = BREAKS[name]
    # one normal answer too: a run of nothing but 403s reads as a refused key (exit 2)
    fake.add_fault(fault, times=4)
    code, out, _ = run_cli(
        capsys,
        "--base-url",
        served,
        "--api-key",
        DEFAULT_API_KEY,
        "--max-requests",
        "5",
        *ONLY_RUNES,
        *FAST,
    )
    assert code == 1, out
    lines = out.splitlines()
    for want in expected:
        assert any(line.startswith(want) for line in lines), (want, out)
    assert "(4 of 5 answers)" in out
    assert re.search(r"│ +5 │ .* │ FAIL", out), out


def test_every_break_at_once_in_the_table_and_the_junit_report(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, served: str, tmp_path: Path
) -> None:
    for fault, _ in BREAKS.values():
        fake.add_fault(fault, times=2)
    junit = tmp_path / "junit.xml"
    code, out, _ = run_cli(
        capsys,
        "--base-url",
        served,
        "--api-key",
        DEFAULT_API_KEY,
        "--max-requests",
        "10",
        "--junit-xml",
        str(junit),
        *ONLY_RUNES,
        *FAST,
    )
    print(out)  # the closing note shows this table
    assert code == 1
    assert re.search(rf"{re.escape(RUNES)} +│ +10 │ 200x8, 403x2 +│ +8 │ FAIL", out), out
    assert re.search(r"^10 requests in [0-9.]+ s: 8 violations$", out, re.MULTILINE), out
    failure = ET.parse(junit).getroot().find(".//failure")  # noqa: S314 - our own report
    assert failure is not None
    assert failure.get("message") == "8 violations"
    for _, expected in BREAKS.values():
        for want in expected:
            assert want in (failure.text or "")


def test_the_key_never_appears(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fake = FakeXverse(api_key=SECRET)
    # a server that echoes the key in a body that breaks the schema and the SDK
    fake.add_fault(Fault.json(200, f"bad key {SECRET}"), times=3)
    junit = tmp_path / "junit.xml"
    with fake.serve() as url:
        code, out, err = run_cli(
            capsys,
            "--base-url",
            url,
            "--api-key",
            SECRET,
            "--max-requests",
            "3",
            "--junit-xml",
            str(junit),
            *ONLY_RUNES,  # an operation the spec secures: the key is sent
            *FAST,
        )
        env_code = cli.main(["conformance", "--base-url", url, "--max-requests", "1", *FAST])
    assert code == 1
    assert "[redacted]" in out
    assert SECRET not in out + err + junit.read_text("utf-8")
    assert [r.api_key for r in fake.requests] == ["valid"] * 3  # none sent without a key
    assert env_code == 2  # no key at all: a usage error, and nothing was sent without it


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        (SECRET + "\n", "the API key ends in a newline"),
        (SECRET + "\r\n", "the API key ends in a newline"),
        (" " + SECRET, "the API key starts with a space"),
        (SECRET[:4] + "\x07" + SECRET[4:], "a control character (U+0007) at position 5"),
        (SECRET + "é", "a non-ASCII character (U+00E9)"),
    ],
)
def test_a_key_the_sdk_would_refuse_is_a_usage_error_that_never_shows_it(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, served: str, key: str, problem: str
) -> None:
    code, out, err = run_cli(capsys, "--base-url", served, "--api-key", key, *FAST)
    assert code == 2
    assert out == ""
    assert problem in err
    assert "cannot reach" not in err
    assert SECRET not in err
    assert SECRET[4:] not in err
    assert fake.requests == []  # checked before anything is sent
    with pytest.raises(ValueError, match="the API key") as raised:
        conformance.run(served, api_key=key)
    assert SECRET[4:] not in str(raised.value)


# visible ASCII that a repr, JSON or a URL escapes
ODD_KEY = "sk+live/MARK\\9=x"


def test_the_redactor_covers_escaped_and_encoded_forms_of_the_key() -> None:
    redact = conformance.Redactor(ODD_KEY)
    forms = [
        ODD_KEY,
        repr(ODD_KEY),
        repr(ODD_KEY.encode()),
        json.dumps(ODD_KEY),
        quote(ODD_KEY, safe=""),
        ODD_KEY.replace("+", "%2B"),  # encoded in part
        ODD_KEY.replace("/", "%2f"),
    ]
    for form in forms:
        text = redact(f"before {form} after")
        assert text.startswith("before ")
        assert text.endswith(" after")
        assert "[redacted]" in text, form
        assert "MARK" not in text, form


def test_a_key_echoed_in_a_body_is_cut_from_the_report_in_its_escaped_form(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fake = FakeXverse(api_key=ODD_KEY)
    # jsonschema quotes the body's string with repr: the backslash doubles
    fake.add_fault(Fault.json(200, f"bad key {ODD_KEY}"), times=2)
    junit = tmp_path / "junit.xml"
    with fake.serve() as url:
        code, out, err = run_cli(
            capsys,
            "--base-url",
            url,
            "--api-key",
            ODD_KEY,
            "--max-requests",
            "2",
            "--junit-xml",
            str(junit),
            *FAST,
        )
    assert code == 1, out + err
    assert "bad key [redacted]" in out
    assert "MARK" not in out + err + junit.read_text("utf-8")


def test_the_key_comes_from_the_environment(
    capsys: pytest.CaptureFixture[str],
    fake: FakeXverse,
    served: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XVERSE_API_KEY", DEFAULT_API_KEY)
    code, out, _ = run_cli(capsys, "--base-url", served, "--max-requests", "2", *ONLY_RUNES, *FAST)
    assert code == 0, out
    assert {r.api_key for r in fake.requests} == {"valid"}


def test_a_wrong_key_is_not_conformant_but_refused(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, served: str
) -> None:
    # RUNES needs the key (an operation without security would answer a 200)
    code, out, err = run_cli(
        capsys,
        "--base-url",
        served,
        "--api-key",
        "wrong-key",
        "--max-requests",
        "3",
        *ONLY_RUNES,
        *FAST,
    )
    assert code == 2
    assert out == ""
    assert err == (
        "error: the API key was refused (401): check XVERSE_API_KEY or --api-key; "
        "nothing was checked\n"
    )
    assert {r.api_key for r in fake.requests} == {"invalid"}


def test_every_answer_a_403_is_a_refused_key_too(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, served: str
) -> None:
    fake.add_fault(Fault.error(403, "Forbidden"), times=3)
    code, _, err = run_cli(
        capsys, "--base-url", served, "--api-key", DEFAULT_API_KEY, "--max-requests", "3", *FAST
    )
    assert code == 2
    assert "the API key was refused (403)" in err


def test_which_answers_mean_a_refused_key() -> None:
    def report(*statuses: int) -> conformance.Report:
        result = conformance.OperationResult("GET /a", requests=len(statuses))
        result.statuses.update(statuses)
        return conformance.Report("http://x", [result, conformance.OperationResult("GET /b")])

    assert report(401, 403, 403).refused == (
        "the API key was refused (401, 403): check XVERSE_API_KEY or --api-key"
    )
    assert report(401, 403).exit_code == 2
    assert report(401, 200).refused is None
    assert report(401, 200).exit_code == 0
    assert report().refused is None  # no answer at all is not a refusal
    assert report().exit_code == 1  # ... nor conformant: nothing was checked


@pytest.mark.parametrize(
    ("fault", "status"),
    [(Fault.rate_limited(retry_after=0), 429), (Fault.error(400, "Invalid input"), 400)],
)
def test_a_run_without_any_2xx_is_not_conformant(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, tmp_path: Path, fault: Fault, status: int
) -> None:
    fake.add_fault(fault, times=3)  # every answer documented, none a success
    junit = tmp_path / "junit.xml"
    with fake.serve() as url:
        code, out, err = run_cli(
            capsys,
            "--base-url",
            url,
            "--api-key",
            DEFAULT_API_KEY,
            "--max-requests",
            "3",
            "--junit-xml",
            str(junit),
            *ONLY_RUNES,
            *FAST,
        )
    assert (code, err) == (1, ""), out
    assert re.search(rf"{re.escape(RUNES)} +│ +3 │ {status}x3 +│ +0 │ no 2xx", out), out
    assert out.splitlines()[-1].endswith(": no 2xx answer was seen, so no success body was checked")
    assert "conformant" not in out
    suite = ET.parse(junit).getroot()  # noqa: S314 - our own report
    assert suite.get("failures") == "1"
    failure = suite.find(".//failure")
    assert failure is not None
    assert failure.get("type") == "no-2xx"


def test_an_operation_without_a_2xx_is_a_warning_when_others_had_one(tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path.startswith("/things/"):
            return httpx.Response(404)  # 4XX, documented without content
        if request.method == "PUT":
            return httpx.Response(204)
        return httpx.Response(200, json=page())

    report = conformance.run(
        "http://api.test",
        api_key=SECRET,
        spec=OTHER_SPEC,
        registry=OTHER_REGISTRY,
        max_requests=6,
        rate_limit=1000,
        transport=httpx.MockTransport(answer),
    )
    assert report.exit_code == 0, [v.line() for v in report.violations]
    lines: list[str] = []
    out = _Lines(lines)
    conformance.print_report(Console(file=out, width=160), report, out)  # type: ignore[arg-type]
    text = "".join(lines)
    assert re.search(r"GET /things/\{id\} +│ +2 │ 404x2 +│ +0 │ no 2xx", text), text
    assert re.search(r"PUT /things/\{id\} +│ +\d │ 204x\d +│ +0 │ ok", text), text
    assert (
        "warning: GET /things/{id}: no 2xx answer (404x2), so its success body was not checked"
        in text
    )
    assert text.rstrip().endswith(": conformant")
    junit = tmp_path / "j.xml"
    conformance.write_junit(report, junit)
    suite = ET.parse(junit).getroot()  # noqa: S314 - our own report
    assert suite.get("failures") == "0"
    out_text = suite.findtext(".//testcase[@name='GET /things/{id}']/system-out") or ""
    assert out_text.endswith("; warning: no 2xx answer, so its success body was not checked")


# -- Prism: a mock server built from the spec by other people -----------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_prism_answers_match_the_spec_but_not_the_sdk(
    capsys: pytest.CaptureFixture[str], prism: str
) -> None:
    """Prism answers every valid request with the schema's own example: a body the spec
    allows (so status, content type and schema all pass) but whose ``amount`` is the
    word "string", which the SDK refuses (amounts are u128 digit strings). That gap
    between the spec and the SDK is exactly what the check is for; nothing else fails.
    """
    code, out, err = run_cli(
        capsys, "--base-url", prism, "--api-key", SECRET, "--max-requests", "8", *ONLY_RUNES, *FAST
    )
    assert code == 1, out + err
    assert re.search(rf"{re.escape(RUNES)} +│ +8 │ 200x8 +│ +1 │ FAIL", out), out
    violations = [line for line in out.splitlines() if line.startswith(RUNES)]
    assert len(violations) == 1
    # the violation names the request that showed it first (issue 19 item 23)
    assert re.fullmatch(
        re.escape(
            f"{RUNES} 200 $.items[0].amount: the SDK cannot decode it: `amount` at $.items[0] "
            "is 'string', not a whole number of the smallest unit in 0..2**128-1 (a string of "
            "digits or an int) (request: GET /v1/ordinals/address/"
        )
        + r"[a-z0-9]+/runes[^)]*\) \(8 of 8 answers\)",
        violations[0],
    ), violations[0]
    assert SECRET not in out + err
    # every operation of the spec: Prism answers each (what those answers show is theirs)
    keys = spec_operations()
    code, out, err = run_cli(
        capsys,
        "--base-url",
        prism,
        "--api-key",
        SECRET,
        "--max-requests",
        str(2 * len(keys)),
        *FAST,
    )
    assert code == 1, out + err  # RUNES' amount, still
    for key in keys:
        row = re.search(rf"│ {re.escape(key)} +│ +[12] │ ([^│]+)│", out)
        assert row, (key, out)
        assert "no answer" not in row.group(1), (key, out)
    assert SECRET not in out + err


# -- exit 2: usage, or nothing to talk to --------------------------------------------------


def test_a_server_that_cannot_be_reached(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    code, out, err = run_cli(capsys, "--base-url", url, "--api-key", SECRET, *FAST)
    assert code == 2
    assert out == ""
    assert f"error: cannot reach {url}: ConnectError" in err
    assert SECRET not in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--operation", "GET /nope"], "not an operation of the spec: 'GET /nope' (known: "),
        (["--base-url", "ftp://x"], "is not an http(s) URL"),
        (["--base-url", "http://[::1"], "'http://[::1' is not a valid URL (Invalid port"),
        (["--base-url", "http://"], "'http://' has no host"),
        (["--base-url", "http://h:99999"], "has the port 99999, not one of 1..65535"),
        (["--max-requests", "0"], "Invalid value for '--max-requests'"),
    ],
)
def test_usage_errors(
    capsys: pytest.CaptureFixture[str], served: str, args: list[str], message: str
) -> None:
    code, _, err = run_cli(capsys, "--base-url", served, "--api-key", SECRET, *args)
    assert code == 2
    assert message in err


def test_an_unknown_operation_names_every_known_one(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, served: str
) -> None:
    code, _, err = run_cli(
        capsys, "--base-url", served, "--api-key", SECRET, "--operation", "GET /nope"
    )
    assert code == 2
    known = ", ".join(spec_operations())
    assert f"not an operation of the spec: 'GET /nope' (known: {known})" in " ".join(err.split())
    assert fake.requests == []


def test_a_report_path_that_cannot_be_written_stops_the_run_before_it_starts(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, served: str, tmp_path: Path
) -> None:
    missing = tmp_path / "nonexistent" / "x.xml"
    code, out, err = run_cli(
        capsys, "--base-url", served, "--api-key", SECRET, "--junit-xml", str(missing), *FAST
    )
    assert code == 2
    assert out == ""
    assert f"the directory '{missing.parent}' does not exist" in err
    assert fake.requests == []  # nothing sent, no budget spent
    code, _, err = run_cli(
        capsys, "--base-url", served, "--api-key", SECRET, "--junit-xml", str(tmp_path), *FAST
    )
    assert code == 2
    assert "is a directory" in err
    assert fake.requests == []


def test_check_report_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="is a directory; name a file in it"):
        conformance.check_report_path(tmp_path)
    with pytest.raises(ValueError, match="does not exist"):
        conformance.check_report_path(tmp_path / "no" / "x.xml")
    target = conformance.check_report_path(tmp_path / "x.xml")
    # checked by writing: a well-formed report that says the run did not finish
    (error,) = ET.parse(target).getroot().iter("error")  # noqa: S314 - our own report
    assert error.get("message") == "the run did not finish (interrupted, or it crashed)"

    def refuse(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(conformance._report, "write_junit_error", refuse)
    with pytest.raises(ValueError, match=r"x\.xml' cannot be written: Permission denied"):
        conformance.check_report_path(tmp_path / "x.xml")


def test_run_checks_its_base_url() -> None:
    with pytest.raises(ValueError, match="is not a valid URL"):
        conformance.run("http://[::1", api_key=SECRET)


def _junit_error(path: Path) -> str:
    suite = ET.parse(path).getroot()  # noqa: S314 - our own report
    assert (suite.get("tests"), suite.get("errors"), suite.get("failures")) == ("1", "1", "0")
    (error,) = suite.iter("error")
    # the message attribute is the text, or its start cut with "…" when the text is long
    # (a usage error listing every operation of a large spec)
    short = error.get("message") or ""
    text = error.text or ""
    assert text == short or (short.endswith("…") and text.startswith(short[:-1])), short
    return text


def test_the_junit_report_is_written_when_the_server_cannot_be_reached(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    junit = tmp_path / "junit.xml"
    code, _, _ = run_cli(
        capsys, "--base-url", url, "--api-key", SECRET, "--junit-xml", str(junit), *FAST
    )
    assert code == 2
    assert _junit_error(junit).startswith(f"cannot reach {url}: ConnectError")


def test_the_junit_report_is_written_when_the_key_is_refused(
    capsys: pytest.CaptureFixture[str], served: str, tmp_path: Path
) -> None:
    junit = tmp_path / "junit.xml"
    code, _, _ = run_cli(
        capsys,
        "--base-url",
        served,
        "--api-key",
        SECRET,
        "--junit-xml",
        str(junit),
        *ONLY_RUNES,
        *FAST,
    )
    assert code == 2
    assert _junit_error(junit) == (
        "the API key was refused (401): check XVERSE_API_KEY or --api-key; nothing was checked"
    )
    assert SECRET not in junit.read_text("utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--operation", "GET /nope"], "usage error: not an operation of the spec: 'GET /nope'"),
        (["--api-key", SECRET + "\n"], "usage error: the API key ends in a newline"),
        (["--api-key", ""], "usage error: no API key: pass --api-key or set"),
        (["--base-url", "http://[::1"], "usage error: Invalid value for --base-url:"),
    ],
)
def test_the_junit_report_is_written_for_a_usage_error(
    capsys: pytest.CaptureFixture[str],
    served: str,
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    junit = tmp_path / "junit.xml"
    junit.write_text("an old report", "utf-8")
    code, _, err = run_cli(
        capsys, "--base-url", served, "--api-key", SECRET, "--junit-xml", str(junit), *args
    )
    assert code == 2, err
    assert _junit_error(junit).startswith(message)
    assert SECRET not in junit.read_text("utf-8")


def test_the_junit_report_is_written_when_the_extra_is_missing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "schemathesis", None)
    junit = tmp_path / "junit.xml"
    code, _, _ = run_cli(
        capsys, "--base-url", "http://127.0.0.1:9", "--api-key", SECRET, "--junit-xml", str(junit)
    )
    assert code == 2
    assert _junit_error(junit) == conformance.INSTALL_HINT


def test_the_junit_report_is_written_when_the_run_crashes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_: object, **__: object) -> None:
        raise RuntimeError(f"boom near {SECRET}")

    monkeypatch.setattr(conformance, "run", crash)
    junit = tmp_path / "junit.xml"
    with pytest.raises(RuntimeError, match="boom"):
        run_cli(
            capsys,
            "--base-url",
            "http://127.0.0.1:9",
            "--api-key",
            SECRET,
            "--junit-xml",
            str(junit),
        )
    assert _junit_error(junit) == "the run failed: RuntimeError: boom near [redacted]"


def test_an_addresses_file_that_is_not_text_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, served: str, tmp_path: Path
) -> None:
    binary = tmp_path / "addresses.bin"
    binary.write_bytes(b"bc1q\x00\xff\xfe")
    code, _, err = run_cli(
        capsys, "--base-url", served, "--api-key", SECRET, "--addresses", str(binary), *FAST
    )
    assert code == 2
    assert "is not UTF-8 text" in err or "looks like a binary file" in err
    assert fake.requests == []


def test_a_spec_that_is_not_openapi(
    capsys: pytest.CaptureFixture[str], served: str, tmp_path: Path
) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text('{"openapi": "3.0.3"}', "utf-8")
    code, _, err = run_cli(capsys, "--base-url", served, "--api-key", "k", "--spec", str(spec))
    assert code == 2
    assert "is not an OpenAPI document" in err


def test_without_the_extra_it_says_what_to_install(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "schemathesis", None)
    code, out, err = run_cli(capsys, "--base-url", "http://127.0.0.1:9", "--api-key", "k")
    assert code == 2
    assert out == ""
    assert "pip install 'xverse-api[conformance]'" in err


@pytest.mark.parametrize("missing", ["click", "rich"])
@pytest.mark.parametrize(
    "argv", [["conformance", "--base-url", "http://127.0.0.1:9"], ["--debug", "conformance"]]
)
def test_without_click_or_rich_the_conformance_command_names_its_own_extra(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    missing: str,
    argv: list[str],
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "pip install 'xverse-api[conformance]'" in err
    assert "xverse-api[cli]" not in err
    monkeypatch.setattr(sys, "argv", ["xverse-api", *argv])
    assert cli.main() == 2
    assert "pip install 'xverse-api[conformance]'" in capsys.readouterr().err
    # the other commands still name the `cli` extra
    assert cli.main(["runes", "bc1qx"]) == 2
    assert capsys.readouterr().err.strip() == cli.INSTALL_HINT


# -- budget, pace and time bound ------------------------------------------------------------


def test_the_rate_limit_paces_every_request(fake: FakeXverse, served: str) -> None:
    started = time.monotonic()
    report = conformance.run(
        served, api_key=DEFAULT_API_KEY, operations=[RUNES], max_requests=5, rate_limit=20
    )
    elapsed = time.monotonic() - started
    assert report.requests == len(fake.requests) == 5
    assert elapsed >= 4 / 20  # five requests at 20/s: four intervals of 50 ms at least


def _most_in_one_second(times: list[float]) -> int:
    """The most of ``times`` that any window [t, t + 1 s) holds."""
    return max(sum(1 for u in times if t <= u < t + 1.0) for t in times)


def test_requests_are_spaced_from_the_previous_actual_send_on_the_injected_clock() -> None:
    now = [1000.0]
    sent: list[float] = []

    def sleep(seconds: float) -> None:
        now[0] += seconds

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(now[0])
        # answers that take longer than a slot: a schedule that catches up on them
        # sends the next one early
        now[0] += (0.05, 0.6, 0.3)[len(sent) % 3]
        return httpx.Response(200, json=page())

    report = conformance.run(
        "http://api.test",
        api_key=SECRET,
        operations=[RUNES],
        max_requests=12,
        rate_limit=2,
        transport=httpx.MockTransport(answer),
        sleep=sleep,
        clock=lambda: now[0],
    )
    assert report.requests == len(sent) == 12
    assert report.stopped is None
    gaps = [b - a for a, b in itertools.pairwise(sent)]
    assert min(gaps) >= 0.5, gaps
    assert _most_in_one_second(sent) == 2


def test_requests_are_spaced_on_the_wire(fake: FakeXverse, served: str) -> None:
    sent: list[float] = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            sent.append(time.monotonic())
            return super().handle_request(request)

    for _ in range(4):  # every other answer comes a little after its successor's slot
        fake.add_fault(Fault.slow(0), times=1)
        fake.add_fault(Fault.slow(0.056), times=1)
    report = conformance.run(
        served,
        api_key=DEFAULT_API_KEY,
        operations=[RUNES],
        max_requests=8,
        rate_limit=20,
        transport=Recording(),
    )
    assert report.requests == len(sent) == 8
    gaps = [b - a for a, b in itertools.pairwise(sent)]
    assert min(gaps) >= 0.05 - 0.001, gaps  # 1/20 s, less the jitter of two clock reads


def test_the_time_bound_stops_the_run(fake: FakeXverse, served: str) -> None:
    report = conformance.run(
        served,
        api_key=DEFAULT_API_KEY,
        operations=[RUNES],
        max_requests=50,
        rate_limit=10,
        max_time=0.35,
    )
    assert 1 <= report.requests <= 4
    assert report.stopped == "the time bound (0.35 s) was reached"
    assert report.exit_code == 0
    lines: list[str] = []
    out = _Lines(lines)
    conformance.print_report(Console(file=out, width=120), report, out)  # type: ignore[arg-type]
    assert "stopped early: the time bound (0.35 s) was reached" in "".join(lines)


def test_a_429_is_documented_and_its_retry_after_honoured(fake: FakeXverse, served: str) -> None:
    fake.add_fault(Fault.rate_limited(retry_after=0), times=1)
    slept: list[float] = []
    report = conformance.run(
        served,
        api_key=DEFAULT_API_KEY,
        operations=[RUNES],
        max_requests=2,
        rate_limit=1000,
        sleep=slept.append,
    )
    assert report.exit_code == 0
    assert report.results[0].statuses[429] == 1
    assert 0.0 in slept


def test_a_dropped_connection_after_answers_is_a_violation(
    fake: FakeXverse, served: str, tmp_path: Path
) -> None:
    fake.add_fault(Fault.slow(0), times=1)  # the first answer is normal
    fake.add_fault(Fault.dropped(), times=1)
    report = conformance.run(
        served, api_key=DEFAULT_API_KEY, operations=[RUNES], max_requests=3, rate_limit=1000
    )
    assert report.exit_code == 1
    (violation,) = report.violations
    assert violation.line().startswith(f"{RUNES} - $: no answer (RemoteProtocolError")
    assert report.results[0].statuses_text().endswith(", no answer x1")
    junit = tmp_path / "j.xml"
    conformance.write_junit(report, junit)
    assert "no answer" in junit.read_text("utf-8")


def test_no_answer_mixed_with_other_violations_sorts_and_prints(
    fake: FakeXverse, served: str, tmp_path: Path
) -> None:
    fake.add_fault(Fault.json(200, page(amount=3142748244)), times=1)
    fake.add_fault(Fault.dropped(), times=1)
    report = conformance.run(
        served, api_key=DEFAULT_API_KEY, operations=[RUNES], max_requests=3, rate_limit=1000
    )
    assert report.exit_code == 1
    statuses = [v.status for v in report.violations]  # sorting them used to raise TypeError
    assert statuses[0] is None
    assert 200 in statuses
    lines: list[str] = []
    out = _Lines(lines)
    conformance.print_report(Console(file=out, width=120), report, out)  # type: ignore[arg-type]
    text = "".join(lines)
    assert text.index(f"{RUNES} - $: no answer") < text.index(f"{RUNES} 200 $.items[0].amount")
    junit = tmp_path / "j.xml"
    conformance.write_junit(report, junit)
    failure = ET.parse(junit).getroot().find(".//failure")  # noqa: S314 - our own report
    assert failure is not None
    assert (failure.text or "").startswith(f"{RUNES} - $: no answer")


def test_violations_are_totally_ordered() -> None:
    none = conformance.Violation("GET /a", None, "$", "no answer")
    ok = conformance.Violation("GET /a", 200, "$", "x")
    later = conformance.Violation("GET /b", None, "$", "no answer")
    assert sorted([later, ok, none]) == [none, ok, later]
    assert none < ok < later
    assert ok > none
    assert ok >= conformance.Violation("GET /a", 200, "$", "x")
    assert none.__lt__("not a violation") is NotImplemented


def test_a_slow_first_answer_is_a_violation_and_the_run_goes_on(
    capsys: pytest.CaptureFixture[str], fake: FakeXverse, served: str
) -> None:
    fake.add_fault(Fault.slow(0.6), times=1)  # connects, then no answer within 0.25 s
    code, out, err = run_cli(
        capsys,
        "--base-url",
        served,
        "--api-key",
        DEFAULT_API_KEY,
        "--max-requests",
        "3",
        *ONLY_RUNES,
        *FAST,
        "--timeout",
        "0.25",
    )
    assert code == 1, out + err
    assert "cannot reach" not in err
    assert any(
        line.startswith(
            f"{RUNES} - $: no whole answer within --timeout 0.25 s (wall clock: headers and "
            "body included) (request: GET /"
        )
        for line in out.splitlines()
    )
    row = rf"{re.escape(RUNES)} +│ +3 │ 200x2, no answer x1 +│ +1 │ FAIL"
    assert re.search(row, out), out
    assert len(fake.requests) == 3  # the rest of the plan was sent


@pytest.mark.parametrize(
    ("first", "unreachable"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), True),
        (httpx.ConnectTimeout("timed out"), True),
        (httpx.ReadTimeout("timed out"), False),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), False),
    ],
)
def test_only_a_connection_failure_before_any_answer_means_unreachable(
    first: httpx.TransportError, unreachable: bool
) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if len(sent) == 1:
            raise first
        return httpx.Response(200, json=page())

    report = conformance.run(
        "http://api.test",
        api_key=SECRET,
        operations=[RUNES],  # page() is RUNES' answer
        max_requests=3,
        rate_limit=1000,
        transport=httpx.MockTransport(answer),
    )
    if unreachable:
        assert report.exit_code == 2
        assert report.unreachable == f"{type(first).__name__}: {first}"
        assert len(sent) == 1
    else:
        assert report.unreachable is None
        assert report.exit_code == 1
        assert len(sent) == 3
        (violation,) = report.violations
        assert violation.status is None
        assert violation.message.startswith("no answer")


def test_generation_is_deterministic() -> None:
    spec = load_spec()
    ops = conformance.load_operations()

    def plan(seed: int) -> list[str]:
        cases = conformance.plan_requests(ops, spec=spec, max_requests=15, seed=seed)
        return [case.fingerprint() for case in cases]

    first = plan(0)
    # an operation with few distinct requests leaves part of its share unused
    assert 0 < len(first) == len(set(first)) <= 15
    assert plan(0) == first
    assert conformance.plan_requests(ops, spec=spec, max_requests=0, seed=0) == []
    runes = [runes_operation()]
    alone = conformance.plan_requests(runes, spec=spec, max_requests=15, seed=0)
    assert len({case.fingerprint() for case in alone}) == 15
    # the seed matters (tried on one operation: with many operations and 15 requests,
    # each operation's share is its first request, the same for every seed)
    other = conformance.plan_requests(runes, spec=spec, max_requests=15, seed=1)
    assert [c.fingerprint() for c in other] != [c.fingerprint() for c in alone]
    assert [c.fingerprint() for c in alone] == [
        c.fingerprint()
        for c in conformance.plan_requests(runes, spec=spec, max_requests=15, seed=0)
    ]


ADDRESS_FORMAT = "BitcoinAddress"


@pytest.fixture
def no_address_format() -> Iterator[None]:
    """No ``BitcoinAddress`` format registered with schemathesis (tests/schemathesis_hooks.py
    registers one when another suite imports it); whatever was there is back afterwards."""
    previous = registry.STRING_FORMATS.get(ADDRESS_FORMAT)
    if previous is not None:
        registry.unregister_string_format(ADDRESS_FORMAT)
    yield
    if ADDRESS_FORMAT in registry.STRING_FORMATS:
        registry.unregister_string_format(ADDRESS_FORMAT)
    if previous is not None:
        schemathesis.openapi.format(ADDRESS_FORMAT, previous)


def _planned_addresses(addresses: list[str], max_requests: int = 30, seed: int = 0) -> list[str]:
    """The addresses of RUNES' generated requests (the spec's other operations aside)."""
    spec = load_spec()
    plan = conformance.plan_requests(
        [runes_operation()], spec=spec, max_requests=max_requests, seed=seed, addresses=addresses
    )
    return [case.path_params["address"] for case in plan if case.origin == "generated"]


@pytest.mark.usefixtures("no_address_format")
def test_generated_addresses_are_valid_ones_from_the_pool() -> None:

    op = runes_operation()
    pool = conformance.address_pool([op], [MANY_RUNES_ADDRESS], "mainnet")
    assert pool[:2] == [MANY_RUNES_ADDRESS, DEFAULT_ADDRESS]  # listed, then the spec's
    drawn = _planned_addresses([MANY_RUNES_ADDRESS])
    assert len(drawn) >= 20
    assert set(drawn) <= set(pool), set(drawn) - set(pool)  # not '0000000000' and the like
    assert len(set(drawn)) >= 3
    assert _planned_addresses([MANY_RUNES_ADDRESS]) == drawn  # the same under the same seed
    assert ADDRESS_FORMAT not in registry.STRING_FORMATS  # registered for the plan only


@pytest.mark.usefixtures("no_address_format")
def test_a_format_registered_before_is_back_after_the_plan() -> None:

    schemathesis.openapi.format(ADDRESS_FORMAT, st.just("theirs"))
    drawn = _planned_addresses([], max_requests=6)
    assert drawn
    assert "theirs" not in drawn
    assert find(registry.STRING_FORMATS[ADDRESS_FORMAT], lambda _: True) == "theirs"
    with conformance._formats_drawn_from([ADDRESS_FORMAT], []):  # nothing to draw from
        assert find(registry.STRING_FORMATS[ADDRESS_FORMAT], lambda _: True) == "theirs"


@pytest.mark.usefixtures("no_address_format")
def test_against_the_fake_generated_requests_get_200s(fake: FakeXverse, served: str) -> None:
    report = conformance.run(
        served,
        api_key=DEFAULT_API_KEY,
        operations=[RUNES],
        max_requests=30,
        rate_limit=1000,
        addresses=[MANY_RUNES_ADDRESS],
    )
    assert report.exit_code == 0
    (result,) = report.results
    assert result.statuses == {200: 30}
    assert MANY_RUNES_ADDRESS in {r.address for r in fake.requests}


def test_the_network_and_its_example_addresses() -> None:

    for network in ("mainnet", "signet", "testnet4"):
        examples = conformance.example_addresses(network)
        assert len(set(examples)) == 5
        assert all(is_valid_address(a, network) for a in examples)
        assert conformance.network_of(SERVERS[network] + "/") == network
    testnet = conformance.example_addresses("testnet4")[:2]
    assert conformance.network_of("http://127.0.0.1:1", testnet) in ("signet", "testnet4")
    assert conformance.network_of("http://127.0.0.1:1", [DEFAULT_ADDRESS]) == "mainnet"
    assert conformance.network_of("http://127.0.0.1:1", ["nonsense"]) == "mainnet"
    assert conformance.network_of("http://127.0.0.1:1") == "mainnet"
    op = runes_operation()
    # on a test network the spec's mainnet default is left out
    assert DEFAULT_ADDRESS not in conformance.address_pool([op], testnet, "signet")


# -- the spec walk, on a spec with more than one operation --------------------------------

OTHER_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "components": {
        "securitySchemes": {
            "key": {"type": "apiKey", "in": "query", "name": "key"},
            "basic": {"type": "http", "scheme": "basic"},
        },
        "parameters": {
            "Id": {"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}
        },
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string", "nullable": True}},
            }
        },
    },
    "security": [{"key": [], "basic": []}],
    "paths": {
        "/things/{id}": {
            "parameters": [{"$ref": "#/components/parameters/Id"}],
            "get": {
                "parameters": [
                    {
                        "in": "path",
                        "name": "id",
                        "required": True,
                        "schema": {"type": "string", "example": "t1"},
                        "examples": {"a": {"value": "t2"}, "b": {"summary": "no value"}},
                    },
                    {
                        "in": "query",
                        "name": "full",
                        "schema": {"type": "boolean", "examples": [True]},
                    },
                    {"in": "header", "name": "x-trace", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/*": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    },
                    "4XX": {"description": "client error"},
                    "default": {"description": "other", "content": {"text/plain": {}}},
                },
            },
            "put": {
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    }
                },
                "security": [],
                "responses": {"204": {"description": "stored"}},
            },
        },
        "/v1/ordinals/address/{address}/runes": {
            "get": {
                "parameters": [
                    {
                        "in": "path",
                        "name": "address",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"200": {"description": "x", "content": {"application/json": {}}}},
            }
        },
        "/health": {"get": {"security": [], "responses": {"200": {"description": "up"}}}},
    },
}


THING: dict[str, Any] = OTHER_SPEC["components"]["schemas"]["Thing"]
#: What `make generate` writes into the registry for OTHER_SPEC (``$ref`` resolved; one
#: content type per status; a secured operation sends the registry's API key header).
OTHER_REGISTRY: dict[str, dict[str, Any]] = {
    "GET /things/{id}": {
        "method": "GET",
        "path": "/things/{id}",
        "security": True,
        "params": [
            {
                "python": "id",
                "wire": "id",
                "in": "path",
                "required": True,
                "schema": {"type": "string", "example": "t1"},
            },
            {
                "python": "full",
                "wire": "full",
                "in": "query",
                "required": False,
                "schema": {"type": "boolean", "examples": [True]},
            },
            {
                "python": "x_trace",
                "wire": "x-trace",
                "in": "header",
                "required": False,
                "schema": {"type": "string"},
            },
        ],
        "body": None,
        "responses": {
            "200": {"content_type": "application/*", "schema": THING},
            "4XX": {"content_type": None, "schema": None},
            "default": {"content_type": "text/plain", "schema": None},
        },
    },
    "PUT /things/{id}": {
        "method": "PUT",
        "path": "/things/{id}",
        "security": False,
        "params": [
            {
                "python": "id",
                "wire": "id",
                "in": "path",
                "required": True,
                "schema": {"type": "string"},
            }
        ],
        "body": {"content_type": "application/json", "required": False, "schema": THING},
        "responses": {"204": {"content_type": None, "schema": None}},
    },
    RUNES: {
        "method": "GET",
        "path": "/v1/ordinals/address/{address}/runes",
        "security": True,
        "params": [
            {
                "python": "address",
                "wire": "address",
                "in": "path",
                "required": True,
                "schema": {"type": "string"},
            }
        ],
        "body": None,
        "responses": {"200": {"content_type": "application/json", "schema": None}},
    },
    "GET /health": {
        "method": "GET",
        "path": "/health",
        "security": False,
        "params": [],
        "body": None,
        "responses": {"200": {"content_type": None, "schema": None}},
    },
}


def test_operations_are_read_from_the_registry_with_their_security() -> None:
    # by default the generated registry, in the spec's order: make generate read the spec
    assert [op.key for op in conformance.load_operations()] == list(REGISTRY)
    ops = {op.key: op for op in conformance.load_operations(OTHER_REGISTRY)}
    assert list(ops) == ["GET /things/{id}", "PUT /things/{id}", RUNES, "GET /health"]
    get = ops["GET /things/{id}"]
    assert [p["wire"] for p in get.parameters] == ["id", "full", "x-trace"]
    assert get.security == (("header", "x-api-key"),)  # the registry's API_KEY_HEADER
    assert ops["PUT /things/{id}"].security == ()
    assert ops["PUT /things/{id}"].responses["204"]["content_type"] is None
    cases = conformance.spec_cases(get, addresses=["ignored: no address parameter"])
    assert [(c.path_params, dict(c.query)) for c in cases] == [
        ({"id": "t1"}, {}),
        ({"id": "t1"}, {"full": True}),
    ]
    # a required parameter without any value: nothing from the spec, nothing to list
    assert conformance.spec_cases(ops[RUNES], addresses=[]) == []
    assert [c.path_params for c in conformance.spec_cases(ops[RUNES], ["bc1qx"])] == [
        {"address": "bc1qx"}
    ]
    (other,) = conformance.load_operations({RUNES: OTHER_REGISTRY[RUNES]}, api_key_header="k")
    assert other.security == (("header", "k"),)


def test_a_spec_with_several_operations_shares_the_budget(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "PUT":
            return httpx.Response(204)
        if request.url.path.startswith(("/things/", "/health")):
            return httpx.Response(200, json={"name": None})
        return httpx.Response(200, json=page())  # the SDK's decoder judges this one

    report = conformance.run(
        "http://api.test/",
        api_key=SECRET,
        spec=OTHER_SPEC,
        registry=OTHER_REGISTRY,
        max_requests=9,
        rate_limit=1000,
        transport=httpx.MockTransport(answer),
    )
    # one distinct request is all /health has: the others share what it leaves
    assert [r.requests for r in report.results] == [3, 3, 2, 1]
    assert report.exit_code == 0, [v.line() for v in report.violations]
    gets = [r for r in seen if r.method == "GET" and r.url.path.startswith("/things/")]
    assert {r.headers["x-api-key"] for r in gets} == {SECRET}  # secured: the key goes
    puts = [r for r in seen if r.method == "PUT"]
    assert all("x-api-key" not in r.headers for r in puts)  # `security: []`: no key
    assert all(json.loads(r.content) is not None for r in puts if r.content)
    only = conformance.run(
        "http://api.test",
        api_key=SECRET,
        spec=OTHER_SPEC,
        registry=OTHER_REGISTRY,
        operations=["PUT /things/{id}", "PUT /things/{id}"],
        max_requests=2,
        rate_limit=1000,
        transport=httpx.MockTransport(answer),
    )
    assert [r.key for r in only.results] == ["PUT /things/{id}"]


# -- the checks, one answer at a time -------------------------------------------------------


@pytest.fixture(scope="module")
def things() -> tuple[conformance.Operation, Any]:
    op = conformance.load_operations(OTHER_REGISTRY)[0]
    return op, conformance._Validators(OTHER_SPEC)


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(200, json={"name": "x"}), []),
        (httpx.Response(200, json={"name": None}), []),  # nullable
        (
            httpx.Response(
                200, content=b'{"name": 1}', headers={"content-type": "application/vnd+json"}
            ),
            ["$.name: 1 is not of type 'string', 'null'"],
        ),
        (
            httpx.Response(200, content=b"{", headers={"content-type": "application/json"}),
            ["$: the body is not valid JSON"],
        ),
        (httpx.Response(200, content=b"{}"), ["$: no Content-Type (documented: application/*)"]),
        (httpx.Response(200, text="hi"), ["$: Content-Type 'text/plain' is not documented"]),
        (
            httpx.Response(200, content=b"x", headers={"content-type": "application/octet-stream"}),
            [],
        ),
        (httpx.Response(404, text="gone"), []),  # 4XX, no content documented
        (httpx.Response(503, text="later"), []),  # default: text/plain
        (
            httpx.Response(503, json="later"),
            ["$: Content-Type 'application/json' is not documented (documented: text/plain)"],
        ),
    ],
)
def test_check_response(
    things: tuple[conformance.Operation, Any], response: httpx.Response, expected: list[str]
) -> None:
    op, validators = things
    found = [f"{v.path}: {v.message}" for v in conformance.check_response(op, response, validators)]
    assert len(found) == len(expected), found
    for got, want in zip(found, expected, strict=True):
        assert got.startswith(want)


def test_openapi_31_schemas_and_long_messages() -> None:
    spec = {**OTHER_SPEC, "openapi": "3.1.0"}
    op = conformance.load_operations(OTHER_REGISTRY)[0]
    big = {"name": "x" * 500}
    (violation,) = conformance.check_response(
        op, httpx.Response(200, json={"name": ["x" * 500]}), conformance._Validators(spec)
    )
    assert violation.path == "$.name"
    assert len(violation.message) == 200
    assert violation.message.endswith("…")
    assert (
        conformance.check_response(op, httpx.Response(200, json=big), conformance._Validators(spec))
        == []
    )


def test_sdk_decode_is_the_runes_decoder_for_its_operation_only() -> None:
    good = httpx.Response(200, json=page())
    bad = httpx.Response(200, json=page(amount="-1"))
    conformance.sdk_decode(RUNES, good)
    with pytest.raises(BodyError, match=r"`amount` at \$\.items\[0\]"):
        conformance.sdk_decode(RUNES, bad)
    conformance.sdk_decode("GET /other", bad)  # other operations: no SDK decoder yet
    conformance.sdk_decode(RUNES, httpx.Response(400, json="Invalid input"))


def test_the_conformance_extra_is_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    extra = " ".join(project["optional-dependencies"]["conformance"])
    for name in ("schemathesis", "jsonschema", "click", "rich"):
        assert name in extra
    assert not any("schemathesis" in d for d in project["dependencies"])


def test_spec_values_and_addresses_edge_cases() -> None:
    address = {"in": "path", "wire": "address", "required": True, "schema": {"type": "string"}}
    cursor = {"in": "query", "wire": "cursor", "required": True, "schema": {"type": "string"}}
    same = {"in": "query", "wire": "n", "schema": {"type": "integer", "default": 5, "example": 5}}
    op = conformance.Operation("GET", "/a/{address}", (address, cursor, same), {}, ())
    # a required parameter nobody gives a value: no request from the spec or the addresses
    assert conformance.spec_cases(op, ["bc1qx"]) == []
    assert conformance._candidates(same) == [5]  # the example repeating the default counts once


def test_only_json_request_bodies_are_generated() -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/notes": {
                "post": {
                    "requestBody": {
                        "required": True,
                        "content": {"text/plain": {"schema": {"type": "string"}}},
                    },
                    "responses": {"201": {"description": "stored"}},
                }
            }
        },
    }
    notes = {
        "method": "POST",
        "path": "/notes",
        "security": False,
        "params": [],
        "body": {"content_type": "text/plain", "required": True, "schema": {"type": "string"}},
        "responses": {"201": {"content_type": None, "schema": None}},
    }
    (op,) = conformance.load_operations({"POST /notes": notes})
    assert op.body_required  # so nothing from the spec's values: only generated bodies
    assert conformance.plan_requests([op], spec=spec, max_requests=5, seed=0) == []


def test_reports_of_operations_that_got_no_request(tmp_path: Path) -> None:
    report = conformance.Report(
        "http://x", [conformance.OperationResult("GET /a"), conformance.OperationResult("GET /b")]
    )
    report.results[0].requests = 1
    report.results[0].statuses[200] = 1
    lines: list[str] = []
    out = _Lines(lines)
    conformance.print_report(Console(file=out, width=120), report, out)  # type: ignore[arg-type]
    text = "".join(lines)
    assert re.search(r"GET /b +│ +0 │ - +│ +0 │ not run", text), text
    assert "1 request in 0.0 s: conformant" in text
    junit = tmp_path / "j.xml"
    conformance.write_junit(report, junit)
    suite = ET.parse(junit).getroot()  # noqa: S314 - our own report
    assert suite.get("skipped") == "1"
    assert suite.find(".//testcase[@name='GET /b']/skipped") is not None
    assert conformance.Report("http://x", [], unreachable="ConnectError").exit_code == 2


class _Lines:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def write(self, text: str) -> None:
        self.lines.append(text)

    def flush(self) -> None:
        pass


def test_the_readme_nightly_job_runs_the_command_with_the_key_from_a_secret(
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Contract testing in your CI", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"```yaml\n(.*?)```", section, re.DOTALL)
    job = yaml.safe_load(block)
    assert job[True]["schedule"]  # PyYAML reads the key `on` as True
    steps = job["jobs"]["conformance"]["steps"]
    (check,) = [s for s in steps if "xverse-api conformance" in s.get("run", "")]
    assert check["env"] == {"XVERSE_API_KEY": "${{ secrets.XVERSE_API_KEY }}"}
    assert "--api-key" not in check["run"]  # the key never goes on a command line
    assert cli.main(["conformance", "--help"]) == 0
    help_text = capsys.readouterr().out
    for option in set(re.findall(r"--[a-z][a-z-]+", section)):
        assert option in help_text, option


def test_a_spec_document_without_an_operation_only_gets_the_registry_values() -> None:
    # --spec names the document schemathesis draws from; an operation of the SDK it lacks
    # still gets the requests the registry's own values make, and nothing generated
    empty = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
    plan = conformance.plan_requests([runes_operation()], spec=empty, max_requests=5, seed=0)
    assert plan
    assert {case.origin for case in plan} == {"spec"}
