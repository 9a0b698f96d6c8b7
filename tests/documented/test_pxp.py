"""The answers PXP prints in its public documentation, and the states of the 3DS states guide, fed
through the public client (``pay``, ``resume``, ``poll_once``) over an ``httpx.MockTransport``.

Where each answer comes from:

- ``GET_AUTHENTICATION``: "Get authentication" (https://developer.pxp.io/guides/3ds/standalone/get-authentication),
  the 200 body, verbatim.
- ``PRE_INITIATION``: "Exemptions" (https://developer.pxp.io/guides/3ds/exemptions), the pre-initiation
  answer with ``applicableExemptions: "LVP,TRA"``, verbatim.
- ``STATES``: the "3DS states" guide (the authentication states and their ``stateData`` codes 01–30),
  each applied to the documented GET body.
- ``TRANSACTION_DETAILS``: "Get transaction details"
  (https://developer.pxp.io/guides/transactions/get-transaction-details), the 200 body, verbatim, read
  with ``?merchantTransactionId=`` as that page's request example does.
- ``TRANSACTION_STATES``: the twelve transaction states of the API reference's "Get transaction
  details" (https://developer.pxp.io/apis/transaction/other/get-transaction-details), each applied
  to the documented body with a ``stateData`` code from that page's list.
- The webhook envelope of "About webhooks" (``eventCategory``, ``eventDate``, ``eventData``,
  ``eventOwner``), signed as that page describes.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from scaretry import State
from scaretry._outcome import DeclineCategory, FingerprintAction, Outcome
from scaretry._request import ThreeDSMode
from scaretry.providers.pxp import PXP
from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.testing.scenarios.pxp import client_for, request_for

GET_AUTHENTICATION: dict[str, Any] = {
    "authenticationId": "550e8400-e29b-41d4-a716-446655440000",
    "state": "PendingClientData",
    "threeDSecureVersion": "2.1.0",
    "directoryServerTransactionId": "8ac7a4a3-7c50-4c48-9b3f-5d8e6f9a1b2c",
    "cardholderAuthenticationVerificationValue": "CAVV1234567890",
    "electronicCommerceIndicator": "05",
}
PRE_INITIATION: dict[str, Any] = {
    "authenticationId": "9180c811-ae68-4b40-8910-bfe74a26d65a",
    "state": "PendingClientData",
    "scaMandated": False,
    "applicableExemptions": "LVP,TRA",
    "threeDSecureVersion": "2.2.0",
    "threeDSecureFingerprintUrl": "https://api-services.test.pxp.io/mock/3ds-access-control-server-mock/fingerprint",
    "threeDSecureFingerprintData": "eyJ0aHJlZURTU2VydmVyVHJhbnNJRCI6IjkxODBjODExLWFlNjgtNGI0MC04OTEwLWJmZTc0YTI2ZDY1YSIs"
    "InRocmVlRFNNZXRob2ROb3RpZmljYXRpb25VUkwiOiJodHRwczovL3d3dy50ZXN0LTAzIn0=",
    "threeDSecureSupported": True,
    "recommendedChallengeIndicator": None,
}


TRANSACTION_DETAILS: dict[str, Any] = {
    "systemTransactionId": "1ed768bb-e88a-4636-91ae-67927ccbb02b",
    "state": "Authorised",
    "stateMessage": "Transaction Authorised",
    "transactionMethod": {"intent": "Authorisation", "fundingType": "Card", "entryType": "Ecom"},
    "merchant": "MERCHANT-1",
    "site": "SITE-1",
    "merchantTransactionId": "ECOM-001",
    "merchantTransactionDate": "2024-01-27T08:51:02.826Z",
    "amounts": {"transactionValue": 50.05, "currencyCode": "EUR"},
    "shopper": {
        "id": "Shopper_01",
        "firstName": "John",
        "lastName": "Doe",
        "dateOfBirth": "2022-01-26T00:00:00.000Z",
        "email": "shopper@example.com",
    },
}


def merchant_transaction_id_of(request: httpx.Request) -> str:
    if request.method == "POST":
        return str(json.loads(request.content)["merchantTransactionId"])
    return request.url.params["merchantTransactionId"]


def transaction(request: httpx.Request, state: str, code: str = "00") -> dict[str, Any]:
    """The spec's transaction example with the scheme code (``providerResponse``, x-unconfirmed) for
    the transaction ``request`` is about."""
    merchant_transaction_id = merchant_transaction_id_of(request)
    return {
        "systemTransactionId": "1d4e7a90-3b6c-4f2e-8a15-9c0b2d7e4f31",
        "merchantTransactionId": merchant_transaction_id,
        "state": state,
        "providerResponse": {"code": code, "message": "as PXP says it"},
    }


Answer = Callable[[httpx.Request], httpx.Response]


class DocumentedPXP:
    """PXP answering each request with the documented body for it; records what was sent."""

    def __init__(self, answers: dict[str, Answer]) -> None:
        self.answers = answers
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        path = request.url.path
        if request.method == "GET" and "/v1/transactions/" in path:
            return self.answers.get("get_transaction", _not_found)(request)
        if request.method == "POST" and path.endswith("/v1/transactions"):
            return self.answers["transaction"](request)
        if request.method == "POST":
            return self.answers["pre_initiate"](request)
        if request.method == "PUT":
            return self.answers["browser_authentication"](request)
        return self.answers["get_authentication"](request)

    def names(self) -> list[str]:
        return [f"{r.method} {r.url.path.rsplit('/v1/', 1)[-1]}" for r in self.sent]


def _not_found(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json={"errorCode": "TransactionNotFound", "errorReason": "none"})


def documented_authentication(state: str, code: str | None = None) -> dict[str, Any]:
    """The documented GET body with ``state`` (and a stateData code), for PRE_INITIATION's id."""
    body = copy.deepcopy(GET_AUTHENTICATION) | {"authenticationId": PRE_INITIATION["authenticationId"], "state": state}
    if code is not None:
        body["stateData"] = {"code": code, "reason": "as PXP says it"}
    return body


