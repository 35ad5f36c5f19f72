"""The generic request path on operations the vendored spec does not have yet: every
parameter kind the spec can declare (path, query, header, JSON body) reaches the wire,
checked by its schema, and the fake's spec knowledge (routes, checks, example bodies)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft4Validator
from xverse_api import InvalidParameterError, Xverse
from xverse_api._operations import Operation, get_operation, validate_rune_id
from xverse_api.testing._spec import Invalid, Route, check_params, example_body, match, routes

SCHEMAS: dict[str, dict[str, Any]] = {
    "kind": {"type": "string", "enum": ["a", "b"]},
    "code": {"type": "string", "pattern": "^[A-Z]{3}$", "minLength": 3, "maxLength": 3},
    "count": {"type": "integer", "minimum": 1, "maximum": 10},
    "ratio": {"type": "number", "maximum": 1.5},
    "flag": {"type": "boolean"},
    "ids": {"type": "array", "items": {"type": "integer"}},
    "tag": {"type": "string"},
    "anything": {},
}


def entry(**overrides: Any) -> dict[str, Any]:
    params = [
        {
            "python": "item_id",
            "wire": "itemId",
            "in": "path",
            "required": True,
            "schema": {"type": "string"},
        },
        *(
            {"python": name, "wire": name, "in": "query", "required": False, "schema": schema}
            for name, schema in SCHEMAS.items()
        ),
        {
            "python": "x_trace",
            "wire": "X-Trace",
            "in": "header",
            "required": False,
            "schema": {"type": "string"},
        },
    ]
    base = {
        "method": "POST",
        "path": "/v9/items/{itemId}/things",
        "resource": "items",
        "name": "create_thing",
        "summary": "Create a thing.",
        "params": params,
        "body": {
            "content_type": "application/json",
            "required": True,
            "schema": {"type": "object"},
        },
        "responses": {"201": {"content_type": "application/json", "schema": {"type": "object"}}},
        "paging": None,
        "security": True,
    }
    base.update(overrides)
    return base


@pytest.fixture
def client() -> Xverse:
    return Xverse("k-123", base_url="https://api.example.test/base/")


def test_every_parameter_kind_reaches_the_wire(client: Xverse) -> None:
    op = Operation("POST /v9/items/{itemId}/things", entry())
    request = op.build(
        client,
        {
            "item_id": "a/b c",
            "kind": "b",
            "code": "ABC",
            "count": 3.0,
            "ratio": 0.5,
            "flag": False,
            "ids": [1, 2],
            "tag": "t",
            "anything": 7,
            "x_trace": "trace-1",
            "body": {"name": "thing", "n": 2**70},
        },
    )
    assert request.method == "POST"
    assert request.url.raw_path.startswith(b"/base/v9/items/a%2Fb%20c/things?")
    assert request.url.params.multi_items() == [
        ("kind", "b"),
        ("code", "ABC"),
        ("count", "3"),
        ("ratio", "0.5"),
        ("flag", "false"),
        ("ids", "1"),
        ("ids", "2"),
        ("tag", "t"),
        ("anything", "7"),
    ]
    assert request.headers["X-Trace"] == "trace-1"
    assert request.headers["x-api-key"] == "k-123"
    assert json.loads(request.content) == {"name": "thing", "n": 2**70}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "c"}, "is not one of"),
        ({"code": "AB"}, "characters"),
        ({"code": "abc"}, "pattern"),
        ({"count": 0}, "outside 1..10"),
        ({"count": 2.5}, "whole number"),
        ({"count": True}, "must be a number"),
        ({"ratio": float("nan")}, "finite"),
        ({"ratio": 2}, "<= 1.5"),
        ({"flag": "yes"}, "True or False"),
        ({"ids": "1,2"}, "must be a list"),
        ({"ids": [1, "x"]}, "must be a number"),
        ({"tag": b"t"}, "must be a str"),
        ({"nope": 1}, "has no parameter 'nope'"),
        ({"item_id": None}, "needs item_id="),
        ({"item_id": ".."}, "path segment"),
        ({"body": None}, "needs body="),
        ({"body": object()}, "JSON-serialisable"),
    ],
)
def test_arguments_are_checked_by_the_schema(
    client: Xverse, kwargs: dict[str, Any], message: str
) -> None:
    op = Operation("POST /v9/items/{itemId}/things", entry())
    args = {"item_id": "i", "body": {}, **kwargs}
    with pytest.raises(ValueError, match=message):
        op.build(client, args)


def test_a_body_where_none_is_declared_is_refused(client: Xverse) -> None:
    op = Operation("GET /v9/x/{itemId}", entry(body=None, method="GET"))
    with pytest.raises(InvalidParameterError, match="takes no body"):
        op.build(client, {"item_id": "i", "body": {"a": 1}})
    assert op.build(client, {"item_id": "i"}).content == b""


def test_decoding_bodies_without_a_model() -> None:
    op = Operation("GET /v9/x/{itemId}", entry(responses={"204": {"content_type": None}}))
    req = httpx.Request("GET", "https://a.test/")
    assert op.decode(httpx.Response(204, request=req)) is None
    assert op.decode(httpx.Response(200, content=b'{"a": 1}', request=req)) == {"a": 1}
    assert op.decode(httpx.Response(200, content=b"plain", request=req)) == "plain"


def test_unknown_operation_lists_the_known_ones() -> None:
    with pytest.raises(InvalidParameterError, match="GET /v1/ordinals"):
        get_operation("GET /v9/nothing")
    assert repr(get_operation("GET /v1/ordinals/address/{address}/runes")).startswith(
        "<Operation GET"
    )


def test_rune_id_messages_say_what_a_rune_id_looks_like() -> None:
    with pytest.raises(InvalidParameterError, match=r"BLOCK:TX.*840000:3"):
        validate_rune_id("x" * 500)


# -- the fake's side ------------------------------------------------------------------------


def test_routes_cover_every_operation_and_match_by_method() -> None:
    keys = [r.key for r in routes()]
    assert "GET /v1/ordinals/address/{address}/runes" in keys
    route, values, allowed = match("GET", "/v1/ordinals/address/bc1qx/runes")
    assert route is not None
    assert values == {"address": "bc1qx"}
    assert allowed == ["GET"]
    route, _, allowed = match("POST", "/v1/ordinals/address/bc1qx/runes")
    assert route is None
    assert allowed == ["GET"]
    assert match("GET", "/nowhere") == (None, {}, [])


def test_the_fake_checks_parameters_as_the_spec_states_them() -> None:
    route = Route("POST /v9/items/{itemId}/things", entry())
    ok = check_params(
        route,
        {"itemId": "i"},
        [("count", "3"), ("flag", "true"), ("ids", "1"), ("ids", "2"), ("kind", "a")],
        [("x-trace", "t")],
        "mainnet",
    )
    assert ok["count"] == 3
    assert ok["flag"] is True
    assert ok["X-Trace"] == "t"
    bad_cases = [
        ([("count", "x")], "integer"),
        ([("count", "0")], "between 1 and 10"),
        ([("ratio", "2")], "at most 1.5"),
        ([("flag", "1")], "true or false"),
        ([("kind", "z")], "one of"),
        ([("code", "AB")], "at least 3"),
        ([("code", "ABCD")], "at most 3"),
        ([("code", "abc")], "must match"),
        ([("tag", "a"), ("tag", "b")], "once"),
    ]
    for query, message in bad_cases:
        with pytest.raises(Invalid, match=message):
            check_params(route, {"itemId": "i"}, query, [], "mainnet")
    with pytest.raises(Invalid, match="required"):
        check_params(route, {"itemId": ""}, [], [], "mainnet")


SCHEMA_CASES: list[dict[str, Any]] = [
    {
        "type": "object",
        "properties": {
            "a": {"type": "string", "format": "date-time"},
            "b": {"type": "array", "items": {"type": "integer"}, "minItems": 2},
            "c": {"type": "number", "minimum": 2.5},
            "d": {"type": "boolean"},
            "e": {"type": "string", "minLength": 5},
            "f": {"enum": ["x", "y"]},
            "g": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
            "h": {
                "allOf": [
                    {"type": "object", "properties": {"i": {"type": "string", "format": "uuid"}}}
                ]
            },
            "j": {"type": "string", "example": "ex"},
            "k": {"type": "string", "format": "BitcoinAddress"},
            "l": {"type": "string", "format": "date"},
        },
        "required": ["a", "b"],
    },
    {"type": "array", "items": {"type": "string"}},
    {"type": "string"},
    {"type": "integer", "minimum": 7},
]


@pytest.mark.parametrize("schema", SCHEMA_CASES)
def test_example_bodies_are_valid_under_their_schema(schema: dict[str, Any]) -> None:
    Draft4Validator(schema).validate(example_body(schema))
    assert example_body(None) is None
    assert example_body({"type": "object"}, depth=99) is None


@settings(derandomize=True, max_examples=60, deadline=None)
@given(
    from_schema({"type": "object", "properties": {"s": {"type": "string"}}, "required": ["s"]}),
    st.sampled_from(["GET", "POST"]),
)
def test_any_route_lookup_is_total(body: dict[str, Any], method: str) -> None:
    route, values, allowed = match(method, "/" + body["s"].replace("?", ""))
    assert route is None or route.method == method
    assert isinstance(values, dict)
    assert isinstance(allowed, list)
