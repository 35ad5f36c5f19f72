from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v2_runes_address_address_balance_response_200_balances_item_pending_balance import (
        GetV2RunesAddressAddressBalanceResponse200BalancesItemPendingBalance,
    )


T = TypeVar("T", bound="GetV2RunesAddressAddressBalanceResponse200BalancesItem")


@_attrs_define
class GetV2RunesAddressAddressBalanceResponse200BalancesItem:
    """
    Attributes:
        rune_id (str | Unset):
        divisibility (float | Unset):
        symbol (str | Unset):
        rune_name (str | Unset):
        confirmed_balance (str | Unset):
        available_balance (str | Unset):
        projected_balance (str | Unset):
        pending_balance (GetV2RunesAddressAddressBalanceResponse200BalancesItemPendingBalance | Unset):
    """

    rune_id: str | Unset = UNSET
    divisibility: float | Unset = UNSET
    symbol: str | Unset = UNSET
    rune_name: str | Unset = UNSET
    confirmed_balance: str | Unset = UNSET
    available_balance: str | Unset = UNSET
    projected_balance: str | Unset = UNSET
    pending_balance: (
        GetV2RunesAddressAddressBalanceResponse200BalancesItemPendingBalance | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rune_id = self.rune_id

        divisibility = self.divisibility

        symbol = self.symbol

        rune_name = self.rune_name

        confirmed_balance = self.confirmed_balance

        available_balance = self.available_balance

        projected_balance = self.projected_balance

        pending_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_balance, Unset):
            pending_balance = self.pending_balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rune_id is not UNSET:
            field_dict["runeId"] = rune_id
        if divisibility is not UNSET:
            field_dict["divisibility"] = divisibility
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if rune_name is not UNSET:
            field_dict["runeName"] = rune_name
        if confirmed_balance is not UNSET:
            field_dict["confirmedBalance"] = confirmed_balance
        if available_balance is not UNSET:
            field_dict["availableBalance"] = available_balance
        if projected_balance is not UNSET:
            field_dict["projectedBalance"] = projected_balance
        if pending_balance is not UNSET:
            field_dict["pendingBalance"] = pending_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v2_runes_address_address_balance_response_200_balances_item_pending_balance import (
            GetV2RunesAddressAddressBalanceResponse200BalancesItemPendingBalance,
        )

        d = dict(src_dict)
        rune_id = d.pop("runeId", UNSET)

        divisibility = d.pop("divisibility", UNSET)

        symbol = d.pop("symbol", UNSET)

        rune_name = d.pop("runeName", UNSET)

        confirmed_balance = d.pop("confirmedBalance", UNSET)

        available_balance = d.pop("availableBalance", UNSET)

        projected_balance = d.pop("projectedBalance", UNSET)

        _pending_balance = d.pop("pendingBalance", UNSET)
        pending_balance: (
            GetV2RunesAddressAddressBalanceResponse200BalancesItemPendingBalance | Unset
        )
        if isinstance(_pending_balance, Unset):
            pending_balance = UNSET
        else:
            pending_balance = GetV2RunesAddressAddressBalanceResponse200BalancesItemPendingBalance.from_dict(
                _pending_balance
            )

        get_v2_runes_address_address_balance_response_200_balances_item = cls(
            rune_id=rune_id,
            divisibility=divisibility,
            symbol=symbol,
            rune_name=rune_name,
            confirmed_balance=confirmed_balance,
            available_balance=available_balance,
            projected_balance=projected_balance,
            pending_balance=pending_balance,
        )

        get_v2_runes_address_address_balance_response_200_balances_item.additional_properties = d
        return get_v2_runes_address_address_balance_response_200_balances_item

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
