"""The NotificationStore contract, on every store: the in-memory default and Redis (a real server)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import pytest

from scaretry._errors import ValidationError
from scaretry._notification_store import AsyncSubscription, Message, NotificationStore, Subscription
from tests.notifications.conftest import Store

# Long enough that a loaded CI machine never sees a message expire by accident.
KEEP = 30.0


def later(seconds: float, action: Callable[[], object]) -> threading.Thread:
    """Run ``action`` on another thread after ``seconds``, as a web worker would."""
    thread = threading.Timer(seconds, action)
    thread.start()
    return thread


def test_every_store_is_a_notification_store(store: Store) -> None:
    assert isinstance(store, NotificationStore)
    with store.subscribe(["t"]) as subscription:
        assert isinstance(subscription, Subscription)
    assert isinstance(store.asubscribe(["t"]), AsyncSubscription)


def test_claim_once_then_duplicate(store: Store) -> None:
    assert store.claim("evt-1", KEEP) is True
    assert store.claim("evt-1", KEEP) is False
    assert store.claim("evt-1", KEEP) is False
    assert store.claim("evt-2", KEEP) is True


def test_claim_expires(store: Store) -> None:
    assert store.claim("evt", 0.2) is True
    assert store.claim("evt", 0.2) is False
    time.sleep(0.3)
    assert store.claim("evt", KEEP) is True
    assert store.claim("evt", KEEP) is False


@pytest.mark.anyio
async def test_aclaim(astore: Store) -> None:
    assert await astore.aclaim("evt", 0.2) is True
    assert await astore.aclaim("evt", 0.2) is False
    assert astore.claim("evt", 0.2) is False  # one store, sync and async
    await asyncio.sleep(0.3)
    assert await astore.aclaim("evt", KEEP) is True


def test_publish_wakes_a_subscriber(store: Store) -> None:
    with store.subscribe(["pay-1"]) as subscription:
        assert subscription.get(timeout=0) is None
        store.publish("pay-1", b"authorized", KEEP)
        assert subscription.get(timeout=5) == Message("pay-1", b"authorized")
        assert subscription.get(timeout=0.05) is None


def test_a_publish_from_another_thread_ends_a_blocked_get(store: Store) -> None:
    with store.subscribe(["pay-1"]) as subscription:
        publisher = later(0.1, lambda: store.publish("pay-1", b"authorized", KEEP))
        assert subscription.get(timeout=10) == Message("pay-1", b"authorized")
        publisher.join()
        publisher = later(0.1, lambda: store.publish("pay-1", b"again", KEEP))
        assert subscription.get() == Message("pay-1", b"again")  # no timeout at all
        publisher.join()


@pytest.mark.anyio
async def test_apublish_wakes_an_async_subscriber(astore: Store) -> None:
    async with astore.asubscribe(["pay-1"]) as subscription:
        assert await subscription.get(timeout=0) is None
        waiter = asyncio.create_task(subscription.get(timeout=10))
        await asyncio.sleep(0.05)
        await astore.apublish("pay-1", b"authorized", KEEP)
        assert await waiter == Message("pay-1", b"authorized")
        assert await subscription.get(timeout=0.05) is None


@pytest.mark.anyio
async def test_a_sync_publisher_thread_wakes_an_async_waiter(astore: Store) -> None:
    async with astore.asubscribe(["pay-1"]) as subscription:
        publisher = later(0.1, lambda: astore.publish("pay-1", b"from a worker thread", KEEP))
        assert await subscription.get(timeout=10) == Message("pay-1", b"from a worker thread")
        await asyncio.to_thread(publisher.join)


@pytest.mark.anyio
async def test_an_async_publisher_wakes_a_waiting_thread(astore: Store) -> None:
    received: list[Message | None] = []
    with astore.subscribe(["pay-1"]) as subscription:
        waiter = threading.Thread(target=lambda: received.append(subscription.get(timeout=10)))
        waiter.start()
        await asyncio.sleep(0.1)
        await astore.apublish("pay-1", b"from the event loop", KEEP)
        await asyncio.to_thread(waiter.join)
    assert received == [Message("pay-1", b"from the event loop")]


def test_retained_keeps_messages_oldest_first_until_their_ttl(store: Store) -> None:
    assert store.retained("pay-1") == []
    store.publish("pay-1", b"first", KEEP)
    store.publish("pay-1", b"short-lived", 0.2)
    store.publish("pay-1", b"first", KEEP)  # the same bytes twice are two messages
    store.publish("pay-1", b"\x00\xff not utf-8", KEEP)
    store.publish("pay-1", b"", KEEP)
    assert store.retained("pay-1") == [b"first", b"short-lived", b"first", b"\x00\xff not utf-8", b""]
    time.sleep(0.3)
    assert store.retained("pay-1") == [b"first", b"first", b"\x00\xff not utf-8", b""]


def test_a_message_published_before_the_subscription_is_retained_not_delivered(store: Store) -> None:
    store.publish("pay-1", b"early", KEEP)
    with store.subscribe(["pay-1"]) as subscription:
        assert store.retained("pay-1") == [b"early"]
        assert subscription.get(timeout=0.05) is None


@pytest.mark.anyio
async def test_aretained(astore: Store) -> None:
    await astore.apublish("pay-1", b"one", KEEP)
    astore.publish("pay-1", b"two", 0.2)
    assert await astore.aretained("pay-1") == [b"one", b"two"]
    await asyncio.sleep(0.3)
    assert await astore.aretained("pay-1") == [b"one"]


def test_topics_are_isolated(store: Store) -> None:
    with store.subscribe(["pay-1", "pay-2"]) as both, store.subscribe(["pay-2"]) as second:
        store.publish("pay-3", b"for nobody here", KEEP)
        store.publish("pay-1", b"for one", KEEP)
        assert both.get(timeout=5) == Message("pay-1", b"for one")
        assert second.get(timeout=0.05) is None
        store.publish("pay-2", b"for two", KEEP)
        assert both.get(timeout=5) == Message("pay-2", b"for two")
        assert second.get(timeout=5) == Message("pay-2", b"for two")
    assert store.retained("pay-1") == [b"for one"]
    assert store.retained("pay-2") == [b"for two"]
    assert store.retained("pay-3") == [b"for nobody here"]
    assert store.retained("pay") == []


def test_many_waiting_threads_are_woken_by_one_publish(store: Store) -> None:
    subscriptions = [store.subscribe(["pay-1"]) for _ in range(20)]
    received: list[Message | None] = []
    waiters = [threading.Thread(target=lambda s=s: received.append(s.get(timeout=10))) for s in subscriptions]
    for waiter in waiters:
        waiter.start()
    store.publish("pay-1", b"authorized", KEEP)
    for waiter in waiters:
        waiter.join()
    for subscription in subscriptions:
        subscription.close()
    assert received == [Message("pay-1", b"authorized")] * 20


@pytest.mark.anyio
async def test_many_waiting_tasks_are_woken_by_one_publish(astore: Store) -> None:
    subscriptions = [astore.asubscribe(["pay-1"]) for _ in range(20)]
    for subscription in subscriptions:
        await subscription.__aenter__()
    waiters = [asyncio.create_task(subscription.get(timeout=10)) for subscription in subscriptions]
    await asyncio.to_thread(astore.publish, "pay-1", b"authorized", KEEP)
    assert await asyncio.gather(*waiters) == [Message("pay-1", b"authorized")] * 20
    for subscription in subscriptions:
        await subscription.aclose()


def test_close_unsubscribes_and_is_idempotent(store: Store, subscribers: Callable[[str], int]) -> None:
    subscription = store.subscribe(["pay-1", "pay-2"])
    assert (subscribers("pay-1"), subscribers("pay-2")) == (1, 1)
    store.publish("pay-1", b"unread", KEEP)
    subscription.close()
    subscription.close()
    assert subscription.get(timeout=0) is None  # what was unread went with it
    assert subscription.get(timeout=None) is None  # and nothing blocks on a closed subscription
    eventually(lambda: (subscribers("pay-1"), subscribers("pay-2")) == (0, 0))
    store.publish("pay-1", b"to nobody", KEEP)
    assert store.retained("pay-1") == [b"unread", b"to nobody"]


@pytest.mark.anyio
async def test_async_close_unsubscribes_and_is_idempotent(astore: Store, subscribers: Callable[[str], int]) -> None:
    subscription = astore.asubscribe(["pay-1"])
    with pytest.raises(RuntimeError, match="async with"):
        await subscription.get(timeout=0)
    async with subscription:
        assert subscribers("pay-1") == 1
        await subscription.aclose()
        assert await subscription.get(timeout=None) is None
    await subscription.aclose()
    await asyncio.to_thread(eventually, lambda: subscribers("pay-1") == 0)
    with pytest.raises(RuntimeError, match="subscribe again"):
        await subscription.__aenter__()


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda s: s.claim("", KEEP), "key"),
        (lambda s: s.claim("evt", 0), "ttl"),
        (lambda s: s.claim("evt", -1), "ttl"),
        (lambda s: s.claim("evt", float("nan")), "ttl"),
        (lambda s: s.claim("evt", float("inf")), "ttl"),
        (lambda s: s.claim("evt", "30"), "ttl"),
        (lambda s: s.publish("", b"m", KEEP), "topic"),
        (lambda s: s.publish("t", "not bytes", KEEP), "message"),
        (lambda s: s.publish("t", b"m", 0), "ttl"),
        (lambda s: s.retained(""), "topic"),
        (lambda s: s.subscribe("pay-1"), "topics"),
        (lambda s: s.subscribe([]), "topics"),
        (lambda s: s.subscribe(["pay-1", ""]), "topics"),
        (lambda s: s.asubscribe("pay-1"), "topics"),
    ],
)
def test_bad_arguments_are_refused_before_anything_is_stored(
    store: Store, call: Callable[[Store], object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        call(store)
    assert refused.value.field == field
    assert store.retained("t") == []
    assert store.claim("evt", KEEP) is True


def test_a_bad_timeout_is_refused(store: Store) -> None:
    with store.subscribe(["t"]) as subscription, pytest.raises(ValidationError, match="timeout"):
        subscription.get(timeout=-1)


def eventually(condition: Callable[[], bool], within: float = 5.0) -> None:
    """A server notices a closed connection a moment after the client closed it."""
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)
