from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemOwnActivityItem",
)


@_attrs_define
class GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemOwnActivityItem:
    """
    Attributes:
        address (str | Unset):
        sent (float | Unset):
        received (float | Unset):
        outgoing (float | Unset):
        incoming (float | Unset):
    """

    address: str | Unset = UNSET
    sent: float | Unset = UNSET
    received: float | Unset = UNSET
    outgoing: float | Unset = UNSET
    incoming: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        sent = self.sent

        received = self.received

        outgoing = self.outgoing

        incoming = self.incoming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if sent is not UNSET:
            field_dict["sent"] = sent
        if received is not UNSET:
            field_dict["received"] = received
        if outgoing is not UNSET:
            field_dict["outgoing"] = outgoing
        if incoming is not UNSET:
            field_dict["incoming"] = incoming

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        sent = d.pop("sent", UNSET)

        received = d.pop("received", UNSET)

        outgoing = d.pop("outgoing", UNSET)

        incoming = d.pop("incoming", UNSET)

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_own_activity_item = cls(
            address=address,
            sent=sent,
            received=received,
            outgoing=outgoing,
            incoming=incoming,
        )

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_own_activity_item.additional_properties = d
        return get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_own_activity_item

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
