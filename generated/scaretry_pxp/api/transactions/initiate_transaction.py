from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.initiate_transaction_request import InitiateTransactionRequest
from ...models.pxp_error import PxpError
from ...models.transaction import Transaction
from ...types import Prepared, Response


def _get_kwargs(
    *,
    body: InitiateTransactionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/transactions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 409:
        response_409 = PxpError.from_dict(response.json())

        return response_409

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
    *,
    body: InitiateTransactionRequest,
) -> Prepared[PxpError | Transaction]:
    """``initiate_transaction`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="initiate_transaction",
        request=_get_kwargs(
            body=body,
        ),
        build=_build_response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InitiateTransactionRequest,
) -> Response[PxpError | Transaction]:
    """Initiate a transaction

     Initiates a card transaction (authorisation, purchase, verification, ...). With an integrated 3DS
    authentication, send `threeDSecureData.authenticationId` and PXP pulls the card and the 3DS result
    from
    the authentication, so `fundingData` may be omitted.

    Idempotency: `merchantTransactionId` is unique per merchant and site. Re-sending a request with the
    same `merchantTransactionId` and the same body returns the original transaction with 200 and creates
    nothing; the same `merchantTransactionId` with a different body is answered 409 with errorCode
    `DuplicateMerchantTransactionId`. A retry with 3DS after a soft decline is a new transaction and
    needs a new `merchantTransactionId`.

    Args:
        body (InitiateTransactionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PxpError | Transaction]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InitiateTransactionRequest,
) -> PxpError | Transaction | None:
    """Initiate a transaction

     Initiates a card transaction (authorisation, purchase, verification, ...). With an integrated 3DS
    authentication, send `threeDSecureData.authenticationId` and PXP pulls the card and the 3DS result
    from
    the authentication, so `fundingData` may be omitted.

    Idempotency: `merchantTransactionId` is unique per merchant and site. Re-sending a request with the
    same `merchantTransactionId` and the same body returns the original transaction with 200 and creates
    nothing; the same `merchantTransactionId` with a different body is answered 409 with errorCode
    `DuplicateMerchantTransactionId`. A retry with 3DS after a soft decline is a new transaction and
    needs a new `merchantTransactionId`.

    Args:
        body (InitiateTransactionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PxpError | Transaction
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InitiateTransactionRequest,
) -> Response[PxpError | Transaction]:
    """Initiate a transaction

     Initiates a card transaction (authorisation, purchase, verification, ...). With an integrated 3DS
    authentication, send `threeDSecureData.authenticationId` and PXP pulls the card and the 3DS result
    from
    the authentication, so `fundingData` may be omitted.

    Idempotency: `merchantTransactionId` is unique per merchant and site. Re-sending a request with the
    same `merchantTransactionId` and the same body returns the original transaction with 200 and creates
    nothing; the same `merchantTransactionId` with a different body is answered 409 with errorCode
    `DuplicateMerchantTransactionId`. A retry with 3DS after a soft decline is a new transaction and
    needs a new `merchantTransactionId`.

    Args:
        body (InitiateTransactionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PxpError | Transaction]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InitiateTransactionRequest,
) -> PxpError | Transaction | None:
    """Initiate a transaction

     Initiates a card transaction (authorisation, purchase, verification, ...). With an integrated 3DS
    authentication, send `threeDSecureData.authenticationId` and PXP pulls the card and the 3DS result
    from
    the authentication, so `fundingData` may be omitted.

    Idempotency: `merchantTransactionId` is unique per merchant and site. Re-sending a request with the
    same `merchantTransactionId` and the same body returns the original transaction with 200 and creates
    nothing; the same `merchantTransactionId` with a different body is answered 409 with errorCode
    `DuplicateMerchantTransactionId`. A retry with 3DS after a soft decline is a new transaction and
    needs a new `merchantTransactionId`.

    Args:
        body (InitiateTransactionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PxpError | Transaction
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
