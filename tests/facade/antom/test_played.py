"""Antom's answers through the public client, signed as Antom signs them, for what the flows' own
tests leave out: the request ids an outcome carries, the errors (each names its operation and
carries Antom's code), a payment session's fields and its handle, a handle stored after the customer
came back, and the notify URL's path that notifications are signed over.

An ``httpx.MockTransport`` plays Antom ("pay", "inquiryPayment", "createPaymentSession" of
docs.antom.com/ac/ams): each answer is signed with the sandbox's published test key, whose public
half the client is given."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from scaretry._errors import ConfigurationError, ProviderError, UnexpectedResponse, ValidationError
from scaretry._handle import Handle, handle_key
from scaretry._outcome import ActionReason, RedirectAction, State
from scaretry._request import Browser, Card, CardToken, Initiator, Money, PaymentRequest, ThreeDSMode
from scaretry._retry import RetryPolicy
from scaretry.providers.antom import Antom, SessionScene
from scaretry.sandbox._credentials import ANTOM
from scaretry.sandbox.providers._antom_keys import MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM
from scaretry.sandbox.providers.antom import sandbox_signature
from tests.facade.antom._support import notification, notify_body

KEY = "scr_played_1"
PAYMENT_ID = "20261130000000000000000000000000042"
URL = "https://open-na-global.alipay.com/ams/3ds/challenge?p=2"
NO_WAIT = RetryPolicy(attempts=1)
HANDLES = handle_key(b"handles of these tests")  # stored handles, signed as the client signs them


class Played:
    """Antom as a mock: each request gets the next (status, body), signed over the request's path."""

    def __init__(self, *answers: tuple[int, Any]) -> None:
        self.answers = list(answers)
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.url.path, json.loads(request.content)))
        status, answer = self.answers.pop(0)
        body = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
        when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        path = request.url.raw_path.decode()
        headers = {
            "Content-Type": "application/json; charset=UTF-8",
            "Client-Id": ANTOM["client_id"],
            "Response-Time": when,
            "Signature": sandbox_signature("POST", path, ANTOM["client_id"], when, body),
        }
        return httpx.Response(status, content=body, headers=headers)


def client(played: Played, **options: Any) -> Antom:
    options.setdefault("retry", NO_WAIT)
    options.setdefault("handle_key", b"handles of these tests")
    return Antom(
        ANTOM["client_id"],
        MERCHANT_TEST_PRIVATE_KEY_PEM,
        SANDBOX_PUBLIC_KEY_PEM,
        transport=httpx.MockTransport(played),
        **options,
    )


def request(source: Card | CardToken | None = None, three_ds: ThreeDSMode = ThreeDSMode.UPGRADE) -> PaymentRequest:
    return PaymentRequest(
        amount=Money(1000, "EUR"),
        source=source,
        reference="ORDER-P-1",
        return_url="https://merchant.example/return",
        three_ds=three_ds,
    )


CARD = Card("4054695723100768", 12, 2030, cvv="123")


def result(code: str, status: str, message: str | None = None) -> dict[str, str]:
    return {"resultCode": code, "resultStatus": status} | ({} if message is None else {"resultMessage": message})


def answer(code: str, status: str, message: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"result": result(code, status, message), "paymentRequestId": KEY, "paymentId": PAYMENT_ID} | fields


def paid(*answers: tuple[int, Any], **options: Any) -> Any:
    with client(Played(*answers), **options) as antom:
        return antom.pay(request(CARD), idempotency_key=KEY)


# -- what an outcome carries ----------------------------------------------------------------------


def test_an_outcome_carries_the_payment_request_id_antom_echoed_as_its_request_id() -> None:
    outcome = paid((200, answer("SUCCESS", "S")))
    assert outcome.state is State.AUTHORIZED
    assert outcome.request_ids == (KEY,)


def test_a_handle_stored_after_the_customer_came_back_polls_on_in_another_process() -> None:
    played = Played(
        (200, answer("PAYMENT_IN_PROCESS", "U", normalUrl=URL)),
        (200, answer("SUCCESS", "S", paymentStatus="PROCESSING")),
        (200, answer("SUCCESS", "S", paymentStatus="SUCCESS", paymentResultCode="SUCCESS")),
    )
    with client(played) as antom:
        started = antom.pay(request(CARD), idempotency_key=KEY)
        assert started.action == RedirectAction(URL, ActionReason.SCA_RETRY)
        returned = antom.resume(started.handle, {})
        assert (returned.state, returned.action) == (State.PROCESSING, None)  # the bank answers now
        stored = json.loads(json.dumps(returned.handle.to_dict()))
        final = antom.poll_once(Handle.from_dict(stored)).outcome
    assert (final.state, final.upgraded) == (State.AUTHORIZED, True)


# -- errors name their operation and carry Antom's code ---------------------------------------------


