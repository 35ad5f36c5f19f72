from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_spark_tx_txid_response_200_bitcoin_tx_data import (
        GetV1SparkTxTxidResponse200BitcoinTxData,
    )
    from ..models.get_v1_spark_tx_txid_response_200_from import (
        GetV1SparkTxTxidResponse200From,
    )
    from ..models.get_v1_spark_tx_txid_response_200_multi_io_details import (
        GetV1SparkTxTxidResponse200MultiIoDetails,
    )
    from ..models.get_v1_spark_tx_txid_response_200_to import (
        GetV1SparkTxTxidResponse200To,
    )
    from ..models.get_v1_spark_tx_txid_response_200_token_metadata import (
        GetV1SparkTxTxidResponse200TokenMetadata,
    )


T = TypeVar("T", bound="GetV1SparkTxTxidResponse200")


@_attrs_define
class GetV1SparkTxTxidResponse200:
    """
    Attributes:
        id (str | Unset):
        type_ (str | Unset):
        status (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        from_ (GetV1SparkTxTxidResponse200From | Unset):
        to (GetV1SparkTxTxidResponse200To | Unset):
        amount_sats (float | Unset):
        amount (float | Unset):
        value_usd (float | Unset):
        time_taken_seconds (float | Unset):
        token_metadata (GetV1SparkTxTxidResponse200TokenMetadata | Unset):
        multi_io_details (GetV1SparkTxTxidResponse200MultiIoDetails | Unset):
        txid (str | Unset):
        bitcoin_tx_data (GetV1SparkTxTxidResponse200BitcoinTxData | Unset):
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    from_: GetV1SparkTxTxidResponse200From | Unset = UNSET
    to: GetV1SparkTxTxidResponse200To | Unset = UNSET
    amount_sats: float | Unset = UNSET
    amount: float | Unset = UNSET
    value_usd: float | Unset = UNSET
    time_taken_seconds: float | Unset = UNSET
    token_metadata: GetV1SparkTxTxidResponse200TokenMetadata | Unset = UNSET
    multi_io_details: GetV1SparkTxTxidResponse200MultiIoDetails | Unset = UNSET
    txid: str | Unset = UNSET
    bitcoin_tx_data: GetV1SparkTxTxidResponse200BitcoinTxData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        amount_sats = self.amount_sats

        amount = self.amount

        value_usd = self.value_usd

        time_taken_seconds = self.time_taken_seconds

        token_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_metadata, Unset):
            token_metadata = self.token_metadata.to_dict()

        multi_io_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.multi_io_details, Unset):
            multi_io_details = self.multi_io_details.to_dict()

        txid = self.txid

        bitcoin_tx_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bitcoin_tx_data, Unset):
            bitcoin_tx_data = self.bitcoin_tx_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if amount_sats is not UNSET:
            field_dict["amountSats"] = amount_sats
        if amount is not UNSET:
            field_dict["amount"] = amount
        if value_usd is not UNSET:
            field_dict["valueUsd"] = value_usd
        if time_taken_seconds is not UNSET:
            field_dict["timeTakenSeconds"] = time_taken_seconds
        if token_metadata is not UNSET:
            field_dict["tokenMetadata"] = token_metadata
        if multi_io_details is not UNSET:
            field_dict["multiIoDetails"] = multi_io_details
        if txid is not UNSET:
            field_dict["txid"] = txid
        if bitcoin_tx_data is not UNSET:
            field_dict["bitcoinTxData"] = bitcoin_tx_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_spark_tx_txid_response_200_bitcoin_tx_data import (
            GetV1SparkTxTxidResponse200BitcoinTxData,
        )
        from ..models.get_v1_spark_tx_txid_response_200_from import (
            GetV1SparkTxTxidResponse200From,
        )
        from ..models.get_v1_spark_tx_txid_response_200_multi_io_details import (
            GetV1SparkTxTxidResponse200MultiIoDetails,
        )
        from ..models.get_v1_spark_tx_txid_response_200_to import (
            GetV1SparkTxTxidResponse200To,
        )
        from ..models.get_v1_spark_tx_txid_response_200_token_metadata import (
            GetV1SparkTxTxidResponse200TokenMetadata,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _from_ = d.pop("from", UNSET)
        from_: GetV1SparkTxTxidResponse200From | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = GetV1SparkTxTxidResponse200From.from_dict(_from_)

        _to = d.pop("to", UNSET)
        to: GetV1SparkTxTxidResponse200To | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = GetV1SparkTxTxidResponse200To.from_dict(_to)

        amount_sats = d.pop("amountSats", UNSET)

        amount = d.pop("amount", UNSET)

        value_usd = d.pop("valueUsd", UNSET)

        time_taken_seconds = d.pop("timeTakenSeconds", UNSET)

        _token_metadata = d.pop("tokenMetadata", UNSET)
        token_metadata: GetV1SparkTxTxidResponse200TokenMetadata | Unset
        if isinstance(_token_metadata, Unset):
            token_metadata = UNSET
        else:
            token_metadata = GetV1SparkTxTxidResponse200TokenMetadata.from_dict(
                _token_metadata
            )

        _multi_io_details = d.pop("multiIoDetails", UNSET)
        multi_io_details: GetV1SparkTxTxidResponse200MultiIoDetails | Unset
        if isinstance(_multi_io_details, Unset):
            multi_io_details = UNSET
        else:
            multi_io_details = GetV1SparkTxTxidResponse200MultiIoDetails.from_dict(
                _multi_io_details
            )

        txid = d.pop("txid", UNSET)

        _bitcoin_tx_data = d.pop("bitcoinTxData", UNSET)
        bitcoin_tx_data: GetV1SparkTxTxidResponse200BitcoinTxData | Unset
        if isinstance(_bitcoin_tx_data, Unset):
            bitcoin_tx_data = UNSET
        else:
            bitcoin_tx_data = GetV1SparkTxTxidResponse200BitcoinTxData.from_dict(
                _bitcoin_tx_data
            )

        get_v1_spark_tx_txid_response_200 = cls(
            id=id,
            type_=type_,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            from_=from_,
            to=to,
            amount_sats=amount_sats,
            amount=amount,
            value_usd=value_usd,
            time_taken_seconds=time_taken_seconds,
            token_metadata=token_metadata,
            multi_io_details=multi_io_details,
            txid=txid,
            bitcoin_tx_data=bitcoin_tx_data,
        )

        get_v1_spark_tx_txid_response_200.additional_properties = d
        return get_v1_spark_tx_txid_response_200

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
