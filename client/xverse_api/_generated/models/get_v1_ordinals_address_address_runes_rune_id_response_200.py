from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item import (
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItem,
    )


T = TypeVar("T", bound="GetV1OrdinalsAddressAddressRunesRuneIdResponse200")


@_attrs_define
class GetV1OrdinalsAddressAddressRunesRuneIdResponse200:
    """
    Attributes:
        transactions (list[GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItem] | Unset):
    """

    transactions: (
        list[GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item import (
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItem,
        )

        d = dict(src_dict)
        _transactions = d.pop("transactions", UNSET)
        transactions: (
            list[GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItem]
            | Unset
        ) = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItem.from_dict(
                    transactions_item_data
                )

                transactions.append(transactions_item)

        get_v1_ordinals_address_address_runes_rune_id_response_200 = cls(
            transactions=transactions,
        )

        get_v1_ordinals_address_address_runes_rune_id_response_200.additional_properties = d
        return get_v1_ordinals_address_address_runes_rune_id_response_200

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
