"""The PXP emulator over real HTTP on loopback, with plain httpx (no facade).

Requests are signed here with an independent implementation of ``PXP-UST1`` (the spec's
``PxpUst1`` description), so a change in the sandbox's verification shows up as a failure.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
import uuid
from collections.abc import Callable, Generator, Iterator
from typing import Any

import httpx
import pytest

from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import PXP
from scaretry.sandbox.providers.pxp import CARDS, RESPONSE_CODES, STATE_DATA
from scaretry.testing import WebhookReceiver
from scaretry.testing._customer import _forms

SETTLE = 0.2  # the plugin's sandbox settles in 0.2 s
CALLBACK = "https://shop.example/pxp/return"
BROWSER = {
    "acceptHeader": "text/html",
    "userAgent": "Mozilla/5.0 (test)",
    "javaScriptEnabled": True,
    "language": "en-GB",
    "ipAddress": "203.0.113.9",
}
FRICTIONLESS = "4111111111111111"
FINGERPRINT_CHALLENGE = "4012006822076852"
CHALLENGE = "5266001057658656"
FRICTIONLESS_3DS = "4713747730076631"


class Signer(httpx.Auth):
    """PXP-UST1, written from the spec: base64 HMAC-SHA256 over timestamp, request id, path, body."""

    requires_request_body = True

    def __init__(self, token_value: str = PXP["token_value"], *, skew: int = 0, **overrides: str | None) -> None:
        self.key = token_value.encode()
        self.skew = skew
        self.overrides = overrides

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request_id = str(uuid.uuid4())
        timestamp = str(int(time.time()) + self.skew)
        signed = f"{timestamp}{request_id}".encode() + request.url.raw_path + request.content
        mac = base64.b64encode(hmac.new(self.key, signed, hashlib.sha256).digest()).decode()
        headers = {
            "X-Request-Id": request_id,
            "X-Client-Id": PXP["client_id"],
            "Authorization": f"PXP-UST1 {PXP['token_id']}:{timestamp}:{mac}",
        }
        for name, value in self.overrides.items():
            headers[name.replace("_", "-")] = value  # type: ignore[assignment]
        for name, value in headers.items():
            if value is None:
                request.headers.pop(name, None)
            else:
                request.headers[name] = value
        yield request


@pytest.fixture
def sandbox(scaretry_sandbox: SandboxServer) -> SandboxServer:
    return scaretry_sandbox


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url_for("pxp"), auth=Signer(), timeout=10) as client:
        yield client


@pytest.fixture
def browser(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """The cardholder's browser on the issuer's pages (no auth, no redirects followed)."""
    with httpx.Client(timeout=10) as client:
        yield client


def counts(admin: httpx.Client) -> dict[str, int]:
    state: dict[str, int] = admin.get("/_sandbox/state").json()["pxp"]
    return state


def transaction(card: str | None, *, mtid: str | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "merchant": PXP["merchant"],
        "site": PXP["site"],
        "merchantTransactionId": mtid or f"T-{uuid.uuid4().hex[:20]}",
        "merchantTransactionDate": "2026-01-27 08:51:02.826445+00:00",
        "transactionMethod": {"intent": "Authorisation", "entryType": "Ecom", "fundingType": "Card"},
        "amounts": {"transaction": 65.1, "currencyCode": "EUR"},
    }
    if card is not None:
        body["fundingData"] = {"card": {"primaryAccountNumber": card, "expiryMonth": "12", "expiryYear": "2030"}}
    return body | extra


def pre_initiate(api: httpx.Client, card: str, amount: float = 65.1) -> dict[str, Any]:
    body = {
        "amount": {"transactionValue": amount, "currencyCode": "EUR"},
        "fingerprintCallbackUrl": CALLBACK,
        "site": PXP["site"],
        "intent": "Authorisation",
        "card": {"primaryAccountNumber": card, "expiryMonth": 12, "expiryYear": 2030},
    }
    response = api.post("/v1/threedsecure/integrated/authentications", json=body)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def initiate(api: httpx.Client, auth_id: str, notification: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {"challengeCallbackUrl": CALLBACK, "browserData": BROWSER, "challengeWindowSize": 5}
    if notification:
        body["fingerprintNotification"] = notification
    return api.put(f"/v1/threedsecure/integrated/authentications/{auth_id}/browser-authentication", json=body)


def read(api: httpx.Client, auth_id: str) -> dict[str, Any]:
    response = api.get(f"/v1/threedsecure/integrated/authentications/{auth_id}")
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def until(read_state: Callable[[], dict[str, Any]], state: str, timeout: float = 3.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        current = read_state()
        if current["state"] == state or time.monotonic() > deadline:
            return current
        time.sleep(0.05)


def form(response: httpx.Response) -> dict[str, Any]:
    """The page's first form: action, fields and buttons."""
    assert response.status_code == 200, response.text
    forms = _forms(response.text)
    assert forms, response.text
    return forms[0]


