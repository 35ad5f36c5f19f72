from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item_fee_rates import (
        GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItemFeeRates,
    )


T = TypeVar("T", bound="GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItem")


@_attrs_define
class GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItem:
    """
    Attributes:
        height (float | Unset):
        weight (float | Unset):
        vbytes (float | Unset):
        txn_count (float | Unset):
        total_fees_sats (float | Unset):
        fee_rates (GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItemFeeRates | Unset):
    """

    height: float | Unset = UNSET
    weight: float | Unset = UNSET
    vbytes: float | Unset = UNSET
    txn_count: float | Unset = UNSET
    total_fees_sats: float | Unset = UNSET
    fee_rates: (
        GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItemFeeRates | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        weight = self.weight

        vbytes = self.vbytes

        txn_count = self.txn_count

        total_fees_sats = self.total_fees_sats

        fee_rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_rates, Unset):
            fee_rates = self.fee_rates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if height is not UNSET:
            field_dict["height"] = height
        if weight is not UNSET:
            field_dict["weight"] = weight
        if vbytes is not UNSET:
            field_dict["vbytes"] = vbytes
        if txn_count is not UNSET:
            field_dict["txnCount"] = txn_count
        if total_fees_sats is not UNSET:
            field_dict["totalFeesSats"] = total_fees_sats
        if fee_rates is not UNSET:
            field_dict["feeRates"] = fee_rates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item_fee_rates import (
            GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItemFeeRates,
        )

        d = dict(src_dict)
        height = d.pop("height", UNSET)

        weight = d.pop("weight", UNSET)

        vbytes = d.pop("vbytes", UNSET)

        txn_count = d.pop("txnCount", UNSET)

        total_fees_sats = d.pop("totalFeesSats", UNSET)

        _fee_rates = d.pop("feeRates", UNSET)
        fee_rates: (
            GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItemFeeRates | Unset
        )
        if isinstance(_fee_rates, Unset):
            fee_rates = UNSET
        else:
            fee_rates = GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItemFeeRates.from_dict(
                _fee_rates
            )

        get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item = cls(
            height=height,
            weight=weight,
            vbytes=vbytes,
            txn_count=txn_count,
            total_fees_sats=total_fees_sats,
            fee_rates=fee_rates,
        )

        get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item.additional_properties = d
        return get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item

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
