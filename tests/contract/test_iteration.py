"""The contract suites iterate over every operation of the spec, not over one.

A fixture spec (the round trip's: the vendored spec plus an item field, a query
parameter and a second operation, ``GET /v1/runes/{runeId}``; and here a third,
``POST /v1/kitchen/{itemId}``, declaring every parameter kind: an integer path
parameter, array / boolean / integer / patterned query parameters, two header parameters
and a JSON body; each on another path and under other names when the vendored spec has
these already) is generated into a copy of the repo, and

- in process, the suites' operation list is built from it and its registry: both
  operations, every documented status, Python names from the generated registry (the
  path parameter ``runeId`` is ``rune_id``, a ``BLOCK:TX`` by sdk.yaml), and the SDK's
  own request builder gives requests the request checks accept for each;
- in the copy, the contract suites themselves run against the regenerated SDK and
  must have collected and passed tests of the new operation in every suite module.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from xverse_api import InvalidAddressError, InvalidParameterError, Xverse
from xverse_api._operations import Operation

from ..test_roundtrip import (
    NEW_KEY,
    NEW_TOKEN,
    PARAM,
    REGISTRY,
    changed_spec,
    copy_repo,
    fixture_path,
    generate,
    operation_keys,
    registry_of,
    run,
)
from ._oracle import example_body, judge, judge_raw, malformed_bodies
from ._spec import (
    ROOT,
    OperationSpec,
    is_rune_id,
    operations_of,
    request_problems,
    violations,
)
from ._support import BASE, CONTRACT, KEY, examples
from .test_requests import arguments, assert_values_sent

NEW = NEW_KEY
RUNES = "GET /v1/ordinals/address/{address}/runes"
KITCHEN_PATH, KITCHEN_TOKEN = fixture_path(
    "kitchen", "/v1/kitchen/{itemId}", "itemId", operation_keys(changed_spec())
)
KITCHEN = f"POST {KITCHEN_PATH}"
#: the suites with per-operation tests (test_network and test_paging run once, on the
#: operations chosen by shape, see _spec.SHAPES)
SUITES = ("test_requests", "test_responses", "test_malformed", "test_secrets")

pytestmark = pytest.mark.timeout(600)


def fixture_spec() -> dict[str, Any]:
    """The round trip's changed spec plus an operation with every parameter kind."""
    spec = changed_spec()
    text = {"application/json": {"schema": {"type": "string"}}}
    assert KITCHEN_PATH not in spec["paths"]
    spec["paths"][KITCHEN_PATH] = {
        "post": {
            "tags": ["Kitchen"],
            "summary": "Every parameter kind.",
            "parameters": [
                {
                    "in": "path",
                    "name": "itemId",
                    "required": True,
                    "schema": {"type": "integer", "minimum": 0},
                },
                {
                    "in": "query",
                    "name": "tags",
                    "schema": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}},
                },
                {"in": "query", "name": "flag", "schema": {"type": "boolean"}},
                {
                    "in": "query",
                    "name": "count",
                    "required": True,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 10},
                },
                {
                    "in": "query",
                    "name": "name",
                    "schema": {"type": "string", "pattern": "^[a-z]+$", "maxLength": 8},
                },
                {"in": "header", "name": "X-Note", "schema": {"type": "string"}},
                {
                    "in": "header",
                    "name": "X-Trace",
                    "schema": {"type": "string", "pattern": "^[A-Za-z0-9-]{1,32}$"},
                },
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {"note": {"type": "string"}, "size": {"type": "integer"}},
                            "required": ["note"],
                        }
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "Done",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "ok": {"type": "boolean"},
                                    "id": {"type": "integer"},
                                },
                                "required": ["ok"],
                            }
                        }
                    },
                },
                "400": {"description": "Invalid input", "content": text},
                "401": {"description": "Unauthorized", "content": text},
            },
        }
    }
    return spec


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = copy_repo(tmp_path_factory.mktemp("iteration"), fixture_spec())
    proc = generate(dest)
    assert proc.returncode == 0, proc.stderr
    return dest


@pytest.fixture(scope="module")
def fixture_ops(regenerated: Path) -> list[OperationSpec]:
    return operations_of(registry_of(regenerated))


