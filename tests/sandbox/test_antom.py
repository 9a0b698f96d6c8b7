"""The Antom emulator over real HTTP on loopback, driven with plain httpx and our own RSA signing
(not the facade): every test-card scenario, signatures both ways, idempotency, bad input, faults
and signed notifications."""

from __future__ import annotations

import base64
import datetime as dt
import json
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import parse_qsl, quote_plus, unquote_plus, urljoin, urlsplit

import httpx
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import ANTOM
from scaretry.sandbox.providers._antom_keys import (
    MERCHANT_TEST_PRIVATE_KEY_PEM,
    SANDBOX_PUBLIC_KEY_PEM,
)
from scaretry.sandbox.providers.antom import TEST_CARDS, CardScenario, sandbox_signature
from scaretry.testing import Received, WebhookReceiver

PREFIX = "/ams/sandbox/api/v1/payments/"  # Antom's sandbox server path, as its real host serves it
RETURN = "https://merchant.example/antom/return"
CARD = {scenario: number for number, card in TEST_CARDS.items() for scenario in [card.scenario]}
MERCHANT_KEY = serialization.load_pem_private_key(MERCHANT_TEST_PRIVATE_KEY_PEM.encode(), password=None)
SANDBOX_KEY = serialization.load_pem_public_key(SANDBOX_PUBLIC_KEY_PEM.encode())
assert isinstance(MERCHANT_KEY, rsa.RSAPrivateKey)
assert isinstance(SANDBOX_KEY, rsa.RSAPublicKey)


def _signature(key: rsa.RSAPrivateKey, path: str, client_id: str, when: str, body: bytes, version: str = "1") -> str:
    signed = key.sign(f"POST {path}\n{client_id}.{when}.".encode() + body, padding.PKCS1v15(), hashes.SHA256())
    return f"algorithm=RSA256,keyVersion={version},signature={quote_plus(base64.b64encode(signed).decode())}"


def verifies(path: str, client_id: str, when: str, body: bytes, header: str) -> bool:
    value = header.split("signature=", 1)[1]
    try:
        SANDBOX_KEY.verify(  # type: ignore[union-attr]
            base64.b64decode(unquote_plus(value)),
            f"POST {path}\n{client_id}.{when}.".encode() + body,
            padding.PKCS1v15(),
            hashes.SHA256(),
        )
    except InvalidSignature:
        return False
    return True


class Antom:
    """Raw Antom calls: signs like a merchant, checks the sandbox's response signature."""

    def __init__(self, server: SandboxServer) -> None:
        self.server = server
        self.http = httpx.Client(base_url=server.url, timeout=10.0)

    def post(
        self,
        operation: str,
        body: Any,
        *,
        raw: bytes | None = None,
        key: rsa.RSAPrivateKey = MERCHANT_KEY,
        client_id: str = ANTOM["client_id"],
        headers: dict[str, str] | None = None,
        signed_path: str | None = None,
        version: str = "1",
        prefix: str = PREFIX,
    ) -> httpx.Response:
        content = raw if raw is not None else json.dumps(body).encode()
        path = prefix + operation
        when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        sent = {
            "Content-Type": "application/json; charset=UTF-8",
            "Client-Id": client_id,
            "Request-Time": when,
            "Signature": _signature(key, signed_path or path, client_id, when, content, version),
        }
        return self.http.post(path, content=content, headers=sent | (headers or {}))

    def ok(self, operation: str, body: Any) -> dict[str, Any]:
        """A business answer: HTTP 200, signed by the sandbox over exactly these bytes."""
        response = self.post(operation, body)
        assert response.status_code == 200, response.text
        assert response.headers["client-id"] == ANTOM["client_id"]
        assert verifies(
            PREFIX + operation,
            ANTOM["client_id"],
            response.headers["response-time"],
            response.content,
            response.headers["signature"],
        )
        answer: dict[str, Any] = response.json()
        return answer

    def inquire(self, **ids: str) -> dict[str, Any]:
        return self.ok("inquiryPayment", ids)

    def state(self) -> dict[str, int]:
        counts: dict[str, int] = self.http.get("/_sandbox/state").json()["antom"]
        return counts

    def advance(self, seconds: float) -> None:
        self.http.post("/_sandbox/clock/advance", json={"seconds": seconds}).raise_for_status()

    def settle(self) -> None:
        self.advance(1.0)  # past settle_seconds (0.2 in tests) without sleeping


@pytest.fixture
def antom(scaretry_sandbox: SandboxServer) -> Iterator[Antom]:
    client = Antom(scaretry_sandbox)
    yield client
    client.http.close()


