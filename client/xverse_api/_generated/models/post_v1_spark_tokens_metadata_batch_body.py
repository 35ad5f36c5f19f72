from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostV1SparkTokensMetadataBatchBody")


@_attrs_define
class PostV1SparkTokensMetadataBatchBody:
    """
    Attributes:
        token_addresses (list[str]): Token addresses as 66-character hex strings (at most 100).
    """

    token_addresses: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_addresses = self.token_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenAddresses": token_addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token_addresses = cast(list[str], d.pop("tokenAddresses"))

        post_v1_spark_tokens_metadata_batch_body = cls(
            token_addresses=token_addresses,
        )

        post_v1_spark_tokens_metadata_batch_body.additional_properties = d
        return post_v1_spark_tokens_metadata_batch_body

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
