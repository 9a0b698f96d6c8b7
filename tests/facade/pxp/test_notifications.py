"""PXP's webhooks (issue 12): verified, mapped, deduplicated, and waking a ``wait()`` through an
:class:`~scaretry.Inbox` — including a wait whose handle is in the middle of the 3DS steps.

PXP signs ``X-Request-Id + X-Signature-Timestamp + body`` with the merchant group's hash key
("About webhooks"); the sandbox sends such deliveries, and :func:`signed` makes them here.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scaretry import Inbox, PollPolicy, SignatureError, State, WaitTimeout
from scaretry._errors import ConfigurationError, UnexpectedResponse, ValidationError
from scaretry._handle import Handle
from scaretry._outcome import DeclineCategory, Outcome
from scaretry.providers.pxp import PXP
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.testing import Customer, WebhookReceiver
from scaretry.testing.scenarios.pxp import client_for, request_for

KEY = CREDENTIALS["webhook_hash_key"]
AUTHENTICATION_ID = "0b1d6f0e-5f55-4a47-9a57-0f5b3f3c2a11"
BASE = "ORD-PXP-1-5f0c2a9d4b7e1c36"
FAST = PollPolicy(initial=0.05, factor=1.0, maximum=0.05, jitter=0.0, notified_factor=40.0)


def signed(event: dict[str, Any], *, key: str = KEY, at: float | None = None) -> tuple[dict[str, str], bytes]:
    body = json.dumps(event).encode()
    request_id, stamp = str(uuid.uuid4()), str(int(time.time() if at is None else at))
    digest = hmac.new(key.encode(), f"{request_id}{stamp}".encode() + body, hashlib.sha256).digest()
    headers = {
        "X-Request-Id": request_id,
        "X-Signature-Timestamp": stamp,
        "X-Signature": base64.b64encode(digest).decode(),
    }
    return headers, body


def transaction_event(state: str, merchant_transaction_id: str, code: str = "00", **extra: Any) -> dict[str, Any]:
    codes = {"Authorised": "transaction-authorised", "Refused": "transaction-refused"}
    data = {
        "systemTransactionId": str(uuid.uuid5(uuid.NAMESPACE_URL, merchant_transaction_id)),
        "merchantTransactionId": merchant_transaction_id,
        "merchant": CREDENTIALS["merchant"],
        "site": CREDENTIALS["site"],
        "state": state,
        "providerResponse": {"code": code, "message": "m", "merchantAdvice": None},
    }
    return {
        "eventCategory": "Transaction",
        "eventCode": codes.get(state, f"transaction-{state.lower()}"),
        "eventDate": "2026-01-27T08:53:41.077Z",
        "eventData": data | extra,
    }


def authentication_event(state: str, code: str | None = None) -> dict[str, Any]:
    return {
        "eventCategory": "Authentication",
        "eventCode": "challenge-completed",
        "eventDate": "2026-01-27T08:53:31.402Z",
        "eventData": {
            "authenticationId": AUTHENTICATION_ID,
            "state": state,
            "stateData": None if code is None else {"code": code, "reason": "r"},
            "threeDSecureVersion": "2.2.0",
            "electronicCommerceIndicator": "05" if code is None else "07",
            "transactionStatus": "Y" if code is None else "N",
        },
    }


class PXPServer:
    """PXP's reads while the customer is at the ACS: the authentication pending, no transaction yet."""

    def __init__(self) -> None:
        self.reads = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.reads += 1
        if "/authentications/" in request.url.path:
            body = {"authenticationId": AUTHENTICATION_ID, "state": "PendingCustomerChallenge"}
            return httpx.Response(200, json=body | {"challengeUrl": "https://acs.example/c", "challengeData": "e30"})
        return httpx.Response(404, json={"errorCode": "TransactionNotFound", "errorReason": "none"})


@pytest.fixture
def server() -> PXPServer:
    return PXPServer()


