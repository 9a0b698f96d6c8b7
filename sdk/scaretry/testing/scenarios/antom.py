"""Antom flows against the sandbox, one per row of the test-card table
(``scaretry.sandbox.providers.antom.TEST_CARDS``). Each drives a sync :class:`~scaretry.providers.antom.Antom`
client; ``client_for(base_url)`` builds one with the sandbox's published test credentials."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlsplit

import attrs

from scaretry._handle import Handle
from scaretry._outcome import ActionReason, Outcome, RedirectAction, State
from scaretry._polling import PollPolicy
from scaretry._request import Card, CardToken, Initiator, Money, PaymentRequest, ThreeDSMode
from scaretry.providers.antom import Antom, AntomAdapter, AntomConfig, AsyncAntom, SessionScene
from scaretry.sandbox._credentials import ANTOM
from scaretry.sandbox.providers._antom_keys import MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM
from scaretry.testing._customer import Choice, Customer
from scaretry.testing._recording import REPLAY_HOST, replay_key
from scaretry.testing._scenario import SANDBOX_RETRY, Scenario, Trace

__all__ = ["CARDS", "SCENARIOS", "async_client_for", "client_for"]

#: The sandbox's Antom test cards these scenarios use (the table is ``TEST_CARDS`` in the sandbox).
CARDS = {
    "frictionless": "4054695723100768",
    "challenge": "4000000000000028",
    "challenge_form": "4000000000000036",
    "sca_required": "4000000000000044",
    "do_not_honor": "4000000000000051",
    "risk_reject": "4000000000000069",
    "insufficient_funds": "4000000000000077",
    "issuer_timeout": "4000000000000085",
    "sca_required_answer_unknown": "4000000000000093",
    "three_ds1_only": "4000000000000101",
}
#: A scheme transaction id from an earlier customer-initiated payment (Antom's spec example).
PREVIOUS_NETWORK_TRANSACTION_ID = "586237194512034"
#: Polls spaced a little longer than the sandbox's settle time (0.2 s in tests): few, steady polls.
POLL = PollPolicy(initial=0.25, factor=1.0, maximum=0.25, jitter=0.0, default_timeout=10.0)
WAIT = 5.0


_Client = TypeVar("_Client", Antom, AsyncAntom)


class _ReplayAdapter(AntomAdapter):
    """Makes the paymentRequestIds a replayed cassette holds (see ``scaretry.testing._recording``)."""

    def __init__(self, config: AntomConfig) -> None:
        super().__init__(config)
        self._made = itertools.count(1)

    def new_idempotency_key(self, request: PaymentRequest) -> str:
        return replay_key(next(self._made))


@attrs.frozen(eq=False)
class _ReplayAntom(Antom):
    """The sync client a cassette replay runs: its answers name the keys it makes."""

    def make_adapter(self) -> AntomAdapter:
        return _ReplayAdapter(self)


def _client(cls: type[_Client], base_url: str) -> _Client:
    return cls(
        ANTOM["client_id"],
        MERCHANT_TEST_PRIVATE_KEY_PEM,
        SANDBOX_PUBLIC_KEY_PEM,
        base_url=base_url,
        poll=POLL,
        retry=SANDBOX_RETRY,
    )


def client_for(base_url: str) -> Antom:
    """A sync client for the sandbox at ``base_url`` (``server.url_for("antom")``), signing with the
    published merchant test key and verifying with the sandbox's published "Antom" key."""
    if urlsplit(base_url).hostname == REPLAY_HOST:
        return _client(_ReplayAntom, base_url)
    return _client(Antom, base_url)


def async_client_for(base_url: str) -> AsyncAntom:
    """The async twin of :func:`client_for`."""
    return _client(AsyncAntom, base_url)


