"""The Payments AI emulator over real HTTP on loopback, with plain httpx (no facade)."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import PAYMENTSAI
from scaretry.sandbox.providers.paymentsai import TEST_CARDS, CardScenario
from scaretry.testing import WebhookReceiver

ORG = PAYMENTSAI["organization_id"]
ORG_NO_3DS = PAYMENTSAI["organization_id_no_3ds"]
AUTH = {"Authorization": f"ApiKey {PAYMENTSAI['api_key']}"}
CARD = {scenario.value: number for number, card in TEST_CARDS.items() for scenario in [card.scenario]}
RETURN = "https://shop.example/return/{id}/{result}"
SETTLE = 0.2  # the plugin's sandbox settles in 0.2 s


@pytest.fixture
def sandbox(scaretry_sandbox: SandboxServer) -> SandboxServer:
    return scaretry_sandbox


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url_for("paymentsai"), headers=AUTH, timeout=10) as client:
        yield client


def counts(admin: httpx.Client) -> dict[str, int]:
    state: dict[str, int] = admin.get("/_sandbox/state").json()["paymentsai"]
    return state


def org_path(org: str = ORG) -> str:
    return f"/v1/public-api/organizations/{org}"


def tokenize(api: httpx.Client, number: str, org: str = ORG) -> str:
    body = {"primaryAccountNumber": number, "cardVerificationValue": "123", "expirationMonth": 12}
    response = api.post(f"{org_path(org)}/payment-instruments/tokens", json=body | {"expirationYear": 2030})
    assert response.status_code == 201, response.text
    token = response.json()
    assert token["type"] == "payment-card"
    assert {"id", "createdAt", "expiratedAt"} <= token["data"].keys()
    token_id: str = token["data"]["id"]
    return token_id


def transaction_body(token: str, **extra: Any) -> dict[str, Any]:
    return {"type": "sale", "currency": "EUR", "amount": 65.1, "paymentInstruction": {"token": token}} | extra


def pay(api: httpx.Client, scenario: str, org: str = ORG, **extra: Any) -> dict[str, Any]:
    token = tokenize(api, CARD[scenario], org)
    response = api.post(f"{org_path(org)}/transactions", json=transaction_body(token, **extra))
    assert response.status_code == 201, response.text
    assert response.headers["x-request-id"]
    data: dict[str, Any] = response.json()["data"]
    return data


def read(api: httpx.Client, txn_id: str, org: str = ORG) -> dict[str, Any]:
    response = api.get(f"{org_path(org)}/transactions/{txn_id}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["errorCode"] == code
    assert body["statusCode"] == status
    assert isinstance(body["message"], str)
    assert set(body) <= {"errorCode", "statusCode", "message", "details"}
    return body


# -- scenarios ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scenario", "org", "status", "result", "trans_status"),
    [
        ("approve", ORG, "completed", "approved", "Y"),
        ("approve", ORG_NO_3DS, "completed", "approved", None),
        ("challenge", ORG_NO_3DS, "completed", "approved", None),
        ("sca_required", ORG_NO_3DS, "completed", "declined", None),
        ("hard_decline", ORG, "completed", "declined", "Y"),
        ("hard_decline", ORG_NO_3DS, "completed", "declined", None),
        ("fraud", ORG, "completed", "declined", "R"),
        ("fraud", ORG_NO_3DS, "completed", "declined", None),
        ("not_sent", ORG, "not-sent", "declined", None),
    ],
)
def test_immediate_outcomes(
    api: httpx.Client, scenario: str, org: str, status: str, result: str, trans_status: str | None
) -> None:
    txn = pay(api, scenario, org)
    assert (txn["status"], txn["result"]) == (status, result)
    assert txn["approvalLink"] is None
    if trans_status is None:
        assert txn["data3ds"] is None
    else:
        assert txn["data3ds"]["transStatus"] == trans_status
        assert txn["data3ds"]["challenged"] is False
    if scenario == "fraud" and org == ORG:
        assert txn["data3ds"]["transStatusReason"] == "11"
    assert read(api, txn["id"], org) == txn  # GET answers what POST did


def test_amount_and_fields_are_echoed(api: httpx.Client) -> None:
    token = tokenize(api, CARD["approve"])
    body = transaction_body(token, type="authorize", amount=99, currency="USD", metadata={"reference": "o-1"})
    txn = api.post(f"{org_path()}/transactions", json=body | {"redirectUrl": RETURN}).json()["data"]
    assert (txn["amount"], txn["currency"], txn["type"]) == (99, "USD", "authorize")
    assert txn["metadata"] == {"reference": "o-1"}
    assert txn["redirectUrl"] == RETURN  # echoed with the placeholders unexpanded
    assert txn["isMerchantInitiated"] is False
    assert txn["refundableAmount"] == 99


def challenge(api: httpx.Client, scenario: str = "challenge") -> tuple[dict[str, Any], str]:
    txn = pay(api, scenario, redirectUrl=RETURN)
    assert (txn["status"], txn["result"], txn["data3ds"]) == ("waiting", "unknown", None)
    link: str = txn["approvalLink"]
    assert link.endswith(f"/paymentsai/_pages/3ds/{txn['id']}")
    return txn, link


def choose(link: str, choice: str) -> httpx.Response:
    page = httpx.get(link)
    assert page.status_code == 200
    assert 'method="post"' in page.text
    for value in ("approve", "reject", "abandon"):
        assert f'name="choice" value="{value}"' in page.text
    return httpx.post(link, data={"transaction": "x", "choice": choice})


@pytest.mark.parametrize("scenario", ["challenge", "sca_required"])
def test_challenge_approved_returns_the_customer_with_approved(api: httpx.Client, scenario: str) -> None:
    """The guide's step 5: the browser comes back to ``/{id}/approved`` once the bank authorised."""
    txn, link = challenge(api, scenario)
    page = httpx.get(link)
    assert "Payments AI sandbox" in page.text
    assert read(api, txn["id"])["status"] == "offsite"  # the customer is on the bank's page
    answer = httpx.post(link, data={"choice": "approve"})
    assert answer.status_code == 303
    assert answer.headers["location"] == f"https://shop.example/return/{txn['id']}/approved"
    final = read(api, txn["id"])
    assert (final["status"], final["result"], final["approvalLink"]) == ("completed", "approved", None)
    assert final["data3ds"] == {"version": "2.2.0", "eci": "05", "challenged": True, "transStatus": "Y"}
    assert final["permissionBundle"] == {"isRefundable": True}
    # The page is closed once the customer answered.
    assert 'name="choice"' not in httpx.get(link).text


