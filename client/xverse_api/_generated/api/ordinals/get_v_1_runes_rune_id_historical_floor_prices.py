from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_runes_rune_id_historical_floor_prices_response_200_item import (
    GetV1RunesRuneIdHistoricalFloorPricesResponse200Item,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    rune_id: str,
    *,
    from_timestamp: str,
    to_timestamp: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fromTimestamp"] = from_timestamp

    params["toTimestamp"] = to_timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runes/{rune_id}/historical-floor-prices".format(
            rune_id=quote(str(rune_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetV1RunesRuneIdHistoricalFloorPricesResponse200Item] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = (
                GetV1RunesRuneIdHistoricalFloorPricesResponse200Item.from_dict(
                    response_200_item_data
                )
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
) -> Response[list[GetV1RunesRuneIdHistoricalFloorPricesResponse200Item] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rune_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_timestamp: str,
    to_timestamp: str | Unset = UNSET,
) -> Response[list[GetV1RunesRuneIdHistoricalFloorPricesResponse200Item] | str]:
    """Historical floor prices of a rune (v1).

     Floor price points of a rune between two ISO timestamps (at most one year back).

    Args:
        rune_id (str):
        from_timestamp (str):
        to_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetV1RunesRuneIdHistoricalFloorPricesResponse200Item] | str]
    """

    kwargs = _get_kwargs(
        rune_id=rune_id,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rune_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_timestamp: str,
    to_timestamp: str | Unset = UNSET,
) -> list[GetV1RunesRuneIdHistoricalFloorPricesResponse200Item] | str | None:
    """Historical floor prices of a rune (v1).

     Floor price points of a rune between two ISO timestamps (at most one year back).

    Args:
        rune_id (str):
        from_timestamp (str):
        to_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetV1RunesRuneIdHistoricalFloorPricesResponse200Item] | str
    """

    return sync_detailed(
        rune_id=rune_id,
        client=client,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
    ).parsed


async def asyncio_detailed(
    rune_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_timestamp: str,
    to_timestamp: str | Unset = UNSET,
) -> Response[list[GetV1RunesRuneIdHistoricalFloorPricesResponse200Item] | str]:
    """Historical floor prices of a rune (v1).

     Floor price points of a rune between two ISO timestamps (at most one year back).

    Args:
        rune_id (str):
        from_timestamp (str):
        to_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetV1RunesRuneIdHistoricalFloorPricesResponse200Item] | str]
    """

    kwargs = _get_kwargs(
        rune_id=rune_id,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rune_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_timestamp: str,
    to_timestamp: str | Unset = UNSET,
) -> list[GetV1RunesRuneIdHistoricalFloorPricesResponse200Item] | str | None:
    """Historical floor prices of a rune (v1).

     Floor price points of a rune between two ISO timestamps (at most one year back).

    Args:
        rune_id (str):
        from_timestamp (str):
        to_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetV1RunesRuneIdHistoricalFloorPricesResponse200Item] | str
    """

    return (
        await asyncio_detailed(
            rune_id=rune_id,
            client=client,
            from_timestamp=from_timestamp,
            to_timestamp=to_timestamp,
        )
    ).parsed
