"""No Antom payment lost, none charged twice, none misreported: U UNKNOWN_EXCEPTION after an upgrade,
answers bound to their request, faults at every step (sync and async) with the sandbox's own state
as the judge, and errors whose handle recovers the payment."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from scaretry._errors import (
    ProviderError,
    RepeatRequired,
    ScaRetryError,
    TransportError,
    UnexpectedResponse,
)
from scaretry._outcome import ActionReason, RedirectAction, State
from scaretry._request import PaymentRequest, ThreeDSMode
from scaretry._retry import RetryPolicy
from scaretry.sandbox import SandboxServer
from scaretry.testing import Customer
from scaretry.testing.scenarios.antom import request_for
from tests.facade.antom._support import NO_RETRY, Either, Recorder, Replayer, antom, payments


def unknown_first(reference: str) -> PaymentRequest:
    """The sandbox answers this card's pay U UNKNOWN_EXCEPTION twice, then with the upgrade."""
    return request_for("sca_required_answer_unknown", reference)


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def client(request: pytest.FixtureRequest, scaretry_sandbox: SandboxServer) -> Iterator[Either]:
    either = Either(scaretry_sandbox.url_for("antom"), asynchronous=request.param)
    yield either
    either.close()


# -- U UNKNOWN_EXCEPTION after an upgrade ------------------------------------------------------------


def test_an_unknown_answer_after_an_upgrade_is_resent_until_the_redirect_is_known(
    client: Either, customer: Customer, sandbox_admin: httpx.Client
) -> None:
    before = payments(sandbox_admin)
    outcome = client.pay(unknown_first(f"unknown-{client.asynchronous}"))
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.upgraded is True
    assert isinstance(outcome.action, RedirectAction)
    assert outcome.action.reason is ActionReason.SCA_RETRY
    assert payments(sandbox_admin) == before + 1
    returned = customer.act(outcome.action, "approve")
    final = client.wait(client.resume(outcome.handle, returned.params).handle)
    assert (final.state, final.upgraded, final.payment_id) == (State.AUTHORIZED, True, outcome.payment_id)


def test_an_answer_that_stays_unknown_is_processing_and_paying_again_gets_the_redirect(
    scaretry_sandbox: SandboxServer, customer: Customer, sandbox_admin: httpx.Client
) -> None:
    before = payments(sandbox_admin)
    request = unknown_first("unknown-stays")
    with antom(scaretry_sandbox.url_for("antom"), retry=NO_RETRY) as impatient:
        first = impatient.pay(request)
        assert first.state is State.PROCESSING
        assert first.provider_status == "UNKNOWN_EXCEPTION"
        assert first.action is None
        key = first.handle.idempotency_key
        polled = impatient.poll_once(first.handle)  # inquiryPayment has no normalUrl to give back
        assert polled.outcome.state is State.PROCESSING
        assert impatient.pay(request, idempotency_key=key).state is State.PROCESSING
        again = impatient.pay(request, idempotency_key=key)
    assert again.state is State.ACTION_REQUIRED
    assert again.upgraded is True
    assert again.payment_id == first.payment_id
    assert payments(sandbox_admin) == before + 1
    assert again.action is not None
    returned = customer.act(again.action, "approve")
    with antom(scaretry_sandbox.url_for("antom")) as patient:
        final = patient.wait(patient.resume(again.handle, returned.params).handle, timeout=5)
    assert final.state is State.AUTHORIZED


def test_the_issuer_timeout_is_resent_until_final(client: Either, sandbox_admin: httpx.Client) -> None:
    before = payments(sandbox_admin)
    outcome = client.pay(request_for("issuer_timeout", f"timeout-{client.asynchronous}"))
    final = outcome if outcome.is_final else client.wait(outcome.handle)
    assert final.state is State.DECLINED
    assert final.decline is not None
    assert final.decline.code == "PROCESS_FAIL"
    assert payments(sandbox_admin) == before + 1


# -- answers bound to their request -------------------------------------------------------------------


