from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_v1_runes_batch_info_response_200_item_mint_height import (
        GetV1RunesBatchInfoResponse200ItemMintHeight,
    )
    from ..models.get_v1_runes_batch_info_response_200_item_mint_offset import (
        GetV1RunesBatchInfoResponse200ItemMintOffset,
    )


T = TypeVar("T", bound="GetV1RunesBatchInfoResponse200ItemMint")


@_attrs_define
class GetV1RunesBatchInfoResponse200ItemMint:
    """
    Attributes:
        offset (GetV1RunesBatchInfoResponse200ItemMintOffset):
        height (GetV1RunesBatchInfoResponse200ItemMintHeight):
    """

    offset: GetV1RunesBatchInfoResponse200ItemMintOffset
    height: GetV1RunesBatchInfoResponse200ItemMintHeight
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset.to_dict()

        height = self.height.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offset": offset,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_runes_batch_info_response_200_item_mint_height import (
            GetV1RunesBatchInfoResponse200ItemMintHeight,
        )
        from ..models.get_v1_runes_batch_info_response_200_item_mint_offset import (
            GetV1RunesBatchInfoResponse200ItemMintOffset,
        )

        d = dict(src_dict)
        offset = GetV1RunesBatchInfoResponse200ItemMintOffset.from_dict(d.pop("offset"))

        height = GetV1RunesBatchInfoResponse200ItemMintHeight.from_dict(d.pop("height"))

        get_v1_runes_batch_info_response_200_item_mint = cls(
            offset=offset,
            height=height,
        )

        get_v1_runes_batch_info_response_200_item_mint.additional_properties = d
        return get_v1_runes_batch_info_response_200_item_mint

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
