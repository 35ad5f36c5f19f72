from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_ordinals_collections_collection_id_response_200_floor_price import (
        GetV1OrdinalsCollectionsCollectionIdResponse200FloorPrice,
    )
    from ..models.get_v1_ordinals_collections_collection_id_response_200_links import (
        GetV1OrdinalsCollectionsCollectionIdResponse200Links,
    )
    from ..models.get_v1_ordinals_collections_collection_id_response_200_market_cap import (
        GetV1OrdinalsCollectionsCollectionIdResponse200MarketCap,
    )
    from ..models.get_v1_ordinals_collections_collection_id_response_200_volume_24h import (
        GetV1OrdinalsCollectionsCollectionIdResponse200Volume24H,
    )


T = TypeVar("T", bound="GetV1OrdinalsCollectionsCollectionIdResponse200")


@_attrs_define
class GetV1OrdinalsCollectionsCollectionIdResponse200:
    """
    Attributes:
        id (str):
        symbol (str):
        floor_price (GetV1OrdinalsCollectionsCollectionIdResponse200FloorPrice):
        market_cap (GetV1OrdinalsCollectionsCollectionIdResponse200MarketCap):
        links (GetV1OrdinalsCollectionsCollectionIdResponse200Links):
        name (str | Unset):
        description (str | Unset):
        supply (str | Unset):
        holder_count (str | Unset):
        volume24h (GetV1OrdinalsCollectionsCollectionIdResponse200Volume24H | Unset):
    """

    id: str
    symbol: str
    floor_price: GetV1OrdinalsCollectionsCollectionIdResponse200FloorPrice
    market_cap: GetV1OrdinalsCollectionsCollectionIdResponse200MarketCap
    links: GetV1OrdinalsCollectionsCollectionIdResponse200Links
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    supply: str | Unset = UNSET
    holder_count: str | Unset = UNSET
    volume24h: GetV1OrdinalsCollectionsCollectionIdResponse200Volume24H | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        symbol = self.symbol

        floor_price = self.floor_price.to_dict()

        market_cap = self.market_cap.to_dict()

        links = self.links.to_dict()

        name = self.name

        description = self.description

        supply = self.supply

        holder_count = self.holder_count

        volume24h: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume24h, Unset):
            volume24h = self.volume24h.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "symbol": symbol,
                "floorPrice": floor_price,
                "marketCap": market_cap,
                "links": links,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if supply is not UNSET:
            field_dict["supply"] = supply
        if holder_count is not UNSET:
            field_dict["holderCount"] = holder_count
        if volume24h is not UNSET:
            field_dict["volume24h"] = volume24h

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_ordinals_collections_collection_id_response_200_floor_price import (
            GetV1OrdinalsCollectionsCollectionIdResponse200FloorPrice,
        )
        from ..models.get_v1_ordinals_collections_collection_id_response_200_links import (
            GetV1OrdinalsCollectionsCollectionIdResponse200Links,
        )
        from ..models.get_v1_ordinals_collections_collection_id_response_200_market_cap import (
            GetV1OrdinalsCollectionsCollectionIdResponse200MarketCap,
        )
        from ..models.get_v1_ordinals_collections_collection_id_response_200_volume_24h import (
            GetV1OrdinalsCollectionsCollectionIdResponse200Volume24H,
        )

        d = dict(src_dict)
        id = d.pop("id")

        symbol = d.pop("symbol")

        floor_price = (
            GetV1OrdinalsCollectionsCollectionIdResponse200FloorPrice.from_dict(
                d.pop("floorPrice")
            )
        )

        market_cap = GetV1OrdinalsCollectionsCollectionIdResponse200MarketCap.from_dict(
            d.pop("marketCap")
        )

        links = GetV1OrdinalsCollectionsCollectionIdResponse200Links.from_dict(
            d.pop("links")
        )

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        supply = d.pop("supply", UNSET)

        holder_count = d.pop("holderCount", UNSET)

        _volume24h = d.pop("volume24h", UNSET)
        volume24h: GetV1OrdinalsCollectionsCollectionIdResponse200Volume24H | Unset
        if isinstance(_volume24h, Unset):
            volume24h = UNSET
        else:
            volume24h = (
                GetV1OrdinalsCollectionsCollectionIdResponse200Volume24H.from_dict(
                    _volume24h
                )
            )

        get_v1_ordinals_collections_collection_id_response_200 = cls(
            id=id,
            symbol=symbol,
            floor_price=floor_price,
            market_cap=market_cap,
            links=links,
            name=name,
            description=description,
            supply=supply,
            holder_count=holder_count,
            volume24h=volume24h,
        )

        get_v1_ordinals_collections_collection_id_response_200.additional_properties = d
        return get_v1_ordinals_collections_collection_id_response_200

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
