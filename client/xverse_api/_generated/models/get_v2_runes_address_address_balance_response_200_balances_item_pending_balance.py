from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="GetV2RunesAddressAddressBalanceResponse200BalancesItemPendingBalance"
)


@_attrs_define
class GetV2RunesAddressAddressBalanceResponse200BalancesItemPendingBalance:
    """
    Attributes:
        incoming_amount (str | Unset):
        outgoing_amount (str | Unset):
        net_amount (str | Unset):
    """

    incoming_amount: str | Unset = UNSET
    outgoing_amount: str | Unset = UNSET
    net_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incoming_amount = self.incoming_amount

        outgoing_amount = self.outgoing_amount

        net_amount = self.net_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if incoming_amount is not UNSET:
            field_dict["incomingAmount"] = incoming_amount
        if outgoing_amount is not UNSET:
            field_dict["outgoingAmount"] = outgoing_amount
        if net_amount is not UNSET:
            field_dict["netAmount"] = net_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        incoming_amount = d.pop("incomingAmount", UNSET)

        outgoing_amount = d.pop("outgoingAmount", UNSET)

        net_amount = d.pop("netAmount", UNSET)

        get_v2_runes_address_address_balance_response_200_balances_item_pending_balance = cls(
            incoming_amount=incoming_amount,
            outgoing_amount=outgoing_amount,
            net_amount=net_amount,
        )

        get_v2_runes_address_address_balance_response_200_balances_item_pending_balance.additional_properties = d
        return get_v2_runes_address_address_balance_response_200_balances_item_pending_balance

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
