from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200InscriptionsItem",
)


@_attrs_define
class GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200InscriptionsItem:
    """
    Attributes:
        id (str | Unset):
        number (float | Unset):
        sat (float | Unset):
        content_type (str | Unset):
        block_height (float | Unset):
        charms (list[str] | Unset):
        current_location (str | Unset):
    """

    id: str | Unset = UNSET
    number: float | Unset = UNSET
    sat: float | Unset = UNSET
    content_type: str | Unset = UNSET
    block_height: float | Unset = UNSET
    charms: list[str] | Unset = UNSET
    current_location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        sat = self.sat

        content_type = self.content_type

        block_height = self.block_height

        charms: list[str] | Unset = UNSET
        if not isinstance(self.charms, Unset):
            charms = self.charms

        current_location = self.current_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if sat is not UNSET:
            field_dict["sat"] = sat
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if block_height is not UNSET:
            field_dict["blockHeight"] = block_height
        if charms is not UNSET:
            field_dict["charms"] = charms
        if current_location is not UNSET:
            field_dict["currentLocation"] = current_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        sat = d.pop("sat", UNSET)

        content_type = d.pop("contentType", UNSET)

        block_height = d.pop("blockHeight", UNSET)

        charms = cast(list[str], d.pop("charms", UNSET))

        current_location = d.pop("currentLocation", UNSET)

        get_v1_ordinals_address_address_inscriptions_collection_collection_id_response_200_inscriptions_item = cls(
            id=id,
            number=number,
            sat=sat,
            content_type=content_type,
            block_height=block_height,
            charms=charms,
            current_location=current_location,
        )

        get_v1_ordinals_address_address_inscriptions_collection_collection_id_response_200_inscriptions_item.additional_properties = d
        return get_v1_ordinals_address_address_inscriptions_collection_collection_id_response_200_inscriptions_item

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
