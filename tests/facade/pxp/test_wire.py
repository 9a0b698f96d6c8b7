"""What the PXP client sends (issue 14): every body of the upgrade, as PXP's guides describe them,
through the public client against the sandbox. A field dropped, renamed or mis-typed fails here."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scaretry._outcome import State
from scaretry._request import CardToken, Initiator, ThreeDSMode
from scaretry.providers.pxp import PXP, MerchantDetails
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.testing import Customer
from scaretry.testing.scenarios.pxp import BROWSER, CARDS, RETURN_URL, client_for, request_for


class Wire(httpx.BaseTransport):
    """The network, and every request the client sent, by step."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.sent: list[tuple[str, str, dict[str, Any] | None]] = []
        self.urls: list[httpx.URL] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.sent.append((request.method, request.url.path, body))
        self.urls.append(request.url)
        return self.inner.handle_request(request)

    def bodies(self, method: str, ending: str) -> list[dict[str, Any]]:
        return [b for m, p, b in self.sent if m == method and p.endswith(ending) and b is not None]


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def pxp(scaretry_sandbox: SandboxServer, wire: Wire) -> Iterator[PXP]:
    details = MerchantDetails(category_code="5732", country_numeric_code="826", legal_name="Example Retail Ltd")
    with client_for(scaretry_sandbox.url_for("pxp"), transport=wire, merchant_details=details) as client:
        yield client


def test_the_upgrade_sends_what_pxp_documents(pxp: PXP, wire: Wire, customer: Customer) -> None:
    started = pxp.pay(request_for("fingerprint_challenge", capture=True))
    assert started.action is not None
    (first,) = wire.bodies("POST", "/v1/transactions")
    assert (first["merchant"], first["site"]) == (CREDENTIALS["merchant"], CREDENTIALS["site"])
    assert first["merchantTransactionId"] == started.handle.idempotency_key
    assert first["transactionMethod"] == {"intent": "Purchase", "entryType": "Ecom", "fundingType": "Card"}
    assert first["amounts"] == {"transaction": 65.1, "currencyCode": "EUR"}  # major units
    # The Transactions API's card: expiry as strings "MM" and "YYYY" ("Card transaction" guide).
    assert first["fundingData"]["card"] == {
        "primaryAccountNumber": CARDS["fingerprint_challenge"],
        "expiryMonth": "12",
        "expiryYear": "2030",
        "holderName": "Ada Lovelace",
        "cardVerificationCode": "100",
    }
    assert "threeDSecureData" not in first
    assert "recurring" not in first  # a one-off customer-initiated card payment
    # The 3D Secure API's card: expiry as integers ("Pre-initiate" guide).
    (pre,) = wire.bodies("POST", "/integrated/authentications")
    assert pre == {
        "amount": {"transactionValue": 65.1, "currencyCode": "EUR"},
        "fingerprintCallbackUrl": RETURN_URL,
        "site": CREDENTIALS["site"],
        "intent": "Purchase",
        "requestorAuthenticationIndicator": "01",
        "card": {
            "primaryAccountNumber": CARDS["fingerprint_challenge"],
            "expiryMonth": 12,
            "expiryYear": 2030,
            "cardHolderName": "Ada Lovelace",
            "cardVerificationCode": "100",
        },
    }
    challenged = pxp.resume(started.handle, customer.act(started.action).params)
    (browser,) = wire.bodies("PUT", "/browser-authentication")
    assert browser["fingerprintNotification"]  # the threeDSMethodData the issuer posted back
    assert browser["challengeCallbackUrl"] == RETURN_URL
    assert browser["requestorChallengeIndicator"] == "04"  # after a soft decline: challenge mandated
    assert browser["challengeWindowSize"] == 5
    assert (browser["merchantCategoryCode"], browser["merchantCountryNumericCode"]) == ("5732", "826")
    assert browser["merchantLegalName"] == "Example Retail Ltd"
    assert "acquirerMerchantId" not in browser
    assert browser["browserData"] == {
        "acceptHeader": BROWSER.accept_header,
        "javaScriptEnabled": True,
        "language": BROWSER.language,
        "userAgent": BROWSER.user_agent,
        "colorDepth": 24,
        "ipAddress": BROWSER.ip_address,
        "javaEnabled": False,
        "screenHeight": 1080,
        "screenWidth": 1920,
        "timeZoneOffsetInMinutes": 0,
    }
    assert challenged.action is not None
    back = pxp.resume(challenged.handle, customer.act(challenged.action, "approve").params)
    final = pxp.wait(back.handle, timeout=5)
    assert (final.state, final.provider_status) == (State.AUTHORIZED, "Captured")
    _, reauthorisation = wire.bodies("POST", "/v1/transactions")
    assert reauthorisation["merchantTransactionId"] == first["merchantTransactionId"] + "-3ds"
    assert reauthorisation["merchantTransactionDate"] == first["merchantTransactionDate"]
    assert reauthorisation["amounts"] == first["amounts"]
    assert reauthorisation["threeDSecureData"] == {"authenticationId": started.handle.data["authentication_id"]}
    assert "fundingData" not in reauthorisation  # PXP takes the card from the authentication


def test_a_timed_out_3ds_method_is_resumed_without_its_data(pxp: PXP, wire: Wire) -> None:
    started = pxp.pay(request_for("fingerprint_challenge", ThreeDSMode.ALWAYS))
    pxp.resume(started.handle, {})
    (browser,) = wire.bodies("PUT", "/browser-authentication")
    assert "fingerprintNotification" not in browser
    assert browser["requestorChallengeIndicator"] == "01"  # ALWAYS: no soft decline said SCA is mandated
    assert [m for m, _, _ in wire.sent] == ["GET", "POST", "PUT"]  # read for an earlier one, pre-initiate


def test_a_transaction_is_read_as_pxp_documents(pxp: PXP, wire: Wire) -> None:
    paid = pxp.pay(request_for("approve", ThreeDSMode.NEVER).evolve(browser=None))
    polled = pxp.poll_once(paid.handle).outcome
    assert (polled.state, polled.payment_id) == (State.AUTHORIZED, paid.payment_id)
    # "Get transaction details": GET /v1/transactions/{merchant}/{site}?merchantTransactionId=…
    (method, _, _), read = wire.sent[-1], wire.urls[-1]
    assert method == "GET"
    assert read.path.endswith(f"/v1/transactions/{CREDENTIALS['merchant']}/{CREDENTIALS['site']}")
    assert dict(read.params) == {"merchantTransactionId": paid.handle.idempotency_key}


def test_stored_cards_and_merchant_initiated_payments_say_so(pxp: PXP, wire: Wire) -> None:
    token = CardToken("7f46c09d-d1d1-4f94-9a88-6e8ac32e6341")
    pxp.pay(request_for("approve", ThreeDSMode.NEVER, source=token).evolve(browser=None))
    pxp.pay(request_for("approve", initiator=Initiator.MERCHANT).evolve(browser=None))
    stored, merchant = wire.bodies("POST", "/v1/transactions")
    assert stored["fundingData"]["card"] == {"gatewayTokenId": token.token}
    assert stored["recurring"] == {"processingModel": "CardOnFileShopperInitiated"}
    assert merchant["recurring"] == {"processingModel": "MerchantInitiatedSubsequentRecurring"}
    assert merchant["transactionMethod"]["intent"] == "Authorisation"
