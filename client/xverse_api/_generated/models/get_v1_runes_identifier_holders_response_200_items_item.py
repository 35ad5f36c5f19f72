from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetV1RunesIdentifierHoldersResponse200ItemsItem")


@_attrs_define
class GetV1RunesIdentifierHoldersResponse200ItemsItem:
    """
    Attributes:
        address (str):
        amount (str):
        last_updated_block_height (float):
    """

    address: str
    amount: str
    last_updated_block_height: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        amount = self.amount

        last_updated_block_height = self.last_updated_block_height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "amount": amount,
                "lastUpdatedBlockHeight": last_updated_block_height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address")

        amount = d.pop("amount")

        last_updated_block_height = d.pop("lastUpdatedBlockHeight")

        get_v1_runes_identifier_holders_response_200_items_item = cls(
            address=address,
            amount=amount,
            last_updated_block_height=last_updated_block_height,
        )

        get_v1_runes_identifier_holders_response_200_items_item.additional_properties = d
        return get_v1_runes_identifier_holders_response_200_items_item

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
