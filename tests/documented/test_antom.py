"""Antom's answers as its API reference documents them, through the public client.

Each answer has the fields the reference marks as returned for that case — pay
(docs.antom.com/ac/ams/payment_cashier), inquiryPayment (docs.antom.com/ac/ams/paymentri_online),
notifyPayment (docs.antom.com/ac/ams/paymentrn_online) — and no more: what the facade does not need
may be missing, and the answer must still decide the payment. The client verifies Antom's response
signature, so every answer is signed here with the sandbox's published test key, and the client is
given its public half; an ``httpx.MockTransport`` stands for Antom.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest

from scaretry._errors import RepeatRequired, TransportError, UnexpectedResponse
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, DeclineCategory, FormPostAction, Outcome, RedirectAction, State
from scaretry._request import Card, Money, PaymentRequest, ThreeDSMode
from scaretry._retry import RetryPolicy
from scaretry.providers.antom import Antom
from scaretry.sandbox._credentials import ANTOM
from scaretry.sandbox.providers._antom_keys import MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM
from scaretry.sandbox.providers.antom import sandbox_signature

KEY = "202408221942180100000000001"  # a paymentRequestId as the reference's examples show them
PAYMENT_ID = "202408221940108001001882C0203516543"
AMOUNT = {"currency": "EUR", "value": "1000"}
CREATED = "2024-08-22T05:42:19-07:00"
NOTIFY_PATH = "/notify/antom"


class AntomPlayed:
    """Antom, played by a mock transport: signs each queued answer over the request's path."""

    def __init__(self) -> None:
        self.answers: list[dict[str, Any] | Exception] = []
        self.sent: list[dict[str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(json.loads(request.content))
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):  # the answer is lost on the way back
            raise answer
        body = json.dumps(answer).encode()
        when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        path = request.url.raw_path.decode()
        headers = {
            "Content-Type": "application/json; charset=UTF-8",
            "Client-Id": ANTOM["client_id"],
            "Response-Time": when,
            "Signature": sandbox_signature("POST", path, ANTOM["client_id"], when, body),
        }
        return httpx.Response(200, content=body, headers=headers)


@pytest.fixture
def antom() -> AntomPlayed:
    return AntomPlayed()


def client(antom: AntomPlayed, **options: Any) -> Antom:
    return Antom(
        ANTOM["client_id"],
        MERCHANT_TEST_PRIVATE_KEY_PEM,
        SANDBOX_PUBLIC_KEY_PEM,
        transport=httpx.MockTransport(antom),
        retry=options.pop("retry", RetryPolicy(wait_initial=0, wait_max=0, wait_jitter=0)),
        **options,
    )


def request(three_ds: ThreeDSMode = ThreeDSMode.UPGRADE) -> PaymentRequest:
    return PaymentRequest(
        amount=Money(1000, "EUR"),
        source=Card("4054695723100768", 12, 2030, cvv="123"),
        reference="ORDER-1",
        return_url="https://merchant.example/return",
        three_ds=three_ds,
    )


def result(code: str, status: str, message: str | None = None) -> dict[str, str]:
    found = {"resultCode": code, "resultStatus": status}
    return found | ({"resultMessage": message} if message is not None else {})


def pay(
    antom: AntomPlayed, answer: dict[str, Any], three_ds: ThreeDSMode = ThreeDSMode.UPGRADE, **options: Any
) -> Outcome:
    antom.answers.append(answer)
    with client(antom, **options) as c:
        return c.pay(request(three_ds), idempotency_key=KEY)


# -- pay --------------------------------------------------------------------------------------------


def test_pay_success_with_only_the_ids_and_amount(antom: AntomPlayed) -> None:
    answer = {
        "result": result("SUCCESS", "S", "success"),
        "paymentRequestId": KEY,
        "paymentId": PAYMENT_ID,
        "paymentAmount": AMOUNT,
        "paymentCreateTime": CREATED,
        "paymentTime": CREATED,
    }
    outcome = pay(antom, answer)
    assert (outcome.state, outcome.payment_id, outcome.provider_status) == (State.AUTHORIZED, PAYMENT_ID, "SUCCESS")
    assert outcome.three_ds is None
    assert outcome.decline is None
    assert antom.sent[0]["paymentRequestId"] == KEY


def test_pay_success_with_the_card_and_3ds_result(antom: AntomPlayed) -> None:
    answer = {
        "result": result("SUCCESS", "S", "success"),
        "paymentRequestId": KEY,
        "paymentId": PAYMENT_ID,
        "paymentAmount": AMOUNT,
        "paymentResultInfo": {
            "cardNo": "************0768",
            "cardBrand": "VISA",
            "cardToken": "ALIPAYxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "issuingCountry": "US",
            "funding": "CREDIT",
            "paymentMethodRegion": "GLOBAL",
            "threeDSResult": {"threeDSVersion": "2.2.0", "eci": "05", "cavv": "AAAB", "challenged": "false"},
        },
    }
    outcome = pay(antom, answer, ThreeDSMode.ALWAYS)
    assert outcome.state is State.AUTHORIZED
    assert outcome.three_ds is not None
    assert (outcome.three_ds.version, outcome.three_ds.eci) == ("2.2.0", "05")
    assert (outcome.three_ds.challenged, outcome.three_ds.authenticated) == (False, True)


@pytest.mark.parametrize(
    ("mode", "reason", "upgraded"),
    [(ThreeDSMode.UPGRADE, ActionReason.SCA_RETRY, True), (ThreeDSMode.ALWAYS, ActionReason.CHALLENGE, False)],
)
def test_pay_in_process_with_normal_url_sends_the_buyer_there(
    antom: AntomPlayed, mode: ThreeDSMode, reason: ActionReason, upgraded: bool
) -> None:
    url = "https://open-sea-global.alipay.com/api/open/v1/ac/cashier/self/codevalue/checkout.htm?codeValue=x"
    answer = {
        "result": result("PAYMENT_IN_PROCESS", "U", "payment in process"),
        "paymentRequestId": KEY,
        "paymentId": PAYMENT_ID,
        "paymentAmount": AMOUNT,
        "paymentCreateTime": CREATED,
        "normalUrl": url,
    }
    outcome = pay(antom, answer, mode)
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.action == RedirectAction(url, reason)
    assert outcome.upgraded is upgraded
    sent = antom.sent[0]["paymentMethod"]["paymentMethodMetaData"]
    assert sent["is3DSAuthentication"] == ("true" if mode is ThreeDSMode.ALWAYS else "false")


def test_pay_failure_without_payment_details_is_a_decline(antom: AntomPlayed) -> None:
    answer = {
        "result": result("USER_BALANCE_NOT_ENOUGH", "F", "The user balance is not enough."),
        "paymentRequestId": KEY,
    }
    outcome = pay(antom, answer)
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.category) == (
        "USER_BALANCE_NOT_ENOUGH",
        DeclineCategory.SOFT_RETRYABLE,
    )
    assert outcome.decline.message == "The user balance is not enough."


