from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="GetV1OrdinalsCollectionsCollectionIdHoldersResponse200ItemsItem"
)


@_attrs_define
class GetV1OrdinalsCollectionsCollectionIdHoldersResponse200ItemsItem:
    """
    Attributes:
        inscription_count (float | Unset):
        address (str | Unset):
    """

    inscription_count: float | Unset = UNSET
    address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inscription_count = self.inscription_count

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inscription_count is not UNSET:
            field_dict["inscriptionCount"] = inscription_count
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        inscription_count = d.pop("inscriptionCount", UNSET)

        address = d.pop("address", UNSET)

        get_v1_ordinals_collections_collection_id_holders_response_200_items_item = cls(
            inscription_count=inscription_count,
            address=address,
        )

        get_v1_ordinals_collections_collection_id_holders_response_200_items_item.additional_properties = d
        return get_v1_ordinals_collections_collection_id_holders_response_200_items_item

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
