"""How Payments AI's answers become outcomes, through the public client (``pay``, ``poll_once``) on a
scripted Payments AI: every status × result, the challenge's redirect, 3DS data, declines, and the
answers that must not parse."""

from __future__ import annotations

import itertools
import json
from typing import Any

import httpx
import pytest
from scaretry_paymentsai.models import TransactionResult, TransactionStatus

from scaretry._errors import (
    AuthenticationError,
    ProviderError,
    RepeatRequired,
    TransportError,
    UnexpectedResponse,
    ValidationError,
)
from scaretry._outcome import ActionReason, DeclineCategory, Outcome, RedirectAction, State
from scaretry._request import CardToken, Money
from tests.facade.paymentsai._support import GUIDE_CHALLENGE, ScriptedPaymentsAI, request, scripted, transaction

TOKEN = CardToken("token:tk-1")
#: The statuses after which the payment went through: the result says how.
FINISHED = {"completed", "partially-refunded", "refunded", "disputed"}
STATUSES = [s.value for s in TransactionStatus] + ["brand-new-status"]
RESULTS = [r.value for r in TransactionResult] + ["brand-new-result"]


def paid(answer: Any) -> Outcome:
    with scripted(ScriptedPaymentsAI(create=answer)) as paymentsai:
        return paymentsai.pay(request(source=TOKEN))


def polled(answer: Any) -> Outcome:
    """The outcome of a poll reading ``answer`` after a challenge started."""
    with scripted(ScriptedPaymentsAI(create=GUIDE_CHALLENGE, read=answer)) as paymentsai:
        started = paymentsai.pay(request(source=TOKEN))
        return paymentsai.poll_once(started.handle).outcome


def expected_state(status: str, result: str) -> State:
    """The mapping, written out: the documented table of docs/providers/paymentsai.md."""
    if status in FINISHED:
        return {
            "approved": State.AUTHORIZED,
            "declined": State.DECLINED,
            "abandoned": State.EXPIRED,
            "canceled": State.CANCELED,
        }.get(result, State.PROCESSING)
    return {
        "voided": State.CANCELED,
        "timeout": State.EXPIRED,
        "not-sent": State.FAILED,
    }.get(status, State.PROCESSING)


@pytest.mark.parametrize(("status", "result"), list(itertools.product(STATUSES, RESULTS)))
def test_every_status_and_result(status: str, result: str) -> None:
    """AUTHORIZED only when the status says the transaction went through and the result says approved;
    an unknown word on either side is never AUTHORIZED (and never a guessed final state)."""
    outcome = polled(transaction(id="txn_abc123", status=status, result=result))
    state = expected_state(status, result)
    assert outcome.state is state
    assert outcome.provider_status == f"{status}/{result}"
    assert outcome.action is None
    assert (outcome.decline is not None) == (state in (State.DECLINED, State.EXPIRED, State.FAILED))
    assert outcome.payment_id == "txn_abc123"
    assert outcome.upgraded is False


def test_waiting_with_an_approval_link_sends_the_customer_there() -> None:
    outcome = paid(GUIDE_CHALLENGE)
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.action == RedirectAction("https://3ds.example/...", ActionReason.CHALLENGE)
    assert outcome.payment_id == outcome.handle.payment_id == "txn_abc123"
    assert outcome.decline is None


@pytest.mark.parametrize("link", [None, ""])
def test_waiting_without_an_approval_link_is_processing(link: str | None) -> None:
    outcome = paid(GUIDE_CHALLENGE | {"approvalLink": link})
    assert (outcome.state, outcome.action) == (State.PROCESSING, None)


@pytest.mark.parametrize(
    ("answer", "code", "category"),
    [
        (transaction(result="declined"), "declined", DeclineCategory.UNKNOWN),
        (transaction(result="abandoned"), "abandoned", DeclineCategory.SOFT_RETRYABLE),
        (transaction(status="timeout", result="declined"), "timeout", DeclineCategory.SOFT_RETRYABLE),
        (transaction(status="not-sent", result="declined"), "not-sent", DeclineCategory.SOFT_RETRYABLE),
        (
            transaction(result="declined", data3ds={"transStatus": "R", "transStatusReason": "11"}),
            "3ds-11",
            DeclineCategory.FRAUD,
        ),
        (
            transaction(result="declined", data3ds={"transStatus": "N", "transStatusReason": "01"}),
            "3ds-01",
            DeclineCategory.HARD,
        ),
        # 3DS authenticated (Y) then declined by the issuer: the 3DS reason is not the decline's.
        (
            transaction(result="declined", data3ds={"transStatus": "Y", "transStatusReason": "01"}),
            "declined",
            DeclineCategory.UNKNOWN,
        ),
        # A failed 3DS without a reason: the result word.
        (transaction(result="declined", data3ds={"transStatus": "N"}), "declined", DeclineCategory.UNKNOWN),
    ],
)
def test_declines(answer: dict[str, Any], code: str, category: DeclineCategory) -> None:
    outcome = paid(answer)
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.category) == (code, category)
    assert outcome.decline.message


