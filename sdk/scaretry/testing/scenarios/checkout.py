"""Checkout.com flows against the sandbox (cards: ``scaretry.sandbox.providers.checkout.SCENARIOS``).

Every flow is the same few facade calls a merchant makes: ``pay`` (or ``authenticate`` for the
Sessions API), the customer at the 3DS page, ``resume`` with what the return URL received, and
``wait`` for the final state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from scaretry_checkout.api.payments import capture_payment, refund_payment, void_payment
from scaretry_checkout.models import CaptureRequest, RefundRequest, VoidRequest

from scaretry._outcome import Outcome, State
from scaretry._request import (
    AgreementType,
    Card,
    Exemption,
    Initiator,
    Money,
    PaymentRequest,
    StoredCredential,
    ThreeDSMode,
)
from scaretry.providers.checkout import AsyncCheckout, Checkout
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing._customer import Choice, Customer
from scaretry.testing._scenario import SANDBOX_POLL, SANDBOX_RETRY, Scenario, Trace

__all__ = ["CARDS", "RETURN_URL", "SCENARIOS", "async_client_for", "client_for", "request_for"]

RETURN_URL = "https://shop.example/checkout/return"
#: The sandbox's cards by what they do (Checkout.com's documented test cards where they exist).
CARDS = {
    "approve": "4242424242424242",
    "challenge": "4485040371536584",
    "sca_required": "4500622868341387",
    "frictionless_then_sca": "4604638550407414",
    "hard_decline": "4544249167673670",
    "fraud": "4897453568485113",
    "issuer_timeout": "4095254802642505",
}
#: A scheme transaction id standing for the customer-initiated payment that set up the agreement.
PREVIOUS_PAYMENT = "488341541494658"
_WAIT = 10.0  # seconds; the sandbox settles in settle_seconds (0.2 s in tests)
# Fast and without jitter: a recorded run sends the same requests in the same order.


_Client = TypeVar("_Client", Checkout, AsyncCheckout)


def _client(cls: type[_Client], base_url: str) -> _Client:
    return cls(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        webhook_signature_key=CHECKOUT["webhook_signature_key"],
        base_url=base_url,
        poll=SANDBOX_POLL,
        retry=SANDBOX_RETRY,
    )


def client_for(base_url: str) -> Checkout:
    """A sync client for the sandbox with its published credentials."""
    return _client(Checkout, base_url)


def async_client_for(base_url: str) -> AsyncCheckout:
    """The async twin of :func:`client_for`."""
    return _client(AsyncCheckout, base_url)


def request_for(
    card: str,
    three_ds: ThreeDSMode = ThreeDSMode.UPGRADE,
    *,
    initiator: Initiator = Initiator.CUSTOMER,
    reference: str = "ORD-CKO-1",
) -> PaymentRequest:
    """EUR 65.10 with the sandbox card ``card`` (a key of :data:`CARDS`)."""
    return PaymentRequest(
        amount=Money(6510, "EUR"),
        source=Card(CARDS[card], 12, 2030, cvv="100", holder_name="Ada Lovelace"),
        reference=reference,
        return_url=RETURN_URL,
        three_ds=three_ds,
        initiator=initiator,
        previous_payment_id=PREVIOUS_PAYMENT if initiator is Initiator.MERCHANT else None,
        customer_email="ada@example.com",
    )


def _final(client: Checkout, outcome: Outcome, trace: Trace) -> Outcome:
    if not outcome.is_final:
        outcome = trace.seen(client.wait(outcome.handle, timeout=_WAIT))
    trace.note(outcome.provider_status or outcome.state.value)
    return outcome


def _redirected(client: Checkout, customer: Customer, outcome: Outcome, choice: Choice, trace: Trace) -> Outcome:
    """The customer at the 3DS page, then ``resume`` with what the return URL got, then ``wait``."""
    assert outcome.action is not None, f"expected a redirect, got {outcome.state}"
    returned = customer.act(outcome.action, choice)
    trace.note({"approve": "challenge approved", "reject": "challenge rejected"}.get(choice, "challenge abandoned"))
    if returned.url is not None:
        outcome = trace.seen(client.resume(outcome.handle, returned.params))
    return _final(client, outcome, trace)


def frictionless(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("approve", ThreeDSMode.ALWAYS)))
    trace.note("3DS frictionless")
    return _final(client, outcome, trace)


def approved_without_3ds(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("approve")))
    trace.note("non-3DS")
    return _final(client, outcome, trace)


def challenge_approved(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("challenge", ThreeDSMode.ALWAYS)))
    trace.note("3DS challenge")
    return _redirected(client, customer, outcome, "approve", trace)


def challenge_rejected(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("challenge", ThreeDSMode.ALWAYS)))
    trace.note("3DS challenge")
    return _redirected(client, customer, outcome, "reject", trace)


def challenge_abandoned(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("challenge", ThreeDSMode.ALWAYS)))
    trace.note("3DS challenge")
    return _redirected(client, customer, outcome, "abandon", trace)


def soft_decline_upgrade_approved(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("sca_required")))
    trace.note("soft decline 20154")
    trace.note("upgraded" if outcome.upgraded else "not upgraded")
    return _redirected(client, customer, outcome, "approve", trace)


def soft_decline_upgrade_rejected(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("sca_required")))
    trace.note("soft decline 20154")
    trace.note("upgraded" if outcome.upgraded else "not upgraded")
    return _redirected(client, customer, outcome, "reject", trace)


def upgrade_disabled_declined(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("sca_required", ThreeDSMode.NEVER)))
    trace.note("non-3DS, allow_upgrade false")
    trace.note("soft decline 20154")
    return _final(client, outcome, trace)


def merchant_initiated_not_upgraded(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("sca_required", initiator=Initiator.MERCHANT)))
    trace.note("merchant-initiated")
    trace.note("soft decline 20154, not upgraded")
    return _final(client, outcome, trace)


def hard_decline(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("hard_decline")))
    trace.note("decline 20051")
    return _final(client, outcome, trace)


def fraud_decline(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("fraud")))
    trace.note("decline 20059")
    return _final(client, outcome, trace)


def timeout(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("issuer_timeout")))
    trace.note("issuer timeout 20068")
    return _final(client, outcome, trace)


def session_created(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    request = request_for("challenge", ThreeDSMode.ALWAYS)
    session = trace.seen(client.authenticate(request))
    trace.note("session created")
    session = _redirected(client, customer, session, "approve", trace)
    if session.state is not State.AUTHORIZED or session.payment_id is None:
        return session
    trace.note("authenticated")
    outcome = trace.seen(client.pay_with_session(request, session.payment_id))
    trace.note("paid with session")
    return _final(client, outcome, trace)


def exemption_accepted(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    request = request_for("approve").evolve(amount=Money(2500, "EUR"), exemption=Exemption.LOW_VALUE)
    outcome = trace.seen(client.pay(request))
    trace.note("low-value exemption, no 3DS")
    return _final(client, outcome, trace)


def exemption_refused_upgraded(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    request = request_for("sca_required").evolve(amount=Money(2500, "EUR"), exemption=Exemption.LOW_VALUE)
    outcome = trace.seen(client.pay(request))
    trace.note("low-value exemption refused: soft decline 20154")
    trace.note("upgraded" if outcome.upgraded else "not upgraded")
    return _redirected(client, customer, outcome, "approve", trace)


def sca_retry_after_frictionless(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("frictionless_then_sca", ThreeDSMode.ALWAYS)))
    trace.note("3DS frictionless, then soft decline 20154")
    trace.note("upgraded to a challenge" if outcome.upgraded else "not upgraded")
    return _redirected(client, customer, outcome, "approve", trace)


def session_sca_retry(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    request = request_for("frictionless_then_sca")
    session = trace.seen(client.authenticate(request))
    trace.note("hosted session")
    session = _redirected(client, customer, session, "approve", trace)
    if session.state is not State.AUTHORIZED or session.payment_id is None:
        return session
    trace.note("authenticated frictionless")
    outcome = trace.seen(client.pay_with_session(request, session.payment_id))
    trace.note("paid with session: soft decline 20154")
    trace.note("upgraded to a challenge" if outcome.upgraded else "not upgraded")
    return _redirected(client, customer, outcome, "approve", trace)


def agreement_then_merchant_initiated(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    agreement = StoredCredential(AgreementType.UNSCHEDULED, first=True)
    first = trace.seen(
        client.pay(request_for("sca_required", reference="AGR-CKO-1").evolve(stored_credential=agreement))
    )
    trace.note("agreement's first payment, challenge mandated")
    first = _redirected(client, customer, first, "approve", trace)
    if first.state is not State.AUTHORIZED or first.payment_id is None:
        return first
    later = request_for("sca_required", initiator=Initiator.MERCHANT, reference="AGR-CKO-2").evolve(
        stored_credential=StoredCredential(AgreementType.UNSCHEDULED), previous_payment_id=first.payment_id
    )
    outcome = trace.seen(client.pay(later))
    trace.note("merchant-initiated, unscheduled")
    return _final(client, outcome, trace)


def opted_out_account_upgraded_by_the_client(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    # The same client on a channel of an account that opted out of Checkout.com's SCA retries.
    with client.for_processing_channel(CHECKOUT["opted_out_processing_channel_id"]) as opted_out:
        outcome = trace.seen(opted_out.pay(request_for("sca_required")))
        trace.note("account opted out: declined 20154, retried with 3DS by the client")
        return _redirected(opted_out, customer, outcome, "approve", trace)


def _after(client: Checkout, outcome: Outcome, trace: Trace) -> Outcome:
    """The payment as it reads now (one status read)."""
    read = trace.seen(client.poll_once(outcome.handle).outcome)
    trace.note(read.provider_status or read.state.value)
    return read


def captured_then_refunded(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("approve").evolve(capture=False)))
    trace.note("authorized, not captured")
    assert outcome.payment_id is not None, "expected an authorized payment"
    key = outcome.handle.idempotency_key
    capture_payment.sync_detailed(
        outcome.payment_id, client=client.api, body=CaptureRequest(amount=4000), cko_idempotency_key=f"{key}-c1"
    )
    trace.note("captured 40.00 of 65.10 (client.api)")
    _after(client, outcome, trace)
    capture_payment.sync_detailed(
        outcome.payment_id, client=client.api, body=CaptureRequest(), cko_idempotency_key=f"{key}-c2"
    )
    trace.note("captured the rest")
    _after(client, outcome, trace)
    refund_payment.sync_detailed(
        outcome.payment_id, client=client.api, body=RefundRequest(), cko_idempotency_key=f"{key}-r1"
    )
    trace.note("refunded in full")
    return _after(client, outcome, trace)


def voided(client: Checkout, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("approve").evolve(capture=False)))
    trace.note("authorized, not captured")
    assert outcome.payment_id is not None, "expected an authorized payment"
    void_payment.sync_detailed(
        outcome.payment_id,
        client=client.api,
        body=VoidRequest(),
        cko_idempotency_key=f"{outcome.handle.idempotency_key}-v",
    )
    trace.note("voided (client.api)")
    return _after(client, outcome, trace)


def _scenario(
    name: str, title: str, expected: State, run: Callable[[Checkout, Customer, Trace], Outcome], upgrade: bool = False
) -> Scenario:
    return Scenario("checkout", name, title, expected, run, upgrade)


SCENARIOS: list[Scenario] = [
    _scenario("frictionless", "3DS asked for, frictionless (4242…4242)", State.AUTHORIZED, frictionless),
    _scenario("approved_without_3ds", "No 3DS needed (4242…4242)", State.AUTHORIZED, approved_without_3ds),
    _scenario("challenge_approved", "3DS challenge approved (4485…6584)", State.AUTHORIZED, challenge_approved),
    _scenario("challenge_rejected", "3DS challenge failed: 20151 (4485…6584)", State.DECLINED, challenge_rejected),
    _scenario(
        "challenge_abandoned", "3DS challenge abandoned: Expired 20152 (4485…6584)", State.EXPIRED, challenge_abandoned
    ),
    _scenario(
        "soft_decline_upgrade_approved",
        "Soft decline 20154 upgraded to 3DS (sca_retry), approved (4500…1387)",
        State.AUTHORIZED,
        soft_decline_upgrade_approved,
        upgrade=True,
    ),
    _scenario(
        "soft_decline_upgrade_rejected",
        "Soft decline 20154 upgraded to 3DS, challenge failed (4500…1387)",
        State.DECLINED,
        soft_decline_upgrade_rejected,
        upgrade=True,
    ),
    _scenario(
        "upgrade_disabled_declined",
        "Soft decline 20154 with allow_upgrade false (4500…1387)",
        State.DECLINED,
        upgrade_disabled_declined,
    ),
    _scenario(
        "merchant_initiated_not_upgraded",
        "Merchant-initiated soft decline 20154: never upgraded (4500…1387)",
        State.DECLINED,
        merchant_initiated_not_upgraded,
    ),
    _scenario("hard_decline", "Hard decline 20051 Insufficient Funds (4544…3670)", State.DECLINED, hard_decline),
    _scenario("fraud_decline", "Fraud decline 20059 (4897…8113)", State.DECLINED, fraud_decline),
    _scenario("timeout", "Issuer timeout 20068, retryable (4095…2505)", State.DECLINED, timeout),
    _scenario(
        "session_created",
        "Sessions API: hosted 3DS, then a payment with the session (4485…6584)",
        State.AUTHORIZED,
        session_created,
    ),
    _scenario(
        "exemption_accepted", "Low-value exemption accepted, no 3DS (4242…4242)", State.AUTHORIZED, exemption_accepted
    ),
    _scenario(
        "exemption_refused_upgraded",
        "Low-value exemption refused 20154, upgraded to 3DS, approved (4500…1387)",
        State.AUTHORIZED,
        exemption_refused_upgraded,
        upgrade=True,
    ),
    _scenario(
        "sca_retry_after_frictionless",
        "Frictionless 3DS soft-declined 20154, upgraded to a challenge, approved (4604…7414)",
        State.AUTHORIZED,
        sca_retry_after_frictionless,
        upgrade=True,
    ),
    _scenario(
        "session_sca_retry",
        "Hosted session frictionless, its payment soft-declined 20154, upgraded, approved (4604…7414)",
        State.AUTHORIZED,
        session_sca_retry,
        upgrade=True,
    ),
    _scenario(
        "agreement_then_merchant_initiated",
        "Agreement set up with a challenge, then a merchant-initiated payment authorised (4500…1387)",
        State.AUTHORIZED,
        agreement_then_merchant_initiated,
    ),
    _scenario(
        "captured_then_refunded",
        "Authorized, captured in two parts, refunded (client.api: captures, refunds)",
        State.AUTHORIZED,
        captured_then_refunded,
    ),
    _scenario("voided", "Authorized, then voided (client.api: voids)", State.CANCELED, voided),
    _scenario(
        "opted_out_account_upgraded_by_the_client",
        "Account opted out of SCA retries: 20154, the client retries with 3DS, approved (4500…1387)",
        State.AUTHORIZED,
        opted_out_account_upgraded_by_the_client,
        upgrade=True,
    ),
]
