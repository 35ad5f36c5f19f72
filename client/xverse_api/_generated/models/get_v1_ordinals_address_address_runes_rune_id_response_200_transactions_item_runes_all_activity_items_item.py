from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivityItemsItem",
)


@_attrs_define
class GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivityItemsItem:
    """
    Attributes:
        rune_id (str | Unset):
        outgoing (str | Unset):
        incoming (str | Unset):
        is_mint (bool | Unset):
        is_etch (bool | Unset):
        is_burn (bool | Unset):
    """

    rune_id: str | Unset = UNSET
    outgoing: str | Unset = UNSET
    incoming: str | Unset = UNSET
    is_mint: bool | Unset = UNSET
    is_etch: bool | Unset = UNSET
    is_burn: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rune_id = self.rune_id

        outgoing = self.outgoing

        incoming = self.incoming

        is_mint = self.is_mint

        is_etch = self.is_etch

        is_burn = self.is_burn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rune_id is not UNSET:
            field_dict["runeId"] = rune_id
        if outgoing is not UNSET:
            field_dict["outgoing"] = outgoing
        if incoming is not UNSET:
            field_dict["incoming"] = incoming
        if is_mint is not UNSET:
            field_dict["isMint"] = is_mint
        if is_etch is not UNSET:
            field_dict["isEtch"] = is_etch
        if is_burn is not UNSET:
            field_dict["isBurn"] = is_burn

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rune_id = d.pop("runeId", UNSET)

        outgoing = d.pop("outgoing", UNSET)

        incoming = d.pop("incoming", UNSET)

        is_mint = d.pop("isMint", UNSET)

        is_etch = d.pop("isEtch", UNSET)

        is_burn = d.pop("isBurn", UNSET)

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity_items_item = cls(
            rune_id=rune_id,
            outgoing=outgoing,
            incoming=incoming,
            is_mint=is_mint,
            is_etch=is_etch,
            is_burn=is_burn,
        )

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity_items_item.additional_properties = d
        return get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity_items_item

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