@pytest.mark.parametrize(
    ("data3ds", "authenticated"),
    [("Y", True), ("N", False), ("R", False), ("U", False), ("A", None), ("C", None), ("Z", None)],
)
def test_three_ds_result(data3ds: str, authenticated: bool | None) -> None:
    answer = transaction(
        data3ds={"version": "2.2.0", "eci": "05", "challenged": True, "transStatus": data3ds, "transStatusReason": "14"}
    )
    three_ds = paid(answer).three_ds
    assert three_ds is not None
    assert (three_ds.version, three_ds.eci, three_ds.challenged) == ("2.2.0", "05", True)
    assert three_ds.authenticated is authenticated
    assert (three_ds.status_reason, three_ds.status_reason_text) == ("14", "Transaction timed out at the ACS.")


def test_no_three_ds_data() -> None:
    assert paid(transaction()).three_ds is None
    assert paid(transaction(data3ds=None)).three_ds is None


@pytest.mark.parametrize("wrong", [[], [{"transStatus": "Y"}], 3, "Y", True])
def test_data3ds_of_the_wrong_type_is_an_unexpected_response(wrong: Any) -> None:
    """``data3ds`` is an object or null: a list, an int, a string is refused typed, with the raw body,
    on pay() and on every poll (it used to raise AttributeError)."""
    answer = transaction(data3ds=wrong)
    for read in (paid, polled):
        with pytest.raises(UnexpectedResponse) as raised:
            read(answer)
        assert b'"data3ds"' in raised.value.body
        assert raised.value.handle is not None


@pytest.mark.parametrize(
    ("answer", "field"),
    [
        ({"status": "completed", "result": "approved"}, "id"),
        ({"id": "txn_abc123", "result": "approved"}, "status"),
        ({"id": "txn_abc123", "status": "completed"}, "result"),
    ],
)
def test_a_missing_decisive_field_is_named(answer: dict[str, Any], field: str) -> None:
    for read in (paid, polled):
        with pytest.raises(UnexpectedResponse, match=f"'{field}'") as raised:
            read(answer)
        assert json.loads(raised.value.body) == {"data": answer}


@pytest.mark.parametrize(
    "answer",
    [
        {"id": 7, "status": "completed", "result": "approved"},
        {"id": "txn_abc123", "status": 1, "result": "approved"},
        {"id": "txn_abc123", "status": "completed", "result": None},
        {"id": "txn_abc123", "status": "waiting", "result": "unknown", "approvalLink": 5},
        {"id": "txn_abc123", "status": "completed", "result": "approved", "amount": "65.10"},
    ],
)
def test_a_mistyped_field_is_an_unexpected_response(answer: dict[str, Any]) -> None:
    for read in (paid, polled):
        with pytest.raises(UnexpectedResponse) as raised:
            read(answer)
        assert json.loads(raised.value.body) == {"data": answer}


def test_a_read_answering_another_transaction_is_refused() -> None:
    with pytest.raises(UnexpectedResponse, match=r"data\.id"):
        polled(transaction(id="txn_someone_else"))


@pytest.mark.parametrize(
    "body",
    [b"<html>", b"{}", b'{"data": null}', b'{"data": []}', b"[" * 100_000 + b"]" * 100_000],
    ids=["html", "empty", "null", "list", "deeply-nested"],
)
def test_bodies_that_are_not_a_transaction(body: bytes) -> None:
    answer = httpx.Response(201, content=body, headers={"Content-Type": "application/json"})
    with pytest.raises(UnexpectedResponse) as raised:
        paid(answer)
    assert raised.value.body == body
    assert raised.value.status_code == 201


def test_the_outcome_keeps_the_typed_transaction() -> None:
    outcome = paid(transaction(amount=65.1, currency="EUR", type="sale"))
    assert outcome.raw.id == "txn_abc123"
    assert (outcome.raw.amount, outcome.raw.currency) == (65.1, "EUR")
    assert json.loads(json.dumps(outcome.handle.to_dict()))["payment_id"] == "txn_abc123"


# -- error answers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "error", "code"),
    [
        (
            400,
            {"errorCode": "BAD_REQUEST", "statusCode": 400, "message": "Bad", "details": "x"},
            ProviderError,
            "BAD_REQUEST",
        ),
        (
            401,
            {"errorCode": "UNAUTHORIZED", "statusCode": 401, "message": "Missing auth token"},
            AuthenticationError,
            "UNAUTHORIZED",
        ),
        (
            403,
            {"errorCode": "FORBIDDEN", "statusCode": 403, "message": "Forbidden access"},
            AuthenticationError,
            "FORBIDDEN",
        ),
        (
            503,
            {"errorCode": "SERVICE_UNAVAILABLE", "statusCode": 503, "message": "down"},
            ProviderError,
            "SERVICE_UNAVAILABLE",
        ),
        (500, {"message": "no code"}, ProviderError, None),
        (503, None, ProviderError, None),  # an undocumented status's HTML page
        (500, None, UnexpectedResponse, None),  # a documented status whose body is not JSON
    ],
)
def test_error_answers_are_typed_with_the_raw_body(
    status: int, body: dict[str, Any] | None, error: type[ProviderError], code: str | None
) -> None:
    content = json.dumps(body).encode() if body else b"<html>oops</html>"
    with pytest.raises(error) as raised:
        paid(httpx.Response(status, content=content))
    assert type(raised.value) is error
    assert (raised.value.status_code, raised.value.code, raised.value.body) == (status, code, content)
    assert raised.value.handle is not None
    if body and "message" in body:
        assert body["message"] in str(raised.value)


