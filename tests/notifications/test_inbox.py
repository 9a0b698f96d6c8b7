"""The notification inbox with a client: verify, deduplicate, keep, wake; ``wait(notifications=)``
returns on whichever comes first, a verified notification or a poll, on one machine or across two
processes through Redis.

Checkout.com stands in for every provider here (its webhooks are HMAC-signed with a key the test
holds); each provider's own notifications are tested with its adapter."""

from __future__ import annotations

import hashlib
import hmac
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from scaretry import Checkout, PollPolicy, SignatureError, State, WaitTimeout
from scaretry._handle import Handle
from scaretry._in_memory_store import InMemoryNotificationStore
from scaretry._inbox import Inbox, decode, encode
from scaretry.providers.checkout import AsyncCheckout, CheckoutAdapter
from scaretry.redis import RedisNotificationStore
from scaretry.sandbox._credentials import CHECKOUT
from tests.generated._examples import modelled_examples
from tests.notifications._redis_server import RedisServer

PAYMENT = "pay_sywb5wkh7dnsipzz7fk4zri3r2"
EVENTS = {v["type"]: v for _, name, _, v in modelled_examples("checkout") if name == "WebhookEvent"}
DETAILS = {v["status"]: v for _, name, _, v in modelled_examples("checkout") if name == "PaymentDetails"}
FAST = PollPolicy(initial=0.05, factor=1.0, maximum=0.05, jitter=0.0, notified_factor=40.0)


def signed(event: dict[str, Any]) -> tuple[dict[str, str], bytes]:
    body = json.dumps(event).encode()
    signature = hmac.new(CHECKOUT["webhook_signature_key"].encode(), body, hashlib.sha256).hexdigest()
    return {"Cko-Signature": signature, "Content-Type": "application/json"}, body


def approved() -> tuple[dict[str, str], bytes]:
    return signed(EVENTS["payment_approved"])


class Provider:
    """Checkout.com's GET /payments/{id}: Pending until ``settled``, counting reads."""

    def __init__(self) -> None:
        self.reads = 0
        self.settled = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.reads += 1
        return httpx.Response(200, json=DETAILS["Authorized" if self.settled else "Pending"])


def client(provider: Provider, poll: PollPolicy = FAST) -> Checkout:
    return Checkout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        webhook_signature_key=CHECKOUT["webhook_signature_key"],
        base_url="https://api.example",
        transport=httpx.MockTransport(provider),
        poll=poll,
    )


def handle_of(checkout: Checkout | AsyncCheckout) -> Handle:
    return Handle("checkout", PAYMENT, "ORD-5023-4E89", "key-1", "payment", state="action_required").signed(
        checkout._key
    )


@pytest.fixture
def provider() -> Provider:
    return Provider()


@pytest.fixture
def checkout(provider: Provider) -> Iterator[Checkout]:
    with client(provider) as c:
        yield c


# -- receiving ----------------------------------------------------------------------------------------


def test_a_delivery_is_verified_before_anything_is_kept(checkout: Checkout) -> None:
    inbox = Inbox()
    headers, body = approved()
    with pytest.raises(SignatureError):
        inbox.receive(checkout, headers | {"Cko-Signature": "0" * 64}, body)
    with pytest.raises(SignatureError):
        inbox.receive(checkout, {"Cko-Signature": "é" * 64}, body)  # not even ASCII: refused, not a TypeError
    assert all(not inbox.store.retained(t) for t in checkout._notification_topics(handle_of(checkout)))
    receipt = inbox.receive(checkout, headers, body)
    assert receipt.outcome.state is State.AUTHORIZED
    assert not receipt.duplicate
    assert receipt.acknowledgement.status_code == 200


def test_a_redelivery_is_recognised_and_kept_once(checkout: Checkout) -> None:
    inbox = Inbox()
    headers, body = approved()
    assert not inbox.receive(checkout, headers, body).duplicate
    again = inbox.receive(checkout, headers, body)
    assert again.duplicate
    assert again.outcome.state is State.AUTHORIZED  # still surfaced, and still acknowledged
    topic = f"scaretry:checkout:{PAYMENT}"
    assert len(inbox.store.retained(topic)) == 1


def test_an_outcome_crosses_a_store_with_its_typed_model(checkout: Checkout) -> None:
    headers, body = approved()
    outcome = checkout.parse_webhook(headers, body)
    again = decode(encode(outcome))
    assert (again.state, again.payment_id, again.provider_status) == (
        outcome.state,
        outcome.payment_id,
        outcome.provider_status,
    )
    assert again.three_ds == outcome.three_ds
    assert type(again.raw) is type(outcome.raw)
    assert again.raw.to_dict() == outcome.raw.to_dict()


# -- waiting ------------------------------------------------------------------------------------------


def test_a_notification_ends_the_wait_at_once_without_a_read(checkout: Checkout, provider: Provider) -> None:
    inbox = Inbox()
    headers, body = approved()
    threading.Timer(0.2, inbox.receive, (checkout, headers, body)).start()
    started = time.monotonic()
    outcome = checkout.wait(handle_of(checkout), timeout=10, notifications=inbox)
    assert outcome.state is State.AUTHORIZED
    assert time.monotonic() - started < 1.5  # the first poll would come after 2 s (0.05 × 40)
    assert provider.reads == 0
    assert outcome.handle.payment_id == PAYMENT
    checkout._verified(outcome.handle)  # the waiter's own, signed handle


