"""Notification delivery: each provider's retry schedule on the sandbox clock, Antom's exact
acknowledgement, and the delivery faults (drop, delay, duplicate, reorder; repeatable with random=N).

A sandbox of its own (the clock moves by hours here), and a merchant endpoint that answers from a
script, so that every retry is the sandbox's decision and every attempt is visible in
``GET /_sandbox/deliveries``.
"""

from __future__ import annotations

import hashlib
import hmac
import http.server
import json
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from scaretry.sandbox import SandboxServer, SandboxSettings
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.sandbox._notify import SCHEDULES
from tests.sandbox.test_antom import CARD as ANTOM_CARD
from tests.sandbox.test_antom import Antom, CardScenario, pay_body, verifies
from tests.sandbox.test_checkout import HEADERS as CHECKOUT_AUTH
from tests.sandbox.test_checkout import payment as checkout_payment
from tests.sandbox.test_paymentsai import AUTH as PAYMENTSAI_AUTH
from tests.sandbox.test_paymentsai import CARD as PAYMENTSAI_CARD
from tests.sandbox.test_paymentsai import org_path, tokenize, transaction_body
from tests.sandbox.test_pxp import FRICTIONLESS, Signer, transaction

ACK = b'{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}'


class Merchant:
    """A webhook endpoint answering each POST with the next ``(status, body)`` of its script (the
    last one repeating), and recording what it was sent."""

    def __init__(self, *answers: tuple[int, bytes]) -> None:
        self.answers = list(answers) or [(200, ACK)]
        self.received: list[tuple[dict[str, str], bytes]] = []
        merchant = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                merchant.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                status, answer = merchant.answers[min(len(merchant.received), len(merchant.answers)) - 1]
                self.send_response(status)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hooks"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(settings=SandboxSettings(settle_seconds=0.2)) as server:
        yield server


@pytest.fixture
def admin(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        yield client
        client.delete("/_sandbox/delivery-faults")


@pytest.fixture
def merchant(admin: httpx.Client) -> Iterator[Callable[..., Merchant]]:
    """``merchant(*answers)``: a scripted endpoint, registered as every provider's webhook URL."""
    made: list[Merchant] = []

    def make(*answers: tuple[int, bytes]) -> Merchant:
        endpoint = Merchant(*answers)
        made.append(endpoint)
        for provider in SCHEDULES:
            admin.put(f"/_sandbox/webhooks/{provider}", json={"url": endpoint.url}).raise_for_status()
        return endpoint

    yield make
    for provider in SCHEDULES:
        admin.delete(f"/_sandbox/webhooks/{provider}")
    for endpoint in made:
        endpoint.close()


def pay(sandbox: SandboxServer, provider: str, headers: dict[str, str] | None = None) -> str:
    """Make one payment that is final at once; the subject of its notification."""
    extra = headers or {}
    if provider == "checkout":
        answer = httpx.post(f"{sandbox.url}/payments", json=checkout_payment(), headers=CHECKOUT_AUTH | extra)
        assert answer.status_code == 201, answer.text
        return str(answer.json()["id"])
    if provider == "antom":
        antom = Antom(sandbox)
        paid = antom.post("pay", pay_body(ANTOM_CARD[CardScenario.FRICTIONLESS]), headers=extra)
        antom.http.close()
        assert paid.json()["result"]["resultStatus"] == "S", paid.text
        return str(paid.json()["paymentId"])
    if provider == "paymentsai":
        with httpx.Client(base_url=sandbox.url, headers=PAYMENTSAI_AUTH, timeout=10) as api:
            body = transaction_body(tokenize(api, PAYMENTSAI_CARD["approve"]))
            answer = api.post(f"{org_path()}/transactions", json=body, headers=extra)
        assert answer.status_code == 201, answer.text
        return str(answer.json()["data"]["id"])
    with httpx.Client(base_url=f"{sandbox.url}/api", auth=Signer(), timeout=10) as api:
        answer = api.post("/v1/transactions", json=transaction(FRICTIONLESS), headers=extra)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["merchantTransactionId"])


def deliveries(admin: httpx.Client, subject: str) -> list[dict[str, Any]]:
    """Every notification about ``subject`` so far (the sandbox answers once nothing is due)."""
    return [d for d in admin.get("/_sandbox/deliveries").json() if d["subject"] == subject]


def one(admin: httpx.Client, subject: str) -> dict[str, Any]:
    found = deliveries(admin, subject)
    assert len(found) == 1, found
    return found[0]


def advance(admin: httpx.Client, seconds: float) -> None:
    """Move the sandbox clock on, once every attempt due so far has been made."""
    admin.get("/_sandbox/deliveries").raise_for_status()
    admin.post("/_sandbox/clock/advance", json={"seconds": seconds}).raise_for_status()


