from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_v1_inscriptions_batch_response_200_item_collection_floor_price import (
        GetV1InscriptionsBatchResponse200ItemCollectionFloorPrice,
    )
    from ..models.get_v1_inscriptions_batch_response_200_item_last_inscription_sale_price import (
        GetV1InscriptionsBatchResponse200ItemLastInscriptionSalePrice,
    )


T = TypeVar("T", bound="GetV1InscriptionsBatchResponse200Item")


@_attrs_define
class GetV1InscriptionsBatchResponse200Item:
    """
    Attributes:
        id (str | Unset):
        offset (float | Unset):
        parent_ids (list[str] | Unset):
        delegate_id (str | Unset):
        block_height (float | Unset):
        content_type (str | Unset):
        content_length (float | Unset):
        effective_content_type (str | Unset):
        number (float | Unset):
        sat (float | Unset):
        charms (list[str] | Unset):
        current_output (str | Unset):
        current_address (str | Unset):
        last_transfer_height (float | Unset):
        last_transfer_timestamp (float | Unset):
        value (float | Unset):
        content_url (str | Unset):
        render_url (str | Unset):
        collection_id (str | Unset):
        collection_symbol (str | Unset):
        collection_name (str | Unset):
        collection_floor_price (GetV1InscriptionsBatchResponse200ItemCollectionFloorPrice | Unset):
        last_inscription_sale_price (GetV1InscriptionsBatchResponse200ItemLastInscriptionSalePrice | Unset):
        indexer_height (float | Unset):
    """

    id: str | Unset = UNSET
    offset: float | Unset = UNSET
    parent_ids: list[str] | Unset = UNSET
    delegate_id: str | Unset = UNSET
    block_height: float | Unset = UNSET
    content_type: str | Unset = UNSET
    content_length: float | Unset = UNSET
    effective_content_type: str | Unset = UNSET
    number: float | Unset = UNSET
    sat: float | Unset = UNSET
    charms: list[str] | Unset = UNSET
    current_output: str | Unset = UNSET
    current_address: str | Unset = UNSET
    last_transfer_height: float | Unset = UNSET
    last_transfer_timestamp: float | Unset = UNSET
    value: float | Unset = UNSET
    content_url: str | Unset = UNSET
    render_url: str | Unset = UNSET
    collection_id: str | Unset = UNSET
    collection_symbol: str | Unset = UNSET
    collection_name: str | Unset = UNSET
    collection_floor_price: (
        GetV1InscriptionsBatchResponse200ItemCollectionFloorPrice | Unset
    ) = UNSET
    last_inscription_sale_price: (
        GetV1InscriptionsBatchResponse200ItemLastInscriptionSalePrice | Unset
    ) = UNSET
    indexer_height: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        offset = self.offset

        parent_ids: list[str] | Unset = UNSET
        if not isinstance(self.parent_ids, Unset):
            parent_ids = self.parent_ids

        delegate_id = self.delegate_id

        block_height = self.block_height

        content_type = self.content_type

        content_length = self.content_length

        effective_content_type = self.effective_content_type

        number = self.number

        sat = self.sat

        charms: list[str] | Unset = UNSET
        if not isinstance(self.charms, Unset):
            charms = self.charms

        current_output = self.current_output

        current_address = self.current_address

        last_transfer_height = self.last_transfer_height

        last_transfer_timestamp = self.last_transfer_timestamp

        value = self.value

        content_url = self.content_url

        render_url = self.render_url

        collection_id = self.collection_id

        collection_symbol = self.collection_symbol

        collection_name = self.collection_name

        collection_floor_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection_floor_price, Unset):
            collection_floor_price = self.collection_floor_price.to_dict()

        last_inscription_sale_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_inscription_sale_price, Unset):
            last_inscription_sale_price = self.last_inscription_sale_price.to_dict()

        indexer_height = self.indexer_height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if offset is not UNSET:
            field_dict["offset"] = offset
        if parent_ids is not UNSET:
            field_dict["parentIds"] = parent_ids
        if delegate_id is not UNSET:
            field_dict["delegateId"] = delegate_id
        if block_height is not UNSET:
            field_dict["blockHeight"] = block_height
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if content_length is not UNSET:
            field_dict["contentLength"] = content_length
        if effective_content_type is not UNSET:
            field_dict["effectiveContentType"] = effective_content_type
        if number is not UNSET:
            field_dict["number"] = number
        if sat is not UNSET:
            field_dict["sat"] = sat
        if charms is not UNSET:
            field_dict["charms"] = charms
        if current_output is not UNSET:
            field_dict["currentOutput"] = current_output
        if current_address is not UNSET:
            field_dict["currentAddress"] = current_address
        if last_transfer_height is not UNSET:
            field_dict["lastTransferHeight"] = last_transfer_height
        if last_transfer_timestamp is not UNSET:
            field_dict["lastTransferTimestamp"] = last_transfer_timestamp
        if value is not UNSET:
            field_dict["value"] = value
        if content_url is not UNSET:
            field_dict["contentUrl"] = content_url
        if render_url is not UNSET:
            field_dict["renderUrl"] = render_url
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if collection_symbol is not UNSET:
            field_dict["collectionSymbol"] = collection_symbol
        if collection_name is not UNSET:
            field_dict["collectionName"] = collection_name
        if collection_floor_price is not UNSET:
            field_dict["collectionFloorPrice"] = collection_floor_price
        if last_inscription_sale_price is not UNSET:
            field_dict["lastInscriptionSalePrice"] = last_inscription_sale_price
        if indexer_height is not UNSET:
            field_dict["indexerHeight"] = indexer_height

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_v1_inscriptions_batch_response_200_item_collection_floor_price import (
            GetV1InscriptionsBatchResponse200ItemCollectionFloorPrice,
        )
        from ..models.get_v1_inscriptions_batch_response_200_item_last_inscription_sale_price import (
            GetV1InscriptionsBatchResponse200ItemLastInscriptionSalePrice,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        offset = d.pop("offset", UNSET)

        parent_ids = cast(list[str], d.pop("parentIds", UNSET))

        delegate_id = d.pop("delegateId", UNSET)

        block_height = d.pop("blockHeight", UNSET)

        content_type = d.pop("contentType", UNSET)

        content_length = d.pop("contentLength", UNSET)

        effective_content_type = d.pop("effectiveContentType", UNSET)

        number = d.pop("number", UNSET)

        sat = d.pop("sat", UNSET)

        charms = cast(list[str], d.pop("charms", UNSET))

        current_output = d.pop("currentOutput", UNSET)

        current_address = d.pop("currentAddress", UNSET)

        last_transfer_height = d.pop("lastTransferHeight", UNSET)

        last_transfer_timestamp = d.pop("lastTransferTimestamp", UNSET)

        value = d.pop("value", UNSET)

        content_url = d.pop("contentUrl", UNSET)

        render_url = d.pop("renderUrl", UNSET)

        collection_id = d.pop("collectionId", UNSET)

        collection_symbol = d.pop("collectionSymbol", UNSET)

        collection_name = d.pop("collectionName", UNSET)

        _collection_floor_price = d.pop("collectionFloorPrice", UNSET)
        collection_floor_price: (
            GetV1InscriptionsBatchResponse200ItemCollectionFloorPrice | Unset
        )
        if isinstance(_collection_floor_price, Unset):
            collection_floor_price = UNSET
        else:
            collection_floor_price = (
                GetV1InscriptionsBatchResponse200ItemCollectionFloorPrice.from_dict(
                    _collection_floor_price
                )
            )

        _last_inscription_sale_price = d.pop("lastInscriptionSalePrice", UNSET)
        last_inscription_sale_price: (
            GetV1InscriptionsBatchResponse200ItemLastInscriptionSalePrice | Unset
        )
        if isinstance(_last_inscription_sale_price, Unset):
            last_inscription_sale_price = UNSET
        else:
            last_inscription_sale_price = (
                GetV1InscriptionsBatchResponse200ItemLastInscriptionSalePrice.from_dict(
                    _last_inscription_sale_price
                )
            )

        indexer_height = d.pop("indexerHeight", UNSET)

        get_v1_inscriptions_batch_response_200_item = cls(
            id=id,
            offset=offset,
            parent_ids=parent_ids,
            delegate_id=delegate_id,
            block_height=block_height,
            content_type=content_type,
            content_length=content_length,
            effective_content_type=effective_content_type,
            number=number,
            sat=sat,
            charms=charms,
            current_output=current_output,
            current_address=current_address,
            last_transfer_height=last_transfer_height,
            last_transfer_timestamp=last_transfer_timestamp,
            value=value,
            content_url=content_url,
            render_url=render_url,
            collection_id=collection_id,
            collection_symbol=collection_symbol,
            collection_name=collection_name,
            collection_floor_price=collection_floor_price,
            last_inscription_sale_price=last_inscription_sale_price,
            indexer_height=indexer_height,
        )

        get_v1_inscriptions_batch_response_200_item.additional_properties = d
        return get_v1_inscriptions_batch_response_200_item

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
