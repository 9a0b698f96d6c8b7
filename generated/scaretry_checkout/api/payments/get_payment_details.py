from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.payment_details import PaymentDetails
from ...types import Prepared, Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, response: httpx.Response, raise_on_unexpected_status: bool) -> Any | PaymentDetails | None:
    if response.status_code == 200:
        response_200 = PaymentDetails.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = None

        return response_401

    if response.status_code == 404:
        response_404 = None

        return response_404

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[Any | PaymentDetails]:
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
) -> Prepared[Any | PaymentDetails]:
    """``get_payment_details`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="get_payment_details",
        request=_get_kwargs(
            id=id,
        ),
        build=_build_response,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PaymentDetails]:
    """Get payment details

     Returns a payment by its `pay_` id, or by the `sid_` id that Checkout.com appends as the
    `cko-session-id` query parameter when it sends the cardholder back to `success_url` /
    `failure_url` after 3DS. Used for polling after a 202. There is no top-level `response_code`
    here: the gateway response code of each authorization attempt is in `actions[].response_code`
    (the latest `Authorization` entry carries the decline code of a payment that ended `Declined`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PaymentDetails]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Any | PaymentDetails | None:
    """Get payment details

     Returns a payment by its `pay_` id, or by the `sid_` id that Checkout.com appends as the
    `cko-session-id` query parameter when it sends the cardholder back to `success_url` /
    `failure_url` after 3DS. Used for polling after a 202. There is no top-level `response_code`
    here: the gateway response code of each authorization attempt is in `actions[].response_code`
    (the latest `Authorization` entry carries the decline code of a payment that ended `Declined`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PaymentDetails
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PaymentDetails]:
    """Get payment details

     Returns a payment by its `pay_` id, or by the `sid_` id that Checkout.com appends as the
    `cko-session-id` query parameter when it sends the cardholder back to `success_url` /
    `failure_url` after 3DS. Used for polling after a 202. There is no top-level `response_code`
    here: the gateway response code of each authorization attempt is in `actions[].response_code`
    (the latest `Authorization` entry carries the decline code of a payment that ended `Declined`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PaymentDetails]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Any | PaymentDetails | None:
    """Get payment details

     Returns a payment by its `pay_` id, or by the `sid_` id that Checkout.com appends as the
    `cko-session-id` query parameter when it sends the cardholder back to `success_url` /
    `failure_url` after 3DS. Used for polling after a 202. There is no top-level `response_code`
    here: the gateway response code of each authorization attempt is in `actions[].response_code`
    (the latest `Authorization` entry carries the decline code of a payment that ended `Declined`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PaymentDetails
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
