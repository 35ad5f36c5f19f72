from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_ordinals_collections_collection_id_historical_floor_prices_response_200_item_floor_price import (
        GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPrice,
    )


T = TypeVar(
    "T",
    bound="GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200Item",
)


@_attrs_define
class GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200Item:
    """
    Attributes:
        timestamp (str | Unset):
        floor_price (GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPrice | Unset):
    """

    timestamp: str | Unset = UNSET
    floor_price: (
        GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPrice
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        floor_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.floor_price, Unset):
            floor_price = self.floor_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if floor_price is not UNSET:
            field_dict["floorPrice"] = floor_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_ordinals_collections_collection_id_historical_floor_prices_response_200_item_floor_price import (
            GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPrice,
        )

        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)

        _floor_price = d.pop("floorPrice", UNSET)
        floor_price: (
            GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPrice
            | Unset
        )
        if isinstance(_floor_price, Unset):
            floor_price = UNSET
        else:
            floor_price = GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPrice.from_dict(
                _floor_price
            )

        get_v1_ordinals_collections_collection_id_historical_floor_prices_response_200_item = cls(
            timestamp=timestamp,
            floor_price=floor_price,
        )

        get_v1_ordinals_collections_collection_id_historical_floor_prices_response_200_item.additional_properties = d
        return get_v1_ordinals_collections_collection_id_historical_floor_prices_response_200_item

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
