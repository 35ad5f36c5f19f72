from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_ordinals_address_address_inscriptions_collection_collection_id_response_200_inscriptions_item import (
        GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200InscriptionsItem,
    )


T = TypeVar(
    "T",
    bound="GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200",
)


@_attrs_define
class GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200:
    """
    Attributes:
        collection_id (str | Unset):
        collection_name (str | Unset):
        total (float | Unset):
        offset (float | Unset):
        limit (float | Unset):
        inscriptions (list[GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200InscriptionsItem] |
            Unset):
    """

    collection_id: str | Unset = UNSET
    collection_name: str | Unset = UNSET
    total: float | Unset = UNSET
    offset: float | Unset = UNSET
    limit: float | Unset = UNSET
    inscriptions: (
        list[
            GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200InscriptionsItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        collection_name = self.collection_name

        total = self.total

        offset = self.offset

        limit = self.limit

        inscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inscriptions, Unset):
            inscriptions = []
            for inscriptions_item_data in self.inscriptions:
                inscriptions_item = inscriptions_item_data.to_dict()
                inscriptions.append(inscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if collection_name is not UNSET:
            field_dict["collectionName"] = collection_name
        if total is not UNSET:
            field_dict["total"] = total
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if inscriptions is not UNSET:
            field_dict["inscriptions"] = inscriptions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_ordinals_address_address_inscriptions_collection_collection_id_response_200_inscriptions_item import (
            GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200InscriptionsItem,
        )

        d = dict(src_dict)
        collection_id = d.pop("collectionId", UNSET)

        collection_name = d.pop("collectionName", UNSET)

        total = d.pop("total", UNSET)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        _inscriptions = d.pop("inscriptions", UNSET)
        inscriptions: (
            list[
                GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200InscriptionsItem
            ]
            | Unset
        ) = UNSET
        if _inscriptions is not UNSET:
            inscriptions = []
            for inscriptions_item_data in _inscriptions:
                inscriptions_item = GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200InscriptionsItem.from_dict(
                    inscriptions_item_data
                )

                inscriptions.append(inscriptions_item)

        get_v1_ordinals_address_address_inscriptions_collection_collection_id_response_200 = cls(
            collection_id=collection_id,
            collection_name=collection_name,
            total=total,
            offset=offset,
            limit=limit,
            inscriptions=inscriptions,
        )

        get_v1_ordinals_address_address_inscriptions_collection_collection_id_response_200.additional_properties = d
        return get_v1_ordinals_address_address_inscriptions_collection_collection_id_response_200

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