def test_challenge_approved_on_a_slow_issuer_settles_asynchronously(api: httpx.Client) -> None:
    """The bank authorises after the browser came back: ``/{id}/unknown``, then polling sees it."""
    txn, link = challenge(api, "challenge_slow_issuer")
    answer = choose(link, "approve")
    assert answer.headers["location"] == f"https://shop.example/return/{txn['id']}/unknown"
    during = read(api, txn["id"])
    assert (during["status"], during["result"]) == ("offsite", "unknown")
    time.sleep(SETTLE + 0.05)
    final = read(api, txn["id"])
    assert (final["status"], final["result"], final["approvalLink"]) == ("completed", "approved", None)
    assert final["data3ds"]["challenged"] is True


def test_a_slow_issuer_without_3ds_settles_asynchronously(api: httpx.Client) -> None:
    txn = pay(api, "challenge_slow_issuer", ORG_NO_3DS)
    assert (txn["status"], txn["result"]) == ("sending", "unknown")
    time.sleep(SETTLE + 0.05)
    assert (read(api, txn["id"], ORG_NO_3DS)["status"], read(api, txn["id"], ORG_NO_3DS)["result"]) == (
        "completed",
        "approved",
    )


def test_challenge_rejected_is_declined_at_once(api: httpx.Client) -> None:
    txn, link = challenge(api)
    answer = choose(link, "reject")
    assert answer.headers["location"] == f"https://shop.example/return/{txn['id']}/declined"
    final = read(api, txn["id"])
    assert (final["status"], final["result"]) == ("completed", "declined")
    assert (final["data3ds"]["transStatus"], final["data3ds"]["transStatusReason"]) == ("N", "01")