def test_an_answer_about_another_payment_request_is_refused_naming_both() -> None:
    with pytest.raises(UnexpectedResponse) as caught:
        paid((200, answer("SUCCESS", "S", paymentRequestId="scr_someone_else")))
    assert str(caught.value).startswith(
        "antom: pay: the answer is about paymentRequestId 'scr_someone_else', not this payment's 'scr_played_1'"
    )


def test_an_inquiry_that_antom_refuses_is_an_error_naming_the_inquiry() -> None:
    refused = {"result": result("ACCESS_DENIED_FOR_NOW", "F", "Try later")}
    stored = Handle("antom", PAYMENT_ID, "ORDER-P-1", KEY, "processing").signed(HANDLES)
    with client(Played((200, refused))) as antom, pytest.raises(ProviderError) as caught:
        antom.poll_once(stored)
    assert str(caught.value).startswith("antom: inquiryPayment: F ACCESS_DENIED_FOR_NOW Try later")
    assert caught.value.code == "ACCESS_DENIED_FOR_NOW"


@pytest.mark.parametrize(
    ("content", "message", "code"),
    [
        (
            b'{"result":{"resultCode":"REQUEST_TRAFFIC_EXCEED_LIMIT","resultStatus":"U"}}',
            "antom: pay: HTTP 429",
            "REQUEST_TRAFFIC_EXCEED_LIMIT",
        ),
        (
            b'{"result":{"resultCode":"REQUEST_TRAFFIC_EXCEED_LIMIT","resultStatus":"U","resultMessage":"Slow down"}}',
            "antom: pay: HTTP 429 Slow down",
            "REQUEST_TRAFFIC_EXCEED_LIMIT",
        ),
    ],
)
def test_a_gateway_answer_is_an_error_with_antoms_code_and_message(content: bytes, message: str, code: str) -> None:
    with pytest.raises(ProviderError) as caught:
        paid((429, content))
    assert str(caught.value) == f"{message} (HTTP 429, code {code})"
    assert (caught.value.status_code, caught.value.code) == (429, code)


# -- payment sessions -----------------------------------------------------------------------------

SESSION = {
    "result": result("SUCCESS", "S", "success."),
    "paymentSessionId": "pss_played_1",
    "paymentSessionData": "data-for-the-front-end",
    "paymentSessionExpiryTime": "2026-12-01T10:00:00+08:00",
}


def test_a_session_gives_its_id_data_expiry_and_page_and_keeps_antoms_answer() -> None:
    played = Played((200, SESSION | {"normalUrl": "https://checkout.antom.test/p/1"}))
    with client(played) as antom:
        session = antom.create_payment_session(
            request(), scene=SessionScene.CHECKOUT_PAGE, idempotency_key="scr_session_1"
        )
    assert (session.session_id, session.session_data, session.expires_at, session.normal_url) == (
        "pss_played_1",
        "data-for-the-front-end",
        "2026-12-01T10:00:00+08:00",
        "https://checkout.antom.test/p/1",
    )
    assert session.raw.payment_session_id == "pss_played_1"
    assert session.handle.idempotency_key == "scr_session_1"
    assert played.sent[0][1]["productScene"] == "CHECKOUT_PAYMENT"


def test_a_session_antom_cannot_create_is_an_error_that_can_find_the_session_again() -> None:
    gateway = Played((500, {"result": result("UNKNOWN_EXCEPTION", "U", "boom")}))
    with client(gateway) as antom, pytest.raises(ProviderError) as caught:
        antom.create_payment_session(request(), idempotency_key="scr_session_2")
    assert str(caught.value).startswith("antom: createPaymentSession: HTTP 500 boom")
    assert caught.value.handle is not None
    assert caught.value.handle.idempotency_key == "scr_session_2"


def test_a_session_that_answers_f_is_an_error_naming_the_operation() -> None:
    refused = {"result": result("PARAM_ILLEGAL", "F", "bad amount")}
    with client(Played((200, refused))) as antom, pytest.raises(ProviderError) as caught:
        antom.create_payment_session(request())
    assert str(caught.value).startswith("antom: createPaymentSession: F PARAM_ILLEGAL bad amount")


def test_a_session_answer_without_its_id_is_unexpected_saying_what_is_missing() -> None:
    incomplete = {k: v for k, v in SESSION.items() if k != "paymentSessionId"}
    with client(Played((200, incomplete))) as antom, pytest.raises(UnexpectedResponse) as caught:
        antom.create_payment_session(request(), idempotency_key="scr_session_3")
    assert caught.value.provider == "antom"
    assert str(caught.value) == (
        "antom: createPaymentSession: S without paymentSessionId/paymentSessionData (HTTP 200)"
    )