def pay_body(
    card: str,
    *,
    three_ds: Any = None,
    upgrade: Any = None,
    request_id: str | None = None,
    value: str = "4999",
    **extra: Any,
) -> dict[str, Any]:
    meta: dict[str, Any] = {"cardNo": card, "cvv": "123", "expiryMonth": "12", "expiryYear": "30"}
    if three_ds is not None:
        meta["is3DSAuthentication"] = three_ds
    if upgrade is not None:
        meta["enableAuthenticationUpgrade"] = upgrade
    amount = {"currency": "USD", "value": value}
    return {
        "productCode": "CASHIER_PAYMENT",
        "paymentRequestId": request_id or f"t_{uuid.uuid4().hex}",
        "order": {"referenceOrderId": "ORDER-1", "orderDescription": "Test order", "orderAmount": amount},
        "paymentAmount": amount,
        "paymentMethod": {"paymentMethodType": "CARD", "paymentMethodMetaData": meta | extra.pop("meta", {})},
        "paymentRedirectUrl": RETURN,
        "env": {"terminalType": "WEB", "clientIp": "203.0.113.24"},
    } | extra


def result(answer: dict[str, Any]) -> tuple[str, str]:
    return answer["result"]["resultStatus"], answer["result"]["resultCode"]


def act(http: httpx.Client, url: str, choice: str) -> httpx.Response:
    """Open a challenge page and press ``choice``; returns the page's answer (not followed)."""
    page = http.get(url)
    assert page.status_code == 200
    assert 'name="choice"' in page.text
    return press(http, url, page.text, choice)


def press(http: httpx.Client, page_url: str, page: str, choice: str) -> httpx.Response:
    action = page.split('action="', 1)[1].split('"', 1)[0]
    fields = {
        part.split('name="', 1)[1].split('"', 1)[0]: part.split('value="', 1)[1].split('"', 1)[0]
        for part in page.split("<input")[1:]
    }
    return http.post(urljoin(page_url, action), data=fields | {"choice": choice})


# -- scenarios ------------------------------------------------------------------------------------


def test_public_key_page_publishes_the_sandbox_key(antom: Antom) -> None:
    page = antom.http.get("/antom/_pages/public-key")
    assert page.status_code == 200
    assert page.text == SANDBOX_PUBLIC_KEY_PEM


def test_frictionless_3ds_is_authorised_with_eci_05(antom: Antom) -> None:
    before = antom.state()["payments"]
    body = pay_body(CARD[CardScenario.FRICTIONLESS], three_ds="true")
    answer = antom.ok("pay", body)
    assert result(answer) == ("S", "SUCCESS")
    info = answer["paymentResultInfo"]
    assert info["threeDSResult"]["eci"] == "05"
    assert info["threeDSResult"]["challenged"] is False
    assert info["cardNo"].endswith("0768")
    assert "4054695723100768" not in json.dumps(answer)
    assert len(answer["paymentId"]) == 35
    assert answer["paymentId"].isdigit()
    assert info["cardToken"].startswith("ALIPAY")
    assert antom.state()["payments"] == before + 1
    inquiry = antom.inquire(paymentId=answer["paymentId"])
    assert inquiry["paymentStatus"] == "SUCCESS"
    assert inquiry["paymentRequestId"] == body["paymentRequestId"]


@pytest.mark.parametrize("three_ds", [False, "false", None])
def test_frictionless_card_without_3ds_is_authorised_without_authentication(antom: Antom, three_ds: Any) -> None:
    answer = antom.ok("pay", pay_body(CARD[CardScenario.FRICTIONLESS], three_ds=three_ds))
    assert result(answer) == ("S", "SUCCESS")
    assert answer["paymentResultInfo"]["threeDSResult"] == {"threeDSOffered": False}


def test_any_other_luhn_valid_card_is_approved(antom: Antom) -> None:
    assert result(antom.ok("pay", pay_body("5555555555554444"))) == ("S", "SUCCESS")


@pytest.mark.parametrize(
    ("card", "code"),
    [("4000000000000011", "INVALID_CARD_NUMBER"), (CARD[CardScenario.FRICTIONLESS], "CARD_EXPIRED")],
)
def test_bad_cards_are_refused_and_nothing_is_created(antom: Antom, card: str, code: str) -> None:
    before = antom.state()["payments"]
    body = pay_body(card)
    if code == "CARD_EXPIRED":
        body["paymentMethod"]["paymentMethodMetaData"]["expiryYear"] = "20"
    assert result(antom.ok("pay", body)) == ("F", code)
    assert antom.state()["payments"] == before


def test_challenge_approved_is_pending_then_succeeds(antom: Antom) -> None:
    body = pay_body(CARD[CardScenario.CHALLENGE], three_ds=True)
    answer = antom.ok("pay", body)
    assert result(answer) == ("U", "PAYMENT_IN_PROCESS")
    payment_id = answer["paymentId"]
    assert antom.inquire(paymentId=payment_id)["paymentStatus"] == "PROCESSING"
    back = act(antom.http, answer["normalUrl"], "approve")
    assert back.status_code == 303
    assert back.headers["location"] == RETURN  # Antom returns the buyer to paymentRedirectUrl as given
    assert antom.inquire(paymentId=payment_id)["paymentStatus"] == "PENDING"
    antom.settle()
    final = antom.inquire(paymentRequestId=body["paymentRequestId"])
    assert final["paymentStatus"] == "SUCCESS"
    assert final["paymentResultInfo"]["threeDSResult"]["challenged"] is True
    assert final["paymentResultInfo"]["threeDSResult"]["eci"] == "05"
    again = antom.http.get(answer["normalUrl"])  # the page is spent
    assert 'name="choice"' not in again.text


