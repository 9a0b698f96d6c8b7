"""Payments AI's notifications (issue 12): verified, deduplicated, surfaced, never moving an outcome
back, and confirmed by one read before ``wait()`` returns them.

Payments AI signs the raw body (HMAC-SHA256 with the webhook secret; this client reads lowercase hex
in ``X-Signature``) and signs **no timestamp**, so there is no freshness window to check: a replayed
delivery verifies, and is then recognised by its ``deduplicationId`` in the inbox and confirmed by a
read before a wait acts on it (see ``test_a_replayed_delivery_is_recognised_and_confirmed``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

import anyio
import httpx
import pytest

from scaretry import Inbox, PollPolicy, WaitTimeout
from scaretry._errors import ConfigurationError, SignatureError, UnexpectedResponse
from scaretry._outcome import State
from scaretry.providers.paymentsai import PaymentsAI
from scaretry.testing import Customer, Received, WebhookReceiver
from scaretry.testing.scenarios.paymentsai import client_for
from tests.facade.paymentsai._support import (
    API_KEY,
    GUIDE_CHALLENGE,
    ORG,
    ScriptedPaymentsAI,
    async_scripted,
    event,
    request,
    scripted,
    sign,
    transaction,
)

#: With notifications, the first poll comes 2 s in: every read a test counts is a confirming read.
RARE_POLLS = PollPolicy(initial=0.05, factor=1.0, maximum=0.05, jitter=0.0, notified_factor=40.0)
APPROVED = event(dedup="d-approved")
TXN = "txn_abc123"


def waiting_client(read: object) -> tuple[PaymentsAI, ScriptedPaymentsAI]:
    """A client on a Payments AI whose transaction started a challenge and now reads ``read``."""
    provider = ScriptedPaymentsAI(create=GUIDE_CHALLENGE, read=read)
    return scripted(provider, poll=RARE_POLLS), provider


# -- verification ---------------------------------------------------------------------------------------


def test_a_valid_delivery() -> None:
    with scripted(ScriptedPaymentsAI()) as paymentsai:
        outcome = paymentsai.parse_webhook(sign(APPROVED), APPROVED)
    assert (outcome.state, outcome.payment_id, outcome.provider_status) == (State.AUTHORIZED, TXN, "completed/approved")
    assert outcome.handle.data["organization_id"] == ORG
    assert outcome.raw.deduplication_id == "d-approved"


@pytest.mark.parametrize(
    "headers",
    [
        {},  # missing
        {"X-Signature": ""},
        {"X-Signature": sign(APPROVED, "another-secret")["X-Signature"]},  # the wrong key
        {"X-Signature": sign(APPROVED)["X-Signature"][:-1]},  # truncated
        {"X-Signature": "é" * 64},  # not ASCII: refused, never a TypeError
        {"X-Signature": sign(APPROVED)["X-Signature"] + "00"},
    ],
    ids=["missing", "empty", "wrong-key", "truncated", "non-ascii", "extended"],
)
def test_an_unauthentic_delivery_is_refused(headers: Mapping[str, str]) -> None:
    with scripted(ScriptedPaymentsAI()) as paymentsai, pytest.raises(SignatureError) as raised:
        paymentsai.parse_webhook(headers, APPROVED)
    assert raised.value.body == APPROVED


def test_a_tampered_body_is_refused() -> None:
    headers = sign(APPROVED)
    tampered = APPROVED.replace(b'"approved"', b'"declined"')
    with scripted(ScriptedPaymentsAI()) as paymentsai, pytest.raises(SignatureError):
        paymentsai.parse_webhook(headers, tampered)


def test_the_signature_header_is_found_in_any_case() -> None:
    with scripted(ScriptedPaymentsAI()) as paymentsai:
        upper = paymentsai.parse_webhook({"X-SIGNATURE": sign(APPROVED)["X-Signature"].upper()}, APPROVED)
    assert upper.state is State.AUTHORIZED


def test_verifying_needs_the_webhook_secret() -> None:
    with (
        PaymentsAI(API_KEY, ORG, gateway_three_ds=True, transport=httpx.MockTransport(ScriptedPaymentsAI())) as bare,
        pytest.raises(ConfigurationError, match="webhook_secret"),
    ):
        bare.parse_webhook(sign(APPROVED), APPROVED)


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[]",
        json.dumps({"type": "transaction-processed"}).encode(),  # no metadata
        json.dumps({"type": "transaction-processed", "metadata": {"id": TXN, "status": "completed"}}).encode(),
        json.dumps({"type": "transaction-declined", "metadata": {"id": "sub-1", "status": "active"}}).encode(),
        json.dumps({"type": 7, "metadata": transaction()}).encode(),
        b'{"type": "transaction-processed", "metadata": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    ],
    ids=["not-json", "list", "no-metadata", "no-result", "not-a-transaction", "type-not-text", "deeply-nested"],
)
def test_a_body_that_is_not_a_transaction_event_is_an_unexpected_response(body: bytes) -> None:
    with scripted(ScriptedPaymentsAI()) as paymentsai, pytest.raises(UnexpectedResponse) as raised:
        paymentsai.parse_webhook(sign(body), body)
    assert raised.value.body == body


def test_a_delivery_without_its_optional_envelope_fields() -> None:
    body = json.dumps({"type": "transaction-declined", "metadata": transaction(result="declined")}).encode()
    with scripted(ScriptedPaymentsAI()) as paymentsai:
        inbox = Inbox()
        receipt = inbox.receive(paymentsai, sign(body), body)
        again = inbox.receive(paymentsai, sign(body), body)
    assert receipt.outcome.state is State.DECLINED
    assert receipt.outcome.handle.data["organization_id"] == ORG  # the client's, when the event names none
    assert again.duplicate  # recognised by the body when there is no deduplicationId


# -- the inbox -------------------------------------------------------------------------------------------


def test_a_redelivery_is_recognised_by_its_deduplication_id() -> None:
    inbox = Inbox()
    with scripted(ScriptedPaymentsAI()) as paymentsai:
        first = inbox.receive(paymentsai, sign(APPROVED), APPROVED)
        # Payments AI re-sends the same deduplicationId; the body may differ (a later snapshot).
        later = event(dedup="d-approved", amount=99)
        again = inbox.receive(paymentsai, sign(later), later)
        other = inbox.receive(paymentsai, sign(event(dedup="d-other")), event(dedup="d-other"))
    assert (first.duplicate, again.duplicate, other.duplicate) == (False, True, False)
    assert again.outcome.state is State.AUTHORIZED  # still surfaced, and still acknowledged
    assert (again.acknowledgement.status_code, again.acknowledgement.body) == (200, b"")
    assert len(inbox.store.retained(f"scaretry:paymentsai:{TXN}")) == 2


@pytest.mark.parametrize("kind", ["subscription-activated", "dispute-created"])
def test_an_event_about_something_else_is_surfaced_not_acted_on(kind: str) -> None:
    body = json.dumps(
        {
            "deduplicationId": "d-sub",
            "type": kind,
            "organizationId": ORG,
            "metadata": {"id": "sub-1", "status": "active"},
        }
    ).encode()
    inbox = Inbox()
    with scripted(ScriptedPaymentsAI()) as paymentsai:
        receipt = inbox.receive(paymentsai, sign(body), body)
    assert (receipt.outcome.state, receipt.outcome.provider_status) == (State.PROCESSING, kind)
    assert receipt.outcome.payment_id is None
    assert not receipt.duplicate
    assert receipt.acknowledgement.status_code == 200


def test_an_unknown_transaction_event_is_surfaced_under_its_transaction() -> None:
    body = event(kind="transaction-refunded", dedup="d-ref", status="refunded")
    inbox = Inbox()
    with scripted(ScriptedPaymentsAI()) as paymentsai:
        receipt = inbox.receive(paymentsai, sign(body), body)
    assert (receipt.outcome.state, receipt.outcome.provider_status) == (State.PROCESSING, "transaction-refunded")
    assert receipt.outcome.payment_id == TXN


# -- waiting -----------------------------------------------------------------------------------------------


def test_a_notification_ends_the_wait_after_exactly_one_confirming_read() -> None:
    paymentsai, provider = waiting_client(transaction())
    inbox = Inbox()
    with paymentsai:
        started = paymentsai.pay(request())
        inbox.receive(paymentsai, sign(APPROVED), APPROVED)
        outcome = paymentsai.wait(started.handle, timeout=5, notifications=inbox)
    assert outcome.state is State.AUTHORIZED
    assert provider.reads == 1
    assert type(outcome.raw).__name__ == "Transaction"  # the read's answer, not the notification's


def test_a_notification_the_read_does_not_confirm_does_not_end_the_wait() -> None:
    paymentsai, provider = waiting_client({"id": TXN, "status": "offsite", "result": "unknown"})
    inbox = Inbox()
    with paymentsai:
        started = paymentsai.pay(request())
        inbox.receive(paymentsai, sign(APPROVED), APPROVED)
        with pytest.raises(WaitTimeout) as raised:
            paymentsai.wait(started.handle, timeout=0.5, notifications=inbox)
    assert raised.value.outcome.state is State.PROCESSING
    assert 1 <= provider.reads <= 2  # the confirming read, and the last poll at the deadline


def test_a_late_pending_never_moves_an_outcome_back() -> None:
    """Out of order: the approval, then an older 'offsite' snapshot. The wait ends AUTHORIZED."""
    paymentsai, provider = waiting_client(transaction())
    inbox = Inbox()
    late = event(dedup="d-older", status="offsite", result="unknown")
    with paymentsai:
        started = paymentsai.pay(request())
        inbox.receive(paymentsai, sign(APPROVED), APPROVED)
        pending = inbox.receive(paymentsai, sign(late), late)
        outcome = paymentsai.wait(started.handle, timeout=5, notifications=inbox)
        again = paymentsai.wait(started.handle, timeout=5, notifications=inbox)
    assert (pending.outcome.state, pending.duplicate) == (State.PROCESSING, False)
    assert outcome.state is again.state is State.AUTHORIZED
    assert provider.reads == 2


def test_a_replayed_delivery_is_recognised_and_confirmed() -> None:
    """No timestamp is signed: a replay verifies, but the inbox knows it, and the read decides."""
    paymentsai, provider = waiting_client(transaction(result="declined"))
    inbox = Inbox()
    with paymentsai:
        started = paymentsai.pay(request())
        assert not inbox.receive(paymentsai, sign(APPROVED), APPROVED).duplicate
        assert inbox.receive(paymentsai, sign(APPROVED), APPROVED).duplicate
        outcome = paymentsai.wait(started.handle, timeout=5, notifications=inbox)
    assert outcome.state is State.DECLINED  # what Payments AI says when asked, not the replay
    assert provider.reads == 1


@pytest.mark.anyio
async def test_the_async_client_waits_on_the_same_inbox() -> None:
    provider = ScriptedPaymentsAI(create=GUIDE_CHALLENGE, read=transaction())
    inbox = Inbox()
    async with async_scripted(provider, poll=RARE_POLLS) as paymentsai:
        started = await paymentsai.pay(request())

        async def deliver_soon() -> None:
            await anyio.sleep(0.1)
            await inbox.areceive(paymentsai, sign(APPROVED), APPROVED)

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(deliver_soon)
            outcome = await paymentsai.wait(started.handle, timeout=5, notifications=inbox)
    assert outcome.state is State.AUTHORIZED
    assert provider.reads == 1


# -- deliveries from the sandbox ---------------------------------------------------------------------------


@pytest.fixture
def webhook(sandbox_admin: httpx.Client, webhook_receiver: WebhookReceiver) -> Iterator[WebhookReceiver]:
    """The receiver, registered as Payments AI's webhook endpoint."""
    sandbox_admin.put("/_sandbox/webhooks/paymentsai", json={"url": webhook_receiver.url}).raise_for_status()
    yield webhook_receiver
    sandbox_admin.delete("/_sandbox/webhooks/paymentsai")


