from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v2_runes_address_address_balance_response_200_balances_item import (
        GetV2RunesAddressAddressBalanceResponse200BalancesItem,
    )


T = TypeVar("T", bound="GetV2RunesAddressAddressBalanceResponse200")


@_attrs_define
class GetV2RunesAddressAddressBalanceResponse200:
    """
    Attributes:
        balances (list[GetV2RunesAddressAddressBalanceResponse200BalancesItem] | Unset):
        indexer_height (float | Unset):
    """

    balances: list[GetV2RunesAddressAddressBalanceResponse200BalancesItem] | Unset = (
        UNSET
    )
    indexer_height: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for balances_item_data in self.balances:
                balances_item = balances_item_data.to_dict()
                balances.append(balances_item)

        indexer_height = self.indexer_height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balances is not UNSET:
            field_dict["balances"] = balances
        if indexer_height is not UNSET:
            field_dict["indexerHeight"] = indexer_height

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v2_runes_address_address_balance_response_200_balances_item import (
            GetV2RunesAddressAddressBalanceResponse200BalancesItem,
        )

        d = dict(src_dict)
        _balances = d.pop("balances", UNSET)
        balances: (
            list[GetV2RunesAddressAddressBalanceResponse200BalancesItem] | Unset
        ) = UNSET
        if _balances is not UNSET:
            balances = []
            for balances_item_data in _balances:
                balances_item = (
                    GetV2RunesAddressAddressBalanceResponse200BalancesItem.from_dict(
                        balances_item_data
                    )
                )

                balances.append(balances_item)

        indexer_height = d.pop("indexerHeight", UNSET)

        get_v2_runes_address_address_balance_response_200 = cls(
            balances=balances,
            indexer_height=indexer_height,
        )

        get_v2_runes_address_address_balance_response_200.additional_properties = d
        return get_v2_runes_address_address_balance_response_200

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