def test_challenge_rejected_fails_verification(antom: Antom) -> None:
    answer = antom.ok("pay", pay_body(CARD[CardScenario.CHALLENGE], three_ds="true"))
    assert act(antom.http, answer["normalUrl"], "reject").status_code == 303
    antom.settle()
    final = antom.inquire(paymentId=answer["paymentId"])
    assert final["paymentStatus"] == "FAIL"
    assert final["paymentResultCode"] == "USER_PAYMENT_VERIFICATION_FAILED"
    assert final["paymentResultInfo"]["threeDSResult"]["threeDStransactionStatusReason"] == "01"


def test_challenge_abandoned_is_closed_after_settling(antom: Antom) -> None:
    answer = antom.ok("pay", pay_body(CARD[CardScenario.CHALLENGE], three_ds="true"))
    left = act(antom.http, answer["normalUrl"], "abandon")
    assert left.status_code == 200
    assert "<form" not in left.text  # the buyer never comes back
    assert antom.inquire(paymentId=answer["paymentId"])["paymentStatus"] == "PENDING"
    antom.settle()
    final = antom.inquire(paymentId=answer["paymentId"])
    assert (final["paymentStatus"], final["paymentResultCode"]) == ("FAIL", "ORDER_IS_CLOSED")
    assert final["paymentResultInfo"]["threeDSResult"]["challengeCancel"] == "04"


def test_unvisited_challenge_expires_with_the_payment(antom: Antom) -> None:
    answer = antom.ok("pay", pay_body(CARD[CardScenario.CHALLENGE], three_ds="true"))
    antom.advance(15 * 60)  # Antom's default paymentExpiryTime is about 14 minutes
    final = antom.inquire(paymentId=answer["paymentId"])
    assert (final["paymentStatus"], final["paymentResultCode"]) == ("FAIL", "ORDER_IS_CLOSED")
    assert final["paymentResultInfo"]["threeDSResult"]["challengeCancel"] == "05"
    assert 'name="choice"' not in antom.http.get(answer["normalUrl"]).text


def test_challenge_through_redirect_action_form_post(antom: Antom) -> None:
    answer = antom.ok("pay", pay_body(CARD[CardScenario.CHALLENGE_FORM], three_ds=True))
    assert result(answer) == ("U", "PAYMENT_IN_PROCESS")
    form = answer["redirectActionForm"]
    assert form["method"] == "POST"
    assert "normalUrl" not in answer
    fields = json.loads(form["parameters"])
    assert set(fields) == {"creq", "threeDSSessionData"}
    page = antom.http.post(form["redirectUrl"], data=fields)
    assert 'name="choice"' in page.text
    assert press(antom.http, form["redirectUrl"], page.text, "approve").status_code == 303
    antom.settle()
    assert antom.inquire(paymentId=answer["paymentId"])["paymentStatus"] == "SUCCESS"
    assert antom.http.post(form["redirectUrl"], data={"creq": "x"}).status_code == 400


@pytest.mark.parametrize(
    ("three_ds", "upgrade", "mit", "expected"),
    [
        (False, True, False, ("U", "PAYMENT_IN_PROCESS")),  # Antom 3DS-Retry upgrades
        ("false", None, False, ("U", "PAYMENT_IN_PROCESS")),  # absent counts as true
        (False, False, False, ("F", "AUTHENTICATION_REQUIRED")),  # 3DS-Retry off
        ("false", "true", True, ("F", "AUTHENTICATION_REQUIRED")),  # merchant-initiated: never upgraded
        ("true", False, False, ("U", "PAYMENT_IN_PROCESS")),  # 3DS from the start
    ],
)
def test_soft_decline_for_missing_sca_follows_antoms_table(
    antom: Antom, three_ds: Any, upgrade: Any, mit: bool, expected: tuple[str, str]
) -> None:
    meta = {"networkTransactionId": "586237194512034"} if mit else {}
    answer = antom.ok("pay", pay_body(CARD[CardScenario.SCA_REQUIRED], three_ds=three_ds, upgrade=upgrade, meta=meta))
    assert result(answer) == expected
    if expected[0] == "U":
        assert "normalUrl" in answer
    else:
        assert answer["paymentResultInfo"]["refusalCodeRaw"] == "1A"
        assert antom.inquire(paymentId=answer["paymentId"])["paymentResultCode"] == "AUTHENTICATION_REQUIRED"


@pytest.mark.parametrize(
    ("scenario", "code", "refusal"),
    [
        (CardScenario.DO_NOT_HONOR, "DO_NOT_HONOR", "05"),
        (CardScenario.INSUFFICIENT_FUNDS, "USER_BALANCE_NOT_ENOUGH", "51"),
        (CardScenario.RISK_REJECT, "RISK_REJECT", None),
    ],
)
def test_declines(antom: Antom, scenario: CardScenario, code: str, refusal: str | None) -> None:
    answer = antom.ok("pay", pay_body(CARD[scenario], three_ds="true"))
    assert result(answer) == ("F", code)
    assert (answer.get("paymentResultInfo") or {}).get("refusalCodeRaw") == refusal
    inquiry = antom.inquire(paymentId=answer["paymentId"])
    assert (inquiry["paymentStatus"], inquiry["paymentResultCode"]) == ("FAIL", code)