def challenge(api: httpx.Client, browser: httpx.Client, auth: dict[str, Any], choice: str) -> httpx.Response:
    """The cardholder posts the creq to the ACS and presses ``choice``; returns the ACS's answer."""
    page = form(browser.post(auth["challengeUrl"], data={"creq": auth["challengeData"]}))
    assert page["choices"] == ["approve", "reject", "abandon"]
    target = httpx.URL(auth["challengeUrl"]).join(str(page["action"]))
    return browser.post(target, data={**page["fields"], "choice": choice})  # type: ignore[dict-item]


def decode(value: str) -> dict[str, Any]:
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    return decoded


# -- transactions without 3DS -------------------------------------------------------------------


@pytest.mark.parametrize("card", sorted(CARDS))
def test_a_transaction_without_3ds_answers_the_cards_scheme_code(api: httpx.Client, card: str) -> None:
    code = CARDS[card].plain
    body = transaction(card)
    created = api.post("/v1/transactions", json=body)
    assert created.status_code == 200, created.text
    answer = created.json()
    assert answer["state"] == RESPONSE_CODES[code][0]
    assert answer["providerResponse"]["code"] == code
    # "Get transaction details": stateMessage, stateData (a CRD code where PXP lists one), amounts.transactionValue
    assert answer["stateMessage"] == f"Transaction {answer['state']}"
    assert answer["stateData"] == STATE_DATA.get(code)
    sent = body["amounts"]
    assert answer["amounts"] == {"transactionValue": sent["transaction"], "currencyCode": sent["currencyCode"]}
    assert answer["fundingData"]["card"] == {
        "scheme": CARDS[card].scheme,
        "bin": card[:6],
        "lastFour": card[-4:],
        "expiryMonth": "12",
        "expiryYear": "2030",
    }
    assert (answer["authorisationCode"] is not None) == (code == "00")
    assert created.headers["X-Request-Id"]  # echoed correlation id
    path = f"/v1/transactions/{PXP['merchant']}/{PXP['site']}"
    assert api.get(path, params={"merchantTransactionId": body["merchantTransactionId"]}).json() == answer
    assert api.get(path, params={"systemTransactionId": answer["systemTransactionId"]}).json() == answer


def test_purchase_intent_is_captured(api: httpx.Client) -> None:
    body = transaction(FRICTIONLESS)
    body["transactionMethod"]["intent"] = "Purchase"
    assert api.post("/v1/transactions", json=body).json()["state"] == "Captured"


def test_merchant_initiated_transaction_keeps_its_processing_model(api: httpx.Client) -> None:
    recurring = {"processingModel": "MerchantInitiatedSubsequentRecurring"}
    answer = api.post("/v1/transactions", json=transaction(FINGERPRINT_CHALLENGE, recurring=recurring)).json()
    assert answer["state"] == "Refused"
    assert answer["providerResponse"]["code"] == "1A"
    assert answer["recurring"] == recurring


# -- 3D Secure -------------------------------------------------------------------------------


