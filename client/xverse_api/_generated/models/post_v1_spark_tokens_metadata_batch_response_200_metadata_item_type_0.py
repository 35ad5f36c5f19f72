from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1SparkTokensMetadataBatchResponse200MetadataItemType0")


@_attrs_define
class PostV1SparkTokensMetadataBatchResponse200MetadataItemType0:
    """
    Attributes:
        holder_count (float | Unset):
        price_usd (float | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    holder_count: float | Unset = UNSET
    price_usd: float | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        holder_count = self.holder_count

        price_usd = self.price_usd

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if holder_count is not UNSET:
            field_dict["holderCount"] = holder_count
        if price_usd is not UNSET:
            field_dict["priceUsd"] = price_usd
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        holder_count = d.pop("holderCount", UNSET)

        price_usd = d.pop("priceUsd", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        post_v1_spark_tokens_metadata_batch_response_200_metadata_item_type_0 = cls(
            holder_count=holder_count,
            price_usd=price_usd,
            created_at=created_at,
            updated_at=updated_at,
        )

        post_v1_spark_tokens_metadata_batch_response_200_metadata_item_type_0.additional_properties = d
        return post_v1_spark_tokens_metadata_batch_response_200_metadata_item_type_0

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