def test_issuer_timeout_is_unknown_then_fails(antom: Antom) -> None:
    answer = antom.ok("pay", pay_body(CARD[CardScenario.ISSUER_TIMEOUT]))
    assert result(answer) == ("U", "UNKNOWN_EXCEPTION")
    assert "normalUrl" not in answer
    assert antom.inquire(paymentId=answer["paymentId"])["paymentStatus"] == "PENDING"
    antom.settle()
    final = antom.inquire(paymentId=answer["paymentId"])
    assert (final["paymentStatus"], final["paymentResultCode"]) == ("FAIL", "PROCESS_FAIL")
    assert final["paymentResultInfo"]["refusalCodeRaw"] == "91"


def test_stored_card_token_behaves_like_its_card(antom: Antom) -> None:
    first = antom.ok("pay", pay_body(CARD[CardScenario.SCA_REQUIRED], three_ds="true"))
    act(antom.http, first["normalUrl"], "approve")
    antom.settle()
    token = antom.inquire(paymentId=first["paymentId"])["paymentResultInfo"]["cardToken"]
    body = pay_body("", upgrade=False)
    body["paymentMethod"] = {
        "paymentMethodType": "CARD",
        "paymentMethodId": token,
        "paymentMethodMetaData": {"is3DSAuthentication": False, "enableAuthenticationUpgrade": False},
    }
    assert result(antom.ok("pay", body)) == ("F", "AUTHENTICATION_REQUIRED")
    body["paymentMethod"]["paymentMethodId"] = "ALIPAYunknown"
    body["paymentRequestId"] = f"t_{uuid.uuid4().hex}"
    assert result(antom.ok("pay", body)) == ("F", "INVALID_CARD")


def test_inquiry_of_an_unknown_payment(antom: Antom) -> None:
    assert result(antom.inquire(paymentRequestId="never-sent")) == ("F", "ORDER_NOT_EXIST")


# -- sessions -------------------------------------------------------------------------------------


def session_body(scene: str, request_id: str | None = None) -> dict[str, Any]:
    amount = {"currency": "USD", "value": "8900"}
    return {
        "productCode": "CASHIER_PAYMENT",
        "productScene": scene,
        "paymentRequestId": request_id or f"t_{uuid.uuid4().hex}",
        "order": {"referenceOrderId": "ORDER-2", "orderDescription": "Shoes", "orderAmount": amount},
        "paymentAmount": amount,
        "availablePaymentMethod": {
            "paymentMethodTypeList": [{"paymentMethodType": "CARD", "paymentMethodOrder": "1"}],
            "paymentMethodMetaData": {"is3DSAuthentication": "false", "enableAuthenticationUpgrade": "true"},
        },
        "paymentRedirectUrl": RETURN,
    }


def test_element_session_and_idempotency(antom: Antom) -> None:
    before = antom.state()["sessions"]
    body = session_body("ELEMENT_PAYMENT")
    answer = antom.ok("createPaymentSession", body)
    assert result(answer) == ("S", "SUCCESS")
    assert answer["paymentSessionData"]
    assert answer["paymentSessionId"]
    assert "normalUrl" not in answer
    assert antom.ok("createPaymentSession", body) == answer  # the same request: the same session
    changed = body | {"paymentAmount": {"currency": "USD", "value": "1"}}
    assert result(antom.ok("createPaymentSession", changed)) == ("F", "REPEAT_REQ_INCONSISTENT")
    assert antom.state()["sessions"] == before + 1


def test_checkout_page_session_pays_under_the_sessions_request_id(antom: Antom) -> None:
    body = session_body("CHECKOUT_PAYMENT")
    answer = antom.ok("createPaymentSession", body)
    request_id = body["paymentRequestId"]
    assert result(antom.inquire(paymentRequestId=request_id)) == ("F", "ORDER_NOT_EXIST")
    back = act(antom.http, answer["normalUrl"], "approve")
    assert back.headers["location"] == RETURN
    antom.settle()
    assert antom.inquire(paymentRequestId=request_id)["paymentStatus"] == "SUCCESS"
    reused = antom.ok("pay", pay_body(CARD[CardScenario.FRICTIONLESS], request_id=request_id))
    assert result(reused) == ("F", "REPEAT_REQ_INCONSISTENT")


# -- idempotency ----------------------------------------------------------------------------------


def test_same_payment_request_id_returns_the_same_payment(antom: Antom) -> None:
    body = pay_body(CARD[CardScenario.FRICTIONLESS])
    first = antom.ok("pay", body)
    before = antom.state()["payments"]
    again = antom.ok("pay", body)
    assert again["paymentId"] == first["paymentId"]
    assert result(again) == ("S", "SUCCESS")
    changed = body | {"paymentAmount": {"currency": "USD", "value": "5000"}}
    assert result(antom.ok("pay", changed)) == ("F", "REPEAT_REQ_INCONSISTENT")
    assert antom.state()["payments"] == before