@pytest.fixture
def pxp(server: PXPServer) -> Iterator[PXP]:
    with client_for("https://pxp.test/api", transport=httpx.MockTransport(server), poll=FAST) as client:
        yield client


def mid_challenge(pxp: PXP) -> Handle:
    """The handle a merchant stored while the customer is at the ACS, after a soft decline."""
    data = {"merchant_transaction_id": BASE + "-3ds", "authentication_id": AUTHENTICATION_ID, "challenged": True}
    handle = Handle("pxp", "refused-system-id", "ORD-PXP-1", BASE, "challenge", upgraded=True, data=data)
    return handle.evolve(state="action_required").signed(pxp._key)


# -- verification --------------------------------------------------------------------------------


def test_a_valid_delivery_is_the_payments_outcome(pxp: PXP) -> None:
    outcome = pxp.parse_webhook(*signed(transaction_event("Authorised", BASE + "-3ds")))
    assert (outcome.state, outcome.upgraded, outcome.provider_status) == (State.AUTHORIZED, True, "Authorised")
    assert outcome.handle.idempotency_key == BASE
    refused = pxp.parse_webhook(*signed(transaction_event("Refused", BASE, code="1A")))
    assert refused.decline is not None
    assert (refused.state, refused.decline.category) == (State.DECLINED, DeclineCategory.SOFT_SCA)
    failed = pxp.parse_webhook(*signed(authentication_event("AuthenticationFailed", "01")))
    assert failed.state is State.DECLINED
    assert failed.three_ds is not None
    assert failed.three_ds.status_reason == "01"


def test_anything_not_signed_by_pxp_is_refused(pxp: PXP) -> None:
    headers, body = signed(transaction_event("Authorised", BASE))
    cases = {
        "tampered body": (headers, body.replace(b"Authorised", b"Refused")),
        "wrong key": signed(json.loads(body), key="someone-else"),
        "non-ASCII signature": (headers | {"X-Signature": "é" * 44}, body),
        "non-ASCII request id": (headers | {"X-Request-Id": "é"}, body),
    }
    for header in ("X-Request-Id", "X-Signature-Timestamp", "X-Signature"):
        cases[f"no {header}"] = ({k: v for k, v in headers.items() if k != header}, body)
    for sent_headers, sent_body in cases.values():
        with pytest.raises(SignatureError):
            pxp.parse_webhook(sent_headers, sent_body)


def test_a_stale_timestamp_is_refused_within_a_configurable_tolerance(server: PXPServer) -> None:
    event = transaction_event("Authorised", BASE)
    an_hour_ago = signed(event, at=time.time() - 3600)
    in_the_future = signed(event, at=time.time() + 400)
    url, transport = "https://pxp.test/api", httpx.MockTransport(server)
    with client_for(url, transport=transport) as default:
        for stale in (an_hour_ago, in_the_future):
            with pytest.raises(SignatureError, match="tolerance"):
                default.parse_webhook(*stale)
        assert default.parse_webhook(*signed(event, at=time.time() - 250)).state is State.AUTHORIZED
    with client_for(url, transport=transport, webhook_tolerance=7200) as lenient:
        assert lenient.parse_webhook(*an_hour_ago).state is State.AUTHORIZED
    with client_for(url, transport=transport, webhook_tolerance=None) as unchecked:
        assert unchecked.parse_webhook(*signed(event, at=0)).state is State.AUTHORIZED
    with pytest.raises(ConfigurationError):
        client_for(url, webhook_tolerance=-1)
    with client_for(url, webhook_hash_key=None) as keyless, pytest.raises(ConfigurationError):
        keyless.parse_webhook(*signed(event))


