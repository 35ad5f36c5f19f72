"""Conformance tells a difference from the provider's verbatim text from a difference
from a part of the spec we reconstructed (openapi.provenance.json): both are reported;
the SDK refuses the first and keeps the second, with one warning naming the field."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import httpx
import pytest
from xverse_api._operations import get_operation
from xverse_api._sdk.registry import OPERATIONS
from xverse_api.conformance._check import _Validators, check_response
from xverse_api.conformance._spec import Operation

ROOT = Path(__file__).resolve().parent.parent
PROVENANCE = json.loads((ROOT / "openapi.provenance.json").read_text("utf-8"))["operations"]
RUNES = "GET /v1/ordinals/address/{address}/runes"


def reconstructed_whole() -> str:
    """An operation whose JSON block the provider's page did not show at all."""
    return next(
        key
        for key, entry in sorted(PROVENANCE.items())
        if entry["json_block"] == "none"
        and key in OPERATIONS
        and any(
            v.get("type") == "number"
            for v in ((OPERATIONS[key]["responses"].get("200") or {}).get("schema") or {})
            .get("properties", {})
            .values()
        )
    )


def first_number_field(schema: dict) -> str:
    return next(k for k, v in schema["properties"].items() if v.get("type") == "number")


def answer(body: object) -> httpx.Response:
    request = httpx.Request("GET", "http://fake.invalid/x")
    return httpx.Response(200, json=body, request=request)


def test_a_difference_where_we_guessed_is_reported_as_such_and_kept(
    caplog: pytest.LogCaptureFixture,
) -> None:
    key = reconstructed_whole()
    entry = OPERATIONS[key]
    assert entry["verbatim"] is not None
    schema = entry["responses"]["200"]["schema"]
    field = first_number_field(schema)
    response = answer({field: "not a number"})
    op = Operation.from_registry(entry)
    violations = check_response(op, response, _Validators({}))
    assert [v.path for v in violations] == [f"$.{field}"]
    assert violations[0].message.startswith("(reconstructed part of the spec")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        decoded = get_operation(key).decode(response)
    assert "not a number" in [getattr(decoded, n) for n in decoded.__struct_fields__]
    warnings = [r.getMessage() for r in caplog.records if r.name == "xverse_api"]
    assert len(warnings) == 1
    assert field in warnings[0]


def test_a_difference_from_verbatim_text_is_a_plain_violation_and_refused() -> None:
    entry = OPERATIONS[RUNES]
    assert entry["verbatim"] is None
    body = {
        "limit": 60,
        "offset": 0,
        "total": 1,
        "indexerHeight": 1,
        "items": [{"runeName": "X", "amount": 5, "id": "840000:3"}],
    }
    violations = check_response(Operation.from_registry(entry), answer(body), _Validators({}))
    messages = [v.message for v in violations]
    assert any("is not of type 'string'" in m for m in messages)
    assert not any(m.startswith("(reconstructed") for m in messages)
    assert any("the SDK cannot decode it" in m for m in messages)


def test_one_warning_per_field_per_answer(caplog: pytest.LogCaptureFixture) -> None:
    """Every item of a list differing in the same reconstructed field: one warning for the
    answer, not one per item; the next answer warns again."""
    key = reconstructed_whole()
    schema = OPERATIONS[key]["responses"]["200"]["schema"]
    field = first_number_field(schema)
    response = answer({field: "x"})
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        get_operation(key).decode(response)
        get_operation(key).decode(response)
    assert len([r for r in caplog.records if r.name == "xverse_api"]) == 2
    listed = next(
        k
        for k, e in sorted(OPERATIONS.items())
        if e["verbatim"] is not None
        and e["paging"]
        and (e["responses"]["200"]["schema"] or {}).get("properties", {}).get(e["paging"]["items"])
    )
    items_key = OPERATIONS[listed]["paging"]["items"]
    item_schema = OPERATIONS[listed]["responses"]["200"]["schema"]["properties"][items_key]
    number = first_number_field(item_schema["items"])
    body = {items_key: [{number: "x"} for _ in range(50)]}
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="xverse_api"):
        get_operation(listed).decode(answer(body))
    assert len([r for r in caplog.records if r.name == "xverse_api"]) == 1
