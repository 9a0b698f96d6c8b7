from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pre_initiate_integrated_authentication_request import PreInitiateIntegratedAuthenticationRequest
from ...models.pre_initiate_integrated_authentication_response import PreInitiateIntegratedAuthenticationResponse
from ...models.pxp_error import PxpError
from ...types import Prepared, Response


def _get_kwargs(
    *,
    body: PreInitiateIntegratedAuthenticationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/threedsecure/integrated/authentications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> PreInitiateIntegratedAuthenticationResponse | PxpError | None:
    if response.status_code == 200:
        response_200 = PreInitiateIntegratedAuthenticationResponse.from_dict(response.json())

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
) -> Response[PreInitiateIntegratedAuthenticationResponse | PxpError]:
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
    body: PreInitiateIntegratedAuthenticationRequest,
) -> Prepared[PreInitiateIntegratedAuthenticationResponse | PxpError]:
    """``pre_initiate_integrated_authentication`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="pre_initiate_integrated_authentication",
        request=_get_kwargs(
            body=body,
        ),
        build=_build_response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PreInitiateIntegratedAuthenticationRequest,
) -> Response[PreInitiateIntegratedAuthenticationResponse | PxpError]:
    """Pre-initiate an integrated 3DS authentication

     Starts an integrated authentication (PXP also authorises: a later transaction needs only the
    `authenticationId`). When `providerId` is omitted PXP picks the provider and `intent` is then
    required. The response adds `applicableExemptions` (PXP evaluates LVP and TRA); an exemption granted
    at authentication is reused by PXP at authorisation.

    Args:
        body (PreInitiateIntegratedAuthenticationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreInitiateIntegratedAuthenticationResponse | PxpError]
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
    body: PreInitiateIntegratedAuthenticationRequest,
) -> PreInitiateIntegratedAuthenticationResponse | PxpError | None:
    """Pre-initiate an integrated 3DS authentication

     Starts an integrated authentication (PXP also authorises: a later transaction needs only the
    `authenticationId`). When `providerId` is omitted PXP picks the provider and `intent` is then
    required. The response adds `applicableExemptions` (PXP evaluates LVP and TRA); an exemption granted
    at authentication is reused by PXP at authorisation.

    Args:
        body (PreInitiateIntegratedAuthenticationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreInitiateIntegratedAuthenticationResponse | PxpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PreInitiateIntegratedAuthenticationRequest,
) -> Response[PreInitiateIntegratedAuthenticationResponse | PxpError]:
    """Pre-initiate an integrated 3DS authentication

     Starts an integrated authentication (PXP also authorises: a later transaction needs only the
    `authenticationId`). When `providerId` is omitted PXP picks the provider and `intent` is then
    required. The response adds `applicableExemptions` (PXP evaluates LVP and TRA); an exemption granted
    at authentication is reused by PXP at authorisation.

    Args:
        body (PreInitiateIntegratedAuthenticationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreInitiateIntegratedAuthenticationResponse | PxpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PreInitiateIntegratedAuthenticationRequest,
) -> PreInitiateIntegratedAuthenticationResponse | PxpError | None:
    """Pre-initiate an integrated 3DS authentication

     Starts an integrated authentication (PXP also authorises: a later transaction needs only the
    `authenticationId`). When `providerId` is omitted PXP picks the provider and `intent` is then
    required. The response adds `applicableExemptions` (PXP evaluates LVP and TRA); an exemption granted
    at authentication is reused by PXP at authorisation.

    Args:
        body (PreInitiateIntegratedAuthenticationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreInitiateIntegratedAuthenticationResponse | PxpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
