from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attach_payment_instrument_request import AttachPaymentInstrumentRequest
from ...models.error_response import ErrorResponse
from ...models.payment_instrument_envelope import PaymentInstrumentEnvelope
from ...types import Prepared, Response


def _get_kwargs(
    organization_id: str,
    customer_id: str,
    *,
    body: AttachPaymentInstrumentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public-api/organizations/{organization_id}/customers/{customer_id}/payment-instruments".format(
            organization_id=quote(str(organization_id), safe=""),
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> ErrorResponse | PaymentInstrumentEnvelope | None:
    if response.status_code == 201:
        response_201 = PaymentInstrumentEnvelope.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[ErrorResponse | PaymentInstrumentEnvelope]:
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
    customer_id: str,
    *,
    body: AttachPaymentInstrumentRequest,
) -> Prepared[ErrorResponse | PaymentInstrumentEnvelope]:
    """``attach_payment_instrument`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="attach_payment_instrument",
        request=_get_kwargs(
            organization_id=organization_id,
            customer_id=customer_id,
            body=body,
        ),
        build=_build_response,
    )


def sync_detailed(
    organization_id: str,
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachPaymentInstrumentRequest,
) -> Response[ErrorResponse | PaymentInstrumentEnvelope]:
    """Attach a token to a customer as a payment instrument

     Consumes a token (from FramePay, the stage tokeniser or the production Tokenization API) and
    creates a payment instrument on the customer. Its `id` is the `paymentInstrumentId` for later
    transactions. A new card starts `inactive` and becomes `active` after its first successful
    transaction.

    Args:
        organization_id (str):
        customer_id (str):
        body (AttachPaymentInstrumentRequest): Body of attachPaymentInstrument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentInstrumentEnvelope]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        customer_id=customer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    organization_id: str,
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachPaymentInstrumentRequest,
) -> ErrorResponse | PaymentInstrumentEnvelope | None:
    """Attach a token to a customer as a payment instrument

     Consumes a token (from FramePay, the stage tokeniser or the production Tokenization API) and
    creates a payment instrument on the customer. Its `id` is the `paymentInstrumentId` for later
    transactions. A new card starts `inactive` and becomes `active` after its first successful
    transaction.

    Args:
        organization_id (str):
        customer_id (str):
        body (AttachPaymentInstrumentRequest): Body of attachPaymentInstrument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentInstrumentEnvelope
    """

    return sync_detailed(
        organization_id=organization_id,
        customer_id=customer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachPaymentInstrumentRequest,
) -> Response[ErrorResponse | PaymentInstrumentEnvelope]:
    """Attach a token to a customer as a payment instrument

     Consumes a token (from FramePay, the stage tokeniser or the production Tokenization API) and
    creates a payment instrument on the customer. Its `id` is the `paymentInstrumentId` for later
    transactions. A new card starts `inactive` and becomes `active` after its first successful
    transaction.

    Args:
        organization_id (str):
        customer_id (str):
        body (AttachPaymentInstrumentRequest): Body of attachPaymentInstrument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentInstrumentEnvelope]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        customer_id=customer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    organization_id: str,
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachPaymentInstrumentRequest,
) -> ErrorResponse | PaymentInstrumentEnvelope | None:
    """Attach a token to a customer as a payment instrument

     Consumes a token (from FramePay, the stage tokeniser or the production Tokenization API) and
    creates a payment instrument on the customer. Its `id` is the `paymentInstrumentId` for later
    transactions. A new card starts `inactive` and becomes `active` after its first successful
    transaction.

    Args:
        organization_id (str):
        customer_id (str):
        body (AttachPaymentInstrumentRequest): Body of attachPaymentInstrument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentInstrumentEnvelope
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed
