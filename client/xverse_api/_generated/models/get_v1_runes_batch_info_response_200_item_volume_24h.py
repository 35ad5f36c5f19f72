from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_runes_batch_info_response_200_item_volume_24h_percentage_change import (
        GetV1RunesBatchInfoResponse200ItemVolume24HPercentageChange,
    )


T = TypeVar("T", bound="GetV1RunesBatchInfoResponse200ItemVolume24H")


@_attrs_define
class GetV1RunesBatchInfoResponse200ItemVolume24H:
    """
    Attributes:
        value_in_sats (str | Unset):
        value_in_usd (str | Unset):
        percentage_change (GetV1RunesBatchInfoResponse200ItemVolume24HPercentageChange | Unset):
    """

    value_in_sats: str | Unset = UNSET
    value_in_usd: str | Unset = UNSET
    percentage_change: (
        GetV1RunesBatchInfoResponse200ItemVolume24HPercentageChange | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value_in_sats = self.value_in_sats

        value_in_usd = self.value_in_usd

        percentage_change: dict[str, Any] | Unset = UNSET
        if not isinstance(self.percentage_change, Unset):
            percentage_change = self.percentage_change.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value_in_sats is not UNSET:
            field_dict["valueInSats"] = value_in_sats
        if value_in_usd is not UNSET:
            field_dict["valueInUsd"] = value_in_usd
        if percentage_change is not UNSET:
            field_dict["percentageChange"] = percentage_change

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_runes_batch_info_response_200_item_volume_24h_percentage_change import (
            GetV1RunesBatchInfoResponse200ItemVolume24HPercentageChange,
        )

        d = dict(src_dict)
        value_in_sats = d.pop("valueInSats", UNSET)

        value_in_usd = d.pop("valueInUsd", UNSET)

        _percentage_change = d.pop("percentageChange", UNSET)
        percentage_change: (
            GetV1RunesBatchInfoResponse200ItemVolume24HPercentageChange | Unset
        )
        if isinstance(_percentage_change, Unset):
            percentage_change = UNSET
        else:
            percentage_change = (
                GetV1RunesBatchInfoResponse200ItemVolume24HPercentageChange.from_dict(
                    _percentage_change
                )
            )

        get_v1_runes_batch_info_response_200_item_volume_24h = cls(
            value_in_sats=value_in_sats,
            value_in_usd=value_in_usd,
            percentage_change=percentage_change,
        )

        get_v1_runes_batch_info_response_200_item_volume_24h.additional_properties = d
        return get_v1_runes_batch_info_response_200_item_volume_24h

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
