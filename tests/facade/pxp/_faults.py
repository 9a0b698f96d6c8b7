"""Fault injection at one step of a PXP flow, and a merchant who recovers from whatever it raises.

:class:`StepFaults` is the transport under the client (``transport=``; the client's retries stay on
top): it puts ``X-Sandbox-Fault`` on the first ``times`` attempts of the requests of one step, so a
fault lands exactly there (the sandbox then drops, fails, limits or delays that request).
:func:`settle` is what a careful merchant does: pay, act, resume, wait; on any error, ``recover``
the payment from the error's handle (or pay again with the same idempotency key when nothing was
made) and carry on. The sandbox's own state is the judge of what was made.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from scaretry._errors import ProviderError, ScaRetryError, TransportError
from scaretry._outcome import Outcome, State
from scaretry._request import PaymentRequest
from scaretry.providers.pxp import PXP, AsyncPXP
from scaretry.testing import Customer

__all__ = ["STEPS", "AsyncStepFaults", "StepFaults", "asettle", "settle"]

Match = Callable[[httpx.Request], bool]


def _transaction(suffix: bool) -> Match:
    def match(request: httpx.Request) -> bool:
        if request.method != "POST" or not request.url.path.endswith("/v1/transactions"):
            return False
        return str(json.loads(request.content)["merchantTransactionId"]).endswith("-3ds") is suffix

    return match


#: The requests of each step of PXP's flows.
STEPS: dict[str, Match] = {
    "transaction": _transaction(False),
    "pre_initiate": lambda r: r.method == "POST" and r.url.path.endswith("/integrated/authentications"),
    "browser_authentication": lambda r: r.method == "PUT",
    "get_authentication": lambda r: r.method == "GET" and "/authentications/" in r.url.path,
    "get_transaction": lambda r: r.method == "GET" and "/v1/transactions/" in r.url.path,
    "reauthorisation": _transaction(True),
}


class _Marking:
    def __init__(self, step: str, fault: str, times: int) -> None:
        self.match = STEPS[step]
        self.fault = fault
        self.left = times
        self.hits = 0

    def mark(self, request: httpx.Request) -> None:
        request.headers.pop("X-Sandbox-Fault", None)  # a retry of a marked request is marked afresh
        if self.left > 0 and self.match(request):
            self.left -= 1
            self.hits += 1
            request.headers["X-Sandbox-Fault"] = self.fault


class StepFaults(httpx.BaseTransport):
    """A transport that injects ``fault`` into the first ``times`` attempts of ``step``'s requests."""

    def __init__(self, step: str, fault: str, times: int = 1) -> None:
        self.marking = _Marking(step, fault, times)
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.marking.mark(request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncStepFaults(httpx.AsyncBaseTransport):
    """The async twin of :class:`StepFaults`."""

    def __init__(self, step: str, fault: str, times: int = 1) -> None:
        self.marking = _Marking(step, fault, times)
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.marking.mark(request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _handle_of(error: ScaRetryError) -> Any:
    handle = getattr(error, "handle", None)
    assert isinstance(error, ProviderError | TransportError), f"an unexpected error: {error!r}"
    assert handle is not None, f"an error after a request may have reached PXP carries no handle: {error!r}"
    return handle


def settle(client: PXP, customer: Customer, request: PaymentRequest, errors: list[ScaRetryError]) -> Outcome:
    """Pay and see the payment to a final state as a merchant who recovers from every error would;
    the errors met are appended to ``errors``."""
    outcome: Outcome | None = None
    key: str | None = None
    for _ in range(12):
        try:
            if outcome is None:
                outcome = client.pay(request, idempotency_key=key)
            elif outcome.state is State.ACTION_REQUIRED:
                assert outcome.action is not None
                outcome = client.resume(outcome.handle, customer.act(outcome.action, "approve").params)
            elif not outcome.is_final:
                outcome = client.wait(outcome.handle, timeout=10)
            if _never_received(outcome):  # pay again, same key
                key, outcome = outcome.handle.idempotency_key, None
            elif outcome.is_final:
                return outcome
        except ScaRetryError as error:
            errors.append(error)
            handle = _handle_of(error)
            key = handle.idempotency_key
            outcome = client.recover(handle)
            if _never_received(outcome):
                outcome = None  # pay again with the same key: what the first attempt made is reused
    raise AssertionError(f"no final outcome after a dozen steps; errors: {errors}")


async def asettle(
    client: AsyncPXP, customer: Customer, request: PaymentRequest, errors: list[ScaRetryError]
) -> Outcome:
    """The async twin of :func:`settle` (the customer's browser is synchronous)."""
    outcome: Outcome | None = None
    key: str | None = None
    for _ in range(12):
        try:
            if outcome is None:
                outcome = await client.pay(request, idempotency_key=key)
            elif outcome.state is State.ACTION_REQUIRED:
                assert outcome.action is not None
                params = customer.act(outcome.action, "approve").params
                outcome = await client.resume(outcome.handle, params)
            elif not outcome.is_final:
                outcome = await client.wait(outcome.handle, timeout=10)
            if _never_received(outcome):
                key, outcome = outcome.handle.idempotency_key, None
            elif outcome.is_final:
                return outcome
        except ScaRetryError as error:
            errors.append(error)
            handle = _handle_of(error)
            key = handle.idempotency_key
            outcome = await client.recover(handle)
            if _never_received(outcome):
                outcome = None
    raise AssertionError(f"no final outcome after a dozen steps; errors: {errors}")


def _never_received(outcome: Outcome) -> bool:
    """recover()'s documented answer for a payment whose outcome the provider never received."""
    return outcome.state is State.FAILED and outcome.payment_id is None