def delivered(receiver: WebhookReceiver, payment_id: str | None) -> tuple[Mapping[str, str], bytes]:
    def about_the_payment(hook: Received) -> bool:
        return bool(payment_id) and str(payment_id).encode() in hook.body

    hook = receiver.wait(1, timeout=3, where=about_the_payment)[0]
    return hook.headers, hook.body


def test_the_sandbox_delivers_and_the_inbox_ends_the_wait(
    base: str, client: PaymentsAI, customer: Customer, webhook: WebhookReceiver
) -> None:
    started = client.pay(request("challenge_slow_issuer", reference="pai-hook"))
    assert started.action is not None
    customer.act(started.action, "approve")
    headers, body = delivered(webhook, started.payment_id)
    inbox = Inbox()
    receipt = inbox.receive(client, headers, body)
    assert (receipt.outcome.state, receipt.outcome.payment_id) == (State.AUTHORIZED, started.payment_id)
    assert receipt.outcome.handle.reference == "pai-hook"
    assert client.wait(started.handle, timeout=5, notifications=inbox).state is State.AUTHORIZED
    with client_for(base) as other:  # the handle a notification carries can be polled, by any process
        assert other.poll_once(receipt.outcome.handle).outcome.state is State.AUTHORIZED


def test_the_sandbox_delivers_a_decline(client: PaymentsAI, customer: Customer, webhook: WebhookReceiver) -> None:
    started = client.pay(request("challenge"))
    assert started.action is not None
    customer.act(started.action, "reject")
    headers, body = delivered(webhook, started.payment_id)
    assert json.loads(body)["type"] == "transaction-declined"
    parsed = client.parse_webhook(headers, body)
    assert parsed.state is State.DECLINED
    assert parsed.decline is not None
    assert parsed.decline.code == "3ds-01"