@pytest.fixture
def pxp_for() -> Iterator[Callable[[DocumentedPXP], PXP]]:
    clients: list[PXP] = []

    def make(server: DocumentedPXP) -> PXP:
        client = client_for("https://api-services.test.pxp.io/api", transport=httpx.MockTransport(server))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def json_answer(body: dict[str, Any], status: int = 200) -> Answer:
    return lambda request: httpx.Response(status, json=body)


def test_the_documented_pre_initiation_asks_for_the_3ds_method(pxp_for: Callable[[DocumentedPXP], PXP]) -> None:
    server = DocumentedPXP({"pre_initiate": json_answer(PRE_INITIATION)})
    outcome = pxp_for(server).pay(request_for("frictionless_3ds", ThreeDSMode.ALWAYS))
    assert outcome.state is State.ACTION_REQUIRED
    assert isinstance(outcome.action, FingerprintAction)
    assert outcome.action.url == PRE_INITIATION["threeDSecureFingerprintUrl"]
    assert outcome.action.fields == {"threeDSMethodData": PRE_INITIATION["threeDSecureFingerprintData"]}
    assert outcome.action.timeout_seconds == 10.0  # "within 10 seconds" (3DS "Standalone" guide)


def _after_fingerprint(pxp: PXP, server: DocumentedPXP) -> Outcome:
    started = pxp.pay(request_for("frictionless_3ds", ThreeDSMode.ALWAYS))
    return pxp.resume(started.handle, {})  # the 3DS Method did not call back within 10 s


#: The 3DS states guide, each state (with a stateData code where the guide gives one) → what the
#: merchant gets: the state, the decline code and category (None when not declined).
STATES: list[tuple[str, str | None, State, DeclineCategory | None]] = [
    ("AuthenticationSuccessful", None, State.AUTHORIZED, None),
    ("AuthenticationSuccessful", "15", State.AUTHORIZED, None),
    ("AuthenticationFailed", "01", State.DECLINED, DeclineCategory.HARD),
    ("AuthenticationFailed", "13", State.DECLINED, DeclineCategory.SOFT_SCA),
    ("AuthenticationFailed", "14", State.DECLINED, DeclineCategory.SOFT_RETRYABLE),
    ("AuthenticationFailed", "26", State.EXPIRED, None),
    ("AuthenticationRejected", "01", State.DECLINED, DeclineCategory.HARD),
    ("AuthenticationRejected", "11", State.DECLINED, DeclineCategory.FRAUD),
    ("AuthenticationError", "22", State.DECLINED, DeclineCategory.SOFT_RETRYABLE),
    ("PendingClientData", None, State.PROCESSING, None),
]


