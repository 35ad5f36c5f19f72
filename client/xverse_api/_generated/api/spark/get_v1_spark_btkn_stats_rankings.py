from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_spark_btkn_stats_rankings_response_200_item import (
    GetV1SparkBtknStatsRankingsResponse200Item,
)
from ...models.get_v1_spark_btkn_stats_rankings_sort import (
    GetV1SparkBtknStatsRankingsSort,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: float | Unset = 10.0,
    sort: GetV1SparkBtknStatsRankingsSort
    | Unset = GetV1SparkBtknStatsRankingsSort.VOLUME24H_DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/spark/btkn/stats/rankings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetV1SparkBtknStatsRankingsResponse200Item] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetV1SparkBtknStatsRankingsResponse200Item.from_dict(
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
) -> Response[list[GetV1SparkBtknStatsRankingsResponse200Item] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: float | Unset = 10.0,
    sort: GetV1SparkBtknStatsRankingsSort
    | Unset = GetV1SparkBtknStatsRankingsSort.VOLUME24H_DESC,
) -> Response[list[GetV1SparkBtknStatsRankingsResponse200Item] | str]:
    """Top BTKN tokens by 24h volume or TVL.

     Ranked BTKN tokens with metadata and pool data; sorted by 24h volume descending unless sort says
    otherwise.

    Args:
        limit (float | Unset):  Default: 10.0.
        sort (GetV1SparkBtknStatsRankingsSort | Unset):  Default:
            GetV1SparkBtknStatsRankingsSort.VOLUME24H_DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetV1SparkBtknStatsRankingsResponse200Item] | str]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: float | Unset = 10.0,
    sort: GetV1SparkBtknStatsRankingsSort
    | Unset = GetV1SparkBtknStatsRankingsSort.VOLUME24H_DESC,
) -> list[GetV1SparkBtknStatsRankingsResponse200Item] | str | None:
    """Top BTKN tokens by 24h volume or TVL.

     Ranked BTKN tokens with metadata and pool data; sorted by 24h volume descending unless sort says
    otherwise.

    Args:
        limit (float | Unset):  Default: 10.0.
        sort (GetV1SparkBtknStatsRankingsSort | Unset):  Default:
            GetV1SparkBtknStatsRankingsSort.VOLUME24H_DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetV1SparkBtknStatsRankingsResponse200Item] | str
    """

    return sync_detailed(
        client=client,
        limit=limit,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: float | Unset = 10.0,
    sort: GetV1SparkBtknStatsRankingsSort
    | Unset = GetV1SparkBtknStatsRankingsSort.VOLUME24H_DESC,
) -> Response[list[GetV1SparkBtknStatsRankingsResponse200Item] | str]:
    """Top BTKN tokens by 24h volume or TVL.

     Ranked BTKN tokens with metadata and pool data; sorted by 24h volume descending unless sort says
    otherwise.

    Args:
        limit (float | Unset):  Default: 10.0.
        sort (GetV1SparkBtknStatsRankingsSort | Unset):  Default:
            GetV1SparkBtknStatsRankingsSort.VOLUME24H_DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetV1SparkBtknStatsRankingsResponse200Item] | str]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: float | Unset = 10.0,
    sort: GetV1SparkBtknStatsRankingsSort
    | Unset = GetV1SparkBtknStatsRankingsSort.VOLUME24H_DESC,
) -> list[GetV1SparkBtknStatsRankingsResponse200Item] | str | None:
    """Top BTKN tokens by 24h volume or TVL.

     Ranked BTKN tokens with metadata and pool data; sorted by 24h volume descending unless sort says
    otherwise.

    Args:
        limit (float | Unset):  Default: 10.0.
        sort (GetV1SparkBtknStatsRankingsSort | Unset):  Default:
            GetV1SparkBtknStatsRankingsSort.VOLUME24H_DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetV1SparkBtknStatsRankingsResponse200Item] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            sort=sort,
        )
    ).parsed
