"""The notification inbox as an endpoint and a waiter see it: a verified delivery is kept once for
every waiter of its payment (for as long as configured), a redelivery is recognised, the outcome
crosses the store whole, and a waiter gets final outcomes only, in order, until its deadline.

The client here is a small one of our own (the inbox needs only what ``_Receiving`` lists) so that
its event ids and arguments are the test's to choose; the store is the in-memory one, on a clock the
test moves."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from typing import Any

import anyio
import attrs
import pytest
from scaretry_checkout.models.payment_details import PaymentDetails

from scaretry import (
    Acknowledgement,
    Decline,
    DeclineCategory,
    Handle,
    Inbox,
    InMemoryNotificationStore,
    Outcome,
    SignatureError,
    State,
    ThreeDSResult,
    ValidationError,
)
from scaretry._inbox import decode, encode
from scaretry._notification_store import AsyncSubscription, Subscription
from scaretry._notifications import topics
from tests.generated._examples import modelled_examples

ACK = Acknowledgement(200, b'{"result": "SUCCESS"}', {"Content-Type": "application/json"})


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def delivery(payment: str, state: State, event: str | None = None, **extra: Any) -> bytes:
    return json.dumps({"id": event, "payment": payment, "state": state.value, **extra}).encode()


def outcome(payment: str, state: State, **changes: Any) -> Outcome:
    handle = Handle("acme", payment, "ORD-1", "key-1", "payment")
    return Outcome(state, "acme", payment, state.value, handle, **changes)


class Acme:
    """A provider client's side of the inbox: it verifies a delivery (its signature is "ok"), and
    parses it into an outcome and its event id."""

    provider = "acme"

    def __init__(self) -> None:
        self.arguments: list[dict[str, Any]] = []

    def _notification(self, headers: Mapping[str, str], body: bytes, **kwargs: Any) -> tuple[Outcome, str | None]:
        self.arguments.append(kwargs)
        if headers.get("Signature") != "ok":
            raise SignatureError("the signature does not verify", provider="acme")
        event = json.loads(body)
        return outcome(event["payment"], State(event["state"])), event["id"]

    def _notification_topics(self, handle: Handle) -> list[str]:
        return topics(self.provider, frozenset({str(handle.payment_id), handle.reference}))

    def _acknowledgement(self) -> Acknowledgement:
        return ACK


class Spy(InMemoryNotificationStore):
    """The in-memory store, keeping every subscription it hands out."""

    def __init__(self, clock: Clock) -> None:
        super().__init__(clock=clock)
        self.subscriptions: list[Subscription | AsyncSubscription] = []

    def subscribe(self, topics: Sequence[str]) -> Any:
        subscription = super().subscribe(topics)
        self.subscriptions.append(subscription)
        return subscription

    def asubscribe(self, topics: Sequence[str]) -> Any:
        subscription = super().asubscribe(topics)
        self.subscriptions.append(subscription)
        return subscription


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> Spy:
    return Spy(clock)


WHERE = ["scaretry:acme:ORD-1", "scaretry:acme:pay_1"]
SIGNED = {"Signature": "ok"}


def kept(store: InMemoryNotificationStore, topic: str) -> list[tuple[State, str | None]]:
    return [(o.state, o.payment_id) for o in map(decode, store.retained(topic))]


# -- the endpoint's side --------------------------------------------------------------------------------


@pytest.mark.parametrize("asynchronous", [False, True], ids=["receive", "areceive"])
def test_a_delivery_is_kept_for_its_payment_once_and_acknowledged(asynchronous: bool, store: Spy, clock: Clock) -> None:
    inbox, client = Inbox(store, retain=100, remember=1000), Acme()

    def receive(body: bytes) -> Any:
        if asynchronous:
            return anyio.run(lambda: inbox.areceive(client, {"Signature": "ok"}, body, path="/hooks/acme"))
        return inbox.receive(client, {"Signature": "ok"}, body, path="/hooks/acme")

    first = receive(delivery("pay_1", State.AUTHORIZED, "evt_1"))
    assert first.outcome == outcome("pay_1", State.AUTHORIZED)
    assert first.duplicate is False
    assert first.acknowledgement == ACK
    assert client.arguments == [{"path": "/hooks/acme"}]
    assert all(kept(store, topic) == [(State.AUTHORIZED, "pay_1")] for topic in WHERE)

    again = receive(delivery("pay_1", State.AUTHORIZED, "evt_1", resent=True))  # the same event, resent
    assert again.duplicate is True
    assert again.outcome == first.outcome
    assert again.acknowledgement == ACK
    assert all(len(store.retained(topic)) == 1 for topic in WHERE)

    clock.now = 99.0
    assert kept(store, WHERE[0]) == [(State.AUTHORIZED, "pay_1")]
    clock.now = 100.0  # kept for `retain` seconds
    assert store.retained(WHERE[0]) == []
    assert receive(delivery("pay_1", State.AUTHORIZED, "evt_1")).duplicate is True
    clock.now = 1000.0  # remembered for `remember` seconds
    assert receive(delivery("pay_1", State.AUTHORIZED, "evt_1")).duplicate is False


def test_without_an_event_id_a_delivery_is_recognised_by_its_body(store: Spy) -> None:
    inbox, client = Inbox(store), Acme()
    body = delivery("pay_1", State.AUTHORIZED)
    assert inbox.receive(client, SIGNED, body).duplicate is False
    assert inbox.receive(client, SIGNED, body).duplicate is True
    assert inbox.receive(client, SIGNED, delivery("pay_2", State.DECLINED)).duplicate is False


@pytest.mark.anyio
async def test_a_delivery_that_does_not_verify_is_refused_and_nothing_is_kept(store: Spy) -> None:
    inbox, client = Inbox(store), Acme()
    body = delivery("pay_1", State.AUTHORIZED, "evt_1")
    with pytest.raises(SignatureError):
        inbox.receive(client, {"Signature": "forged"}, body)
    with pytest.raises(SignatureError):
        await inbox.areceive(client, {}, body)
    assert all(store.retained(topic) == [] for topic in WHERE)
    assert inbox.receive(client, SIGNED, body).duplicate is False  # not remembered either


# -- outcomes across processes ----------------------------------------------------------------------------


def test_an_outcome_crosses_the_store_whole() -> None:
    handle = Handle("acme", "pay_1", "ORD-1", "key-1", "upgraded", upgraded=True, data={"n": 1})
    sent = Outcome(
        State.DECLINED,
        "acme",
        "pay_1",
        "Declined",
        handle.signed(b"k" * 32),
        upgraded=True,
        decline=Decline("20051", "Insufficient Funds", DeclineCategory.HARD),
        three_ds=ThreeDSResult("2.2.0", "05", True, True, "01", "Card authentication failed."),
        request_ids=("req-1",),
    )
    received = decode(encode(sent))
    assert received == attrs.evolve(sent, handle=handle, request_ids=())  # unsigned: each waiter signs its own
    assert received.handle.mac is None
    bare = outcome("pay_2", State.CANCELED)
    assert decode(encode(bare)) == bare


def test_a_typed_model_crosses_the_store_and_anything_else_does_not() -> None:
    example = next(v for _, name, _, v in modelled_examples("checkout") if name == "PaymentDetails")
    model = PaymentDetails.from_dict(example)
    received = decode(encode(outcome("pay_1", State.AUTHORIZED, raw=model))).raw
    assert type(received) is PaymentDetails
    assert received.to_dict() == model.to_dict()
    assert decode(encode(outcome("pay_1", State.AUTHORIZED, raw={"status": "x"}))).raw is None
    assert decode(encode(outcome("pay_1", State.AUTHORIZED, raw=Foreign()))).raw is None


class Foreign:
    """A model from outside scaretry's generated packages."""

    made = 0

    def to_dict(self) -> dict[str, Any]:
        return {}

    @classmethod
    def from_dict(cls, value: Any) -> Foreign:
        cls.made += 1
        return cls()


