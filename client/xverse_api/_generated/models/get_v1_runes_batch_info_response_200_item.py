from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_runes_batch_info_response_200_item_market_cap import (
        GetV1RunesBatchInfoResponse200ItemMarketCap,
    )
    from ..models.get_v1_runes_batch_info_response_200_item_mint import (
        GetV1RunesBatchInfoResponse200ItemMint,
    )
    from ..models.get_v1_runes_batch_info_response_200_item_prices import (
        GetV1RunesBatchInfoResponse200ItemPrices,
    )
    from ..models.get_v1_runes_batch_info_response_200_item_volume_24h import (
        GetV1RunesBatchInfoResponse200ItemVolume24H,
    )


T = TypeVar("T", bound="GetV1RunesBatchInfoResponse200Item")


@_attrs_define
class GetV1RunesBatchInfoResponse200Item:
    """
    Attributes:
        chain (str | Unset):
        rune_name (str | Unset):
        symbol (str | Unset):
        rune_id (str | Unset):
        spaced_rune_name (str | Unset):
        amount (str | Unset):
        cap (str | Unset):
        divisibility (None | str | Unset):
        premine (str | Unset):
        turbo (bool | Unset):
        genesis_block (float | Unset):
        mint (GetV1RunesBatchInfoResponse200ItemMint | Unset):
        holders (str | Unset):
        supply (str | Unset):
        market_cap (GetV1RunesBatchInfoResponse200ItemMarketCap | Unset):
        prices (GetV1RunesBatchInfoResponse200ItemPrices | Unset):
        volume24h (GetV1RunesBatchInfoResponse200ItemVolume24H | Unset):
    """

    chain: str | Unset = UNSET
    rune_name: str | Unset = UNSET
    symbol: str | Unset = UNSET
    rune_id: str | Unset = UNSET
    spaced_rune_name: str | Unset = UNSET
    amount: str | Unset = UNSET
    cap: str | Unset = UNSET
    divisibility: None | str | Unset = UNSET
    premine: str | Unset = UNSET
    turbo: bool | Unset = UNSET
    genesis_block: float | Unset = UNSET
    mint: GetV1RunesBatchInfoResponse200ItemMint | Unset = UNSET
    holders: str | Unset = UNSET
    supply: str | Unset = UNSET
    market_cap: GetV1RunesBatchInfoResponse200ItemMarketCap | Unset = UNSET
    prices: GetV1RunesBatchInfoResponse200ItemPrices | Unset = UNSET
    volume24h: GetV1RunesBatchInfoResponse200ItemVolume24H | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain

        rune_name = self.rune_name

        symbol = self.symbol

        rune_id = self.rune_id

        spaced_rune_name = self.spaced_rune_name

        amount = self.amount

        cap = self.cap

        divisibility: None | str | Unset
        if isinstance(self.divisibility, Unset):
            divisibility = UNSET
        else:
            divisibility = self.divisibility

        premine = self.premine

        turbo = self.turbo

        genesis_block = self.genesis_block

        mint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mint, Unset):
            mint = self.mint.to_dict()

        holders = self.holders

        supply = self.supply

        market_cap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.market_cap, Unset):
            market_cap = self.market_cap.to_dict()

        prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = self.prices.to_dict()

        volume24h: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume24h, Unset):
            volume24h = self.volume24h.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain is not UNSET:
            field_dict["chain"] = chain
        if rune_name is not UNSET:
            field_dict["runeName"] = rune_name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if rune_id is not UNSET:
            field_dict["runeId"] = rune_id
        if spaced_rune_name is not UNSET:
            field_dict["spacedRuneName"] = spaced_rune_name
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cap is not UNSET:
            field_dict["cap"] = cap
        if divisibility is not UNSET:
            field_dict["divisibility"] = divisibility
        if premine is not UNSET:
            field_dict["premine"] = premine
        if turbo is not UNSET:
            field_dict["turbo"] = turbo
        if genesis_block is not UNSET:
            field_dict["genesisBlock"] = genesis_block
        if mint is not UNSET:
            field_dict["mint"] = mint
        if holders is not UNSET:
            field_dict["holders"] = holders
        if supply is not UNSET:
            field_dict["supply"] = supply
        if market_cap is not UNSET:
            field_dict["marketCap"] = market_cap
        if prices is not UNSET:
            field_dict["prices"] = prices
        if volume24h is not UNSET:
            field_dict["volume24h"] = volume24h

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_runes_batch_info_response_200_item_market_cap import (
            GetV1RunesBatchInfoResponse200ItemMarketCap,
        )
        from ..models.get_v1_runes_batch_info_response_200_item_mint import (
            GetV1RunesBatchInfoResponse200ItemMint,
        )
        from ..models.get_v1_runes_batch_info_response_200_item_prices import (
            GetV1RunesBatchInfoResponse200ItemPrices,
        )
        from ..models.get_v1_runes_batch_info_response_200_item_volume_24h import (
            GetV1RunesBatchInfoResponse200ItemVolume24H,
        )

        d = dict(src_dict)
        chain = d.pop("chain", UNSET)

        rune_name = d.pop("runeName", UNSET)

        symbol = d.pop("symbol", UNSET)

        rune_id = d.pop("runeId", UNSET)

        spaced_rune_name = d.pop("spacedRuneName", UNSET)

        amount = d.pop("amount", UNSET)

        cap = d.pop("cap", UNSET)

        def _parse_divisibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        divisibility = _parse_divisibility(d.pop("divisibility", UNSET))

        premine = d.pop("premine", UNSET)

        turbo = d.pop("turbo", UNSET)

        genesis_block = d.pop("genesisBlock", UNSET)

        _mint = d.pop("mint", UNSET)
        mint: GetV1RunesBatchInfoResponse200ItemMint | Unset
        if isinstance(_mint, Unset):
            mint = UNSET
        else:
            mint = GetV1RunesBatchInfoResponse200ItemMint.from_dict(_mint)

        holders = d.pop("holders", UNSET)

        supply = d.pop("supply", UNSET)

        _market_cap = d.pop("marketCap", UNSET)
        market_cap: GetV1RunesBatchInfoResponse200ItemMarketCap | Unset
        if isinstance(_market_cap, Unset):
            market_cap = UNSET
        else:
            market_cap = GetV1RunesBatchInfoResponse200ItemMarketCap.from_dict(
                _market_cap
            )

        _prices = d.pop("prices", UNSET)
        prices: GetV1RunesBatchInfoResponse200ItemPrices | Unset
        if isinstance(_prices, Unset):
            prices = UNSET
        else:
            prices = GetV1RunesBatchInfoResponse200ItemPrices.from_dict(_prices)

        _volume24h = d.pop("volume24h", UNSET)
        volume24h: GetV1RunesBatchInfoResponse200ItemVolume24H | Unset
        if isinstance(_volume24h, Unset):
            volume24h = UNSET
        else:
            volume24h = GetV1RunesBatchInfoResponse200ItemVolume24H.from_dict(
                _volume24h
            )

        get_v1_runes_batch_info_response_200_item = cls(
            chain=chain,
            rune_name=rune_name,
            symbol=symbol,
            rune_id=rune_id,
            spaced_rune_name=spaced_rune_name,
            amount=amount,
            cap=cap,
            divisibility=divisibility,
            premine=premine,
            turbo=turbo,
            genesis_block=genesis_block,
            mint=mint,
            holders=holders,
            supply=supply,
            market_cap=market_cap,
            prices=prices,
            volume24h=volume24h,
        )

        get_v1_runes_batch_info_response_200_item.additional_properties = d
        return get_v1_runes_batch_info_response_200_item

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
