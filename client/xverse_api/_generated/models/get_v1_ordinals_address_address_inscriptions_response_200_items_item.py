from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1OrdinalsAddressAddressInscriptionsResponse200ItemsItem")


@_attrs_define
class GetV1OrdinalsAddressAddressInscriptionsResponse200ItemsItem:
    """
    Attributes:
        id (str | Unset):
        offset (float | Unset):
        parent_ids (list[Any] | Unset):
    """

    id: str | Unset = UNSET
    offset: float | Unset = UNSET
    parent_ids: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        offset = self.offset

        parent_ids: list[Any] | Unset = UNSET
        if not isinstance(self.parent_ids, Unset):
            parent_ids = self.parent_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if offset is not UNSET:
            field_dict["offset"] = offset
        if parent_ids is not UNSET:
            field_dict["parentIds"] = parent_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        offset = d.pop("offset", UNSET)

        parent_ids = cast(list[Any], d.pop("parentIds", UNSET))

        get_v1_ordinals_address_address_inscriptions_response_200_items_item = cls(
            id=id,
            offset=offset,
            parent_ids=parent_ids,
        )

        get_v1_ordinals_address_address_inscriptions_response_200_items_item.additional_properties = d
        return get_v1_ordinals_address_address_inscriptions_response_200_items_item

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
