"""One check shared by the response suites: what a 2xx answer must give, by the oracle."""

from __future__ import annotations

import json
import re
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
    """A warning for each expected (model, field) and for no other (the oracle's model
    names are ``|``-joined where models of the same fields cannot be told apart). How
    many per field: see test_malformed's one-warning-per-answer test."""
    for model, wire in warned:
        assert any(w == wire and model in m.split("|") for m, w in expected), (
            f"unexpected warning {model}.{wire}",
            expected,
        )
    for models, wire in expected:
        assert any(w == wire and m in models.split("|") for m, w in warned), (
            f"no warning for {models}.{wire}",
            warned,
        )


def expect_2xx(op: OperationSpec, status: int, content: bytes, call: Callable[[], Any]) -> Any:
    """``call()`` (answered ``status`` with ``content``) gives exactly what the oracle
    says: the decoded model, the value kept as sent with one warning per reconstructed
    field that differs, or an APIResponseValidationError naming the field."""
    verdict = judge_raw(op, status, content)
    if verdict.error is not None:
        with pytest.raises(APIResponseValidationError) as info:
            call()
        assert info.value.status_code == status
        if verdict.fields:
            # `name` (a model's own check, a missing field) or `$.path.name` (a wrong type)
            text = str(info.value)
            named = [
                n for n in verdict.fields if re.search(rf"[`.]{re.escape(n)}(\[[0-9]+\])*`", text)
            ]
            assert named, (verdict.error, str(info.value))
        return info.value
    with field_warnings() as warned:
        got = call()
    assert_warned(warned, verdict.warned)
    assert_decoded(
        got, op, status, plain(content) if op.responses[status] is None else json.loads(content)
    )
    return got
