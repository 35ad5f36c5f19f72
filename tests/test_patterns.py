"""The spec's ``pattern``s cannot freeze the process or raise anything but an
``XverseError`` (issue 18, "spec pattern"): they run on RE2 in the SDK's argument checks,
in the fake's request checks and in conformance's body checks; one RE2 cannot run is
not run (one warning)."""

from __future__ import annotations

import itertools
import logging
import threading
import time
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from xverse_api import InvalidParameterError, Xverse, XverseError
from xverse_api._operations import Operation
from xverse_api._pattern import _compiled, matches
from xverse_api.testing import _spec as fake_spec

EVIL = r"^(a+)+$"
NEAR_MISS = "a" * 26 + "!"  # backtracking re takes seconds here (2**26 steps)
UNICODE = r"^\p{L}+$"
LOOKAHEAD = r"^(?=x)x+$"


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    _compiled.cache_clear()


def quick(fn: Any, *args: Any, limit: float = 1.0) -> Any:
    started = time.perf_counter()
    result = fn(*args)
    assert time.perf_counter() - started < limit
    return result


def test_a_catastrophic_pattern_runs_in_linear_time() -> None:
    assert quick(matches, EVIL, NEAR_MISS) is False
    assert quick(matches, EVIL, "a" * 100_000) is True
    assert quick(matches, EVIL, "a" * 1_000_000 + "!") is False


def test_unicode_classes_are_understood() -> None:
    assert matches(UNICODE, "héllo")
    assert not matches(UNICODE, "h3llo")


@pytest.mark.parametrize("pattern", [LOOKAHEAD, "(", r"(a)\1", "[z-a]", "x" * 5000])
def test_a_pattern_re2_cannot_run_is_not_run_with_one_warning(
    pattern: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="xverse_api")
    assert matches(pattern, "anything")
    assert matches(pattern, "anything else")
    warnings = [r for r in caplog.records if "is not checked" in r.getMessage()]
    assert len(warnings) == 1


def test_odd_values_and_patterns_never_raise() -> None:
    assert matches(None, "x")
    assert matches(5, "x")
    assert not matches("^a", "\ud800")  # a lone surrogate is no UTF-8 text


@given(st.text(max_size=40), st.text(max_size=40))
def test_matches_never_raises(pattern: str, value: str) -> None:
    assert matches(pattern, value) in (True, False)


# -- in the SDK ------------------------------------------------------------------------


def _operation(pattern: str) -> Operation:
    param = {"python": "q", "wire": "q", "in": "query", "required": True}
    entry = {
        "method": "GET",
        "path": "/v1/things",
        "resource": "things",
        "name": "list",
        "summary": "",
        "params": [{**param, "schema": {"type": "string", "pattern": pattern}}],
        "body": None,
        "responses": {},
        "paging": None,
        "security": True,
    }
    return Operation("GET /v1/things", entry)


def test_the_sdk_check_is_quick_and_typed() -> None:
    client = Xverse("pattern-key")
    op = _operation(EVIL)
    with pytest.raises(InvalidParameterError, match="does not match"):
        quick(op.encode, client, {"q": NEAR_MISS})
    assert op.encode(client, {"q": "aaa"})[1] == [("q", "aaa")]
    unicode_op = _operation(UNICODE)
    assert unicode_op.encode(client, {"q": "héllo"})[1] == [("q", "héllo")]
    with pytest.raises(XverseError):
        unicode_op.encode(client, {"q": "h3llo"})


def test_other_threads_keep_running_while_a_pattern_is_checked() -> None:
    ticks = []
    stop = threading.Event()

    def tick() -> None:
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    thread = threading.Thread(target=tick)
    thread.start()
    try:
        for _ in range(20):
            matches(EVIL, NEAR_MISS)
    finally:
        stop.set()
        thread.join()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps, default=0) < 0.5


# -- in the fake -----------------------------------------------------------------------


def test_the_fakes_parameter_and_body_checks_are_quick() -> None:
    with pytest.raises(fake_spec.Invalid, match="must match"):
        quick(
            fake_spec._check_value, "q", NEAR_MISS, {"type": "string", "pattern": EVIL}, "mainnet"
        )
    assert fake_spec._check_value("q", "héllo", {"type": "string", "pattern": UNICODE}, "mainnet")
    with pytest.raises(fake_spec.Invalid, match="must match"):
        quick(fake_spec._check_json, "$.q", NEAR_MISS, {"type": "string", "pattern": EVIL})


# -- in conformance --------------------------------------------------------------------


def test_conformance_checks_body_patterns_on_re2() -> None:
    from xverse_api.conformance._check import _Validators  # noqa: PLC0415

    validators = _Validators({"openapi": "3.0.3"})
    schema = {"type": "object", "properties": {"name": {"type": "string", "pattern": EVIL}}}
    errors = quick(list, validators.validator(schema).iter_errors({"name": NEAR_MISS}))
    assert len(errors) == 1
    assert "does not match" in errors[0].message
    unicode = {"type": "string", "pattern": UNICODE}
    assert list(validators.validator(unicode).iter_errors("héllo")) == []


def test_the_fake_served_over_http_answers_a_hostile_pattern_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xverse_api.testing import DEFAULT_ADDRESS, FakeXverse  # noqa: PLC0415

    route = next(r for r in fake_spec.routes() if any(p["in"] == "query" for p in r.params))
    param = next(p for p in route.params if p["in"] == "query")
    hostile = {**param, "schema": {"type": "string", "pattern": EVIL}}
    monkeypatch.setattr(route, "params", [hostile if p is param else p for p in route.params])
    fake = FakeXverse()
    with fake.serve() as url:
        path = route.path.replace("{address}", DEFAULT_ADDRESS)
        for name in route.names:
            path = path.replace("{" + name + "}", "840000:3")
        started = time.perf_counter()
        response = httpx.get(
            url + path,
            params={param["wire"]: NEAR_MISS},
            headers={"x-api-key": fake.api_key},
            timeout=5,
        )
    assert time.perf_counter() - started < 2
    assert response.status_code == 400