def test_a_replayed_signed_answer_for_another_payment_is_refused(scaretry_sandbox: SandboxServer) -> None:
    recorder = Recorder()
    with antom(scaretry_sandbox.url_for("antom"), transport=recorder) as honest:
        paid = honest.pay(request_for("frictionless", "replay-a"))
        polled = honest.poll_once(paid.handle)
    assert paid.state is State.AUTHORIZED
    assert polled.outcome.state is State.AUTHORIZED
    (pay_path, status, body, headers), (_, inquiry_status, inquiry_body, inquiry_headers) = recorder.answers
    assert pay_path.endswith("/payments/pay")
    replayer = Replayer(status, body, headers)
    with antom(scaretry_sandbox.url_for("antom"), transport=replayer) as victim:
        with pytest.raises(UnexpectedResponse, match="paymentRequestId") as caught:
            victim.pay(request_for("frictionless", "replay-b"))
        assert caught.value.handle is not None  # and still the handle that finds payment B
        assert caught.value.handle.idempotency_key != paid.handle.idempotency_key
        # The same for a status read: payment A's SUCCESS is not payment B's.
        replayer.answer = (inquiry_status, inquiry_body, inquiry_headers)
        other = paid.handle.evolve(payment_id=None, idempotency_key="scr_someone_else").signed(victim._key)
        with pytest.raises(UnexpectedResponse, match="paymentRequestId"):
            victim.poll_once(other)
        by_id = paid.handle.evolve(payment_id="20260101000000000000000000000000000").signed(victim._key)
        with pytest.raises(UnexpectedResponse, match="paymentId"):
            victim.poll_once(by_id)
    assert len(replayer.requests) == 3  # each refused answer was the first, and only, one


# -- faults at every step -----------------------------------------------------------------------------

TRANSIENT = [
    "drop-after-commit;times=1",
    "status=500;times=1",
    "status=502;times=2",
    "status=429;times=1",
    "status=429;retry-after=0.05;times=1",
    "status=503;retry-after=0.05;times=1",
]


