from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1SparkAddressAddressBtknResponse200Balance")


@_attrs_define
class GetV1SparkAddressAddressBtknResponse200Balance:
    """
    Attributes:
        btc_soft_balance_sats (float | Unset):
        btc_hard_balance_sats (float | Unset):
        btc_value_usd_hard (float | Unset):
        btc_value_usd_soft (float | Unset):
        total_token_value_usd (float | Unset):
    """

    btc_soft_balance_sats: float | Unset = UNSET
    btc_hard_balance_sats: float | Unset = UNSET
    btc_value_usd_hard: float | Unset = UNSET
    btc_value_usd_soft: float | Unset = UNSET
    total_token_value_usd: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        btc_soft_balance_sats = self.btc_soft_balance_sats

        btc_hard_balance_sats = self.btc_hard_balance_sats

        btc_value_usd_hard = self.btc_value_usd_hard

        btc_value_usd_soft = self.btc_value_usd_soft

        total_token_value_usd = self.total_token_value_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if btc_soft_balance_sats is not UNSET:
            field_dict["btcSoftBalanceSats"] = btc_soft_balance_sats
        if btc_hard_balance_sats is not UNSET:
            field_dict["btcHardBalanceSats"] = btc_hard_balance_sats
        if btc_value_usd_hard is not UNSET:
            field_dict["btcValueUsdHard"] = btc_value_usd_hard
        if btc_value_usd_soft is not UNSET:
            field_dict["btcValueUsdSoft"] = btc_value_usd_soft
        if total_token_value_usd is not UNSET:
            field_dict["totalTokenValueUsd"] = total_token_value_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        btc_soft_balance_sats = d.pop("btcSoftBalanceSats", UNSET)

        btc_hard_balance_sats = d.pop("btcHardBalanceSats", UNSET)

        btc_value_usd_hard = d.pop("btcValueUsdHard", UNSET)

        btc_value_usd_soft = d.pop("btcValueUsdSoft", UNSET)

        total_token_value_usd = d.pop("totalTokenValueUsd", UNSET)

        get_v1_spark_address_address_btkn_response_200_balance = cls(
            btc_soft_balance_sats=btc_soft_balance_sats,
            btc_hard_balance_sats=btc_hard_balance_sats,
            btc_value_usd_hard=btc_value_usd_hard,
            btc_value_usd_soft=btc_value_usd_soft,
            total_token_value_usd=total_token_value_usd,
        )

        get_v1_spark_address_address_btkn_response_200_balance.additional_properties = d
        return get_v1_spark_address_address_btkn_response_200_balance

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
