from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_spark_address_address_btkn_response_200_balance import (
        GetV1SparkAddressAddressBtknResponse200Balance,
    )
    from ..models.get_v1_spark_address_address_btkn_response_200_tokens_item import (
        GetV1SparkAddressAddressBtknResponse200TokensItem,
    )


T = TypeVar("T", bound="GetV1SparkAddressAddressBtknResponse200")


@_attrs_define
class GetV1SparkAddressAddressBtknResponse200:
    """
    Attributes:
        spark_address (str | Unset):
        public_key (str | Unset):
        balance (GetV1SparkAddressAddressBtknResponse200Balance | Unset):
        total_value_usd (float | Unset):
        transaction_count (float | Unset):
        token_count (float | Unset):
        tokens (list[GetV1SparkAddressAddressBtknResponse200TokensItem] | Unset):
    """

    spark_address: str | Unset = UNSET
    public_key: str | Unset = UNSET
    balance: GetV1SparkAddressAddressBtknResponse200Balance | Unset = UNSET
    total_value_usd: float | Unset = UNSET
    transaction_count: float | Unset = UNSET
    token_count: float | Unset = UNSET
    tokens: list[GetV1SparkAddressAddressBtknResponse200TokensItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spark_address = self.spark_address

        public_key = self.public_key

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        total_value_usd = self.total_value_usd

        transaction_count = self.transaction_count

        token_count = self.token_count

        tokens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = []
            for tokens_item_data in self.tokens:
                tokens_item = tokens_item_data.to_dict()
                tokens.append(tokens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spark_address is not UNSET:
            field_dict["sparkAddress"] = spark_address
        if public_key is not UNSET:
            field_dict["publicKey"] = public_key
        if balance is not UNSET:
            field_dict["balance"] = balance
        if total_value_usd is not UNSET:
            field_dict["totalValueUsd"] = total_value_usd
        if transaction_count is not UNSET:
            field_dict["transactionCount"] = transaction_count
        if token_count is not UNSET:
            field_dict["tokenCount"] = token_count
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_spark_address_address_btkn_response_200_balance import (
            GetV1SparkAddressAddressBtknResponse200Balance,
        )
        from ..models.get_v1_spark_address_address_btkn_response_200_tokens_item import (
            GetV1SparkAddressAddressBtknResponse200TokensItem,
        )

        d = dict(src_dict)
        spark_address = d.pop("sparkAddress", UNSET)

        public_key = d.pop("publicKey", UNSET)

        _balance = d.pop("balance", UNSET)
        balance: GetV1SparkAddressAddressBtknResponse200Balance | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = GetV1SparkAddressAddressBtknResponse200Balance.from_dict(_balance)

        total_value_usd = d.pop("totalValueUsd", UNSET)

        transaction_count = d.pop("transactionCount", UNSET)

        token_count = d.pop("tokenCount", UNSET)

        _tokens = d.pop("tokens", UNSET)
        tokens: list[GetV1SparkAddressAddressBtknResponse200TokensItem] | Unset = UNSET
        if _tokens is not UNSET:
            tokens = []
            for tokens_item_data in _tokens:
                tokens_item = (
                    GetV1SparkAddressAddressBtknResponse200TokensItem.from_dict(
                        tokens_item_data
                    )
                )

                tokens.append(tokens_item)

        get_v1_spark_address_address_btkn_response_200 = cls(
            spark_address=spark_address,
            public_key=public_key,
            balance=balance,
            total_value_usd=total_value_usd,
            transaction_count=transaction_count,
            token_count=token_count,
            tokens=tokens,
        )

        get_v1_spark_address_address_btkn_response_200.additional_properties = d
        return get_v1_spark_address_address_btkn_response_200

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