@pytest.mark.parametrize(
    "body",
    [
        b'{"eventCategory": "Transaction", "eventData": ' * 5000 + b"{}" + b"}" * 5000,
        b'{"eventCategory": "Transaction", "eventData": {"state": 5}}',
        b'{"eventCategory": "Authentication", "eventDate": "x", "eventData": {"authenticationId": 1, "state": "x"}}',
        b'{"eventCategory": ["Transaction"]}',
        b"not json",
    ],
    ids=["deeply nested", "wrong type", "wrong id type", "category not a string", "not JSON"],
)
def test_a_signed_body_that_is_not_an_event_is_an_unexpected_response(pxp: PXP, body: bytes) -> None:
    headers, _ = signed({})
    stamp, request_id = headers["X-Signature-Timestamp"], headers["X-Request-Id"]
    digest = hmac.new(KEY.encode(), f"{request_id}{stamp}".encode() + body, hashlib.sha256).digest()
    with pytest.raises(UnexpectedResponse) as error:
        pxp.parse_webhook(headers | {"X-Signature": base64.b64encode(digest).decode()}, body)
    assert error.value.body == body


# -- the inbox -----------------------------------------------------------------------------------


def test_a_redelivery_is_recognised_whatever_its_request_id(pxp: PXP) -> None:
    inbox = Inbox()
    event = transaction_event("Authorised", BASE + "-3ds")
    first = inbox.receive(pxp, *signed(event))
    again = inbox.receive(pxp, *signed(event))  # PXP's retry: a new X-Request-Id and signature
    assert (first.duplicate, again.duplicate) == (False, True)
    assert again.outcome.state is State.AUTHORIZED
    assert again.acknowledgement.status_code == 200
    (topic,) = pxp._notification_topics(first.outcome.handle)
    assert len(inbox.store.retained(topic)) == 1


def test_an_unknown_event_type_is_surfaced_never_dropped_never_acted_on(pxp: PXP) -> None:
    inbox = Inbox()
    report = {
        "eventCategory": "Reporting",
        "eventCode": "scheduled-report-generated",
        "eventDate": "d",
        "eventData": {},
    }
    invented = {"eventCategory": "Payout", "eventCode": "payout-sent", "eventDate": "d", "eventData": {"id": 1}}
    for event, status in ((report, "Reporting:scheduled-report-generated"), (invented, "Payout:payout-sent")):
        receipt = inbox.receive(pxp, *signed(event))
        assert (receipt.outcome.state, receipt.outcome.provider_status) == (State.PROCESSING, status)
        assert receipt.acknowledgement.status_code == 200  # acknowledged, so PXP stops redelivering
        with pytest.raises(ValidationError):
            pxp.poll_once(receipt.outcome.handle)
    with pytest.raises(WaitTimeout):
        pxp.wait(mid_challenge(pxp), timeout=0.2, notifications=inbox)


def test_a_notification_wakes_a_wait_whose_handle_is_mid_3ds(pxp: PXP, server: PXPServer) -> None:
    inbox = Inbox()
    # The refusal that started the upgrade (final, but not this wait's answer) arrives first.
    inbox.receive(pxp, *signed(transaction_event("Refused", BASE, code="1A")))
    inbox.receive(pxp, *signed(authentication_event("AuthenticationSuccessful")))  # not final either
    authorised = signed(transaction_event("Authorised", BASE + "-3ds"))
    threading.Timer(0.2, inbox.receive, (pxp, *authorised)).start()
    started = time.monotonic()
    outcome = pxp.wait(mid_challenge(pxp), timeout=10, notifications=inbox)
    assert (outcome.state, outcome.upgraded) == (State.AUTHORIZED, True)
    assert time.monotonic() - started < 1.5  # the first poll would come after 2 s
    assert server.reads == 0


def test_a_failed_authentication_notified_ends_the_wait(pxp: PXP) -> None:
    inbox = Inbox()
    inbox.receive(pxp, *signed(authentication_event("AuthenticationRejected", "01")))
    outcome = pxp.wait(mid_challenge(pxp), timeout=5, notifications=inbox)
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert outcome.decline.code == "01"


