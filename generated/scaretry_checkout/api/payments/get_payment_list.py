from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.payment_list import PaymentList
from ...models.validation_error import ValidationError
from ...types import UNSET, Prepared, Response, Unset


def _get_kwargs(
    *,
    reference: str,
    limit: int | Unset = 10,
    skip: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["reference"] = reference

    params["limit"] = limit

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool
) -> Any | PaymentList | ValidationError | None:
    if response.status_code == 200:
        response_200 = PaymentList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = None

        return response_401

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Response[Any | PaymentList | ValidationError]:
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
    reference: str,
    limit: int | Unset = 10,
    skip: int | Unset = 0,
) -> Prepared[Any | PaymentList | ValidationError]:
    """``get_payment_list`` described but not sent: a ``types.Prepared`` for a client of your own to send."""

    return Prepared(
        operation="get_payment_list",
        request=_get_kwargs(
            reference=reference,
            limit=limit,
            skip=skip,
        ),
        build=_build_response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    reference: str,
    limit: int | Unset = 10,
    skip: int | Unset = 0,
) -> Response[Any | PaymentList | ValidationError]:
    """Get payment lists

     The payments that carry a reference, most recently processed first ("Get a list of
    payments"): a way to find a payment without its id, for example one whose `POST /payments`
    answer was lost. `data` items have the shape of "Get payment details".

    Args:
        reference (str):
        limit (int | Unset):  Default: 10.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PaymentList | ValidationError]
    """

    kwargs = _get_kwargs(
        reference=reference,
        limit=limit,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


def sync(
    *,
    client: AuthenticatedClient,
    reference: str,
    limit: int | Unset = 10,
    skip: int | Unset = 0,
) -> Any | PaymentList | ValidationError | None:
    """Get payment lists

     The payments that carry a reference, most recently processed first ("Get a list of
    payments"): a way to find a payment without its id, for example one whose `POST /payments`
    answer was lost. `data` items have the shape of "Get payment details".

    Args:
        reference (str):
        limit (int | Unset):  Default: 10.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PaymentList | ValidationError
    """

    return sync_detailed(
        client=client,
        reference=reference,
        limit=limit,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    reference: str,
    limit: int | Unset = 10,
    skip: int | Unset = 0,
) -> Response[Any | PaymentList | ValidationError]:
    """Get payment lists

     The payments that carry a reference, most recently processed first ("Get a list of
    payments"): a way to find a payment without its id, for example one whose `POST /payments`
    answer was lost. `data` items have the shape of "Get payment details".

    Args:
        reference (str):
        limit (int | Unset):  Default: 10.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PaymentList | ValidationError]
    """

    kwargs = _get_kwargs(
        reference=reference,
        limit=limit,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient,
    reference: str,
    limit: int | Unset = 10,
    skip: int | Unset = 0,
) -> Any | PaymentList | ValidationError | None:
    """Get payment lists

     The payments that carry a reference, most recently processed first ("Get a list of
    payments"): a way to find a payment without its id, for example one whose `POST /payments`
    answer was lost. `data` items have the shape of "Get payment details".

    Args:
        reference (str):
        limit (int | Unset):  Default: 10.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PaymentList | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            reference=reference,
            limit=limit,
            skip=skip,
        )
    ).parsed
