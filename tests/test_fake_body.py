"""The fake answers any operation of the spec by what that operation documents: a JSON
request body is checked against its requestBody schema, and auth failures and bad input
use a status the operation lists. The operations here are registry entries built in the
test (the shapes ``make generate`` writes), routed next to the vendored spec's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from xverse_api._sdk.registry import OPERATIONS
from xverse_api.testing import API_KEY_HEADER, DEFAULT_API_KEY, FakeXverse
from xverse_api.testing import _spec as _fake_spec

WATCH = "POST /v1/things/{thingId}/watch"
BODY_SCHEMA = {
    "type": "object",
    "properties": {
        "to": {"type": "string", "minLength": 2, "pattern": "^[a-z]+$"},
        "memo": {"type": "string", "nullable": True},
        "count": {"type": "integer", "minimum": 1, "maximum": 5},
        "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "maxItems": 2},
        "ratio": {"type": "number"},
        "on": {"type": "boolean"},
        "strict": {"type": "object", "additionalProperties": False, "properties": {}},
        "extra": {"type": "object", "additionalProperties": {"type": "integer"}},
    },
    "required": ["to"],
}


def entry(method: str, path: str, statuses: list[str], body: Any = None) -> dict[str, Any]:
    responses = {  # 2xx bodies are objects, errors JSON strings (as the provider documents)
        s: {
            "content_type": "application/json",
            "schema": {"type": "object" if s.startswith("2") else "string"},
        }
        for s in statuses
    }
    return {
        "method": method,
        "path": path,
        "security": True,
        "params": [
            {
                "python": "thing_id",
                "wire": "thingId",
                "in": "path",
                "required": True,
                "schema": {"type": "string", "maxLength": 8},
            },
        ],
        "body": body,
        "responses": responses,
        "paging": None,
    }


EXTRA = {
    WATCH: entry(
        "POST",
        "/v1/things/{thingId}/watch",
        ["201", "400"],
        {"content_type": "application/json", "required": True, "schema": BODY_SCHEMA},
    ),
    "PUT /v1/things/{thingId}": entry(
        "PUT",
        "/v1/things/{thingId}",
        ["200", "403", "422"],
        {"content_type": "application/json", "required": False, "schema": {"type": "object"}},
    ),
    "GET /v1/things/{thingId}": entry("GET", "/v1/things/{thingId}", ["200", "404"]),
}


@pytest.fixture(params=["transport", "server"])
def client(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[httpx.Client]:
    """A client of a fake that routes the spec's operations and EXTRA's, in process and
    over a real socket (the server reads the body off the connection)."""
    every = {**OPERATIONS, **EXTRA}
    table = tuple(_fake_spec.Route(k, e) for k, e in every.items())
    monkeypatch.setattr(_fake_spec, "routes", lambda: table)
    fake = FakeXverse()
    headers = {API_KEY_HEADER: DEFAULT_API_KEY}
    if request.param == "transport":
        with httpx.Client(
            transport=fake.transport(), base_url="https://fake.test", headers=headers
        ) as http:
            yield http
    else:
        with fake.serve() as url, httpx.Client(base_url=url, headers=headers) as http:
            yield http


def test_a_valid_body_is_accepted(client: httpx.Client) -> None:
    body = {
        "to": "abc",
        "memo": None,
        "count": 5,
        "tags": ["a", "b"],
        "ratio": 1.5,
        "on": False,
        "strict": {},
        "extra": {"n": 1},
        "unknown": [1],
    }
    response = client.post("/v1/things/t1/watch", json=body)
    assert response.status_code == 201, response.text
    response = client.post("/v1/things/t1/watch", json={"to": "ab", "count": 2.0})
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "the request body is required"),
        (b"   ", "the request body is required"),
        (b"{", "not JSON"),
        (b'{"to": NaN}', "not JSON"),
        (b"[]", "body must be an object"),
        (b"null", "body must not be null"),
        (b"{}", "body.to is required"),
        (b'{"to": 5}', "body.to must be a string"),
        (b'{"to": "a"}', "body.to has the wrong length"),
        (b'{"to": "ABC"}', "body.to must match"),
        (b'{"to": "ab", "count": true}', "body.count must be an integer"),
        (b'{"to": "ab", "count": 1.5}', "body.count must be an integer"),
        (b'{"to": "ab", "count": 9}', "body.count is out of range"),
        (b'{"to": "ab", "ratio": "1"}', "body.ratio must be a number"),
        (b'{"to": "ab", "ratio": 1e999}', "body.ratio must be finite"),
        (b'{"to": "ab", "on": 1}', "body.on must be a boolean"),
        (b'{"to": "ab", "tags": ["c"]}', "body.tags[0] must be one of a, b"),
        (b'{"to": "ab", "tags": ["a", "a", "a"]}', "body.tags has 3 items"),
        (b'{"to": "ab", "tags": {}}', "body.tags must be an array"),
        (b'{"to": "ab", "strict": {"x": 1}}', "body.strict.x is not a known property"),
        (b'{"to": "ab", "extra": {"x": "1"}}', "body.extra.x must be an integer"),
        (b'{"to": "ab", "memo": 1}', "body.memo must be a string"),
        (b"[" * 100 + b"]" * 100, "body must be an object"),
    ],
)
def test_a_body_the_schema_forbids_is_400_naming_the_problem(
    client: httpx.Client, content: bytes, fragment: str
) -> None:
    response = client.post(
        "/v1/things/t1/watch", content=content, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400, response.text
    assert fragment in response.json(), response.json()


def test_a_body_of_another_media_type_is_400(client: httpx.Client) -> None:
    response = client.post(
        "/v1/things/t1/watch", content=b'{"to": "ab"}', headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 400
    assert "must be application/json, not text/plain" in response.json()
    vendor = {"Content-Type": "application/vnd.x+json; charset=utf-8"}
    assert (
        client.post("/v1/things/t1/watch", content=b'{"to": "ab"}', headers=vendor).status_code
        == 201
    )


def test_nesting_past_the_limit_is_refused() -> None:
    route = _fake_spec.Route(WATCH, EXTRA[WATCH])
    schema: dict[str, Any] = {"type": "array"}
    schema["items"] = schema  # a recursive schema; the body decides the depth
    route.body = {"content_type": "application/json", "required": True, "schema": schema}
    with pytest.raises(_fake_spec.Invalid, match="nested too deep"):
        _fake_spec.check_body(route, b"[" * 80 + b"]" * 80, [])
    assert _fake_spec.check_body(route, None, []) is None  # not read: not checked


def test_statuses_follow_what_the_operation_documents(client: httpx.Client) -> None:
    """422 where only that is documented; 403 for a refused key where only 403 is; a
    body that is optional may be absent; an operation without a body ignores one."""
    assert client.put("/v1/things/t1").status_code == 200
    bad = client.put("/v1/things/t1", content=b"[]", headers={"Content-Type": "application/json"})
    assert bad.status_code == 422
    assert client.put("/v1/things/waytoolongid").status_code == 422
    refused = client.put("/v1/things/t1", headers={API_KEY_HEADER: "nope"})
    assert refused.status_code == 403
    assert "Forbidden: invalid x-api-key header" in refused.json()
    # 401 where documented or where nothing is: the default
    assert client.post("/v1/things/t1/watch", headers={API_KEY_HEADER: "nope"}).status_code == 401
    assert client.get("/v1/things/t1", headers={API_KEY_HEADER: "nope"}).status_code == 401
    assert client.request("GET", "/v1/things/t1", content=b"ignored").status_code == 200
    assert client.get("/v1/things/waytoolongid").status_code == 400


def test_routes_carry_the_documented_statuses() -> None:
    for key, e in {**OPERATIONS, **EXTRA}.items():
        route = _fake_spec.Route(key, e)
        documented = {int(s) for s in e["responses"]}
        assert route.auth_status in documented or not documented & {401, 403}
        assert route.invalid_status in documented or not documented & {400, 422}
        assert route.body == e["body"]


@pytest.mark.parametrize(
    ("documented", "check"),
    [
        # an object documented: the message goes into its string property
        (
            {
                "content_type": "application/json",
                "schema": {
                    "type": "object",
                    "properties": {"code": {"type": "integer"}, "error": {"type": "string"}},
                    "required": ["code", "error"],
                },
            },
            lambda r: r.json()["error"].startswith("Invalid input") and "code" in r.json(),
        ),
        # an allOf-wrapped object too
        (
            {
                "content_type": "application/json",
                "schema": {
                    "allOf": [{"type": "object", "properties": {"detail": {"type": "string"}}}]
                },
            },
            lambda r: r.json()["detail"].startswith("Invalid input"),
        ),
        # a string, or nothing said of the schema: a JSON string, never an empty body
        (
            {"content_type": "application/json", "schema": {"type": "string"}},
            lambda r: r.json().startswith("Invalid input"),
        ),
        (
            {"content_type": "application/json", "schema": {}},
            lambda r: r.json().startswith("Invalid input"),
        ),
        # text: text, not JSON
        (
            {"content_type": "text/plain", "schema": {"type": "string"}},
            lambda r: (
                r.headers["content-type"] == "text/plain" and r.text.startswith("Invalid input")
            ),
        ),
        # no content documented: no body
        ({"content_type": None, "schema": None}, lambda r: r.content == b""),
    ],
)
def test_error_bodies_take_the_documented_shape(documented: dict[str, Any], check: Any) -> None:
    route = _fake_spec.Route("GET /v1/x/{thingId}", entry("GET", "/v1/x/{thingId}", ["200"]))
    route.entry = {**route.entry, "responses": {**route.entry["responses"], "400": documented}}
    ctype, body = _fake_spec.error_body(route.entry["responses"]["400"], "Invalid input: thingId")
    response = httpx.Response(400, content=body, headers={"content-type": ctype} if ctype else {})
    assert check(response), (ctype, body)


def test_success_bodies_take_the_documented_media_type() -> None:
    assert _fake_spec.success_bytes("text/plain", "hello") == b"hello"
    assert _fake_spec.success_bytes("application/octet-stream", b"\x00\x01") == b"\x00\x01"
    assert _fake_spec.success_bytes("application/problem+json", {"a": 1}) == b'{"a":1}'
    # an allOf-wrapped enum is its value, not {}
    schema = {"allOf": [{"type": "string", "enum": ["up", "down"]}]}
    assert _fake_spec.example_body(schema) == "up"
