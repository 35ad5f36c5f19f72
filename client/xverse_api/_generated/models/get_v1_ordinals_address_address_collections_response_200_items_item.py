from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_ordinals_address_address_collections_response_200_items_item_floor_price import (
        GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemFloorPrice,
    )
    from ..models.get_v1_ordinals_address_address_collections_response_200_items_item_inscription_subset_item import (
        GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemInscriptionSubsetItem,
    )
    from ..models.get_v1_ordinals_address_address_collections_response_200_items_item_links import (
        GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemLinks,
    )
    from ..models.get_v1_ordinals_address_address_collections_response_200_items_item_market_cap import (
        GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemMarketCap,
    )


T = TypeVar("T", bound="GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItem")


@_attrs_define
class GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItem:
    """
    Attributes:
        id (str | Unset):
        symbol (str | Unset):
        name (str | Unset):
        description (str | Unset):
        supply (str | Unset):
        holder_count (str | Unset):
        floor_price (GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemFloorPrice | Unset):
        market_cap (GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemMarketCap | Unset):
        links (GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemLinks | Unset):
        total (float | Unset):
        inscription_subset (list[GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemInscriptionSubsetItem] |
            Unset):
    """

    id: str | Unset = UNSET
    symbol: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    supply: str | Unset = UNSET
    holder_count: str | Unset = UNSET
    floor_price: (
        GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemFloorPrice | Unset
    ) = UNSET
    market_cap: (
        GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemMarketCap | Unset
    ) = UNSET
    links: GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemLinks | Unset = (
        UNSET
    )
    total: float | Unset = UNSET
    inscription_subset: (
        list[
            GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemInscriptionSubsetItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        symbol = self.symbol

        name = self.name

        description = self.description

        supply = self.supply

        holder_count = self.holder_count

        floor_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.floor_price, Unset):
            floor_price = self.floor_price.to_dict()

        market_cap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.market_cap, Unset):
            market_cap = self.market_cap.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        total = self.total

        inscription_subset: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inscription_subset, Unset):
            inscription_subset = []
            for inscription_subset_item_data in self.inscription_subset:
                inscription_subset_item = inscription_subset_item_data.to_dict()
                inscription_subset.append(inscription_subset_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if supply is not UNSET:
            field_dict["supply"] = supply
        if holder_count is not UNSET:
            field_dict["holderCount"] = holder_count
        if floor_price is not UNSET:
            field_dict["floorPrice"] = floor_price
        if market_cap is not UNSET:
            field_dict["marketCap"] = market_cap
        if links is not UNSET:
            field_dict["links"] = links
        if total is not UNSET:
            field_dict["total"] = total
        if inscription_subset is not UNSET:
            field_dict["inscriptionSubset"] = inscription_subset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_ordinals_address_address_collections_response_200_items_item_floor_price import (
            GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemFloorPrice,
        )
        from ..models.get_v1_ordinals_address_address_collections_response_200_items_item_inscription_subset_item import (
            GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemInscriptionSubsetItem,
        )
        from ..models.get_v1_ordinals_address_address_collections_response_200_items_item_links import (
            GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemLinks,
        )
        from ..models.get_v1_ordinals_address_address_collections_response_200_items_item_market_cap import (
            GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemMarketCap,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        symbol = d.pop("symbol", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        supply = d.pop("supply", UNSET)

        holder_count = d.pop("holderCount", UNSET)

        _floor_price = d.pop("floorPrice", UNSET)
        floor_price: (
            GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemFloorPrice | Unset
        )
        if isinstance(_floor_price, Unset):
            floor_price = UNSET
        else:
            floor_price = GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemFloorPrice.from_dict(
                _floor_price
            )

        _market_cap = d.pop("marketCap", UNSET)
        market_cap: (
            GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemMarketCap | Unset
        )
        if isinstance(_market_cap, Unset):
            market_cap = UNSET
        else:
            market_cap = GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemMarketCap.from_dict(
                _market_cap
            )

        _links = d.pop("links", UNSET)
        links: GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemLinks.from_dict(
                _links
            )

        total = d.pop("total", UNSET)

        _inscription_subset = d.pop("inscriptionSubset", UNSET)
        inscription_subset: (
            list[
                GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemInscriptionSubsetItem
            ]
            | Unset
        ) = UNSET
        if _inscription_subset is not UNSET:
            inscription_subset = []
            for inscription_subset_item_data in _inscription_subset:
                inscription_subset_item = GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemInscriptionSubsetItem.from_dict(
                    inscription_subset_item_data
                )

                inscription_subset.append(inscription_subset_item)

        get_v1_ordinals_address_address_collections_response_200_items_item = cls(
            id=id,
            symbol=symbol,
            name=name,
            description=description,
            supply=supply,
            holder_count=holder_count,
            floor_price=floor_price,
            market_cap=market_cap,
            links=links,
            total=total,
            inscription_subset=inscription_subset,
        )

        get_v1_ordinals_address_address_collections_response_200_items_item.additional_properties = d
        return get_v1_ordinals_address_address_collections_response_200_items_item

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
