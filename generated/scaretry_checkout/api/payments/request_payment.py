from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error import Error
from ...models.error_response import ErrorResponse
from ...models.payment_accepted_response import PaymentAcceptedResponse
from ...models.payment_request import PaymentRequest
from ...models.payment_response import PaymentResponse
from ...models.validation_error import ValidationError
from ...types import UNSET, Prepared, Response, Unset


def _get_kwargs(
    *,
    body: PaymentRequest,
    cko_idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(cko_idempotency_key, Unset):
        headers["Cko-Idempotency-Key"] = cko_idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> Any | Error | ErrorResponse | PaymentAcceptedResponse | PaymentResponse | ValidationError | None:
    if response.status_code == 201:
        response_201 = PaymentResponse.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = PaymentAcceptedResponse.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = None

        return response_401

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[Any | Error | ErrorResponse | PaymentAcceptedResponse | PaymentResponse | ValidationError]:
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
    body: PaymentRequest,
    cko_idempotency_key: str | Unset = UNSET,
) -> Prepared[Any | Error | ErrorResponse | PaymentAcceptedResponse | PaymentResponse | ValidationError]:
    """``request_payment`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="request_payment",
        request=_get_kwargs(
            body=body,
            cko_idempotency_key=cko_idempotency_key,
        ),
        build=_build_response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PaymentRequest,
    cko_idempotency_key: str | Unset = UNSET,
) -> Response[Any | Error | ErrorResponse | PaymentAcceptedResponse | PaymentResponse | ValidationError]:
    """Request a payment

     Sends a card payment. A payment processed synchronously (approved, declined or card-verified)
    answers 201; a decline is a 201 with `approved: false`, never a 4xx. A payment that needs the
    cardholder (3DS challenge, or an automatic SCA retry after a 20154 soft decline) answers 202
    with `status: Pending` and `_links.redirect`. Checkout.com answers 202 with
    `3ds.upgrade_reason: sca_retry` when the issuer soft-declined for missing SCA and
    `3ds.allow_upgrade` was not set to false.

    Args:
        cko_idempotency_key (str | Unset):
        body (PaymentRequest): A card payment request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ErrorResponse | PaymentAcceptedResponse | PaymentResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        cko_idempotency_key=cko_idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    *,
    client: AuthenticatedClient,
    body: PaymentRequest,
    cko_idempotency_key: str | Unset = UNSET,
) -> Any | Error | ErrorResponse | PaymentAcceptedResponse | PaymentResponse | ValidationError | None:
    """Request a payment

     Sends a card payment. A payment processed synchronously (approved, declined or card-verified)
    answers 201; a decline is a 201 with `approved: false`, never a 4xx. A payment that needs the
    cardholder (3DS challenge, or an automatic SCA retry after a 20154 soft decline) answers 202
    with `status: Pending` and `_links.redirect`. Checkout.com answers 202 with
    `3ds.upgrade_reason: sca_retry` when the issuer soft-declined for missing SCA and
    `3ds.allow_upgrade` was not set to false.

    Args:
        cko_idempotency_key (str | Unset):
        body (PaymentRequest): A card payment request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ErrorResponse | PaymentAcceptedResponse | PaymentResponse | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        cko_idempotency_key=cko_idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PaymentRequest,
    cko_idempotency_key: str | Unset = UNSET,
) -> Response[Any | Error | ErrorResponse | PaymentAcceptedResponse | PaymentResponse | ValidationError]:
    """Request a payment

     Sends a card payment. A payment processed synchronously (approved, declined or card-verified)
    answers 201; a decline is a 201 with `approved: false`, never a 4xx. A payment that needs the
    cardholder (3DS challenge, or an automatic SCA retry after a 20154 soft decline) answers 202
    with `status: Pending` and `_links.redirect`. Checkout.com answers 202 with
    `3ds.upgrade_reason: sca_retry` when the issuer soft-declined for missing SCA and
    `3ds.allow_upgrade` was not set to false.

    Args:
        cko_idempotency_key (str | Unset):
        body (PaymentRequest): A card payment request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ErrorResponse | PaymentAcceptedResponse | PaymentResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        cko_idempotency_key=cko_idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PaymentRequest,
    cko_idempotency_key: str | Unset = UNSET,
) -> Any | Error | ErrorResponse | PaymentAcceptedResponse | PaymentResponse | ValidationError | None:
    """Request a payment

     Sends a card payment. A payment processed synchronously (approved, declined or card-verified)
    answers 201; a decline is a 201 with `approved: false`, never a 4xx. A payment that needs the
    cardholder (3DS challenge, or an automatic SCA retry after a 20154 soft decline) answers 202
    with `status: Pending` and `_links.redirect`. Checkout.com answers 202 with
    `3ds.upgrade_reason: sca_retry` when the issuer soft-declined for missing SCA and
    `3ds.allow_upgrade` was not set to false.

    Args:
        cko_idempotency_key (str | Unset):
        body (PaymentRequest): A card payment request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ErrorResponse | PaymentAcceptedResponse | PaymentResponse | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            cko_idempotency_key=cko_idempotency_key,
        )
    ).parsed
