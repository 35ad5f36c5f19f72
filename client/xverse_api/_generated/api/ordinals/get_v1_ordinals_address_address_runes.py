from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rune_balances_page import RuneBalancesPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    address: str,
    *,
    offset: float | Unset = 0.0,
    limit: float | Unset = 60.0,
    rune_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["runeId"] = rune_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ordinals/address/{address}/runes".format(
            address=quote(str(address), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RuneBalancesPage | str | None:
    if response.status_code == 200:
        response_200 = RuneBalancesPage.from_dict(response.json())

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
) -> Response[RuneBalancesPage | str]:
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
    offset: float | Unset = 0.0,
    limit: float | Unset = 60.0,
    rune_id: str | Unset = UNSET,
) -> Response[RuneBalancesPage | str]:
    """Retrieve confirmed Runes balances held by a specific address.<br/><br/><b>Note:</b> The Api response
    includes limit & offset for future pagination extension, but
     at the moment query parameters are ignored and the response is always the full list.
    So, limit equals the total items number, be sure to handle pagination as the limit can change once
    pagination
    is implemented.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 60.0.
        rune_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RuneBalancesPage | str]
    """

    kwargs = _get_kwargs(
        address=address,
        offset=offset,
        limit=limit,
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
    offset: float | Unset = 0.0,
    limit: float | Unset = 60.0,
    rune_id: str | Unset = UNSET,
) -> RuneBalancesPage | str | None:
    """Retrieve confirmed Runes balances held by a specific address.<br/><br/><b>Note:</b> The Api response
    includes limit & offset for future pagination extension, but
     at the moment query parameters are ignored and the response is always the full list.
    So, limit equals the total items number, be sure to handle pagination as the limit can change once
    pagination
    is implemented.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 60.0.
        rune_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RuneBalancesPage | str
    """

    return sync_detailed(
        address=address,
        client=client,
        offset=offset,
        limit=limit,
        rune_id=rune_id,
    ).parsed


async def asyncio_detailed(
    address: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = 0.0,
    limit: float | Unset = 60.0,
    rune_id: str | Unset = UNSET,
) -> Response[RuneBalancesPage | str]:
    """Retrieve confirmed Runes balances held by a specific address.<br/><br/><b>Note:</b> The Api response
    includes limit & offset for future pagination extension, but
     at the moment query parameters are ignored and the response is always the full list.
    So, limit equals the total items number, be sure to handle pagination as the limit can change once
    pagination
    is implemented.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 60.0.
        rune_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RuneBalancesPage | str]
    """

    kwargs = _get_kwargs(
        address=address,
        offset=offset,
        limit=limit,
        rune_id=rune_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    address: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = 0.0,
    limit: float | Unset = 60.0,
    rune_id: str | Unset = UNSET,
) -> RuneBalancesPage | str | None:
    """Retrieve confirmed Runes balances held by a specific address.<br/><br/><b>Note:</b> The Api response
    includes limit & offset for future pagination extension, but
     at the moment query parameters are ignored and the response is always the full list.
    So, limit equals the total items number, be sure to handle pagination as the limit can change once
    pagination
    is implemented.

    Args:
        address (str):  Example: bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch.
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 60.0.
        rune_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RuneBalancesPage | str
    """

    return (
        await asyncio_detailed(
            address=address,
            client=client,
            offset=offset,
            limit=limit,
            rune_id=rune_id,
        )
    ).parsed
