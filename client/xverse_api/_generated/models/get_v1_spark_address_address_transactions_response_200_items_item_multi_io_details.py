from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details_inputs_item import (
        GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsInputsItem,
    )
    from ..models.get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details_outputs_item import (
        GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsOutputsItem,
    )


T = TypeVar(
    "T", bound="GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetails"
)


@_attrs_define
class GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetails:
    """
    Attributes:
        inputs (list[GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsInputsItem] | Unset):
        outputs (list[GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsOutputsItem] | Unset):
        total_input_amount (float | Unset):
        total_output_amount (float | Unset):
    """

    inputs: (
        list[
            GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsInputsItem
        ]
        | Unset
    ) = UNSET
    outputs: (
        list[
            GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsOutputsItem
        ]
        | Unset
    ) = UNSET
    total_input_amount: float | Unset = UNSET
    total_output_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

        total_input_amount = self.total_input_amount

        total_output_amount = self.total_output_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if total_input_amount is not UNSET:
            field_dict["totalInputAmount"] = total_input_amount
        if total_output_amount is not UNSET:
            field_dict["totalOutputAmount"] = total_output_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details_inputs_item import (
            GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsInputsItem,
        )
        from ..models.get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details_outputs_item import (
            GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsOutputsItem,
        )

        d = dict(src_dict)
        _inputs = d.pop("inputs", UNSET)
        inputs: (
            list[
                GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsInputsItem
            ]
            | Unset
        ) = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsInputsItem.from_dict(
                    inputs_item_data
                )

                inputs.append(inputs_item)

        _outputs = d.pop("outputs", UNSET)
        outputs: (
            list[
                GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsOutputsItem
            ]
            | Unset
        ) = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsOutputsItem.from_dict(
                    outputs_item_data
                )

                outputs.append(outputs_item)

        total_input_amount = d.pop("totalInputAmount", UNSET)

        total_output_amount = d.pop("totalOutputAmount", UNSET)

        get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details = cls(
            inputs=inputs,
            outputs=outputs,
            total_input_amount=total_input_amount,
            total_output_amount=total_output_amount,
        )

        get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details.additional_properties = d
        return get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details

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
