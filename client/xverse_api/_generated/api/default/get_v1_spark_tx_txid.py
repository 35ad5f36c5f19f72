from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_spark_tx_txid_response_200 import GetV1SparkTxTxidResponse200
from ...types import Response


def _get_kwargs(
    txid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/spark/tx/{txid}".format(
            txid=quote(str(txid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetV1SparkTxTxidResponse200 | str | None:
    if response.status_code == 200:
        response_200 = GetV1SparkTxTxidResponse200.from_dict(response.json())

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
) -> Response[GetV1SparkTxTxidResponse200 | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    txid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetV1SparkTxTxidResponse200 | str]:
    """Details of one Spark, Lightning, token or Bitcoin transaction.

     Transaction details by id or hash: parties, amounts, status, token metadata and, for Bitcoin legs,
    inputs/outputs and fee.

    Args:
        txid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1SparkTxTxidResponse200 | str]
    """

    kwargs = _get_kwargs(
        txid=txid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    txid: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetV1SparkTxTxidResponse200 | str | None:
    """Details of one Spark, Lightning, token or Bitcoin transaction.

     Transaction details by id or hash: parties, amounts, status, token metadata and, for Bitcoin legs,
    inputs/outputs and fee.

    Args:
        txid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1SparkTxTxidResponse200 | str
    """

    return sync_detailed(
        txid=txid,
        client=client,
    ).parsed


async def asyncio_detailed(
    txid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetV1SparkTxTxidResponse200 | str]:
    """Details of one Spark, Lightning, token or Bitcoin transaction.

     Transaction details by id or hash: parties, amounts, status, token metadata and, for Bitcoin legs,
    inputs/outputs and fee.

    Args:
        txid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1SparkTxTxidResponse200 | str]
    """

    kwargs = _get_kwargs(
        txid=txid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    txid: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetV1SparkTxTxidResponse200 | str | None:
    """Details of one Spark, Lightning, token or Bitcoin transaction.

     Transaction details by id or hash: parties, amounts, status, token metadata and, for Bitcoin legs,
    inputs/outputs and fee.

    Args:
        txid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1SparkTxTxidResponse200 | str
    """

    return (
        await asyncio_detailed(
            txid=txid,
            client=client,
        )
    ).parsed
