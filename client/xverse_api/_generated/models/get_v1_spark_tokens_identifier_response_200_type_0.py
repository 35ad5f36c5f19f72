from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_spark_tokens_identifier_response_200_type_0_metadata_type_0 import (
        GetV1SparkTokensIdentifierResponse200Type0MetadataType0,
    )
    from ..models.get_v1_spark_tokens_identifier_response_200_type_0_metadata_type_1 import (
        GetV1SparkTokensIdentifierResponse200Type0MetadataType1,
    )


T = TypeVar("T", bound="GetV1SparkTokensIdentifierResponse200Type0")


@_attrs_define
class GetV1SparkTokensIdentifierResponse200Type0:
    """
    Attributes:
        metadata (GetV1SparkTokensIdentifierResponse200Type0MetadataType0 |
            GetV1SparkTokensIdentifierResponse200Type0MetadataType1 | Unset):
        total_supply (float | Unset):
        market_cap_usd (float | Unset):
        volume_24_h_usd (float | Unset):
    """

    metadata: (
        GetV1SparkTokensIdentifierResponse200Type0MetadataType0
        | GetV1SparkTokensIdentifierResponse200Type0MetadataType1
        | Unset
    ) = UNSET
    total_supply: float | Unset = UNSET
    market_cap_usd: float | Unset = UNSET
    volume_24_h_usd: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_v1_spark_tokens_identifier_response_200_type_0_metadata_type_0 import (
            GetV1SparkTokensIdentifierResponse200Type0MetadataType0,
        )

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(
            self.metadata, GetV1SparkTokensIdentifierResponse200Type0MetadataType0
        ):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata.to_dict()

        total_supply = self.total_supply

        market_cap_usd = self.market_cap_usd

        volume_24_h_usd = self.volume_24_h_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if total_supply is not UNSET:
            field_dict["totalSupply"] = total_supply
        if market_cap_usd is not UNSET:
            field_dict["marketCapUsd"] = market_cap_usd
        if volume_24_h_usd is not UNSET:
            field_dict["volume24hUsd"] = volume_24_h_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_spark_tokens_identifier_response_200_type_0_metadata_type_0 import (
            GetV1SparkTokensIdentifierResponse200Type0MetadataType0,
        )
        from ..models.get_v1_spark_tokens_identifier_response_200_type_0_metadata_type_1 import (
            GetV1SparkTokensIdentifierResponse200Type0MetadataType1,
        )

        d = dict(src_dict)

        def _parse_metadata(
            data: object,
        ) -> (
            GetV1SparkTokensIdentifierResponse200Type0MetadataType0
            | GetV1SparkTokensIdentifierResponse200Type0MetadataType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = (
                    GetV1SparkTokensIdentifierResponse200Type0MetadataType0.from_dict(
                        data
                    )
                )

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            metadata_type_1 = (
                GetV1SparkTokensIdentifierResponse200Type0MetadataType1.from_dict(data)
            )

            return metadata_type_1

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        total_supply = d.pop("totalSupply", UNSET)

        market_cap_usd = d.pop("marketCapUsd", UNSET)

        volume_24_h_usd = d.pop("volume24hUsd", UNSET)

        get_v1_spark_tokens_identifier_response_200_type_0 = cls(
            metadata=metadata,
            total_supply=total_supply,
            market_cap_usd=market_cap_usd,
            volume_24_h_usd=volume_24_h_usd,
        )

        get_v1_spark_tokens_identifier_response_200_type_0.additional_properties = d
        return get_v1_spark_tokens_identifier_response_200_type_0

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