def request_for(
    card: str,
    reference: str,
    *,
    three_ds: ThreeDSMode = ThreeDSMode.UPGRADE,
    initiator: Initiator = Initiator.CUSTOMER,
    previous_payment_id: str | None = None,
) -> PaymentRequest:
    """USD 49.99 with ``CARDS[card]``, returning to a merchant page outside the sandbox."""
    return PaymentRequest(
        amount=Money(4999, "USD"),
        source=Card(CARDS[card], 12, 2030, cvv="123", holder_name="Jane Doe"),
        reference=reference,
        return_url=f"https://merchant.example/antom/return?order={reference}",
        three_ds=three_ds,
        initiator=initiator,
        previous_payment_id=previous_payment_id,
        description="scaretry sandbox scenario",
    )


def _authenticate(
    client: Antom, customer: Customer, trace: Trace, outcome: Outcome, choice: Choice, why: ActionReason
) -> Outcome:
    """The customer acts on the challenge; the merchant resumes and waits for the final state."""
    assert outcome.state is State.ACTION_REQUIRED, outcome
    assert outcome.action is not None
    assert outcome.action.reason is why, outcome.action
    trace.note(f"{'upgraded, ' if outcome.upgraded else ''}{why.value} ({type(outcome.action).__name__})")
    returned = customer.act(outcome.action, choice)
    done = {"approve": "approved", "reject": "rejected", "abandon": "abandoned"}[choice]
    if returned.url is None:
        trace.note(f"challenge {done}, customer gone")
        final = trace.seen(client.wait(outcome.handle, timeout=WAIT))
    else:
        trace.note(f"challenge {done}, back at the merchant")
        resumed = trace.seen(client.resume(outcome.handle, returned.params))
        final = resumed if resumed.is_final else trace.seen(client.wait(resumed.handle, timeout=WAIT))
    trace.note(final.provider_status or final.state.value)
    return final


def _one_shot(client: Antom, trace: Trace, request: PaymentRequest, path: str) -> Outcome:
    outcome = trace.seen(client.pay(request))
    trace.note(path)
    trace.note(outcome.provider_status or outcome.state.value)
    return outcome


def frictionless(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    request = request_for("frictionless", "antom-frictionless", three_ds=ThreeDSMode.ALWAYS)
    return _one_shot(client, trace, request, "3DS frictionless")


def non_3ds_approved(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    return _one_shot(client, trace, request_for("frictionless", "antom-non-3ds"), "non-3DS, no upgrade needed")


def challenge_approved(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("challenge", "antom-challenge", three_ds=ThreeDSMode.ALWAYS)))
    return _authenticate(client, customer, trace, outcome, "approve", ActionReason.CHALLENGE)


def challenge_form_post_approved(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    request = request_for("challenge_form", "antom-challenge-form", three_ds=ThreeDSMode.ALWAYS)
    outcome = trace.seen(client.pay(request))
    return _authenticate(client, customer, trace, outcome, "approve", ActionReason.CHALLENGE)


def challenge_rejected(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("challenge", "antom-rejected", three_ds=ThreeDSMode.ALWAYS)))
    return _authenticate(client, customer, trace, outcome, "reject", ActionReason.CHALLENGE)


def challenge_abandoned(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("challenge", "antom-abandoned", three_ds=ThreeDSMode.ALWAYS)))
    return _authenticate(client, customer, trace, outcome, "abandon", ActionReason.CHALLENGE)


