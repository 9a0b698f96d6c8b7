"""Checkout.com's own example answers, fed through the public client (``pay``, ``poll_once``,
``resume``, ``authenticate``, ``parse_webhook``) with an ``httpx.MockTransport``: each must give the
outcome it documents. Every body says where it is printed; where the page's example is cut short in
the stored copy, or a field is adapted, the comment says what and why.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scaretry._outcome import ActionReason, DeclineCategory, RedirectAction, State
from scaretry._request import ThreeDSMode
from scaretry.providers.checkout import Checkout
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing.scenarios.checkout import request_for

# "Manage SCA retries" (https://www.checkout.com/docs/payments/authenticate-payments/manage-sca-retries,
# January 2026): the payment made with a Hosted Sessions authentication, 201.
SEED_SESSION_PAYMENT_201 = {
    "id": "pay_mbabizu24mvu3mela5njyhpit4",
    "action_id": "act_mbabizu24mvu3mela5njyhpit4",
    "amount": 6510,
    "currency": "USD",
    "approved": True,
    "status": "Authorized",
    "response_code": "10000",
    "response_summary": "Approved",
    "processed_on": "2023-09-10T10:11:12Z",
    "_links": {
        "self": {"href": "https://[prefix].api.sandbox.checkout.com/payments/pay_mbabizu24mvu3mela5njyhpit4"},
        "action": {"href": "https://[prefix].api.sandbox.checkout.com/payments/pay_mbabizu24mvu3mela5njyhpit4/actions"},
    },
}

# The same page: the answer to "Request a session" (non-hosted completion, still pending).
SEED_SESSION = {
    "session_secret": "sek_Dal7UyiH8rIFXA4PfgiIk2jUyQkVDeEWgVBEL4TsRTE=",
    "id": "sid_y3oqhf46pyzuxjbcn2giaqnb441",
    "transaction_id": "9aea641d-0549-4222-9ca9-d90b43a4f38c",
    "scheme": "amex",
    "amount": 6510,
    "currency": "USD",
    "authentication_type": "regular",
    "authentication_category": "payment",
    "status": "pending",
    "protocol_version": "2.2.0",
    "_links": {"self": {"href": "https://[prefix].api.checkout.com/sessions/sid_y3oqhf46pyzuxjbcn2giaqnb441"}},
}

# API reference, "Request a payment or payout", 201 example (checkout/checkout-api-reference,
# nas_spec/paths/payments.yaml): its links are named `action`, and `void`/`capture` point at each
# other's URL, as printed.
REFERENCE_201 = {
    "id": "pay_mbabizu24mvu3mela5njyhpit4",
    "action_id": "act_mbabizu24mvu3mela5njyhpit4",
    "amount": 6540,
    "currency": "USD",
    "approved": True,
    "status": "Authorized",
    "auth_code": "770687",
    "response_code": "10000",
    "response_summary": "Approved",
    "3ds": {"downgraded": True, "enrolled": "N"},
    "risk": {"flagged": True},
    "source": {
        "type": "card",
        "id": "src_nwd3m4in3hkuddfpjsaevunhdy",
        "billing_address": {
            "address_line1": "Checkout.com",
            "address_line2": "90 Tottenham Court Road",
            "city": "London",
            "state": "London",
            "zip": "W1T 4TJ",
            "country": "GB",
        },
        "phone": {"country_code": "+1", "number": "415 555 2671"},
        "last4": "4242",
        "fingerprint": "F31828E2BDABAE63EB694903825CDD36041CC6ED461440B81415895855502832",
        "bin": "424242",
    },
    "customer": {"id": "cus_udst2tfldj6upmye2reztkmm4i", "email": "jokershere@gmail.com", "name": "Jack Napier"},
    "processed_on": "2019-09-10T10:11:12Z",
    "reference": "ORD-5023-4E89",
    "processing": {"retrieval_reference_number": "909913440644", "acquirer_transaction_id": "440644309099499894406"},
    "eci": "06",
    "scheme_id": "489341065491658",
    "_links": {
        "self": {"href": "https://api.sandbox.checkout.com/payments/pay_mbabizu24mvu3mela5njyhpit4"},
        "action": {"href": "https://api.sandbox.checkout.com/payments/pay_mbabizu24mvu3mela5njyhpit4/actions"},
        "void": {"href": "https://api.sandbox.checkout.com/payments/pay_mbabizu24mvu3mela5njyhpit4/captures"},
        "capture": {"href": "https://api.sandbox.checkout.com/payments/pay_mbabizu24mvu3mela5njyhpit4/voids"},
    },
}

# API reference, "Request a payment or payout", 202: the reference prints no whole 202, so this is
# its PaymentAcceptedResponse field examples put together (id, status, reference, _links.self,
# _links.redirect), with the `3ds` block "Manage SCA retries" describes ("a 202 payment response with
# an "upgrade_reason": "sca_retry" field in the 3ds object", and the 3dsEnrollmentData fields).
REFERENCE_202 = {
    "id": "pay_mbabizu24mvu3mela5njyhpit4",
    "status": "Pending",
    "reference": "ORD-5023-4E89",
    "_links": {
        "self": {"href": "https://api.checkout.com/payments/pay_mbabizu24mvu3mela5njyhpit4"},
        "redirect": {"href": "https://api.checkout.com/3ds/pay_mbabizu24mvu3mela5njyhpit4"},
    },
}
SCA_RETRY_202 = REFERENCE_202 | {"3ds": {"downgraded": False, "enrolled": "Y", "upgrade_reason": "sca_retry"}}

# "Get payment details" (https://www.checkout.com/docs/previous/payments/manage-payments/get-payment-details):
# the response example, as far as the stored copy goes (it stops inside `3ds.xid`; the payout
# `destination` block is left out, it is not a card payment's).
DOCS_DETAILS_AUTHORIZED = {
    "id": "pay_mbabizu24mvu3mela5njyhpit4",
    "requested_on": "2021-01-21T09:20:51Z",
    "source": {
        "type": "card",
        "id": "src_nwd3m4in3hkuddfpjsaevunhdy",
        "billing_address": {
            "address_line1": "Checkout.com",
            "address_line2": "90 Tottenham Court Road",
            "city": "London",
            "state": "London",
            "zip": "W1T 4TJ",
            "country": "GB",
        },
        "phone": {"country_code": "+1", "number": "4155552671"},
    },
    "amount": 6540,
    "currency": "USD",
    "payment_type": "Recurring",
    "reference": "ORD-5023-4E89",
    "description": "Set of 3 masks",
    "approved": True,
    "status": "Authorized",
    "3ds": {
        "downgraded": False,
        "enrolled": "Y",
        "signature_valid": "Y",
        "authentication_response": "Y",
        "cryptogram": "hv8mUFzPzRZoCAAAAAEQBDMAAAA=",
    },
}

# "Get a list of payments" (https://www.checkout.com/docs/payments/manage-payments/get-a-list-of-payments):
# the one payment of its response example, a decline, as far as the stored copy goes (it stops in
# `_links`).
DOCS_DETAILS_DECLINED = {
    "id": "pay_einf5abzzgbejdpuartvqgl36i",
    "requested_on": "2022-04-14T17:03:10.103019Z",
    "source": {
        "type": "card",
        "expiry_month": 11,
        "expiry_year": 2024,
        "scheme": "Visa",
        "last4": "7526",
        "fingerprint": "F2FFA3967396478A7EB64FE6E0A2384F230C23A2F7E520D27EDBB46F24E5B922",
        "bin": "482028",
        "card_type": "CREDIT",
        "card_category": "CONSUMER",
        "issuer": "Test Bank",
        "issuer_country": "US",
        "product_id": "N1",
        "product_type": "Visa Rewards",
    },
    "amount": 1000,
    "currency": "EUR",
    "payment_type": "Recurring",
    "reference": "ORD-5023-4E89",
    "description": "Set of 3 masks",
    "status": "Declined",
    "approved": False,
    "3ds": {"downgraded": False, "enrolled": "N"},
    "risk": {"flagged": False, "score": 0},
    "metadata": {"udf1": "TEST123", "coupon_code": "NY2024", "partner_id": "123989"},
}

# "Webhook event types › payment_authentication_failed" (docs): the example's data, in the envelope
# every current event has (id, type, version, created_on).
DOCS_AUTHENTICATION_FAILED = {
    "id": "evt_fd24is7dik62vstqqzpt6zhkke",
    "type": "payment_authentication_failed",
    "version": "1.0.29",
    "created_on": "2026-03-02T12:15:02.1234567Z",
    "data": {
        "id": "pay_crbj4g6nfveezfrn47hgj5cs6q",
        "action_id": "act_mv72wxz6j2nene7l6urd7fcasa",
        "reference": "ORD-5023-4E89",
        "amount": 1000,
        "currency": "EUR",
        "response_code": "20152",
        "response_summary": "Initial 3DS transaction not completed within 15 minutes",
        "3ds": {
            "version": "2.2.0",
            "upgrade_reason": "sca_retry",
            "challenged": True,
            "challenge_indicator": "challenge_requested",
            "exemption": "low_value",
            "authentication_status_reason": "12",
        },
    },
}


class Provider:
    """Answers ``POST`` with ``posted`` and ``GET`` with ``read`` (status, body); keeps what was asked."""

    def __init__(self, posted: tuple[int, Any] | None = None, read: tuple[int, Any] | None = None) -> None:
        self.posted = posted
        self.read = read
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(f"{request.method} {request.url.path}")
        answer = self.posted if request.method == "POST" else self.read
        assert answer is not None, f"unexpected {request.method} {request.url.path}"
        return httpx.Response(answer[0], json=answer[1])


@pytest.fixture
def provider() -> Provider:
    return Provider()


@pytest.fixture
def client(provider: Provider) -> Iterator[Checkout]:
    with Checkout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        webhook_signature_key=CHECKOUT["webhook_signature_key"],
        base_url="https://api.sandbox.checkout.com",
        transport=httpx.MockTransport(provider),
    ) as checkout:
        yield checkout


def test_the_reference_201_is_authorized(client: Checkout, provider: Provider) -> None:
    provider.posted = (201, REFERENCE_201)
    outcome = client.pay(request_for("approve", ThreeDSMode.ALWAYS))
    assert outcome.state is State.AUTHORIZED
    assert outcome.payment_id == "pay_mbabizu24mvu3mela5njyhpit4"
    assert outcome.provider_status == "Authorized"
    assert outcome.decline is None
    assert outcome.three_ds is not None
    assert outcome.three_ds.eci == "06"


def test_the_seeds_session_payment_201_is_authorized(client: Checkout, provider: Provider) -> None:
    provider.posted = (201, SEED_SESSION_PAYMENT_201)
    outcome = client.pay_with_session(request_for("approve"), "sid_y3oqhf46pyzuxjbcn2giaqnb44")
    assert outcome.state is State.AUTHORIZED
    assert outcome.payment_id == "pay_mbabizu24mvu3mela5njyhpit4"


def test_the_sca_retry_202_sends_the_customer_to_authenticate(client: Checkout, provider: Provider) -> None:
    provider.posted = (202, SCA_RETRY_202)
    outcome = client.pay(request_for("sca_required"))
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.upgraded
    assert outcome.action == RedirectAction(
        "https://api.checkout.com/3ds/pay_mbabizu24mvu3mela5njyhpit4", ActionReason.SCA_RETRY
    )


def test_the_reference_202_is_a_challenge(client: Checkout, provider: Provider) -> None:
    provider.posted = (202, REFERENCE_202)
    outcome = client.pay(request_for("challenge", ThreeDSMode.ALWAYS))
    assert outcome.state is State.ACTION_REQUIRED
    assert not outcome.upgraded
    assert isinstance(outcome.action, RedirectAction)
    assert outcome.action.reason is ActionReason.CHALLENGE


def test_the_documented_details_read_authorized_by_poll_and_by_the_return_url(
    client: Checkout, provider: Provider
) -> None:
    provider.posted, provider.read = (202, REFERENCE_202), (200, DOCS_DETAILS_AUTHORIZED)
    started = client.pay(request_for("challenge", ThreeDSMode.ALWAYS))
    polled = client.poll_once(started.handle)
    assert polled.outcome.state is State.AUTHORIZED
    assert polled.next_poll_in is None  # final: nothing to poll
    assert polled.outcome.three_ds is not None
    assert polled.outcome.three_ds.authenticated is True
    # The return URL carries the session id ("Get payment details": ?cko-session-id=sid_…).
    returned = client.resume(started.handle, {"cko-session-id": "sid_ubfj2q76miwundwlk72vxt2i7q"})
    assert returned.state is State.AUTHORIZED
    assert provider.paths[-1] == "GET /payments/sid_ubfj2q76miwundwlk72vxt2i7q"


def test_the_documented_declined_payment_reads_declined(client: Checkout, provider: Provider) -> None:
    provider.posted, provider.read = (202, REFERENCE_202), (200, DOCS_DETAILS_DECLINED | {"id": REFERENCE_202["id"]})
    outcome = client.poll_once(client.pay(request_for("approve")).handle).outcome
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert outcome.decline.category is DeclineCategory.UNKNOWN  # no actions listed: no code to read


def test_the_seeds_session_is_pending(client: Checkout, provider: Provider) -> None:
    provider.posted = (202, SEED_SESSION)
    outcome = client.authenticate(request_for("challenge"))
    assert outcome.state is State.PROCESSING  # non-hosted, no page to send the customer to yet
    assert outcome.payment_id == "sid_y3oqhf46pyzuxjbcn2giaqnb441"
    assert outcome.three_ds is not None
    assert outcome.three_ds.version == "2.2.0"


def test_the_documented_authentication_failed_event_is_an_expired_upgrade(client: Checkout) -> None:
    body = json.dumps(DOCS_AUTHENTICATION_FAILED).encode()
    signature = hmac.new(CHECKOUT["webhook_signature_key"].encode(), body, hashlib.sha256).hexdigest()
    outcome = client.parse_webhook({"Cko-Signature": signature}, body)
    assert outcome.state is State.EXPIRED
    assert outcome.upgraded
    assert outcome.decline is not None
    assert outcome.decline.code == "20152"
    assert outcome.three_ds is not None
    assert outcome.three_ds.status_reason == "12"