# -- schedules ----------------------------------------------------------------------------------------


def test_the_schedules_are_the_documented_ones() -> None:
    minute, hour = 60, 3600
    assert SCHEDULES["checkout"].gaps == (
        5 * minute,
        10 * minute,
        15 * minute,
        30 * minute,
        hour,
        4 * hour,
        12 * hour,
        12 * hour,
    )
    assert SCHEDULES["antom"].gaps == (2 * minute, 10 * minute, 10 * minute, hour, 2 * hour, 6 * hour, 15 * hour)
    assert SCHEDULES["pxp"].gaps == (1,) * 10
    assert SCHEDULES["paymentsai"].gaps == (15, 30, 60, 120, 240, 480, 960, 1920, 3840, 7680, 4 * hour)


@pytest.mark.parametrize("provider", SCHEDULES)
def test_a_refused_notification_is_retried_on_the_providers_schedule_then_given_up(
    sandbox: SandboxServer, admin: httpx.Client, merchant: Callable[..., Merchant], provider: str
) -> None:
    endpoint = merchant((500, b""))
    subject = pay(sandbox, provider)
    gaps = SCHEDULES[provider].gaps
    for number, gap in enumerate(gaps, start=1):
        delivery = one(admin, subject)
        assert [a["outcome"] for a in delivery["attempts"]] == ["refused"] * number
        assert delivery["statuses"] == [500] * number
        last = delivery["attempts"][-1]
        assert delivery["next_due"] == pytest.approx(last["at"] + gap, abs=0.1)  # the gap, from the attempt
        advance(admin, gap)
    delivery = one(admin, subject)
    assert len(delivery["attempts"]) == len(gaps) + 1
    assert (delivery["state"], delivery["next_due"]) == ("given_up", None)
    advance(admin, 30 * 86_400)
    assert len(one(admin, subject)["attempts"]) == len(gaps) + 1
    assert len(endpoint.received) == len(gaps) + 1
    assert all(body == endpoint.received[0][1] for _, body in endpoint.received)  # the same notification


def test_a_retry_waits_for_its_time_on_the_sandbox_clock(
    sandbox: SandboxServer, admin: httpx.Client, merchant: Callable[..., Merchant]
) -> None:
    merchant((503, b""), (204, b""))
    subject = pay(sandbox, "checkout")
    assert one(admin, subject)["statuses"] == [503]
    advance(admin, 299)
    assert one(admin, subject)["statuses"] == [503]  # Checkout.com's first retry is 5 minutes later
    advance(admin, 1)
    delivery = one(admin, subject)
    assert delivery["statuses"] == [503, 204]
    assert delivery["state"] == "acknowledged"
    assert delivery["attempts"][1]["due"] == pytest.approx(300, abs=0.5)


@pytest.mark.parametrize(
    ("provider", "answers", "outcomes"),
    [
        ("checkout", [(302, b""), (202, b"")], ["refused", "acknowledged"]),
        ("pxp", [(400, b""), (200, b"")], ["refused", "acknowledged"]),
        ("paymentsai", [(201, b""), (200, b"")], ["refused", "acknowledged"]),  # "respond 200"
    ],
)
def test_what_acknowledges_a_notification(
    sandbox: SandboxServer,
    admin: httpx.Client,
    merchant: Callable[..., Merchant],
    provider: str,
    answers: list[tuple[int, bytes]],
    outcomes: list[str],
) -> None:
    merchant(*answers)
    subject = pay(sandbox, provider)
    advance(admin, SCHEDULES[provider].gaps[0])
    advance(admin, 86_400)
    assert [a["outcome"] for a in one(admin, subject)["attempts"]] == outcomes


def test_antom_retries_until_it_gets_its_exact_acknowledgement(
    sandbox: SandboxServer, admin: httpx.Client, merchant: Callable[..., Merchant]
) -> None:
    wrong = [
        (200, b""),
        (200, b"OK"),
        (200, b'{"result":{"resultCode":"SUCCESS","resultStatus":"F","resultMessage":"success"}}'),
        (200, b'{"result":{"resultCode":"FAIL","resultStatus":"S","resultMessage":"success"}}'),
        (500, ACK),
    ]
    endpoint = merchant(*wrong, (200, ACK))
    subject = pay(sandbox, "antom")
    for gap in SCHEDULES["antom"].gaps[: len(wrong)]:
        advance(admin, gap)
    delivery = one(admin, subject)
    assert [a["outcome"] for a in delivery["attempts"]] == ["refused"] * len(wrong) + ["acknowledged"]
    assert delivery["state"] == "acknowledged"
    advance(admin, 86_400)
    assert len(endpoint.received) == len(wrong) + 1  # nothing after the acknowledgement
    for headers, body in endpoint.received:  # every attempt is signed, over the notify URL's path
        assert verifies("/hooks", headers["client-id"], headers["request-time"], body, headers["signature"])


