from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_spark_tx_txid_response_200_bitcoin_tx_data_status import (
        GetV1SparkTxTxidResponse200BitcoinTxDataStatus,
    )
    from ..models.get_v1_spark_tx_txid_response_200_bitcoin_tx_data_vin_item import (
        GetV1SparkTxTxidResponse200BitcoinTxDataVinItem,
    )
    from ..models.get_v1_spark_tx_txid_response_200_bitcoin_tx_data_vout_item import (
        GetV1SparkTxTxidResponse200BitcoinTxDataVoutItem,
    )


T = TypeVar("T", bound="GetV1SparkTxTxidResponse200BitcoinTxData")


@_attrs_define
class GetV1SparkTxTxidResponse200BitcoinTxData:
    """
    Attributes:
        txid (str | Unset):
        vin (list[GetV1SparkTxTxidResponse200BitcoinTxDataVinItem] | Unset):
        vout (list[GetV1SparkTxTxidResponse200BitcoinTxDataVoutItem] | Unset):
        status (GetV1SparkTxTxidResponse200BitcoinTxDataStatus | Unset):
        fee (float | Unset):
    """

    txid: str | Unset = UNSET
    vin: list[GetV1SparkTxTxidResponse200BitcoinTxDataVinItem] | Unset = UNSET
    vout: list[GetV1SparkTxTxidResponse200BitcoinTxDataVoutItem] | Unset = UNSET
    status: GetV1SparkTxTxidResponse200BitcoinTxDataStatus | Unset = UNSET
    fee: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txid = self.txid

        vin: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vin, Unset):
            vin = []
            for vin_item_data in self.vin:
                vin_item = vin_item_data.to_dict()
                vin.append(vin_item)

        vout: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vout, Unset):
            vout = []
            for vout_item_data in self.vout:
                vout_item = vout_item_data.to_dict()
                vout.append(vout_item)

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        fee = self.fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txid is not UNSET:
            field_dict["txid"] = txid
        if vin is not UNSET:
            field_dict["vin"] = vin
        if vout is not UNSET:
            field_dict["vout"] = vout
        if status is not UNSET:
            field_dict["status"] = status
        if fee is not UNSET:
            field_dict["fee"] = fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_spark_tx_txid_response_200_bitcoin_tx_data_status import (
            GetV1SparkTxTxidResponse200BitcoinTxDataStatus,
        )
        from ..models.get_v1_spark_tx_txid_response_200_bitcoin_tx_data_vin_item import (
            GetV1SparkTxTxidResponse200BitcoinTxDataVinItem,
        )
        from ..models.get_v1_spark_tx_txid_response_200_bitcoin_tx_data_vout_item import (
            GetV1SparkTxTxidResponse200BitcoinTxDataVoutItem,
        )

        d = dict(src_dict)
        txid = d.pop("txid", UNSET)

        _vin = d.pop("vin", UNSET)
        vin: list[GetV1SparkTxTxidResponse200BitcoinTxDataVinItem] | Unset = UNSET
        if _vin is not UNSET:
            vin = []
            for vin_item_data in _vin:
                vin_item = GetV1SparkTxTxidResponse200BitcoinTxDataVinItem.from_dict(
                    vin_item_data
                )

                vin.append(vin_item)

        _vout = d.pop("vout", UNSET)
        vout: list[GetV1SparkTxTxidResponse200BitcoinTxDataVoutItem] | Unset = UNSET
        if _vout is not UNSET:
            vout = []
            for vout_item_data in _vout:
                vout_item = GetV1SparkTxTxidResponse200BitcoinTxDataVoutItem.from_dict(
                    vout_item_data
                )

                vout.append(vout_item)

        _status = d.pop("status", UNSET)
        status: GetV1SparkTxTxidResponse200BitcoinTxDataStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetV1SparkTxTxidResponse200BitcoinTxDataStatus.from_dict(_status)

        fee = d.pop("fee", UNSET)

        get_v1_spark_tx_txid_response_200_bitcoin_tx_data = cls(
            txid=txid,
            vin=vin,
            vout=vout,
            status=status,
            fee=fee,
        )

        get_v1_spark_tx_txid_response_200_bitcoin_tx_data.additional_properties = d
        return get_v1_spark_tx_txid_response_200_bitcoin_tx_data

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
