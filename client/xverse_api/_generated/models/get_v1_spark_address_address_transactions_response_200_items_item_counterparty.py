from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="GetV1SparkAddressAddressTransactionsResponse200ItemsItemCounterparty"
)


@_attrs_define
class GetV1SparkAddressAddressTransactionsResponse200ItemsItemCounterparty:
    """
    Attributes:
        type_ (str | Unset):
        identifier (str | Unset):
    """

    type_: str | Unset = UNSET
    identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        identifier = d.pop("identifier", UNSET)

        get_v1_spark_address_address_transactions_response_200_items_item_counterparty = cls(
            type_=type_,
            identifier=identifier,
        )

        get_v1_spark_address_address_transactions_response_200_items_item_counterparty.additional_properties = d
        return get_v1_spark_address_address_transactions_response_200_items_item_counterparty

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
