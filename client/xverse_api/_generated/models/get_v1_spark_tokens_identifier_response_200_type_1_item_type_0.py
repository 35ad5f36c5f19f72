from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1SparkTokensIdentifierResponse200Type1ItemType0")


@_attrs_define
class GetV1SparkTokensIdentifierResponse200Type1ItemType0:
    """
    Attributes:
        token_identifier (str | Unset):
        token_address (str | Unset):
        name (str | Unset):
        ticker (str | Unset):
        decimals (float | Unset):
        issuer_public_key (str | Unset):
    """

    token_identifier: str | Unset = UNSET
    token_address: str | Unset = UNSET
    name: str | Unset = UNSET
    ticker: str | Unset = UNSET
    decimals: float | Unset = UNSET
    issuer_public_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_identifier = self.token_identifier

        token_address = self.token_address

        name = self.name

        ticker = self.ticker

        decimals = self.decimals

        issuer_public_key = self.issuer_public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token_identifier is not UNSET:
            field_dict["tokenIdentifier"] = token_identifier
        if token_address is not UNSET:
            field_dict["tokenAddress"] = token_address
        if name is not UNSET:
            field_dict["name"] = name
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if decimals is not UNSET:
            field_dict["decimals"] = decimals
        if issuer_public_key is not UNSET:
            field_dict["issuerPublicKey"] = issuer_public_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token_identifier = d.pop("tokenIdentifier", UNSET)

        token_address = d.pop("tokenAddress", UNSET)

        name = d.pop("name", UNSET)

        ticker = d.pop("ticker", UNSET)

        decimals = d.pop("decimals", UNSET)

        issuer_public_key = d.pop("issuerPublicKey", UNSET)

        get_v1_spark_tokens_identifier_response_200_type_1_item_type_0 = cls(
            token_identifier=token_identifier,
            token_address=token_address,
            name=name,
            ticker=ticker,
            decimals=decimals,
            issuer_public_key=issuer_public_key,
        )

        get_v1_spark_tokens_identifier_response_200_type_1_item_type_0.additional_properties = d
        return get_v1_spark_tokens_identifier_response_200_type_1_item_type_0

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
