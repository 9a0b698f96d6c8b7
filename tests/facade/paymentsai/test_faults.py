"""No payment lost, none charged twice (issue 8): faults at every step of a Payments AI payment,
sync and async, judged by what the sandbox holds (``/_sandbox/state``).

Steps: the stage tokeniser (``POST …/payment-instruments/tokens``), the transaction
(``POST …/transactions`` with ``idempotencyKey``) and the read (``GET …/transactions/{id}``).
Faults: the connection dropped after the provider committed, 503, 429 with and without
``Retry-After``. Once: the retries absorb it. As often as there are attempts: the error carries the
handle, and the documented recovery (``recover``, or the idempotent replay of ``pay``) finds the
one payment.
"""

from __future__ import annotations

import re

import httpx
import pytest

from scaretry._errors import ProviderError, RepeatRequired, TransportError
from scaretry._handle import Handle
from scaretry._outcome import Outcome, State
from scaretry._request import PaymentRequest
from scaretry.providers.paymentsai import AsyncPaymentsAI, PaymentsAI
from scaretry.testing._scenario import SANDBOX_RETRY
from tests.facade.paymentsai._support import API_KEY, ORG, counts, request

STEPS = {
    "token": ("POST", "/payment-instruments/tokens"),
    "transaction": ("POST", "/transactions"),
    "read": ("GET", "/transactions/"),
}
FAULTS = ["drop-after-commit", "status=503", "status=429;retry-after=0", "status=429"]
HEADER = "X-Sandbox-Fault"


class _Faulty:
    """Adds ``X-Sandbox-Fault`` to the first ``times`` attempts of one step's requests."""

    def __init__(self, step: str, fault: str, times: int) -> None:
        self.method, self.path = STEPS[step]
        self.fault = fault
        self.left = times

    def mark(self, request: httpx.Request) -> None:
        request.headers.pop(HEADER, None)  # the retries resend the same request object
        path = request.url.path
        hit = request.method == self.method and (
            path.endswith(self.path) or (self.path.endswith("/") and self.path in path)
        )
        if hit and self.left > 0:
            self.left -= 1
            request.headers[HEADER] = self.fault


class FaultyTransport(_Faulty, httpx.BaseTransport):
    def __init__(self, step: str, fault: str, times: int) -> None:
        super().__init__(step, fault, times)
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.mark(request)
        return self.inner.handle_request(request)


class AsyncFaultyTransport(_Faulty, httpx.AsyncBaseTransport):
    def __init__(self, step: str, fault: str, times: int) -> None:
        super().__init__(step, fault, times)
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.mark(request)
        return await self.inner.handle_async_request(request)


def client(base: str, transport: httpx.BaseTransport | None = None) -> PaymentsAI:
    return PaymentsAI(API_KEY, ORG, gateway_three_ds=True, base_url=base, retry=SANDBOX_RETRY, transport=transport)


def async_client(base: str, transport: httpx.AsyncBaseTransport) -> AsyncPaymentsAI:
    return AsyncPaymentsAI(API_KEY, ORG, gateway_three_ds=True, base_url=base, retry=SANDBOX_RETRY, transport=transport)


def _pay_request(reference: str) -> PaymentRequest:
    return request(reference=reference)  # a raw card: tokenised, then charged (frictionless approval)


def _expected_error(fault: str) -> type[ProviderError | TransportError]:
    return TransportError if fault == "drop-after-commit" else ProviderError


def _checked(error: ProviderError | TransportError, fault: str) -> Handle:
    """The error's handle, after checking that the error says what happened."""
    if isinstance(error, ProviderError):
        assert error.status_code == int(fault.split(";")[0].removeprefix("status="))
    assert error.handle is not None, "an error after a request may have reached Payments AI carries the handle"
    assert error.handle.idempotency_key
    return error.handle


