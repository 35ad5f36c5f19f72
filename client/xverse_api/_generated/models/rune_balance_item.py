from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RuneBalanceItem")


@_attrs_define
class RuneBalanceItem:
    """
    Attributes:
        rune_name (str):
        amount (str):
        id (str):
        divisibility (float | Unset):
        symbol (str | Unset):
        inscription_id (str | Unset):
    """

    rune_name: str
    amount: str
    id: str
    divisibility: float | Unset = UNSET
    symbol: str | Unset = UNSET
    inscription_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rune_name = self.rune_name

        amount = self.amount

        id = self.id

        divisibility = self.divisibility

        symbol = self.symbol

        inscription_id = self.inscription_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runeName": rune_name,
                "amount": amount,
                "id": id,
            }
        )
        if divisibility is not UNSET:
            field_dict["divisibility"] = divisibility
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if inscription_id is not UNSET:
            field_dict["inscriptionId"] = inscription_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rune_name = d.pop("runeName")

        amount = d.pop("amount")

        id = d.pop("id")

        divisibility = d.pop("divisibility", UNSET)

        symbol = d.pop("symbol", UNSET)

        inscription_id = d.pop("inscriptionId", UNSET)

        rune_balance_item = cls(
            rune_name=rune_name,
            amount=amount,
            id=id,
            divisibility=divisibility,
            symbol=symbol,
            inscription_id=inscription_id,
        )

        rune_balance_item.additional_properties = d
        return rune_balance_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