def test_an_unreachable_endpoint_is_retried(sandbox: SandboxServer, admin: httpx.Client) -> None:
    closed = Merchant()
    closed.close()
    admin.put("/_sandbox/webhooks/pxp", json={"url": closed.url}).raise_for_status()
    try:
        subject = pay(sandbox, "pxp")
        advance(admin, 1)
        attempts = one(admin, subject)["attempts"]
    finally:
        admin.delete("/_sandbox/webhooks/pxp")
    assert [(a["outcome"], a["error"]) for a in attempts] == [("failed", "ConnectError")] * 2


# -- faults -------------------------------------------------------------------------------------------


def test_drop_loses_attempts_and_the_provider_retries(
    sandbox: SandboxServer, admin: httpx.Client, merchant: Callable[..., Merchant]
) -> None:
    endpoint = merchant()
    admin.put("/_sandbox/delivery-faults", json={"fault": "drop=1"}).raise_for_status()
    subject = pay(sandbox, "checkout")
    advance(admin, 300)
    delivery = one(admin, subject)
    assert [a["outcome"] for a in delivery["attempts"]] == ["dropped", "dropped"]
    assert delivery["state"] == "pending"
    assert endpoint.received == []
    admin.delete("/_sandbox/delivery-faults")
    assert one(admin, subject)["attempts"][-1]["outcome"] == "dropped"  # the plan was made when queued


def _drop_pattern(sandbox: SandboxServer, admin: httpx.Client, count: int) -> list[str]:
    admin.put("/_sandbox/delivery-faults/pxp", json={"fault": "drop=0.5;random=42"}).raise_for_status()
    subjects = [pay(sandbox, "pxp") for _ in range(count)]
    return [one(admin, s)["attempts"][0]["outcome"] for s in subjects]


def test_a_random_seed_makes_the_draws_repeat(
    sandbox: SandboxServer, admin: httpx.Client, merchant: Callable[..., Merchant]
) -> None:
    merchant()
    first = _drop_pattern(sandbox, admin, 16)
    second = _drop_pattern(sandbox, admin, 16)  # setting the fault again restarts its draws
    assert first == second
    assert set(first) == {"dropped", "acknowledged"}


def test_delay_holds_each_attempt_back(
    sandbox: SandboxServer, admin: httpx.Client, merchant: Callable[..., Merchant]
) -> None:
    endpoint = merchant((500, b""), (200, b""))
    admin.put("/_sandbox/delivery-faults/pxp", json={"fault": "delay=30"}).raise_for_status()
    subject = pay(sandbox, "pxp")
    delivery = one(admin, subject)
    assert (delivery["attempts"], delivery["next_due"]) == ([], pytest.approx(30, abs=0.5))
    advance(admin, 30)
    assert one(admin, subject)["statuses"] == [500]
    advance(admin, 1)
    assert one(admin, subject)["statuses"] == [500]  # the retry is 1 s + 30 s away
    advance(admin, 30)
    delivery = one(admin, subject)
    assert delivery["statuses"] == [500, 200]
    assert [round(a["due"]) for a in delivery["attempts"]] == [30, 61]
    assert len(endpoint.received) == 2


def test_duplicate_delivers_an_acknowledged_notification_again(
    sandbox: SandboxServer, admin: httpx.Client, merchant: Callable[..., Merchant]
) -> None:
    endpoint = merchant()
    admin.put("/_sandbox/delivery-faults/checkout", json={"fault": "duplicate=1"}).raise_for_status()
    subject = pay(sandbox, "checkout")
    delivery = one(admin, subject)
    assert [a["outcome"] for a in delivery["attempts"]] == ["acknowledged", "duplicate"]
    (first_headers, first), (second_headers, second) = endpoint.received
    assert second == first  # the same event, id and all: the merchant must deduplicate
    assert second_headers["cko-signature"] == first_headers["cko-signature"]