@pytest.mark.parametrize(
    "named",
    [
        f"{__name__}:Foreign",  # only scaretry's generated packages are ever imported
        "scaretry_checkout:NoSuchModel",
        "scaretry_checkout:__name__",  # in a model package, but not a model
        "scaretry_checkout:models:PaymentDetails",
        "scaretry_checkout:not a name",
    ],
)
def test_a_message_naming_something_else_as_its_model_is_read_without_one(named: str) -> None:
    message = json.loads(encode(outcome("pay_1", State.AUTHORIZED)))
    message["raw"] = {"class": named, "data": {}}
    assert decode(json.dumps(message).encode()).raw is None
    assert Foreign.made == 0


@pytest.mark.parametrize(
    ("message", "why"),
    [
        (b"not json", "JSONDecodeError"),
        (b"{}", "KeyError"),
        (b"[]", "TypeError"),
        (encode(outcome("pay_1", State.AUTHORIZED)).replace(b'"authorized"', b'"teleported"'), "ValueError"),
        (encode(outcome("pay_1", State.AUTHORIZED)).replace(b'"v":1', b'"v":2'), "ValidationError"),
    ],
)
def test_a_message_the_inbox_did_not_write_is_a_validation_error(message: bytes, why: str) -> None:
    with pytest.raises(ValidationError) as caught:
        decode(message)
    assert str(caught.value) == f"notification: not a message the inbox wrote ({why})"


