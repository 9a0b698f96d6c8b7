"""What the Payments AI client sends, seen on the wire (a scripted Payments AI records the requests):
the amount in exact major units, the payment instruction, the return URL's placeholders, the
reference in metadata, the risk metadata, the customer, the idempotency key; and what it refuses
before anything is sent."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from scaretry._errors import UnsupportedError, ValidationError
from scaretry._request import (
    Address,
    AgreementType,
    Browser,
    Card,
    CardToken,
    Exemption,
    Initiator,
    Money,
    PaymentRequest,
    StoredCredential,
    ThreeDSMode,
)
from scaretry.testing.scenarios.paymentsai import CARDS, RETURN_URL
from tests.facade.paymentsai._support import ScriptedPaymentsAI, async_scripted, request, scripted

TOKEN = CardToken("token:tk-1")


def sent(payment: PaymentRequest, gateway_three_ds: bool = True, **pay: Any) -> dict[str, Any]:
    """The createTransaction body sent for ``payment``."""
    provider = ScriptedPaymentsAI()
    with scripted(provider, gateway_three_ds=gateway_three_ds) as paymentsai:
        paymentsai.pay(payment, **pay)
    return provider.sent()


@pytest.mark.parametrize(
    ("money", "amount", "text"),
    [
        (Money(6510, "EUR"), 65.1, "65.1"),
        (Money(1, "EUR"), 0.01, "0.01"),
        (Money(9900, "USD"), 99, "99"),
        (Money(100, "JPY"), 100, "100"),  # no minor unit
        (Money(1234, "KWD"), 1.234, "1.234"),  # three decimals
        (Money(123456789, "USD"), 1234567.89, "1234567.89"),
    ],
)
def test_the_amount_is_sent_in_exact_major_units(money: Money, amount: float, text: str) -> None:
    body = sent(request(source=TOKEN, amount=money))
    assert body["amount"] == amount
    assert json.dumps(body["amount"]) == text
    assert body["currency"] == money.currency


@pytest.mark.parametrize(("capture", "kind"), [(True, "sale"), (False, "authorize")])
def test_capture_chooses_sale_or_authorize(capture: bool, kind: str) -> None:
    assert sent(request(source=TOKEN, capture=capture))["type"] == kind


@pytest.mark.parametrize(
    ("token", "instruction"),
    [
        ("c114b68a-432e-4e94-b8ba-1658ef3258e2", {"paymentInstrumentId": "c114b68a-432e-4e94-b8ba-1658ef3258e2"}),
        ("instrument:pi-1", {"paymentInstrumentId": "pi-1"}),
        ("token:c114b68a-432e-4e94-b8ba-1658ef3258e2", {"token": "c114b68a-432e-4e94-b8ba-1658ef3258e2"}),
        ("abcdef", {"token": "abcdef"}),
    ],
)
def test_the_payment_instruction(token: str, instruction: dict[str, str]) -> None:
    assert sent(request(source=CardToken(token)))["paymentInstruction"] == instruction


def test_a_raw_card_is_tokenised_and_the_token_charged() -> None:
    provider = ScriptedPaymentsAI()
    with scripted(provider) as paymentsai:
        paymentsai.pay(request())
    assert provider.sent("/payment-instruments/tokens") == {
        "primaryAccountNumber": CARDS["approve"],
        "cardVerificationValue": "123",
        "expirationMonth": 12,
        "expirationYear": 2030,
    }
    assert provider.sent()["paymentInstruction"] == {"token": "tk1"}  # the tokeniser's answer
    assert [r.method for r in provider.requests] == ["POST", "POST"]


@pytest.mark.parametrize(
    ("url", "redirect"),
    [
        ("https://shop.example/r/{id}/{result}", "https://shop.example/r/{id}/{result}"),
        ("https://shop.example/r?id={id}", "https://shop.example/r?id={id}"),
        ("https://shop.example/r", "https://shop.example/r?id={id}&result={result}"),
        ("https://shop.example/r?order=7", "https://shop.example/r?order=7&id={id}&result={result}"),
    ],
)
def test_the_return_url_carries_the_placeholders(url: str, redirect: str) -> None:
    assert sent(request(source=TOKEN, return_url=url))["redirectUrl"] == redirect


def test_the_reference_travels_in_metadata_beside_the_merchants() -> None:
    body = sent(request(source=TOKEN, reference="ORD-42", metadata={"campaign": "spring"}))
    assert body["metadata"] == {"campaign": "spring", "reference": "ORD-42"}


@pytest.mark.parametrize(("initiator", "flag"), [(Initiator.CUSTOMER, False), (Initiator.MERCHANT, True)])
def test_who_initiated(initiator: Initiator, flag: bool) -> None:
    assert sent(request(source=TOKEN, initiator=initiator))["isMerchantInitiated"] is flag


def test_the_risk_metadata_the_3ds2_guide_lists() -> None:
    browser = Browser(
        ip_address="203.0.113.9",
        user_agent="UA/1",
        accept_header="text/html,application/xhtml+xml",
        language="de-DE",
        color_depth=30,
        screen_height=900,
        screen_width=1440,
        time_zone_offset_minutes=-60,
        java_enabled=True,
        fingerprint="fp-7f3a",
        ad_block_enabled=True,
    )
    assert sent(request(source=TOKEN, browser=browser))["riskMetadata"] == {
        "ipAddress": "203.0.113.9",
        "fingerprint": "fp-7f3a",
        "httpHeaders": {"Accept": "text/html,application/xhtml+xml", "User-Agent": "UA/1"},
        "browserData": {
            "colorDepth": 30,
            "isJavaEnabled": True,
            "language": "de-DE",
            "screenWidth": 1440,
            "screenHeight": 900,
            "timeZoneOffset": -60,
            "isAdBlockEnabled": True,
        },
    }


def test_the_fingerprint_and_the_ad_blocker_are_left_out_when_unknown() -> None:
    risk = sent(request(source=TOKEN, browser=Browser(ip_address="203.0.113.9", user_agent="UA")))["riskMetadata"]
    assert "fingerprint" not in risk
    assert "isAdBlockEnabled" not in risk["browserData"]
    assert set(risk["browserData"]) == {
        "colorDepth",
        "isJavaEnabled",
        "language",
        "screenWidth",
        "screenHeight",
        "timeZoneOffset",
    }


def test_never_without_a_browser_sends_no_risk_metadata() -> None:
    body = sent(request(source=TOKEN, mode=ThreeDSMode.NEVER, browser=None), gateway_three_ds=False)
    assert "riskMetadata" not in body


def test_a_merchant_initiated_payment_needs_no_browser() -> None:
    body = sent(request(source=TOKEN, initiator=Initiator.MERCHANT, browser=None))
    assert "riskMetadata" not in body
    assert body["isMerchantInitiated"] is True


def test_the_customer_is_sent_when_named() -> None:
    assert sent(request(source=TOKEN), customer_id="0b7e6f2c-5d1a-4c3e-9f8b-2a6d4e1c7b90")["customerId"] == (
        "0b7e6f2c-5d1a-4c3e-9f8b-2a6d4e1c7b90"
    )
    assert "customerId" not in sent(request(source=TOKEN))


def test_the_description_is_sent() -> None:
    assert sent(request(source=TOKEN, description="Order 42"))["description"] == "Order 42"
    assert "description" not in sent(request(source=TOKEN))


def test_the_idempotency_key() -> None:
    """One key per pay(): the caller's when given; a fresh one otherwise, kept in the handle."""
    provider = ScriptedPaymentsAI()
    with scripted(provider) as paymentsai:
        mine = paymentsai.pay(request(source=TOKEN), idempotency_key="order-42-attempt-1")
        first = paymentsai.pay(request(source=TOKEN))
        second = paymentsai.pay(request(source=TOKEN))
    keys = [json.loads(r.content)["idempotencyKey"] for r in provider.requests]
    assert keys[0] == mine.handle.idempotency_key == "order-42-attempt-1"
    assert keys[1:] == [first.handle.idempotency_key, second.handle.idempotency_key]
    assert keys[1] != keys[2]