def test_resent_challenge_payment_shows_where_it_is_now(antom: Antom) -> None:
    body = pay_body(CARD[CardScenario.CHALLENGE], three_ds=True)
    first = antom.ok("pay", body)
    assert antom.ok("pay", body)["normalUrl"] == first["normalUrl"]
    act(antom.http, first["normalUrl"], "approve")
    antom.settle()
    final = antom.ok("pay", body)
    assert result(final) == ("S", "SUCCESS")
    assert final["paymentId"] == first["paymentId"]


def test_concurrent_duplicate_is_answered_unknown_and_creates_one_payment(antom: Antom) -> None:
    body = pay_body(CARD[CardScenario.FRICTIONLESS])
    before = antom.state()["payments"]
    answers: list[httpx.Response] = []

    def send() -> None:
        answers.append(antom.post("pay", body, headers={"X-Sandbox-Fault": "latency=0.4"}))

    first = threading.Thread(target=send)
    first.start()
    time.sleep(0.15)
    duplicate = antom.post("pay", body)
    first.join()
    assert result(duplicate.json()) == ("U", "UNKNOWN_EXCEPTION")
    assert "signature" in duplicate.headers  # U answers are always signed
    assert result(answers[0].json()) == ("S", "SUCCESS")
    assert antom.state()["payments"] == before + 1


# -- bad input ------------------------------------------------------------------------------------


def _param_illegal(response: httpx.Response, field: str = "") -> None:
    assert response.status_code == 200
    assert result(response.json()) == ("F", "PARAM_ILLEGAL")
    assert field in response.json()["result"]["resultMessage"]
    assert "signature" not in response.headers  # the gateway refuses before anything signs


def test_bad_input_is_param_illegal_and_creates_nothing(antom: Antom) -> None:
    before = antom.state()
    _param_illegal(antom.post("pay", None, raw=b'{"paymentRequestId": '))
    _param_illegal(antom.post("pay", [1, 2]))
    wrong_type = pay_body(CARD[CardScenario.FRICTIONLESS])
    wrong_type["paymentAmount"]["value"] = 4999
    _param_illegal(antom.post("pay", wrong_type), "paymentAmount.value")
    missing = pay_body(CARD[CardScenario.FRICTIONLESS])
    del missing["order"]
    _param_illegal(antom.post("pay", missing))
    zero = antom.ok("pay", pay_body(CARD[CardScenario.FRICTIONLESS], value="0"))  # the business layer signs
    assert result(zero) == ("F", "PARAM_ILLEGAL")
    assert "paymentAmount.value" in zero["result"]["resultMessage"]
    no_redirect = pay_body(CARD[CardScenario.CHALLENGE], three_ds=True)
    del no_redirect["paymentRedirectUrl"]
    assert result(antom.ok("pay", no_redirect)) == ("F", "PARAM_ILLEGAL")
    _param_illegal(antom.post("inquiryPayment", {}))
    assert antom.state() == before


def test_unknown_paths_and_methods(antom: Antom) -> None:
    unknown = antom.post("refund", {"paymentId": "1"})
    assert unknown.status_code == 404
    assert result(unknown.json()) == ("F", "NO_INTERFACE_DEF")
    wrong_method = antom.http.get(PREFIX + "pay")
    assert wrong_method.status_code == 405
    assert result(wrong_method.json()) == ("F", "NO_INTERFACE_DEF")
    elsewhere = antom.http.post("/ams/sandbox/api/v2/payments/pay", json={})
    assert elsewhere.status_code == 404
    assert result(elsewhere.json()) == ("F", "NO_INTERFACE_DEF")


@pytest.mark.parametrize(
    "prefix",
    ["/ams/api/v1/payments/", "/antom/ams/sandbox/api/v1/payments/", "/antom/ams/api/v1/payments/"],
    ids=["production path", "alias", "alias of the production path"],
)
def test_other_server_paths_verify_the_path_as_sent(antom: Antom, prefix: str) -> None:
    unknown = {"paymentRequestId": f"nothing-{uuid.uuid4().hex}"}
    assert result(antom.post("inquiryPayment", unknown, prefix=prefix).json()) == ("F", "ORDER_NOT_EXIST")
    # Signed over the real sandbox path but sent elsewhere: the signature covers what was sent.
    moved = antom.post("inquiryPayment", unknown, prefix=prefix, signed_path=PREFIX + "inquiryPayment")
    assert result(moved.json()) == ("F", "INVALID_SIGNATURE")


def test_oversized_body_is_refused(antom: Antom) -> None:
    before = antom.state()
    body = pay_body(CARD[CardScenario.FRICTIONLESS], extendInfo="x" * 70_000)
    response = antom.post("pay", body)
    assert response.status_code == 413
    assert result(response.json()) == ("F", "PARAM_ILLEGAL")
    assert antom.state() == before


