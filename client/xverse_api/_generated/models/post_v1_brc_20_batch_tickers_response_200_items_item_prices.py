from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.post_v1_brc_20_batch_tickers_response_200_items_item_prices_floor_price import (
        PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPrice,
    )
    from ..models.post_v1_brc_20_batch_tickers_response_200_items_item_prices_last_sale_price import (
        PostV1Brc20BatchTickersResponse200ItemsItemPricesLastSalePrice,
    )


T = TypeVar("T", bound="PostV1Brc20BatchTickersResponse200ItemsItemPrices")


@_attrs_define
class PostV1Brc20BatchTickersResponse200ItemsItemPrices:
    """
    Attributes:
        floor_price (PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPrice):
        last_sale_price (PostV1Brc20BatchTickersResponse200ItemsItemPricesLastSalePrice):
    """

    floor_price: PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPrice
    last_sale_price: PostV1Brc20BatchTickersResponse200ItemsItemPricesLastSalePrice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        floor_price = self.floor_price.to_dict()

        last_sale_price = self.last_sale_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "floorPrice": floor_price,
                "lastSalePrice": last_sale_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_v1_brc_20_batch_tickers_response_200_items_item_prices_floor_price import (
            PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPrice,
        )
        from ..models.post_v1_brc_20_batch_tickers_response_200_items_item_prices_last_sale_price import (
            PostV1Brc20BatchTickersResponse200ItemsItemPricesLastSalePrice,
        )

        d = dict(src_dict)
        floor_price = (
            PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPrice.from_dict(
                d.pop("floorPrice")
            )
        )

        last_sale_price = (
            PostV1Brc20BatchTickersResponse200ItemsItemPricesLastSalePrice.from_dict(
                d.pop("lastSalePrice")
            )
        )

        post_v1_brc_20_batch_tickers_response_200_items_item_prices = cls(
            floor_price=floor_price,
            last_sale_price=last_sale_price,
        )

        post_v1_brc_20_batch_tickers_response_200_items_item_prices.additional_properties = d
        return post_v1_brc_20_batch_tickers_response_200_items_item_prices

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
