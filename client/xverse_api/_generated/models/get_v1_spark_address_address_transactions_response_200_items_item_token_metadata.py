from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="GetV1SparkAddressAddressTransactionsResponse200ItemsItemTokenMetadata"
)


@_attrs_define
class GetV1SparkAddressAddressTransactionsResponse200ItemsItemTokenMetadata:
    """
    Attributes:
        token_identifier (str | Unset):
        token_address (str | Unset):
        name (str | Unset):
        ticker (str | Unset):
        decimals (float | Unset):
        issuer_public_key (str | Unset):
        max_supply (float | Unset):
        is_freezable (bool | Unset):
        icon_url (str | Unset):
    """

    token_identifier: str | Unset = UNSET
    token_address: str | Unset = UNSET
    name: str | Unset = UNSET
    ticker: str | Unset = UNSET
    decimals: float | Unset = UNSET
    issuer_public_key: str | Unset = UNSET
    max_supply: float | Unset = UNSET
    is_freezable: bool | Unset = UNSET
    icon_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_identifier = self.token_identifier

        token_address = self.token_address

        name = self.name

        ticker = self.ticker

        decimals = self.decimals

        issuer_public_key = self.issuer_public_key

        max_supply = self.max_supply

        is_freezable = self.is_freezable

        icon_url = self.icon_url

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
        if max_supply is not UNSET:
            field_dict["maxSupply"] = max_supply
        if is_freezable is not UNSET:
            field_dict["isFreezable"] = is_freezable
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url

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

        max_supply = d.pop("maxSupply", UNSET)

        is_freezable = d.pop("isFreezable", UNSET)

        icon_url = d.pop("iconUrl", UNSET)

        get_v1_spark_address_address_transactions_response_200_items_item_token_metadata = cls(
            token_identifier=token_identifier,
            token_address=token_address,
            name=name,
            ticker=ticker,
            decimals=decimals,
            issuer_public_key=issuer_public_key,
            max_supply=max_supply,
            is_freezable=is_freezable,
            icon_url=icon_url,
        )

        get_v1_spark_address_address_transactions_response_200_items_item_token_metadata.additional_properties = d
        return get_v1_spark_address_address_transactions_response_200_items_item_token_metadata

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
