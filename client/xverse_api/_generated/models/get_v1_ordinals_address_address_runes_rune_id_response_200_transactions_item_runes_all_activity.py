from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity_items_item import (
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivityItemsItem,
    )


T = TypeVar(
    "T",
    bound="GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivity",
)


@_attrs_define
class GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivity:
    """
    Attributes:
        items (list[GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivityItemsItem] |
            Unset):
        has_more (bool | Unset):
    """

    items: (
        list[
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivityItemsItem
        ]
        | Unset
    ) = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity_items_item import (
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivityItemsItem,
        )

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: (
            list[
                GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivityItemsItem
            ]
            | Unset
        ) = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivityItemsItem.from_dict(
                    items_item_data
                )

                items.append(items_item)

        has_more = d.pop("hasMore", UNSET)

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity = cls(
            items=items,
            has_more=has_more,
        )

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity.additional_properties = d
        return get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity

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
