from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_runes_identifier_response_200_market_cap import (
        GetV1RunesIdentifierResponse200MarketCap,
    )
    from ..models.get_v1_runes_identifier_response_200_mint import (
        GetV1RunesIdentifierResponse200Mint,
    )
    from ..models.get_v1_runes_identifier_response_200_prices import (
        GetV1RunesIdentifierResponse200Prices,
    )


T = TypeVar("T", bound="GetV1RunesIdentifierResponse200")


@_attrs_define
class GetV1RunesIdentifierResponse200:
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
        mint (GetV1RunesIdentifierResponse200Mint | Unset):
        holders (str | Unset):
        supply (str | Unset):
        market_cap (GetV1RunesIdentifierResponse200MarketCap | Unset):
        prices (GetV1RunesIdentifierResponse200Prices | Unset):
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
    mint: GetV1RunesIdentifierResponse200Mint | Unset = UNSET
    holders: str | Unset = UNSET
    supply: str | Unset = UNSET
    market_cap: GetV1RunesIdentifierResponse200MarketCap | Unset = UNSET
    prices: GetV1RunesIdentifierResponse200Prices | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_runes_identifier_response_200_market_cap import (
            GetV1RunesIdentifierResponse200MarketCap,
        )
        from ..models.get_v1_runes_identifier_response_200_mint import (
            GetV1RunesIdentifierResponse200Mint,
        )
        from ..models.get_v1_runes_identifier_response_200_prices import (
            GetV1RunesIdentifierResponse200Prices,
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
        mint: GetV1RunesIdentifierResponse200Mint | Unset
        if isinstance(_mint, Unset):
            mint = UNSET
        else:
            mint = GetV1RunesIdentifierResponse200Mint.from_dict(_mint)

        holders = d.pop("holders", UNSET)

        supply = d.pop("supply", UNSET)

        _market_cap = d.pop("marketCap", UNSET)
        market_cap: GetV1RunesIdentifierResponse200MarketCap | Unset
        if isinstance(_market_cap, Unset):
            market_cap = UNSET
        else:
            market_cap = GetV1RunesIdentifierResponse200MarketCap.from_dict(_market_cap)

        _prices = d.pop("prices", UNSET)
        prices: GetV1RunesIdentifierResponse200Prices | Unset
        if isinstance(_prices, Unset):
            prices = UNSET
        else:
            prices = GetV1RunesIdentifierResponse200Prices.from_dict(_prices)

        get_v1_runes_identifier_response_200 = cls(
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
        )

        get_v1_runes_identifier_response_200.additional_properties = d
        return get_v1_runes_identifier_response_200

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
