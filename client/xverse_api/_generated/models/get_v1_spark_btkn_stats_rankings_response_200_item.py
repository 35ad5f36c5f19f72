from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_spark_btkn_stats_rankings_response_200_item_pools_item import (
        GetV1SparkBtknStatsRankingsResponse200ItemPoolsItem,
    )


T = TypeVar("T", bound="GetV1SparkBtknStatsRankingsResponse200Item")


@_attrs_define
class GetV1SparkBtknStatsRankingsResponse200Item:
    """
    Attributes:
        token_identifier (str | Unset):
        token_address (str | Unset):
        name (str | Unset):
        ticker (str | Unset):
        decimals (float | Unset):
        issuer_public_key (str | Unset):
        icon_url (str | Unset):
        holder_count (float | Unset):
        price_usd (float | Unset):
        max_supply (float | Unset):
        is_freezable (bool | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        price (float | Unset):
        pools (list[GetV1SparkBtknStatsRankingsResponse200ItemPoolsItem] | Unset):
    """

    token_identifier: str | Unset = UNSET
    token_address: str | Unset = UNSET
    name: str | Unset = UNSET
    ticker: str | Unset = UNSET
    decimals: float | Unset = UNSET
    issuer_public_key: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    holder_count: float | Unset = UNSET
    price_usd: float | Unset = UNSET
    max_supply: float | Unset = UNSET
    is_freezable: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    price: float | Unset = UNSET
    pools: list[GetV1SparkBtknStatsRankingsResponse200ItemPoolsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_identifier = self.token_identifier

        token_address = self.token_address

        name = self.name

        ticker = self.ticker

        decimals = self.decimals

        issuer_public_key = self.issuer_public_key

        icon_url = self.icon_url

        holder_count = self.holder_count

        price_usd = self.price_usd

        max_supply = self.max_supply

        is_freezable = self.is_freezable

        created_at = self.created_at

        updated_at = self.updated_at

        price = self.price

        pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pools, Unset):
            pools = []
            for pools_item_data in self.pools:
                pools_item = pools_item_data.to_dict()
                pools.append(pools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token_identifier is not UNSET:
            field_dict["tokenIdentifier"] = token_identifier
        if token_address is not UNSET:
            field_dict["tokenAddress"] = token_address
        if name is not UNSET:
            field_dict["name"] = name
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if decimals is not UNSET:
            field_dict["decimals"] = decimals
        if issuer_public_key is not UNSET:
            field_dict["issuerPublicKey"] = issuer_public_key
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        if holder_count is not UNSET:
            field_dict["holderCount"] = holder_count
        if price_usd is not UNSET:
            field_dict["priceUsd"] = price_usd
        if max_supply is not UNSET:
            field_dict["maxSupply"] = max_supply
        if is_freezable is not UNSET:
            field_dict["isFreezable"] = is_freezable
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if price is not UNSET:
            field_dict["price"] = price
        if pools is not UNSET:
            field_dict["pools"] = pools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_spark_btkn_stats_rankings_response_200_item_pools_item import (
            GetV1SparkBtknStatsRankingsResponse200ItemPoolsItem,
        )

        d = dict(src_dict)
        token_identifier = d.pop("tokenIdentifier", UNSET)

        token_address = d.pop("tokenAddress", UNSET)

        name = d.pop("name", UNSET)

        ticker = d.pop("ticker", UNSET)

        decimals = d.pop("decimals", UNSET)

        issuer_public_key = d.pop("issuerPublicKey", UNSET)

        icon_url = d.pop("iconUrl", UNSET)

        holder_count = d.pop("holderCount", UNSET)

        price_usd = d.pop("priceUsd", UNSET)

        max_supply = d.pop("maxSupply", UNSET)

        is_freezable = d.pop("isFreezable", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        price = d.pop("price", UNSET)

        _pools = d.pop("pools", UNSET)
        pools: list[GetV1SparkBtknStatsRankingsResponse200ItemPoolsItem] | Unset = UNSET
        if _pools is not UNSET:
            pools = []
            for pools_item_data in _pools:
                pools_item = (
                    GetV1SparkBtknStatsRankingsResponse200ItemPoolsItem.from_dict(
                        pools_item_data
                    )
                )

                pools.append(pools_item)

        get_v1_spark_btkn_stats_rankings_response_200_item = cls(
            token_identifier=token_identifier,
            token_address=token_address,
            name=name,
            ticker=ticker,
            decimals=decimals,
            issuer_public_key=issuer_public_key,
            icon_url=icon_url,
            holder_count=holder_count,
            price_usd=price_usd,
            max_supply=max_supply,
            is_freezable=is_freezable,
            created_at=created_at,
            updated_at=updated_at,
            price=price,
            pools=pools,
        )

        get_v1_spark_btkn_stats_rankings_response_200_item.additional_properties = d
        return get_v1_spark_btkn_stats_rankings_response_200_item

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