# -- authentication -------------------------------------------------------------------------------


def test_bad_signatures_are_refused_and_create_nothing(antom: Antom) -> None:
    before = antom.state()
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    body = pay_body(CARD[CardScenario.FRICTIONLESS])

    def refused(response: httpx.Response, code: str) -> None:
        assert response.status_code == 200
        assert result(response.json()) == ("F", code)

    refused(antom.post("pay", body, key=other), "INVALID_SIGNATURE")
    refused(antom.post("pay", body, signed_path="/antom/ams/sandbox/api/v1/payments/pay"), "INVALID_SIGNATURE")
    refused(
        antom.post("pay", body, headers={"Signature": "algorithm=RSA256,keyVersion=1,signature=AAAA"}),
        "INVALID_SIGNATURE",
    )
    refused(antom.post("pay", body, headers={"Signature": "nonsense"}), "INVALID_SIGNATURE")
    refused(antom.post("pay", body, headers={"Request-Time": "2000-01-01T00:00:00Z"}), "INVALID_SIGNATURE")
    refused(antom.post("pay", body, version="2"), "KEY_NOT_FOUND")
    refused(antom.post("pay", body, client_id="SANDBOX_UNKNOWN"), "INVALID_CLIENT")
    tampered = json.dumps(body).encode()
    response = antom.http.post(
        PREFIX + "pay",
        content=tampered.replace(b"4999", b"4998"),
        headers={
            "Client-Id": ANTOM["client_id"],
            "Request-Time": "t",
            "Signature": _signature(MERCHANT_KEY, PREFIX + "pay", ANTOM["client_id"], "t", tampered),
        },
    )
    refused(response, "INVALID_SIGNATURE")
    assert antom.state() == before


def test_signature_header_is_parsed_tolerantly(antom: Antom) -> None:
    body = pay_body(CARD[CardScenario.FRICTIONLESS])
    content = json.dumps(body).encode()
    when = "1685599933871"  # Antom's pages also show epoch milliseconds
    header = _signature(MERCHANT_KEY, PREFIX + "pay", ANTOM["client_id"], when, content).replace(",", ", ")
    response = antom.http.post(
        PREFIX + "pay",
        content=content,
        headers={"Client-Id": ANTOM["client_id"], "Request-Time": when, "Signature": header},
    )
    assert result(response.json()) == ("S", "SUCCESS")


def test_registering_another_merchant_key(antom: Antom) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    client_id = f"SANDBOX_{uuid.uuid4().hex[:10].upper()}"
    registered = antom.http.put(f"/antom/_pages/clients/{client_id}", content=pem)
    assert registered.json() == {"clientId": client_id, "keyVersion": "1", "registered": True}
    response = antom.post("pay", pay_body(CARD[CardScenario.FRICTIONLESS]), key=key, client_id=client_id)
    assert result(response.json()) == ("S", "SUCCESS")
    assert response.headers["client-id"] == client_id
    assert antom.http.put(f"/antom/_pages/clients/{client_id}", content=b"not a key").status_code == 400


# -- faults ---------------------------------------------------------------------------------------


def test_fault_injection(antom: Antom) -> None:
    before = antom.state()
    busy = antom.post(
        "pay", pay_body(CARD[CardScenario.FRICTIONLESS]), headers={"X-Sandbox-Fault": "status=503;retry-after=1"}
    )
    assert busy.status_code == 503
    assert busy.headers["retry-after"] == "1"
    assert result(busy.json()) == ("U", "REQUEST_TRAFFIC_EXCEED_LIMIT")
    limited = antom.post("pay", pay_body(CARD[CardScenario.FRICTIONLESS]), headers={"X-Sandbox-Fault": "status=429"})
    assert limited.status_code == 429
    assert result(limited.json())[0] == "U"
    broken = antom.post("inquiryPayment", {"paymentId": "1"}, headers={"X-Sandbox-Fault": "status=500"})
    assert (broken.status_code, result(broken.json())) == (500, ("U", "UNKNOWN_EXCEPTION"))
    assert antom.state() == before
    started = time.monotonic()
    slow = antom.post("inquiryPayment", {"paymentId": "1"}, headers={"X-Sandbox-Fault": "latency=0.3"})
    assert time.monotonic() - started >= 0.3
    assert result(slow.json()) == ("F", "ORDER_NOT_EXIST")


def test_drop_after_commit_then_resend_finds_the_payment(antom: Antom) -> None:
    body = pay_body(CARD[CardScenario.FRICTIONLESS])
    before = antom.state()["payments"]
    with pytest.raises(httpx.HTTPError):
        antom.post("pay", body, headers={"X-Sandbox-Fault": "drop-after-commit"})
    assert antom.state()["payments"] == before + 1  # committed although the client saw nothing
    again = antom.ok("pay", body)
    assert result(again) == ("S", "SUCCESS")
    assert antom.inquire(paymentRequestId=body["paymentRequestId"])["paymentId"] == again["paymentId"]
    assert antom.state()["payments"] == before + 1


