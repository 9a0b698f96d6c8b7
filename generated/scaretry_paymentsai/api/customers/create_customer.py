from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_create_request import CustomerCreateRequest
from ...models.customer_envelope import CustomerEnvelope
from ...models.error_response import ErrorResponse
from ...types import Prepared, Response


def _get_kwargs(
    organization_id: str,
    *,
    body: CustomerCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public-api/organizations/{organization_id}/customers".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> CustomerEnvelope | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CustomerEnvelope.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[CustomerEnvelope | ErrorResponse]:
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
    organization_id: str,
    *,
    body: CustomerCreateRequest,
) -> Prepared[CustomerEnvelope | ErrorResponse]:
    """``create_customer`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="create_customer",
        request=_get_kwargs(
            organization_id=organization_id,
            body=body,
        ),
        build=_build_response,
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreateRequest,
) -> Response[CustomerEnvelope | ErrorResponse]:
    """Create a customer

     Creates a customer of the organization. The returned `data.id` is the `customerId` used when
    attaching a payment instrument and on transactions.

    Args:
        organization_id (str):
        body (CustomerCreateRequest): Body of createCustomer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreateRequest,
) -> CustomerEnvelope | ErrorResponse | None:
    """Create a customer

     Creates a customer of the organization. The returned `data.id` is the `customerId` used when
    attaching a payment instrument and on transactions.

    Args:
        organization_id (str):
        body (CustomerCreateRequest): Body of createCustomer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerEnvelope | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreateRequest,
) -> Response[CustomerEnvelope | ErrorResponse]:
    """Create a customer

     Creates a customer of the organization. The returned `data.id` is the `customerId` used when
    attaching a payment instrument and on transactions.

    Args:
        organization_id (str):
        body (CustomerCreateRequest): Body of createCustomer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreateRequest,
) -> CustomerEnvelope | ErrorResponse | None:
    """Create a customer

     Creates a customer of the organization. The returned `data.id` is the `customerId` used when
    attaching a payment instrument and on transactions.

    Args:
        organization_id (str):
        body (CustomerCreateRequest): Body of createCustomer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            body=body,
        )
    ).parsed
