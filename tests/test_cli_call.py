"""`xverse-api call`: every operation of the registry from the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from xverse_api._address import encode_segwit_address
from xverse_api._operations import Param, get_operation, operation_keys
from xverse_api.cli import build_cli
from xverse_api.cli._call import parse_value, to_json
from xverse_api.testing import DEFAULT_ADDRESS, DEFAULT_API_KEY, FakeXverse, Fault
from xverse_api.testing._spec import example_body

RUNES = "GET /v1/ordinals/address/{address}/runes"


@pytest.fixture
def served() -> Iterator[tuple[FakeXverse, str]]:
    fake = FakeXverse()
    with fake.serve() as url:
        yield fake, url


def invoke(*args: str, key: str | None = None) -> tuple[int, str, str]:
    env = {"XVERSE_API_KEY": key, "XVERSE_BASE_URL": None, "XVERSE_LOG": None}
    result = CliRunner().invoke(build_cli(), list(args), env=env)
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
        # a body valid under the operation's requestBody schema (the fake checks it)
        body = [] if op.body is None else ["--body", json.dumps(example_body(op.body["schema"]))]
        code, out, err = invoke(
            "call",
            key,
            *(f"--param={a}" for a in args),
            *body,
            "--api-key",
            DEFAULT_API_KEY,
            "--base-url",
            url,
        )
        assert code == 0, (key, out, err)
        success = min(int(s) for s in op.responses if s.startswith("2"))
        if op.responses[str(success)].get("schema") is not None:
            assert json.loads(out) is not None, key
        else:  # no body schema: the fake answers none, the command prints JSON null
            assert json.loads(out) is None, key
        assert fake.requests[-1].status == success, key


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
    requests = len(fake.requests)
    code, _, err = invoke("call", RUNES, *base)  # a required parameter left out
    assert code == 2
    assert "needs --param address=..." in err
    assert "Traceback" not in err
    assert len(fake.requests) == requests


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


def test_call_network_advice_is_in_cli_syntax(served: tuple[FakeXverse, str]) -> None:
    fake, url = served
    test_address = encode_segwit_address("tb", 0, bytes(20))
    code, out, err = invoke(
        "call", RUNES, "-p", f"address={test_address}", "--base-url", url, key=DEFAULT_API_KEY
    )
    assert code == 1
    assert out == ""
    assert "is a signet or testnet4 address, not mainnet" in err
    assert "pass --network signet or --network testnet4" in err
    assert "network='" not in err
    assert fake.requests == []


def test_call_without_a_key_is_a_usage_error(served: tuple[FakeXverse, str]) -> None:
    fake, url = served
    code, out, err = invoke("call", RUNES, "-p", f"address={DEFAULT_ADDRESS}", "--base-url", url)
    assert code == 2
    assert out == ""
    assert "no API key: pass --api-key or set the XVERSE_API_KEY environment variable" in err
    assert "api_key=" not in err
    assert fake.requests == []
    from_env = invoke(
        "call", RUNES, "-p", f"address={DEFAULT_ADDRESS}", "--base-url", url, key=DEFAULT_API_KEY
    )
    assert from_env[0] == 0, from_env[2]


@pytest.mark.parametrize("status", [401, 403])
def test_call_with_a_refused_key_exits_3(served: tuple[FakeXverse, str], status: int) -> None:
    fake, url = served
    secret = "sk-live-SENTINEL-call"
    if status == 403:
        fake.add_fault(Fault.error(403, "forbidden"), times=1)
    code, out, err = invoke(
        "call", RUNES, "-p", f"address={DEFAULT_ADDRESS}", "--api-key", secret, "--base-url", url
    )
    assert code == 3
    assert out == ""
    assert err == (
        "error: the API key was refused: check XVERSE_API_KEY (or --api-key) "
        f"(the server answered {status})\n"
    )
    assert secret not in err
    assert len(fake.requests) == 1


def test_call_configuration_errors_are_usage_errors_in_cli_wording(
    served: tuple[FakeXverse, str],
) -> None:
    _, url = served
    address = f"address={DEFAULT_ADDRESS}"
    code, _, err = invoke("call", RUNES, "-p", address, "--base-url", "nowhere", key="k")
    assert code == 2
    assert "error: --base-url 'nowhere' must be an http(s) URL" in err
    code, _, err = invoke("call", RUNES, "-p", address, "--base-url", url, key="sk-SECRET\n")
    assert code == 2
    assert err == "error: the API key ends in a newline: strip it\n"


def test_call_api_failures_exit_1_in_cli_wording(served: tuple[FakeXverse, str]) -> None:
    fake, url = served
    base = ("-p", f"address={DEFAULT_ADDRESS}", "--base-url", url, "--rate-limit", "1000")
    fake.add_fault(Fault.json(429, "slow down\x1b[2J"), times=3)  # every try (2 retries)
    code, out, err = invoke("call", RUNES, *base, "--timeout", "5", key=DEFAULT_API_KEY)
    assert code == 1
    assert out == ""
    assert "429" in err
    assert "pass --rate-limit (requests per second)" in err
    assert "rate_limit=" not in err
    assert "\x1b" not in err  # the server's escape sequence never reaches the terminal


def test_call_json_escapes_what_a_terminal_would_obey() -> None:
    name = "EVIL\x9b31m\u202eRUNE\x85"  # C1 CSI, a bidi override, NEL: raw in plain json.dumps
    fake = FakeXverse({DEFAULT_ADDRESS: [{"runeName": name, "id": "840000:9", "amount": "12"}]})
    with fake.serve() as url:
        code, out, err = invoke(
            "call", RUNES, "-p", f"address={DEFAULT_ADDRESS}", "--base-url", url,
            key=DEFAULT_API_KEY,
        )  # fmt: skip
    assert code == 0, err
    assert not any(ch in out for ch in "\x9b\u202e\x85")
    assert json.loads(out)["items"][0]["rune_name"] == name  # still exact