def soft_decline_upgrade_approved(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    outcome = trace.seen(client.pay(request_for("sca_required", "antom-upgrade")))
    trace.note("non-3DS, soft decline for missing SCA")
    return _authenticate(client, customer, trace, outcome, "approve", ActionReason.SCA_RETRY)


def upgrade_disabled_declined(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    request = request_for("sca_required", "antom-never", three_ds=ThreeDSMode.NEVER)
    return _one_shot(client, trace, request, "non-3DS, upgrade off, soft decline")


def merchant_initiated_not_upgraded(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    request = request_for(
        "sca_required",
        "antom-mit",
        initiator=Initiator.MERCHANT,
        previous_payment_id=PREVIOUS_NETWORK_TRANSACTION_ID,
    )
    return _one_shot(client, trace, request, "merchant-initiated, soft decline, never upgraded")


def hard_decline(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    return _one_shot(client, trace, request_for("do_not_honor", "antom-hard"), "non-3DS, issuer declines")


def fraud_decline(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    return _one_shot(client, trace, request_for("risk_reject", "antom-fraud"), "risk control rejects")


def insufficient_funds(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    return _one_shot(client, trace, request_for("insufficient_funds", "antom-funds"), "non-3DS, insufficient funds")


def timeout(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    """The issuer does not answer in time: Antom answers U UNKNOWN_EXCEPTION, which the client
    resends (same paymentRequestId) until the answer is known; what is still unknown is waited for."""
    outcome = trace.seen(client.pay(request_for("issuer_timeout", "antom-timeout")))
    trace.note("issuer timeout, U UNKNOWN_EXCEPTION, pay resent")
    if not outcome.is_final:
        trace.note(f"still {outcome.provider_status}")
        outcome = trace.seen(client.wait(outcome.handle, timeout=WAIT))
    trace.note(outcome.provider_status or outcome.state.value)
    return outcome


def _pays_at_the_page(
    client: Antom, customer: Customer, trace: Trace, action: RedirectAction, card: str, wait_for: Handle
) -> Outcome:
    """The customer enters ``CARDS[card]`` on Antom's page (and passes the challenge, if one follows);
    the merchant waits for the payment."""
    returned = customer.act(action, "approve", fields={"cardNo": CARDS[card]})
    trace.note(f"card entered on Antom's page ({card})" + ("" if returned.url else ", customer gone"))
    final = trace.seen(client.wait(wait_for, timeout=WAIT))
    trace.note(("upgraded, " if final.upgraded else "") + (final.provider_status or final.state.value))
    return final


def create_payment_session(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    """A returning customer: the first payment's cardToken is offered as the saved card in a hosted
    Checkout Page session, where the customer pays; the merchant waits for that payment."""
    first = trace.seen(client.pay(request_for("frictionless", "antom-session-first")))
    assert first.raw is not None, first
    token = first.raw.payment_result_info.card_token
    trace.note("first payment authorized, card saved")
    request = request_for("frictionless", "antom-session").evolve(source=CardToken(token))
    session = client.create_payment_session(request, scene=SessionScene.CHECKOUT_PAGE)
    assert session.action is not None, session
    trace.note("session created")
    returned = customer.act(session.action, "approve", fields={"cardNo": ""})  # the saved card
    trace.note("paid with the saved card on the Checkout Page" if returned.url else "customer gone")
    final = trace.seen(client.wait(session.handle, timeout=WAIT))
    trace.note(final.provider_status or final.state.value)
    return final


def session_upgrade_approved(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    """A new buyer in a Checkout Page session (no saved card): the card they enter is soft-declined
    for missing SCA and Antom 3DS-Retry upgrades it, by the session's flags."""
    request = request_for("sca_required", "antom-session-upgrade").evolve(source=None)
    session = client.create_payment_session(request, scene=SessionScene.CHECKOUT_PAGE)
    assert session.action is not None, session
    trace.note("session for a new buyer (UPGRADE flags)")
    return _pays_at_the_page(client, customer, trace, session.action, "sca_required", session.handle)


def _hosted_card(client: Antom, customer: Customer, trace: Trace, card: str, reference: str) -> Outcome:
    outcome = trace.seen(client.pay(request_for(card, reference).evolve(source=None)))
    assert outcome.state is State.ACTION_REQUIRED, outcome
    assert isinstance(outcome.action, RedirectAction), outcome
    assert outcome.action.reason is ActionReason.PAYMENT_PAGE, outcome.action
    assert not outcome.upgraded, outcome
    trace.note("pay without card data: Antom's card page")
    return _pays_at_the_page(client, customer, trace, outcome.action, card, outcome.handle)


def hosted_card_page_approved(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    return _hosted_card(client, customer, trace, "frictionless", "antom-card-page")


def hosted_card_page_upgrade_approved(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    return _hosted_card(client, customer, trace, "sca_required", "antom-card-page-upgrade")


def three_ds1_card_not_upgraded(client: Antom, customer: Customer, trace: Trace) -> Outcome:
    request = request_for("three_ds1_only", "antom-3ds1")
    return _one_shot(client, trace, request, "non-3DS, soft decline, a 3DS 1 card: 3DS-Retry cannot upgrade it")


def _scenario(
    name: str, title: str, expected: State, run: Callable[[Antom, Customer, Trace], Outcome], upgrade: bool = False
) -> Scenario:
    return Scenario("antom", name, title, expected, run, upgrade)


SCENARIOS: list[Scenario] = [
    _scenario("frictionless", "3DS frictionless, approved", State.AUTHORIZED, frictionless),
    _scenario("non_3ds_approved", "No 3DS needed, approved", State.AUTHORIZED, non_3ds_approved),
    _scenario("challenge_approved", "3DS challenge (normalUrl) approved", State.AUTHORIZED, challenge_approved),
    _scenario(
        "challenge_form_post_approved",
        "3DS challenge (redirectActionForm POST) approved",
        State.AUTHORIZED,
        challenge_form_post_approved,
    ),
    _scenario("challenge_rejected", "3DS challenge failed", State.DECLINED, challenge_rejected),
    _scenario("challenge_abandoned", "3DS challenge abandoned, payment closed", State.EXPIRED, challenge_abandoned),
    _scenario(
        "soft_decline_upgrade_approved",
        "Soft decline for SCA, upgraded by Antom 3DS-Retry, approved",
        State.AUTHORIZED,
        soft_decline_upgrade_approved,
        upgrade=True,
    ),
    _scenario(
        "upgrade_disabled_declined",
        "Soft decline for SCA with 3DS-Retry off: declined",
        State.DECLINED,
        upgrade_disabled_declined,
        upgrade=True,
    ),
    _scenario(
        "merchant_initiated_not_upgraded",
        "Merchant-initiated soft decline: never upgraded",
        State.DECLINED,
        merchant_initiated_not_upgraded,
        upgrade=True,
    ),
    _scenario("hard_decline", "Issuer declines (DO_NOT_HONOR)", State.DECLINED, hard_decline),
    _scenario("fraud_decline", "Risk control rejects (RISK_REJECT)", State.DECLINED, fraud_decline),
    _scenario("insufficient_funds", "Insufficient funds", State.DECLINED, insufficient_funds),
    _scenario("timeout", "Issuer timeout: in process, then failed", State.DECLINED, timeout),
    _scenario(
        "create_payment_session",
        "Payment session (hosted Checkout Page), paid with the saved card",
        State.AUTHORIZED,
        create_payment_session,
    ),
    _scenario(
        "session_upgrade_approved",
        "Antom session upgrade: a new buyer's card soft-declined in the session, upgraded, approved",
        State.AUTHORIZED,
        session_upgrade_approved,
        upgrade=True,
    ),
    _scenario(
        "hosted_card_page_approved",
        "Hosted card page collects the card, approved",
        State.AUTHORIZED,
        hosted_card_page_approved,
    ),
    _scenario(
        "hosted_card_page_upgrade_approved",
        "Hosted card page, soft decline for SCA, upgraded, approved",
        State.AUTHORIZED,
        hosted_card_page_upgrade_approved,
        upgrade=True,
    ),
    _scenario(
        "three_ds1_card_not_upgraded",
        "Soft decline for SCA on a 3DS 1 card: 3DS-Retry cannot upgrade, declined",
        State.DECLINED,
        three_ds1_card_not_upgraded,
        upgrade=True,
    ),
]
