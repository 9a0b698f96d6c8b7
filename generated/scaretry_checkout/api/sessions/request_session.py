from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error import Error
from ...models.session import Session
from ...models.session_accepted import SessionAccepted
from ...models.session_request import SessionRequest
from ...models.sessions_error_response import SessionsErrorResponse
from ...types import Prepared, Response


def _get_kwargs(
    *,
    body: SessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> Any | Error | Session | SessionAccepted | SessionsErrorResponse | None:
    if response.status_code == 201:
        response_201 = Session.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = SessionAccepted.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = None

        return response_401

    if response.status_code == 403:
        response_403 = SessionsErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = SessionsErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = SessionsErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SessionsErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 501:
        response_501 = SessionsErrorResponse.from_dict(response.json())

        return response_501

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = SessionsErrorResponse.from_dict(response.json())

        return response_503

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[Any | Error | Session | SessionAccepted | SessionsErrorResponse]:
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
    body: SessionRequest,
) -> Prepared[Any | Error | Session | SessionAccepted | SessionsErrorResponse]:
    """``request_session`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="request_session",
        request=_get_kwargs(
            body=body,
        ),
        build=_build_response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionRequest,
) -> Response[Any | Error | Session | SessionAccepted | SessionsErrorResponse]:
    """Request a session (standalone 3DS authentication)

     Starts a 3DS authentication before the payment. Answers 201 when the session is already final
    (for example frictionless with channel data supplied) and 202 when more steps are needed
    (`next_actions`). Both bodies carry `session_secret`, which authorises the client-side calls on
    this one session. Once `status` is `approved` or `attempted`, pay with
    `3ds: {enabled: true, authentication_id: <sid>}`.

    Args:
        body (SessionRequest): Request for a standalone 3DS authentication session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Session | SessionAccepted | SessionsErrorResponse]
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
    client: AuthenticatedClient,
    body: SessionRequest,
) -> Any | Error | Session | SessionAccepted | SessionsErrorResponse | None:
    """Request a session (standalone 3DS authentication)

     Starts a 3DS authentication before the payment. Answers 201 when the session is already final
    (for example frictionless with channel data supplied) and 202 when more steps are needed
    (`next_actions`). Both bodies carry `session_secret`, which authorises the client-side calls on
    this one session. Once `status` is `approved` or `attempted`, pay with
    `3ds: {enabled: true, authentication_id: <sid>}`.

    Args:
        body (SessionRequest): Request for a standalone 3DS authentication session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Session | SessionAccepted | SessionsErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionRequest,
) -> Response[Any | Error | Session | SessionAccepted | SessionsErrorResponse]:
    """Request a session (standalone 3DS authentication)

     Starts a 3DS authentication before the payment. Answers 201 when the session is already final
    (for example frictionless with channel data supplied) and 202 when more steps are needed
    (`next_actions`). Both bodies carry `session_secret`, which authorises the client-side calls on
    this one session. Once `status` is `approved` or `attempted`, pay with
    `3ds: {enabled: true, authentication_id: <sid>}`.

    Args:
        body (SessionRequest): Request for a standalone 3DS authentication session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Session | SessionAccepted | SessionsErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SessionRequest,
) -> Any | Error | Session | SessionAccepted | SessionsErrorResponse | None:
    """Request a session (standalone 3DS authentication)

     Starts a 3DS authentication before the payment. Answers 201 when the session is already final
    (for example frictionless with channel data supplied) and 202 when more steps are needed
    (`next_actions`). Both bodies carry `session_secret`, which authorises the client-side calls on
    this one session. Once `status` is `approved` or `attempted`, pay with
    `3ds: {enabled: true, authentication_id: <sid>}`.

    Args:
        body (SessionRequest): Request for a standalone 3DS authentication session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Session | SessionAccepted | SessionsErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
