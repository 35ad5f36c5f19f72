from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_address_list import (
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressList,
    )
    from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_own_activity_item import (
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemOwnActivityItem,
    )
    from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes import (
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunes,
    )


T = TypeVar(
    "T", bound="GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItem"
)


@_attrs_define
class GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItem:
    """
    Attributes:
        txid (str | Unset):
        block_height (float | Unset):
        block_time (float | Unset):
        own_activity (list[GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemOwnActivityItem] | Unset):
        total_out (float | Unset):
        total_in (float | Unset):
        address_list (GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressList | Unset):
        runes (GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunes | Unset):
    """

    txid: str | Unset = UNSET
    block_height: float | Unset = UNSET
    block_time: float | Unset = UNSET
    own_activity: (
        list[
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemOwnActivityItem
        ]
        | Unset
    ) = UNSET
    total_out: float | Unset = UNSET
    total_in: float | Unset = UNSET
    address_list: (
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressList
        | Unset
    ) = UNSET
    runes: (
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunes | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txid = self.txid

        block_height = self.block_height

        block_time = self.block_time

        own_activity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.own_activity, Unset):
            own_activity = []
            for own_activity_item_data in self.own_activity:
                own_activity_item = own_activity_item_data.to_dict()
                own_activity.append(own_activity_item)

        total_out = self.total_out

        total_in = self.total_in

        address_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_list, Unset):
            address_list = self.address_list.to_dict()

        runes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runes, Unset):
            runes = self.runes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txid is not UNSET:
            field_dict["txid"] = txid
        if block_height is not UNSET:
            field_dict["blockHeight"] = block_height
        if block_time is not UNSET:
            field_dict["blockTime"] = block_time
        if own_activity is not UNSET:
            field_dict["ownActivity"] = own_activity
        if total_out is not UNSET:
            field_dict["totalOut"] = total_out
        if total_in is not UNSET:
            field_dict["totalIn"] = total_in
        if address_list is not UNSET:
            field_dict["addressList"] = address_list
        if runes is not UNSET:
            field_dict["runes"] = runes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_address_list import (
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressList,
        )
        from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_own_activity_item import (
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemOwnActivityItem,
        )
        from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes import (
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunes,
        )

        d = dict(src_dict)
        txid = d.pop("txid", UNSET)

        block_height = d.pop("blockHeight", UNSET)

        block_time = d.pop("blockTime", UNSET)

        _own_activity = d.pop("ownActivity", UNSET)
        own_activity: (
            list[
                GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemOwnActivityItem
            ]
            | Unset
        ) = UNSET
        if _own_activity is not UNSET:
            own_activity = []
            for own_activity_item_data in _own_activity:
                own_activity_item = GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemOwnActivityItem.from_dict(
                    own_activity_item_data
                )

                own_activity.append(own_activity_item)

        total_out = d.pop("totalOut", UNSET)

        total_in = d.pop("totalIn", UNSET)

        _address_list = d.pop("addressList", UNSET)
        address_list: (
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressList
            | Unset
        )
        if isinstance(_address_list, Unset):
            address_list = UNSET
        else:
            address_list = GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressList.from_dict(
                _address_list
            )

        _runes = d.pop("runes", UNSET)
        runes: (
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunes
            | Unset
        )
        if isinstance(_runes, Unset):
            runes = UNSET
        else:
            runes = GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunes.from_dict(
                _runes
            )

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item = (
            cls(
                txid=txid,
                block_height=block_height,
                block_time=block_time,
                own_activity=own_activity,
                total_out=total_out,
                total_in=total_in,
                address_list=address_list,
                runes=runes,
            )
        )

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item.additional_properties = d
        return (
            get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item
        )

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
