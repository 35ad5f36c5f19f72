from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1SparkTxTxidResponse200BitcoinTxDataStatus")


@_attrs_define
class GetV1SparkTxTxidResponse200BitcoinTxDataStatus:
    """
    Attributes:
        confirmed (bool | Unset):
        block_height (float | Unset):
        block_time (float | Unset):
    """

    confirmed: bool | Unset = UNSET
    block_height: float | Unset = UNSET
    block_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmed = self.confirmed

        block_height = self.block_height

        block_time = self.block_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if block_height is not UNSET:
            field_dict["blockHeight"] = block_height
        if block_time is not UNSET:
            field_dict["blockTime"] = block_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        confirmed = d.pop("confirmed", UNSET)

        block_height = d.pop("blockHeight", UNSET)

        block_time = d.pop("blockTime", UNSET)

        get_v1_spark_tx_txid_response_200_bitcoin_tx_data_status = cls(
            confirmed=confirmed,
            block_height=block_height,
            block_time=block_time,
        )

        get_v1_spark_tx_txid_response_200_bitcoin_tx_data_status.additional_properties = d
        return get_v1_spark_tx_txid_response_200_bitcoin_tx_data_status

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
