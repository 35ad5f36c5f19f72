"""One check shared by the response suites: what a 2xx answer must give, by the oracle."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from xverse_api import APIResponseValidationError

from ._oracle import assert_decoded, judge_raw
from ._spec import OperationSpec
from ._support import field_warnings


def plain(content: bytes) -> Any:
    """What the SDK hands back for a 2xx without a body schema: JSON, else the text."""
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode()


def assert_warned(warned: list[tuple[str, str]], expected: set[tuple[str, str]]) -> None:
    """One warning per expected (model, field) and no other (the oracle's model names
    are ``|``-joined where models of the same fields cannot be told apart)."""
    left = sorted(expected, key=lambda e: e[1])
    for model, wire in warned:
        match = next((e for e in left if e[1] == wire and model in e[0].split("|")), None)
        assert match is not None, (f"unexpected or repeated warning {model}.{wire}", expected)
        left.remove(match)
    assert not left, f"no warning for {left}"


def expect_2xx(op: OperationSpec, status: int, content: bytes, call: Callable[[], Any]) -> Any:
    """``call()`` (answered ``status`` with ``content``) gives exactly what the oracle
    says: the decoded model, the value kept as sent with one warning per reconstructed
    field that differs, or an APIResponseValidationError naming the field."""
    verdict = judge_raw(op, status, content)
    if verdict.error is not None:
        with pytest.raises(APIResponseValidationError) as info:
            call()
        assert info.value.status_code == status
        if verdict.field is not None:
            assert verdict.field in str(info.value), (verdict.error, str(info.value))
        return info.value
    with field_warnings() as warned:
        got = call()
    assert_warned(warned, verdict.warned)
    assert_decoded(got, op, status, plain(content) if op.responses[status] is None else json.loads(content))
    return got
