from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication import Authentication
from ...models.pxp_error import PxpError
from ...types import Prepared, Response


def _get_kwargs(
    authentication_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/threedsecure/standalone/authentications/{authentication_id}".format(
            authentication_id=quote(str(authentication_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, response: httpx.Response, raise_on_unexpected_status: bool) -> Authentication | PxpError | None:
    if response.status_code == 200:
        response_200 = Authentication.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PxpError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PxpError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PxpError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = PxpError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PxpError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = PxpError.from_dict(response.json())

        return response_503

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[Authentication | PxpError]:
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
    authentication_id: str,
) -> Prepared[Authentication | PxpError]:
    """``get_standalone_authentication`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="get_standalone_authentication",
        request=_get_kwargs(
            authentication_id=authentication_id,
        ),
        build=_build_response,
    )


def sync_detailed(
    authentication_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Authentication | PxpError]:
    """Retrieve a standalone authentication

     Reads the current state and 3DS result of an authentication; used after the challenge callback and
    for polling.

    Args:
        authentication_id (str): A GUID in canonical 8-4-4-4-12 hexadecimal form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Authentication | PxpError]
    """

    kwargs = _get_kwargs(
        authentication_id=authentication_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    authentication_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Authentication | PxpError | None:
    """Retrieve a standalone authentication

     Reads the current state and 3DS result of an authentication; used after the challenge callback and
    for polling.

    Args:
        authentication_id (str): A GUID in canonical 8-4-4-4-12 hexadecimal form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Authentication | PxpError
    """

    return sync_detailed(
        authentication_id=authentication_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    authentication_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Authentication | PxpError]:
    """Retrieve a standalone authentication

     Reads the current state and 3DS result of an authentication; used after the challenge callback and
    for polling.

    Args:
        authentication_id (str): A GUID in canonical 8-4-4-4-12 hexadecimal form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Authentication | PxpError]
    """

    kwargs = _get_kwargs(
        authentication_id=authentication_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    authentication_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Authentication | PxpError | None:
    """Retrieve a standalone authentication

     Reads the current state and 3DS result of an authentication; used after the challenge callback and
    for polling.

    Args:
        authentication_id (str): A GUID in canonical 8-4-4-4-12 hexadecimal form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Authentication | PxpError
    """

    return (
        await asyncio_detailed(
            authentication_id=authentication_id,
            client=client,
        )
    ).parsed
