"""Payments AI's answers as its public documentation prints them, through the public client
(``pay``, ``poll_once``, ``resume``, ``parse_webhook``) on an ``httpx.MockTransport``.

Sources: the "3D Secure 2 (3DS2) guide" (https://api-docs.payments.ai/docs/advanced/3ds2-guide):
the challenge answer of step 2, the frictionless completion, the return URLs of step 5 and the
result and status tables of step 6; "Tokenization endpoint" (the stage tokeniser's answer);
"Errors" (https://api-docs.payments.ai/docs/api/errors): the error body and its messages;
"Webhooks overview": the event envelope.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from scaretry import (
    ActionReason,
    AuthenticationError,
    Card,
    CardToken,
    Money,
    PaymentRequest,
    ProviderError,
    RedirectAction,
    State,
    ThreeDSMode,
)
from scaretry.providers.paymentsai import PaymentsAI
from tests.facade.paymentsai._support import BROWSER, ScriptedPaymentsAI, scripted, sign

#: Step 2 of the guide, verbatim.
CHALLENGE = {
    "data": {"id": "txn_abc123", "status": "waiting", "result": "unknown", "approvalLink": "https://3ds.example/..."}
}
#: The guide's step 1 request, as the facade's request (its customer and instrument ids are placeholders).
REQUEST = PaymentRequest(
    amount=Money(9900, "USD"),
    source=CardToken("instrument:c114b68a-432e-4e94-b8ba-1658ef3258e2"),
    reference="ORD-1",
    return_url="https://yoursite.com/{id}/{result}",
    three_ds=ThreeDSMode.ALWAYS,
    browser=BROWSER,
)


def completed(result: str, status: str = "completed") -> dict[str, Any]:
    """A transaction in the guide's own shape (id, status, result) after the bank answered."""
    return {"data": {"id": "txn_abc123", "status": status, "result": result}}


def client(create: Any = CHALLENGE, read: Any = None) -> tuple[PaymentsAI, ScriptedPaymentsAI]:
    provider = ScriptedPaymentsAI(create=create, read=read, raw=True)
    return scripted(provider), provider


def test_step_2_a_challenge_sends_the_customer_to_the_approval_link() -> None:
    paymentsai, provider = client()
    with paymentsai:
        outcome = paymentsai.pay(REQUEST)
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.action == RedirectAction("https://3ds.example/...", ActionReason.CHALLENGE)
    assert (outcome.payment_id, outcome.provider_status) == ("txn_abc123", "waiting/unknown")
    sent = provider.sent()
    assert sent["redirectUrl"] == "https://yoursite.com/{id}/{result}"  # step 1: placeholders as given
    assert (sent["amount"], sent["currency"], sent["type"]) == (99, "USD", "sale")
    assert sent["paymentInstruction"] == {"paymentInstrumentId": "c114b68a-432e-4e94-b8ba-1658ef3258e2"}


@pytest.mark.parametrize(("result", "state"), [("approved", State.AUTHORIZED), ("declined", State.DECLINED)])
def test_frictionless_completes_at_once(result: str, state: State) -> None:
    """ "completes immediately with status: completed and result: approved or declined"."""
    paymentsai, _ = client(create=completed(result))
    with paymentsai:
        outcome = paymentsai.pay(REQUEST)
    assert (outcome.state, outcome.action) == (state, None)


@pytest.mark.parametrize(
    ("returned", "read", "state"),
    [
        ("approved", completed("approved"), State.AUTHORIZED),
        ("declined", completed("declined"), State.DECLINED),
        ("abandoned", completed("abandoned"), State.EXPIRED),
        ("canceled", completed("canceled", "voided"), State.CANCELED),
        ("unknown", completed("unknown", "offsite"), State.PROCESSING),
    ],
)
def test_step_5_and_6_the_return_is_confirmed_by_a_read(returned: str, read: dict[str, Any], state: State) -> None:
    """Back at ``https://yoursite.com/txn_abc123/<result>``: resume reads the transaction (step 6,
    "for the authoritative final state, retrieve the transaction by ID")."""
    paymentsai, provider = client(read=read)
    with paymentsai:
        started = paymentsai.pay(REQUEST)
        resumed = paymentsai.resume(started.handle, {"id": "txn_abc123", "result": returned})
    assert resumed.state is state
    assert provider.reads == 1
    assert provider.requests[-1].url.path.endswith("/transactions/txn_abc123")