def test_pay_answers_without_a_result_message_still_decide(antom: AntomPlayed) -> None:
    outcome = pay(antom, {"result": result("DO_NOT_HONOR", "F"), "paymentRequestId": KEY})
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert outcome.decline.message == "The issuer declined the payment."  # the table's, Antom sent none


def test_pay_unknown_exception_is_not_final(antom: AntomPlayed) -> None:
    outcome = pay(antom, {"result": result("UNKNOWN_EXCEPTION", "U", "unknown")}, retry=RetryPolicy(attempts=1))
    assert (outcome.state, outcome.provider_status) == (State.PROCESSING, "UNKNOWN_EXCEPTION")


def test_pay_success_without_payment_request_id_cannot_be_bound(antom: AntomPlayed) -> None:
    with pytest.raises(UnexpectedResponse, match="paymentRequestId"):
        pay(antom, {"result": result("SUCCESS", "S", "success"), "paymentId": PAYMENT_ID})


def test_pay_without_a_result_status_names_the_missing_field(antom: AntomPlayed) -> None:
    with pytest.raises(UnexpectedResponse, match="resultStatus"):
        pay(antom, {"result": {"resultCode": "SUCCESS"}, "paymentRequestId": KEY})


# -- inquiryPayment -----------------------------------------------------------------------------------