# -- notifications --------------------------------------------------------------------------------


def notification(receiver: WebhookReceiver, payment_id: str) -> Received:
    """The first notification about ``payment_id``."""
    return receiver.wait(1, timeout=3.0, where=lambda hook: json.loads(hook.body)["paymentId"] == payment_id)[0]


@pytest.fixture
def antom_webhooks(sandbox_admin: httpx.Client, webhook_receiver: WebhookReceiver) -> Iterator[WebhookReceiver]:
    """The receiver, registered as Antom's notify URL for payments that name none."""
    sandbox_admin.put("/_sandbox/webhooks/antom", json={"url": f"{webhook_receiver.url}/antom"}).raise_for_status()
    yield webhook_receiver
    sandbox_admin.delete("/_sandbox/webhooks/antom")


def _verify_notification(path: str, headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
    assert headers["client-id"] == ANTOM["client_id"]
    assert verifies(path, headers["client-id"], headers["request-time"], body, headers["signature"])
    notice: dict[str, Any] = json.loads(body)
    return notice


def test_final_payment_is_notified_to_payment_notify_url(antom: Antom, webhook_receiver: WebhookReceiver) -> None:
    answer = antom.ok(
        "pay", pay_body(CARD[CardScenario.DO_NOT_HONOR], paymentNotifyUrl=f"{webhook_receiver.url}/hooks/antom?shop=1")
    )
    hook = notification(webhook_receiver, answer["paymentId"])
    path, headers, body = hook.path, hook.headers, hook.body
    assert path == "/hooks/antom?shop=1"
    notice = _verify_notification(path, headers, body)
    assert notice["notifyType"] == "PAYMENT_RESULT"
    assert result(notice) == ("F", "DO_NOT_HONOR")
    assert not verifies("/hooks/other", headers["client-id"], headers["request-time"], body, headers["signature"])


def test_challenge_result_is_notified_without_being_polled(antom: Antom, antom_webhooks: WebhookReceiver) -> None:
    answer = antom.ok("pay", pay_body(CARD[CardScenario.SCA_REQUIRED], upgrade=True))
    act(antom.http, answer["normalUrl"], "approve")
    hook = notification(antom_webhooks, answer["paymentId"])  # the settle timer, no inquiry
    path, headers, body = hook.path, hook.headers, hook.body
    notice = _verify_notification(path, headers, body)
    assert result(notice) == ("S", "SUCCESS")
    assert notice["paymentResultInfo"]["threeDSResult"]["challenged"] is True
    delivered = [d for d in antom.http.get("/_sandbox/deliveries").json() if answer["paymentId"] in d["body"]]
    assert delivered[0]["statuses"] == [200]
    assert len(delivered) == 1  # notified once, although inquiries also move the payment on
    antom.inquire(paymentId=answer["paymentId"])
    assert len([d for d in antom.http.get("/_sandbox/deliveries").json() if answer["paymentId"] in d["body"]]) == 1


def test_page_errors(antom: Antom) -> None:
    answer = antom.ok("pay", pay_body(CARD[CardScenario.CHALLENGE], three_ds=True))
    url = answer["normalUrl"]
    wrong_token = url.split("?")[0] + "?token=nope"
    assert antom.http.get(wrong_token).status_code == 404
    assert antom.http.get("/antom/_pages/challenge/1?token=x").status_code == 404
    query = dict(parse_qsl(urlsplit(url).query))
    bad_choice = antom.http.post(urlsplit(url).path, data={"token": query["token"], "choice": "maybe"})
    assert bad_choice.status_code == 400
    assert antom.http.get("/antom/_pages/checkout/none").status_code == 404


def test_sandbox_signature_helper_signs_as_the_sandbox() -> None:
    body = b'{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success."}}'
    header = sandbox_signature("POST", PREFIX + "pay", ANTOM["client_id"], "t", body)
    assert verifies(PREFIX + "pay", ANTOM["client_id"], "t", body, header)
    assert not verifies(PREFIX + "pay", ANTOM["client_id"], "t", body + b" ", header)


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "/antom/return", "ftp://merchant.example/x"])
@pytest.mark.parametrize("field", ["paymentRedirectUrl", "paymentNotifyUrl"])
@pytest.mark.parametrize("operation", ["pay", "createPaymentSession"])
def test_a_redirect_or_notify_url_that_is_not_http_is_refused(
    antom: Antom, operation: str, field: str, url: str
) -> None:
    """The buyer's browser is sent to paymentRedirectUrl and the sandbox POSTs to paymentNotifyUrl."""
    before = antom.state()
    body = (
        pay_body(CARD[CardScenario.CHALLENGE], three_ds=True)
        if operation == "pay"
        else session_body("CHECKOUT_PAYMENT")
    )
    _param_illegal(antom.post(operation, body | {field: url}), field)
    assert antom.state() == before


# -- an answer that is unknown at first (issue: U UNKNOWN_EXCEPTION after an upgrade) ------------------


