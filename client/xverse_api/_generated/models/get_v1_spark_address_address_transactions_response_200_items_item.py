from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_spark_address_address_transactions_response_200_items_item_counterparty import (
        GetV1SparkAddressAddressTransactionsResponse200ItemsItemCounterparty,
    )
    from ..models.get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details import (
        GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetails,
    )
    from ..models.get_v1_spark_address_address_transactions_response_200_items_item_token_metadata import (
        GetV1SparkAddressAddressTransactionsResponse200ItemsItemTokenMetadata,
    )


T = TypeVar("T", bound="GetV1SparkAddressAddressTransactionsResponse200ItemsItem")


@_attrs_define
class GetV1SparkAddressAddressTransactionsResponse200ItemsItem:
    """
    Attributes:
        id (str | Unset):
        type_ (str | Unset):
        direction (str | Unset):
        counterparty (GetV1SparkAddressAddressTransactionsResponse200ItemsItemCounterparty | Unset):
        amount_sats (float | Unset):
        token_amount (float | Unset):
        value_usd (float | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        status (str | Unset):
        txid (str | Unset):
        token_metadata (GetV1SparkAddressAddressTransactionsResponse200ItemsItemTokenMetadata | Unset):
        multi_io_details (GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetails | Unset):
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    direction: str | Unset = UNSET
    counterparty: (
        GetV1SparkAddressAddressTransactionsResponse200ItemsItemCounterparty | Unset
    ) = UNSET
    amount_sats: float | Unset = UNSET
    token_amount: float | Unset = UNSET
    value_usd: float | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    status: str | Unset = UNSET
    txid: str | Unset = UNSET
    token_metadata: (
        GetV1SparkAddressAddressTransactionsResponse200ItemsItemTokenMetadata | Unset
    ) = UNSET
    multi_io_details: (
        GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetails | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        direction = self.direction

        counterparty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counterparty, Unset):
            counterparty = self.counterparty.to_dict()

        amount_sats = self.amount_sats

        token_amount = self.token_amount

        value_usd = self.value_usd

        created_at = self.created_at

        updated_at = self.updated_at

        status = self.status

        txid = self.txid

        token_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_metadata, Unset):
            token_metadata = self.token_metadata.to_dict()

        multi_io_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.multi_io_details, Unset):
            multi_io_details = self.multi_io_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if direction is not UNSET:
            field_dict["direction"] = direction
        if counterparty is not UNSET:
            field_dict["counterparty"] = counterparty
        if amount_sats is not UNSET:
            field_dict["amountSats"] = amount_sats
        if token_amount is not UNSET:
            field_dict["tokenAmount"] = token_amount
        if value_usd is not UNSET:
            field_dict["valueUsd"] = value_usd
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if txid is not UNSET:
            field_dict["txid"] = txid
        if token_metadata is not UNSET:
            field_dict["tokenMetadata"] = token_metadata
        if multi_io_details is not UNSET:
            field_dict["multiIoDetails"] = multi_io_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_spark_address_address_transactions_response_200_items_item_counterparty import (
            GetV1SparkAddressAddressTransactionsResponse200ItemsItemCounterparty,
        )
        from ..models.get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details import (
            GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetails,
        )
        from ..models.get_v1_spark_address_address_transactions_response_200_items_item_token_metadata import (
            GetV1SparkAddressAddressTransactionsResponse200ItemsItemTokenMetadata,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        direction = d.pop("direction", UNSET)

        _counterparty = d.pop("counterparty", UNSET)
        counterparty: (
            GetV1SparkAddressAddressTransactionsResponse200ItemsItemCounterparty | Unset
        )
        if isinstance(_counterparty, Unset):
            counterparty = UNSET
        else:
            counterparty = GetV1SparkAddressAddressTransactionsResponse200ItemsItemCounterparty.from_dict(
                _counterparty
            )

        amount_sats = d.pop("amountSats", UNSET)

        token_amount = d.pop("tokenAmount", UNSET)

        value_usd = d.pop("valueUsd", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        status = d.pop("status", UNSET)

        txid = d.pop("txid", UNSET)

        _token_metadata = d.pop("tokenMetadata", UNSET)
        token_metadata: (
            GetV1SparkAddressAddressTransactionsResponse200ItemsItemTokenMetadata
            | Unset
        )
        if isinstance(_token_metadata, Unset):
            token_metadata = UNSET
        else:
            token_metadata = GetV1SparkAddressAddressTransactionsResponse200ItemsItemTokenMetadata.from_dict(
                _token_metadata
            )

        _multi_io_details = d.pop("multiIoDetails", UNSET)
        multi_io_details: (
            GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetails
            | Unset
        )
        if isinstance(_multi_io_details, Unset):
            multi_io_details = UNSET
        else:
            multi_io_details = GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetails.from_dict(
                _multi_io_details
            )

        get_v1_spark_address_address_transactions_response_200_items_item = cls(
            id=id,
            type_=type_,
            direction=direction,
            counterparty=counterparty,
            amount_sats=amount_sats,
            token_amount=token_amount,
            value_usd=value_usd,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            txid=txid,
            token_metadata=token_metadata,
            multi_io_details=multi_io_details,
        )

        get_v1_spark_address_address_transactions_response_200_items_item.additional_properties = d
        return get_v1_spark_address_address_transactions_response_200_items_item

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
