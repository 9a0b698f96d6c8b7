"""The seed's other Checkout.com paths through the public client against the sandbox: exemptions,
credentials on file, the SCA retry after a frictionless 3DS, non-hosted sessions with their callback,
an account that opted out of SCA retries. Each test checks what was sent and what came back."""

from __future__ import annotations

import json

import httpx
import pytest

from scaretry._errors import UnsupportedError, ValidationError
from scaretry._outcome import ActionReason, DeclineCategory, RedirectAction, State
from scaretry._request import (
    Address,
    AgreementType,
    Browser,
    Card,
    Exemption,
    Initiator,
    Money,
    StoredCredential,
    ThreeDSMode,
)
from scaretry.providers.checkout import Checkout
from scaretry.providers.checkout._phone import split_phone
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing import Customer, WebhookReceiver
from scaretry.testing.scenarios.checkout import request_for
from tests.facade.checkout._helpers import Recording, count, sandbox_client

BROWSER = Browser(ip_address="90.197.169.245", user_agent="Mozilla/5.0 (X11; Linux x86_64)")


def _final(client: Checkout, customer: Customer, outcome: object, choice: str = "approve") -> object:
    assert outcome.action is not None  # type: ignore[attr-defined]
    returned = customer.act(outcome.action, choice)  # type: ignore[attr-defined,arg-type]
    return client.wait(client.resume(outcome.handle, returned.params).handle, timeout=10)  # type: ignore[attr-defined]


# -- PSD2 exemptions ("3DS exemptions") -----------------------------------------------------------------

EXPECTED_EXEMPTIONS = {
    Exemption.LOW_VALUE: "low_value",
    Exemption.TRANSACTION_RISK_ANALYSIS: "transaction_risk_assessment",
    Exemption.TRUSTED_LISTING: "trusted_listing",
    Exemption.SECURE_CORPORATE: "secure_corporate_payment",
}


@pytest.mark.parametrize("exemption", list(Exemption))
def test_an_exemption_is_asked_in_the_authorization(recorded: Checkout, wire: Recording, exemption: Exemption) -> None:
    request = request_for("approve").evolve(amount=Money(2500, "EUR"), exemption=exemption)
    outcome = recorded.pay(request)
    assert outcome.state is State.AUTHORIZED
    assert not outcome.upgraded
    (sent,) = wire.bodies("POST", "/payments")
    assert sent["3ds"] == {"enabled": False, "allow_upgrade": True, "exemption": EXPECTED_EXEMPTIONS[exemption]}
    assert sent["customer"] == {"email": "ada@example.com"}
    assert sent["amount"] == 2500
    details = recorded.poll_once(outcome.handle).outcome
    assert details.raw.field_3ds.exemption_applied == EXPECTED_EXEMPTIONS[exemption]


def test_a_refused_exemption_is_upgraded_or_declined_as_the_mode_says(recorded: Checkout, customer: Customer) -> None:
    over_the_limit = request_for("approve").evolve(exemption=Exemption.LOW_VALUE)  # EUR 65.10 > 30
    upgraded = recorded.pay(over_the_limit)
    assert upgraded.state is State.ACTION_REQUIRED
    assert upgraded.upgraded
    assert isinstance(upgraded.action, RedirectAction)
    assert upgraded.action.reason is ActionReason.SCA_RETRY
    assert _final(recorded, customer, upgraded).state is State.AUTHORIZED  # type: ignore[attr-defined]
    declined = recorded.pay(over_the_limit.evolve(three_ds=ThreeDSMode.NEVER))
    assert declined.state is State.DECLINED
    assert declined.decline is not None
    assert (declined.decline.code, declined.decline.category) == ("20154", DeclineCategory.SOFT_SCA)


def test_exemptions_are_refused_where_they_cannot_apply(recorded: Checkout, wire: Recording) -> None:
    merchant = request_for("approve", initiator=Initiator.MERCHANT).evolve(exemption=Exemption.LOW_VALUE)
    with pytest.raises(ValidationError) as caught:
        recorded.pay(merchant)
    assert caught.value.field == "exemption"
    with pytest.raises(ValidationError):  # an exemption is asked instead of 3DS (the request model says)
        request_for("approve", ThreeDSMode.ALWAYS).evolve(exemption=Exemption.LOW_VALUE)
    assert wire.sent == []


# -- credentials on file ("SCA compliance") --------------------------------------------------------------


