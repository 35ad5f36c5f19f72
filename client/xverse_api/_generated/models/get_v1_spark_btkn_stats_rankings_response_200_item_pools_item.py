from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1SparkBtknStatsRankingsResponse200ItemPoolsItem")


@_attrs_define
class GetV1SparkBtknStatsRankingsResponse200ItemPoolsItem:
    """
    Attributes:
        lp_public_key (str | Unset):
        host_name (str | Unset):
        host_fee_bps (float | Unset):
        lp_fee_bps (float | Unset):
        asset_a_address (str | Unset):
        asset_b_address (str | Unset):
        asset_a_reserve (str | Unset):
        asset_b_reserve (Any | Unset):
    """

    lp_public_key: str | Unset = UNSET
    host_name: str | Unset = UNSET
    host_fee_bps: float | Unset = UNSET
    lp_fee_bps: float | Unset = UNSET
    asset_a_address: str | Unset = UNSET
    asset_b_address: str | Unset = UNSET
    asset_a_reserve: str | Unset = UNSET
    asset_b_reserve: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lp_public_key = self.lp_public_key

        host_name = self.host_name

        host_fee_bps = self.host_fee_bps

        lp_fee_bps = self.lp_fee_bps

        asset_a_address = self.asset_a_address

        asset_b_address = self.asset_b_address

        asset_a_reserve = self.asset_a_reserve

        asset_b_reserve = self.asset_b_reserve

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lp_public_key is not UNSET:
            field_dict["lpPublicKey"] = lp_public_key
        if host_name is not UNSET:
            field_dict["hostName"] = host_name
        if host_fee_bps is not UNSET:
            field_dict["hostFeeBps"] = host_fee_bps
        if lp_fee_bps is not UNSET:
            field_dict["lpFeeBps"] = lp_fee_bps
        if asset_a_address is not UNSET:
            field_dict["assetAAddress"] = asset_a_address
        if asset_b_address is not UNSET:
            field_dict["assetBAddress"] = asset_b_address
        if asset_a_reserve is not UNSET:
            field_dict["assetAReserve"] = asset_a_reserve
        if asset_b_reserve is not UNSET:
            field_dict["assetBReserve"] = asset_b_reserve

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lp_public_key = d.pop("lpPublicKey", UNSET)

        host_name = d.pop("hostName", UNSET)

        host_fee_bps = d.pop("hostFeeBps", UNSET)

        lp_fee_bps = d.pop("lpFeeBps", UNSET)

        asset_a_address = d.pop("assetAAddress", UNSET)

        asset_b_address = d.pop("assetBAddress", UNSET)

        asset_a_reserve = d.pop("assetAReserve", UNSET)

        asset_b_reserve = d.pop("assetBReserve", UNSET)

        get_v1_spark_btkn_stats_rankings_response_200_item_pools_item = cls(
            lp_public_key=lp_public_key,
            host_name=host_name,
            host_fee_bps=host_fee_bps,
            lp_fee_bps=lp_fee_bps,
            asset_a_address=asset_a_address,
            asset_b_address=asset_b_address,
            asset_a_reserve=asset_a_reserve,
            asset_b_reserve=asset_b_reserve,
        )

        get_v1_spark_btkn_stats_rankings_response_200_item_pools_item.additional_properties = d
        return get_v1_spark_btkn_stats_rankings_response_200_item_pools_item

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