def _started(antom: AntomPlayed, c: Antom) -> Outcome:
    antom.answers.append(
        {
            "result": result("PAYMENT_IN_PROCESS", "U", "payment in process"),
            "paymentRequestId": KEY,
            "paymentId": PAYMENT_ID,
            "normalUrl": "https://open-sea-global.alipay.com/3ds",
        }
    )
    return c.pay(request(), idempotency_key=KEY)


@pytest.mark.parametrize(
    ("status", "code", "state"),
    [
        ("SUCCESS", "SUCCESS", State.AUTHORIZED),
        ("FAIL", "USER_PAYMENT_VERIFICATION_FAILED", State.DECLINED),
        ("FAIL", "ORDER_IS_CLOSED", State.EXPIRED),
        ("CANCELLED", "ORDER_IS_CANCELED", State.CANCELED),
        ("PENDING", "PAYMENT_IN_PROCESS", State.PROCESSING),
    ],
)
def test_inquiry_with_only_the_documented_status_fields(
    antom: AntomPlayed, status: str, code: str, state: State
) -> None:
    with client(antom) as c:
        started = _started(antom, c)
        antom.answers.append(
            {
                "result": result("SUCCESS", "S", "success"),
                "paymentStatus": status,
                "paymentResultCode": code,
                "paymentRequestId": KEY,
                "paymentId": PAYMENT_ID,
            }
        )
        outcome = c.resume(started.handle)  # Antom adds nothing to the return URL
    assert outcome.state is state
    assert outcome.upgraded is True
    assert antom.sent[1] == {"paymentId": PAYMENT_ID}
    if state is State.DECLINED:
        assert outcome.decline is not None
        assert outcome.decline.code == code


def test_inquiry_at_the_challenge_gives_the_stored_redirect_back(antom: AntomPlayed) -> None:
    with client(antom) as c:
        started = _started(antom, c)
        antom.answers.append({"result": result("SUCCESS", "S"), "paymentStatus": "PROCESSING", "paymentRequestId": KEY})
        polled = c.poll_once(started.handle)
    assert polled.outcome.state is State.ACTION_REQUIRED
    assert polled.outcome.action == started.action


def _lost(antom: AntomPlayed, c: Antom) -> Handle:
    """pay, whose answer is lost every time the client sends it: the handle the error carries."""
    antom.answers[:0] = [httpx.ReadError("connection lost") for _ in range(3)]
    with pytest.raises(TransportError) as caught:
        c.pay(request(), idempotency_key=KEY)
    assert caught.value.handle is not None
    return caught.value.handle


def test_recover_reads_the_redirect_action_form_of_the_inquiry(antom: AntomPlayed) -> None:
    form = {
        "method": "POST",
        "redirectUrl": "https://open-sea-global.alipay.com/acs",
        "parameters": '{"creq":"eyJ"}',
        "actionFormType": "RedirectActionForm",
    }
    antom.answers.append(
        {
            "result": result("SUCCESS", "S", "success"),
            "paymentStatus": "PROCESSING",
            "paymentResultCode": "PAYMENT_IN_PROCESS",
            "paymentRequestId": KEY,
            "paymentId": PAYMENT_ID,
            "redirectActionForm": form,
        }
    )
    with client(antom) as c:
        found = c.recover(_lost(antom, c))
    assert antom.sent[-1] == {"paymentRequestId": KEY}
    assert found.state is State.ACTION_REQUIRED
    assert found.action == FormPostAction(form["redirectUrl"], {"creq": "eyJ"}, ActionReason.SCA_RETRY)
    assert (found.payment_id, found.upgraded) == (PAYMENT_ID, True)