def test_an_s_inquiry_without_the_payments_status_is_unexpected_saying_so() -> None:
    answer = {"result": result("SUCCESS", "S"), "paymentRequestId": KEY, "paymentId": PAYMENT_ID}
    stored = Handle("antom", PAYMENT_ID, "ORDER-P-1", KEY, "processing", data={"mode": "upgrade"})
    with client(Played((200, answer))) as antom, pytest.raises(UnexpectedResponse) as caught:
        antom.poll_once(stored.signed(HANDLES))
    assert caught.value.provider == "antom"
    assert str(caught.value) == (
        "antom: inquiryPayment: an S answer without paymentStatus (the payment's state) (HTTP 200)"
    )


def test_a_session_refuses_card_data_saying_what_to_pass_instead() -> None:
    with client(Played()) as antom, pytest.raises(ValidationError) as caught:
        antom.create_payment_session(request(CARD))
    assert str(caught.value) == (
        "source: a payment session collects the card in Antom's front end: pass no source (a new buyer) "
        "or a CardToken (a saved card offered to the buyer), not card data"
    )


# -- notifications --------------------------------------------------------------------------------


def test_without_a_notify_url_parse_webhook_says_what_to_give() -> None:
    with client(Played()) as antom, pytest.raises(ConfigurationError) as caught:
        antom.parse_webhook(*notification(notify_body()))
    assert str(caught.value) == (
        "antom: a notification is signed over the path of your notify URL; give the client "
        "notify_url=..., or pass path= to parse_webhook"
    )


@pytest.mark.parametrize(
    ("notify_url", "path"),
    [("https://shop.example", "/"), ("https://shop.example/hooks/antom?shop=7", "/hooks/antom?shop=7")],
)
def test_a_notification_is_verified_over_the_path_antom_called(notify_url: str, path: str) -> None:
    with client(Played(), notify_url=notify_url) as antom:
        outcome = antom.parse_webhook(*notification(notify_body(), path=path))
    assert outcome.state is State.AUTHORIZED


def test_a_notification_keeps_antoms_notice_whatever_it_says() -> None:
    with client(Played(), notify_url="https://shop.example/n") as antom:
        pending = antom.parse_webhook(*notification(notify_body("PAYMENT_PENDING"), path="/n"))
        unknown = antom.parse_webhook(*notification(notify_body(code="PAYMENT_IN_PROCESS", status="U"), path="/n"))
    assert (pending.state, pending.provider_status, pending.raw.notify_type.value) == (
        State.PROCESSING,
        "PAYMENT_PENDING",
        "PAYMENT_PENDING",
    )
    assert (unknown.state, unknown.provider_status) == (State.PROCESSING, "PAYMENT_IN_PROCESS")
    assert unknown.handle.idempotency_key == "scr_notified"
    assert unknown.raw.payment_request_id == "scr_notified"


# -- what pay sends -------------------------------------------------------------------------------


def test_the_browser_is_sent_whole_in_env() -> None:
    browser = Browser(
        ip_address="203.0.113.7",
        user_agent="UA/2",
        accept_header="text/html",
        language="de-DE",
        color_depth=30,
        screen_height=1440,
        screen_width=2560,
        time_zone_offset_minutes=120,
        java_enabled=True,
        javascript_enabled=False,
    )
    played = Played((200, answer("SUCCESS", "S")))
    with client(played) as antom:
        antom.pay(request(CARD).evolve(browser=browser), idempotency_key=KEY)
    assert played.sent[0][1]["env"] == {
        "terminalType": "WEB",
        "clientIp": "203.0.113.7",
        "userAgent": "UA/2",
        "browserInfo": {
            "acceptHeader": "text/html",
            "javaEnabled": "true",
            "javaScriptEnabled": "false",
            "language": "de-DE",
            "userAgent": "UA/2",
        },
        "colorDepth": "30",
        "screenHeight": "1440",
        "screenWidth": "2560",
        "timeZoneOffset": "120",
    }


def test_a_merchant_initiated_payment_without_the_first_ones_network_id_is_refused_saying_where_it_is() -> None:
    with client(Played()) as antom, pytest.raises(ValidationError) as caught:
        antom.pay(request(CARD).evolve(initiator=Initiator.MERCHANT))
    assert str(caught.value) == (
        "previous_payment_id: a merchant-initiated Antom payment needs the scheme's networkTransactionId of the "
        "customer-initiated payment (paymentResultInfo.networkTransactionId)"
    )


def test_a_public_key_that_is_not_rsa_is_refused_saying_so() -> None:
    not_rsa = ec.generate_private_key(ec.SECP256R1()).public_key()
    pem = not_rsa.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(ConfigurationError) as caught:
        Antom(ANTOM["client_id"], MERCHANT_TEST_PRIVATE_KEY_PEM, pem.decode())
    assert str(caught.value) == "antom: antom_public_key must be an RSA key"