@pytest.mark.parametrize(
    ("agreement", "payment_type"),
    [
        (AgreementType.RECURRING, "Recurring"),
        (AgreementType.UNSCHEDULED, "Unscheduled"),
        (AgreementType.INSTALMENT, "Installment"),
    ],
)
def test_an_agreement_starts_with_a_challenge_and_its_merchant_initiated_payments_follow(
    recorded: Checkout, wire: Recording, customer: Customer, agreement: AgreementType, payment_type: str
) -> None:
    first = recorded.pay(request_for("approve").evolve(stored_credential=StoredCredential(agreement, first=True)))
    assert first.state is State.ACTION_REQUIRED  # a challenge, even for a card that needs none
    assert isinstance(first.action, RedirectAction)
    assert first.action.reason is ActionReason.CHALLENGE
    authorized = _final(recorded, customer, first)
    assert authorized.state is State.AUTHORIZED  # type: ignore[attr-defined]
    later = request_for("sca_required", initiator=Initiator.MERCHANT).evolve(
        stored_credential=StoredCredential(agreement), previous_payment_id=first.payment_id
    )
    outcome = recorded.pay(later)
    assert outcome.state is State.AUTHORIZED  # out of SCA's scope: the agreement was authenticated
    first_sent, later_sent = wire.bodies("POST", "/payments")
    assert first_sent["payment_type"] == payment_type
    assert first_sent["3ds"] == {
        "enabled": True,
        "challenge_indicator": "challenge_requested_mandate",
        "allow_upgrade": True,
    }
    assert first_sent["source"]["store_for_future_use"] is True
    assert "merchant_initiated" not in first_sent
    assert later_sent["merchant_initiated"] is True
    assert later_sent["payment_type"] == payment_type
    assert later_sent["previous_payment_id"] == first.payment_id
    assert later_sent["source"]["stored"] is True
    assert later_sent["3ds"] == {"enabled": False, "allow_upgrade": False}


def test_a_merchant_initiated_payment_on_an_unauthenticated_agreement_is_declined_20154(recorded: Checkout) -> None:
    first = recorded.pay(request_for("approve"))  # no challenge: the agreement was not set up with SCA
    assert first.state is State.AUTHORIZED
    later = request_for("approve", initiator=Initiator.MERCHANT).evolve(previous_payment_id=first.payment_id)
    outcome = recorded.pay(later)
    assert outcome.state is State.DECLINED
    assert not outcome.upgraded  # a merchant-initiated payment is never upgraded
    assert outcome.decline is not None
    assert outcome.decline.code == "20154"
    by_scheme_id = later.evolve(previous_payment_id=first.raw.scheme_id)
    assert recorded.pay(by_scheme_id).state is State.DECLINED


def test_an_agreement_cannot_start_without_3ds(recorded: Checkout, wire: Recording) -> None:
    request = request_for("approve", ThreeDSMode.NEVER).evolve(stored_credential=StoredCredential(first=True))
    with pytest.raises(UnsupportedError):
        recorded.pay(request)
    assert wire.sent == []


# -- the SCA retry after a frictionless 3DS ("Manage SCA retries") ----------------------------------------


@pytest.mark.parametrize("card", ["4604638550407414", "5368763493455610"])
def test_a_frictionless_3ds_soft_declined_20154_is_upgraded_to_a_challenge(
    recorded: Checkout, wire: Recording, customer: Customer, card: str
) -> None:
    request = request_for("approve", ThreeDSMode.ALWAYS).evolve(source=Card(card, 12, 2030, cvv="100"))
    outcome = recorded.pay(request)
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.upgraded
    assert isinstance(outcome.action, RedirectAction)
    assert outcome.action.reason is ActionReason.SCA_RETRY
    assert wire.bodies("POST", "/payments")[0]["3ds"] == {"enabled": True, "allow_upgrade": True}
    final = _final(recorded, customer, outcome)
    assert final.state is State.AUTHORIZED  # type: ignore[attr-defined]
    assert final.three_ds.challenged is True  # type: ignore[attr-defined]


def test_without_the_upgrade_a_frictionless_20154_is_a_decline(scaretry_sandbox: SandboxServer) -> None:
    with Checkout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        base_url=scaretry_sandbox.url_for("checkout"),
        decline_overrides={"20154": "hard"},
    ) as client:
        outcome = client.pay(request_for("frictionless_then_sca", ThreeDSMode.ALWAYS))
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert outcome.decline.code == "20154"


