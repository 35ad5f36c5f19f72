from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_v1_runes_rune_id_historical_floor_prices_response_200_item_floor_price import (
        GetV1RunesRuneIdHistoricalFloorPricesResponse200ItemFloorPrice,
    )


T = TypeVar("T", bound="GetV1RunesRuneIdHistoricalFloorPricesResponse200Item")


@_attrs_define
class GetV1RunesRuneIdHistoricalFloorPricesResponse200Item:
    """
    Attributes:
        timestamp (str):
        floor_price (GetV1RunesRuneIdHistoricalFloorPricesResponse200ItemFloorPrice):
    """

    timestamp: str
    floor_price: GetV1RunesRuneIdHistoricalFloorPricesResponse200ItemFloorPrice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        floor_price = self.floor_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "floorPrice": floor_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_runes_rune_id_historical_floor_prices_response_200_item_floor_price import (
            GetV1RunesRuneIdHistoricalFloorPricesResponse200ItemFloorPrice,
        )

        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        floor_price = (
            GetV1RunesRuneIdHistoricalFloorPricesResponse200ItemFloorPrice.from_dict(
                d.pop("floorPrice")
            )
        )

        get_v1_runes_rune_id_historical_floor_prices_response_200_item = cls(
            timestamp=timestamp,
            floor_price=floor_price,
        )

        get_v1_runes_rune_id_historical_floor_prices_response_200_item.additional_properties = d
        return get_v1_runes_rune_id_historical_floor_prices_response_200_item

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
