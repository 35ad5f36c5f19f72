from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1SparkBtknIdentifierInfoResponse200PoolInfoItem")


@_attrs_define
class GetV1SparkBtknIdentifierInfoResponse200PoolInfoItem:
    """
    Attributes:
        lp_public_key (str | Unset):
        host_name (str | Unset):
        host_fee_bps (float | Unset):
        lp_fee_bps (float | Unset):
        asset_a_address (str | Unset):
        asset_b_address (str | Unset):
        asset_a_reserve (str | Unset):
        asset_b_reserve (str | Unset):
        current_price_a_in_b (str | Unset):
        tvl_asset_b (str | Unset):
        volume_24_h_asset_b (str | Unset):
        price_change_percent_24_h (str | Unset):
        curve_type (str | Unset):
        initial_reserve_a (str | Unset):
        bonding_progress_percent (str | Unset):
        created_at (str | Unset):
    """

    lp_public_key: str | Unset = UNSET
    host_name: str | Unset = UNSET
    host_fee_bps: float | Unset = UNSET
    lp_fee_bps: float | Unset = UNSET
    asset_a_address: str | Unset = UNSET
    asset_b_address: str | Unset = UNSET
    asset_a_reserve: str | Unset = UNSET
    asset_b_reserve: str | Unset = UNSET
    current_price_a_in_b: str | Unset = UNSET
    tvl_asset_b: str | Unset = UNSET
    volume_24_h_asset_b: str | Unset = UNSET
    price_change_percent_24_h: str | Unset = UNSET
    curve_type: str | Unset = UNSET
    initial_reserve_a: str | Unset = UNSET
    bonding_progress_percent: str | Unset = UNSET
    created_at: str | Unset = UNSET
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

        current_price_a_in_b = self.current_price_a_in_b

        tvl_asset_b = self.tvl_asset_b

        volume_24_h_asset_b = self.volume_24_h_asset_b

        price_change_percent_24_h = self.price_change_percent_24_h

        curve_type = self.curve_type

        initial_reserve_a = self.initial_reserve_a

        bonding_progress_percent = self.bonding_progress_percent

        created_at = self.created_at

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
        if current_price_a_in_b is not UNSET:
            field_dict["currentPriceAInB"] = current_price_a_in_b
        if tvl_asset_b is not UNSET:
            field_dict["tvlAssetB"] = tvl_asset_b
        if volume_24_h_asset_b is not UNSET:
            field_dict["volume24hAssetB"] = volume_24_h_asset_b
        if price_change_percent_24_h is not UNSET:
            field_dict["priceChangePercent24h"] = price_change_percent_24_h
        if curve_type is not UNSET:
            field_dict["curveType"] = curve_type
        if initial_reserve_a is not UNSET:
            field_dict["initialReserveA"] = initial_reserve_a
        if bonding_progress_percent is not UNSET:
            field_dict["bondingProgressPercent"] = bonding_progress_percent
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

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

        current_price_a_in_b = d.pop("currentPriceAInB", UNSET)

        tvl_asset_b = d.pop("tvlAssetB", UNSET)

        volume_24_h_asset_b = d.pop("volume24hAssetB", UNSET)

        price_change_percent_24_h = d.pop("priceChangePercent24h", UNSET)

        curve_type = d.pop("curveType", UNSET)

        initial_reserve_a = d.pop("initialReserveA", UNSET)

        bonding_progress_percent = d.pop("bondingProgressPercent", UNSET)

        created_at = d.pop("createdAt", UNSET)

        get_v1_spark_btkn_identifier_info_response_200_pool_info_item = cls(
            lp_public_key=lp_public_key,
            host_name=host_name,
            host_fee_bps=host_fee_bps,
            lp_fee_bps=lp_fee_bps,
            asset_a_address=asset_a_address,
            asset_b_address=asset_b_address,
            asset_a_reserve=asset_a_reserve,
            asset_b_reserve=asset_b_reserve,
            current_price_a_in_b=current_price_a_in_b,
            tvl_asset_b=tvl_asset_b,
            volume_24_h_asset_b=volume_24_h_asset_b,
            price_change_percent_24_h=price_change_percent_24_h,
            curve_type=curve_type,
            initial_reserve_a=initial_reserve_a,
            bonding_progress_percent=bonding_progress_percent,
            created_at=created_at,
        )

        get_v1_spark_btkn_identifier_info_response_200_pool_info_item.additional_properties = d
        return get_v1_spark_btkn_identifier_info_response_200_pool_info_item

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
