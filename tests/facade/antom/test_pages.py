"""Antom's own pages collect the card: payment sessions for new buyers (Payment Element, Checkout
Page) and the hosted card integration. The decision table of Antom 3DS-Retry holds through them as
it does through pay; a card page is told apart from an upgrade; a 3DS 1 card is never upgraded."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from scaretry._errors import ValidationError
from scaretry._outcome import ActionReason, DeclineCategory, Outcome, RedirectAction, State
from scaretry._request import ThreeDSMode
from scaretry.providers.antom import Antom, SessionScene
from scaretry.sandbox import SandboxServer
from scaretry.testing import Customer
from scaretry.testing.scenarios.antom import CARDS, request_for
from tests.facade.antom._support import Recorder, antom

#: (card, mode) → (state, upgraded, challenged): Antom's decision table on the sandbox's cards.
TABLE = {
    ("frictionless", ThreeDSMode.UPGRADE): (State.AUTHORIZED, False, None),
    ("frictionless", ThreeDSMode.NEVER): (State.AUTHORIZED, False, None),
    ("frictionless", ThreeDSMode.ALWAYS): (State.AUTHORIZED, False, False),
    ("sca_required", ThreeDSMode.UPGRADE): (State.AUTHORIZED, True, True),
    ("sca_required", ThreeDSMode.NEVER): (State.DECLINED, False, None),
    ("sca_required", ThreeDSMode.ALWAYS): (State.AUTHORIZED, False, True),
    ("challenge", ThreeDSMode.UPGRADE): (State.AUTHORIZED, False, None),
    ("challenge", ThreeDSMode.ALWAYS): (State.AUTHORIZED, False, True),
    ("three_ds1_only", ThreeDSMode.UPGRADE): (State.DECLINED, False, None),
    ("three_ds1_only", ThreeDSMode.ALWAYS): (State.AUTHORIZED, False, True),
}


@pytest.fixture
def client(scaretry_sandbox: SandboxServer) -> Iterator[Antom]:
    with antom(scaretry_sandbox.url_for("antom")) as sandboxed:
        yield sandboxed


def _summary(outcome: Outcome) -> tuple[State, bool, bool | None]:
    return outcome.state, outcome.upgraded, None if outcome.three_ds is None else outcome.three_ds.challenged


def _direct(client: Antom, customer: Customer, card: str, mode: ThreeDSMode) -> Outcome:
    outcome = client.pay(request_for(card, f"direct-{card}-{mode}", three_ds=mode))
    if outcome.action is None:
        return outcome
    returned = customer.act(outcome.action, "approve")
    return client.wait(client.resume(outcome.handle, returned.params).handle, timeout=5)


@pytest.mark.parametrize(("card", "mode"), list(TABLE), ids=lambda v: getattr(v, "value", v))
def test_a_new_buyers_session_follows_the_decision_table_as_pay_does(
    client: Antom, customer: Customer, card: str, mode: ThreeDSMode
) -> None:
    request = request_for(card, f"session-{card}-{mode}", three_ds=mode).evolve(source=None)
    session = client.create_payment_session(request, scene=SessionScene.CHECKOUT_PAGE)
    assert session.action == RedirectAction(str(session.normal_url), ActionReason.PAYMENT_PAGE)
    assert client.poll_once(session.handle).outcome.state is State.PROCESSING  # nothing paid yet
    returned = customer.act(session.action, "approve", fields={"cardNo": CARDS[card]})
    assert returned.url == f"https://merchant.example/antom/return?order=session-{card}-{mode}"
    through_session = client.wait(session.handle, timeout=5)
    assert _summary(through_session) == TABLE[card, mode]
    assert _summary(_direct(client, customer, card, mode)) == TABLE[card, mode]


def test_an_element_session_for_a_new_buyer(client: Antom, customer: Customer, scaretry_sandbox: SandboxServer) -> None:
    session = client.create_payment_session(request_for("sca_required", "element-new").evolve(source=None))
    assert session.normal_url is None  # the Payment Element lives in the merchant's page
    assert session.action is None
    assert session.session_data
    # The sandbox's stand-in for the Payment Element: the session's page (docs/providers/antom.md).
    element = RedirectAction(
        f"{scaretry_sandbox.url}/antom/_pages/checkout/{session.session_id}", ActionReason.PAYMENT_PAGE
    )
    customer.act(element, "approve", fields={"cardNo": CARDS["sca_required"]})
    final = client.wait(session.handle, timeout=5)
    assert (final.state, final.upgraded) == (State.AUTHORIZED, True)


def test_what_a_session_for_a_new_buyer_sends(scaretry_sandbox: SandboxServer) -> None:
    recorder = Recorder()
    with antom(scaretry_sandbox.url_for("antom"), transport=recorder) as client:
        client.create_payment_session(request_for("frictionless", "session-sent").evolve(source=None))
    sent = json.loads(recorder.sent[0])
    assert "paymentMethod" not in sent  # no saved card to offer
    assert sent["availablePaymentMethod"]["paymentMethodMetaData"] == {
        "is3DSAuthentication": "false",
        "enableAuthenticationUpgrade": "true",
    }


def test_card_data_is_refused_for_a_session(client: Antom) -> None:
    with pytest.raises(ValidationError, match="source"):
        client.create_payment_session(request_for("frictionless", "session-card"))


# -- the hosted card integration ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("card", "mode"), [k for k in TABLE if k[0] != "challenge"], ids=lambda v: getattr(v, "value", v)
)
def test_the_hosted_card_page_is_not_an_upgrade_and_the_card_then_follows_the_table(
    client: Antom, customer: Customer, card: str, mode: ThreeDSMode
) -> None:
    started = client.pay(request_for(card, f"card-page-{card}-{mode}", three_ds=mode).evolve(source=None))
    assert started.state is State.ACTION_REQUIRED
    assert isinstance(started.action, RedirectAction)
    assert started.action.reason is ActionReason.PAYMENT_PAGE  # card collection, not sca_retry
    assert started.upgraded is False
    polled = client.poll_once(started.handle)
    assert polled.outcome.action == started.action  # still the buyer's to do
    returned = customer.act(started.action, "approve", fields={"cardNo": CARDS[card]})
    final = client.wait(client.resume(started.handle, returned.params).handle, timeout=5)
    assert _summary(final) == TABLE[card, mode]
    assert final.payment_id == started.payment_id


def test_what_pay_without_card_data_sends(scaretry_sandbox: SandboxServer) -> None:
    recorder = Recorder()
    with antom(scaretry_sandbox.url_for("antom"), transport=recorder) as client:
        client.pay(request_for("frictionless", "card-page-sent").evolve(source=None))
    method = json.loads(recorder.sent[0])["paymentMethod"]
    assert method == {
        "paymentMethodType": "CARD",
        "paymentMethodMetaData": {"is3DSAuthentication": "false", "enableAuthenticationUpgrade": "true"},
    }


# -- a card enrolled in 3DS 1 only ------------------------------------------------------------------


def test_a_3ds1_card_is_not_upgraded_and_says_so(client: Antom) -> None:
    """ "Only cards supporting 3D Secure 2 can enable Antom 3DS-Retry": the soft decline comes back."""
    outcome = client.pay(request_for("three_ds1_only", "3ds1-upgrade"))
    assert outcome.state is State.DECLINED
    assert outcome.upgraded is False
    assert outcome.action is None
    assert outcome.three_ds is None  # 3DS never ran
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.category) == ("AUTHENTICATION_REQUIRED", DeclineCategory.SOFT_SCA)


def test_a_3ds1_card_authenticates_on_3ds1_when_3ds_is_asked_for(client: Antom, customer: Customer) -> None:
    outcome = _direct(client, customer, "three_ds1_only", ThreeDSMode.ALWAYS)
    assert outcome.state is State.AUTHORIZED
    assert outcome.three_ds is not None
    assert (outcome.three_ds.version, outcome.three_ds.eci, outcome.three_ds.challenged) == ("1.0.2", "05", True)


def test_a_refused_card_on_the_page_is_asked_for_again(client: Antom, customer: Customer) -> None:
    started = client.pay(request_for("frictionless", "card-page-refused").evolve(source=None))
    assert started.action is not None
    with pytest.raises(Exception, match="422"):
        customer.act(started.action, "approve", fields={"cardNo": "4000000000000011"})  # fails Luhn
    assert client.poll_once(started.handle).outcome.state is State.ACTION_REQUIRED
    customer.act(started.action, "approve", fields={"cardNo": CARDS["frictionless"]})
    assert client.wait(started.handle, timeout=5).state is State.AUTHORIZED