@pytest.mark.parametrize(("state", "code", "expected", "category"), STATES)
def test_every_documented_authentication_state(
    state: str,
    code: str | None,
    expected: State,
    category: DeclineCategory | None,
    pxp_for: Callable[[DocumentedPXP], PXP],
) -> None:
    server = DocumentedPXP(
        {
            "pre_initiate": json_answer(PRE_INITIATION),
            "browser_authentication": json_answer(documented_authentication(state, code)),
            "transaction": lambda request: httpx.Response(200, json=transaction(request, "Authorised")),
        }
    )
    outcome = _after_fingerprint(pxp_for(server), server)
    assert outcome.state is expected
    assert outcome.provider_status == ("Authorised" if expected is State.AUTHORIZED else state)
    assert (outcome.decline.category if outcome.decline else None) is category
    if code is not None:  # the guide: stateData applies to every state, success included
        assert outcome.three_ds is not None
        assert outcome.three_ds.status_reason == code
    if expected is State.AUTHORIZED:
        sent = json.loads(server.sent[-1].content)
        assert sent["threeDSecureData"] == {"authenticationId": PRE_INITIATION["authenticationId"]}


def test_a_pending_challenge_read_after_the_customer_came_back_is_processing(
    pxp_for: Callable[[DocumentedPXP], PXP],
) -> None:
    challenge = documented_authentication("PendingCustomerChallenge") | {
        "challengeUrl": "https://acs.example/challenge",
        "challengeData": "eyJ0aHJlZURTU2VydmVyVHJhbnNJRCI6IjEifQ",
    }
    server = DocumentedPXP(
        {
            "pre_initiate": json_answer(PRE_INITIATION),
            "browser_authentication": json_answer(challenge),
            "get_authentication": json_answer(documented_authentication("PendingCustomerChallenge")),
        }
    )
    pxp = pxp_for(server)
    challenged = _after_fingerprint(pxp, server)
    assert challenged.state is State.ACTION_REQUIRED
    assert challenged.action is not None
    assert challenged.action.url == "https://acs.example/challenge"
    back = pxp.resume(challenged.handle, {})  # the ACS posted no cres yet: read the documented GET
    assert back.state is State.PROCESSING
    poll = pxp.poll_once(back.handle)
    assert (poll.outcome.state, poll.next_poll_in is not None) == (State.PROCESSING, True)


def test_the_documented_transaction_details_answer(pxp_for: Callable[[DocumentedPXP], PXP]) -> None:
    documented = json_answer(TRANSACTION_DETAILS)
    server = DocumentedPXP({"transaction": documented, "get_transaction": documented})
    pxp = pxp_for(server)
    key = TRANSACTION_DETAILS["merchantTransactionId"]
    paid = pxp.pay(request_for("approve", ThreeDSMode.NEVER).evolve(browser=None), idempotency_key=key)
    assert (paid.state, paid.provider_status) == (State.AUTHORIZED, "Authorised")
    assert paid.payment_id == TRANSACTION_DETAILS["systemTransactionId"]
    polled = pxp.poll_once(paid.handle).outcome
    assert (polled.state, polled.payment_id) == (State.AUTHORIZED, TRANSACTION_DETAILS["systemTransactionId"])
    recovered = pxp.recover(paid.handle)
    assert recovered.state is State.AUTHORIZED
    read = server.sent[1]  # as the page's request example: the id is a query parameter
    assert read.method == "GET"
    assert read.url.path.endswith(f"/v1/transactions/{CREDENTIALS['merchant']}/{CREDENTIALS['site']}")
    assert dict(read.url.params) == {"merchantTransactionId": key}


#: Every state "Get transaction details" lists, with a stateData code of its list → the merchant's
#: state and decline. Only Authorised and Captured say funds are held; the states listed without a
#: meaning stay PROCESSING (read again), never a guessed final state.
TRANSACTION_STATES: list[tuple[str, str | None, State, DeclineCategory | None]] = [
    ("Authorised", "CRD000", State.AUTHORIZED, None),
    ("Captured", "CRD000", State.AUTHORIZED, None),
    ("Refused", "CRD100", State.DECLINED, DeclineCategory.HARD),
    ("Refused", "CRD116", State.DECLINED, DeclineCategory.SOFT_RETRYABLE),
    ("Refused", "CRD102", State.DECLINED, DeclineCategory.FRAUD),
    ("Refused", "CRD183", State.DECLINED, DeclineCategory.UNKNOWN),
    ("Rejected", None, State.DECLINED, DeclineCategory.UNKNOWN),
    ("Error", None, State.FAILED, DeclineCategory.UNKNOWN),
    ("Cancelled", None, State.CANCELED, None),
    ("Refunded", None, State.CANCELED, None),
    ("Pending", None, State.PROCESSING, None),
    ("Executed", None, State.PROCESSING, None),
    ("Confirmed", None, State.PROCESSING, None),
    ("Updated", None, State.PROCESSING, None),
    ("Approved", "CRD000", State.PROCESSING, None),
]