def test_a_notification_nobody_waited_for_is_kept_for_the_next_wait(checkout: Checkout, provider: Provider) -> None:
    inbox = Inbox()
    inbox.receive(checkout, *approved())
    outcome = checkout.wait(handle_of(checkout), timeout=5, notifications=inbox)
    assert outcome.state is State.AUTHORIZED
    assert provider.reads == 0


def test_a_lost_notification_costs_only_time(provider: Provider) -> None:
    provider.settled = True
    with client(provider, PollPolicy(initial=0.05, factor=1.0, maximum=0.05, jitter=0.0, notified_factor=2.0)) as c:
        outcome = c.wait(handle_of(c), timeout=5, notifications=Inbox())
    assert outcome.state is State.AUTHORIZED
    assert provider.reads == 1


def test_a_late_pending_never_moves_an_outcome_back(checkout: Checkout, provider: Provider) -> None:
    inbox = Inbox()
    inbox.receive(checkout, *approved())
    inbox.receive(checkout, *signed(EVENTS["payment_pending"]))
    assert checkout.wait(handle_of(checkout), timeout=5, notifications=inbox).state is State.AUTHORIZED
    # and a pending alone does not end a wait
    alone = Inbox()
    alone.receive(checkout, *signed(EVENTS["payment_pending"]))
    with pytest.raises(WaitTimeout) as caught:
        checkout.wait(handle_of(checkout), timeout=0.3, notifications=alone)
    assert caught.value.outcome.state is State.ACTION_REQUIRED or caught.value.outcome.state is State.PROCESSING


def test_an_unknown_event_type_is_surfaced_but_never_acted_on(checkout: Checkout) -> None:
    inbox = Inbox()
    unknown = EVENTS["payment_approved"] | {"type": "payment_teleported", "id": "evt_new"}
    receipt = inbox.receive(checkout, *signed(unknown))
    assert receipt.outcome.provider_status == "payment_teleported"
    assert receipt.outcome.state is State.PROCESSING
    with pytest.raises(WaitTimeout):
        checkout.wait(handle_of(checkout), timeout=0.2, notifications=inbox)


def test_where_notifications_are_hints_a_read_confirms_them(
    checkout: Checkout, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CheckoutAdapter, "notifications_need_confirmation", True)
    inbox = Inbox()
    inbox.receive(checkout, *approved())
    provider.settled = True
    outcome = checkout.wait(handle_of(checkout), timeout=5, notifications=inbox)
    assert outcome.state is State.AUTHORIZED
    assert provider.reads == 1  # the confirming read
    assert outcome.raw.status == "Authorized"  # the answer of the read, not the notification


@pytest.mark.anyio
async def test_the_async_wait_is_woken_by_a_sync_endpoint(provider: Provider) -> None:
    inbox = Inbox()
    headers, body = approved()
    async with AsyncCheckout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        webhook_signature_key=CHECKOUT["webhook_signature_key"],
        base_url="https://api.example",
        transport=httpx.MockTransport(provider),
        poll=FAST,
    ) as checkout:
        threading.Timer(0.2, inbox.receive, (checkout, headers, body)).start()
        with anyio.fail_after(3):
            outcome = await checkout.wait(handle_of(checkout), timeout=10, notifications=inbox)
    assert outcome.state is State.AUTHORIZED
    assert provider.reads == 0


# -- across processes ---------------------------------------------------------------------------------

WAITER = """
import json, sys, httpx
from scaretry import Checkout, Handle, PollPolicy
from scaretry._inbox import Inbox
from scaretry.redis import RedisNotificationStore
url, prefix, details = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
reads = []
def pending(request):
    reads.append(1)
    return httpx.Response(200, json=details)
with RedisNotificationStore.from_url(url, prefix=prefix) as store, Checkout(
    {secret!r}, {channel!r}, base_url="https://api.example", transport=httpx.MockTransport(pending),
    poll=PollPolicy(initial=0.5, factor=1.0, maximum=0.5, jitter=0.0, notified_factor=20.0),
) as checkout:
    handle = Handle("checkout", {payment!r}, "ORD-5023-4E89", "key-1", "payment", state="action_required").signed(checkout._key)
    print("waiting", flush=True)
    outcome = checkout.wait(handle, timeout=20, notifications=Inbox(store))
    print(json.dumps({{"state": outcome.state.value, "reads": len(reads)}}), flush=True)
"""


def test_a_notification_received_by_one_process_ends_a_wait_in_another(
    redis_server: RedisServer, tmp_path: Path, checkout: Checkout
) -> None:
    prefix = f"inbox-{time.monotonic_ns()}:"
    script = tmp_path / "waiter.py"
    script.write_text(
        WAITER.format(secret=CHECKOUT["secret_key"], channel=CHECKOUT["processing_channel_id"], payment=PAYMENT)
    )
    waiter = subprocess.Popen(
        [sys.executable, str(script), redis_server.url, prefix, json.dumps(DETAILS["Pending"])],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert waiter.stdout is not None
        assert waiter.stdout.readline().strip() == "waiting"
        time.sleep(0.5)  # let the waiter subscribe
        with RedisNotificationStore.from_url(redis_server.url, prefix=prefix) as store:
            Inbox(store).receive(checkout, *approved())
        result = json.loads(waiter.stdout.readline())
    finally:
        waiter.wait(timeout=20)
    assert result == {"state": "authorized", "reads": 0}


def test_the_default_store_is_in_memory() -> None:
    assert isinstance(Inbox().store, InMemoryNotificationStore)
