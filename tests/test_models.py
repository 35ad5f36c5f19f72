"""RuneBalance / RuneBalances and the exact decoder."""

from __future__ import annotations

import decimal
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
import xverse_api
from hypothesis import given, settings
from hypothesis import strategies as st
from xverse_api import RuneBalance, RuneBalancePage, RuneBalances
from xverse_api._core import BodyError
from xverse_api._generated import models
from xverse_api._generated.models import RuneBalanceItem, RuneBalancesPage
from xverse_api._models import U128_MAX
from xverse_api._operations import get_operation, operation_keys
from xverse_api._sdk.models import RESPONSE_TYPES

from ._models import other_fields

DOG = {
    "runeName": "DOG•GO•TO•THE•MOON",
    "amount": "3142748244",
    "divisibility": 5,
    "symbol": "🐕",
    "id": "840000:3",
}


def _page_operation() -> str:
    """The operation whose 2xx body is a RuneBalancePage, found in the registry."""
    [key] = [k for k in operation_keys() if RuneBalancePage in RESPONSE_TYPES[k].values()]
    return key


PAGE_OPERATION = _page_operation()


def decode_page(content: bytes) -> RuneBalancePage:
    """A 200 body through the SDK's one decode path (what every call uses)."""
    page = get_operation(PAGE_OPERATION).decode(httpx.Response(200, content=content))
    assert isinstance(page, RuneBalancePage)
    return page


def body(*items: dict[str, Any], **page: Any) -> bytes:
    doc = {"limit": 60, "offset": 0, "total": len(items), "items": list(items)}
    doc["indexerHeight"] = 870_000
    doc.update(page)
    return json.dumps(doc).encode()


def test_dog_decodes_exactly_and_prints_like_a_wallet() -> None:
    page = decode_page(body(DOG))
    (dog,) = page.items
    assert dog.rune_name == "DOG•GO•TO•THE•MOON"
    assert dog.rune_id == "840000:3"
    assert dog.amount == 3_142_748_244
    assert type(dog.amount) is int
    assert dog.divisibility == 5
    assert dog.decimal_amount == Decimal("31427.48244")
    assert str(dog) == "31,427.48244 🐕"
    assert dog.format_amount() == "31,427.48244"
    assert dog.inscription_id is None
    assert page == RuneBalancePage(items=[dog], offset=0, limit=60, total=1, indexer_height=870_000)
    assert len(page.items) == 1


def test_optional_fields_default_like_the_protocol() -> None:
    (item,) = decode_page(body({"runeName": "UNCOMMON•GOODS", "amount": "1234", "id": "1:0"})).items
    assert item.divisibility == 0
    assert item.symbol is None
    assert item.display_symbol == "¤"
    assert str(item) == "1,234 ¤"
    assert item.decimal_amount == Decimal(1234)


def test_u128_max_with_38_decimals_is_exact_beyond_the_default_context() -> None:
    wire = {"runeName": "MAX", "amount": str(U128_MAX), "divisibility": 38, "id": "840000:9"}
    (item,) = decode_page(body(wire)).items
    assert item.amount == U128_MAX
    assert str(item.decimal_amount) == "3.40282366920938463463374607431768211455"
    assert decimal.getcontext().prec == 28  # the default context would have rounded
    assert item.format_amount() == "3.40282366920938463463374607431768211455"


def test_integral_floats_are_accepted_for_numbers() -> None:
    wire = dict(DOG, divisibility=5.0)
    page = decode_page(body(wire, limit=60.0, offset=0.0, total=1.0, indexerHeight=870000.0))
    assert page.items[0].divisibility == 5
    assert type(page.items[0].divisibility) is int
    assert (page.limit, page.offset, page.total, page.indexer_height) == (60, 0, 1, 870000)
    assert all(type(v) is int for v in (page.limit, page.offset, page.total))


def test_unknown_fields_are_ignored() -> None:
    wire = dict(DOG, mintable=True, inscriptionId="abc123i0")
    (item,) = decode_page(body(wire, extra={"x": 1})).items
    assert item.inscription_id == "abc123i0"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (b"<html>oops</html>", "malformed"),
        (b'{"limit": 60', "truncated"),
        (b"[]", "Expected `object`"),
        (b'"Invalid input"', "Expected `object`"),
        (body(dict(DOG, amount="-1")), "`amount` at $.items[0] is '-1'"),
        (body(dict(DOG, amount="x1")), "at $.items[0]"),
        (body(dict(DOG, amount="1.5")), "`amount`"),
        (body(dict(DOG, amount="")), "`amount`"),
        (body(dict(DOG, amount=" 12")), "`amount`"),
        (body(dict(DOG, amount="+12")), "`amount`"),
        (body(dict(DOG, amount="1_000")), "`amount`"),
        (body(dict(DOG, amount="١٢")), "`amount`"),  # Arabic-Indic digits: int() accepts them
        (body(dict(DOG, amount=str(U128_MAX + 1))), "`amount`"),
        (body(dict(DOG, amount="1" * 40)), "`amount`"),
        (body(dict(DOG, amount=12)), "Expected `str`, got `int`"),
        (body(dict(DOG, divisibility=39)), "`divisibility` at $.items[0] is 39"),
        (body(dict(DOG, divisibility=-1)), "`divisibility`"),
        (body(dict(DOG, divisibility=2.5)), "`divisibility`"),
        (body(dict(DOG, divisibility="5")), "Expected `int | float"),  # (| null: absent is 0)
        (body(dict(DOG, symbol=5)), "symbol"),
        (body({"amount": "1", "id": "1:0"}), "runeName"),
        (body(DOG, total=1.5), "`total` is 1.5"),
        (body(DOG, indexerHeight=None), "indexerHeight"),
        (json.dumps({"limit": 60, "offset": 0, "total": 0, "items": []}).encode(), "indexerHeight"),
        (b'{"limit": NaN}', "malformed"),
    ],
)
def test_bodies_the_spec_or_protocol_forbid_raise_body_error(content: bytes, fragment: str) -> None:
    with pytest.raises(BodyError) as info:
        decode_page(content)
    assert fragment in str(info.value)