def _judge(before: dict[str, int], after: dict[str, int], outcome: Outcome) -> None:
    assert after["transactions"] == before["transactions"] + 1, "one payment: no duplicate, none lost"
    assert outcome.state is State.AUTHORIZED
    assert outcome.payment_id


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("step", list(STEPS))
def test_one_fault_is_absorbed(base: str, sandbox_admin: httpx.Client, step: str, fault: str) -> None:
    before = counts(sandbox_admin)
    faulty = FaultyTransport(step, fault, 1)
    with client(base, faulty) as paymentsai:
        outcome = paymentsai.pay(_pay_request(f"pai-once-{step}"))
        if step == "read":
            outcome = paymentsai.poll_once(outcome.handle).outcome
    assert faulty.left == 0, "the fault was injected"
    _judge(before, counts(sandbox_admin), outcome)


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("step", list(STEPS))
def test_a_fault_on_every_attempt_is_recovered(base: str, sandbox_admin: httpx.Client, step: str, fault: str) -> None:
    before = counts(sandbox_admin)
    faulty = FaultyTransport(step, fault, SANDBOX_RETRY.attempts)
    reference = f"pai-every-{step}"
    with client(base, faulty) as paymentsai:
        started = None if step != "read" else paymentsai.pay(_pay_request(reference))
        step_that_fails = (
            (lambda: paymentsai.pay(_pay_request(reference)))
            if started is None
            else (lambda: paymentsai.poll_once(started.handle))
        )
        with pytest.raises(_expected_error(fault)) as raised:
            step_that_fails()
        handle = _checked(raised.value, fault)
        if handle.payment_id is None:  # the transaction's answer never arrived: replay it
            with pytest.raises(RepeatRequired, match=re.escape("idempotency_key=handle.idempotency_key")):
                paymentsai.recover(handle)
            outcome = paymentsai.pay(_pay_request(reference), idempotency_key=handle.idempotency_key)
        else:
            outcome = paymentsai.recover(handle)
    assert faulty.left == 0, "the fault was injected"
    _judge(before, counts(sandbox_admin), outcome)


@pytest.mark.anyio
@pytest.mark.parametrize("times", [1, SANDBOX_RETRY.attempts], ids=["once", "every-attempt"])
@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("step", list(STEPS))
async def test_async(base: str, sandbox_admin: httpx.Client, step: str, fault: str, times: int) -> None:
    before = counts(sandbox_admin)
    reference = f"pai-async-{step}-{times}"
    faulty = AsyncFaultyTransport(step, fault, times)
    error: ProviderError | TransportError | None = None
    async with async_client(base, faulty) as paymentsai:
        outcome = await paymentsai.pay(_pay_request(reference)) if step == "read" else None
        try:
            if outcome is None:
                outcome = await paymentsai.pay(_pay_request(reference))
            else:
                outcome = (await paymentsai.poll_once(outcome.handle)).outcome
        except (ProviderError, TransportError) as exc:
            error = exc
        assert (error is None) == (times == 1), "one fault is absorbed, a fault on every attempt is raised"
        if error is not None:
            assert isinstance(error, _expected_error(fault))
            handle = _checked(error, fault)
            if handle.payment_id is None:
                with pytest.raises(RepeatRequired):
                    await paymentsai.recover(handle)
                outcome = await paymentsai.pay(_pay_request(reference), idempotency_key=handle.idempotency_key)
            else:
                outcome = await paymentsai.recover(handle)
    assert faulty.left == 0, "the fault was injected"
    assert outcome is not None
    _judge(before, counts(sandbox_admin), outcome)


def test_a_lost_token_answer_costs_one_unused_token_and_no_money(base: str, sandbox_admin: httpx.Client) -> None:
    """Why the tokeniser may be retried: its repeat makes a second token, which moves no money."""
    before = counts(sandbox_admin)
    with client(base, FaultyTransport("token", "drop-after-commit", 1)) as paymentsai:
        outcome = paymentsai.pay(_pay_request("pai-token-drop"))
    after = counts(sandbox_admin)
    assert outcome.state is State.AUTHORIZED
    assert after["tokens"] == before["tokens"] + 2
    assert after["transactions"] == before["transactions"] + 1


def test_the_replay_of_a_created_transaction_returns_it(base: str, sandbox_admin: httpx.Client) -> None:
    """The transaction was created but every answer was lost: the replay with the error's key returns
    that transaction (the same id), it does not create a second."""
    before = counts(sandbox_admin)
    faulty = FaultyTransport("transaction", "drop-after-commit", SANDBOX_RETRY.attempts)
    with client(base, faulty) as paymentsai, pytest.raises(TransportError) as raised:
        paymentsai.pay(_pay_request("pai-replay"))
    assert counts(sandbox_admin)["transactions"] == before["transactions"] + 1  # created, answer lost
    handle = raised.value.handle
    assert handle is not None
    with client(base) as fresh:  # another process, the same credentials
        replayed = fresh.pay(_pay_request("pai-replay"), idempotency_key=handle.idempotency_key)
        again = fresh.pay(_pay_request("pai-replay"), idempotency_key=handle.idempotency_key)
    assert counts(sandbox_admin)["transactions"] == before["transactions"] + 1
    assert replayed.state is State.AUTHORIZED
    assert replayed.payment_id == again.payment_id
    assert replayed.handle.idempotency_key == handle.idempotency_key
