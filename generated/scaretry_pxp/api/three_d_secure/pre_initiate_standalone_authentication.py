from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pre_initiate_authentication_response import PreInitiateAuthenticationResponse
from ...models.pre_initiate_standalone_authentication_request import PreInitiateStandaloneAuthenticationRequest
from ...models.pxp_error import PxpError
from ...types import Prepared, Response


def _get_kwargs(
    *,
    body: PreInitiateStandaloneAuthenticationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/threedsecure/standalone/authentications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> PreInitiateAuthenticationResponse | PxpError | None:
    if response.status_code == 200:
        response_200 = PreInitiateAuthenticationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PxpError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PxpError.from_dict(response.json())

        return response_401

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
) -> Response[PreInitiateAuthenticationResponse | PxpError]:
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
    body: PreInitiateStandaloneAuthenticationRequest,
) -> Prepared[PreInitiateAuthenticationResponse | PxpError]:
    """``pre_initiate_standalone_authentication`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="pre_initiate_standalone_authentication",
        request=_get_kwargs(
            body=body,
        ),
        build=_build_response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PreInitiateStandaloneAuthenticationRequest,
) -> Response[PreInitiateAuthenticationResponse | PxpError]:
    """Pre-initiate a standalone 3DS authentication

     Starts a standalone authentication (authentication only; the result can be taken to any acquirer).
    PXP checks whether the card supports 3DS, whether SCA is mandated, and returns the 3DS Method
    (fingerprint) URL and data when the issuer has one. On success the state is `PendingClientData`.
    PXP does not evaluate exemptions in standalone mode.

    Args:
        body (PreInitiateStandaloneAuthenticationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreInitiateAuthenticationResponse | PxpError]
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
    client: AuthenticatedClient | Client,
    body: PreInitiateStandaloneAuthenticationRequest,
) -> PreInitiateAuthenticationResponse | PxpError | None:
    """Pre-initiate a standalone 3DS authentication

     Starts a standalone authentication (authentication only; the result can be taken to any acquirer).
    PXP checks whether the card supports 3DS, whether SCA is mandated, and returns the 3DS Method
    (fingerprint) URL and data when the issuer has one. On success the state is `PendingClientData`.
    PXP does not evaluate exemptions in standalone mode.

    Args:
        body (PreInitiateStandaloneAuthenticationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreInitiateAuthenticationResponse | PxpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PreInitiateStandaloneAuthenticationRequest,
) -> Response[PreInitiateAuthenticationResponse | PxpError]:
    """Pre-initiate a standalone 3DS authentication

     Starts a standalone authentication (authentication only; the result can be taken to any acquirer).
    PXP checks whether the card supports 3DS, whether SCA is mandated, and returns the 3DS Method
    (fingerprint) URL and data when the issuer has one. On success the state is `PendingClientData`.
    PXP does not evaluate exemptions in standalone mode.

    Args:
        body (PreInitiateStandaloneAuthenticationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreInitiateAuthenticationResponse | PxpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PreInitiateStandaloneAuthenticationRequest,
) -> PreInitiateAuthenticationResponse | PxpError | None:
    """Pre-initiate a standalone 3DS authentication

     Starts a standalone authentication (authentication only; the result can be taken to any acquirer).
    PXP checks whether the card supports 3DS, whether SCA is mandated, and returns the 3DS Method
    (fingerprint) URL and data when the issuer has one. On success the state is `PendingClientData`.
    PXP does not evaluate exemptions in standalone mode.

    Args:
        body (PreInitiateStandaloneAuthenticationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreInitiateAuthenticationResponse | PxpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