def test_the_operation_list_is_every_operation_of_the_spec(
    fixture_ops: list[OperationSpec],
) -> None:
    by_key = {op.key: op for op in fixture_ops}
    assert set(by_key) == {*REGISTRY, NEW, KITCHEN}
    new = by_key[NEW]
    assert new.statuses == [200, 400, 401, 404, 429]
    assert new.success_statuses == [200]
    [param] = new.params
    assert (param.python, param.wire, param.location, param.fmt) == (
        "rune_id",
        "runeId",
        "path",
        "rune_id",
    )
    assert new.api_key_header == "x-api-key"
    [added] = [p for p in by_key[RUNES].params if p.wire == PARAM]
    assert added.location == "query"
    assert added.python.isidentifier()
    assert added.python.islower()
    assert added.python.replace("_", "") == PARAM.lower()  # includePricing: include_pricing
    kitchen = {p.python: (p.wire, p.location) for p in by_key[KITCHEN].params}
    assert kitchen["item_id"] == ("itemId", "path")
    assert kitchen["x_trace"] == ("X-Trace", "header")
    assert kitchen["x_note"] == ("X-Note", "header")
    assert by_key[KITCHEN].body is not None


def test_bodies_are_derived_for_every_operation(fixture_ops: list[OperationSpec]) -> None:
    for op in fixture_ops:
        for status in op.success_statuses:
            schema = op.responses[status]
            if schema is None:  # no body schema: nothing to derive, nothing forbidden
                assert example_body(op, status) is None
                assert malformed_bodies(op, status) == {}
                continue
            body = example_body(op, status)
            assert judge(op, status, body).error is None, (op.key, body)
            bad = malformed_bodies(op, status)
            assert {"truncated", "html", "empty"} <= set(bad)
            if schema.get("required"):
                assert any(name.startswith("missing-") for name in bad), op.key
            for kind, content in bad.items():  # each is refused, or warned about
                verdict = judge_raw(op, status, content)
                assert verdict.error is not None or verdict.warned, (op.key, kind)


@settings(CONTRACT, max_examples=examples(60))
@given(data=st.data())
def test_the_sdk_builds_spec_requests_for_every_fixture_operation(
    fixture_ops: list[OperationSpec], data: st.DataObject
) -> None:
    """The request checks, on the fixture's operations, with the SDK's own builder."""
    op = data.draw(st.sampled_from(fixture_ops), label="operation")
    kwargs = data.draw(arguments(op), label="kwargs")
    if op.key == NEW:
        assert is_rune_id(kwargs["rune_id"])
    with Xverse(api_key=KEY, base_url=BASE, max_retries=0) as client:
        request = Operation(op.key, op.entry).build(client, kwargs)
    assert request_problems(op, request, base=BASE, api_key=KEY) == []
    assert_values_sent(op, request, kwargs)


@pytest.mark.parametrize("index", range(len(REGISTRY) + 2))  # the spec's and the fixture's
def test_the_sdk_refuses_arguments_the_fixture_spec_does_not_allow(
    fixture_ops: list[OperationSpec], index: int
) -> None:
    """Every way to break each fixture operation's parameter schemas, one at a time, is
    refused by the SDK's own argument checks, naming the parameter."""
    op = sorted(fixture_ops, key=lambda o: o.key)[index]
    cases = violations(op)
    assert len(cases) > len(op.params)
    with Xverse(api_key=KEY, base_url=BASE, max_retries=0) as client:
        for label, kwargs, name in cases:
            with pytest.raises((InvalidParameterError, InvalidAddressError)) as info:
                Operation(op.key, op.entry).build(client, kwargs)
            if isinstance(info.value, InvalidParameterError):
                assert name in str(info.value), (op.key, label, info.value)


def test_the_contract_suites_run_every_operation_of_a_regenerated_sdk(regenerated: Path) -> None:
    tests = regenerated / "tests"
    shutil.copytree(ROOT / "tests" / "contract", tests / "contract")
    shutil.copy2(ROOT / "tests" / "conftest.py", tests / "conftest.py")
    env = {"PYTHONPATH": str(regenerated / "client"), "XVERSE_CONTRACT_SCALE": "0.04"}
    args = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "tests/contract"]
    # the suites' per-operation tests of the new operations (the test ids carry their
    # keys); the deep ones run on the operations chosen by shape, in the vendored spec
    select = [
        "-k",
        f"({NEW_TOKEN} or {KITCHEN_TOKEN}) and not retry_after and not async",
        "--ignore=tests/contract/test_iteration.py",
        "-rA",
    ]
    proc: subprocess.CompletedProcess[str] = run(regenerated, *args, *select, env=env)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    passed = [line for line in proc.stdout.splitlines() if line.startswith("PASSED ")]
    per_suite = Counter(line.split("::")[0].rsplit("/", 1)[-1][:-3] for line in passed)
    assert set(per_suite) == set(SUITES), per_suite
    for key in (NEW, KITCHEN):
        per_key = Counter(
            line.split("::")[0].rsplit("/", 1)[-1][:-3] for line in passed if key in line
        )
        assert set(per_key) == set(SUITES), (key, per_key)
    assert all(NEW in line or KITCHEN in line for line in passed)
