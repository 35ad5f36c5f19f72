from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_runes_identifier_holders_response_200 import (
    GetV1RunesIdentifierHoldersResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    identifier: str,
    *,
    offset: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    last_modified_block_gte: float | Unset = 0.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["lastModifiedBlockGte"] = last_modified_block_gte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runes/{identifier}/holders".format(
            identifier=quote(str(identifier), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetV1RunesIdentifierHoldersResponse200 | str | None:
    if response.status_code == 200:
        response_200 = GetV1RunesIdentifierHoldersResponse200.from_dict(response.json())

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
) -> Response[GetV1RunesIdentifierHoldersResponse200 | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    last_modified_block_gte: float | Unset = 0.0,
) -> Response[GetV1RunesIdentifierHoldersResponse200 | str]:
    """Rune holders with the amount each holds, paged.

     Addresses holding a rune with their amount and the block height of their last change; paged with
    offset/limit and filterable by last-modified block.

    Args:
        identifier (str):
        offset (float | Unset):
        limit (float | Unset):
        last_modified_block_gte (float | Unset):  Default: 0.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1RunesIdentifierHoldersResponse200 | str]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        offset=offset,
        limit=limit,
        last_modified_block_gte=last_modified_block_gte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    last_modified_block_gte: float | Unset = 0.0,
) -> GetV1RunesIdentifierHoldersResponse200 | str | None:
    """Rune holders with the amount each holds, paged.

     Addresses holding a rune with their amount and the block height of their last change; paged with
    offset/limit and filterable by last-modified block.

    Args:
        identifier (str):
        offset (float | Unset):
        limit (float | Unset):
        last_modified_block_gte (float | Unset):  Default: 0.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1RunesIdentifierHoldersResponse200 | str
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        offset=offset,
        limit=limit,
        last_modified_block_gte=last_modified_block_gte,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    last_modified_block_gte: float | Unset = 0.0,
) -> Response[GetV1RunesIdentifierHoldersResponse200 | str]:
    """Rune holders with the amount each holds, paged.

     Addresses holding a rune with their amount and the block height of their last change; paged with
    offset/limit and filterable by last-modified block.

    Args:
        identifier (str):
        offset (float | Unset):
        limit (float | Unset):
        last_modified_block_gte (float | Unset):  Default: 0.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1RunesIdentifierHoldersResponse200 | str]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        offset=offset,
        limit=limit,
        last_modified_block_gte=last_modified_block_gte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    last_modified_block_gte: float | Unset = 0.0,
) -> GetV1RunesIdentifierHoldersResponse200 | str | None:
    """Rune holders with the amount each holds, paged.

     Addresses holding a rune with their amount and the block height of their last change; paged with
    offset/limit and filterable by last-modified block.

    Args:
        identifier (str):
        offset (float | Unset):
        limit (float | Unset):
        last_modified_block_gte (float | Unset):  Default: 0.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1RunesIdentifierHoldersResponse200 | str
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            offset=offset,
            limit=limit,
            last_modified_block_gte=last_modified_block_gte,
        )
    ).parsed
