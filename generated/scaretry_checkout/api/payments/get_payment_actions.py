from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.payment_action import PaymentAction
from ...types import Prepared, Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/{id}/actions".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, response: httpx.Response, raise_on_unexpected_status: bool) -> Any | list[PaymentAction] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_payment_actions_response_item_data in _response_200:
            componentsschemas_payment_actions_response_item = PaymentAction.from_dict(
                componentsschemas_payment_actions_response_item_data
            )

            response_200.append(componentsschemas_payment_actions_response_item)

        return response_200

    if response.status_code == 401:
        response_401 = None

        return response_401

    if response.status_code == 404:
        response_404 = None

        return response_404

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[Any | list[PaymentAction]]:
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
) -> Prepared[Any | list[PaymentAction]]:
    """``get_payment_actions`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="get_payment_actions",
        request=_get_kwargs(
            id=id,
        ),
        build=_build_response,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | list[PaymentAction]]:
    """Get payment actions

     All actions of a payment, latest first.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PaymentAction]]
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
) -> Any | list[PaymentAction] | None:
    """Get payment actions

     All actions of a payment, latest first.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PaymentAction]
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | list[PaymentAction]]:
    """Get payment actions

     All actions of a payment, latest first.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PaymentAction]]
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
) -> Any | list[PaymentAction] | None:
    """Get payment actions

     All actions of a payment, latest first.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PaymentAction]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
