"""The Checkout.com sandbox over real HTTP on loopback, with plain httpx (no facade)."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from scaretry._outcome import ActionReason, RedirectAction
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing import Customer, WebhookReceiver
from scaretry.testing._customer import Choice

SUCCESS = "https://shop.example/ok"
FAILURE = "https://shop.example/ko"
APPROVE, CHALLENGE, SCA = "4242424242424242", "4485040371536584", "4500622868341387"
HEADERS = {"Authorization": f"Bearer {CHECKOUT['secret_key']}"}


@pytest.fixture
def api(scaretry_sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=scaretry_sandbox.url_for("checkout"), headers=HEADERS, timeout=10) as client:
        yield client


def payment(number: str = APPROVE, three_ds: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "source": {"type": "card", "number": number, "expiry_month": 12, "expiry_year": 2030, "cvv": "100"},
        "amount": 6510,
        "currency": "EUR",
        "reference": "ORD-T-1",
        "processing_channel_id": CHECKOUT["processing_channel_id"],
        "3ds": three_ds if three_ds is not None else {"enabled": False},
        "success_url": SUCCESS,
        "failure_url": FAILURE,
    }
    return body | extra


def count(admin: httpx.Client, what: str = "payments") -> int:
    value: int = admin.get("/_sandbox/state").json()["checkout"][what]
    return value


def settle(api: httpx.Client, ident: str, timeout: float = 5.0) -> dict[str, Any]:
    """Poll GET /payments/{id} until it is no longer Pending (the sandbox settles asynchronously)."""
    deadline = time.monotonic() + timeout
    while True:
        body: dict[str, Any] = api.get(f"/payments/{ident}").json()
        if body["status"] != "Pending" or time.monotonic() > deadline:
            return body
        time.sleep(0.05)


def challenge(url: str, choice: Choice) -> Any:
    return Customer().act(RedirectAction(url, ActionReason.CHALLENGE), choice)


# -- payments ---------------------------------------------------------------------------------


def test_non_3ds_approval_is_a_201_without_card_data(api: httpx.Client) -> None:
    response = api.post("/payments", json=payment())
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "Authorized"
    assert body["approved"] is True
    assert body["response_code"] == "10000"
    assert body["id"].startswith("pay_")
    assert len(body["id"]) == 30
    assert body["source"]["last4"] == "4242"
    assert body["source"]["id"].startswith("src_")
    assert APPROVE not in response.text
    assert '"cvv"' not in response.text
    assert response.headers["cko-request-id"]
    details = api.get(f"/payments/{body['id']}").json()
    assert details["status"] == "Authorized"
    assert "3ds" not in details


def test_three_ds_frictionless(api: httpx.Client) -> None:
    body = api.post("/payments", json=payment(three_ds={"enabled": True})).json()
    assert body["status"] == "Authorized"
    assert body["3ds"] == {"downgraded": False, "enrolled": "Y"}
    details = api.get(f"/payments/{body['id']}").json()
    assert details["3ds"]["authentication_response"] == "Y"
    assert details["3ds"]["challenged"] is False


@pytest.mark.parametrize(
    ("choice", "status", "code", "back"),
    [
        ("approve", "Authorized", "10000", SUCCESS),
        ("reject", "Declined", "20151", FAILURE),
        ("abandon", "Expired", "20152", None),
    ],
)
def test_challenge(api: httpx.Client, choice: Choice, status: str, code: str, back: str | None) -> None:
    response = api.post("/payments", json=payment(CHALLENGE, {"enabled": True}))
    assert response.status_code == 202
    accepted = response.json()
    assert accepted["status"] == "Pending"
    assert "upgrade_reason" not in accepted["3ds"]
    pending = api.get(f"/payments/{accepted['id']}").json()
    assert pending["status"] == "Pending"
    assert pending["_links"]["redirect"] == accepted["_links"]["redirect"]
    assert api.get(f"/payments/{accepted['id']}/actions").status_code == 404  # no action yet

    returned = challenge(accepted["_links"]["redirect"]["href"], choice)
    assert (returned.url or "").split("?")[0] == (back or "")
    if back:
        sid = returned.params["cko-session-id"]
        by_session = api.get(f"/payments/{sid}").json()
        assert by_session["id"] == accepted["id"]
        # The issuer has not answered yet: still Pending, and nothing to redirect to any more.
        assert by_session["status"] == "Pending"
        assert "redirect" not in by_session["_links"]
    final = settle(api, accepted["id"])
    assert final["status"] == status
    assert final["actions"][0]["response_code"] == code
    assert final["3ds"]["challenged"] is True
    assert api.get(f"/payments/{accepted['id']}/actions").json()[0]["response_code"] == code
    # The 3DS page is single-use.
    assert httpx.get(accepted["_links"]["redirect"]["href"]).status_code == 409


def test_unanswered_challenge_expires_after_15_minutes(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    accepted = api.post("/payments", json=payment(CHALLENGE, {"enabled": True})).json()
    assert api.get(f"/payments/{accepted['id']}").json()["status"] == "Pending"
    sandbox_admin.post("/_sandbox/clock/advance", json={"seconds": 15 * 60 + 1})
    expired = api.get(f"/payments/{accepted['id']}").json()
    assert expired["status"] == "Expired"
    assert expired["actions"][0]["response_code"] == "20152"


def test_sca_soft_decline_is_upgraded_for_a_customer_initiated_payment(api: httpx.Client) -> None:
    response = api.post("/payments", json=payment(SCA, {"enabled": False}))  # allow_upgrade defaults to true
    assert response.status_code == 202
    body = response.json()
    assert body["3ds"]["upgrade_reason"] == "sca_retry"
    assert body["_links"]["redirect"]["href"]
    challenge(body["_links"]["redirect"]["href"], "approve")
    final = settle(api, body["id"])
    assert final["status"] == "Authorized"
    assert final["3ds"]["upgrade_reason"] == "sca_retry"


@pytest.mark.parametrize(
    "extra",
    [
        {"3ds": {"enabled": False, "allow_upgrade": False}},
        {"3ds": {"enabled": False, "allow_upgrade": True}, "merchant_initiated": True, "payment_type": "Recurring"},
    ],
    ids=["allow_upgrade_false", "merchant_initiated"],
)
def test_sca_soft_decline_stays_declined(api: httpx.Client, extra: dict[str, Any]) -> None:
    response = api.post("/payments", json=payment(SCA) | extra)
    assert response.status_code == 201
    assert response.json()["status"] == "Declined"
    assert response.json()["response_code"] == "20154"


@pytest.mark.parametrize(
    ("number", "code"), [("4544249167673670", "20051"), ("4897453568485113", "20059"), ("4095254802642505", "20068")]
)
def test_decline_cards(api: httpx.Client, number: str, code: str) -> None:
    body = api.post("/payments", json=payment(number)).json()
    assert body["status"] == "Declined"
    assert body["approved"] is False
    assert body["response_code"] == code
    assert api.get(f"/payments/{body['id']}").json()["actions"][0]["response_code"] == code


def test_stored_source_from_an_earlier_payment_keeps_its_card(api: httpx.Client) -> None:
    first = api.post("/payments", json=payment(SCA, {"enabled": False, "allow_upgrade": False})).json()
    source_id = api.get(f"/payments/{first['id']}").json()["source"].get("id")
    assert source_id is None  # a declined payment returns no reusable source
    ok = api.post("/payments", json=payment()).json()
    # An agreement set up elsewhere (a scheme id the sandbox never issued): the card decides.
    mit = payment(merchant_initiated=True, payment_type="Recurring", previous_payment_id="488341541494658")
    mit["source"] = {"type": "id", "id": ok["source"]["id"]}
    assert api.post("/payments", json=mit).json()["status"] == "Authorized"


# -- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "error_type", "code"),
    [
        (b"{not json", "request_malformed", "request_body_malformed"),
        (json.dumps(payment() | {"amount": "65.10"}).encode(), "request_invalid", "amount_invalid"),
        (
            json.dumps({k: v for k, v in payment().items() if k != "currency"}).encode(),
            "request_invalid",
            "currency_required",
        ),
        (
            json.dumps({k: v for k, v in payment().items() if k != "source"}).encode(),
            "request_invalid",
            "payment_source_required",
        ),
        (
            json.dumps({k: v for k, v in payment().items() if k != "processing_channel_id"}).encode(),
            "request_invalid",
            "processing_channel_id_required",
        ),
        (json.dumps(payment("4242424242424241")).encode(), "request_invalid", "card_number_invalid"),
    ],
    ids=["malformed", "wrong_type", "missing_currency", "missing_source", "missing_channel", "luhn"],
)
def test_bad_input_is_a_422_and_creates_nothing(
    api: httpx.Client, sandbox_admin: httpx.Client, content: bytes, error_type: str, code: str
) -> None:
    before = count(sandbox_admin)
    key = str(uuid.uuid4())
    response = api.post(
        "/payments", content=content, headers={"Content-Type": "application/json", "Cko-Idempotency-Key": key}
    )
    assert response.status_code == 422
    body = response.json()
    assert body["error_type"] == error_type
    assert code in body["error_codes"]
    assert body["request_id"]
    assert count(sandbox_admin) == before
    # A failed request stores nothing under its key: the same key with a good body is processed.
    assert api.post("/payments", json=payment(), headers={"Cko-Idempotency-Key": key}).status_code == 201


def test_oversized_body_unknown_path_and_method(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    before = count(sandbox_admin)
    big = payment(description="x" * 70_000)
    assert api.post("/payments", json=big).status_code == 413
    missing = api.get("/payments/pay_aaaaaaaaaaaaaaaaaaaaaaaaaa/no-such-thing")
    assert missing.status_code == 404
    assert missing.headers["cko-request-id"]
    assert not missing.content
    assert api.get("/payments/pay_aaaaaaaaaaaaaaaaaaaaaaaaaa").status_code == 404
    assert api.delete("/payments").status_code == 405
    assert count(sandbox_admin) == before


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer sk_sbox_wrongwrongwrongwrongwrongwro", "Basic abc", CHECKOUT["secret_key"] + "x"],
    ids=["none", "wrong_key", "wrong_scheme", "near_miss"],
)
def test_bad_credentials_are_a_bare_401(
    scaretry_sandbox: SandboxServer, sandbox_admin: httpx.Client, authorization: str | None
) -> None:
    before = count(sandbox_admin)
    headers = {"Authorization": authorization} if authorization else {}
    response = httpx.post(scaretry_sandbox.url_for("checkout") + "/payments", json=payment(), headers=headers)
    assert response.status_code == 401
    assert response.content == b""
    assert response.headers["cko-request-id"]
    assert count(sandbox_admin) == before


def test_bare_secret_key_is_accepted(scaretry_sandbox: SandboxServer) -> None:
    response = httpx.post(
        scaretry_sandbox.url_for("checkout") + "/payments",
        json=payment(),
        headers={"Authorization": CHECKOUT["secret_key"]},
    )
    assert response.status_code == 201


# -- idempotency and faults ---------------------------------------------------------------------


def test_repeated_key_replays_the_first_answer(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    before = count(sandbox_admin)
    headers = {"Cko-Idempotency-Key": str(uuid.uuid4())}
    first = api.post("/payments", json=payment(SCA), headers=headers)
    second = api.post("/payments", json=payment(SCA), headers=headers)
    assert first.status_code == second.status_code == 202
    assert first.content == second.content
    assert count(sandbox_admin) == before + 1


def test_concurrent_duplicate_gets_429(api: httpx.Client, scaretry_sandbox: SandboxServer) -> None:
    headers = {"Cko-Idempotency-Key": str(uuid.uuid4())}
    with ThreadPoolExecutor(2) as pool:
        slow = pool.submit(api.post, "/payments", json=payment(), headers=headers | {"X-Sandbox-Fault": "latency=0.5"})
        time.sleep(0.15)
        duplicate = api.post("/payments", json=payment(), headers=headers)
        assert slow.result().status_code == 201
    assert duplicate.status_code == 429  # "Idempotency": concurrent requests with one key get 429 …
    assert duplicate.json()["error_type"] == "duplicate_request"
    assert duplicate.json()["error_codes"] == ["duplicate_request"]
    assert "retry-after" not in duplicate.headers  # … and no Retry-After


def test_fault_injection(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    unavailable = api.post("/payments", json=payment(), headers={"X-Sandbox-Fault": "status=503;retry-after=1"})
    assert unavailable.status_code == 503
    assert unavailable.headers["retry-after"] == "1"
    assert unavailable.json()["error_type"] == "service_unavailable"
    limited = api.get("/payments/pay_aaaaaaaaaaaaaaaaaaaaaaaaaa", headers={"X-Sandbox-Fault": "status=429"})
    assert limited.status_code == 429
    assert limited.json()["error_codes"] == ["too_many_requests"]

    before = count(sandbox_admin)
    headers = {"Cko-Idempotency-Key": str(uuid.uuid4())}
    with pytest.raises(httpx.HTTPError):
        api.post("/payments", json=payment(), headers=headers | {"X-Sandbox-Fault": "drop-after-commit"})
    assert count(sandbox_admin) == before + 1  # committed although the client saw nothing
    again = api.post("/payments", json=payment(), headers=headers)
    assert again.status_code == 201
    assert count(sandbox_admin) == before + 1


# -- webhooks -----------------------------------------------------------------------------------


@pytest.fixture
def receiver(sandbox_admin: httpx.Client, webhook_receiver: WebhookReceiver) -> Iterator[WebhookReceiver]:
    """The receiver, registered as Checkout.com's webhook endpoint."""
    sandbox_admin.put("/_sandbox/webhooks/checkout", json={"url": webhook_receiver.url}).raise_for_status()
    yield webhook_receiver
    sandbox_admin.delete("/_sandbox/webhooks/checkout")


