"""Payments AI flows against the sandbox (cards: ``scaretry.sandbox.providers.paymentsai.TEST_CARDS``).

Payments AI switches 3-D Secure per gateway connection, so the scenarios use two organizations of
the one sandbox key: ``organization_id`` (gateway 3DS on, the client of :func:`client_for`) and
``organization_id_no_3ds`` (gateway 3DS off, reached with ``client.for_organization``). UPGRADE is
not possible with this provider; ``upgrade_unsupported`` shows the refusal and the fallback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from scaretry_paymentsai.api.customers import attach_payment_instrument, create_customer
from scaretry_paymentsai.api.payment_instruments import create_payment_instrument_token
from scaretry_paymentsai.models import (
    AttachPaymentInstrumentRequest,
    CreateTokenRequest,
    CustomerCreateRequest,
    CustomerEnvelope,
    PaymentInstrumentEnvelope,
    TokenEnvelope,
)

from scaretry._errors import UnsupportedError
from scaretry._outcome import Outcome, State
from scaretry._request import Browser, Card, CardToken, Initiator, Money, PaymentRequest, ThreeDSMode
from scaretry.providers.paymentsai import AsyncPaymentsAI, PaymentsAI
from scaretry.sandbox._credentials import PAYMENTSAI
from scaretry.testing._customer import Choice, Customer
from scaretry.testing._scenario import SANDBOX_POLL, SANDBOX_RETRY, Scenario, Trace

__all__ = ["CARDS", "RETURN_URL", "SCENARIOS", "async_client_for", "client_for"]

RETURN_URL = "https://shop.example/checkout/return"
#: The sandbox's test cards, by scenario (see the sandbox module's TEST_CARDS).
CARDS = {
    "approve": "4111111111111111",
    "challenge": "4000000000001000",
    "challenge_slow_issuer": "4000000000007007",
    "sca_required": "4000000000002008",
    "hard_decline": "4000000000003006",
    "fraud": "4000000000004004",
    "issuer_timeout": "4000000000005001",
    "not_sent": "4000000000006009",
}
_WAIT = 10.0  # seconds; the sandbox settles in settle_seconds (0.2 s in tests)
_BROWSER = Browser(
    ip_address="203.0.113.24",
    user_agent="Mozilla/5.0 (X11; Linux x86_64) scaretry-scenario",
    fingerprint="7f3a9c1e2b4d6f80",
    ad_block_enabled=False,
)


_Client = TypeVar("_Client", PaymentsAI, AsyncPaymentsAI)
#: A scenario's run: drives the client through one flow, returns the final outcome.
Run = Callable[[PaymentsAI, Customer, Trace], Outcome]


# Every scenario module offers client_for/async_client_for alike: one interface, each provider's credentials.
def _client(cls: type[_Client], base_url: str) -> _Client:
    return cls(
        PAYMENTSAI["api_key"],
        PAYMENTSAI["organization_id"],
        gateway_three_ds=True,
        webhook_secret=PAYMENTSAI["webhook_secret"],
        base_url=base_url,
        poll=SANDBOX_POLL,
        retry=SANDBOX_RETRY,
    )


def client_for(base_url: str) -> PaymentsAI:
    """A sync client for the sandbox's gateway-3DS-on organization, with its published credentials."""
    return _client(PaymentsAI, base_url)


def async_client_for(base_url: str) -> AsyncPaymentsAI:
    """The async twin of :func:`client_for`."""
    return _client(AsyncPaymentsAI, base_url)


def _no_3ds(client: PaymentsAI) -> PaymentsAI:
    return client.for_organization(PAYMENTSAI["organization_id_no_3ds"], gateway_three_ds=False)


def _request(
    scenario: str,
    reference: str,
    mode: ThreeDSMode,
    *,
    source: Card | CardToken | None = None,
    initiator: Initiator = Initiator.CUSTOMER,
) -> PaymentRequest:
    return PaymentRequest(
        amount=Money(6510, "EUR"),
        source=source or Card(CARDS[scenario], 12, 2030, "123"),
        reference=reference,
        return_url=RETURN_URL,
        three_ds=mode,
        initiator=initiator,
        browser=_BROWSER if initiator is Initiator.CUSTOMER else None,
    )


def _ended(trace: Trace, outcome: Outcome) -> Outcome:
    trace.note(f"{outcome.provider_status} → {outcome.state.value}")
    return outcome


