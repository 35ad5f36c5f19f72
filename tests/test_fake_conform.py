"""The fake serves its seeded data in the JSON types the spec gives now."""

from __future__ import annotations

from typing import Any

import pytest
from xverse_api.testing._spec import conform

ITEM: dict[str, Any] = {
    "type": "object",
    "properties": {
        "amount": {"type": "integer"},
        "divisibility": {"type": "string"},
        "name": {"type": "string"},
        "flag": {"type": "string"},
    },
}
PAGE = {"type": "object", "properties": {"items": {"type": "array", "items": ITEM}}}


def test_seeded_values_take_the_specs_types() -> None:
    seeded = {"items": [{"amount": "0042", "divisibility": 5, "name": "A", "flag": True}]}
    assert conform(seeded, PAGE) == {
        "items": [{"amount": 42, "divisibility": "5", "name": "A", "flag": True}]
    }


@pytest.mark.parametrize(
    ("value", "schema", "expected"),
    [
        ("12", {"type": "number"}, 12),
        ("1.5", {"type": "number"}, "1.5"),  # not digits: left as it is
        ("9" * 1001, {"type": "integer"}, "9" * 1001),  # beyond int()'s comfort: left
        (7, {"type": "string"}, "7"),
        (1.5, {"type": "string"}, "1.5"),
        ("x", None, "x"),
        ({"a": "1"}, {"type": "object"}, {"a": "1"}),  # no properties: nothing to follow
        (["1"], {"type": "array"}, ["1"]),
        ({"unknown": "1"}, {"type": "object", "properties": {}}, {"unknown": "1"}),
    ],
)
def test_conform_converts_only_what_converts(value: Any, schema: Any, expected: Any) -> None:
    assert conform(value, schema) == expected
