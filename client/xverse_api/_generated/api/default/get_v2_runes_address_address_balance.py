from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v2_runes_address_address_balance_response_200 import (
    GetV2RunesAddressAddressBalanceResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    address: str,
    *,
    rune_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["runeId"] = rune_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/runes/address/{address}/balance".format(
            address=quote(str(address), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetV2RunesAddressAddressBalanceResponse200 | str | None:
    if response.status_code == 200:
        response_200 = GetV2RunesAddressAddressBalanceResponse200.from_dict(
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
) -> Response[GetV2RunesAddressAddressBalanceResponse200 | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    address: str,
    *,
    client: AuthenticatedClient | Client,
    rune_id: str | Unset = UNSET,
) -> Response[GetV2RunesAddressAddressBalanceResponse200 | str]:
    """Mempool-aware rune balances of one address (v2).

     Per-rune confirmed, available and projected balances of an address, plus pending
    incoming/outgoing/net amounts from the mempool.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        rune_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV2RunesAddressAddressBalanceResponse200 | str]
    """

    kwargs = _get_kwargs(
        address=address,
        rune_id=rune_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    address: str,
    *,
    client: AuthenticatedClient | Client,
    rune_id: str | Unset = UNSET,
) -> GetV2RunesAddressAddressBalanceResponse200 | str | None:
    """Mempool-aware rune balances of one address (v2).

     Per-rune confirmed, available and projected balances of an address, plus pending
    incoming/outgoing/net amounts from the mempool.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        rune_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV2RunesAddressAddressBalanceResponse200 | str
    """

    return sync_detailed(
        address=address,
        client=client,
        rune_id=rune_id,
    ).parsed


async def asyncio_detailed(
    address: str,
    *,
    client: AuthenticatedClient | Client,
    rune_id: str | Unset = UNSET,
) -> Response[GetV2RunesAddressAddressBalanceResponse200 | str]:
    """Mempool-aware rune balances of one address (v2).

     Per-rune confirmed, available and projected balances of an address, plus pending
    incoming/outgoing/net amounts from the mempool.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        rune_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV2RunesAddressAddressBalanceResponse200 | str]
    """

    kwargs = _get_kwargs(
        address=address,
        rune_id=rune_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    address: str,
    *,
    client: AuthenticatedClient | Client,
    rune_id: str | Unset = UNSET,
) -> GetV2RunesAddressAddressBalanceResponse200 | str | None:
    """Mempool-aware rune balances of one address (v2).

     Per-rune confirmed, available and projected balances of an address, plus pending
    incoming/outgoing/net amounts from the mempool.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        rune_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV2RunesAddressAddressBalanceResponse200 | str
    """

    return (
        await asyncio_detailed(
            address=address,
            client=client,
            rune_id=rune_id,
        )
    ).parsed
