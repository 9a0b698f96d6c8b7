"""The bench server's settle mode: payments turn final on time, and the webhooks it sends are ones
scaretry verifies (so the bench's notification variants measure real, signed deliveries)."""

from __future__ import annotations

import contextlib
import http.server
import queue
import threading
from collections.abc import Iterator

import httpx
import pytest

from bench._keys import credentials
from bench._process import server
from bench._requests import BODIES
from scaretry import Checkout, State

KEYS = credentials()
CHECKOUT = KEYS["checkout"]


@pytest.fixture
def receiver() -> Iterator[tuple[str, queue.Queue[tuple[dict[str, str], bytes]]]]:
    received: queue.Queue[tuple[dict[str, str], bytes]] = queue.Queue()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.put(({k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/webhooks/checkout", received
    finally:
        httpd.shutdown()
        httpd.server_close()


def _settle_server(notify: str, drop: float) -> contextlib.AbstractContextManager[str]:
    return server(
        {
            "antom_private": KEYS["antom"]["antom_private"],
            "settle": [0.05, 0.1],
            "seed": 1,
            "notify": notify,
            "drop": drop,
            "webhook_key": CHECKOUT["webhook_signature_key"],
        }
    )


def _pay(url: str, reference: str) -> str:
    headers = {"Authorization": f"Bearer {CHECKOUT['secret_key']}", "Cko-Idempotency-Key": reference}
    response = httpx.post(f"{url}/payments", json={**BODIES["checkout"], "reference": reference}, headers=headers)
    assert response.status_code == 202
    payment_id: str = response.json()["id"]
    return payment_id


def test_a_settling_payment_is_pending_then_authorized_and_notified(receiver: tuple[str, queue.Queue]) -> None:
    notify, received = receiver
    with _settle_server(notify, 0.0) as url:
        payment_id = _pay(url, "ORD-BENCH-7")
        assert httpx.get(f"{url}/payments/{payment_id}").json()["status"] == "Pending"
        headers, body = received.get(timeout=5)
        assert httpx.get(f"{url}/payments/{payment_id}").json()["status"] == "Authorized"
        report = httpx.get(f"{url}/_bench/payments").json()[payment_id]
    with Checkout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        webhook_signature_key=CHECKOUT["webhook_signature_key"],
    ) as client:
        outcome = client.parse_webhook(headers, body)
    assert (outcome.state, outcome.payment_id) == (State.AUTHORIZED, payment_id)
    assert report["notified"] is True
    assert report["requests"] == 3
    assert report["reference"] == "ORD-BENCH-7"


def test_dropped_notifications_are_not_sent(receiver: tuple[str, queue.Queue]) -> None:
    notify, received = receiver
    with _settle_server(notify, 1.0) as url:
        payment_id = _pay(url, "ORD-BENCH-8")
        with pytest.raises(queue.Empty):
            received.get(timeout=0.5)
        report = httpx.get(f"{url}/_bench/payments").json()[payment_id]
    assert report["notified"] is False


def test_each_payments_notification_is_an_event_of_its_own(receiver: tuple[str, queue.Queue]) -> None:
    # An inbox deduplicates deliveries by event id: payments that settle together must not share one,
    # or every notification after the first is dropped as a redelivery and the bench measures polling.
    notify, received = receiver
    with _settle_server(notify, 0.0) as url:
        paid = {_pay(url, f"ORD-BENCH-{index}") for index in (11, 12, 13)}
        bodies = [received.get(timeout=5)[1] for _ in paid]
    events = [httpx.Response(200, content=body).json() for body in bodies]
    assert {event["data"]["id"] for event in events} == paid
    assert len({event["id"] for event in events}) == 3