def test_reorder_sends_a_stale_pending_after_checkout_coms_final_event(
    sandbox: SandboxServer, admin: httpx.Client, merchant: Callable[..., Merchant]
) -> None:
    endpoint = merchant()
    admin.put("/_sandbox/delivery-faults", json={"fault": "reorder"}).raise_for_status()
    subject = pay(sandbox, "checkout")
    final, stale = deliveries(admin, subject)
    assert (final["stale"], stale["stale"]) == (False, True)
    events = [json.loads(body) for _, body in endpoint.received]
    assert [e["type"] for e in events] == ["payment_approved", "payment_pending"]
    assert events[1]["data"]["id"] == events[0]["data"]["id"] == subject
    assert events[1]["id"] != events[0]["id"]
    for headers, body in endpoint.received:
        key = CHECKOUT["webhook_signature_key"].encode()
        assert hmac.compare_digest(headers["cko-signature"], hmac.new(key, body, hashlib.sha256).hexdigest())


def test_reorder_sends_a_stale_payment_pending_after_antoms_result(
    sandbox: SandboxServer, admin: httpx.Client, merchant: Callable[..., Merchant]
) -> None:
    endpoint = merchant()
    subject = pay(sandbox, "antom", {"X-Sandbox-Delivery-Fault": "reorder"})
    assert [d["stale"] for d in deliveries(admin, subject)] == [False, True]
    notices = [json.loads(body) for _, body in endpoint.received]
    assert [(n["notifyType"], n["result"]["resultStatus"]) for n in notices] == [
        ("PAYMENT_RESULT", "S"),
        ("PAYMENT_PENDING", "S"),
    ]
    for headers, body in endpoint.received:
        assert verifies("/hooks", headers["client-id"], headers["request-time"], body, headers["signature"])


@pytest.mark.parametrize("provider", ["pxp", "paymentsai"])
def test_reorder_is_refused_where_the_provider_documents_no_pending_notification(
    sandbox: SandboxServer, admin: httpx.Client, provider: str
) -> None:
    refused = admin.put(f"/_sandbox/delivery-faults/{provider}", json={"fault": "reorder"})
    assert refused.status_code == 400
    assert refused.json()["field"] == "fault"
    assert provider in refused.json()["error"]
    wide = admin.put("/_sandbox/delivery-faults", json={"fault": "reorder"}).json()
    assert wide["reorder_applies_to"] == ["antom", "checkout"]
    with pytest.raises(AssertionError):  # the header is refused in the provider's shape
        pay(sandbox, provider, {"X-Sandbox-Delivery-Fault": "reorder"})


def test_a_payments_own_fault_applies_to_its_notifications_only(
    sandbox: SandboxServer, admin: httpx.Client, merchant: Callable[..., Merchant]
) -> None:
    endpoint = merchant()
    faulty = pay(sandbox, "paymentsai", {"X-Sandbox-Delivery-Fault": "drop=1"})
    healthy = pay(sandbox, "paymentsai")
    assert one(admin, faulty)["statuses"] == ["dropped"]
    assert one(admin, healthy)["statuses"] == [200]
    assert [json.loads(body)["metadata"]["id"] for _, body in endpoint.received] == [healthy]


def test_delivery_faults_are_shown_and_cleared(admin: httpx.Client) -> None:
    admin.put("/_sandbox/delivery-faults", json={"fault": "drop=0.3;random=7"}).raise_for_status()
    admin.put("/_sandbox/delivery-faults/antom", json={"fault": "delay=2;duplicate=0.5"}).raise_for_status()
    shown = admin.get("/_sandbox/delivery-faults").json()["faults"]
    assert shown["*"] == {"drop": 0.3, "delay": 0.0, "duplicate": 0.0, "reorder": False, "random_seed": 7}
    assert shown["antom"]["duplicate"] == 0.5
    admin.delete("/_sandbox/delivery-faults/antom")
    assert set(admin.get("/_sandbox/delivery-faults").json()["faults"]) == {"*"}
    admin.delete("/_sandbox/delivery-faults")
    assert admin.get("/_sandbox/delivery-faults").json()["faults"] == {}
    for bad in ("drop=2", "drop=x", "delay=-1", "reorder=yes", "random=-1", "seed=7", "lose=1"):
        refused = admin.put("/_sandbox/delivery-faults", json={"fault": bad})
        assert (refused.status_code, refused.json()["field"]) == (400, "fault"), bad
    assert admin.put("/_sandbox/delivery-faults/nowhere", json={"fault": "drop=1"}).status_code == 404


def test_a_malformed_delivery_fault_header_is_refused(sandbox: SandboxServer) -> None:
    headers = CHECKOUT_AUTH | {"X-Sandbox-Delivery-Fault": "drop=often", "Cko-Idempotency-Key": str(uuid.uuid4())}
    refused = httpx.post(f"{sandbox.url}/payments", json=checkout_payment(), headers=headers)
    assert refused.status_code == 422
    assert refused.json()["error_type"] == "request_malformed"