@pytest.mark.anyio
async def test_the_async_client_sends_the_same() -> None:
    provider = ScriptedPaymentsAI()
    async with async_scripted(provider) as paymentsai:
        await paymentsai.pay(request(source=TOKEN), idempotency_key="k-1", customer_id="cus-1")
    body = provider.sent()
    assert (body["idempotencyKey"], body["customerId"], body["amount"]) == ("k-1", "cus-1", 65.1)


# -- refused before anything is sent ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gateway", "payment", "error", "needle"),
    [
        (True, request(source=TOKEN, mode=ThreeDSMode.UPGRADE), UnsupportedError, "per gateway connection"),
        (False, request(source=TOKEN, mode=ThreeDSMode.UPGRADE), UnsupportedError, "decline code"),
        (False, request(source=TOKEN, mode=ThreeDSMode.ALWAYS), UnsupportedError, "gateway_three_ds=False"),
        (True, request(source=TOKEN, mode=ThreeDSMode.NEVER), UnsupportedError, "gateway_three_ds=True"),
        (
            True,
            request(source=TOKEN, mode=ThreeDSMode.UPGRADE, initiator=Initiator.MERCHANT),
            UnsupportedError,
            "three_ds=upgrade",
        ),
        (True, request(source=TOKEN, browser=None), ValidationError, "colorDepth"),
        (True, request(source=Card(CARDS["approve"], 12, 2030)), ValidationError, "card.cvv"),
        (True, request(source=TOKEN, metadata={"reference": "x"}), ValidationError, "metadata.reference"),
        (True, request(source=TOKEN, notify_url="https://shop.example/hooks"), UnsupportedError, "per account"),
        (
            False,
            request(source=TOKEN, mode=ThreeDSMode.NEVER, exemption=Exemption.LOW_VALUE),
            UnsupportedError,
            "exemption",
        ),
        (
            True,
            request(source=TOKEN, exemption_after_failed_authentication=True),
            UnsupportedError,
            "exemption_after_failed_authentication",
        ),
        (
            True,
            request(source=TOKEN, stored_credential=StoredCredential(AgreementType.UNSCHEDULED, first=True)),
            UnsupportedError,
            "isMerchantInitiated",
        ),
        (
            True,
            request(source=TOKEN, initiator=Initiator.MERCHANT, previous_payment_id="txn_1"),
            UnsupportedError,
            "previous_payment_id",
        ),
        (True, request(source=TOKEN, customer_email="ada@example.com"), UnsupportedError, "customer_id="),
        (True, request(source=TOKEN, customer_phone="+441234567890"), UnsupportedError, "createCustomer"),
        (
            True,
            request(source=TOKEN, billing_address=Address("36 Craven St", "London", "GB")),
            UnsupportedError,
            "billing_address",
        ),
    ],
)
def test_refused_before_anything_is_sent(
    gateway: bool, payment: PaymentRequest, error: type[Exception], needle: str
) -> None:
    provider = ScriptedPaymentsAI()
    with scripted(provider, gateway_three_ds=gateway) as paymentsai, pytest.raises(error) as raised:
        paymentsai.pay(payment)
    assert needle in str(raised.value)
    assert provider.requests == []


