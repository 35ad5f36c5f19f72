from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1RunesStatsTopGainersLosersResponse200TopLosersItem")


@_attrs_define
class GetV1RunesStatsTopGainersLosersResponse200TopLosersItem:
    """
    Attributes:
        rune_id (str | Unset):
        abs_price_increase (float | Unset):
        pct_price_increase (float | Unset):
    """

    rune_id: str | Unset = UNSET
    abs_price_increase: float | Unset = UNSET
    pct_price_increase: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rune_id = self.rune_id

        abs_price_increase = self.abs_price_increase

        pct_price_increase = self.pct_price_increase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rune_id is not UNSET:
            field_dict["runeId"] = rune_id
        if abs_price_increase is not UNSET:
            field_dict["absPriceIncrease"] = abs_price_increase
        if pct_price_increase is not UNSET:
            field_dict["pctPriceIncrease"] = pct_price_increase

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rune_id = d.pop("runeId", UNSET)

        abs_price_increase = d.pop("absPriceIncrease", UNSET)

        pct_price_increase = d.pop("pctPriceIncrease", UNSET)

        get_v1_runes_stats_top_gainers_losers_response_200_top_losers_item = cls(
            rune_id=rune_id,
            abs_price_increase=abs_price_increase,
            pct_price_increase=pct_price_increase,
        )

        get_v1_runes_stats_top_gainers_losers_response_200_top_losers_item.additional_properties = d
        return get_v1_runes_stats_top_gainers_losers_response_200_top_losers_item

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
