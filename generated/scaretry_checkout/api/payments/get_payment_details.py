from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment_details import PaymentDetails
from ...types import Response


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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | PaymentDetails | None:
    if response.status_code == 200:
        response_200 = PaymentDetails.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PaymentDetails]:
    # Keep the raw response reachable when parsing fails: a provider's malformed or truncated
    # answer must surface as a typed error carrying the bytes, never as a bare ValueError.
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.UnparseableResponse(response.status_code, response.headers, response.content, exc) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
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

    return _build_response(client=client, response=response)


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

    return _build_response(client=client, response=response)


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
