from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.app_channel_data import AppChannelData
from ...models.browser_channel_data import BrowserChannelData
from ...models.merchant_initiated_channel_data import MerchantInitiatedChannelData
from ...models.session import Session
from ...models.sessions_error_response import SessionsErrorResponse
from ...types import Prepared, Response


def _get_kwargs(
    id: str,
    *,
    body: AppChannelData | BrowserChannelData | MerchantInitiatedChannelData,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sessions/{id}/collect-data".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, BrowserChannelData):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AppChannelData):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> Any | Session | SessionsErrorResponse | None:
    if response.status_code == 200:
        response_200 = Session.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = None

        return response_401

    if response.status_code == 403:
        response_403 = SessionsErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SessionsErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SessionsErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = SessionsErrorResponse.from_dict(response.json())

        return response_422

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[Any | Session | SessionsErrorResponse]:
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
    body: AppChannelData | BrowserChannelData | MerchantInitiatedChannelData,
) -> Prepared[Any | Session | SessionsErrorResponse]:
    """``update_session_channel_data`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="update_session_channel_data",
        request=_get_kwargs(
            id=id,
            body=body,
        ),
        build=_build_response,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AppChannelData | BrowserChannelData | MerchantInitiatedChannelData,
) -> Response[Any | Session | SessionsErrorResponse]:
    """Supply channel (browser or app) data

     Sends the device data a pending session asked for with `collect_channel_data`, or that a
    hosted session still waiting for its cardholder may take (the official SDKs' update tests
    send it right after creating a hosted session); answers the updated session. A session past
    that step answers 403 `operation_not_allowed` / `update_not_allowed_due_to_state`.

    Args:
        id (str):
        body (AppChannelData | BrowserChannelData | MerchantInitiatedChannelData): Information
            gathered from the cardholder's browser or app, or the reason of a merchant-initiated
            authentication (3RI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Session | SessionsErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AppChannelData | BrowserChannelData | MerchantInitiatedChannelData,
) -> Any | Session | SessionsErrorResponse | None:
    """Supply channel (browser or app) data

     Sends the device data a pending session asked for with `collect_channel_data`, or that a
    hosted session still waiting for its cardholder may take (the official SDKs' update tests
    send it right after creating a hosted session); answers the updated session. A session past
    that step answers 403 `operation_not_allowed` / `update_not_allowed_due_to_state`.

    Args:
        id (str):
        body (AppChannelData | BrowserChannelData | MerchantInitiatedChannelData): Information
            gathered from the cardholder's browser or app, or the reason of a merchant-initiated
            authentication (3RI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Session | SessionsErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AppChannelData | BrowserChannelData | MerchantInitiatedChannelData,
) -> Response[Any | Session | SessionsErrorResponse]:
    """Supply channel (browser or app) data

     Sends the device data a pending session asked for with `collect_channel_data`, or that a
    hosted session still waiting for its cardholder may take (the official SDKs' update tests
    send it right after creating a hosted session); answers the updated session. A session past
    that step answers 403 `operation_not_allowed` / `update_not_allowed_due_to_state`.

    Args:
        id (str):
        body (AppChannelData | BrowserChannelData | MerchantInitiatedChannelData): Information
            gathered from the cardholder's browser or app, or the reason of a merchant-initiated
            authentication (3RI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Session | SessionsErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AppChannelData | BrowserChannelData | MerchantInitiatedChannelData,
) -> Any | Session | SessionsErrorResponse | None:
    """Supply channel (browser or app) data

     Sends the device data a pending session asked for with `collect_channel_data`, or that a
    hosted session still waiting for its cardholder may take (the official SDKs' update tests
    send it right after creating a hosted session); answers the updated session. A session past
    that step answers 403 `operation_not_allowed` / `update_not_allowed_due_to_state`.

    Args:
        id (str):
        body (AppChannelData | BrowserChannelData | MerchantInitiatedChannelData): Information
            gathered from the cardholder's browser or app, or the reason of a merchant-initiated
            authentication (3RI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Session | SessionsErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
