from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_runes_batch_info_response_200_item import (
    GetV1RunesBatchInfoResponse200Item,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    rune_ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["runeIds"] = rune_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runes/batch-info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetV1RunesBatchInfoResponse200Item] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetV1RunesBatchInfoResponse200Item.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

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
) -> Response[list[GetV1RunesBatchInfoResponse200Item] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    rune_ids: str,
) -> Response[list[GetV1RunesBatchInfoResponse200Item] | str]:
    """Metadata and market data for a comma-separated list of runes.

     Same data as the single-rune lookup for up to 10 runes at once; pass the rune ids comma-separated in
    runeIds.

    Args:
        rune_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetV1RunesBatchInfoResponse200Item] | str]
    """

    kwargs = _get_kwargs(
        rune_ids=rune_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    rune_ids: str,
) -> list[GetV1RunesBatchInfoResponse200Item] | str | None:
    """Metadata and market data for a comma-separated list of runes.

     Same data as the single-rune lookup for up to 10 runes at once; pass the rune ids comma-separated in
    runeIds.

    Args:
        rune_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetV1RunesBatchInfoResponse200Item] | str
    """

    return sync_detailed(
        client=client,
        rune_ids=rune_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    rune_ids: str,
) -> Response[list[GetV1RunesBatchInfoResponse200Item] | str]:
    """Metadata and market data for a comma-separated list of runes.

     Same data as the single-rune lookup for up to 10 runes at once; pass the rune ids comma-separated in
    runeIds.

    Args:
        rune_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetV1RunesBatchInfoResponse200Item] | str]
    """

    kwargs = _get_kwargs(
        rune_ids=rune_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    rune_ids: str,
) -> list[GetV1RunesBatchInfoResponse200Item] | str | None:
    """Metadata and market data for a comma-separated list of runes.

     Same data as the single-rune lookup for up to 10 runes at once; pass the rune ids comma-separated in
    runeIds.

    Args:
        rune_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetV1RunesBatchInfoResponse200Item] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            rune_ids=rune_ids,
        )
    ).parsed
