from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItemFeeRates")


@_attrs_define
class GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItemFeeRates:
    """
    Attributes:
        min_ (float | Unset):
        max_ (float | Unset):
        avg (float | Unset):
        median (float | Unset):
        p75 (float | Unset):
        p95 (float | Unset):
    """

    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
    avg: float | Unset = UNSET
    median: float | Unset = UNSET
    p75: float | Unset = UNSET
    p95: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        avg = self.avg

        median = self.median

        p75 = self.p75

        p95 = self.p95

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if avg is not UNSET:
            field_dict["avg"] = avg
        if median is not UNSET:
            field_dict["median"] = median
        if p75 is not UNSET:
            field_dict["p75"] = p75
        if p95 is not UNSET:
            field_dict["p95"] = p95

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        avg = d.pop("avg", UNSET)

        median = d.pop("median", UNSET)

        p75 = d.pop("p75", UNSET)

        p95 = d.pop("p95", UNSET)

        get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item_fee_rates = cls(
            min_=min_,
            max_=max_,
            avg=avg,
            median=median,
            p75=p75,
            p95=p95,
        )

        get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item_fee_rates.additional_properties = d
        return get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item_fee_rates

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
