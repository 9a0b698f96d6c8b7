from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_payment_session_request import CreatePaymentSessionRequest
from ...models.create_payment_session_response import CreatePaymentSessionResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...types import Prepared, Response


def _get_kwargs(
    *,
    body: CreatePaymentSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/payments/createPaymentSession",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> CreatePaymentSessionResponse | GatewayErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreatePaymentSessionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = GatewayErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GatewayErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GatewayErrorResponse.from_dict(response.json())

        return response_503

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[CreatePaymentSessionResponse | GatewayErrorResponse]:
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
    body: CreatePaymentSessionRequest,
) -> Prepared[CreatePaymentSessionResponse | GatewayErrorResponse]:
    """``create_payment_session`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="create_payment_session",
        request=_get_kwargs(
            body=body,
        ),
        build=_build_response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePaymentSessionRequest,
) -> Response[CreatePaymentSessionResponse | GatewayErrorResponse]:
    """Create a payment session (One-time Payments, Payment Element / Checkout Page / client SDK)

     Creates an encrypted session that Antom's front-end SDK (or the hosted Checkout Page at `normalUrl`)
    uses to collect the card and run 3DS. For these integrations the card 3DS flags go in
    `availablePaymentMethod.paymentMethodMetaData` (is3DSAuthentication, enableAuthenticationUpgrade),
    following the same decision table as pay.

    Args:
        body (CreatePaymentSessionRequest): Body of createPaymentSession (One-time Payments).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePaymentSessionResponse | GatewayErrorResponse]
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
    body: CreatePaymentSessionRequest,
) -> CreatePaymentSessionResponse | GatewayErrorResponse | None:
    """Create a payment session (One-time Payments, Payment Element / Checkout Page / client SDK)

     Creates an encrypted session that Antom's front-end SDK (or the hosted Checkout Page at `normalUrl`)
    uses to collect the card and run 3DS. For these integrations the card 3DS flags go in
    `availablePaymentMethod.paymentMethodMetaData` (is3DSAuthentication, enableAuthenticationUpgrade),
    following the same decision table as pay.

    Args:
        body (CreatePaymentSessionRequest): Body of createPaymentSession (One-time Payments).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePaymentSessionResponse | GatewayErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePaymentSessionRequest,
) -> Response[CreatePaymentSessionResponse | GatewayErrorResponse]:
    """Create a payment session (One-time Payments, Payment Element / Checkout Page / client SDK)

     Creates an encrypted session that Antom's front-end SDK (or the hosted Checkout Page at `normalUrl`)
    uses to collect the card and run 3DS. For these integrations the card 3DS flags go in
    `availablePaymentMethod.paymentMethodMetaData` (is3DSAuthentication, enableAuthenticationUpgrade),
    following the same decision table as pay.

    Args:
        body (CreatePaymentSessionRequest): Body of createPaymentSession (One-time Payments).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePaymentSessionResponse | GatewayErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePaymentSessionRequest,
) -> CreatePaymentSessionResponse | GatewayErrorResponse | None:
    """Create a payment session (One-time Payments, Payment Element / Checkout Page / client SDK)

     Creates an encrypted session that Antom's front-end SDK (or the hosted Checkout Page at `normalUrl`)
    uses to collect the card and run 3DS. For these integrations the card 3DS flags go in
    `availablePaymentMethod.paymentMethodMetaData` (is3DSAuthentication, enableAuthenticationUpgrade),
    following the same decision table as pay.

    Args:
        body (CreatePaymentSessionRequest): Body of createPaymentSession (One-time Payments).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePaymentSessionResponse | GatewayErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
