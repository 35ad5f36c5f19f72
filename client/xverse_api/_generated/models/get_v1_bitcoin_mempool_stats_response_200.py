from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item import (
        GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItem,
    )


T = TypeVar("T", bound="GetV1BitcoinMempoolStatsResponse200")


@_attrs_define
class GetV1BitcoinMempoolStatsResponse200:
    """
    Attributes:
        current_block_height (float | Unset):
        projected_blocks (list[GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItem] | Unset):
    """

    current_block_height: float | Unset = UNSET
    projected_blocks: (
        list[GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_block_height = self.current_block_height

        projected_blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projected_blocks, Unset):
            projected_blocks = []
            for projected_blocks_item_data in self.projected_blocks:
                projected_blocks_item = projected_blocks_item_data.to_dict()
                projected_blocks.append(projected_blocks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_block_height is not UNSET:
            field_dict["currentBlockHeight"] = current_block_height
        if projected_blocks is not UNSET:
            field_dict["projectedBlocks"] = projected_blocks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item import (
            GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItem,
        )

        d = dict(src_dict)
        current_block_height = d.pop("currentBlockHeight", UNSET)

        _projected_blocks = d.pop("projectedBlocks", UNSET)
        projected_blocks: (
            list[GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItem] | Unset
        ) = UNSET
        if _projected_blocks is not UNSET:
            projected_blocks = []
            for projected_blocks_item_data in _projected_blocks:
                projected_blocks_item = (
                    GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItem.from_dict(
                        projected_blocks_item_data
                    )
                )

                projected_blocks.append(projected_blocks_item)

        get_v1_bitcoin_mempool_stats_response_200 = cls(
            current_block_height=current_block_height,
            projected_blocks=projected_blocks,
        )

        get_v1_bitcoin_mempool_stats_response_200.additional_properties = d
        return get_v1_bitcoin_mempool_stats_response_200

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
