from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_runes_stats_top_gainers_losers_response_200_top_gainers_item import (
        GetV1RunesStatsTopGainersLosersResponse200TopGainersItem,
    )
    from ..models.get_v1_runes_stats_top_gainers_losers_response_200_top_losers_item import (
        GetV1RunesStatsTopGainersLosersResponse200TopLosersItem,
    )


T = TypeVar("T", bound="GetV1RunesStatsTopGainersLosersResponse200")


@_attrs_define
class GetV1RunesStatsTopGainersLosersResponse200:
    """
    Attributes:
        top_gainers (list[GetV1RunesStatsTopGainersLosersResponse200TopGainersItem] | Unset):
        top_losers (list[GetV1RunesStatsTopGainersLosersResponse200TopLosersItem] | Unset):
    """

    top_gainers: (
        list[GetV1RunesStatsTopGainersLosersResponse200TopGainersItem] | Unset
    ) = UNSET
    top_losers: (
        list[GetV1RunesStatsTopGainersLosersResponse200TopLosersItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_gainers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_gainers, Unset):
            top_gainers = []
            for top_gainers_item_data in self.top_gainers:
                top_gainers_item = top_gainers_item_data.to_dict()
                top_gainers.append(top_gainers_item)

        top_losers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_losers, Unset):
            top_losers = []
            for top_losers_item_data in self.top_losers:
                top_losers_item = top_losers_item_data.to_dict()
                top_losers.append(top_losers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if top_gainers is not UNSET:
            field_dict["topGainers"] = top_gainers
        if top_losers is not UNSET:
            field_dict["topLosers"] = top_losers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_runes_stats_top_gainers_losers_response_200_top_gainers_item import (
            GetV1RunesStatsTopGainersLosersResponse200TopGainersItem,
        )
        from ..models.get_v1_runes_stats_top_gainers_losers_response_200_top_losers_item import (
            GetV1RunesStatsTopGainersLosersResponse200TopLosersItem,
        )

        d = dict(src_dict)
        _top_gainers = d.pop("topGainers", UNSET)
        top_gainers: (
            list[GetV1RunesStatsTopGainersLosersResponse200TopGainersItem] | Unset
        ) = UNSET
        if _top_gainers is not UNSET:
            top_gainers = []
            for top_gainers_item_data in _top_gainers:
                top_gainers_item = (
                    GetV1RunesStatsTopGainersLosersResponse200TopGainersItem.from_dict(
                        top_gainers_item_data
                    )
                )

                top_gainers.append(top_gainers_item)

        _top_losers = d.pop("topLosers", UNSET)
        top_losers: (
            list[GetV1RunesStatsTopGainersLosersResponse200TopLosersItem] | Unset
        ) = UNSET
        if _top_losers is not UNSET:
            top_losers = []
            for top_losers_item_data in _top_losers:
                top_losers_item = (
                    GetV1RunesStatsTopGainersLosersResponse200TopLosersItem.from_dict(
                        top_losers_item_data
                    )
                )

                top_losers.append(top_losers_item)

        get_v1_runes_stats_top_gainers_losers_response_200 = cls(
            top_gainers=top_gainers,
            top_losers=top_losers,
        )

        get_v1_runes_stats_top_gainers_losers_response_200.additional_properties = d
        return get_v1_runes_stats_top_gainers_losers_response_200

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