def _events(receiver: WebhookReceiver, n: int) -> list[dict[str, Any]]:
    events = []
    for hook in receiver.wait(n):
        expected = hmac.new(CHECKOUT["webhook_signature_key"].encode(), hook.body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(hook.headers["cko-signature"], expected)
        events.append(json.loads(hook.body))
    return events


def test_webhooks_are_signed_and_sent_on_final_states(api: httpx.Client, receiver: WebhookReceiver) -> None:
    approved = api.post("/payments", json=payment()).json()
    accepted = api.post("/payments", json=payment(CHALLENGE, {"enabled": True})).json()
    challenge(accepted["_links"]["redirect"]["href"], "reject")
    # No poll: the payment settles by itself and the webhook still arrives.
    events = _events(receiver, 2)
    by_payment = {e["data"]["id"]: e for e in events}
    assert by_payment[approved["id"]]["type"] == "payment_approved"
    failed = by_payment[accepted["id"]]
    assert failed["type"] == "payment_authentication_failed"
    assert failed["data"]["response_code"] == "20151"
    assert failed["id"].startswith("evt_")
    assert APPROVE not in json.dumps(events)


# -- sessions -----------------------------------------------------------------------------------


def session_body(number: str = APPROVE, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "source": {"type": "card", "number": number, "expiry_month": 12, "expiry_year": 2030},
        "amount": 6510,
        "currency": "EUR",
        "processing_channel_id": CHECKOUT["processing_channel_id"],
        "completion": {"type": "hosted", "success_url": SUCCESS, "failure_url": FAILURE},
    }
    return body | extra


BROWSER = {
    "channel": "browser",
    "accept_header": "text/html",
    "java_enabled": False,
    "javascript_enabled": True,
    "language": "en-GB",
    "color_depth": "24",
    "screen_height": "1080",
    "screen_width": "1920",
    "timezone": "0",
    "user_agent": "Mozilla/5.0 scaretry-test",
    "ip_address": "203.0.113.9",
}


def test_hosted_session_then_payment(api: httpx.Client, scaretry_sandbox: SandboxServer) -> None:
    created = api.post("/sessions", json=session_body(CHALLENGE))
    assert created.status_code == 202
    session = created.json()
    assert session["next_actions"] == ["redirect_cardholder"]
    assert session["session_secret"].startswith("sek_")
    # Not authenticated yet: a payment with it is refused.
    refused = api.post("/payments", json=payment(three_ds={"enabled": True, "authentication_id": session["id"]}))
    assert refused.status_code == 422
    returned = challenge(session["_links"]["redirect_url"]["href"], "approve")
    assert returned.url is not None
    assert returned.params["cko-session-id"] == session["id"]
    deadline = time.monotonic() + 5
    while (details := api.get(f"/sessions/{session['id']}").json())["status"] != "approved":
        assert time.monotonic() < deadline
        assert details["status"] == "processing"
        time.sleep(0.05)
    assert details["challenged"] is True
    assert details["eci"] == "05"
    assert "cryptogram" in details
    # The session secret authorises this one session, and never sees the authentication value.
    as_client = httpx.get(
        scaretry_sandbox.url_for("checkout") + f"/sessions/{session['id']}",
        headers={"Authorization": session["session_secret"]},
    )
    assert as_client.status_code == 200
    assert "cryptogram" not in as_client.json()
    other = api.post("/sessions", json=session_body()).json()
    assert (
        httpx.get(
            scaretry_sandbox.url_for("checkout") + f"/sessions/{other['id']}",
            headers={"Authorization": session["session_secret"]},
        ).status_code
        == 401
    )
    paid = api.post("/payments", json=payment(three_ds={"enabled": True, "authentication_id": session["id"]}))
    assert paid.status_code == 201
    assert paid.json()["status"] == "Authorized"


def test_non_hosted_session_steps(api: httpx.Client) -> None:
    completion = {"type": "non_hosted", "callback_url": "https://shop.example/3ds/callback"}
    created = api.post("/sessions", json=session_body(CHALLENGE, completion=completion)).json()
    assert created["next_actions"] == ["collect_channel_data"]
    sid = created["id"]
    early = api.put(f"/sessions/{sid}/issuer-fingerprint", json={"three_ds_method_completion": "Y"})
    assert early.status_code == 403  # "Sessions › Errors": operation_not_allowed comes with 403
    assert early.json()["error_codes"] == ["update_not_allowed_due_to_state"]
    collected = api.put(f"/sessions/{sid}/collect-data", json=BROWSER).json()
    assert collected["next_actions"] == ["issuer_fingerprint"]
    assert collected["_links"]["three_ds_method_url"]
    challenged = api.put(f"/sessions/{sid}/issuer-fingerprint", json={"three_ds_method_completion": "Y"}).json()
    assert challenged["status"] == "challenged"
    assert challenged["acs"]["url"]
    assert api.post(f"/sessions/{sid}/complete").status_code == 403  # not final yet
    returned = challenge(challenged["acs"]["url"], "reject")
    assert returned.url is None
    time.sleep(0.3)
    declined = api.get(f"/sessions/{sid}").json()
    assert declined["status"] == "declined"
    assert declined["response_status_reason"] == "01"
    assert api.post(f"/sessions/{sid}/complete").status_code == 204
    assert api.get(f"/sessions/{sid}").json()["completed"] is True

    frictionless = api.post(
        "/sessions",
        json=session_body(completion=completion, channel_data=BROWSER | {"three_ds_method_completion": "U"}),
    )
    assert frictionless.status_code == 201
    assert frictionless.json()["status"] == "approved"


def test_session_errors_use_the_sessions_shape(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    before = count(sandbox_admin, "sessions")
    invalid = api.post("/sessions", json={"currency": "EUR"})
    assert invalid.status_code == 422
    assert invalid.json()["error_type"] == "unprocessable_entity"
    assert "source_required" in invalid.json()["error_codes"]
    missing = api.get("/sessions/sid_aaaaaaaaaaaaaaaaaaaaaaaaaa")
    assert missing.status_code == 404
    assert missing.json()["error_codes"] == ["session_not_found"]
    assert count(sandbox_admin, "sessions") == before


NOT_WEB_URLS = ["javascript:alert(document.cookie)", "/relative/return", "data:text/html,hi", "https://"]


@pytest.mark.parametrize("url", NOT_WEB_URLS)
@pytest.mark.parametrize("field", ["success_url", "failure_url"])
def test_a_return_url_that_is_not_http_is_refused(
    api: httpx.Client, sandbox_admin: httpx.Client, field: str, url: str
) -> None:
    """The cardholder's browser is later sent there (303 Location): refused now, as 422."""
    before = count(sandbox_admin)
    response = api.post("/payments", json=payment(SCA, **{field: url}))
    assert response.status_code == 422
    assert response.json()["error_type"] == "request_invalid"
    assert response.json()["error_codes"] == [f"{field}_invalid"]
    assert count(sandbox_admin) == before


@pytest.mark.parametrize("url", NOT_WEB_URLS)
@pytest.mark.parametrize(
    ("completion", "field"),
    [
        ({"type": "hosted", "success_url": "{url}", "failure_url": FAILURE}, "success_url"),
        ({"type": "hosted", "success_url": SUCCESS, "failure_url": "{url}"}, "failure_url"),
        ({"type": "non_hosted", "callback_url": "{url}"}, "callback_url"),
        (
            {"type": "non_hosted", "callback_url": SUCCESS, "challenge_notification_url": "{url}"},
            "challenge_notification_url",
        ),
    ],
)
def test_a_session_url_that_is_not_http_is_refused(
    api: httpx.Client, sandbox_admin: httpx.Client, completion: dict[str, str], field: str, url: str
) -> None:
    before = count(sandbox_admin, "sessions")
    filled = {k: url if v == "{url}" else v for k, v in completion.items()}
    response = api.post("/sessions", json=session_body(completion=filled))
    assert response.status_code == 422
    assert response.json()["error_type"] == "unprocessable_entity"
    assert f"completion_{field}_invalid" in response.json()["error_codes"]
    assert count(sandbox_admin, "sessions") == before
