from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1SparkTxTxidResponse200To")


@_attrs_define
class GetV1SparkTxTxidResponse200To:
    """
    Attributes:
        type_ (str | Unset):
        identifier (str | Unset):
        pubkey (str | Unset):
    """

    type_: str | Unset = UNSET
    identifier: str | Unset = UNSET
    pubkey: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        identifier = self.identifier

        pubkey = self.pubkey

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if pubkey is not UNSET:
            field_dict["pubkey"] = pubkey

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        identifier = d.pop("identifier", UNSET)

        pubkey = d.pop("pubkey", UNSET)

        get_v1_spark_tx_txid_response_200_to = cls(
            type_=type_,
            identifier=identifier,
            pubkey=pubkey,
        )

        get_v1_spark_tx_txid_response_200_to.additional_properties = d
        return get_v1_spark_tx_txid_response_200_to

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
