from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_spark_tokens_identifier_response_200_type_0 import (
    GetV1SparkTokensIdentifierResponse200Type0,
)
from ...models.get_v1_spark_tokens_identifier_response_200_type_1_item_type_0 import (
    GetV1SparkTokensIdentifierResponse200Type1ItemType0,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    identifier: str,
    *,
    offset: float | Unset = 0.0,
    limit: float | Unset = 25.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/spark/tokens/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetV1SparkTokensIdentifierResponse200Type0
    | list[GetV1SparkTokensIdentifierResponse200Type1ItemType0]
    | str
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            GetV1SparkTokensIdentifierResponse200Type0
            | list[GetV1SparkTokensIdentifierResponse200Type1ItemType0]
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = (
                    GetV1SparkTokensIdentifierResponse200Type0.from_dict(data)
                )

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:

                def _parse_response_200_type_1_item(
                    data: object,
                ) -> GetV1SparkTokensIdentifierResponse200Type1ItemType0:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_1_item_type_0 = (
                        GetV1SparkTokensIdentifierResponse200Type1ItemType0.from_dict(
                            data
                        )
                    )

                    return response_200_type_1_item_type_0

                response_200_type_1_item = _parse_response_200_type_1_item(
                    response_200_type_1_item_data
                )

                response_200_type_1.append(response_200_type_1_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    GetV1SparkTokensIdentifierResponse200Type0
    | list[GetV1SparkTokensIdentifierResponse200Type1ItemType0]
    | str
]:
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
    offset: float | Unset = 0.0,
    limit: float | Unset = 25.0,
) -> Response[
    GetV1SparkTokensIdentifierResponse200Type0
    | list[GetV1SparkTokensIdentifierResponse200Type1ItemType0]
    | str
]:
    """One BTKN token by identifier/address, or a token search.

     Returns one token's details when the segment is a 64-hex identifier or a Bech32 token address;
    otherwise a paged search over name, ticker and address.

    Args:
        identifier (str):
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 25.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1SparkTokensIdentifierResponse200Type0 | list[GetV1SparkTokensIdentifierResponse200Type1ItemType0] | str]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = 0.0,
    limit: float | Unset = 25.0,
) -> (
    GetV1SparkTokensIdentifierResponse200Type0
    | list[GetV1SparkTokensIdentifierResponse200Type1ItemType0]
    | str
    | None
):
    """One BTKN token by identifier/address, or a token search.

     Returns one token's details when the segment is a 64-hex identifier or a Bech32 token address;
    otherwise a paged search over name, ticker and address.

    Args:
        identifier (str):
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 25.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1SparkTokensIdentifierResponse200Type0 | list[GetV1SparkTokensIdentifierResponse200Type1ItemType0] | str
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = 0.0,
    limit: float | Unset = 25.0,
) -> Response[
    GetV1SparkTokensIdentifierResponse200Type0
    | list[GetV1SparkTokensIdentifierResponse200Type1ItemType0]
    | str
]:
    """One BTKN token by identifier/address, or a token search.

     Returns one token's details when the segment is a 64-hex identifier or a Bech32 token address;
    otherwise a paged search over name, ticker and address.

    Args:
        identifier (str):
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 25.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetV1SparkTokensIdentifierResponse200Type0 | list[GetV1SparkTokensIdentifierResponse200Type1ItemType0] | str]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    offset: float | Unset = 0.0,
    limit: float | Unset = 25.0,
) -> (
    GetV1SparkTokensIdentifierResponse200Type0
    | list[GetV1SparkTokensIdentifierResponse200Type1ItemType0]
    | str
    | None
):
    """One BTKN token by identifier/address, or a token search.

     Returns one token's details when the segment is a 64-hex identifier or a Bech32 token address;
    otherwise a paged search over name, ticker and address.

    Args:
        identifier (str):
        offset (float | Unset):  Default: 0.0.
        limit (float | Unset):  Default: 25.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetV1SparkTokensIdentifierResponse200Type0 | list[GetV1SparkTokensIdentifierResponse200Type1ItemType0] | str
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
