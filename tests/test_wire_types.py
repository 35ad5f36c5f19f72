"""The wire types the tests' fixtures are written for, checked against openapi.json.

The SDK follows the spec: after `make generate`, a field whose JSON type changes (the
provider sends ``amount`` as an integer, say) decodes from the new type, and the fake
serves its seeded data in it. Hand-written test bodies do not follow on their own: many
send ``"amount": "5"``. When the spec changes such a type, this test is the one failure
that says what changed and where to act, so a red ``make test`` after a spec change names
the field first.
"""

from __future__ import annotations

from typing import Any

import pytest
from xverse_api._sdk.registry import OPERATIONS

RUNES = "GET /v1/ordinals/address/{address}/runes"

#: (operation, JSON path of a property in its 200 body) -> the JSON type the fixtures in
#: tests/ send there. Only fields the SDK gives meaning to (sdk.yaml) are listed.
FIXTURE_TYPES = {
    (RUNES, "$.items[].amount"): "string",
    (RUNES, "$.items[].divisibility"): "number",
    (RUNES, "$.limit"): "number",
    (RUNES, "$.offset"): "number",
    (RUNES, "$.total"): "number",
    (RUNES, "$.indexerHeight"): "number",
}


def _property(schema: dict[str, Any], path: str) -> dict[str, Any] | None:
    node: Any = schema
    for part in path.removeprefix("$.").split("."):
        name, is_list = part.removesuffix("[]"), part.endswith("[]")
        node = (node.get("properties") or {}).get(name)
        if node is None:
            return None
        if is_list:
            node = node.get("items") or {}
    return node  # type: ignore[no-any-return]


@pytest.mark.parametrize(("where", "sent"), list(FIXTURE_TYPES.items()), ids=str)
def test_the_fixtures_send_what_the_spec_says(where: tuple[str, str], sent: str) -> None:
    key, path = where
    operation = OPERATIONS.get(key)
    if operation is None:
        pytest.skip(f"{key} is not in openapi.json any more")
    schema = operation["responses"]["200"]["schema"]
    prop = _property(schema, path)
    if prop is None:
        pytest.skip(f"{path} is not in the 200 body of {key} any more")
    now = prop.get("type")
    assert now == sent, (
        f"openapi.json now gives {path} of {key} the JSON type {now!r}; the tests' fixtures "
        f"send {sent!r}. The SDK follows the spec (after make generate it decodes {now!r} "
        f"there and the fake serves {now!r}), so tests that build bodies by hand now fail. "
        f"Update those bodies (search tests/ for the field's wire name) and FIXTURE_TYPES "
        f"in {__name__.replace('.', '/')}.py; if the field's meaning changed too, update its "
        "line in sdk.yaml"
    )
