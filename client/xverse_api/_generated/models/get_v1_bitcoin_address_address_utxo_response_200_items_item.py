from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_bitcoin_address_address_utxo_response_200_items_item_status import (
        GetV1BitcoinAddressAddressUtxoResponse200ItemsItemStatus,
    )


T = TypeVar("T", bound="GetV1BitcoinAddressAddressUtxoResponse200ItemsItem")


@_attrs_define
class GetV1BitcoinAddressAddressUtxoResponse200ItemsItem:
    """
    Attributes:
        txid (str | Unset):
        vout (float | Unset):
        value (float | Unset):
        status (GetV1BitcoinAddressAddressUtxoResponse200ItemsItemStatus | Unset):
    """

    txid: str | Unset = UNSET
    vout: float | Unset = UNSET
    value: float | Unset = UNSET
    status: GetV1BitcoinAddressAddressUtxoResponse200ItemsItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txid = self.txid

        vout = self.vout

        value = self.value

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txid is not UNSET:
            field_dict["txid"] = txid
        if vout is not UNSET:
            field_dict["vout"] = vout
        if value is not UNSET:
            field_dict["value"] = value
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_bitcoin_address_address_utxo_response_200_items_item_status import (
            GetV1BitcoinAddressAddressUtxoResponse200ItemsItemStatus,
        )

        d = dict(src_dict)
        txid = d.pop("txid", UNSET)

        vout = d.pop("vout", UNSET)

        value = d.pop("value", UNSET)

        _status = d.pop("status", UNSET)
        status: GetV1BitcoinAddressAddressUtxoResponse200ItemsItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetV1BitcoinAddressAddressUtxoResponse200ItemsItemStatus.from_dict(
                _status
            )

        get_v1_bitcoin_address_address_utxo_response_200_items_item = cls(
            txid=txid,
            vout=vout,
            value=value,
            status=status,
        )

        get_v1_bitcoin_address_address_utxo_response_200_items_item.additional_properties = d
        return get_v1_bitcoin_address_address_utxo_response_200_items_item

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
