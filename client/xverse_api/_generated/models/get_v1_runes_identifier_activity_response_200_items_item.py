from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetV1RunesIdentifierActivityResponse200ItemsItem")


@_attrs_define
class GetV1RunesIdentifierActivityResponse200ItemsItem:
    """
    Attributes:
        block_height (float):
        block_time (str):
        txid (str):
        index (float | None):
        type_ (str):
        amount (str):
        address (None | str):
    """

    block_height: float
    block_time: str
    txid: str
    index: float | None
    type_: str
    amount: str
    address: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_height = self.block_height

        block_time = self.block_time

        txid = self.txid

        index: float | None
        index = self.index

        type_ = self.type_

        amount = self.amount

        address: None | str
        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blockHeight": block_height,
                "blockTime": block_time,
                "txid": txid,
                "index": index,
                "type": type_,
                "amount": amount,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        block_height = d.pop("blockHeight")

        block_time = d.pop("blockTime")

        txid = d.pop("txid")

        def _parse_index(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        index = _parse_index(d.pop("index"))

        type_ = d.pop("type")

        amount = d.pop("amount")

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        get_v1_runes_identifier_activity_response_200_items_item = cls(
            block_height=block_height,
            block_time=block_time,
            txid=txid,
            index=index,
            type_=type_,
            amount=amount,
            address=address,
        )

        get_v1_runes_identifier_activity_response_200_items_item.additional_properties = d
        return get_v1_runes_identifier_activity_response_200_items_item

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
