from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_session_details_channel import GetSessionDetailsChannel
from ...models.session import Session
from ...models.sessions_error_response import SessionsErrorResponse
from ...types import UNSET, Response, Unset


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
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | Session | SessionsErrorResponse | None:
    if response.status_code == 200:
        response_200 = Session.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | Session | SessionsErrorResponse]:
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

    return _build_response(client=client, response=response)


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

    return _build_response(client=client, response=response)


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
