from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_v2_ordinals_collections_collection_id_historical_floor_prices_response_200_item_floor_prices_item import (
        GetV2OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPricesItem,
    )


T = TypeVar(
    "T",
    bound="GetV2OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200Item",
)


@_attrs_define
class GetV2OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200Item:
    """
    Attributes:
        timestamp (str):
        floor_prices (list[GetV2OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPricesItem]):
    """

    timestamp: str
    floor_prices: list[
        GetV2OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPricesItem
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        floor_prices = []
        for floor_prices_item_data in self.floor_prices:
            floor_prices_item = floor_prices_item_data.to_dict()
            floor_prices.append(floor_prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "floorPrices": floor_prices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v2_ordinals_collections_collection_id_historical_floor_prices_response_200_item_floor_prices_item import (
            GetV2OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPricesItem,
        )

        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        floor_prices = []
        _floor_prices = d.pop("floorPrices")
        for floor_prices_item_data in _floor_prices:
            floor_prices_item = GetV2OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPricesItem.from_dict(
                floor_prices_item_data
            )

            floor_prices.append(floor_prices_item)

        get_v2_ordinals_collections_collection_id_historical_floor_prices_response_200_item = cls(
            timestamp=timestamp,
            floor_prices=floor_prices,
        )

        get_v2_ordinals_collections_collection_id_historical_floor_prices_response_200_item.additional_properties = d
        return get_v2_ordinals_collections_collection_id_historical_floor_prices_response_200_item

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
