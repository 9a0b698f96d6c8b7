from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.sessions_error_response import SessionsErrorResponse
from ...types import Prepared, Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sessions/{id}/complete".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> Any | SessionsErrorResponse | None:
    if response.status_code == 204:
        response_204 = None

        return response_204

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

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[Any | SessionsErrorResponse]:
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
) -> Prepared[Any | SessionsErrorResponse]:
    """``complete_session`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="complete_session",
        request=_get_kwargs(
            id=id,
        ),
        build=_build_response,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | SessionsErrorResponse]:
    """Complete a non-hosted session

     Marks a final non-hosted session complete; Checkout.com then POSTs the result to the session's
    `callback_url`. Answers 204 without a body.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SessionsErrorResponse]
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
) -> Any | SessionsErrorResponse | None:
    """Complete a non-hosted session

     Marks a final non-hosted session complete; Checkout.com then POSTs the result to the session's
    `callback_url`. Answers 204 without a body.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SessionsErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | SessionsErrorResponse]:
    """Complete a non-hosted session

     Marks a final non-hosted session complete; Checkout.com then POSTs the result to the session's
    `callback_url`. Answers 204 without a body.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SessionsErrorResponse]
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
) -> Any | SessionsErrorResponse | None:
    """Complete a non-hosted session

     Marks a final non-hosted session complete; Checkout.com then POSTs the result to the session's
    `callback_url`. Answers 204 without a body.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SessionsErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
