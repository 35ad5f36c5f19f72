from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rune_balance_item import RuneBalanceItem


T = TypeVar("T", bound="RuneBalancesPage")


@_attrs_define
class RuneBalancesPage:
    """Rune balances for all utxos belonging to the address

    Attributes:
        limit (float):
        offset (float):
        total (float):
        items (list[RuneBalanceItem]):
        indexer_height (float):
    """

    limit: float
    offset: float
    total: float
    items: list[RuneBalanceItem]
    indexer_height: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        total = self.total

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        indexer_height = self.indexer_height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "offset": offset,
                "total": total,
                "items": items,
                "indexerHeight": indexer_height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rune_balance_item import RuneBalanceItem

        d = dict(src_dict)
        limit = d.pop("limit")

        offset = d.pop("offset")

        total = d.pop("total")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RuneBalanceItem.from_dict(items_item_data)

            items.append(items_item)

        indexer_height = d.pop("indexerHeight")

        rune_balances_page = cls(
            limit=limit,
            offset=offset,
            total=total,
            items=items,
            indexer_height=indexer_height,
        )

        rune_balances_page.additional_properties = d
        return rune_balances_page

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