@pytest.mark.parametrize("fault", TRANSIENT)
def test_a_transient_fault_on_pay_makes_one_payment(
    fault: str, client: Either, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = payments(sandbox_admin)
    sandbox_faults(fault)
    outcome = client.pay(request_for("frictionless", "fault-pay"))
    assert outcome.state is State.AUTHORIZED
    assert payments(sandbox_admin) == before + 1


@pytest.mark.parametrize("fault", TRANSIENT)
def test_a_transient_fault_on_each_poll_step_loses_nothing(
    fault: str,
    client: Either,
    customer: Customer,
    sandbox_admin: httpx.Client,
    sandbox_faults: Callable[[str], None],
) -> None:
    before = payments(sandbox_admin)
    outcome = client.pay(request_for("sca_required", "fault-poll"))
    assert outcome.state is State.ACTION_REQUIRED
    sandbox_faults(fault)  # the poll before the customer acts
    assert client.poll_once(outcome.handle).outcome.action == outcome.action
    assert outcome.action is not None
    returned = customer.act(outcome.action, "approve")
    sandbox_faults(fault)  # the read on the way back
    resumed = client.resume(outcome.handle, returned.params)
    sandbox_faults(fault)  # the wait
    final = client.wait(resumed.handle)
    assert (final.state, final.upgraded) == (State.AUTHORIZED, True)
    assert payments(sandbox_admin) == before + 1


@pytest.mark.parametrize(
    ("fault", "created", "recovered"),
    [
        ("drop-after-commit", True, State.AUTHORIZED),  # Antom has it; the answer is lost every time
        ("status=503", False, State.FAILED),  # the gateway refuses before anything is created
        ("status=429;retry-after=0.01", False, State.FAILED),
        ("status=500", False, State.FAILED),
    ],
)
def test_an_error_on_pay_carries_the_handle_that_recovers_the_payment(
    fault: str,
    created: bool,
    recovered: State,
    client: Either,
    sandbox_admin: httpx.Client,
    sandbox_faults: Callable[[str], None],
) -> None:
    before = payments(sandbox_admin)
    request = request_for("frictionless", "fault-persistent")
    sandbox_faults(fault)
    with pytest.raises((TransportError, ProviderError)) as caught:
        client.pay(request)
    error = caught.value
    assert isinstance(error, ScaRetryError)
    assert error.handle is not None  # type: ignore[attr-defined]
    assert (error.__cause__ is None and error.__context__ is None) or not isinstance(error.__cause__, httpx.HTTPError)
    assert "4054695723100768" not in repr(error.__dict__)
    assert payments(sandbox_admin) == before + int(created)
    sandbox_admin.delete("/_sandbox/faults")
    handle = error.handle  # type: ignore[attr-defined]
    found = client.recover(handle)
    assert found.state is recovered
    if not created:
        assert found.provider_status == "ORDER_NOT_EXIST"
    again = client.pay(request, idempotency_key=handle.idempotency_key)
    assert again.state is State.AUTHORIZED
    if created:
        assert again.payment_id == found.payment_id
    assert payments(sandbox_admin) == before + 1  # the retry with the same key never charged twice


@pytest.mark.parametrize(
    ("card", "mode", "reason"),
    [
        ("challenge", ThreeDSMode.ALWAYS, ActionReason.CHALLENGE),
        ("sca_required", ThreeDSMode.UPGRADE, ActionReason.SCA_RETRY),
        (None, ThreeDSMode.UPGRADE, ActionReason.PAYMENT_PAGE),
    ],
)
def test_a_redirect_lost_with_the_pay_answer_comes_back_by_paying_again_with_the_key(
    card: str | None,
    mode: ThreeDSMode,
    reason: ActionReason,
    client: Either,
    customer: Customer,
    sandbox_admin: httpx.Client,
    sandbox_faults: Callable[[str], None],
) -> None:
    before = payments(sandbox_admin)
    request = request_for(card or "frictionless", f"lost-redirect-{card}", three_ds=mode)
    if card is None:
        request = request.evolve(source=None)  # Antom's page collects the card
    sandbox_faults("drop-after-commit")  # Antom holds the payment; every answer with its redirect is lost
    with pytest.raises(TransportError) as caught:
        client.pay(request)
    sandbox_admin.delete("/_sandbox/faults")
    handle = caught.value.handle
    assert handle is not None
    assert payments(sandbox_admin) == before + 1
    # inquiryPayment says PROCESSING and carries no redirect: recover says how to get it back
    with pytest.raises(RepeatRequired, match="idempotency_key"):
        client.recover(handle)
    again = client.pay(request, idempotency_key=handle.idempotency_key)
    assert again.state is State.ACTION_REQUIRED
    assert again.action is not None
    assert again.action.reason is reason
    assert payments(sandbox_admin) == before + 1  # the same payment, with its redirect
    assert client.recover(again.handle).action == again.action  # now kept in the handle
    fields = {"cardNo": "4054695723100768"} if card is None else None
    returned = customer.act(again.action, "approve", fields=fields)
    final = client.wait(client.resume(again.handle, returned.params).handle)
    assert (final.state, final.payment_id) == (State.AUTHORIZED, again.payment_id)


def test_the_same_idempotency_key_never_creates_a_second_payment(client: Either, sandbox_admin: httpx.Client) -> None:
    before = payments(sandbox_admin)
    request = request_for("challenge", "same-key", three_ds=ThreeDSMode.ALWAYS)
    first = client.pay(request, idempotency_key=f"scr_same_key_{client.asynchronous}")
    second = client.pay(request, idempotency_key=f"scr_same_key_{client.asynchronous}")
    assert first.payment_id == second.payment_id
    assert first.action == second.action
    assert payments(sandbox_admin) == before + 1


def test_an_unknown_answer_that_outlasts_the_retry_budget_returns_in_time(
    scaretry_sandbox: SandboxServer, sandbox_admin: httpx.Client
) -> None:
    budget = RetryPolicy(wait_initial=0.05, wait_max=0.05, wait_jitter=0, timeout=0.12)
    with antom(scaretry_sandbox.url_for("antom"), retry=budget) as client:
        outcome = client.pay(unknown_first("unknown-budget"))
    # two unknown answers take at least 0.1 s of backoff: within the budget, the third is the redirect;
    # either way the outcome is never a guessed final state.
    assert outcome.state in (State.ACTION_REQUIRED, State.PROCESSING)
    assert not outcome.is_final
