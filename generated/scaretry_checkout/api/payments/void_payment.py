from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_response import ErrorResponse
from ...models.validation_error import ValidationError
from ...models.void_accepted_response import VoidAcceptedResponse
from ...models.void_request import VoidRequest
from ...types import UNSET, Prepared, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: VoidRequest | Unset = UNSET,
    cko_idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(cko_idempotency_key, Unset):
        headers["Cko-Idempotency-Key"] = cko_idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/{id}/voids".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> Any | ErrorResponse | ValidationError | VoidAcceptedResponse | None:
    if response.status_code == 202:
        response_202 = VoidAcceptedResponse.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = None

        return response_401

    if response.status_code == 403:
        response_403 = None

        return response_403

    if response.status_code == 404:
        response_404 = None

        return response_404

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[Any | ErrorResponse | ValidationError | VoidAcceptedResponse]:
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
    id: str,
    *,
    body: VoidRequest | Unset = UNSET,
    cko_idempotency_key: str | Unset = UNSET,
) -> Prepared[Any | ErrorResponse | ValidationError | VoidAcceptedResponse]:
    """``void_payment`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="void_payment",
        request=_get_kwargs(
            id=id,
            body=body,
            cko_idempotency_key=cko_idempotency_key,
        ),
        build=_build_response,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: VoidRequest | Unset = UNSET,
    cko_idempotency_key: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | ValidationError | VoidAcceptedResponse]:
    """Void a payment

     Voids an authorized payment that has not been captured ("Void a payment"); the payment then
    reads `Voided`.

    Args:
        id (str):
        cko_idempotency_key (str | Unset):
        body (VoidRequest | Unset): A void.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ValidationError | VoidAcceptedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        cko_idempotency_key=cko_idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: VoidRequest | Unset = UNSET,
    cko_idempotency_key: str | Unset = UNSET,
) -> Any | ErrorResponse | ValidationError | VoidAcceptedResponse | None:
    """Void a payment

     Voids an authorized payment that has not been captured ("Void a payment"); the payment then
    reads `Voided`.

    Args:
        id (str):
        cko_idempotency_key (str | Unset):
        body (VoidRequest | Unset): A void.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ValidationError | VoidAcceptedResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        cko_idempotency_key=cko_idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: VoidRequest | Unset = UNSET,
    cko_idempotency_key: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | ValidationError | VoidAcceptedResponse]:
    """Void a payment

     Voids an authorized payment that has not been captured ("Void a payment"); the payment then
    reads `Voided`.

    Args:
        id (str):
        cko_idempotency_key (str | Unset):
        body (VoidRequest | Unset): A void.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ValidationError | VoidAcceptedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        cko_idempotency_key=cko_idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: VoidRequest | Unset = UNSET,
    cko_idempotency_key: str | Unset = UNSET,
) -> Any | ErrorResponse | ValidationError | VoidAcceptedResponse | None:
    """Void a payment

     Voids an authorized payment that has not been captured ("Void a payment"); the payment then
    reads `Voided`.

    Args:
        id (str):
        cko_idempotency_key (str | Unset):
        body (VoidRequest | Unset): A void.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ValidationError | VoidAcceptedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            cko_idempotency_key=cko_idempotency_key,
        )
    ).parsed
