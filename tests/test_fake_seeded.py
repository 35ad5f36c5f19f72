"""The fake's seeded data: every network has its own addresses, and the operations that
show the same balances agree (issue 19 item 3, issue 16 item 8); faults from the command
line and a busy port (issue 19 items 16, 23)."""

from __future__ import annotations

import io
import json
import socket
import threading
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest
from xverse_api import InvalidParameterError, Xverse, is_valid_address
from xverse_api.testing import (
    DEFAULT_ADDRESS,
    DEFAULT_API_KEY,
    MANY_RUNES_ADDRESS,
    MANY_RUNES_COUNT,
    FakeXverse,
    Fault,
    _data,
    default_balances,
    main,
    seeded_addresses,
)
from xverse_api.testing._command import parse_fault

NETWORKS = ("mainnet", "signet", "testnet4")


def client(fake: FakeXverse) -> Xverse:
    http = httpx.Client(transport=fake.transport(), base_url="http://fake.test")
    return Xverse(DEFAULT_API_KEY, network=fake.network, http_client=http, retry_delay=0)  # type: ignore[arg-type]


@pytest.mark.parametrize("network", NETWORKS)
def test_every_network_has_seeded_addresses_of_its_own(network: str) -> None:
    fake = FakeXverse(network=network)  # was: ValueError, a mainnet address on signet
    seeded = fake.addresses
    assert seeded == seeded_addresses(network)
    assert all(is_valid_address(a, network) for a in seeded)  # type: ignore[arg-type]
    assert list(default_balances(network)) == list(seeded)
    with client(fake) as c:
        assert c.runes.balances(seeded.default).get("840000:3").amount == 3142748244  # type: ignore[union-attr]
        assert len(c.runes.balances(seeded.many_runes)) == MANY_RUNES_COUNT
        assert len(c.runes.balances(seeded.empty)) == 0


def test_mainnet_keeps_its_documented_addresses() -> None:
    assert seeded_addresses().default == DEFAULT_ADDRESS
    assert seeded_addresses().many_runes == MANY_RUNES_ADDRESS
    assert seeded_addresses("signet") == seeded_addresses("testnet4")  # same prefixes
    assert seeded_addresses("testnet4").p2wpkh == "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"
    with pytest.raises(ValueError, match="unknown network 'regtest'"):
        seeded_addresses("regtest")


@pytest.mark.parametrize("network", NETWORKS)
def test_v1_and_v2_balances_agree(network: str) -> None:
    fake = FakeXverse(network=network)
    with client(fake) as c:
        for address in fake.addresses:
            v1 = c.runes.balances(address)
            v2 = c.runes.mempool_balances(address)
            assert v2.indexer_height == v1.indexer_height
            confirmed = {b.rune_id: b for b in v2.balances or []}
            assert set(confirmed) == {b.rune_id for b in v1}
            for b in v1:
                twin = confirmed[b.rune_id]
                assert twin.confirmed_balance == b.amount == twin.available_balance
                assert (twin.rune_name, twin.divisibility) == (b.rune_name, b.divisibility)
                assert twin.symbol == b.symbol
            one = c.runes.mempool_balances(address, rune_id="840000:3").balances or []
            assert [b.rune_id for b in one] == (["840000:3"] if "840000:3" in confirmed else [])


def test_a_dog_balance_is_among_the_dog_holders_and_info_matches() -> None:
    fake = FakeXverse()
    with client(fake) as c:
        holders = {h.address: h.amount for h in c.runes.holders("840000:3")}
        for address in fake.addresses:
            dog = c.runes.balances(address).get("840000:3")
            assert holders.get(address) == (dog.amount if dog else None)
        assert holders  # someone holds DOG
        info = c.runes.info("840000:3")
        assert (info.rune_id, info.divisibility, info.spaced_rune_name) == (
            "840000:3",
            5,
            "DOG•GO•TO•THE•MOON",
        )
        assert info.holders == len(holders)
        assert c.runes.info("DOGGOTOTHEMOON").rune_id == "840000:3"  # by name too
        assert c.runes.info("DOG•GO•TO•THE•MOON").rune_id == "840000:3"
        # every rune any address holds: the same divisibility in its info
        for b in c.runes.balances(MANY_RUNES_ADDRESS)[:5]:
            assert c.runes.info(b.rune_id).divisibility == b.divisibility
            assert [h.address for h in c.runes.holders(b.rune_id)] == [MANY_RUNES_ADDRESS]


def test_rune_info_sends_divisibility_as_the_spec_says() -> None:
    fake = FakeXverse()
    key = _data.operation_key("runes", "info")
    answer = fake.handle("GET", "/v1/runes/840000:3", "", {"x-api-key": DEFAULT_API_KEY})
    assert answer.status == 200
    schema = fake_schema(key)
    assert schema["properties"]["divisibility"]["type"] == "string"
    assert answer.json()["divisibility"] == "5"


def fake_schema(key: str) -> Any:
    from xverse_api._sdk.registry import OPERATIONS  # noqa: PLC0415

    return OPERATIONS[key]["responses"]["200"]["schema"]


