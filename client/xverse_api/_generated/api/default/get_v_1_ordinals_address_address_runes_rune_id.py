from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_ordinals_address_address_runes_rune_id_response_200 import (
    GetV1OrdinalsAddressAddressRunesRuneIdResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    address: str,
    rune_id: str,
    *,
    offset: float | Unset = 0.0,
    limit: float | Unset = 60.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ordinals/address/{address}/runes/{rune_id}".format(
            address=quote(str(address), safe=""),
            rune_id=quote(str(rune_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetV1OrdinalsAddressAddressRunesRuneIdResponse200 | str | None:
    if response.status_code == 200:
        response_200 = GetV1OrdinalsAddressAddressRunesRuneIdResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = cast(str, response.json())
        return response_400

    if response.status_code == 401:
        response_401 = cast(str, response.json())
        return response_401

    if response.status_code == 404:
        response_404 = cast(str, response.json())
        return response_404

    if response.status_code == 429:
        response_429 = cast(str, response.json())
        return response_429

    if response.status_code == 500:
        response_500 = cast(str, response.json())
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetV1OrdinalsAddressAddressRunesRuneIdResponse200 | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    address: str,
    rune_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = 0.0,
    limit: float | Unset = 60.0,
) -> Response[GetV1OrdinalsAddressAddressRunesRuneIdResponse200 | str]:
    """Transaction history of one rune for one address, paged.

     Transactions touching a rune for an address, with per-address and whole-transaction rune movements.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        rune_id (str):
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 60.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1OrdinalsAddressAddressRunesRuneIdResponse200 | str]
    """

    kwargs = _get_kwargs(
        address=address,
        rune_id=rune_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    address: str,
    rune_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = 0.0,
    limit: float | Unset = 60.0,
) -> GetV1OrdinalsAddressAddressRunesRuneIdResponse200 | str | None:
    """Transaction history of one rune for one address, paged.

     Transactions touching a rune for an address, with per-address and whole-transaction rune movements.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        rune_id (str):
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 60.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200 | str
    """

    return sync_detailed(
        address=address,
        rune_id=rune_id,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    address: str,
    rune_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = 0.0,
    limit: float | Unset = 60.0,
) -> Response[GetV1OrdinalsAddressAddressRunesRuneIdResponse200 | str]:
    """Transaction history of one rune for one address, paged.

     Transactions touching a rune for an address, with per-address and whole-transaction rune movements.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        rune_id (str):
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 60.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1OrdinalsAddressAddressRunesRuneIdResponse200 | str]
    """

    kwargs = _get_kwargs(
        address=address,
        rune_id=rune_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    address: str,
    rune_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = 0.0,
    limit: float | Unset = 60.0,
) -> GetV1OrdinalsAddressAddressRunesRuneIdResponse200 | str | None:
    """Transaction history of one rune for one address, paged.

     Transactions touching a rune for an address, with per-address and whole-transaction rune movements.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        rune_id (str):
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 60.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1OrdinalsAddressAddressRunesRuneIdResponse200 | str
    """

    return (
        await asyncio_detailed(
            address=address,
            rune_id=rune_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
