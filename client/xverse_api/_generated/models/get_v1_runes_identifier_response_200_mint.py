from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_v1_runes_identifier_response_200_mint_height import (
        GetV1RunesIdentifierResponse200MintHeight,
    )
    from ..models.get_v1_runes_identifier_response_200_mint_offset import (
        GetV1RunesIdentifierResponse200MintOffset,
    )


T = TypeVar("T", bound="GetV1RunesIdentifierResponse200Mint")


@_attrs_define
class GetV1RunesIdentifierResponse200Mint:
    """
    Attributes:
        offset (GetV1RunesIdentifierResponse200MintOffset):
        height (GetV1RunesIdentifierResponse200MintHeight):
    """

    offset: GetV1RunesIdentifierResponse200MintOffset
    height: GetV1RunesIdentifierResponse200MintHeight
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
        from ..models.get_v1_runes_identifier_response_200_mint_height import (
            GetV1RunesIdentifierResponse200MintHeight,
        )
        from ..models.get_v1_runes_identifier_response_200_mint_offset import (
            GetV1RunesIdentifierResponse200MintOffset,
        )

        d = dict(src_dict)
        offset = GetV1RunesIdentifierResponse200MintOffset.from_dict(d.pop("offset"))

        height = GetV1RunesIdentifierResponse200MintHeight.from_dict(d.pop("height"))

        get_v1_runes_identifier_response_200_mint = cls(
            offset=offset,
            height=height,
        )

        get_v1_runes_identifier_response_200_mint.additional_properties = d
        return get_v1_runes_identifier_response_200_mint

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
