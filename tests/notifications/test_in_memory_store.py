"""What only the in-memory store promises: bounded memory, and wake-ups across threads and loops."""

from __future__ import annotations

import asyncio
import threading

import pytest

from scaretry._in_memory_store import InMemoryNotificationStore
from scaretry._notification_store import Message


class Clock:
    """Time that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_expired_claims_and_messages_are_dropped_from_memory() -> None:
    clock = Clock()
    store = InMemoryNotificationStore(clock=clock)
    for number in range(1000):
        assert store.claim(f"evt-{number}", 60)
        store.publish(f"pay-{number % 10}", b"m", 60 + number % 2)
    store.publish("pay-long", b"kept", 3600)
    assert len(store._claims) == 1000
    assert len(store._expiries) == 2001

    clock.now += 60.5  # half the messages have expired, and every claim
    assert store.retained("pay-1") == [b"m"] * 100
    assert store.retained("pay-2") == []
    assert len(store._claims) == 0
    clock.now += 1
    assert store.claim("evt-1", 60)  # expired: claimable again
    assert store._retained == {"pay-long": [(1000.0 + 3600, b"kept")]}
    assert len(store._expiries) == 2  # the long message and the new claim


def test_a_reclaimed_key_is_not_dropped_by_its_earlier_expiry() -> None:
    clock = Clock()
    store = InMemoryNotificationStore(clock=clock)
    assert store.claim("evt", 10)
    clock.now += 10
    assert store.claim("evt", 100)
    clock.now += 50
    assert not store.claim("evt", 100)


def test_closing_from_another_thread_ends_a_blocked_get() -> None:
    store = InMemoryNotificationStore()
    subscription = store.subscribe(["pay-1"])
    closer = threading.Timer(0.1, subscription.close)
    closer.start()
    assert subscription.get(timeout=10) is None
    closer.join()
    assert store._subscribers == {}


def test_a_waiter_on_another_event_loop_is_woken() -> None:
    store = InMemoryNotificationStore()
    subscription = store.asubscribe(["pay-1"])
    received: list[Message | None] = []
    entered = threading.Event()

    async def wait_on_its_own_loop() -> None:
        async with subscription:
            entered.set()
            received.append(await subscription.get(timeout=10))

    waiter = threading.Thread(target=asyncio.run, args=(wait_on_its_own_loop(),))
    waiter.start()
    assert entered.wait(10)

    async def publish() -> None:
        await store.apublish("pay-1", b"from another loop", 60)

    asyncio.run(publish())
    waiter.join(10)
    assert received == [Message("pay-1", b"from another loop")]


def test_a_publish_survives_a_waiter_whose_event_loop_has_closed() -> None:
    store = InMemoryNotificationStore()
    with store.subscribe(["pay-1"]) as subscription:
        # What an async reader leaves when its loop is closed under it mid-wait.
        gone = asyncio.new_event_loop()
        subscription._mailbox._async_waiters.add((gone, gone.create_future()))
        gone.close()
        store.publish("pay-1", b"m", 60)  # nothing to wake there, nothing raised
        assert subscription.get(timeout=1) == Message("pay-1", b"m")
        assert subscription._mailbox._async_waiters == set()


@pytest.mark.anyio
async def test_a_cancelled_async_get_leaves_no_waiter_behind() -> None:
    store = InMemoryNotificationStore()
    async with store.asubscribe(["pay-1"]) as subscription:
        waiting = asyncio.create_task(subscription.get())
        await asyncio.sleep(0.01)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert subscription._mailbox._async_waiters == set()
        await store.apublish("pay-1", b"m", 60)
        assert await subscription.get(timeout=1) == Message("pay-1", b"m")
