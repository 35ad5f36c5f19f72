from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivityItemsItem",
)


@_attrs_define
class GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivityItemsItem:
    """
    Attributes:
        rune_id (str | Unset):
        address (str | Unset):
        sent (str | Unset):
        received (str | Unset):
        outgoing (str | Unset):
        incoming (str | Unset):
    """

    rune_id: str | Unset = UNSET
    address: str | Unset = UNSET
    sent: str | Unset = UNSET
    received: str | Unset = UNSET
    outgoing: str | Unset = UNSET
    incoming: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rune_id = self.rune_id

        address = self.address

        sent = self.sent

        received = self.received

        outgoing = self.outgoing

        incoming = self.incoming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rune_id is not UNSET:
            field_dict["runeId"] = rune_id
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
        rune_id = d.pop("runeId", UNSET)

        address = d.pop("address", UNSET)

        sent = d.pop("sent", UNSET)

        received = d.pop("received", UNSET)

        outgoing = d.pop("outgoing", UNSET)

        incoming = d.pop("incoming", UNSET)

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_own_activity_items_item = cls(
            rune_id=rune_id,
            address=address,
            sent=sent,
            received=received,
            outgoing=outgoing,
            incoming=incoming,
        )

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_own_activity_items_item.additional_properties = d
        return get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_own_activity_items_item

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