@pytest.mark.parametrize(("state", "code", "expected", "category"), TRANSACTION_STATES)
def test_every_documented_transaction_state(
    state: str,
    code: str | None,
    expected: State,
    category: DeclineCategory | None,
    pxp_for: Callable[[DocumentedPXP], PXP],
) -> None:
    body = TRANSACTION_DETAILS | {"state": state, "stateMessage": f"Transaction {state}"}
    if code is not None:
        body["stateData"] = {"code": code, "message": "as PXP says it"}
    server = DocumentedPXP({"transaction": json_answer(body), "get_transaction": json_answer(body)})
    pxp = pxp_for(server)
    key = TRANSACTION_DETAILS["merchantTransactionId"]
    paid = pxp.pay(request_for("approve", ThreeDSMode.NEVER).evolve(browser=None), idempotency_key=key)
    assert (paid.state, paid.provider_status) == (expected, state)
    assert (paid.decline.category if paid.decline else None) is category
    if category is not None and code is not None:
        assert paid.decline is not None
        assert (paid.decline.code, paid.decline.message) == (code, "as PXP says it")
    poll = pxp.poll_once(paid.handle)
    assert poll.outcome.state is expected
    assert (poll.next_poll_in is not None) == (expected is State.PROCESSING)
    where = f"{CREDENTIALS['merchant']}/{CREDENTIALS['site']}"
    assert server.names() == ["POST transactions", f"GET transactions/{where}"]


def test_the_scheme_code_decides_a_soft_decline_where_the_answer_carries_one(
    pxp_for: Callable[[DocumentedPXP], PXP],
) -> None:
    server = DocumentedPXP(
        {"transaction": lambda request: httpx.Response(200, json=transaction(request, "Refused", "05"))}
    )
    declined = pxp_for(server).pay(request_for("approve", ThreeDSMode.NEVER).evolve(browser=None))
    assert declined.decline is not None
    assert (declined.decline.code, declined.decline.category) == ("05", DeclineCategory.HARD)


def test_the_documented_webhook_envelope(pxp_for: Callable[[DocumentedPXP], PXP]) -> None:
    pxp = pxp_for(DocumentedPXP({}))
    event = {
        "eventCategory": "Authentication",
        "eventDate": "2025-01-27T08:53:31.402Z",
        "eventData": documented_authentication("AuthenticationRejected", "11"),
        "eventOwner": {"merchantGroup": "MG-001", "merchant": "MERCHANT-1", "site": "SITE-1"},
    }
    body = json.dumps(event).encode()
    request_id, stamp = "3b9d2f7a-6c1e-4d0b-8a5f-2e7c9b1d4f60", str(int(time.time()))
    key = CREDENTIALS["webhook_hash_key"].encode()
    signature = base64.b64encode(hmac.new(key, f"{request_id}{stamp}".encode() + body, hashlib.sha256).digest())
    headers = {"X-Request-Id": request_id, "X-Signature-Timestamp": stamp, "X-Signature": signature.decode()}
    outcome = pxp.parse_webhook(headers, body)
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.category) == ("11", DeclineCategory.FRAUD)


#: The seed's decoupled-authentication codes, each with its decision (data/pxp.json, "3ds:any:<code>"):
#: none is retried (this integration runs no decoupled authentication), and each has its category.
DECOUPLED = [
    ("23", DeclineCategory.HARD),
    ("24", DeclineCategory.SOFT_RETRYABLE),
    ("25", DeclineCategory.SOFT_RETRYABLE),
    ("29", DeclineCategory.SOFT_RETRYABLE),
    ("30", DeclineCategory.HARD),
]


@pytest.mark.parametrize(("code", "category"), [*DECOUPLED, ("01", DeclineCategory.HARD)])
def test_a_decision_for_each_decoupled_authentication_code(
    code: str, category: DeclineCategory, pxp_for: Callable[[DocumentedPXP], PXP]
) -> None:
    without_method = PRE_INITIATION | {"threeDSecureFingerprintUrl": None, "threeDSecureFingerprintData": None}
    server = DocumentedPXP(
        {
            "pre_initiate": json_answer(without_method),
            "browser_authentication": json_answer(documented_authentication("AuthenticationFailed", code)),
        }
    )
    outcome = pxp_for(server).pay(request_for("frictionless_3ds", ThreeDSMode.ALWAYS))
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.category) == (code, category)
    pre_initiations = sum(name.endswith("integrated/authentications") for name in server.names())
    assert pre_initiations == (2 if code == "01" else 1)  # 01 is retried once, the decoupled ones never
