"""Checkout.com webhooks: verified, parsed into outcomes, fed through an inbox."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from typing import Any

import httpx
import pytest

from scaretry._errors import (
    ConfigurationError,
    SignatureError,
    UnexpectedResponse,
    WaitTimeout,
)
from scaretry._inbox import Inbox
from scaretry._notifications import Acknowledgement
from scaretry._outcome import DeclineCategory, State, ThreeDSResult
from scaretry._polling import PollPolicy
from scaretry.providers.checkout import Checkout
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing import Customer, WebhookReceiver
from scaretry.testing.scenarios.checkout import request_for
from tests.facade.checkout._helpers import sandbox_client

# -- webhooks ----------------------------------------------------------------------------------------------


def test_webhooks_parse_into_outcomes(client: Checkout, customer: Customer, receiver: WebhookReceiver) -> None:
    approved = client.pay(request_for("approve"))
    upgraded = client.pay(request_for("sca_required"))
    assert upgraded.action is not None
    customer.act(upgraded.action, "abandon")
    hooks = receiver.wait(2)
    outcomes = {o.payment_id: o for o in (client.parse_webhook(h.headers, h.body) for h in hooks)}
    assert outcomes[approved.payment_id].state is State.AUTHORIZED
    expired = outcomes[upgraded.payment_id]
    assert expired.state is State.EXPIRED
    assert expired.upgraded
    assert expired.decline is not None
    assert expired.decline.code == "20152"
    assert expired.provider_status == "payment_authentication_failed"

    headers, body = hooks[0].headers, hooks[0].body
    with pytest.raises(SignatureError):
        client.parse_webhook(headers | {"cko-signature": "0" * 64}, body)
    with pytest.raises(SignatureError):
        client.parse_webhook({k: v for k, v in headers.items() if k != "cko-signature"}, body)
    with pytest.raises(SignatureError):
        client.parse_webhook(headers, body.replace(b"checkout", b"checkouT", 1) + b" ")
    keyless = Checkout(CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"])
    with keyless, pytest.raises(ConfigurationError):
        keyless.parse_webhook(headers, body)


def test_webhook_with_a_valid_signature_but_a_badbody_of(client: Checkout) -> None:
    body = b'{"id": "evt_x", "type": "payment_approved"}'
    signature = hmac.new(CHECKOUT["webhook_signature_key"].encode(), body, hashlib.sha256).hexdigest()
    with pytest.raises(UnexpectedResponse) as caught:
        client.parse_webhook({"Cko-Signature": signature}, body)
    assert caught.value.body == body


# -- every event type, verification, the inbox ------------------------------------------------------------

PAYMENT = "pay_" + "w" * 26


def event(kind: str, event_id: str = "evt_" + "e" * 26, **data: Any) -> dict[str, Any]:
    """A gateway event about :data:`PAYMENT`, as "Webhook event types" shows them."""
    return {
        "id": event_id,
        "type": kind,
        "version": "1.0.29",
        "created_on": "2026-03-02T10:21:31.8821546Z",
        "data": {"id": PAYMENT, "reference": "ORD-HOOK-1", "amount": 6510, "currency": "EUR"} | data,
    }


def signed(value: dict[str, Any], key: str = CHECKOUT["webhook_signature_key"]) -> tuple[dict[str, str], bytes]:
    body = json.dumps(value).encode()
    return {"Cko-Signature": hmac.new(key.encode(), body, hashlib.sha256).hexdigest()}, body


# What each event type means for the payment, written out (not read from the adapter's map).
EVENTS = [
    ("payment_approved", {"response_code": "10000"}, State.AUTHORIZED, None),
    ("payment_captured", {"response_code": "10000"}, State.AUTHORIZED, None),
    ("card_verified", {"response_code": "10000"}, State.AUTHORIZED, None),
    ("payment_pending", {}, State.PROCESSING, None),
    ("payment_declined", {"response_code": "20051", "response_summary": "Insufficient Funds"}, State.DECLINED, "20051"),
    ("card_verification_declined", {"response_code": "20014"}, State.DECLINED, "20014"),
    ("payment_authentication_failed", {"response_code": "20151"}, State.DECLINED, "20151"),
    ("payment_authentication_failed", {"response_code": "20152"}, State.EXPIRED, "20152"),
    ("payment_expired", {"response_code": "20152"}, State.EXPIRED, "20152"),
    ("payment_canceled", {}, State.CANCELED, None),
    ("payment_voided", {"response_code": "10000"}, State.CANCELED, None),
]


@pytest.mark.parametrize(("kind", "data", "state", "code"), EVENTS, ids=[f"{e[0]}-{e[3]}" for e in EVENTS])
def test_every_event_type_reads_as_what_it_means(
    client: Checkout, kind: str, data: dict[str, Any], state: State, code: str | None
) -> None:
    outcome = client.parse_webhook(*signed(event(kind, **data)))
    assert outcome.state is state
    assert outcome.provider_status == kind
    assert outcome.payment_id == outcome.handle.payment_id == PAYMENT
    if code is None:
        assert outcome.decline is None
    else:
        assert outcome.decline is not None
        assert outcome.decline.code == code
    if kind == "payment_declined":
        assert outcome.decline is not None
        assert outcome.decline.message == "Insufficient Funds"
        assert outcome.decline.category is DeclineCategory.HARD


def test_an_upgraded_payments_event_says_so_with_its_3ds_result(client: Checkout) -> None:
    three_ds = {
        "authentication_response": "Y",
        "eci": "05",
        "version": "2.2.0",
        "challenged": True,
        "upgrade_reason": "sca_retry",
    }
    outcome = client.parse_webhook(*signed(event("payment_approved", **{"3ds": three_ds})))
    assert outcome.upgraded
    assert outcome.handle.upgraded
    assert outcome.three_ds == ThreeDSResult(version="2.2.0", eci="05", challenged=True, authenticated=True)
    failed = {"authentication_response": "N", "authentication_status_reason": "01", "version": "2.2.0"}
    rejected = client.parse_webhook(
        *signed(event("payment_authentication_failed", response_code="20151", **{"3ds": failed}))
    )
    assert rejected.three_ds is not None
    assert rejected.three_ds.authenticated is False
    assert rejected.three_ds.status_reason_text == "Card authentication failed."


def test_an_unknown_event_type_is_surfaced_as_processing(client: Checkout) -> None:
    outcome = client.parse_webhook(*signed(event("payment_disputed_someday")))
    assert outcome.state is State.PROCESSING
    assert outcome.provider_status == "payment_disputed_someday"
    assert outcome.payment_id == PAYMENT
    receipt = Inbox().receive(client, *signed(event("payment_disputed_someday")))
    assert receipt.outcome.provider_status == "payment_disputed_someday"  # kept and shown, never dropped


def test_only_the_signed_body_with_the_right_key_is_accepted(client: Checkout, scaretry_sandbox: SandboxServer) -> None:
    headers, body = signed(event("payment_approved"))
    assert client.parse_webhook(headers, body).state is State.AUTHORIZED
    assert client.parse_webhook({"cko-signature": headers["Cko-Signature"].upper()}, body).state is State.AUTHORIZED
    with pytest.raises(SignatureError):  # tampered: one byte of the body
        client.parse_webhook(headers, body.replace(b"6510", b"6511"))
    with pytest.raises(SignatureError):  # signed with another key
        client.parse_webhook(*signed(event("payment_approved"), key="whsec-someone-else"))
    with pytest.raises(SignatureError):  # no header
        client.parse_webhook({}, body)
    with pytest.raises(SignatureError):  # a header an attacker chose: not ASCII, refused (no TypeError)
        client.parse_webhook({"Cko-Signature": "é" * 64}, body)
    other = sandbox_client(scaretry_sandbox.url_for("checkout"), webhook_signature_key="whsec-other")
    with other, pytest.raises(SignatureError):  # the merchant's key is not the one that signed
        other.parse_webhook(headers, body)


def test_a_deeply_nested_signed_body_is_an_unexpected_response(client: Checkout) -> None:
    body = b'{"id": "evt_x", "type": "payment_approved", "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    headers = {"Cko-Signature": hmac.new(CHECKOUT["webhook_signature_key"].encode(), body, hashlib.sha256).hexdigest()}
    with pytest.raises(UnexpectedResponse) as caught:
        client.parse_webhook(headers, body)
    assert caught.value.body == body


def test_a_redelivery_is_recognised_by_its_event_id(client: Checkout) -> None:
    """Checkout.com delivers at least once; a redelivery may not be byte-identical, its id is."""
    inbox = Inbox()
    first = inbox.receive(client, *signed(event("payment_approved")))
    assert not first.duplicate
    assert inbox.receive(client, *signed(event("payment_approved"))).duplicate
    respaced = json.dumps(event("payment_approved"), indent=2).encode()
    headers = {
        "Cko-Signature": hmac.new(CHECKOUT["webhook_signature_key"].encode(), respaced, hashlib.sha256).hexdigest()
    }
    assert inbox.receive(client, headers, respaced).duplicate
    assert not inbox.receive(client, *signed(event("payment_approved", event_id="evt_" + "f" * 26))).duplicate
    assert first.acknowledgement == client.acknowledgement() == Acknowledgement(200)


PENDING_202 = {
    "id": PAYMENT,
    "status": "Pending",
    "_links": {"self": {"href": "https://x"}, "redirect": {"href": "https://acs.test/3ds"}},
}
PENDING_DETAILS = {
    "id": PAYMENT,
    "requested_on": "2026-03-02T10:20:01Z",
    "amount": 6510,
    "currency": "EUR",
    "approved": False,
    "status": "Pending",
    "_links": {"self": {"href": "https://x"}, "actions": {"href": "https://x/a"}},
}


def pending_forever(request: httpx.Request) -> httpx.Response:
    """A provider whose payment never settles on a read: only a notification can end a wait."""
    return httpx.Response(
        202 if request.method == "POST" else 200, json=PENDING_202 if request.method == "POST" else PENDING_DETAILS
    )


def test_a_notification_ends_the_wait_on_its_payment_and_a_late_pending_never_moves_it_back() -> None:
    inbox = Inbox()
    with Checkout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        webhook_signature_key=CHECKOUT["webhook_signature_key"],
        base_url="https://api.checkout.test",
        transport=httpx.MockTransport(pending_forever),
        poll=PollPolicy(initial=0.05, factor=1.0, maximum=0.05, jitter=0.0),
    ) as client:
        started = client.pay(request_for("approve"))
        assert started.state is State.ACTION_REQUIRED
        timer = threading.Timer(0.2, inbox.receive, (client, *signed(event("payment_approved"))))
        timer.start()
        final = client.wait(started.handle, timeout=5, notifications=inbox)
        timer.join()
        assert final.state is State.AUTHORIZED
        assert final.payment_id == PAYMENT
        late = inbox.receive(client, *signed(event("payment_pending", event_id="evt_" + "p" * 26)))
        assert late.outcome.state is State.PROCESSING  # surfaced as what it says
        again = client.wait(started.handle, timeout=5, notifications=inbox)
        assert again.state is State.AUTHORIZED  # the kept final outcome, not the late pending
        other = Inbox()
        other.receive(client, *signed(event("payment_approved") | {"data": {"id": "pay_" + "o" * 26}}))
        with pytest.raises(WaitTimeout):  # another payment's notification wakes nobody here
            client.wait(started.handle, timeout=0.3, notifications=other)