def test_upgrade_with_3ds_method_and_challenge(
    api: httpx.Client, browser: httpx.Client, sandbox_admin: httpx.Client, sandbox: SandboxServer
) -> None:
    refused = api.post("/v1/transactions", json=transaction(FINGERPRINT_CHALLENGE)).json()
    assert (refused["state"], refused["providerResponse"]["code"]) == ("Refused", "1A")

    pre = pre_initiate(api, FINGERPRINT_CHALLENGE)
    assert pre["state"] == "PendingClientData"
    assert pre["threeDSecureSupported"] is True
    assert pre["applicableExemptions"] == "TRA"  # EUR 65.10: above LVP's 30, within TRA's 500
    method_data = pre["threeDSecureFingerprintData"]
    assert decode(method_data) == {
        "threeDSServerTransID": pre["authenticationId"],
        "threeDSMethodNotificationURL": CALLBACK,
    }

    # The hidden iframe: the issuer's 3DS Method posts threeDSMethodData back to the merchant.
    back = form(browser.post(pre["threeDSecureFingerprintUrl"], data={"threeDSMethodData": method_data}))
    assert back["action"] == CALLBACK
    notification = back["fields"]["threeDSMethodData"]
    assert decode(notification) == {"threeDSServerTransID": pre["authenticationId"]}

    pending = initiate(api, pre["authenticationId"], notification).json()
    assert pending["state"] == "PendingCustomerChallenge"
    assert pending["transactionStatus"] == "C"
    assert decode(pending["challengeData"])["threeDSServerTransID"] == pre["authenticationId"]

    cres_page = form(challenge(api, browser, pending, "approve"))
    assert cres_page["action"] == CALLBACK
    assert decode(cres_page["fields"]["cres"])["transStatus"] == "Y"

    # Asynchronous settling: pending for settle_seconds, then final.
    assert read(api, pre["authenticationId"])["state"] == "PendingCustomerChallenge"
    done = until(lambda: read(api, pre["authenticationId"]), "AuthenticationSuccessful")
    assert done["state"] == "AuthenticationSuccessful"
    assert done["electronicCommerceIndicator"] == "05"
    assert done["cardholderAuthenticationVerificationValue"]
    assert done["challengeUrl"] is None
    assert done["challengeData"] is None

    linked = transaction(None, threeDSecureData={"authenticationId": pre["authenticationId"]})
    authorised = api.post("/v1/transactions", json=linked).json()
    assert authorised["state"] == "Authorised"
    assert authorised["threeDSecureData"]["authenticationId"] == pre["authenticationId"]
    assert authorised["fundingData"]["card"]["lastFour"] == FINGERPRINT_CHALLENGE[-4:]

    before = counts(sandbox_admin)
    again = api.post("/v1/transactions", json=transaction(None, threeDSecureData=linked["threeDSecureData"]))
    assert again.status_code == 400
    assert again.json()["errorCode"] == "ValidationFailed"
    assert "Already used" in again.json()["details"][0]["message"]
    assert counts(sandbox_admin) == before


@pytest.mark.parametrize(
    ("choice", "state", "code"),
    [("reject", "AuthenticationRejected", "01"), ("abandon", "AuthenticationFailed", "26")],
)
def test_challenge_rejected_or_abandoned(
    api: httpx.Client, browser: httpx.Client, choice: str, state: str, code: str
) -> None:
    pre = pre_initiate(api, CHALLENGE)
    assert pre["threeDSecureFingerprintUrl"] is None
    pending = initiate(api, pre["authenticationId"]).json()
    answer = challenge(api, browser, pending, choice)
    if choice == "abandon":
        assert not _forms(answer.text)  # the window closed: nothing goes back to the merchant
    else:
        assert decode(form(answer)["fields"]["cres"])["transStatus"] == "N"
    assert read(api, pre["authenticationId"])["state"] == "PendingCustomerChallenge"
    final = until(lambda: read(api, pre["authenticationId"]), state)
    assert (final["state"], final["stateData"]["code"]) == (state, code)
    # The ACS will not take a second answer.
    assert challenge_again(browser, pending).status_code in (400, 409)
    linked = transaction(None, threeDSecureData={"authenticationId": pre["authenticationId"]})
    refused = api.post("/v1/transactions", json=linked)
    assert refused.status_code == 400
    assert refused.json()["details"][0]["field"] == "threeDSecureData.authenticationId"


def challenge_again(browser: httpx.Client, pending: dict[str, Any]) -> httpx.Response:
    return browser.post(pending["challengeUrl"], data={"creq": pending["challengeData"]})