def test_a_late_pending_never_moves_an_outcome_back(pxp: PXP) -> None:
    inbox = Inbox()
    inbox.receive(pxp, *signed(transaction_event("Authorised", BASE + "-3ds")))
    inbox.receive(pxp, *signed(transaction_event("Pending", BASE + "-3ds")))
    assert pxp.wait(mid_challenge(pxp), timeout=5, notifications=inbox).state is State.AUTHORIZED
    alone = Inbox()
    alone.receive(pxp, *signed(transaction_event("Pending", BASE + "-3ds")))
    with pytest.raises(WaitTimeout) as caught:
        pxp.wait(mid_challenge(pxp), timeout=0.3, notifications=alone)
    assert not caught.value.outcome.is_final


# -- the sandbox's deliveries ----------------------------------------------------------------------


@pytest.fixture
def webhooks(sandbox_admin: httpx.Client, webhook_receiver: WebhookReceiver) -> Iterator[WebhookReceiver]:
    """The receiver, registered as PXP's webhook endpoint."""
    sandbox_admin.put("/_sandbox/webhooks/pxp", json={"url": webhook_receiver.url}).raise_for_status()
    yield webhook_receiver
    sandbox_admin.delete("/_sandbox/webhooks/pxp")


def test_the_sandboxs_deliveries_end_a_real_upgrades_wait(
    scaretry_sandbox: SandboxServer, customer: Customer, webhooks: WebhookReceiver
) -> None:
    inbox = Inbox()
    with client_for(scaretry_sandbox.url_for("pxp")) as sandbox_pxp:
        started = sandbox_pxp.pay(request_for("mastercard_challenge"))
        assert started.action is not None
        back = customer.act(started.action, "approve")
        waiting = sandbox_pxp.resume(started.handle, back.params)
        hooks = webhooks.wait(2, timeout=3)  # refused 65, challenge-completed
        outcomes: list[Outcome] = [inbox.receive(sandbox_pxp, hook.headers, hook.body).outcome for hook in hooks]
        assert {o.provider_status for o in outcomes} == {"Refused", "AuthenticationSuccessful"}
        final = sandbox_pxp.wait(waiting.handle, timeout=5, notifications=inbox)
        assert (final.state, final.upgraded) == (State.AUTHORIZED, True)
        # The authorisation the wait made is notified too, and recognised as the same payment.
        last = webhooks.wait(3, timeout=3)[-1]
        notified = inbox.receive(sandbox_pxp, last.headers, last.body).outcome
        assert (notified.state, notified.payment_id) == (State.AUTHORIZED, final.payment_id)


def test_the_sandboxs_deliveries_parse_into_outcomes(
    scaretry_sandbox: SandboxServer, customer: Customer, webhooks: WebhookReceiver
) -> None:
    with client_for(scaretry_sandbox.url_for("pxp")) as sandbox_pxp:
        started = sandbox_pxp.pay(request_for("mastercard_challenge"))
        assert started.action is not None
        resumed = sandbox_pxp.resume(started.handle, customer.act(started.action, "approve").params)
        final = sandbox_pxp.wait(resumed.handle, timeout=5)
        hooks = webhooks.wait(3, timeout=3)  # refused 65, challenge-completed, authorised
        by_status = {o.provider_status: o for o in (sandbox_pxp.parse_webhook(h.headers, h.body) for h in hooks)}
        assert set(by_status) == {"Refused", "AuthenticationSuccessful", "Authorised"}
        refused, completed, authorised = (by_status[s] for s in ("Refused", "AuthenticationSuccessful", "Authorised"))
        assert refused.state is State.DECLINED
        assert refused.decline is not None
        assert refused.decline.category is DeclineCategory.SOFT_SCA
        assert completed.state is State.PROCESSING  # an authentication alone: the payment continues
        assert completed.three_ds is not None
        assert completed.three_ds.eci == "02"
        assert (authorised.state, authorised.payment_id, authorised.upgraded) == (
            State.AUTHORIZED,
            final.payment_id,
            True,
        )
        # A webhook's handle polls like any other.
        assert sandbox_pxp.poll_once(authorised.handle).outcome.payment_id == final.payment_id
        assert sandbox_pxp.poll_once(completed.handle).outcome.state is State.PROCESSING
