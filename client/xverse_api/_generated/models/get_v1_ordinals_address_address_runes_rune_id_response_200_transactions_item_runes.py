from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity import (
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivity,
    )
    from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_own_activity import (
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivity,
    )


T = TypeVar(
    "T", bound="GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunes"
)


@_attrs_define
class GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunes:
    """
    Attributes:
        own_activity (GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivity | Unset):
        all_activity (GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivity | Unset):
    """

    own_activity: (
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivity
        | Unset
    ) = UNSET
    all_activity: (
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivity
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        own_activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.own_activity, Unset):
            own_activity = self.own_activity.to_dict()

        all_activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.all_activity, Unset):
            all_activity = self.all_activity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if own_activity is not UNSET:
            field_dict["ownActivity"] = own_activity
        if all_activity is not UNSET:
            field_dict["allActivity"] = all_activity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity import (
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivity,
        )
        from ..models.get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_own_activity import (
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivity,
        )

        d = dict(src_dict)
        _own_activity = d.pop("ownActivity", UNSET)
        own_activity: (
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivity
            | Unset
        )
        if isinstance(_own_activity, Unset):
            own_activity = UNSET
        else:
            own_activity = GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivity.from_dict(
                _own_activity
            )

        _all_activity = d.pop("allActivity", UNSET)
        all_activity: (
            GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivity
            | Unset
        )
        if isinstance(_all_activity, Unset):
            all_activity = UNSET
        else:
            all_activity = GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivity.from_dict(
                _all_activity
            )

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes = cls(
            own_activity=own_activity,
            all_activity=all_activity,
        )

        get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes.additional_properties = d
        return get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes

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
