from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.transaction_envelope import TransactionEnvelope
from ...types import Prepared, Response


def _get_kwargs(
    organization_id: str,
    transaction_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public-api/organizations/{organization_id}/transactions/{transaction_id}".format(
            organization_id=quote(str(organization_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> ErrorResponse | TransactionEnvelope | None:
    if response.status_code == 200:
        response_200 = TransactionEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[ErrorResponse | TransactionEnvelope]:
    # Keep the raw response reachable when parsing fails: a provider's malformed, truncated or
    # absurdly nested answer must surface as a typed error carrying the bytes, never as a bare
    # ValueError or RecursionError.
    try:
        parsed = _parse_response(response=response, raise_on_unexpected_status=raise_on_unexpected_status)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise errors.UnparseableResponse(response.status_code, response.headers, response.content, exc) from None
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def prepare(
    organization_id: str,
    transaction_id: str,
) -> Prepared[ErrorResponse | TransactionEnvelope]:
    """``get_transaction`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="get_transaction",
        request=_get_kwargs(
            organization_id=organization_id,
            transaction_id=transaction_id,
        ),
        build=_build_response,
    )


def sync_detailed(
    organization_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TransactionEnvelope]:
    """Read a transaction

     Returns the transaction's current state; the authoritative source after the customer comes
    back from the bank page. Poll while `status` is `waiting`, `sending` or `offsite` or
    `result` is `unknown`.

    Args:
        organization_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransactionEnvelope]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        transaction_id=transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    organization_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TransactionEnvelope | None:
    """Read a transaction

     Returns the transaction's current state; the authoritative source after the customer comes
    back from the bank page. Poll while `status` is `waiting`, `sending` or `offsite` or
    `result` is `unknown`.

    Args:
        organization_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransactionEnvelope
    """

    return sync_detailed(
        organization_id=organization_id,
        transaction_id=transaction_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TransactionEnvelope]:
    """Read a transaction

     Returns the transaction's current state; the authoritative source after the customer comes
    back from the bank page. Poll while `status` is `waiting`, `sending` or `offsite` or
    `result` is `unknown`.

    Args:
        organization_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransactionEnvelope]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        transaction_id=transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    organization_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TransactionEnvelope | None:
    """Read a transaction

     Returns the transaction's current state; the authoritative source after the customer comes
    back from the bank page. Poll while `status` is `waiting`, `sending` or `offsite` or
    `result` is `unknown`.

    Args:
        organization_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransactionEnvelope
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            transaction_id=transaction_id,
            client=client,
        )
    ).parsed
