from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.inquiry_payment_request import InquiryPaymentRequest
from ...models.inquiry_payment_response import InquiryPaymentResponse
from ...types import Prepared, Response


def _get_kwargs(
    *,
    body: InquiryPaymentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/payments/inquiryPayment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> GatewayErrorResponse | InquiryPaymentResponse | None:
    if response.status_code == 200:
        response_200 = InquiryPaymentResponse.from_dict(response.json())

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
) -> Response[GatewayErrorResponse | InquiryPaymentResponse]:
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
    body: InquiryPaymentRequest,
) -> Prepared[GatewayErrorResponse | InquiryPaymentResponse]:
    """``inquiry_payment`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="inquiry_payment",
        request=_get_kwargs(
            body=body,
        ),
        build=_build_response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InquiryPaymentRequest,
) -> Response[GatewayErrorResponse | InquiryPaymentResponse]:
    """Inquire about a payment

     Reads the state of a payment by paymentId or paymentRequestId (at least one; paymentId wins when
    both are given). `result` describes the inquiry call only; the payment's own state is
    `paymentStatus` with `paymentResultCode`/`paymentResultMessage`, returned when result.resultStatus
    is S. This is the polling endpoint after PAYMENT_IN_PROCESS.

    Args:
        body (InquiryPaymentRequest): Body of inquiryPayment. At least one of paymentRequestId and
            paymentId; paymentId wins when both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayErrorResponse | InquiryPaymentResponse]
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
    body: InquiryPaymentRequest,
) -> GatewayErrorResponse | InquiryPaymentResponse | None:
    """Inquire about a payment

     Reads the state of a payment by paymentId or paymentRequestId (at least one; paymentId wins when
    both are given). `result` describes the inquiry call only; the payment's own state is
    `paymentStatus` with `paymentResultCode`/`paymentResultMessage`, returned when result.resultStatus
    is S. This is the polling endpoint after PAYMENT_IN_PROCESS.

    Args:
        body (InquiryPaymentRequest): Body of inquiryPayment. At least one of paymentRequestId and
            paymentId; paymentId wins when both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayErrorResponse | InquiryPaymentResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InquiryPaymentRequest,
) -> Response[GatewayErrorResponse | InquiryPaymentResponse]:
    """Inquire about a payment

     Reads the state of a payment by paymentId or paymentRequestId (at least one; paymentId wins when
    both are given). `result` describes the inquiry call only; the payment's own state is
    `paymentStatus` with `paymentResultCode`/`paymentResultMessage`, returned when result.resultStatus
    is S. This is the polling endpoint after PAYMENT_IN_PROCESS.

    Args:
        body (InquiryPaymentRequest): Body of inquiryPayment. At least one of paymentRequestId and
            paymentId; paymentId wins when both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayErrorResponse | InquiryPaymentResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InquiryPaymentRequest,
) -> GatewayErrorResponse | InquiryPaymentResponse | None:
    """Inquire about a payment

     Reads the state of a payment by paymentId or paymentRequestId (at least one; paymentId wins when
    both are given). `result` describes the inquiry call only; the payment's own state is
    `paymentStatus` with `paymentResultCode`/`paymentResultMessage`, returned when result.resultStatus
    is S. This is the polling endpoint after PAYMENT_IN_PROCESS.

    Args:
        body (InquiryPaymentRequest): Body of inquiryPayment. At least one of paymentRequestId and
            paymentId; paymentId wins when both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayErrorResponse | InquiryPaymentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
