from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_runes_stats_top_gainers_losers_response_200 import (
    GetV1RunesStatsTopGainersLosersResponse200,
)
from ...models.get_v1_runes_stats_top_gainers_losers_time_period import (
    GetV1RunesStatsTopGainersLosersTimePeriod,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    time_period: GetV1RunesStatsTopGainersLosersTimePeriod
    | Unset = GetV1RunesStatsTopGainersLosersTimePeriod.VALUE_0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_time_period: str | Unset = UNSET
    if not isinstance(time_period, Unset):
        json_time_period = time_period.value

    params["timePeriod"] = json_time_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runes/stats/top-gainers-losers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetV1RunesStatsTopGainersLosersResponse200 | str | None:
    if response.status_code == 200:
        response_200 = GetV1RunesStatsTopGainersLosersResponse200.from_dict(
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
) -> Response[GetV1RunesStatsTopGainersLosersResponse200 | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    time_period: GetV1RunesStatsTopGainersLosersTimePeriod
    | Unset = GetV1RunesStatsTopGainersLosersTimePeriod.VALUE_0,
) -> Response[GetV1RunesStatsTopGainersLosersResponse200 | str]:
    """Runes with the largest price rises and falls over a period.

     Top gainers and losers by percentage price change for the chosen period.

    Args:
        time_period (GetV1RunesStatsTopGainersLosersTimePeriod | Unset):  Default:
            GetV1RunesStatsTopGainersLosersTimePeriod.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1RunesStatsTopGainersLosersResponse200 | str]
    """

    kwargs = _get_kwargs(
        time_period=time_period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    time_period: GetV1RunesStatsTopGainersLosersTimePeriod
    | Unset = GetV1RunesStatsTopGainersLosersTimePeriod.VALUE_0,
) -> GetV1RunesStatsTopGainersLosersResponse200 | str | None:
    """Runes with the largest price rises and falls over a period.

     Top gainers and losers by percentage price change for the chosen period.

    Args:
        time_period (GetV1RunesStatsTopGainersLosersTimePeriod | Unset):  Default:
            GetV1RunesStatsTopGainersLosersTimePeriod.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1RunesStatsTopGainersLosersResponse200 | str
    """

    return sync_detailed(
        client=client,
        time_period=time_period,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    time_period: GetV1RunesStatsTopGainersLosersTimePeriod
    | Unset = GetV1RunesStatsTopGainersLosersTimePeriod.VALUE_0,
) -> Response[GetV1RunesStatsTopGainersLosersResponse200 | str]:
    """Runes with the largest price rises and falls over a period.

     Top gainers and losers by percentage price change for the chosen period.

    Args:
        time_period (GetV1RunesStatsTopGainersLosersTimePeriod | Unset):  Default:
            GetV1RunesStatsTopGainersLosersTimePeriod.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1RunesStatsTopGainersLosersResponse200 | str]
    """

    kwargs = _get_kwargs(
        time_period=time_period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    time_period: GetV1RunesStatsTopGainersLosersTimePeriod
    | Unset = GetV1RunesStatsTopGainersLosersTimePeriod.VALUE_0,
) -> GetV1RunesStatsTopGainersLosersResponse200 | str | None:
    """Runes with the largest price rises and falls over a period.

     Top gainers and losers by percentage price change for the chosen period.

    Args:
        time_period (GetV1RunesStatsTopGainersLosersTimePeriod | Unset):  Default:
            GetV1RunesStatsTopGainersLosersTimePeriod.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1RunesStatsTopGainersLosersResponse200 | str
    """

    return (
        await asyncio_detailed(
            client=client,
            time_period=time_period,
        )
    ).parsed
