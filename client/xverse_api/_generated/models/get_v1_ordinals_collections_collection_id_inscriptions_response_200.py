from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_v1_ordinals_collections_collection_id_inscriptions_response_200_inscriptions_item import (
        GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200InscriptionsItem,
    )


T = TypeVar("T", bound="GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200")


@_attrs_define
class GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200:
    """
    Attributes:
        collection_id (str):
        collection_name (str):
        total (float):
        offset (float):
        limit (float):
        inscriptions (list[GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200InscriptionsItem]):
    """

    collection_id: str
    collection_name: str
    total: float
    offset: float
    limit: float
    inscriptions: list[
        GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200InscriptionsItem
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        collection_name = self.collection_name

        total = self.total

        offset = self.offset

        limit = self.limit

        inscriptions = []
        for inscriptions_item_data in self.inscriptions:
            inscriptions_item = inscriptions_item_data.to_dict()
            inscriptions.append(inscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectionId": collection_id,
                "collectionName": collection_name,
                "total": total,
                "offset": offset,
                "limit": limit,
                "inscriptions": inscriptions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_ordinals_collections_collection_id_inscriptions_response_200_inscriptions_item import (
            GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200InscriptionsItem,
        )

        d = dict(src_dict)
        collection_id = d.pop("collectionId")

        collection_name = d.pop("collectionName")

        total = d.pop("total")

        offset = d.pop("offset")

        limit = d.pop("limit")

        inscriptions = []
        _inscriptions = d.pop("inscriptions")
        for inscriptions_item_data in _inscriptions:
            inscriptions_item = GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200InscriptionsItem.from_dict(
                inscriptions_item_data
            )

            inscriptions.append(inscriptions_item)

        get_v1_ordinals_collections_collection_id_inscriptions_response_200 = cls(
            collection_id=collection_id,
            collection_name=collection_name,
            total=total,
            offset=offset,
            limit=limit,
            inscriptions=inscriptions,
        )

        get_v1_ordinals_collections_collection_id_inscriptions_response_200.additional_properties = d
        return get_v1_ordinals_collections_collection_id_inscriptions_response_200

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
