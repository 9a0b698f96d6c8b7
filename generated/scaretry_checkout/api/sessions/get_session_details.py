from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error import Error
from ...models.get_session_details_channel import GetSessionDetailsChannel
from ...models.session import Session
from ...models.sessions_error_response import SessionsErrorResponse
from ...types import UNSET, Prepared, Response, Unset


def _get_kwargs(
    id: str,
    *,
    channel: GetSessionDetailsChannel | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(channel, Unset):
        headers["channel"] = str(channel)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> Any | Error | Session | SessionsErrorResponse | None:
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

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[Any | Error | Session | SessionsErrorResponse]:
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
    channel: GetSessionDetailsChannel | Unset = UNSET,
) -> Prepared[Any | Error | Session | SessionsErrorResponse]:
    """``get_session_details`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="get_session_details",
        request=_get_kwargs(
            id=id,
            channel=channel,
        ),
        build=_build_response,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    channel: GetSessionDetailsChannel | Unset = UNSET,
) -> Response[Any | Error | Session | SessionsErrorResponse]:
    """Get session details

     Returns the session. `cryptogram` and `eci` are only included when the caller authenticates with
    OAuth, not with the session secret.

    Args:
        id (str):
        channel (GetSessionDetailsChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Session | SessionsErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        channel=channel,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    channel: GetSessionDetailsChannel | Unset = UNSET,
) -> Any | Error | Session | SessionsErrorResponse | None:
    """Get session details

     Returns the session. `cryptogram` and `eci` are only included when the caller authenticates with
    OAuth, not with the session secret.

    Args:
        id (str):
        channel (GetSessionDetailsChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Session | SessionsErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        channel=channel,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    channel: GetSessionDetailsChannel | Unset = UNSET,
) -> Response[Any | Error | Session | SessionsErrorResponse]:
    """Get session details

     Returns the session. `cryptogram` and `eci` are only included when the caller authenticates with
    OAuth, not with the session secret.

    Args:
        id (str):
        channel (GetSessionDetailsChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Session | SessionsErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        channel=channel,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    channel: GetSessionDetailsChannel | Unset = UNSET,
) -> Any | Error | Session | SessionsErrorResponse | None:
    """Get session details

     Returns the session. `cryptogram` and `eci` are only included when the caller authenticates with
    OAuth, not with the session secret.

    Args:
        id (str):
        channel (GetSessionDetailsChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Session | SessionsErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            channel=channel,
        )
    ).parsed
