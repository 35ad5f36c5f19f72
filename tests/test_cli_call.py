"""`xverse-api call`: every operation of the registry from the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from xverse_api._cli_call import parse_value, to_json
from xverse_api._operations import Param, get_operation, operation_keys
from xverse_api.cli import build_cli
from xverse_api.testing import DEFAULT_ADDRESS, DEFAULT_API_KEY, FakeXverse, Fault

RUNES = "GET /v1/ordinals/address/{address}/runes"


@pytest.fixture
def served() -> Iterator[tuple[FakeXverse, str]]:
    fake = FakeXverse()
    with fake.serve() as url:
        yield fake, url


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(build_cli(), list(args))
    return result.exit_code, result.stdout, result.stderr


def test_call_every_operation_of_the_registry(served: tuple[FakeXverse, str]) -> None:
    fake, url = served
    for key in operation_keys():
        op = get_operation(key)
        args = [
            f"{p.python}={DEFAULT_ADDRESS if p.fmt == 'BitcoinAddress' else '1:0'}"
            for p in op.params
            if p.required
        ]
        code, out, err = invoke(
            "call",
            key,
            *(f"--param={a}" for a in args),
            "--api-key",
            DEFAULT_API_KEY,
            "--base-url",
            url,
        )
        assert code == 0, err
        assert json.loads(out) is not None
        assert fake.requests[-1].status == 200


def test_call_runes_sends_params_by_python_or_wire_name(served: tuple[FakeXverse, str]) -> None:
    fake, url = served
    code, out, err = invoke(
        "call",
        RUNES,
        "-p",
        f"address={DEFAULT_ADDRESS}",
        "-p",
        "limit=25",
        "-p",
        "runeId=840000:3",
        "--api-key",
        DEFAULT_API_KEY,
        "--base-url",
        url,
    )
    assert code == 0, err
    page = json.loads(out)
    assert [item["rune_id"] for item in page["items"]] == ["840000:3"]
    assert isinstance(page["items"][0]["amount"], str)  # exact, as a string
    assert "limit=25" in fake.requests[-1].query
    assert "runeId=840000%3A3" in fake.requests[-1].query


def test_call_errors_and_exit_codes(served: tuple[FakeXverse, str]) -> None:
    fake, url = served
    base = ("--api-key", DEFAULT_API_KEY, "--base-url", url)
    code, _, err = invoke("call", "GET /nope", *base)
    assert code == 2
    assert "no operation" in err
    code, _, err = invoke("call", RUNES, "-p", "bogus=1", *base)
    assert code == 2
    assert "no parameter 'bogus'" in err
    assert "address" in err
    code, _, err = invoke("call", RUNES, "-p", "address", *base)
    assert code == 2
    assert "NAME=VALUE" in err
    code, _, err = invoke("call", RUNES, "-p", f"address={DEFAULT_ADDRESS}", "-p", "limit=x", *base)
    assert code == 2
    assert "number" in err
    code, _, err = invoke(
        "call", RUNES, "-p", f"address={DEFAULT_ADDRESS}", "-p", "runeId=DOG", *base
    )
    assert code == 2
    assert "rune id" in err
    fake.add_fault(Fault.error(404, "Not found"), times=1)
    code, _, err = invoke("call", RUNES, "-p", f"address={DEFAULT_ADDRESS}", *base)
    assert code == 1
    assert "404" in err
    code, _, err = invoke("call", RUNES, "-p", f"address={DEFAULT_ADDRESS}", "--body", "{}", *base)
    assert code == 2
    assert "takes no body" in err


def test_call_list_names_every_operation() -> None:
    code, out, _ = invoke("call", "--list")
    assert code == 0
    for key in operation_keys():
        op = get_operation(key)
        assert key in out
        assert f"client.{op.resource}.{op.name}(" in out
    code, out, _ = invoke("call")
    assert code == 2
    assert RUNES in out


def test_parse_value_by_schema_type() -> None:
    def param(schema: dict[str, object]) -> Param:
        return Param(
            {"python": "x", "wire": "x", "in": "query", "required": False, "schema": schema}
        )

    assert parse_value(param({"type": "integer"}), "7") == 7
    assert parse_value(param({"type": "number"}), "60") == 60
    assert parse_value(param({"type": "number"}), "2.5") == 2.5
    assert parse_value(param({"type": "boolean"}), "TRUE") is True
    assert parse_value(param({"type": "boolean"}), "no") is False
    assert parse_value(param({"type": "array", "items": {"type": "integer"}}), "1,2") == [1, 2]
    assert parse_value(param({"type": "string"}), "abc") == "abc"
    with pytest.raises(ValueError, match="true or false"):
        parse_value(param({"type": "boolean"}), "maybe")
    with pytest.raises(ValueError, match="number"):
        parse_value(param({"type": "integer"}), "1.5")
    assert to_json([{"a": 1}]) == [{"a": 1}]