def _challenge(
    client: PaymentsAI,
    customer: Customer,
    trace: Trace,
    outcome: Outcome,
    choice: Choice,
) -> Outcome:
    """The customer at their bank: act on the challenge, come back, read the transaction, wait."""
    if outcome.action is None:
        raise RuntimeError(f"expected a challenge, got {outcome.state.value} ({outcome.provider_status})")
    trace.note("challenge (waiting + approvalLink)")
    returned = customer.act(outcome.action, choice)
    trace.note(
        {"approve": "challenge approved", "reject": "challenge rejected", "abandon": "challenge abandoned"}[choice]
    )
    trace.note(f"back at redirectUrl with result={returned.params.get('result')}")
    resumed = trace.seen(client.resume(outcome.handle, returned.params))
    return _ended(trace, trace.seen(client.wait(resumed.handle, timeout=_WAIT)))


def _paid_always(client: PaymentsAI, trace: Trace, scenario: str, reference: str) -> Outcome:
    trace.note("gateway 3DS on, ALWAYS")
    return trace.seen(client.pay(_request(scenario, reference, ThreeDSMode.ALWAYS)))


def _always(scenario: str, reference: str, note: str = "", *, choice: Choice | None = None) -> Run:
    """A scenario that pays with the ``scenario`` card, ALWAYS on the 3DS gateway; then the
    customer meets the challenge with ``choice``, or, with none, the outcome is noted after ``note``."""

    def run(client: PaymentsAI, customer: Customer, trace: Trace) -> Outcome:
        outcome = _paid_always(client, trace, scenario, reference)
        if choice is not None:
            return _challenge(client, customer, trace, outcome, choice)
        if note:
            trace.note(note)
        return _ended(trace, outcome)

    return run


def _never(scenario: str, reference: str, note: str) -> Run:
    """A scenario that pays with the ``scenario`` card, NEVER on the 3DS-off gateway."""

    def run(client: PaymentsAI, customer: Customer, trace: Trace) -> Outcome:
        with _no_3ds(client) as other:
            trace.note("gateway 3DS off, NEVER")
            outcome = trace.seen(other.pay(_request(scenario, reference, ThreeDSMode.NEVER)))
        trace.note(note)
        return _ended(trace, outcome)

    return run


frictionless = _always("approve", "pai-frictionless", "3DS frictionless")
challenge_approved = _always("challenge", "pai-challenge-ok", choice="approve")
challenge_approved_slow_issuer = _always("challenge_slow_issuer", "pai-challenge-slow", choice="approve")
challenge_rejected = _always("challenge", "pai-challenge-no", choice="reject")
challenge_abandoned = _always("challenge", "pai-challenge-gone", choice="abandon")
hard_decline = _always("hard_decline", "pai-hard", "3DS authenticated, issuer declined")
fraud_decline = _always("fraud", "pai-fraud", "3DS rejected (R, 11 suspected fraud)")
not_sent = _always("not_sent", "pai-not-sent", "never reached the gateway")
upgrade_disabled_declined = _never(
    "sca_required", "pai-never", "soft decline for missing SCA (reported only as declined)"
)
no_3ds_approved = _never("approve", "pai-no-3ds", "non-3DS")


def saved_card_challenge(client: PaymentsAI, customer: Customer, trace: Trace) -> Outcome:
    """The 3DS2 guide's step 1: a sale on a customer's saved payment instrument, ``customerId`` sent."""
    customer_id, instrument = _stored_card(client, CARDS["challenge"])
    trace.note("card saved on a customer (createCustomer → token → attach)")
    request = _request("challenge", "pai-saved-card", ThreeDSMode.ALWAYS, source=CardToken(f"instrument:{instrument}"))
    trace.note("gateway 3DS on, ALWAYS, customerId + paymentInstrumentId")
    outcome = trace.seen(client.pay(request, customer_id=customer_id))
    return _challenge(client, customer, trace, outcome, "approve")


def upgrade_unsupported(client: PaymentsAI, customer: Customer, trace: Trace) -> Outcome:
    try:
        client.pay(_request("sca_required", "pai-upgrade", ThreeDSMode.UPGRADE))
    except UnsupportedError:
        trace.note("UPGRADE refused before sending (no per-transaction 3DS, no decline code)")
    else:
        raise RuntimeError("paymentsai accepted three_ds=UPGRADE")
    trace.note("fallback: ALWAYS on the 3DS gateway")
    outcome = trace.seen(client.pay(_request("sca_required", "pai-upgrade", ThreeDSMode.ALWAYS)))
    return _challenge(client, customer, trace, outcome, "approve")


