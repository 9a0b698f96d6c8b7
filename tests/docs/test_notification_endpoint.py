"""The README's notification endpoint works as printed: a signed Checkout.com notification posted to
it is verified, acknowledged, and ends a ``wait()`` on that payment at once; a forged one is refused
with 401 and wakes nobody."""

from __future__ import annotations

import hashlib
import hmac
import importlib
import json
import threading
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

import scaretry
from codegen._generate import ROOT
from scaretry import Checkout, Handle, PollPolicy, State
from scaretry.sandbox._credentials import CHECKOUT
from tests.docs._blocks import code_blocks
from tests.generated._examples import modelled_examples

BLOCK = next(block for block in code_blocks(ROOT) if "checkout_notifications" in block.source)
EVENT = next(
    v for _, name, _, v in modelled_examples("checkout") if name == "WebhookEvent" and v["type"] == "payment_approved"
)


def _signed(event: dict[str, Any]) -> tuple[dict[str, str], bytes]:
    body = json.dumps(event).encode()
    signature = hmac.new(CHECKOUT["webhook_signature_key"].encode(), body, hashlib.sha256).hexdigest()
    return {"Cko-Signature": signature, "Content-Type": "application/json"}, body


def test_the_readme_endpoint_verifies_acknowledges_and_wakes_a_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []

    def provider(request: httpx.Request) -> httpx.Response:
        reads.append(request.url.path)
        pending = next(
            v for _, n, _, v in modelled_examples("checkout") if n == "PaymentDetails" and v["status"] == "Pending"
        )
        return httpx.Response(200, json=pending)

    slow = PollPolicy(initial=5, customer_initial=5, jitter=0)
    with Checkout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        webhook_signature_key=CHECKOUT["webhook_signature_key"],
        base_url="https://api.example",
        transport=httpx.MockTransport(provider),
        poll=slow,
    ) as client:
        # The block constructs its Checkout(...) with placeholder credentials: it gets this client.
        for module in (scaretry, importlib.import_module("scaretry.providers.checkout")):
            monkeypatch.setattr(module, "Checkout", lambda *args, **kwargs: client)
        names: dict[str, Any] = {"__name__": "__docs__"}
        exec(compile(BLOCK.source, str(BLOCK), "exec"), names)  # noqa: S102  # the project's own README
        app, inbox = names["app"], names["inbox"]
        handle = Handle("checkout", EVENT["data"]["id"], "ORD-1", "key-1", "payment", state="action_required")
        handle = handle.signed(client._key)
        with TestClient(app) as web:
            headers, body = _signed(EVENT)
            forged = web.post("/notifications/checkout", content=body, headers=headers | {"Cko-Signature": "0" * 64})
            assert forged.status_code == 401
            answers: list[httpx.Response] = []
            delivery = threading.Timer(
                0.3, lambda: answers.append(web.post("/notifications/checkout", content=body, headers=headers))
            )
            delivery.start()
            outcome = client.wait(handle, timeout=20, notifications=inbox)
            delivery.join()
        assert outcome.state is State.AUTHORIZED
        assert outcome.payment_id == EVENT["data"]["id"]
        assert [a.status_code for a in answers] == [200]  # acknowledged as Checkout.com expects
        assert reads == []  # woken by the notification: the first read was 5 s away