def test_the_unknown_answer_card_answers_unknown_twice_then_the_upgrade(antom: Antom) -> None:
    before = antom.state()["payments"]
    body = pay_body(CARD[CardScenario.SCA_REQUIRED_ANSWER_UNKNOWN])
    first, second, third = (antom.ok("pay", body) for _ in range(3))
    assert result(first) == result(second) == ("U", "UNKNOWN_EXCEPTION")
    assert "normalUrl" not in first
    assert "normalUrl" not in second
    assert result(third) == ("U", "PAYMENT_IN_PROCESS")
    assert third["normalUrl"]
    assert first["paymentId"] == third["paymentId"]
    assert first["paymentRequestId"] == body["paymentRequestId"]
    assert antom.state()["payments"] == before + 1
    inquiry = antom.inquire(paymentRequestId=body["paymentRequestId"])
    assert inquiry["paymentStatus"] == "PROCESSING"
    assert "normalUrl" not in inquiry  # inquiryPayment never gives the redirect back


# -- Antom's pages collect the card: hosted card integration, payment sessions ------------------------


def _enter(http: httpx.Client, url: str, card: str) -> httpx.Response:
    page = http.get(url)
    assert page.status_code == 200
    assert 'name="cardNo"' in page.text
    action = page.text.split('action="', 1)[1].split('"', 1)[0]
    fields = {
        part.split('name="', 1)[1].split('"', 1)[0]: part.split('value="', 1)[1].split('"', 1)[0]
        for part in page.text.split("<input")[1:]
    }
    return http.post(urljoin(url, action), data=fields | {"cardNo": card, "choice": "approve"})


@pytest.mark.parametrize(
    ("upgrade", "card", "then"),
    [
        ("true", CardScenario.SCA_REQUIRED, "challenge"),
        ("false", CardScenario.SCA_REQUIRED, ("FAIL", "AUTHENTICATION_REQUIRED")),
        ("true", CardScenario.FRICTIONLESS, ("SUCCESS", "SUCCESS")),
        ("true", CardScenario.THREE_DS1_ONLY, ("FAIL", "AUTHENTICATION_REQUIRED")),
    ],
)
def test_pay_without_card_data_collects_the_card_then_follows_the_table(
    antom: Antom, upgrade: str, card: CardScenario, then: Any
) -> None:
    body = pay_body("", upgrade=upgrade)
    meta = body["paymentMethod"]["paymentMethodMetaData"]
    for name in ("cardNo", "cvv", "expiryMonth", "expiryYear"):
        del meta[name]
    answer = antom.ok("pay", body)
    assert result(answer) == ("U", "PAYMENT_IN_PROCESS")
    assert "/antom/_pages/card/" in answer["normalUrl"]
    assert antom.inquire(paymentId=answer["paymentId"])["paymentStatus"] == "PROCESSING"
    entered = _enter(antom.http, answer["normalUrl"], CARD[card])
    assert entered.status_code == 303
    inquiry = antom.inquire(paymentId=answer["paymentId"])
    if then == "challenge":
        assert "/antom/_pages/challenge/" in entered.headers["location"]
        assert inquiry["paymentStatus"] == "PROCESSING"
        act(antom.http, urljoin(str(entered.url), entered.headers["location"]), "approve")
        antom.settle()
        inquiry = antom.inquire(paymentId=answer["paymentId"])
        assert inquiry["paymentResultInfo"]["threeDSResult"]["challenged"] is True
        then = ("SUCCESS", "SUCCESS")
    else:
        assert entered.headers["location"] == RETURN
    assert (inquiry["paymentStatus"], inquiry["paymentResultCode"]) == then
    assert antom.ok("pay", body)["paymentId"] == answer["paymentId"]  # the same payment on a resend


def test_the_session_page_uses_the_sessions_flags(antom: Antom) -> None:
    body = session_body("CHECKOUT_PAYMENT")
    body["availablePaymentMethod"]["paymentMethodMetaData"] = {
        "is3DSAuthentication": "false",
        "enableAuthenticationUpgrade": "false",
    }
    answer = antom.ok("createPaymentSession", body)
    entered = _enter(antom.http, answer["normalUrl"], CARD[CardScenario.SCA_REQUIRED])
    assert entered.headers["location"] == RETURN
    inquiry = antom.inquire(paymentRequestId=body["paymentRequestId"])
    assert (inquiry["paymentStatus"], inquiry["paymentResultCode"]) == ("FAIL", "AUTHENTICATION_REQUIRED")
    assert antom.http.get(answer["normalUrl"]).text.count("has been used") == 1


def test_a_3ds1_card_challenges_on_3ds1(antom: Antom) -> None:
    answer = antom.ok("pay", pay_body(CARD[CardScenario.THREE_DS1_ONLY], three_ds="true"))
    assert result(answer) == ("U", "PAYMENT_IN_PROCESS")
    act(antom.http, answer["normalUrl"], "approve")
    antom.settle()
    three_ds = antom.inquire(paymentId=answer["paymentId"])["paymentResultInfo"]["threeDSResult"]
    assert (three_ds["threeDSVersion"], three_ds["eci"]) == ("1.0.2", "05")
