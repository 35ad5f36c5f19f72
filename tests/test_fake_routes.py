"""The fake routes every operation of the registry to itself: literal segments win over
templated ones (``/v1/runes/batch-info`` is not ``/v1/runes/{identifier}``), whatever
order the spec lists them in."""

from __future__ import annotations

import re

import pytest
from xverse_api._sdk.registry import OPERATIONS
from xverse_api.testing import _spec


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "v4lue", path)


@pytest.mark.parametrize("key", sorted(OPERATIONS))
def test_each_operation_routes_to_itself(key: str) -> None:
    entry = OPERATIONS[key]
    route, values, allowed = _spec.match(entry["method"], concrete(entry["path"]))
    assert route is not None
    assert route.key == key
    assert set(values.values()) <= {"v4lue"}
    assert entry["method"] in allowed


def test_a_literal_segment_wins_whatever_the_order(monkeypatch: pytest.MonkeyPatch) -> None:
    template = {**next(iter(OPERATIONS.values())), "method": "GET", "params": []}
    registry = {
        "GET /v9/things/{id}": {**template, "path": "/v9/things/{id}"},
        "GET /v9/things/batch": {**template, "path": "/v9/things/batch"},
        "GET /v9/things/{id}/{sub}": {**template, "path": "/v9/things/{id}/{sub}"},
        "GET /v9/things/{id}/batch": {**template, "path": "/v9/things/{id}/batch"},
    }
    monkeypatch.setattr("xverse_api._sdk.registry.OPERATIONS", registry)
    built = _spec.routes.__wrapped__()  # the same ordering, without touching the cache
    monkeypatch.setattr(_spec, "routes", lambda: built)
    assert _spec.match("GET", "/v9/things/batch")[0].key == "GET /v9/things/batch"
    assert _spec.match("GET", "/v9/things/x")[0].key == "GET /v9/things/{id}"
    assert _spec.match("GET", "/v9/things/x/batch")[0].key == "GET /v9/things/{id}/batch"
    assert _spec.match("GET", "/v9/things/x/y")[0].key == "GET /v9/things/{id}/{sub}"
    # a trailing slash is not an empty last segment
    assert _spec.match("GET", "/v9/things/")[0] is None


def test_a_huge_offset_on_a_stepped_parameter_is_answered_not_dropped() -> None:
    """multipleOf on a 30-digit offset: exact arithmetic, a 200 or a 400, never a crash."""
    import httpx  # noqa: PLC0415
    from xverse_api.testing import DEFAULT_API_KEY, FakeXverse  # noqa: PLC0415

    stepped = next(
        key
        for key, e in sorted(OPERATIONS.items())
        if any(p["schema"].get("multipleOf") for p in e["params"])
        and all(p["in"] != "path" or p["wire"] != "address" for p in e["params"])
    )
    entry = OPERATIONS[stepped]
    wire = next(p["wire"] for p in entry["params"] if p["schema"].get("multipleOf"))
    step = next(p["schema"]["multipleOf"] for p in entry["params"] if p["wire"] == wire)
    path = concrete(entry["path"]).replace("v4lue", "840000:3")
    with httpx.Client(
        transport=FakeXverse().transport(),
        base_url="http://fake",
        headers={"x-api-key": DEFAULT_API_KEY},
    ) as client:
        good = client.get(path, params={wire: str(step * 10**28)})
        bad = client.get(path, params={wire: str(step * 10**28 + 1)})
    assert good.status_code == 200, good.text
    assert bad.status_code == 400
    assert f"multiple of {step}" in bad.text
