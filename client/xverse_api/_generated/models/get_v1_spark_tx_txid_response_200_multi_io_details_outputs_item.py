from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1SparkTxTxidResponse200MultiIoDetailsOutputsItem")


@_attrs_define
class GetV1SparkTxTxidResponse200MultiIoDetailsOutputsItem:
    """
    Attributes:
        address (str | Unset):
        pubkey (str | Unset):
        amount (float | Unset):
    """

    address: str | Unset = UNSET
    pubkey: str | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        pubkey = self.pubkey

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if pubkey is not UNSET:
            field_dict["pubkey"] = pubkey
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        pubkey = d.pop("pubkey", UNSET)

        amount = d.pop("amount", UNSET)

        get_v1_spark_tx_txid_response_200_multi_io_details_outputs_item = cls(
            address=address,
            pubkey=pubkey,
            amount=amount,
        )

        get_v1_spark_tx_txid_response_200_multi_io_details_outputs_item.additional_properties = d
        return get_v1_spark_tx_txid_response_200_multi_io_details_outputs_item

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
