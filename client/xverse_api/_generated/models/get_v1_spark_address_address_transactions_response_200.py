from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_spark_address_address_transactions_response_200_items_item import (
        GetV1SparkAddressAddressTransactionsResponse200ItemsItem,
    )


T = TypeVar("T", bound="GetV1SparkAddressAddressTransactionsResponse200")


@_attrs_define
class GetV1SparkAddressAddressTransactionsResponse200:
    """
    Attributes:
        offset (float | Unset):
        limit (float | Unset):
        total (float | Unset):
        items (list[GetV1SparkAddressAddressTransactionsResponse200ItemsItem] | Unset):
    """

    offset: float | Unset = UNSET
    limit: float | Unset = UNSET
    total: float | Unset = UNSET
    items: list[GetV1SparkAddressAddressTransactionsResponse200ItemsItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        total = self.total

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total is not UNSET:
            field_dict["total"] = total
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_spark_address_address_transactions_response_200_items_item import (
            GetV1SparkAddressAddressTransactionsResponse200ItemsItem,
        )

        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        total = d.pop("total", UNSET)

        _items = d.pop("items", UNSET)
        items: (
            list[GetV1SparkAddressAddressTransactionsResponse200ItemsItem] | Unset
        ) = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = (
                    GetV1SparkAddressAddressTransactionsResponse200ItemsItem.from_dict(
                        items_item_data
                    )
                )

                items.append(items_item)

        get_v1_spark_address_address_transactions_response_200 = cls(
            offset=offset,
            limit=limit,
            total=total,
            items=items,
        )

        get_v1_spark_address_address_transactions_response_200.additional_properties = d
        return get_v1_spark_address_address_transactions_response_200

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
