from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.pay_request import PayRequest
from ...models.pay_response import PayResponse
from ...types import Prepared, Response


def _get_kwargs(
    *,
    body: PayRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/payments/pay",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> GatewayErrorResponse | PayResponse | None:
    if response.status_code == 200:
        response_200 = PayResponse.from_dict(response.json())

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
) -> Response[GatewayErrorResponse | PayResponse]:
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
    body: PayRequest,
) -> Prepared[GatewayErrorResponse | PayResponse]:
    """``pay`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="pay",
        request=_get_kwargs(
            body=body,
        ),
        build=_build_response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayRequest,
) -> Response[GatewayErrorResponse | PayResponse]:
    """Initiate a payment (One-time Payments)

     Creates a payment. For cards the 3DS behaviour follows
    `paymentMethod.paymentMethodMetaData.is3DSAuthentication` and `enableAuthenticationUpgrade` (see
    CardPaymentMethodMetaData). `paymentRequestId` is the idempotency key: resending the same request
    after a final S or F returns the same result. Outcomes, all HTTP 200: S/SUCCESS — authorised
    (frictionless 3DS or no 3DS); U/PAYMENT_IN_PROCESS with `normalUrl` (or `redirectActionForm`) — the
    buyer must be redirected, for a 3DS challenge or for the 3DS-Retry upgrade; U with any other code —
    state unknown, inquire or resend with the same `paymentRequestId`; F — declined or rejected, final
    for this `paymentRequestId`.

    Args:
        body (PayRequest): Body of pay (One-time Payments).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayErrorResponse | PayResponse]
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
    body: PayRequest,
) -> GatewayErrorResponse | PayResponse | None:
    """Initiate a payment (One-time Payments)

     Creates a payment. For cards the 3DS behaviour follows
    `paymentMethod.paymentMethodMetaData.is3DSAuthentication` and `enableAuthenticationUpgrade` (see
    CardPaymentMethodMetaData). `paymentRequestId` is the idempotency key: resending the same request
    after a final S or F returns the same result. Outcomes, all HTTP 200: S/SUCCESS — authorised
    (frictionless 3DS or no 3DS); U/PAYMENT_IN_PROCESS with `normalUrl` (or `redirectActionForm`) — the
    buyer must be redirected, for a 3DS challenge or for the 3DS-Retry upgrade; U with any other code —
    state unknown, inquire or resend with the same `paymentRequestId`; F — declined or rejected, final
    for this `paymentRequestId`.

    Args:
        body (PayRequest): Body of pay (One-time Payments).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayErrorResponse | PayResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayRequest,
) -> Response[GatewayErrorResponse | PayResponse]:
    """Initiate a payment (One-time Payments)

     Creates a payment. For cards the 3DS behaviour follows
    `paymentMethod.paymentMethodMetaData.is3DSAuthentication` and `enableAuthenticationUpgrade` (see
    CardPaymentMethodMetaData). `paymentRequestId` is the idempotency key: resending the same request
    after a final S or F returns the same result. Outcomes, all HTTP 200: S/SUCCESS — authorised
    (frictionless 3DS or no 3DS); U/PAYMENT_IN_PROCESS with `normalUrl` (or `redirectActionForm`) — the
    buyer must be redirected, for a 3DS challenge or for the 3DS-Retry upgrade; U with any other code —
    state unknown, inquire or resend with the same `paymentRequestId`; F — declined or rejected, final
    for this `paymentRequestId`.

    Args:
        body (PayRequest): Body of pay (One-time Payments).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayErrorResponse | PayResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayRequest,
) -> GatewayErrorResponse | PayResponse | None:
    """Initiate a payment (One-time Payments)

     Creates a payment. For cards the 3DS behaviour follows
    `paymentMethod.paymentMethodMetaData.is3DSAuthentication` and `enableAuthenticationUpgrade` (see
    CardPaymentMethodMetaData). `paymentRequestId` is the idempotency key: resending the same request
    after a final S or F returns the same result. Outcomes, all HTTP 200: S/SUCCESS — authorised
    (frictionless 3DS or no 3DS); U/PAYMENT_IN_PROCESS with `normalUrl` (or `redirectActionForm`) — the
    buyer must be redirected, for a 3DS challenge or for the 3DS-Retry upgrade; U with any other code —
    state unknown, inquire or resend with the same `paymentRequestId`; F — declined or rejected, final
    for this `paymentRequestId`.

    Args:
        body (PayRequest): Body of pay (One-time Payments).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayErrorResponse | PayResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
