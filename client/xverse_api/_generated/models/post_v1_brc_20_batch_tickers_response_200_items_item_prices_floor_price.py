from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_v1_brc_20_batch_tickers_response_200_items_item_prices_floor_price_percentage_change_24h import (
        PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPricePercentageChange24H,
    )


T = TypeVar("T", bound="PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPrice")


@_attrs_define
class PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPrice:
    """
    Attributes:
        percentage_change_24_h (PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPricePercentageChange24H):
        marketplace (str | Unset):
        value_in_sats (str | Unset):
        value_in_usd (str | Unset):
    """

    percentage_change_24_h: (
        PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPricePercentageChange24H
    )
    marketplace: str | Unset = UNSET
    value_in_sats: str | Unset = UNSET
    value_in_usd: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percentage_change_24_h = self.percentage_change_24_h.to_dict()

        marketplace = self.marketplace

        value_in_sats = self.value_in_sats

        value_in_usd = self.value_in_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "percentageChange24h": percentage_change_24_h,
            }
        )
        if marketplace is not UNSET:
            field_dict["marketplace"] = marketplace
        if value_in_sats is not UNSET:
            field_dict["valueInSats"] = value_in_sats
        if value_in_usd is not UNSET:
            field_dict["valueInUsd"] = value_in_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_v1_brc_20_batch_tickers_response_200_items_item_prices_floor_price_percentage_change_24h import (
            PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPricePercentageChange24H,
        )

        d = dict(src_dict)
        percentage_change_24_h = PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPricePercentageChange24H.from_dict(
            d.pop("percentageChange24h")
        )

        marketplace = d.pop("marketplace", UNSET)

        value_in_sats = d.pop("valueInSats", UNSET)

        value_in_usd = d.pop("valueInUsd", UNSET)

        post_v1_brc_20_batch_tickers_response_200_items_item_prices_floor_price = cls(
            percentage_change_24_h=percentage_change_24_h,
            marketplace=marketplace,
            value_in_sats=value_in_sats,
            value_in_usd=value_in_usd,
        )

        post_v1_brc_20_batch_tickers_response_200_items_item_prices_floor_price.additional_properties = d
        return post_v1_brc_20_batch_tickers_response_200_items_item_prices_floor_price

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
