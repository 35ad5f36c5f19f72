from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1OrdinalsCollectionsCollectionIdResponse200Links")


@_attrs_define
class GetV1OrdinalsCollectionsCollectionIdResponse200Links:
    """
    Attributes:
        coin_market_cap (str | Unset):
        telegram (str | Unset):
        twitter (str | Unset):
        discord (str | Unset):
        website (str | Unset):
    """

    coin_market_cap: str | Unset = UNSET
    telegram: str | Unset = UNSET
    twitter: str | Unset = UNSET
    discord: str | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin_market_cap = self.coin_market_cap

        telegram = self.telegram

        twitter = self.twitter

        discord = self.discord

        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coin_market_cap is not UNSET:
            field_dict["coinMarketCap"] = coin_market_cap
        if telegram is not UNSET:
            field_dict["telegram"] = telegram
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if discord is not UNSET:
            field_dict["discord"] = discord
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coin_market_cap = d.pop("coinMarketCap", UNSET)

        telegram = d.pop("telegram", UNSET)

        twitter = d.pop("twitter", UNSET)

        discord = d.pop("discord", UNSET)

        website = d.pop("website", UNSET)

        get_v1_ordinals_collections_collection_id_response_200_links = cls(
            coin_market_cap=coin_market_cap,
            telegram=telegram,
            twitter=twitter,
            discord=discord,
            website=website,
        )

        get_v1_ordinals_collections_collection_id_response_200_links.additional_properties = d
        return get_v1_ordinals_collections_collection_id_response_200_links

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