@pytest.mark.parametrize(
    ("card", "state", "code", "status"),
    [
        (FRICTIONLESS_3DS, "AuthenticationSuccessful", None, "Y"),
        ("4000000000000119", "AuthenticationRejected", "11", "R"),
        ("4000000000000226", "AuthenticationError", "22", "U"),
        ("4000000000000143", "AuthenticationFailed", "14", "N"),
    ],
)
def test_frictionless_results(api: httpx.Client, card: str, state: str, code: str | None, status: str) -> None:
    pre = pre_initiate(api, card)
    answer = initiate(api, pre["authenticationId"])
    assert answer.status_code == 200
    body = answer.json()
    assert (body["state"], body["transactionStatus"]) == (state, status)
    assert (body["stateData"] or {}).get("code") == code
    assert read(api, pre["authenticationId"]) == body


def test_not_enrolled_card_fails_at_pre_initiate(api: httpx.Client) -> None:
    pre = pre_initiate(api, "4000000000000135")
    assert pre["state"] == "AuthenticationFailed"
    assert pre["threeDSecureSupported"] is False
    assert pre["stateData"] == {"code": "13", "reason": "Cardholder not enrolled in service."}
    assert initiate(api, pre["authenticationId"]).status_code == 409


def test_first_authentication_after_a_refusal_fails_then_the_next_is_challenged(api: httpx.Client) -> None:
    card = "4000000000000010"
    assert api.post("/v1/transactions", json=transaction(card)).json()["providerResponse"]["code"] == "1A"
    first = initiate(api, pre_initiate(api, card)["authenticationId"]).json()
    assert (first["state"], first["stateData"]["code"]) == ("AuthenticationFailed", "01")
    second = initiate(api, pre_initiate(api, card)["authenticationId"]).json()
    assert second["state"] == "PendingCustomerChallenge"