# -- the waiter's side ------------------------------------------------------------------------------------


def publish(store: InMemoryNotificationStore, message: bytes | Outcome) -> None:
    store.publish(WHERE[0], encode(message) if isinstance(message, Outcome) else message, 60)


def test_a_waiter_gets_kept_final_outcomes_in_order_then_new_ones_and_never_a_pending(store: Spy) -> None:
    publish(store, outcome("pay_1", State.PROCESSING))
    publish(store, b"another writer's message")
    publish(store, outcome("pay_1", State.AUTHORIZED))
    publish(store, outcome("pay_1", State.CANCELED))
    with Inbox(store).watch(WHERE) as watch:
        assert watch.next_final(time.monotonic() + 1).state is State.AUTHORIZED  # type: ignore[union-attr]
        assert watch.next_final(time.monotonic() + 1).state is State.CANCELED  # type: ignore[union-attr]
        publish(store, outcome("pay_1", State.PROCESSING))
        publish(store, b"{}")
        publish(store, outcome("pay_1", State.EXPIRED))
        assert watch.next_final(time.monotonic() + 0.5).state is State.EXPIRED  # type: ignore[union-attr]
        started = time.monotonic()
        assert watch.next_final(started + 0.1) is None
        assert time.monotonic() - started >= 0.1
    (subscription,) = store.subscriptions
    publish(store, outcome("pay_1", State.AUTHORIZED))
    assert subscription.get(timeout=0) is None  # type: ignore[union-attr]  # left: unsubscribed


@pytest.mark.anyio
async def test_an_async_waiter_gets_the_same(store: Spy) -> None:
    publish(store, b"another writer's message")
    publish(store, outcome("pay_1", State.AUTHORIZED))
    publish(store, outcome("pay_1", State.CANCELED))
    with anyio.fail_after(5):
        async with Inbox(store).awatch(WHERE) as watch:
            assert (await watch.next_final(time.monotonic() + 1)).state is State.AUTHORIZED  # type: ignore[union-attr]
            assert (await watch.next_final(time.monotonic() + 1)).state is State.CANCELED  # type: ignore[union-attr]
            publish(store, outcome("pay_1", State.PROCESSING))
            publish(store, outcome("pay_1", State.EXPIRED))
            assert (await watch.next_final(time.monotonic() + 0.5)).state is State.EXPIRED  # type: ignore[union-attr]
            started = time.monotonic()
            assert await watch.next_final(started + 0.1) is None
            assert time.monotonic() - started >= 0.1
    (subscription,) = store.subscriptions
    publish(store, outcome("pay_1", State.AUTHORIZED))
    assert await subscription.get(timeout=0) is None  # type: ignore[misc]


@pytest.mark.anyio
async def test_a_watch_is_entered_before_it_is_read(store: Spy) -> None:
    with pytest.raises(AssertionError, match=r"^enter the watch first$"):
        Inbox(store).watch(WHERE).next_final(time.monotonic() + 1)
    with pytest.raises(AssertionError, match=r"^enter the watch first$"):
        await Inbox(store).awatch(WHERE).next_final(time.monotonic() + 1)
