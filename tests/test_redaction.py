"""One redaction rule everywhere: redact, then clip; and whatever a clip or a body's cap
cut short leaves no 8 consecutive characters of the key behind (issue 18, "key
redaction"): in SDK errors (str, repr, pickle, ``.body``) and in the conformance console
and JUnit report."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from xverse_api import APIResponseValidationError, APIStatusError, Xverse, cli, conformance
from xverse_api._constants import ERROR_PREFIX
from xverse_api._redact import redact
from xverse_api.testing import FakeXverse, Fault

from tests.conftest import RUNES_PATH

KEY = "sk-live-Q7vX2mPz9LkR4tYw8NbC3dFh6JsA1eGu"  # 40 characters
ADDR = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"
RUNES = f"GET {RUNES_PATH}"
MIN_FRAGMENT = 8  # no text shows this many consecutive characters of the key


def fragments(key: str) -> set[str]:
    return {key[i : i + MIN_FRAGMENT] for i in range(len(key) - MIN_FRAGMENT + 1)}


def assert_no_fragment(text: str, key: str = KEY) -> None:
    leaked = [f for f in fragments(key) if f in text]
    assert not leaked, f"{len(leaked)} fragments of the key in: {text[:300]!r}"


# -- the rule --------------------------------------------------------------------------

keys = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=8, max_size=64)
padding = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=80)


@given(keys, padding, padding, st.integers(0, 300), st.sampled_from(["plain", "repr", "json"]))
def test_a_key_cut_anywhere_leaves_no_fragment(
    key: str, before: str, after: str, cut: int, form: str
) -> None:
    shown = {"plain": key, "repr": repr(key)[1:-1], "json": json.dumps(key)[1:-1]}[form]
    text = (before + shown + after)[:cut]
    assert_no_fragment(redact(text, key), shown)
    assert_no_fragment(redact(text + "…", key), shown)


@given(keys, padding, padding, st.integers(10, 300))
def test_clip_redacts_first(key: str, before: str, after: str, limit: int) -> None:
    from xverse_api._redact import clip  # noqa: PLC0415

    text = clip(before + key + after, limit, key)
    assert len(text) <= limit
    assert_no_fragment(text, key)


def test_the_issues_probe_a_key_clipped_at_200_characters() -> None:
    from xverse_api._redact import clip  # noqa: PLC0415

    text = "x" * 180 + KEY
    assert_no_fragment(clip(text, 200, KEY))
    assert_no_fragment(redact(text[:199] + "…", KEY))  # clipped by someone else first
    assert redact(text, KEY) == "x" * 180 + "[redacted]"


def test_short_runs_and_other_text_are_kept() -> None:
    assert redact("sk-live-Q7v is short", KEY) == "[redacted] is short"
    assert redact("sk-live is shorter", KEY) == "sk-live is shorter"  # 7 characters
    assert redact("nothing here", KEY) == "nothing here"


# -- SDK errors ------------------------------------------------------------------------


def _call(body: bytes, status: int = 200) -> Exception:
    def answer(_: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    client = Xverse(KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    with (
        client,
        pytest.raises(APIStatusError if status >= 400 else APIResponseValidationError) as info,
    ):
        client.runes.balances(ADDR)
    return info.value


def _texts(error: Any) -> list[str]:
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object, just pickled
    texts = [str(error), repr(error), repr(error.args), repr(error.body), str(copy), repr(copy)]
    texts += [repr(copy.body), copy.response.text, repr(copy.__dict__)]
    return texts


@pytest.mark.parametrize("pad", [0, 20, 40, 50, 55])
def test_a_key_in_a_wrong_typed_field_is_not_in_the_validation_error(pad: int) -> None:
    # the field's value is clipped at 60 characters in the message
    item = {"runeName": "A", "amount": "x" * pad + KEY, "id": "840000:3"}
    body = json.dumps({"limit": 1, "offset": 0, "total": 1, "items": [item], "indexerHeight": 1})
    for text in _texts(_call(body.encode())):
        assert_no_fragment(text)


@pytest.mark.parametrize("shift", [-30, -20, -12])
def test_a_key_across_the_1000_byte_body_cut_is_not_in_the_validation_error(shift: int) -> None:
    item = {"runeName": "A", "amount": "1", "id": "840000:3", "symbol": 5}
    head = json.dumps({"items": [item], "note": ""})[:-2]
    body = head + "x" * (1000 + shift - len(head)) + KEY + '"}'
    error = _call(body.encode())
    assert isinstance(error.body, bytes)
    assert error.body.endswith(b"[redacted]")  # the cut key, not 20-odd of its characters
    for text in _texts(error):
        assert_no_fragment(text)


@pytest.mark.parametrize("shift", [-30, -20, -10])
def test_a_key_across_the_64_kib_error_cut_is_not_in_the_status_errors_body(shift: int) -> None:
    body = b'"' + b"x" * (ERROR_PREFIX + shift - 1) + KEY.encode() + b'"'
    error = _call(body, status=400)
    assert error.body.endswith("[redacted]")
    for text in _texts(error):
        assert_no_fragment(text)


# -- conformance -----------------------------------------------------------------------


def _echo(pad: int) -> dict[str, Any]:
    item = {"runeName": "A", "amount": "1", "id": "840000:3", "divisibility": "p" * pad + KEY}
    return {"limit": 1, "offset": 0, "total": 1, "items": [item], "indexerHeight": 1}


class _Lines:
    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("pad", [150, 165, 175, 185, 190])
def test_conformance_reports_hold_no_fragment(pad: int, tmp_path: Path) -> None:
    from rich.console import Console  # noqa: PLC0415

    body = _echo(pad)
    report = conformance.run(
        "http://api.test",
        api_key=KEY,
        operations=[RUNES],
        max_requests=2,
        rate_limit=1000,
        transport=httpx.MockTransport(lambda _: httpx.Response(200, json=body)),
    )
    assert report.violations
    out = _Lines()
    conformance.print_report(Console(file=out, width=400), report, out)  # type: ignore[arg-type]
    junit = tmp_path / "junit.xml"
    conformance.write_junit(report, junit)
    assert_no_fragment(out.text)
    assert_no_fragment(junit.read_text("utf-8"))


def test_the_conformance_command_prints_and_writes_no_fragment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fake = FakeXverse(api_key=KEY)
    fake.add_fault(Fault.json(200, _echo(180)), times=2)
    junit = tmp_path / "junit.xml"
    with fake.serve() as url:
        code = cli.main(
            [
                "conformance",
                "--base-url",
                url,
                "--api-key",
                KEY,
                "--max-requests",
                "2",
                "--operation",
                RUNES,
                "--junit-xml",
                str(junit),
                "--rate-limit",
                "1000",
            ]
        )
    captured = capsys.readouterr()
    assert code == 1
    assert_no_fragment(captured.out + captured.err)
    assert_no_fragment(junit.read_text("utf-8"))