def test_unanswered_challenge_times_out_at_the_acs(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    pre = pre_initiate(api, CHALLENGE)
    assert initiate(api, pre["authenticationId"]).json()["state"] == "PendingCustomerChallenge"
    sandbox_admin.post("/_sandbox/clock/advance", json={"seconds": 601})
    final = read(api, pre["authenticationId"])
    assert (final["state"], final["stateData"]["code"]) == ("AuthenticationFailed", "14")


def test_authentication_state_errors(api: httpx.Client) -> None:
    pre = pre_initiate(api, FRICTIONLESS_3DS)
    assert initiate(api, pre["authenticationId"]).status_code == 200
    twice = initiate(api, pre["authenticationId"])
    assert twice.status_code == 409
    assert twice.json()["errorCode"] == "InvalidAuthenticationState"
    assert twice.json()["correlationId"] == twice.request.headers["X-Request-Id"]
    # An integrated authentication is not a standalone one.
    standalone = api.get(f"/v1/threedsecure/standalone/authentications/{pre['authenticationId']}")
    assert (standalone.status_code, standalone.json()["errorCode"]) == (404, "AuthenticationNotFound")
    unknown = api.get(f"/v1/threedsecure/integrated/authentications/{uuid.uuid4()}")
    assert (unknown.status_code, unknown.json()["errorCode"]) == (404, "AuthenticationNotFound")
    read = f"/v1/transactions/{PXP['merchant']}/{PXP['site']}"
    missing = api.get(read, params={"merchantTransactionId": "nope"})
    assert (missing.status_code, missing.json()["errorCode"]) == (404, "TransactionNotFound")
    # The id is a query parameter ("Get transaction details"), not a path segment.
    assert api.get(f"{read}/nope").status_code == 404
    for neither_or_both in ({}, {"merchantTransactionId": "a", "systemTransactionId": "b"}):
        refused = api.get(read, params=neither_or_both)
        assert (refused.status_code, refused.json()["errorCode"]) == (400, "ValidationFailed")


def test_standalone_authentication(api: httpx.Client) -> None:
    body = {
        "amount": {"transactionValue": 29.99, "currencyCode": "EUR"},
        "fingerprintCallbackUrl": CALLBACK,
        "acquirerProfileId": PXP["acquirer_profile_id"],
        "merchantGroup": PXP["merchant_group"],
        "card": {"primaryAccountNumber": FRICTIONLESS_3DS, "expiryMonth": 3, "expiryYear": 2030},
    }
    pre = api.post("/v1/threedsecure/standalone/authentications", json=body).json()
    assert "applicableExemptions" not in pre
    path = f"/v1/threedsecure/standalone/authentications/{pre['authenticationId']}"
    body_put = {"challengeCallbackUrl": CALLBACK, "browserData": BROWSER}
    assert api.put(f"{path}/browser-authentication", json=body_put).json()["state"] == "AuthenticationSuccessful"
    assert api.get(path).json()["state"] == "AuthenticationSuccessful"
    wrong = api.post("/v1/threedsecure/standalone/authentications", json=body | {"merchantGroup": "OTHER"})
    assert (wrong.status_code, wrong.json()["details"][0]["field"]) == (400, "merchantGroup")


# -- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "content", "field"),
    [
        ("POST", "/v1/transactions", b"{not json", None),
        ("POST", "/v1/transactions", b"[1, 2]", None),
        ("POST", "/v1/transactions", json.dumps(transaction(FRICTIONLESS) | {"amounts": "20"}).encode(), "amounts"),
        (
            "POST",
            "/v1/transactions",
            json.dumps({k: v for k, v in transaction(FRICTIONLESS).items() if k != "site"}).encode(),
            "",
        ),
        (
            "POST",
            "/v1/transactions",
            json.dumps(transaction(FRICTIONLESS, amounts={"transaction": 1.234, "currencyCode": "GBP"})).encode(),
            "amounts.transaction",
        ),
        (
            "POST",
            "/v1/transactions",
            json.dumps(transaction(FRICTIONLESS, amounts={"transaction": 1.0, "currencyCode": "JPY"})).encode(),
            "amounts.transaction",
        ),
        ("POST", "/v1/transactions", json.dumps(transaction("4111111111111112")).encode(), None),
        ("POST", "/v1/transactions", json.dumps(transaction(None)).encode(), "fundingData"),
        ("POST", "/v1/transactions", json.dumps(transaction(FRICTIONLESS, merchant="SOMEONE")).encode(), "merchant"),
        ("POST", "/v1/transactions", b'{"x": "' + b"a" * 70_000 + b'"}', None),
        ("POST", "/v1/threedsecure/integrated/authentications", b'{"site": 5}', None),
    ],
    ids=[
        "malformed",
        "not-an-object",
        "wrong-type",
        "missing-field",
        "too-many-decimals",
        "jpy-with-decimals",
        "bad-luhn",
        "no-card",
        "unknown-merchant",
        "oversized",
        "pre-initiate-wrong-types",
    ],
)
def test_bad_input_is_refused_in_pxps_shape_and_creates_nothing(
    api: httpx.Client, sandbox_admin: httpx.Client, method: str, path: str, content: bytes, field: str | None
) -> None:
    before = counts(sandbox_admin)
    response = api.request(method, path, content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["errorCode"] == "ValidationFailed"
    assert body["errorReason"]
    assert body["details"]
    if field is not None:
        assert any(detail.get("field", "") == field for detail in body["details"]), body
    assert "4111111111111112" not in response.text
    assert counts(sandbox_admin) == before


def test_unknown_path_and_method(api: httpx.Client) -> None:
    missing = api.get("/v1/refunds")
    assert (missing.status_code, missing.json()["errorCode"]) == (404, "NotFound")
    wrong_method = api.delete("/v1/transactions")
    assert wrong_method.status_code == 405
    assert wrong_method.json()["errorCode"] == "MethodNotAllowed"


def test_jpy_whole_amount_is_accepted(api: httpx.Client) -> None:
    body = transaction(FRICTIONLESS, amounts={"transaction": 1000, "currencyCode": "JPY"})
    assert api.post("/v1/transactions", json=body).json()["state"] == "Authorised"


@pytest.mark.parametrize(
    "auth",
    [
        Signer("not-the-token-value"),
        Signer(skew=-400),
        Signer(X_Client_Id="someone-else"),
        Signer(X_Client_Id=None),
        Signer(X_Request_Id=None),
        Signer(Authorization=None),
        Signer(Authorization=f"Bearer {PXP['token_value']}"),
        Signer(Authorization=f"PXP-UST1 {uuid.uuid4()}:{int(time.time())}:AAAA"),
    ],
    ids=["wrong-key", "stale", "other-client", "no-client", "no-request-id", "no-auth", "bearer", "unknown-token"],
)
def test_bad_credentials_get_401_and_create_nothing(
    sandbox: SandboxServer, sandbox_admin: httpx.Client, auth: Signer
) -> None:
    before = counts(sandbox_admin)
    with httpx.Client(base_url=sandbox.url_for("pxp"), auth=auth, timeout=10) as client:
        response = client.post("/v1/transactions", json=transaction(FRICTIONLESS))
    assert response.status_code == 401
    assert response.json()["errorCode"] == "Unauthorised"
    assert counts(sandbox_admin) == before


def test_the_signature_covers_the_body(sandbox: SandboxServer, sandbox_admin: httpx.Client) -> None:
    class Tamper(Signer):
        def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
            for signed in super().auth_flow(request):
                tampered = request.content.replace(b"65.1", b"6.51")
                yield httpx.Request(request.method, request.url, headers=request.headers, content=tampered)
                del signed

    before = counts(sandbox_admin)
    with httpx.Client(base_url=sandbox.url_for("pxp"), auth=Tamper(), timeout=10) as client:
        response = client.post("/v1/transactions", json=transaction(FRICTIONLESS))
    assert (response.status_code, response.json()["errorReason"]) == (401, "The request signature is invalid.")
    assert counts(sandbox_admin) == before


# -- idempotency -----------------------------------------------------------------------------


def test_merchant_transaction_id_is_the_idempotency_key(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    body = transaction(FRICTIONLESS)
    before = counts(sandbox_admin)["transactions"]
    first = api.post("/v1/transactions", json=body).json()
    replay = api.post(
        "/v1/transactions", content=json.dumps(body, indent=2), headers={"Content-Type": "application/json"}
    )
    assert replay.status_code == 200
    assert replay.json() == first
    assert counts(sandbox_admin)["transactions"] == before + 1
    changed = api.post("/v1/transactions", json=body | {"amounts": {"transaction": 70, "currencyCode": "EUR"}})
    assert changed.status_code == 409
    assert changed.json()["errorCode"] == "DuplicateMerchantTransactionId"
    assert first["systemTransactionId"] in changed.json()["details"][0]["message"]
    assert counts(sandbox_admin)["transactions"] == before + 1


def test_a_concurrent_duplicate_is_told_to_retry(sandbox: SandboxServer, sandbox_admin: httpx.Client) -> None:
    body = transaction(FRICTIONLESS)
    results: list[httpx.Response] = []

    def slow() -> None:
        with httpx.Client(base_url=sandbox.url_for("pxp"), auth=Signer(), timeout=10) as client:
            results.append(client.post("/v1/transactions", json=body, headers={"X-Sandbox-Fault": "latency=0.5"}))

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.2)
    with httpx.Client(base_url=sandbox.url_for("pxp"), auth=Signer(), timeout=10) as client:
        duplicate = client.post("/v1/transactions", json=body)
        thread.join()
        assert duplicate.status_code == 429
        assert duplicate.headers["Retry-After"] == "1"
        assert duplicate.json()["errorCode"] == "TooManyRequests"
        assert results[0].status_code == 200
        assert client.post("/v1/transactions", json=body).json() == results[0].json()


# -- fault injection -------------------------------------------------------------------------


def test_fault_status_with_retry_after(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    before = counts(sandbox_admin)
    response = api.post(
        "/v1/transactions", json=transaction(FRICTIONLESS), headers={"X-Sandbox-Fault": "status=503;retry-after=1"}
    )
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "1"
    assert response.json()["errorCode"] == "ServiceUnavailable"
    limited = api.get(
        f"/v1/transactions/{PXP['merchant']}/{PXP['site']}",
        params={"merchantTransactionId": "x"},
        headers={"X-Sandbox-Fault": "status=429"},
    )
    assert (limited.status_code, limited.json()["errorCode"]) == (429, "TooManyRequests")
    assert counts(sandbox_admin) == before


def test_fault_latency(api: httpx.Client) -> None:
    started = time.perf_counter()
    response = api.post("/v1/transactions", json=transaction(FRICTIONLESS), headers={"X-Sandbox-Fault": "latency=0.3"})
    assert response.status_code == 200
    assert time.perf_counter() - started >= 0.3


def test_fault_drop_after_commit(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    body = transaction(FRICTIONLESS)
    before = counts(sandbox_admin)["transactions"]
    with pytest.raises(httpx.TransportError):
        api.post("/v1/transactions", json=body, headers={"X-Sandbox-Fault": "drop-after-commit"})
    assert counts(sandbox_admin)["transactions"] == before + 1
    committed = api.get(
        f"/v1/transactions/{PXP['merchant']}/{PXP['site']}",
        params={"merchantTransactionId": body["merchantTransactionId"]},
    )
    assert committed.json()["state"] == "Authorised"


# -- webhooks --------------------------------------------------------------------------------


@pytest.fixture
def receiver(sandbox_admin: httpx.Client, webhook_receiver: WebhookReceiver) -> Iterator[WebhookReceiver]:
    """The receiver, registered as PXP's webhook endpoint."""
    sandbox_admin.put("/_sandbox/webhooks/pxp", json={"url": webhook_receiver.url}).raise_for_status()
    yield webhook_receiver
    sandbox_admin.delete("/_sandbox/webhooks/pxp")


def events(receiver: WebhookReceiver, count: int) -> list[dict[str, Any]]:
    out = []
    for hook in receiver.wait(count, timeout=3.0):
        headers, body = hook.headers, hook.body
        signed = f"{headers['x-request-id']}{headers['x-signature-timestamp']}".encode() + body
        expected = hmac.new(PXP["webhook_hash_key"].encode(), signed, hashlib.sha256).digest()
        assert headers["x-signature"] == base64.b64encode(expected).decode()
        assert abs(int(headers["x-signature-timestamp"]) - time.time()) < 60
        out.append(json.loads(body))
    return out


def test_webhooks_are_signed_and_sent_for_transactions_and_challenges(
    api: httpx.Client, browser: httpx.Client, receiver: WebhookReceiver
) -> None:
    body = transaction(FRICTIONLESS)
    api.post("/v1/transactions", json=body)
    (event,) = events(receiver, 1)
    assert (event["eventCategory"], event["eventCode"]) == ("Transaction", "transaction-authorised")
    assert event["eventData"]["merchantTransactionId"] == body["merchantTransactionId"]
    assert event["eventOwner"] == {
        "merchantGroup": PXP["merchant_group"],
        "merchant": PXP["merchant"],
        "site": PXP["site"],
    }

    pre = pre_initiate(api, CHALLENGE)
    pending = initiate(api, pre["authenticationId"]).json()
    challenge(api, browser, pending, "approve")
    # Nobody reads the authentication: the challenge-completed event still comes once settled.
    second = events(receiver, 2)[1]
    assert (second["eventCategory"], second["eventCode"]) == ("Authentication", "challenge-completed")
    assert second["eventData"]["state"] == "AuthenticationSuccessful"
    assert second["eventData"]["authenticationId"] == pre["authenticationId"]


NOT_WEB_URLS = ["javascript:alert(document.cookie)", "/pxp/return", "data:text/html,hi"]


@pytest.mark.parametrize("url", NOT_WEB_URLS)
@pytest.mark.parametrize("mode", ["standalone", "integrated"])
def test_a_fingerprint_callback_that_is_not_http_is_refused(
    api: httpx.Client, sandbox_admin: httpx.Client, mode: str, url: str
) -> None:
    """The issuer's 3DS Method page auto-submits the browser to fingerprintCallbackUrl: refused now."""
    before = counts(sandbox_admin)
    body: dict[str, Any] = {
        "amount": {"transactionValue": 65.1, "currencyCode": "EUR"},
        "fingerprintCallbackUrl": url,
        "card": {"primaryAccountNumber": FINGERPRINT_CHALLENGE, "expiryMonth": 12, "expiryYear": 2030},
    }
    if mode == "integrated":
        body |= {"site": PXP["site"], "intent": "Authorisation"}
    else:
        body |= {"merchantGroup": PXP["merchant_group"], "acquirerProfileId": PXP["acquirer_profile_id"]}
    response = api.post(f"/v1/threedsecure/{mode}/authentications", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["errorCode"] == "ValidationFailed"
    assert [d["field"] for d in response.json()["details"]] == ["fingerprintCallbackUrl"]
    assert counts(sandbox_admin) == before


@pytest.mark.parametrize("url", NOT_WEB_URLS)
def test_a_challenge_callback_that_is_not_http_is_refused(api: httpx.Client, url: str) -> None:
    """The ACS auto-submits the browser's cres to challengeCallbackUrl: refused, the authentication waits."""
    auth = pre_initiate(api, CHALLENGE)
    body = {"challengeCallbackUrl": url, "browserData": BROWSER, "challengeWindowSize": 5}
    path = f"/v1/threedsecure/integrated/authentications/{auth['authenticationId']}"
    response = api.put(f"{path}/browser-authentication", json=body)
    assert response.status_code == 400
    assert [d["field"] for d in response.json()["details"]] == ["challengeCallbackUrl"]
    assert read(api, auth["authenticationId"])["state"] == "PendingClientData"
    assert initiate(api, auth["authenticationId"]).status_code == 200  # a good one is still accepted


# -- exemptions ("Exemptions" guide) ----------------------------------------------------------------

EXEMPTION = "4000000000000309"


@pytest.mark.parametrize(("amount", "applicable"), [(20, "LVP,TRA"), (65.1, "TRA"), (500, "TRA"), (600, None)])
def test_pre_initiation_says_which_exemptions_apply(api: httpx.Client, amount: float, applicable: str | None) -> None:
    assert pre_initiate(api, EXEMPTION, amount)["applicableExemptions"] == applicable


@pytest.mark.parametrize(
    ("card", "exemption", "amount", "code"),
    [
        (EXEMPTION, "TRA", 65.1, "00"),  # accepted
        (EXEMPTION, "LVP", 20, "00"),
        (EXEMPTION, "LVP", 65.1, "1A"),  # not applicable above 30: refused as without SCA
        (FRICTIONLESS_3DS, "TRA", 65.1, "1A"),  # this issuer refuses exemptions
        ("4000000000000051", "TRA", 65.1, "05"),  # a hard decline stays one
    ],
)
def test_an_exemption_at_authorisation(api: httpx.Client, card: str, exemption: str, amount: float, code: str) -> None:
    body = transaction(card, scaExemption=exemption, amounts={"transaction": amount, "currencyCode": "EUR"})
    answer = api.post("/v1/transactions", json=body).json()
    assert answer["providerResponse"]["code"] == code


def test_a_failed_authentication_carries_the_card_only_with_an_exemption(api: httpx.Client) -> None:
    for card, state, linkable in (
        ("4000000000000226", "AuthenticationError", True),
        ("4000000000000143", "AuthenticationFailed", True),
        ("4000000000000119", "AuthenticationRejected", False),
    ):
        pre = pre_initiate(api, card)
        assert initiate(api, pre["authenticationId"]).json()["state"] == state
        linked = {"threeDSecureData": {"authenticationId": pre["authenticationId"]}}
        assert api.post("/v1/transactions", json=transaction(None, **linked)).status_code == 400
        answer = api.post("/v1/transactions", json=transaction(None, scaExemption="TRA", **linked))
        assert answer.status_code == (200 if linkable else 400), answer.text
        if linkable:
            assert answer.json()["state"] == "Authorised"


def test_the_first_challenge_after_a_refusal_fails_then_the_next_follows_the_cardholder(
    api: httpx.Client, browser: httpx.Client
) -> None:
    card = "4000000000000234"
    assert api.post("/v1/transactions", json=transaction(card)).json()["providerResponse"]["code"] == "1A"
    for expected in ("AuthenticationFailed", "AuthenticationSuccessful"):
        pre = pre_initiate(api, card)
        pending = initiate(api, pre["authenticationId"]).json()
        challenge(api, browser, pending, "approve")
        final = until(lambda auth_id=pre["authenticationId"]: read(api, auth_id), expected)
        assert final["state"] == expected
        if expected == "AuthenticationFailed":
            assert final["stateData"]["code"] == "01"
