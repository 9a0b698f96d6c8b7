"""Checkout.com's official Python SDK (``checkout-sdk``, pinned in tests/compat/requirements.txt),
unmodified, against the sandbox: the seed scenarios through the SDK a merchant would use.

Cards are Checkout.com's test cards as the sandbox plays them (docs/providers/checkout.md):
4242424242424242 approves, 4500622868341387 is soft-declined 20154 without 3DS (the SCA-retry
card of "Manage SCA retries"), 4485040371536584 is challenged when 3DS runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from scaretry import RedirectAction
from scaretry._outcome import ActionReason
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing import Customer
from tests.compat._process import MerchantProcess, SDKError, until

APPROVE = "4242424242424242"
SCA_SOFT_DECLINE = "4500622868341387"
CHALLENGE = "4485040371536584"

FINAL = {"Authorized", "Card Verified", "Captured", "Declined", "Expired", "Canceled"}


def _final(merchant: MerchantProcess, payment_id: str) -> dict[str, Any]:
    """GET payment details until the payment leaves Pending (the sandbox settles after ~0.2 s)."""
    answer = until(
        lambda: merchant.call("get_payment_details", payment_id=payment_id),
        lambda a: a["body"]["status"] in FINAL,
    )
    assert answer["status_code"] == 200
    return dict(answer["body"])


def _present(body: dict[str, Any], dotted: str) -> bool:
    node: Any = body
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def test_authorised_with_the_sdks_own_example_payment(checkout_merchant: MerchantProcess) -> None:
    # The SDK's example card payment (billing_address.state "London") is approved, and the 201
    # carries every field the SDK's own integration test reads
    # (checkout-sdk-python tests/payments/request_payments_integration_test.py).
    answer = checkout_merchant.call("request_payment", number=APPROVE)

    body = answer["body"]
    assert answer["status_code"] == 201
    assert (body["approved"], body["status"], body["response_code"]) == (True, "Authorized", "10000")
    read_by_the_sdk_tests = [
        "id", "processed_on", "reference", "action_id", "response_code", "scheme_id", "response_summary",
        "status", "amount", "approved", "auth_code", "currency", "source.type", "source.id",
        "source.avs_check", "source.cvv_check", "source.bin", "source.card_category", "source.card_type",
        "source.expiry_month", "source.expiry_year", "source.last4", "source.scheme", "source.name",
        "source.fingerprint", "source.issuer_country", "source.product_id", "source.product_type",
        "customer", "customer.id", "customer.name", "processing", "processing.acquirer_transaction_id",
        "processing.retrieval_reference_number",
    ]  # fmt: skip
    assert [field for field in read_by_the_sdk_tests if not _present(body, field)] == []


def test_soft_decline_is_upgraded_to_3ds(checkout_merchant: MerchantProcess) -> None:
    answer = checkout_merchant.call("request_payment", number=SCA_SOFT_DECLINE)

    body = answer["body"]
    assert answer["status_code"] == 202
    assert body["status"] == "Pending"
    assert body["3ds"]["upgrade_reason"] == "sca_retry"
    assert body["_links"]["redirect"]["href"].startswith("http")


def test_opt_out_of_the_upgrade_is_declined_20154(checkout_merchant: MerchantProcess) -> None:
    answer = checkout_merchant.call("request_payment", number=SCA_SOFT_DECLINE, allow_upgrade=False)

    body = answer["body"]
    assert answer["status_code"] == 201
    assert (body["approved"], body["status"], body["response_code"]) == (False, "Declined", "20154")


def test_merchant_initiated_payment_is_not_upgraded(checkout_merchant: MerchantProcess) -> None:
    answer = checkout_merchant.call("request_payment", number=SCA_SOFT_DECLINE, merchant_initiated=True)

    assert answer["status_code"] == 201
    assert (answer["body"]["status"], answer["body"]["response_code"]) == ("Declined", "20154")


@pytest.mark.parametrize(
    ("choice", "status", "code"), [("approve", "Authorized", "10000"), ("reject", "Declined", "20151")]
)
def test_upgraded_challenge_then_status_reads(
    checkout_merchant: MerchantProcess, customer: Customer, choice: str, status: str, code: str
) -> None:
    pending = checkout_merchant.call("request_payment", number=SCA_SOFT_DECLINE)["body"]

    returned = customer.act(RedirectAction(pending["_links"]["redirect"]["href"], ActionReason.SCA_RETRY), choice)
    details = _final(checkout_merchant, pending["id"])

    expected_return = "https://merchant.example/" + ("success" if choice == "approve" else "failure")
    assert (returned.url or "").startswith(expected_return)
    assert returned.params["cko-session-id"].startswith("sid_")
    assert (details["status"], details["approved"]) == (status, choice == "approve")
    assert details["3ds"]["upgrade_reason"] == "sca_retry"
    assert details["3ds"]["challenged"] is True
    # The merchant's return endpoint reads the payment by the session id on its URL.
    by_session = checkout_merchant.call("get_payment_details", payment_id=returned.params["cko-session-id"])
    assert by_session["body"]["id"] == pending["id"]
    actions = checkout_merchant.call("get_payment_actions", payment_id=pending["id"])
    assert actions["status_code"] == 200
    assert actions["body"]["items"][0]["type"] == "Authorization"
    assert actions["body"]["items"][0]["response_code"] == code


def test_the_sdks_3ds_example_runs_3ds(checkout_merchant: MerchantProcess, customer: Customer) -> None:
    # The SDK's 3DS example sends enabled true with empty eci, cryptogram and xid: empty strings are
    # no third-party authentication data, so Checkout.com runs 3DS (here: a challenge).
    answer = checkout_merchant.call("request_payment", number=CHALLENGE, three_ds="integrated")

    body = answer["body"]
    assert answer["status_code"] == 202, body
    assert body["status"] == "Pending"
    assert "upgrade_reason" not in body["3ds"]
    assert body["3ds"]["enrolled"] == "Y"
    customer.act(RedirectAction(body["_links"]["redirect"]["href"], ActionReason.CHALLENGE), "approve")
    details = _final(checkout_merchant, body["id"])
    assert details["status"] == "Authorized"
    assert details["3ds"]["challenged"] is True
    assert details["3ds"]["eci"] == "05"


def test_idempotency_key_replays_the_first_answer(checkout_merchant: MerchantProcess) -> None:
    first = checkout_merchant.call("request_payment", number=APPROVE, idempotency_key="compat-idem-1")
    again = checkout_merchant.call("request_payment", number=APPROVE, idempotency_key="compat-idem-1")

    assert (again["status_code"], again["body"]["id"]) == (first["status_code"], first["body"]["id"])


# -- Sessions (standalone 3DS): the SDK reaches them with OAuth client credentials only -----------


@pytest.fixture
def oauth_credentials() -> None:
    missing = [name for name in ("oauth_client_id", "oauth_client_secret") if name not in CHECKOUT]
    assert not missing, (
        f"scaretry.sandbox._credentials.CHECKOUT publishes no {', '.join(missing)}: the SDK's SessionsClient "
        "authenticates with OAuth client credentials only (POST {authorization_uri} = <root>/connect/token)"
    )


@pytest.mark.usefixtures("oauth_credentials")
def test_frictionless_browser_session_then_payment(checkout_merchant: MerchantProcess) -> None:
    # The SDK's non-hosted browser session (tests/sessions/request_and_get_sessions_integration_test.py).
    created = checkout_merchant.call("request_session", number=APPROVE, hosted=False, with_browser=True)

    session = created["body"]
    assert created["status_code"] in (201, 202)
    assert session["id"].startswith("sid_")
    assert session["session_secret"].startswith("sek_")
    with_token = checkout_merchant.call("get_session_details", session_id=session["id"])
    with_secret = checkout_merchant.call(
        "get_session_details", session_id=session["id"], session_secret=session["session_secret"]
    )
    assert with_token["body"]["session_secret"] == session["session_secret"]  # OAuth callers see it
    assert "cryptogram" not in with_secret["body"]  # session-secret callers never see the authentication value
    assert with_token["body"]["status"] == "approved"
    paid = checkout_merchant.call("pay_with_session", number=APPROVE, session_id=session["id"])
    assert paid["status_code"] == 201
    assert (paid["body"]["approved"], paid["body"]["status"]) == (True, "Authorized")


@pytest.mark.usefixtures("oauth_credentials")
@pytest.mark.parametrize("update", ["update_session", "update_3ds_method_completion"])
def test_pending_hosted_session_accepts_updates(checkout_merchant: MerchantProcess, update: str) -> None:
    # The SDK's update tests (tests/sessions/update_sessions_integration_test.py) update a hosted
    # session right after creating it, with the OAuth token and with the session secret.
    session = checkout_merchant.call("request_session", number=CHALLENGE, hosted=True)["body"]

    with_token = checkout_merchant.call(update, session_id=session["id"])
    with_secret = checkout_merchant.call(update, session_id=session["id"], session_secret=session["session_secret"])

    assert (with_token["status_code"], with_token["body"]["id"]) == (200, session["id"])
    assert (with_secret["status_code"], with_secret["body"]["id"]) == (200, session["id"])


@pytest.mark.usefixtures("oauth_credentials")
def test_completing_a_hosted_session_is_not_allowed(checkout_merchant: MerchantProcess) -> None:
    # tests/sessions/complete_sessions_integration_test.py: 403 operation_not_allowed.
    session = checkout_merchant.call("request_session", number=CHALLENGE, hosted=True)["body"]

    with pytest.raises(SDKError) as raised:
        checkout_merchant.call("complete_session", session_id=session["id"])

    error = raised.value.error
    assert (error["status_code"], error["error_type"]) == (403, "operation_not_allowed")
    assert error["error_details"] == ["update_not_allowed_due_to_state"]


@pytest.mark.usefixtures("oauth_credentials")
@pytest.mark.parametrize(("choice", "status"), [("approve", "approved"), ("reject", "declined")])
def test_hosted_session_challenge(
    checkout_merchant: MerchantProcess, customer: Customer, choice: str, status: str
) -> None:
    created = checkout_merchant.call("request_session", number=CHALLENGE, hosted=True)

    session = created["body"]
    assert created["status_code"] == 202
    assert session["next_actions"] == ["redirect_cardholder"]
    returned = customer.act(RedirectAction(session["_links"]["redirect_url"]["href"], ActionReason.CHALLENGE), choice)
    assert returned.params["cko-session-id"] == session["id"]
    final = until(
        lambda: checkout_merchant.call("get_session_details", session_id=session["id"])["body"],
        lambda s: s["status"] not in ("pending", "processing", "challenged"),
    )
    assert (final["status"], final["challenged"]) == (status, True)