def test_an_error_never_repeats_a_card_number() -> None:
    body = {
        "errorCode": "BAD_REQUEST",
        "statusCode": 400,
        "message": "4111111111111111 is",
        "details": "4111111111111111",
    }
    with pytest.raises(ProviderError) as raised:
        paid(httpx.Response(400, json=body))
    assert "4111111111111111" not in str(raised.value)
    assert "[redacted]" in str(raised.value)


def test_an_undocumented_success_status_is_an_unexpected_response() -> None:
    with pytest.raises(UnexpectedResponse, match="expected HTTP 201") as raised:
        paid(httpx.Response(200, json={"data": transaction()}))
    assert raised.value.status_code == 200


# -- handles, request ids ----------------------------------------------------------------------------------


def _lost_answer(request: httpx.Request) -> httpx.Response:
    if request.method == "POST":
        raise httpx.ReadError("connection dropped after the request was sent")
    return httpx.Response(200, json={"data": transaction()})


def test_a_handle_without_a_transaction_is_never_polled() -> None:
    """The answer to createTransaction was lost: there is no id to read, so nothing is read; recover
    says how to find the payment (the idempotent replay)."""
    provider = ScriptedPaymentsAI(create=_lost_answer, read=_lost_answer)
    with scripted(provider) as paymentsai:
        with pytest.raises(TransportError) as raised:
            paymentsai.pay(request(source=TOKEN))
        handle = raised.value.handle
        assert handle is not None
        assert (handle.payment_id, handle.idempotency_key) == (None, provider.sent()["idempotencyKey"])
        with pytest.raises(ValidationError, match="handle"):
            paymentsai.poll_once(handle)
        with pytest.raises(RepeatRequired, match="idempotency_key"):
            paymentsai.recover(handle)
    assert provider.reads == 0


def test_recover_reads_a_known_transaction() -> None:
    provider = ScriptedPaymentsAI(create=GUIDE_CHALLENGE, read=transaction())
    with scripted(provider) as paymentsai:
        started = paymentsai.pay(request(source=TOKEN))
        recovered = paymentsai.recover(started.handle)
    assert (recovered.state, recovered.payment_id) == (State.AUTHORIZED, "txn_abc123")
    assert provider.reads == 1


def test_resume_refuses_another_transactions_return() -> None:
    provider = ScriptedPaymentsAI(create=GUIDE_CHALLENGE)
    with scripted(provider) as paymentsai:
        started = paymentsai.pay(request(source=TOKEN))
        with pytest.raises(ValidationError) as raised:
            paymentsai.resume(started.handle, {"id": "txn_someone_else", "result": "approved"})
        assert paymentsai.resume(started.handle, {}).state is State.ACTION_REQUIRED  # no id: just read
    assert raised.value.field == "params.id"
    assert provider.reads == 1


def test_a_handle_is_read_in_its_own_organization() -> None:
    """A handle issued for another organization of the same key is read under that organization."""
    provider = ScriptedPaymentsAI(create=GUIDE_CHALLENGE, read=transaction())
    other = "00000000-0000-4000-8000-000000000001"
    with scripted(provider) as paymentsai, paymentsai.for_organization(other, gateway_three_ds=True) as theirs:
        started = theirs.pay(request(source=TOKEN))
        paymentsai.poll_once(started.handle)
    assert provider.requests[-1].url.path == f"/v1/public-api/organizations/{other}/transactions/txn_abc123"


def test_request_ids_are_kept() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(201, json={"data": GUIDE_CHALLENGE}, headers={"X-Request-Id": "req-1"})
        return httpx.Response(404, json={"message": "Not found"}, headers={"X-Request-Id": "req-2"})

    with scripted(answer) as paymentsai:
        started = paymentsai.pay(request(source=TOKEN))
        with pytest.raises(ProviderError) as raised:
            paymentsai.poll_once(started.handle)
    assert started.request_ids == ("req-1",)
    assert (raised.value.status_code, raised.value.request_id) == (404, "req-2")
    assert raised.value.handle is not None
    assert raised.value.handle.payment_id == "txn_abc123"


def test_an_amount_that_no_json_number_holds_exactly_is_refused() -> None:
    provider = ScriptedPaymentsAI()
    with scripted(provider) as paymentsai, pytest.raises(ValidationError) as raised:
        paymentsai.pay(request(source=TOKEN, amount=Money(123456789012345678, "USD")))
    assert raised.value.field == "amount"
    assert provider.requests == []