def test_recover_without_a_redirect_says_to_pay_again_with_the_key(antom: AntomPlayed) -> None:
    processing = {
        "result": result("SUCCESS", "S", "success"),
        "paymentStatus": "PROCESSING",
        "paymentResultCode": "PAYMENT_IN_PROCESS",
        "paymentRequestId": KEY,
        "paymentId": PAYMENT_ID,
    }
    antom.answers.append(processing)
    with client(antom) as c:
        handle = _lost(antom, c)
        with pytest.raises(RepeatRequired) as raised:
            c.recover(handle)
        assert raised.value.handle.idempotency_key == KEY
        assert str(raised.value) == (
            "antom: the payment exists and waits for the customer (inquiryPayment: PROCESSING), but the redirect "
            "was in a pay answer that was lost or said nothing, and Antom's inquiry does not give it back; pay "
            "again with the same key: client.pay(request, idempotency_key=handle.idempotency_key) returns this "
            "payment with its redirect, never a second one"
        )
        again = _started(antom, c)  # pay again with the same paymentRequestId: the original answer
    assert antom.sent[-1]["paymentRequestId"] == KEY
    assert again.state is State.ACTION_REQUIRED
    assert again.action == RedirectAction("https://open-sea-global.alipay.com/3ds", ActionReason.SCA_RETRY)


def test_inquiry_success_without_payment_status_names_the_missing_field(antom: AntomPlayed) -> None:
    with client(antom) as c:
        started = _started(antom, c)
        antom.answers.append({"result": result("SUCCESS", "S"), "paymentRequestId": KEY, "paymentId": PAYMENT_ID})
        with pytest.raises(UnexpectedResponse, match="paymentStatus"):
            c.poll_once(started.handle)


# -- notifyPayment -----------------------------------------------------------------------------------


def _notify(c: Antom, body: dict[str, Any]) -> Outcome:
    raw = json.dumps(body).encode()
    when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    headers = {
        "Client-Id": ANTOM["client_id"],
        "Request-Time": when,
        "Signature": sandbox_signature("POST", NOTIFY_PATH, ANTOM["client_id"], when, raw),
    }
    return c.parse_webhook(headers, raw, path=NOTIFY_PATH)


@pytest.mark.parametrize(
    ("kind", "code", "status", "state"),
    [
        ("PAYMENT_RESULT", "SUCCESS", "S", State.AUTHORIZED),
        ("PAYMENT_RESULT", "USER_PAYMENT_VERIFICATION_FAILED", "F", State.DECLINED),
        ("PAYMENT_PENDING", "PAYMENT_IN_PROCESS", "S", State.PROCESSING),
    ],
)
def test_notification_with_the_documented_required_fields(
    antom: AntomPlayed, kind: str, code: str, status: str, state: State
) -> None:
    body = {
        "notifyType": kind,
        "result": result(code, status, "success" if status == "S" else "failed"),
        "paymentRequestId": KEY,
        "paymentId": PAYMENT_ID,
        "paymentAmount": AMOUNT,
        "paymentCreateTime": CREATED,
    }
    with client(antom) as c:
        outcome = _notify(c, body)
    assert outcome.state is state
    assert (outcome.payment_id, outcome.handle.idempotency_key) == (PAYMENT_ID, KEY)


def test_notification_with_only_what_the_facade_needs(antom: AntomPlayed) -> None:
    with client(antom) as c:
        outcome = _notify(
            c, {"notifyType": "PAYMENT_RESULT", "result": result("SUCCESS", "S"), "paymentRequestId": KEY}
        )
    assert outcome.state is State.AUTHORIZED
    assert outcome.payment_id is None
    with client(antom) as c, pytest.raises(UnexpectedResponse):
        _notify(c, {"notifyType": "PAYMENT_RESULT", "result": result("SUCCESS", "S")})