def test_a_forged_result_in_the_return_url_changes_nothing() -> None:
    paymentsai, _ = client(read=completed("declined"))
    with paymentsai:
        started = paymentsai.pay(REQUEST)
        resumed = paymentsai.resume(started.handle, {"id": "txn_abc123", "result": "approved"})
    assert resumed.state is State.DECLINED


@pytest.mark.parametrize(
    ("status", "state"),
    [("waiting", State.ACTION_REQUIRED), ("offsite", State.PROCESSING), ("timeout", State.EXPIRED)],
)
def test_step_6_the_statuses_relevant_to_3ds(status: str, state: State) -> None:
    read = {
        "data": {"id": "txn_abc123", "status": status, "result": "unknown", "approvalLink": "https://3ds.example/..."}
    }
    if status == "timeout":
        read["data"] |= {"result": "declined", "approvalLink": None}
    paymentsai, _ = client(read=read)
    with paymentsai:
        started = paymentsai.pay(REQUEST)
        polled = paymentsai.poll_once(started.handle)
    assert polled.outcome.state is state
    assert (polled.next_poll_in is None) == state.is_final


def test_the_stage_tokeniser_answer() -> None:
    """The stage tokeniser answers ``{type, data: {id, createdAt, expiratedAt}}``; its token is charged."""
    token = {
        "type": "payment-card",
        "data": {"id": "tok_1", "createdAt": "2025-12-18T08:30:16+00:00", "expiratedAt": None},
    }

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/payment-instruments/tokens"):
            return httpx.Response(201, json=token)
        return httpx.Response(201, json=completed("approved"))

    with scripted(answer) as paymentsai:
        outcome = paymentsai.pay(REQUEST.evolve(source=Card("4111111111111111", 12, 2030, "123")))
    assert outcome.state is State.AUTHORIZED


@pytest.mark.parametrize(
    ("status", "message", "error"),
    [
        (400, "Bad request", ProviderError),
        (401, "Missing auth token", AuthenticationError),
        (403, "Forbidden access", AuthenticationError),
        (413, "Request entity too large", ProviderError),
        (429, "Too many requests", ProviderError),
        (500, "Internal server error", ProviderError),
    ],
)
def test_the_documented_errors(status: int, message: str, error: type[ProviderError]) -> None:
    body = {"errorCode": "string", "statusCode": status, "message": message}
    if status == 400:
        body["details"] = "string"
    paymentsai, _ = client(create=httpx.Response(status, json=body))
    with paymentsai, pytest.raises(error) as raised:
        paymentsai.pay(REQUEST)
    assert raised.value.status_code == status
    assert raised.value.code == "string"
    assert message in str(raised.value)
    assert json.loads(raised.value.body) == body


def test_the_webhook_envelope() -> None:
    """``{deduplicationId, type, organizationId, metadata: Transaction}``."""
    body = json.dumps(
        {
            "deduplicationId": "4c2b8e1a-7d3f-4a9e-b6c5-0e1f2a3b4c5d",
            "type": "transaction-declined",
            "organizationId": "46da78a6-034d-48d3-a28f-870d20b0ba00",
            "metadata": completed("abandoned")["data"],
        }
    ).encode()
    paymentsai, _ = client()
    with paymentsai:
        outcome = paymentsai.parse_webhook(sign(body), body)
    assert (outcome.state, outcome.payment_id) == (State.EXPIRED, "txn_abc123")
    assert outcome.handle.data["organization_id"] == "46da78a6-034d-48d3-a28f-870d20b0ba00"
