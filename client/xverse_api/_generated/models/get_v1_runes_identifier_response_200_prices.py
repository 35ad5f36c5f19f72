from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_runes_identifier_response_200_prices_floor_price import (
        GetV1RunesIdentifierResponse200PricesFloorPrice,
    )


T = TypeVar("T", bound="GetV1RunesIdentifierResponse200Prices")


@_attrs_define
class GetV1RunesIdentifierResponse200Prices:
    """
    Attributes:
        floor_price (GetV1RunesIdentifierResponse200PricesFloorPrice | Unset):
        last_sale_price (Any | Unset):
    """

    floor_price: GetV1RunesIdentifierResponse200PricesFloorPrice | Unset = UNSET
    last_sale_price: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        floor_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.floor_price, Unset):
            floor_price = self.floor_price.to_dict()

        last_sale_price = self.last_sale_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if floor_price is not UNSET:
            field_dict["floorPrice"] = floor_price
        if last_sale_price is not UNSET:
            field_dict["lastSalePrice"] = last_sale_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_runes_identifier_response_200_prices_floor_price import (
            GetV1RunesIdentifierResponse200PricesFloorPrice,
        )

        d = dict(src_dict)
        _floor_price = d.pop("floorPrice", UNSET)
        floor_price: GetV1RunesIdentifierResponse200PricesFloorPrice | Unset
        if isinstance(_floor_price, Unset):
            floor_price = UNSET
        else:
            floor_price = GetV1RunesIdentifierResponse200PricesFloorPrice.from_dict(
                _floor_price
            )

        last_sale_price = d.pop("lastSalePrice", UNSET)

        get_v1_runes_identifier_response_200_prices = cls(
            floor_price=floor_price,
            last_sale_price=last_sale_price,
        )

        get_v1_runes_identifier_response_200_prices.additional_properties = d
        return get_v1_runes_identifier_response_200_prices

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
