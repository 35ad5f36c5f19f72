from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200InscriptionsItem",
)


@_attrs_define
class GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200InscriptionsItem:
    """
    Attributes:
        id (str):
        number (float):
        block_height (float):
        charms (list[str]):
        sat (float | Unset):
        content_type (str | Unset):
    """

    id: str
    number: float
    block_height: float
    charms: list[str]
    sat: float | Unset = UNSET
    content_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        block_height = self.block_height

        charms = self.charms

        sat = self.sat

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "blockHeight": block_height,
                "charms": charms,
            }
        )
        if sat is not UNSET:
            field_dict["sat"] = sat
        if content_type is not UNSET:
            field_dict["contentType"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        block_height = d.pop("blockHeight")

        charms = cast(list[str], d.pop("charms"))

        sat = d.pop("sat", UNSET)

        content_type = d.pop("contentType", UNSET)

        get_v1_ordinals_collections_collection_id_inscriptions_response_200_inscriptions_item = cls(
            id=id,
            number=number,
            block_height=block_height,
            charms=charms,
            sat=sat,
            content_type=content_type,
        )

        get_v1_ordinals_collections_collection_id_inscriptions_response_200_inscriptions_item.additional_properties = d
        return get_v1_ordinals_collections_collection_id_inscriptions_response_200_inscriptions_item

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
