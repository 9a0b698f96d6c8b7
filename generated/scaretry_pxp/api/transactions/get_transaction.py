from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pxp_error import PxpError
from ...models.transaction import Transaction
from ...types import UNSET, Prepared, Response, Unset


def _get_kwargs(
    merchant: str,
    site: str,
    *,
    merchant_transaction_id: str | Unset = UNSET,
    system_transaction_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["merchantTransactionId"] = merchant_transaction_id

    params["systemTransactionId"] = system_transaction_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/transactions/{merchant}/{site}".format(
            merchant=quote(str(merchant), safe=""),
            site=quote(str(site), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response, raise_on_unexpected_status: bool) -> PxpError | Transaction | None:
    if response.status_code == 200:
        response_200 = Transaction.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PxpError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PxpError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PxpError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = PxpError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PxpError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = PxpError.from_dict(response.json())

        return response_503

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[PxpError | Transaction]:
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
    merchant: str,
    site: str,
    *,
    merchant_transaction_id: str | Unset = UNSET,
    system_transaction_id: str | Unset = UNSET,
) -> Prepared[PxpError | Transaction]:
    """``get_transaction`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="get_transaction",
        request=_get_kwargs(
            merchant=merchant,
            site=site,
            merchant_transaction_id=merchant_transaction_id,
            system_transaction_id=system_transaction_id,
        ),
        build=_build_response,
    )


def sync_detailed(
    merchant: str,
    site: str,
    *,
    client: AuthenticatedClient | Client,
    merchant_transaction_id: str | Unset = UNSET,
    system_transaction_id: str | Unset = UNSET,
) -> Response[PxpError | Transaction]:
    """Get transaction details

     Reads a transaction by merchant and site, and either the merchant's `merchantTransactionId` or
    PXP's `systemTransactionId` as a query parameter ("Get transaction details"); used for polling and
    to recover after a lost response.

    Args:
        merchant (str):
        site (str):
        merchant_transaction_id (str | Unset):
        system_transaction_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PxpError | Transaction]
    """

    kwargs = _get_kwargs(
        merchant=merchant,
        site=site,
        merchant_transaction_id=merchant_transaction_id,
        system_transaction_id=system_transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    merchant: str,
    site: str,
    *,
    client: AuthenticatedClient | Client,
    merchant_transaction_id: str | Unset = UNSET,
    system_transaction_id: str | Unset = UNSET,
) -> PxpError | Transaction | None:
    """Get transaction details

     Reads a transaction by merchant and site, and either the merchant's `merchantTransactionId` or
    PXP's `systemTransactionId` as a query parameter ("Get transaction details"); used for polling and
    to recover after a lost response.

    Args:
        merchant (str):
        site (str):
        merchant_transaction_id (str | Unset):
        system_transaction_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PxpError | Transaction
    """

    return sync_detailed(
        merchant=merchant,
        site=site,
        client=client,
        merchant_transaction_id=merchant_transaction_id,
        system_transaction_id=system_transaction_id,
    ).parsed


async def asyncio_detailed(
    merchant: str,
    site: str,
    *,
    client: AuthenticatedClient | Client,
    merchant_transaction_id: str | Unset = UNSET,
    system_transaction_id: str | Unset = UNSET,
) -> Response[PxpError | Transaction]:
    """Get transaction details

     Reads a transaction by merchant and site, and either the merchant's `merchantTransactionId` or
    PXP's `systemTransactionId` as a query parameter ("Get transaction details"); used for polling and
    to recover after a lost response.

    Args:
        merchant (str):
        site (str):
        merchant_transaction_id (str | Unset):
        system_transaction_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PxpError | Transaction]
    """

    kwargs = _get_kwargs(
        merchant=merchant,
        site=site,
        merchant_transaction_id=merchant_transaction_id,
        system_transaction_id=system_transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    merchant: str,
    site: str,
    *,
    client: AuthenticatedClient | Client,
    merchant_transaction_id: str | Unset = UNSET,
    system_transaction_id: str | Unset = UNSET,
) -> PxpError | Transaction | None:
    """Get transaction details

     Reads a transaction by merchant and site, and either the merchant's `merchantTransactionId` or
    PXP's `systemTransactionId` as a query parameter ("Get transaction details"); used for polling and
    to recover after a lost response.

    Args:
        merchant (str):
        site (str):
        merchant_transaction_id (str | Unset):
        system_transaction_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PxpError | Transaction
    """

    return (
        await asyncio_detailed(
            merchant=merchant,
            site=site,
            client=client,
            merchant_transaction_id=merchant_transaction_id,
            system_transaction_id=system_transaction_id,
        )
    ).parsed
