from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1SparkTxTxidResponse200BitcoinTxDataVinItem")


@_attrs_define
class GetV1SparkTxTxidResponse200BitcoinTxDataVinItem:
    """
    Attributes:
        prevout (str | Unset):
        witness (str | Unset):
        value (float | Unset):
    """

    prevout: str | Unset = UNSET
    witness: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prevout = self.prevout

        witness = self.witness

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prevout is not UNSET:
            field_dict["prevout"] = prevout
        if witness is not UNSET:
            field_dict["witness"] = witness
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prevout = d.pop("prevout", UNSET)

        witness = d.pop("witness", UNSET)

        value = d.pop("value", UNSET)

        get_v1_spark_tx_txid_response_200_bitcoin_tx_data_vin_item = cls(
            prevout=prevout,
            witness=witness,
            value=value,
        )

        get_v1_spark_tx_txid_response_200_bitcoin_tx_data_vin_item.additional_properties = d
        return get_v1_spark_tx_txid_response_200_bitcoin_tx_data_vin_item

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