def test_rune_balances_is_a_read_only_sequence_with_context() -> None:
    page = decode_page(body(DOG, {"runeName": "UNCOMMON•GOODS", "amount": "7", "id": "1:0"}))
    balances = RuneBalances(page.items, address="bc1qexample", indexer_height=5)
    assert len(balances) == 2
    assert balances[0].rune_id == "840000:3"
    assert [b.rune_id for b in balances[0:2]] == ["840000:3", "1:0"]
    assert [b.rune_id for b in balances] == ["840000:3", "1:0"]
    assert balances.get("1:0") is balances[1]
    assert balances.get("9:9") is None
    assert "2 items" in repr(balances)
    assert "bc1qexample" in repr(balances)
    assert balances == RuneBalances(list(page.items), address="bc1qexample", indexer_height=5)
    assert balances != RuneBalances(page.items[:1], address="bc1qexample", indexer_height=5)
    assert balances != "not balances"
    assert hash(balances) == hash(RuneBalances(page.items, address="bc1qexample", indexer_height=5))
    with pytest.raises(AttributeError):
        balances[0].amount = 1  # type: ignore[misc]


def test_to_dict_keeps_amounts_exact_as_strings() -> None:
    (dog,) = decode_page(body(DOG)).items
    pinned = {
        "rune_name": "DOG•GO•TO•THE•MOON",
        "rune_id": "840000:3",
        "amount": "3142748244",
        "divisibility": 5,
        "decimal_amount": "31427.48244",
        "symbol": "🐕",
        "inscription_id": None,
    }
    # fields a spec change added are absent from DOG: each is its default
    assert dog.to_dict() == {**pinned, **other_fields(RuneBalance, pinned, DOG)}


def test_to_dict_decimal_is_plain_not_exponent_form() -> None:
    item = RuneBalance(rune_name="A", rune_id="840000:1", amount=1, divisibility=18)
    assert str(item.decimal_amount) == "1E-18"
    assert item.to_dict()["decimal_amount"] == "0.000000000000000001"


def test_balances_can_be_built_by_hand() -> None:
    item = RuneBalance(rune_name="A", rune_id="840000:1", amount=10**30, divisibility=2)
    assert str(item) == f"{10**28:,}.00 ¤"
    assert item == RuneBalance(rune_name="A", rune_id="840000:1", amount=10**30, divisibility=2)
    assert hash(item) == hash(
        RuneBalance(rune_name="A", rune_id="840000:1", amount=10**30, divisibility=2)
    )


@settings(max_examples=300, derandomize=True, deadline=None)
@given(amount=st.integers(0, U128_MAX), divisibility=st.integers(0, 38))
def test_decimal_amount_and_format_are_exact_for_every_u128(amount: int, divisibility: int) -> None:
    wire = {"runeName": "X", "amount": str(amount), "divisibility": divisibility, "id": "840000:1"}
    (item,) = decode_page(body(wire)).items
    assert item.amount == amount
    exact = Decimal(f"{amount}E-{divisibility}")
    assert item.decimal_amount == exact
    assert item.decimal_amount.as_tuple().exponent == -divisibility
    assert Decimal(item.format_amount().replace(",", "")) == exact
    assert item.to_dict()["decimal_amount"] == item.format_amount().replace(",", "")


def _derived_wire_names(model: Any, attrs: list[str], **other: Any) -> dict[str, str]:
    """Attribute -> JSON key, read off a generated attrs model's own to_dict()."""
    probe = model(**{a: a for a in attrs}, **other)
    return {value: key for key, value in probe.to_dict().items() if isinstance(value, str)}


def _wire_keys(model: Any) -> set[str]:
    """The JSON keys an openapi-python-client attrs model knows."""
    attrs = [a.name for a in model.__attrs_attrs__ if a.name != "additional_properties"]
    nested = {"items": []} if "items" in attrs else {}
    return set(_derived_wire_names(model, [a for a in attrs if a not in nested], **nested).values())


@pytest.mark.parametrize(
    ("ours", "generated"), [(RuneBalance, RuneBalanceItem), (RuneBalancePage, RuneBalancesPage)]
)
def test_models_know_every_field_of_the_generated_models(ours: Any, generated: Any) -> None:
    """The msgspec models are generated from the same spec: same JSON keys, none dropped."""
    keys = _wire_keys(generated) | ({"items"} if "items" in ours.__struct_fields__ else set())
    assert set(ours.__struct_encode_fields__) == keys


def test_generated_models_are_re_exported_lazily() -> None:
    assert xverse_api.RuneBalancesPage is models.RuneBalancesPage
    assert xverse_api.RuneBalanceItem is models.RuneBalanceItem
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = xverse_api.Nope