def merchant_initiated_not_upgraded(client: PaymentsAI, customer: Customer, trace: Trace) -> Outcome:
    with _no_3ds(client) as other:
        _, instrument = _stored_card(other, CARDS["sca_required"])
        trace.note("card stored (createCustomer → token → attach)")
        request = _request(
            "sca_required",
            "pai-mit",
            ThreeDSMode.NEVER,
            source=CardToken(instrument),
            initiator=Initiator.MERCHANT,
        )
        trace.note("merchant-initiated, NEVER")
        outcome = trace.seen(other.pay(request))
    if outcome.upgraded:
        raise RuntimeError("a merchant-initiated payment was upgraded")
    trace.note("not upgraded")
    return _ended(trace, outcome)


def timeout(client: PaymentsAI, customer: Customer, trace: Trace) -> Outcome:
    outcome = _paid_always(client, trace, "issuer_timeout", "pai-timeout")
    trace.note(f"{outcome.provider_status}: the issuer does not answer")
    return _ended(trace, trace.seen(client.wait(outcome.handle, timeout=_WAIT)))


def _stored_card(client: PaymentsAI, number: str) -> tuple[str, str]:
    """Save a card on a new customer with the generated client (what the facade does not cover):
    the customer's id and the payment instrument's."""
    organization = client.organization_id
    customer = create_customer.sync_detailed(
        organization,
        client=client.api,
        body=CustomerCreateRequest(first_name="Ada", last_name="Lovelace", email="ada.lovelace@example.com"),
    ).parsed
    token = create_payment_instrument_token.sync_detailed(
        organization,
        client=client.api,
        body=CreateTokenRequest(
            primary_account_number=number, card_verification_value="123", expiration_month=12, expiration_year=2030
        ),
    ).parsed
    if not isinstance(customer, CustomerEnvelope) or not isinstance(token, TokenEnvelope):
        raise RuntimeError("the sandbox refused to create a customer or a token")
    instrument = attach_payment_instrument.sync_detailed(
        organization,
        customer.data.id,
        client=client.api,
        body=AttachPaymentInstrumentRequest(token=token.data.id),
    ).parsed
    if not isinstance(instrument, PaymentInstrumentEnvelope):
        raise RuntimeError("the sandbox refused to attach the token")
    return customer.data.id, instrument.data.id


def _scenario(
    name: str,
    title: str,
    expected: State,
    run: Callable[[PaymentsAI, Customer, Trace], Outcome],
    *,
    upgrade: bool = False,
) -> Scenario:
    return Scenario("paymentsai", name, title, expected, run, upgrade=upgrade)


SCENARIOS: list[Scenario] = [
    _scenario("frictionless", "Frictionless 3DS, approved", State.AUTHORIZED, frictionless),
    _scenario("challenge_approved", "3DS challenge approved", State.AUTHORIZED, challenge_approved),
    _scenario(
        "challenge_approved_slow_issuer",
        "3DS challenge approved, the issuer answers after the customer is back",
        State.AUTHORIZED,
        challenge_approved_slow_issuer,
    ),
    _scenario(
        "saved_card_challenge",
        "A customer's saved card (customerId), 3DS challenge approved",
        State.AUTHORIZED,
        saved_card_challenge,
    ),
    _scenario(
        "upgrade_unsupported",
        "UPGRADE refused (no per-transaction 3DS); ALWAYS on the 3DS gateway instead",
        State.AUTHORIZED,
        upgrade_unsupported,
        upgrade=True,
    ),
    _scenario(
        "upgrade_disabled_declined",
        "SCA-required card, NEVER on a 3DS-off gateway: declined",
        State.DECLINED,
        upgrade_disabled_declined,
    ),
    _scenario(
        "merchant_initiated_not_upgraded",
        "Merchant-initiated on a stored card: declined, never upgraded",
        State.DECLINED,
        merchant_initiated_not_upgraded,
    ),
    _scenario("hard_decline", "Issuer declines after frictionless 3DS", State.DECLINED, hard_decline),
    _scenario("fraud_decline", "3DS rejected for suspected fraud", State.DECLINED, fraud_decline),
    _scenario("challenge_rejected", "3DS challenge failed (wrong code)", State.DECLINED, challenge_rejected),
    _scenario("challenge_abandoned", "3DS challenge abandoned", State.EXPIRED, challenge_abandoned),
    _scenario("timeout", "Issuer does not answer: timeout", State.EXPIRED, timeout),
    _scenario("no_3ds_approved", "No 3DS on the gateway, approved", State.AUTHORIZED, no_3ds_approved),
    _scenario("not_sent", "Never sent to the gateway", State.FAILED, not_sent),
]
