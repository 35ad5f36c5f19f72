from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_v1_brc_20_ticker_ticker_response_200_prices_floor_price import (
        GetV1Brc20TickerTickerResponse200PricesFloorPrice,
    )
    from ..models.get_v1_brc_20_ticker_ticker_response_200_prices_last_sale_price import (
        GetV1Brc20TickerTickerResponse200PricesLastSalePrice,
    )


T = TypeVar("T", bound="GetV1Brc20TickerTickerResponse200Prices")


@_attrs_define
class GetV1Brc20TickerTickerResponse200Prices:
    """
    Attributes:
        floor_price (GetV1Brc20TickerTickerResponse200PricesFloorPrice):
        last_sale_price (GetV1Brc20TickerTickerResponse200PricesLastSalePrice):
    """

    floor_price: GetV1Brc20TickerTickerResponse200PricesFloorPrice
    last_sale_price: GetV1Brc20TickerTickerResponse200PricesLastSalePrice
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
        from ..models.get_v1_brc_20_ticker_ticker_response_200_prices_floor_price import (
            GetV1Brc20TickerTickerResponse200PricesFloorPrice,
        )
        from ..models.get_v1_brc_20_ticker_ticker_response_200_prices_last_sale_price import (
            GetV1Brc20TickerTickerResponse200PricesLastSalePrice,
        )

        d = dict(src_dict)
        floor_price = GetV1Brc20TickerTickerResponse200PricesFloorPrice.from_dict(
            d.pop("floorPrice")
        )

        last_sale_price = (
            GetV1Brc20TickerTickerResponse200PricesLastSalePrice.from_dict(
                d.pop("lastSalePrice")
            )
        )

        get_v1_brc_20_ticker_ticker_response_200_prices = cls(
            floor_price=floor_price,
            last_sale_price=last_sale_price,
        )

        get_v1_brc_20_ticker_ticker_response_200_prices.additional_properties = d
        return get_v1_brc_20_ticker_ticker_response_200_prices

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
