from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1RunesResponse200ItemsItem")


@_attrs_define
class GetV1RunesResponse200ItemsItem:
    """
    Attributes:
        rune_id (str):
        rune_name (str):
        symbol (str):
        divisibility (float | Unset):
    """

    rune_id: str
    rune_name: str
    symbol: str
    divisibility: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rune_id = self.rune_id

        rune_name = self.rune_name

        symbol = self.symbol

        divisibility = self.divisibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runeId": rune_id,
                "runeName": rune_name,
                "symbol": symbol,
            }
        )
        if divisibility is not UNSET:
            field_dict["divisibility"] = divisibility

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rune_id = d.pop("runeId")

        rune_name = d.pop("runeName")

        symbol = d.pop("symbol")

        divisibility = d.pop("divisibility", UNSET)

        get_v1_runes_response_200_items_item = cls(
            rune_id=rune_id,
            rune_name=rune_name,
            symbol=symbol,
            divisibility=divisibility,
        )

        get_v1_runes_response_200_items_item.additional_properties = d
        return get_v1_runes_response_200_items_item

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