# -- Sessions: non-hosted, with the seed's billing, phone and scheme ---------------------------------------


def test_a_non_hosted_session_is_completed_and_checkout_calls_back(
    recorded: Checkout, wire: Recording, customer: Customer, webhook_receiver: WebhookReceiver
) -> None:
    address = Address(line1="123 High St.", city="London", country="GB", zip="SW1A 1AA", state="ENG")
    request = request_for("challenge").evolve(browser=BROWSER, billing_address=address, customer_phone="+441234567890")
    started = recorded.authenticate(request, callback_url=webhook_receiver.url)
    assert started.state is State.ACTION_REQUIRED  # the ACS's challenge
    (sent,) = wire.bodies("POST", "/sessions")
    assert sent["completion"] == {
        "type": "non_hosted",
        "callback_url": webhook_receiver.url,
        "challenge_notification_url": request.return_url,
    }
    assert sent["channel_data"]["channel"] == "browser"
    assert sent["channel_data"]["ip_address"] == BROWSER.ip_address
    assert sent["amount"] == 6510
    source = sent["source"]
    assert source["scheme"] == "visa"
    assert source["mobile_phone"] == {"country_code": "44", "number": "1234567890"}
    assert source["billing_address"] == {
        "address_line1": "123 High St.",
        "city": "London",
        "country": "GB",
        "state": "ENG",
        "zip": "SW1A 1AA",
    }
    assert source["email"] == "ada@example.com"
    returned = customer.act(started.action, "approve")  # type: ignore[arg-type]
    assert returned.params.get("cko-session-id") == started.payment_id
    authenticated = recorded.wait(recorded.resume(started.handle, returned.params).handle, timeout=10)
    assert authenticated.state is State.AUTHORIZED
    assert wire.sent[-1].url.path == f"/sessions/{started.payment_id}/complete"
    (callback,) = webhook_receiver.wait(1)
    result = json.loads(callback.body)
    assert (result["session_id"], result["status"], result["approved"]) == (started.payment_id, "approved", True)


def test_a_non_hosted_session_needs_the_browser_and_a_usable_callback(recorded: Checkout, wire: Recording) -> None:
    with pytest.raises(ValidationError) as caught:
        recorded.authenticate(request_for("challenge"), callback_url="https://shop.example/3ds/callback")
    assert caught.value.field == "browser"
    with pytest.raises(ValidationError):
        recorded.authenticate(request_for("challenge").evolve(browser=BROWSER), callback_url="javascript:alert(1)")
    bad_state = Address(line1="1 High St.", city="London", country="GB", state="London")
    with pytest.raises(ValidationError) as state:
        recorded.authenticate(request_for("challenge").evolve(billing_address=bad_state))
    assert state.value.field == "billing_address.state"
    assert wire.sent == []


@pytest.mark.parametrize(
    ("e164", "split"),
    [
        ("+441234567890", ("44", "1234567890")),
        ("+12125551234", ("1", "2125551234")),
        ("+35312345678", ("353", "12345678")),
    ],
)
def test_phone_numbers_split_at_the_country_calling_code(e164: str, split: tuple[str, str]) -> None:
    assert split_phone(e164) == split


# -- an account that opted out of SCA retries -------------------------------------------------------------


def test_on_an_opted_out_account_the_client_upgrades_what_checkout_does_not(
    scaretry_sandbox: SandboxServer, sandbox_admin: httpx.Client, customer: Customer
) -> None:
    wire = Recording()
    opted_out = CHECKOUT["opted_out_processing_channel_id"]
    before = count(sandbox_admin)
    with sandbox_client(scaretry_sandbox.url_for("checkout"), wire, processing_channel_id=opted_out) as client:
        outcome = client.pay(request_for("sca_required"))
        assert outcome.state is State.ACTION_REQUIRED
        assert outcome.upgraded
        first, retry = wire.bodies("POST", "/payments")
        assert first["3ds"] == {"enabled": False, "allow_upgrade": True}
        assert retry["3ds"] == {"enabled": True}
        assert _final(client, customer, outcome).state is State.AUTHORIZED  # type: ignore[attr-defined]
        never = client.pay(request_for("sca_required", ThreeDSMode.NEVER))
        assert never.state is State.DECLINED
    assert count(sandbox_admin) == before + 3  # the declined 20154, its 3DS retry, the NEVER one