@pytest.mark.parametrize("customer_id", ["", "has space", "line\nbreak"])
def test_a_malformed_customer_id_is_refused(customer_id: str) -> None:
    provider = ScriptedPaymentsAI()
    with scripted(provider) as paymentsai, pytest.raises(ValidationError) as raised:
        paymentsai.pay(request(source=TOKEN), customer_id=customer_id)
    assert raised.value.field == "customer_id"
    assert provider.requests == []


def test_raw_cards_are_refused_in_production() -> None:
    provider = ScriptedPaymentsAI()
    with (
        scripted(provider, environment="production") as paymentsai,
        pytest.raises(UnsupportedError, match="FramePay"),
    ):
        paymentsai.pay(request())
    assert provider.requests == []


def test_nothing_sent_carries_the_card_outside_the_tokeniser() -> None:
    provider = ScriptedPaymentsAI()
    with scripted(provider) as paymentsai:
        outcome = paymentsai.pay(request())
    transaction = provider.requests[-1]
    assert CARDS["approve"] not in transaction.content.decode()
    assert CARDS["approve"] not in json.dumps(outcome.handle.to_dict())
    assert transaction.headers["Authorization"].startswith("ApiKey ")
    assert isinstance(transaction, httpx.Request)
    assert RETURN_URL in transaction.content.decode()
