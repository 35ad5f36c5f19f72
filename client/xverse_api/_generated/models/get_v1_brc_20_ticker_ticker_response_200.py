from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_brc_20_ticker_ticker_response_200_prices import (
        GetV1Brc20TickerTickerResponse200Prices,
    )
    from ..models.get_v1_brc_20_ticker_ticker_response_200_volume_24h import (
        GetV1Brc20TickerTickerResponse200Volume24H,
    )


T = TypeVar("T", bound="GetV1Brc20TickerTickerResponse200")


@_attrs_define
class GetV1Brc20TickerTickerResponse200:
    """
    Attributes:
        ticker (str):
        max_supply (str):
        decimals (float):
        txid (str):
        mint_limit (str | Unset):
        inscription_id (str | Unset):
        block_height (str | Unset):
        is_self_mint (bool | Unset):
        prices (GetV1Brc20TickerTickerResponse200Prices | Unset):
        volume24h (GetV1Brc20TickerTickerResponse200Volume24H | Unset):
    """

    ticker: str
    max_supply: str
    decimals: float
    txid: str
    mint_limit: str | Unset = UNSET
    inscription_id: str | Unset = UNSET
    block_height: str | Unset = UNSET
    is_self_mint: bool | Unset = UNSET
    prices: GetV1Brc20TickerTickerResponse200Prices | Unset = UNSET
    volume24h: GetV1Brc20TickerTickerResponse200Volume24H | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        max_supply = self.max_supply

        decimals = self.decimals

        txid = self.txid

        mint_limit = self.mint_limit

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
        field_dict.update(
            {
                "ticker": ticker,
                "maxSupply": max_supply,
                "decimals": decimals,
                "txid": txid,
            }
        )
        if mint_limit is not UNSET:
            field_dict["mintLimit"] = mint_limit
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
        from ..models.get_v1_brc_20_ticker_ticker_response_200_prices import (
            GetV1Brc20TickerTickerResponse200Prices,
        )
        from ..models.get_v1_brc_20_ticker_ticker_response_200_volume_24h import (
            GetV1Brc20TickerTickerResponse200Volume24H,
        )

        d = dict(src_dict)
        ticker = d.pop("ticker")

        max_supply = d.pop("maxSupply")

        decimals = d.pop("decimals")

        txid = d.pop("txid")

        mint_limit = d.pop("mintLimit", UNSET)

        inscription_id = d.pop("inscriptionId", UNSET)

        block_height = d.pop("blockHeight", UNSET)

        is_self_mint = d.pop("isSelfMint", UNSET)

        _prices = d.pop("prices", UNSET)
        prices: GetV1Brc20TickerTickerResponse200Prices | Unset
        if isinstance(_prices, Unset):
            prices = UNSET
        else:
            prices = GetV1Brc20TickerTickerResponse200Prices.from_dict(_prices)

        _volume24h = d.pop("volume24h", UNSET)
        volume24h: GetV1Brc20TickerTickerResponse200Volume24H | Unset
        if isinstance(_volume24h, Unset):
            volume24h = UNSET
        else:
            volume24h = GetV1Brc20TickerTickerResponse200Volume24H.from_dict(_volume24h)

        get_v1_brc_20_ticker_ticker_response_200 = cls(
            ticker=ticker,
            max_supply=max_supply,
            decimals=decimals,
            txid=txid,
            mint_limit=mint_limit,
            inscription_id=inscription_id,
            block_height=block_height,
            is_self_mint=is_self_mint,
            prices=prices,
            volume24h=volume24h,
        )

        get_v1_brc_20_ticker_ticker_response_200.additional_properties = d
        return get_v1_brc_20_ticker_ticker_response_200

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
