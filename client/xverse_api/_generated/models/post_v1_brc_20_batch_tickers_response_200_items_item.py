from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_v1_brc_20_batch_tickers_response_200_items_item_prices import (
        PostV1Brc20BatchTickersResponse200ItemsItemPrices,
    )
    from ..models.post_v1_brc_20_batch_tickers_response_200_items_item_volume_24h import (
        PostV1Brc20BatchTickersResponse200ItemsItemVolume24H,
    )


T = TypeVar("T", bound="PostV1Brc20BatchTickersResponse200ItemsItem")


@_attrs_define
class PostV1Brc20BatchTickersResponse200ItemsItem:
    """
    Attributes:
        ticker (str | Unset):
        max_supply (str | Unset):
        mint_limit (str | Unset):
        decimals (float | Unset):
        txid (str | Unset):
        inscription_id (str | Unset):
        block_height (str | Unset):
        is_self_mint (bool | Unset):
        prices (PostV1Brc20BatchTickersResponse200ItemsItemPrices | Unset):
        volume24h (PostV1Brc20BatchTickersResponse200ItemsItemVolume24H | Unset):
    """

    ticker: str | Unset = UNSET
    max_supply: str | Unset = UNSET
    mint_limit: str | Unset = UNSET
    decimals: float | Unset = UNSET
    txid: str | Unset = UNSET
    inscription_id: str | Unset = UNSET
    block_height: str | Unset = UNSET
    is_self_mint: bool | Unset = UNSET
    prices: PostV1Brc20BatchTickersResponse200ItemsItemPrices | Unset = UNSET
    volume24h: PostV1Brc20BatchTickersResponse200ItemsItemVolume24H | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        max_supply = self.max_supply

        mint_limit = self.mint_limit

        decimals = self.decimals

        txid = self.txid

        inscription_id = self.inscription_id

        block_height = self.block_height

        is_self_mint = self.is_self_mint

        prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = self.prices.to_dict()

        volume24h: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume24h, Unset):
            volume24h = self.volume24h.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if max_supply is not UNSET:
            field_dict["maxSupply"] = max_supply
        if mint_limit is not UNSET:
            field_dict["mintLimit"] = mint_limit
        if decimals is not UNSET:
            field_dict["decimals"] = decimals
        if txid is not UNSET:
            field_dict["txid"] = txid
        if inscription_id is not UNSET:
            field_dict["inscriptionId"] = inscription_id
        if block_height is not UNSET:
            field_dict["blockHeight"] = block_height
        if is_self_mint is not UNSET:
            field_dict["isSelfMint"] = is_self_mint
        if prices is not UNSET:
            field_dict["prices"] = prices
        if volume24h is not UNSET:
            field_dict["volume24h"] = volume24h

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_v1_brc_20_batch_tickers_response_200_items_item_prices import (
            PostV1Brc20BatchTickersResponse200ItemsItemPrices,
        )
        from ..models.post_v1_brc_20_batch_tickers_response_200_items_item_volume_24h import (
            PostV1Brc20BatchTickersResponse200ItemsItemVolume24H,
        )

        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)

        max_supply = d.pop("maxSupply", UNSET)

        mint_limit = d.pop("mintLimit", UNSET)

        decimals = d.pop("decimals", UNSET)

        txid = d.pop("txid", UNSET)

        inscription_id = d.pop("inscriptionId", UNSET)

        block_height = d.pop("blockHeight", UNSET)

        is_self_mint = d.pop("isSelfMint", UNSET)

        _prices = d.pop("prices", UNSET)
        prices: PostV1Brc20BatchTickersResponse200ItemsItemPrices | Unset
        if isinstance(_prices, Unset):
            prices = UNSET
        else:
            prices = PostV1Brc20BatchTickersResponse200ItemsItemPrices.from_dict(
                _prices
            )

        _volume24h = d.pop("volume24h", UNSET)
        volume24h: PostV1Brc20BatchTickersResponse200ItemsItemVolume24H | Unset
        if isinstance(_volume24h, Unset):
            volume24h = UNSET
        else:
            volume24h = PostV1Brc20BatchTickersResponse200ItemsItemVolume24H.from_dict(
                _volume24h
            )

        post_v1_brc_20_batch_tickers_response_200_items_item = cls(
            ticker=ticker,
            max_supply=max_supply,
            mint_limit=mint_limit,
            decimals=decimals,
            txid=txid,
            inscription_id=inscription_id,
            block_height=block_height,
            is_self_mint=is_self_mint,
            prices=prices,
            volume24h=volume24h,
        )

        post_v1_brc_20_batch_tickers_response_200_items_item.additional_properties = d
        return post_v1_brc_20_batch_tickers_response_200_items_item

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
