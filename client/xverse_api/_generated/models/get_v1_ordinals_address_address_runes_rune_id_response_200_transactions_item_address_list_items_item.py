from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressListItemsItem",
)


@_attrs_define
class GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressListItemsItem:
    """
    Attributes:
        address (str | Unset):
        type_ (str | Unset):
        is_input (bool | Unset):
        is_output (bool | Unset):
    """

    address: str | Unset = UNSET
    type_: str | Unset = UNSET
    is_input: bool | Unset = UNSET
    is_output: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        type_ = self.type_

        is_input = self.is_input

        is_output = self.is_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_input is not UNSET:
            field_dict["isInput"] = is_input
        if is_output is not UNSET:
            field_dict["isOutput"] = is_output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        type_ = d.pop("type", UNSET)

        is_input = d.pop("isInput", UNSET)

        is_output = d.pop("isOutput", UNSET)

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_address_list_items_item = cls(
            address=address,
            type_=type_,
            is_input=is_input,
            is_output=is_output,
        )

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_address_list_items_item.additional_properties = d
        return get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_address_list_items_item

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
