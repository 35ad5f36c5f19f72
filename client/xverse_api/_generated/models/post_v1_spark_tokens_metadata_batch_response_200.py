from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_v1_spark_tokens_metadata_batch_response_200_metadata_item_type_0 import (
        PostV1SparkTokensMetadataBatchResponse200MetadataItemType0,
    )
    from ..models.post_v1_spark_tokens_metadata_batch_response_200_metadata_item_type_1 import (
        PostV1SparkTokensMetadataBatchResponse200MetadataItemType1,
    )


T = TypeVar("T", bound="PostV1SparkTokensMetadataBatchResponse200")


@_attrs_define
class PostV1SparkTokensMetadataBatchResponse200:
    """
    Attributes:
        metadata (list[PostV1SparkTokensMetadataBatchResponse200MetadataItemType0 |
            PostV1SparkTokensMetadataBatchResponse200MetadataItemType1]):
        total_count (float | Unset):
    """

    metadata: list[
        PostV1SparkTokensMetadataBatchResponse200MetadataItemType0
        | PostV1SparkTokensMetadataBatchResponse200MetadataItemType1
    ]
    total_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_v1_spark_tokens_metadata_batch_response_200_metadata_item_type_0 import (
            PostV1SparkTokensMetadataBatchResponse200MetadataItemType0,
        )

        metadata = []
        for metadata_item_data in self.metadata:
            metadata_item: dict[str, Any]
            if isinstance(
                metadata_item_data,
                PostV1SparkTokensMetadataBatchResponse200MetadataItemType0,
            ):
                metadata_item = metadata_item_data.to_dict()
            else:
                metadata_item = metadata_item_data.to_dict()

            metadata.append(metadata_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_v1_spark_tokens_metadata_batch_response_200_metadata_item_type_0 import (
            PostV1SparkTokensMetadataBatchResponse200MetadataItemType0,
        )
        from ..models.post_v1_spark_tokens_metadata_batch_response_200_metadata_item_type_1 import (
            PostV1SparkTokensMetadataBatchResponse200MetadataItemType1,
        )

        d = dict(src_dict)
        metadata = []
        _metadata = d.pop("metadata")
        for metadata_item_data in _metadata:

            def _parse_metadata_item(
                data: object,
            ) -> (
                PostV1SparkTokensMetadataBatchResponse200MetadataItemType0
                | PostV1SparkTokensMetadataBatchResponse200MetadataItemType1
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_item_type_0 = PostV1SparkTokensMetadataBatchResponse200MetadataItemType0.from_dict(
                        data
                    )

                    return metadata_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_item_type_1 = PostV1SparkTokensMetadataBatchResponse200MetadataItemType1.from_dict(
                    data
                )

                return metadata_item_type_1

            metadata_item = _parse_metadata_item(metadata_item_data)

            metadata.append(metadata_item)

        total_count = d.pop("totalCount", UNSET)

        post_v1_spark_tokens_metadata_batch_response_200 = cls(
            metadata=metadata,
            total_count=total_count,
        )

        post_v1_spark_tokens_metadata_batch_response_200.additional_properties = d
        return post_v1_spark_tokens_metadata_batch_response_200

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
