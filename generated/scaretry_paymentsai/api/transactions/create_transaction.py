from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.transaction_envelope import TransactionEnvelope
from ...models.transaction_request import TransactionRequest
from ...types import Prepared, Response


def _get_kwargs(
    organization_id: str,
    *,
    body: TransactionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public-api/organizations/{organization_id}/transactions".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> ErrorResponse | TransactionEnvelope | None:
    if response.status_code == 201:
        response_201 = TransactionEnvelope.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

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
    *,
    body: TransactionRequest,
) -> Prepared[ErrorResponse | TransactionEnvelope]:
    """``create_transaction`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="create_transaction",
        request=_get_kwargs(
            organization_id=organization_id,
            body=body,
        ),
        build=_build_response,
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransactionRequest,
) -> Response[ErrorResponse | TransactionEnvelope]:
    """Create a card transaction

     Creates a transaction. Payments AI answers 201 whenever the record is created, including
    declines and `status: not-sent`: success is read from `result` and `status`, never from the
    HTTP status.

    3-D Secure: there is no request field to ask for (or skip) 3DS. It is enabled per gateway
    connection and is off by default (mandatory for EU/UK merchants under PSD2 and for
    Japan-issued cards). When it runs:
    - frictionless: the transaction completes at once (`completed` with `approved` or `declined`);
    - challenge: the answer is `status: waiting`, `result: unknown` with an `approvalLink`; send
      the customer there. After the bank page, Payments AI redirects the browser to `redirectUrl`
      with `{id}` and `{result}` replaced; then confirm with `getTransaction` or the webhook.
    There is no native "retry with 3DS after a soft decline": a declined result carries no
    issuer decline code (only `avsResponse`, `cvvResponse` and `data3ds`).

    Idempotency: put `idempotencyKey` in the body; a repeated key returns the original
    transaction instead of creating a new one.

    The errors page lists only 400, 401 and 500 for this endpoint; 403, 413 and 429 are
    documented platform-wide and are declared here as well.

    Args:
        organization_id (str):
        body (TransactionRequest): Body of createTransaction. There is no 3DS switch; 3DS is
            configured per gateway connection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransactionEnvelope]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransactionRequest,
) -> ErrorResponse | TransactionEnvelope | None:
    """Create a card transaction

     Creates a transaction. Payments AI answers 201 whenever the record is created, including
    declines and `status: not-sent`: success is read from `result` and `status`, never from the
    HTTP status.

    3-D Secure: there is no request field to ask for (or skip) 3DS. It is enabled per gateway
    connection and is off by default (mandatory for EU/UK merchants under PSD2 and for
    Japan-issued cards). When it runs:
    - frictionless: the transaction completes at once (`completed` with `approved` or `declined`);
    - challenge: the answer is `status: waiting`, `result: unknown` with an `approvalLink`; send
      the customer there. After the bank page, Payments AI redirects the browser to `redirectUrl`
      with `{id}` and `{result}` replaced; then confirm with `getTransaction` or the webhook.
    There is no native "retry with 3DS after a soft decline": a declined result carries no
    issuer decline code (only `avsResponse`, `cvvResponse` and `data3ds`).

    Idempotency: put `idempotencyKey` in the body; a repeated key returns the original
    transaction instead of creating a new one.

    The errors page lists only 400, 401 and 500 for this endpoint; 403, 413 and 429 are
    documented platform-wide and are declared here as well.

    Args:
        organization_id (str):
        body (TransactionRequest): Body of createTransaction. There is no 3DS switch; 3DS is
            configured per gateway connection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransactionEnvelope
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransactionRequest,
) -> Response[ErrorResponse | TransactionEnvelope]:
    """Create a card transaction

     Creates a transaction. Payments AI answers 201 whenever the record is created, including
    declines and `status: not-sent`: success is read from `result` and `status`, never from the
    HTTP status.

    3-D Secure: there is no request field to ask for (or skip) 3DS. It is enabled per gateway
    connection and is off by default (mandatory for EU/UK merchants under PSD2 and for
    Japan-issued cards). When it runs:
    - frictionless: the transaction completes at once (`completed` with `approved` or `declined`);
    - challenge: the answer is `status: waiting`, `result: unknown` with an `approvalLink`; send
      the customer there. After the bank page, Payments AI redirects the browser to `redirectUrl`
      with `{id}` and `{result}` replaced; then confirm with `getTransaction` or the webhook.
    There is no native "retry with 3DS after a soft decline": a declined result carries no
    issuer decline code (only `avsResponse`, `cvvResponse` and `data3ds`).

    Idempotency: put `idempotencyKey` in the body; a repeated key returns the original
    transaction instead of creating a new one.

    The errors page lists only 400, 401 and 500 for this endpoint; 403, 413 and 429 are
    documented platform-wide and are declared here as well.

    Args:
        organization_id (str):
        body (TransactionRequest): Body of createTransaction. There is no 3DS switch; 3DS is
            configured per gateway connection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransactionEnvelope]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransactionRequest,
) -> ErrorResponse | TransactionEnvelope | None:
    """Create a card transaction

     Creates a transaction. Payments AI answers 201 whenever the record is created, including
    declines and `status: not-sent`: success is read from `result` and `status`, never from the
    HTTP status.

    3-D Secure: there is no request field to ask for (or skip) 3DS. It is enabled per gateway
    connection and is off by default (mandatory for EU/UK merchants under PSD2 and for
    Japan-issued cards). When it runs:
    - frictionless: the transaction completes at once (`completed` with `approved` or `declined`);
    - challenge: the answer is `status: waiting`, `result: unknown` with an `approvalLink`; send
      the customer there. After the bank page, Payments AI redirects the browser to `redirectUrl`
      with `{id}` and `{result}` replaced; then confirm with `getTransaction` or the webhook.
    There is no native "retry with 3DS after a soft decline": a declined result carries no
    issuer decline code (only `avsResponse`, `cvvResponse` and `data3ds`).

    Idempotency: put `idempotencyKey` in the body; a repeated key returns the original
    transaction instead of creating a new one.

    The errors page lists only 400, 401 and 500 for this endpoint; 403, 413 and 429 are
    documented platform-wide and are declared here as well.

    Args:
        organization_id (str):
        body (TransactionRequest): Body of createTransaction. There is no 3DS switch; 3DS is
            configured per gateway connection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransactionEnvelope
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            body=body,
        )
    ).parsed