def test_challenge_abandoned_is_abandoned_at_once(api: httpx.Client) -> None:
    txn, link = challenge(api)
    answer = choose(link, "abandon")
    assert answer.headers["location"] == f"https://shop.example/return/{txn['id']}/abandoned"
    final = read(api, txn["id"])
    assert (final["status"], final["result"], final["combinedStatus"]) == ("completed", "abandoned", "abandoned")
    assert final["data3ds"]["transStatus"] == "C"


def test_unanswered_challenge_times_out_at_the_acs(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    txn, link = challenge(api)
    assert sandbox_admin.post("/_sandbox/clock/advance", json={"seconds": 601}).status_code == 200
    final = read(api, txn["id"])
    assert (final["status"], final["result"]) == ("timeout", "declined")
    assert (final["data3ds"]["transStatus"], final["data3ds"]["transStatusReason"]) == ("U", "14")
    assert 'name="choice"' not in httpx.get(link).text


def test_challenge_without_redirect_url_shows_a_message(api: httpx.Client) -> None:
    txn = pay(api, "challenge")
    answer = httpx.post(txn["approvalLink"], data={"choice": "reject"})
    assert answer.status_code == 200
    assert "result: declined" in answer.text


def test_challenge_page_refuses_bad_choices_and_unknown_ids(api: httpx.Client, sandbox: SandboxServer) -> None:
    txn, link = challenge(api)
    assert httpx.post(link, data={"choice": "maybe"}).status_code == 400
    assert read(api, txn["id"])["status"] == "waiting"
    assert httpx.get(f"{sandbox.url}/paymentsai/_pages/3ds/nope").status_code == 404


def test_issuer_timeout(api: httpx.Client) -> None:
    txn = pay(api, "issuer_timeout")
    assert (txn["status"], txn["result"]) == ("sending", "unknown")
    time.sleep(SETTLE + 0.05)
    final = read(api, txn["id"])
    assert (final["status"], final["result"], final["combinedStatus"]) == ("timeout", "declined", "timeout")


def test_merchant_initiated_never_runs_3ds(api: httpx.Client) -> None:
    txn = pay(api, "sca_required", isMerchantInitiated=True)
    assert (txn["status"], txn["result"], txn["data3ds"]) == ("completed", "declined", None)
    assert txn["isMerchantInitiated"] is True


def test_saved_card_flow(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    customer = api.post(
        f"{org_path()}/customers",
        json={
            "firstName": "John",
            "lastName": "Doe",
            "email": "john.doe@example.com",
            "primaryAddress": {"customerAddress": {"address": "36 Craven St", "country": "GB", "zip": "WC2N 5NF"}},
        },
    )
    assert customer.status_code == 201
    person = customer.json()["data"]
    assert person["name"] == "John Doe"
    assert person["address"] == {"address1": "36 Craven St", "country": "GB", "zip": "WC2N 5NF"}
    token = tokenize(api, CARD["approve"])
    attached = api.post(f"{org_path()}/customers/{person['id']}/payment-instruments", json={"token": token})
    assert attached.status_code == 201
    instrument = attached.json()["data"]
    assert (instrument["status"], instrument["customerId"]) == ("inactive", person["id"])
    assert instrument["creditCard"] == {
        "creditCardLastFourDigits": "1111",
        "brand": "visa",
        "expireYear": 2030,
        "expireMonth": 12,
    }
    again = api.post(f"{org_path()}/customers/{person['id']}/payment-instruments", json={"token": token})
    assert "already been used" in assert_error(again, 422, "UNPROCESSABLE_ENTITY")["details"]
    body = transaction_body("x") | {"paymentInstruction": {"paymentInstrumentId": instrument["id"]}}
    txn = api.post(f"{org_path()}/transactions", json=body).json()["data"]
    assert (txn["result"], txn["customerId"], txn["paymentInstrumentId"]) == (
        "approved",
        person["id"],
        instrument["id"],
    )
    assert txn["paymentInstrument"]["status"] == "active"  # active after the first successful payment
    unknown = api.post(f"{org_path()}/customers/{'0' * 8}-0000-4000-8000-{'0' * 12}/payment-instruments", json={})
    assert_error(unknown, 400, "BAD_REQUEST")  # the body is checked before the customer
    missing = api.post(f"{org_path()}/customers/nobody/payment-instruments", json={"token": "t"})
    assert_error(missing, 404, "NOT_FOUND")
    other_org = api.post(f"{org_path(ORG_NO_3DS)}/transactions", json=body)
    assert "not found" in assert_error(other_org, 400, "BAD_REQUEST")["details"]


def test_token_is_consumed_by_a_transaction(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    token = tokenize(api, CARD["approve"])
    assert api.post(f"{org_path()}/transactions", json=transaction_body(token)).status_code == 201
    before = counts(sandbox_admin)
    again = api.post(f"{org_path()}/transactions", json=transaction_body(token))
    assert "already been used" in assert_error(again, 400, "BAD_REQUEST")["details"]
    unknown = api.post(f"{org_path()}/transactions", json=transaction_body("no-such-token"))
    assert_error(unknown, 400, "BAD_REQUEST")
    assert counts(sandbox_admin) == before


# -- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "headers", "status", "code", "needle"),
    [
        (b'{"type": "sale",', {"Content-Type": "application/json"}, 400, "BAD_REQUEST", "not valid JSON"),
        (b"[1, 2]", {"Content-Type": "application/json"}, 400, "BAD_REQUEST", "JSON object"),
        (b"", {}, 400, "BAD_REQUEST", None),
        (
            json.dumps({"type": "sale", "currency": "EUR", "amount": "ten", "paymentInstruction": {"token": "t"}}),
            {"Content-Type": "application/json"},
            400,
            "BAD_REQUEST",
            "$.amount",
        ),
        (
            json.dumps({"type": "sale", "currency": "EUR", "amount": 1}),
            {"Content-Type": "application/json"},
            400,
            "BAD_REQUEST",
            "paymentInstruction",
        ),
        (
            json.dumps(
                {
                    "type": "sale",
                    "currency": "EUR",
                    "amount": 1,
                    "paymentInstruction": {"token": "t", "paymentInstrumentId": "p"},
                }
            ),
            {"Content-Type": "application/json"},
            400,
            "BAD_REQUEST",
            "paymentInstruction",
        ),
        (
            json.dumps({"type": "refund", "currency": "EUR", "amount": 1, "paymentInstruction": {"token": "t"}}),
            {"Content-Type": "application/json"},
            400,
            "BAD_REQUEST",
            "sale and authorize",
        ),
        (
            json.dumps({"type": "sale", "currency": "EUR", "amount": -5, "paymentInstruction": {"token": "t"}}),
            {"Content-Type": "application/json"},
            400,
            "BAD_REQUEST",
            "positive",
        ),
        (
            b'{"type": "sale", "currency": "EUR", "amount": Infinity, "paymentInstruction": {"token": "t"}}',
            {"Content-Type": "application/json"},
            400,
            "BAD_REQUEST",
            "Infinity is not JSON",
        ),
        (
            json.dumps(
                {
                    "type": "sale",
                    "currency": "EUR",
                    "amount": 5,
                    "paymentInstruction": {"token": "t"},
                    "redirectUrl": "https://shop.example/\r\nSet-Cookie: x=1",
                }
            ),
            {"Content-Type": "application/json"},
            400,
            "BAD_REQUEST",
            "redirectUrl",
        ),
        (
            json.dumps({"type": "sale", "currency": "EURO", "amount": 5, "paymentInstruction": {"token": "t"}}),
            {"Content-Type": "application/json"},
            400,
            "BAD_REQUEST",
            "currency",
        ),
        (
            b"{" + b'"x": "' + b"a" * 70_000 + b'"}',
            {"Content-Type": "application/json"},
            413,
            "PAYLOAD_TOO_LARGE",
            None,
        ),
    ],
)
def test_bad_transaction_requests_create_nothing(
    api: httpx.Client,
    sandbox_admin: httpx.Client,
    content: bytes | str,
    headers: dict[str, str],
    status: int,
    code: str,
    needle: str | None,
) -> None:
    before = counts(sandbox_admin)
    response = api.post(f"{org_path()}/transactions", content=content, headers=headers)
    body = assert_error(response, status, code)
    if needle is not None:
        assert needle in body["details"]
    assert counts(sandbox_admin) == before


@pytest.mark.parametrize(
    ("number", "field"),
    [("4111111111111112", "primaryAccountNumber"), ("41111111", "primaryAccountNumber")],
)
def test_bad_card_numbers_are_refused_without_echo(
    api: httpx.Client, sandbox_admin: httpx.Client, number: str, field: str
) -> None:
    before = counts(sandbox_admin)
    body = {
        "primaryAccountNumber": number,
        "cardVerificationValue": "123",
        "expirationMonth": 1,
        "expirationYear": 2030,
    }
    error = assert_error(api.post(f"{org_path()}/payment-instruments/tokens", json=body), 400, "BAD_REQUEST")
    assert field in error["details"]
    assert number not in response_text(error)
    assert counts(sandbox_admin) == before


def response_text(body: dict[str, Any]) -> str:
    return json.dumps(body)


def test_a_card_number_of_the_wrong_type_is_not_echoed(api: httpx.Client) -> None:
    body = {"primaryAccountNumber": 4111111111111111, "cardVerificationValue": "123"}
    error = assert_error(
        api.post(
            f"{org_path()}/payment-instruments/tokens", json=body | {"expirationMonth": 1, "expirationYear": 2030}
        ),
        400,
        "BAD_REQUEST",
    )
    assert "4111111111111111" not in response_text(error)
    assert "[redacted]" in error["details"]


def test_expired_card_and_bad_cvv(api: httpx.Client) -> None:
    base = {"primaryAccountNumber": CARD["approve"], "cardVerificationValue": "123", "expirationMonth": 1}
    expired = api.post(f"{org_path()}/payment-instruments/tokens", json=base | {"expirationYear": 2001})
    assert "expired" in assert_error(expired, 400, "BAD_REQUEST")["details"]
    cvv = api.post(
        f"{org_path()}/payment-instruments/tokens",
        json=base | {"expirationYear": 2030, "cardVerificationValue": "12a"},
    )
    assert "cardVerificationValue" in assert_error(cvv, 400, "BAD_REQUEST")["details"]


def test_unknown_paths_methods_and_ids(api: httpx.Client) -> None:
    assert_error(api.get("/v1/public-api/nothing-here"), 404, "NOT_FOUND")
    assert_error(api.delete(f"{org_path()}/transactions"), 405, "METHOD_NOT_ALLOWED")
    assert_error(api.get(f"{org_path()}/transactions/does-not-exist"), 404, "NOT_FOUND")
    txn = pay(api, "approve")
    # A transaction is visible only in its own organization.
    assert_error(api.get(f"{org_path(ORG_NO_3DS)}/transactions/{txn['id']}"), 404, "NOT_FOUND")


@pytest.mark.parametrize(
    ("headers", "status", "code", "message"),
    [
        ({}, 401, "UNAUTHORIZED", "Missing auth token"),
        ({"Authorization": "ApiKey acct_wrong_key"}, 401, "UNAUTHORIZED", "Missing auth token"),
        ({"Authorization": f"Bearer {PAYMENTSAI['api_key']}"}, 401, "UNAUTHORIZED", "Missing auth token"),
    ],
)
def test_bad_credentials(
    sandbox: SandboxServer, sandbox_admin: httpx.Client, headers: dict[str, str], status: int, code: str, message: str
) -> None:
    before = counts(sandbox_admin)
    response = httpx.post(
        f"{sandbox.url_for('paymentsai')}{org_path()}/customers",
        json={"firstName": "A", "lastName": "B", "email": "a@b.c"},
        headers=headers,
    )
    assert assert_error(response, status, code)["message"] == message
    assert counts(sandbox_admin) == before


def test_another_organization_is_forbidden(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    before = counts(sandbox_admin)
    response = api.post(
        f"{org_path('00000000-0000-4000-8000-000000000000')}/customers",
        json={"firstName": "A", "lastName": "B", "email": "a@b.c"},
    )
    assert assert_error(response, 403, "FORBIDDEN")["message"] == "Forbidden access"
    assert counts(sandbox_admin) == before


# -- idempotency and faults ---------------------------------------------------------------------


def test_idempotency_key_replays_the_original(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    token = tokenize(api, CARD["approve"])
    body = transaction_body(token, idempotencyKey="order-42-attempt-1")
    first = api.post(f"{org_path()}/transactions", json=body).json()["data"]
    before = counts(sandbox_admin)
    second = api.post(f"{org_path()}/transactions", json=body)
    assert second.status_code == 201
    assert second.json()["data"] == first
    # The docs: a replayed key returns the original, whatever the new body says.
    changed = api.post(f"{org_path()}/transactions", json=body | {"amount": 1})
    assert changed.json()["data"]["id"] == first["id"]
    assert counts(sandbox_admin) == before
    # Keys are per organization.
    other = tokenize(api, CARD["approve"], ORG_NO_3DS)
    elsewhere = api.post(
        f"{org_path(ORG_NO_3DS)}/transactions", json=transaction_body(other, idempotencyKey=body["idempotencyKey"])
    )
    assert elsewhere.json()["data"]["id"] != first["id"]


def test_concurrent_duplicate_gets_429(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    token = tokenize(api, CARD["approve"])
    body = transaction_body(token, idempotencyKey="concurrent-1")
    results: dict[str, httpx.Response] = {}

    def slow() -> None:
        results["first"] = api.post(f"{org_path()}/transactions", json=body, headers={"X-Sandbox-Fault": "latency=0.5"})

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.2)
    duplicate = api.post(f"{org_path()}/transactions", json=body)
    thread.join()
    assert_error(duplicate, 429, "TOO_MANY_REQUESTS")
    assert duplicate.headers["retry-after"] == "1"
    assert results["first"].status_code == 201
    replay = api.post(f"{org_path()}/transactions", json=body)
    assert replay.json()["data"]["id"] == results["first"].json()["data"]["id"]


@pytest.mark.parametrize(
    ("fault", "status", "code"),
    [("status=503;retry-after=1", 503, "SERVICE_UNAVAILABLE"), ("status=429", 429, "TOO_MANY_REQUESTS")],
)
def test_fault_statuses(api: httpx.Client, sandbox_admin: httpx.Client, fault: str, status: int, code: str) -> None:
    token = tokenize(api, CARD["approve"])
    before = counts(sandbox_admin)
    response = api.post(f"{org_path()}/transactions", json=transaction_body(token), headers={"X-Sandbox-Fault": fault})
    assert_error(response, status, code)
    if "retry-after" in fault:
        assert response.headers["retry-after"] == "1"
    assert counts(sandbox_admin) == before


def test_fault_latency(api: httpx.Client) -> None:
    started = time.perf_counter()
    response = api.get(
        f"{org_path()}/transactions/{pay(api, 'approve')['id']}", headers={"X-Sandbox-Fault": "latency=0.3"}
    )
    assert response.status_code == 200
    assert time.perf_counter() - started >= 0.3


def test_drop_after_commit_then_replay(api: httpx.Client, sandbox_admin: httpx.Client) -> None:
    token = tokenize(api, CARD["approve"])
    body = transaction_body(token, idempotencyKey="dropped-1")
    before = counts(sandbox_admin)
    with pytest.raises(httpx.TransportError):
        api.post(f"{org_path()}/transactions", json=body, headers={"X-Sandbox-Fault": "drop-after-commit"})
    assert (
        counts(sandbox_admin)["transactions"] == before["transactions"] + 1
    )  # committed although the client saw nothing
    replay = api.post(f"{org_path()}/transactions", json=body)
    assert replay.status_code == 201
    assert replay.json()["data"]["result"] == "approved"
    assert counts(sandbox_admin)["transactions"] == before["transactions"] + 1


# -- webhooks -------------------------------------------------------------------------------------


@pytest.fixture
def webhooks(sandbox_admin: httpx.Client, webhook_receiver: WebhookReceiver) -> Iterator[WebhookReceiver]:
    """The receiver, registered as Payments AI's webhook endpoint."""
    sandbox_admin.put("/_sandbox/webhooks/paymentsai", json={"url": webhook_receiver.url}).raise_for_status()
    yield webhook_receiver
    sandbox_admin.delete("/_sandbox/webhooks/paymentsai")


def events_for(receiver: WebhookReceiver, txn_id: str, timeout: float = 3.0) -> list[dict[str, Any]]:
    """The verified events about ``txn_id`` once one has arrived ([] if none did in time)."""
    try:
        receiver.wait(1, timeout=timeout, where=lambda hook: json.loads(hook.body)["metadata"]["id"] == txn_id)
    except TimeoutError:
        return []
    found = []
    for hook in receiver.received:
        expected = hmac.new(PAYMENTSAI["webhook_secret"].encode(), hook.body, hashlib.sha256).hexdigest()
        assert re.fullmatch(r"[0-9a-f]{64}", hook.headers["x-signature"])
        assert hmac.compare_digest(hook.headers["x-signature"], expected)
        event = json.loads(hook.body)
        if event["metadata"]["id"] == txn_id:
            found.append(event)
    return found


def test_webhook_for_an_approved_payment(
    api: httpx.Client, sandbox_admin: httpx.Client, webhooks: WebhookReceiver
) -> None:
    txn = pay(api, "approve")
    [event] = events_for(webhooks, txn["id"])
    assert event["type"] == "transaction-processed"
    assert event["organizationId"] == ORG
    assert event["metadata"]["result"] == "approved"
    assert event["deduplicationId"]
    delivered = [d for d in sandbox_admin.get("/_sandbox/deliveries").json() if txn["id"] in d["body"]]
    assert delivered[0]["statuses"] == [200]


def test_webhook_after_a_challenge_without_polling(api: httpx.Client, webhooks: WebhookReceiver) -> None:
    txn, link = challenge(api)
    choose(link, "approve")
    [event] = events_for(webhooks, txn["id"])  # the sandbox settles in the background
    assert event["type"] == "transaction-processed"
    assert event["metadata"]["data3ds"]["challenged"] is True


@pytest.mark.parametrize("scenario", ["hard_decline", "issuer_timeout"])
def test_webhook_for_declines(api: httpx.Client, webhooks: WebhookReceiver, scenario: str) -> None:
    txn = pay(api, scenario)
    [event] = events_for(webhooks, txn["id"])
    assert event["type"] == "transaction-declined"
    assert event["metadata"]["result"] == "declined"


def test_no_webhook_while_pending(api: httpx.Client, webhooks: WebhookReceiver) -> None:
    txn, _ = challenge(api)
    assert events_for(webhooks, txn["id"], timeout=SETTLE + 0.2) == []


# -- documentation --------------------------------------------------------------------------------


def test_docs_list_every_test_card() -> None:
    text = (Path(__file__).parents[2] / "docs" / "providers" / "paymentsai.md").read_text(encoding="utf-8")
    for number in TEST_CARDS:
        assert number in text
    assert {card.scenario for card in TEST_CARDS.values()} == set(CardScenario)


def test_return_url_placeholders_in_query(api: httpx.Client) -> None:
    txn = pay(api, "challenge", redirectUrl="https://shop.example/r?order=1&id={id}&result={result}")
    answer = httpx.post(txn["approvalLink"], data={"choice": "reject"})
    params = dict(parse_qsl(urlsplit(answer.headers["location"]).query))
    assert params == {"order": "1", "id": txn["id"], "result": "declined"}


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "/return/{id}", "mailto:shop@example.com"])
def test_a_redirect_url_that_is_not_http_is_refused(api: httpx.Client, sandbox_admin: httpx.Client, url: str) -> None:
    """The customer's browser is sent to redirectUrl after the ACS page: refused now, as 400."""
    token = tokenize(api, CARD["challenge"])
    before = counts(sandbox_admin)["transactions"]
    body = assert_error(
        api.post(f"{org_path()}/transactions", json=transaction_body(token, redirectUrl=url)), 400, "BAD_REQUEST"
    )
    assert "$.redirectUrl" in body["details"]
    assert counts(sandbox_admin)["transactions"] == before