def test_holders_page_through_a_rune_held_by_many(monkeypatch: pytest.MonkeyPatch) -> None:
    addresses = [a for n in ("mainnet",) for a in seeded_addresses(n)]
    extra = {
        a: [
            {
                "runeName": "DOG•GO•TO•THE•MOON",
                "amount": str(i + 1),
                "id": "840000:3",
                "divisibility": 5,
            }
        ]
        for i, a in enumerate(addresses)
    }
    fake = FakeXverse(extra)
    with client(fake) as c:
        page = c.runes.holders_page("840000:3", limit=2, offset=1)
        assert page.total == len(addresses)
        assert [h.amount for h in page.items] == [4, 3]  # the biggest first
        assert len(c.runes.holders("840000:3")) == len(addresses)


def test_set_balances_shows_in_every_operation() -> None:
    fake = FakeXverse()
    fake.set_balances(DEFAULT_ADDRESS, [])
    with client(fake) as c:
        assert c.runes.mempool_balances(DEFAULT_ADDRESS).balances == []
        assert DEFAULT_ADDRESS not in {h.address for h in c.runes.holders("840000:3")}


def test_unknown_runes_still_answer_a_valid_example() -> None:
    with client(FakeXverse()) as c:
        assert c.runes.info("999999:1") is not None  # no seeded rune: the spec's example
        assert c.runes.holders_page("NOSUCHRUNE").items is not None


def test_wire_names_come_from_the_models_not_from_the_data() -> None:
    """Renaming a field in the spec (with its sdk.yaml line) changes what the fake sends,
    never breaks it: the data set holds only the SDK's Python names."""
    source = Path(_data.__file__).read_text("utf-8")
    for wire in ('"runeName"', '"id"', '"inscriptionId"', '"indexerHeight"'):
        assert wire not in source

    class Renamed(msgspec.Struct, rename={"rune_id": "runeIdentifier", "rune_name": "name"}):
        rune_name: str
        rune_id: str
        amount: int

    schema = {"properties": {"amount": {"type": "string"}}}
    assert _data._put({"rune_name": "A", "rune_id": "1:0", "amount": 5}, Renamed, schema) == {
        "name": "A",
        "runeIdentifier": "1:0",
        "amount": "5",
    }


def test_the_fake_finds_a_renamed_rune_id(monkeypatch: pytest.MonkeyPatch) -> None:
    from xverse_api.testing import _fake  # noqa: PLC0415

    assert _fake._BALANCE_ID == "id"  # derived from RuneBalance's rename, today's spec


# -- the command line ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "times"),
    [
        ("502", Fault.error(502), 1),
        ("502x3", Fault.error(502), 3),
        ("html:503", Fault.html(503), 1),
        ("empty:500x2", Fault.empty(500), 2),
        ("rate-limited", Fault.rate_limited(1), 1),
        ("rate-limited:5", Fault.rate_limited(5), 1),
        ("slow:2.5", Fault.slow(2.5), 1),
        ("dropped", Fault.dropped(), 1),
        ("truncatedx2", Fault.truncated(), 2),
    ],
)
def test_faults_from_the_command_line(text: str, expected: Fault, times: int) -> None:
    assert parse_fault(text) == (expected, times)


@pytest.mark.parametrize("text", ["bogus", "502x0", "slow", "slow:x", "html:", "1000", "dropped:3"])
def test_a_bad_fault_is_refused_with_the_forms(text: str) -> None:
    with pytest.raises(ValueError, match="STATUS, html:STATUS"):
        parse_fault(text)


def run_main(argv: list[str], then: Any) -> tuple[int, str]:
    out, stop, errors = io.StringIO(), threading.Event(), []

    class Lines(io.StringIO):
        def write(self, text: str) -> int:
            if text.strip():
                threading.Thread(target=go, args=(text.strip(),)).start()
            return len(text)

    def go(base_url: str) -> None:
        try:
            then(base_url)
        except BaseException as exc:
            errors.append(exc)
        finally:
            stop.set()

    code = main(argv, stop=stop, out=Lines())
    assert errors == []
    return code, out.getvalue()


def test_serve_fake_queues_faults_and_serves_testnet4(capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[int] = []

    def then(base_url: str) -> None:
        address = seeded_addresses("testnet4").default
        with httpx.Client(base_url=base_url, headers={"x-api-key": DEFAULT_API_KEY}) as c:
            for _ in range(3):
                seen.append(c.get(f"/v1/ordinals/address/{address}/runes").status_code)

    code, _ = run_main(["--network", "testnet4", "--fault", "502x2"], then)
    assert code == 0
    assert seen == [502, 502, 200]
    assert seeded_addresses("testnet4").default in capsys.readouterr().err


def test_a_busy_port_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["--port", str(port)], stop=threading.Event()) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"error: cannot listen on 127.0.0.1:{port}: the port is in use" in err
    assert "Traceback" not in err


def test_cli_serve_fake_passes_faults_and_refuses_bad_ones() -> None:
    from click.testing import CliRunner  # noqa: PLC0415
    from xverse_api.cli import build_cli  # noqa: PLC0415

    result = CliRunner().invoke(build_cli(), ["serve-fake", "--fault", "nope"])
    assert result.exit_code == 2
    assert "is not a fault" in result.output
    assert "--fault KIND[xN]" in CliRunner().invoke(build_cli(), ["serve-fake", "--help"]).output


def test_bad_fault_in_main_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--fault", "nope"]) == 2
    assert "is not a fault" in capsys.readouterr().err


def test_default_balances_is_json_ready() -> None:
    json.dumps(default_balances("signet"))
    with pytest.raises(InvalidParameterError):
        Xverse(DEFAULT_API_KEY, network="regtest")  # type: ignore[arg-type]
