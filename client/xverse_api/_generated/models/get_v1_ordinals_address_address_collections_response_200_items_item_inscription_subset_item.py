from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemInscriptionSubsetItem",
)


@_attrs_define
class GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemInscriptionSubsetItem:
    """
    Attributes:
        id (str | Unset):
        number (float | Unset):
        content_type (str | Unset):
    """

    id: str | Unset = UNSET
    number: float | Unset = UNSET
    content_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if content_type is not UNSET:
            field_dict["contentType"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        content_type = d.pop("contentType", UNSET)

        get_v1_ordinals_address_address_collections_response_200_items_item_inscription_subset_item = cls(
            id=id,
            number=number,
            content_type=content_type,
        )

        get_v1_ordinals_address_address_collections_response_200_items_item_inscription_subset_item.additional_properties = d
        return get_v1_ordinals_address_address_collections_response_200_items_item_inscription_subset_item

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
