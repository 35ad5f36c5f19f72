from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1BitcoinAddressAddressSummaryResponse200")


@_attrs_define
class GetV1BitcoinAddressAddressSummaryResponse200:
    """
    Attributes:
        txids (Any | Unset):
        confirmed_balance (Any | Unset):
        unconfirmed_balance (Any | Unset):
        offset (Any | Unset):
        limit (Any | Unset):
    """

    txids: Any | Unset = UNSET
    confirmed_balance: Any | Unset = UNSET
    unconfirmed_balance: Any | Unset = UNSET
    offset: Any | Unset = UNSET
    limit: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txids = self.txids

        confirmed_balance = self.confirmed_balance

        unconfirmed_balance = self.unconfirmed_balance

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txids is not UNSET:
            field_dict["txids"] = txids
        if confirmed_balance is not UNSET:
            field_dict["confirmedBalance"] = confirmed_balance
        if unconfirmed_balance is not UNSET:
            field_dict["unconfirmedBalance"] = unconfirmed_balance
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        txids = d.pop("txids", UNSET)

        confirmed_balance = d.pop("confirmedBalance", UNSET)

        unconfirmed_balance = d.pop("unconfirmedBalance", UNSET)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        get_v1_bitcoin_address_address_summary_response_200 = cls(
            txids=txids,
            confirmed_balance=confirmed_balance,
            unconfirmed_balance=unconfirmed_balance,
            offset=offset,
            limit=limit,
        )

        get_v1_bitcoin_address_address_summary_response_200.additional_properties = d
        return get_v1_bitcoin_address_address_summary_response_200

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
