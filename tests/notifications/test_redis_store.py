"""What only the Redis store does: share claims, retained messages and wake-ups between processes,
survive a dropped connection, and refuse a client it cannot use. Against a real redis-server."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from scaretry._errors import ConfigurationError, ValidationError
from scaretry._notification_store import Message, NotificationStoreError, SubscriptionLost
from scaretry.redis import RedisNotificationStore
from tests.notifications._redis_server import RedisServer
from tests.notifications.conftest import fresh_prefix

KEEP = 30.0
PEER = Path(__file__).with_name("_peer.py")


@pytest.fixture
def prefix() -> str:
    return fresh_prefix()


@pytest.fixture
def store(redis_server: RedisServer, prefix: str) -> Iterator[RedisNotificationStore]:
    with RedisNotificationStore.from_url(redis_server.url, prefix=prefix) as shared:
        yield shared


@pytest.fixture
def admin(redis_server: RedisServer) -> Iterator[redis.Redis]:
    with redis_server.client() as client:
        yield client


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_publish_in_this_process_ends_a_wait_in_another(
    redis_server: RedisServer, store: RedisNotificationStore, prefix: str, mode: str
) -> None:
    store.publish("pay-1", b"before B subscribed", KEEP)
    assert store.claim("event-1", KEEP) is True
    with subprocess.Popen(
        [sys.executable, str(PEER), redis_server.url, prefix, "pay-1", mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as peer:
        assert peer.stdout is not None
        ready = peer.stdout.readline()
        assert ready, peer.stderr.read() if peer.stderr else ""
        assert json.loads(ready) == {"retained": [b"before B subscribed".hex()], "claimed": False}
        store.publish("pay-1", b"\x00authorized", KEEP)
        done = json.loads(peer.stdout.readline())
        assert peer.wait(10) == 0
    assert done == {"received": ["pay-1", b"\x00authorized".hex()]}


def test_subscribe_returns_only_once_the_server_has_confirmed(
    store: RedisNotificationStore, admin: redis.Redis
) -> None:
    # The waiter reads retained() right after subscribe(): were the subscription not in force by
    # then, a message published in between would be neither retained-before nor delivered-after.
    assert store.retained("pay-1") == []  # leaves a connection in the pool: no handshake to wait on
    admin.client_pause(500)  # the server holds every command, SUBSCRIBE included, for 0.5 s
    subscribing = threading.Thread(target=lambda: store.subscribe(["pay-1"]).close())
    subscribing.start()
    subscribing.join(0.2)
    assert subscribing.is_alive()  # still waiting for the confirmation
    subscribing.join(10)
    assert not subscribing.is_alive()


def test_messages_published_by_another_process_right_after_subscribe_arrive(
    redis_server: RedisServer, store: RedisNotificationStore, prefix: str
) -> None:
    with RedisNotificationStore.from_url(redis_server.url, prefix=prefix) as other_process:
        for attempt in range(20):
            with store.subscribe([f"pay-{attempt}"]) as subscription:
                other_process.publish(f"pay-{attempt}", b"now", KEEP)
                assert subscription.get(timeout=5) == Message(f"pay-{attempt}", b"now")


def test_what_it_writes_expires_on_its_own(store: RedisNotificationStore, admin: redis.Redis, prefix: str) -> None:
    store.claim("event-1", 20)
    store.publish("pay-1", b"m", 10)
    store.publish("pay-1", b"m", 20)
    store.publish("pay-1", b"m", 5)
    assert sorted(admin.keys(f"{prefix}*")) == [f"{prefix}claim:event-1".encode(), f"{prefix}retained:pay-1".encode()]
    assert 19_000 < admin.pttl(f"{prefix}claim:event-1") <= 20_000
    assert 19_000 < admin.pttl(f"{prefix}retained:pay-1") <= 20_000  # the longest-lived message
    store.claim("event-2", 0.05)
    store.publish("pay-2", b"m", 0.05)
    assert pytest.approx(0.05, abs=0.05) == admin.pttl(f"{prefix}retained:pay-2") / 1000
    time.sleep(0.1)
    assert admin.exists(f"{prefix}claim:event-2", f"{prefix}retained:pay-2") == 0


def test_a_dropped_subscriber_connection_is_restored_and_replays_what_is_retained(
    store: RedisNotificationStore, admin: redis.Redis
) -> None:
    with store.subscribe(["pay-1", "pay-2"]) as subscription:
        assert admin.client_kill_filter(_type="pubsub") == 1
        store.publish("pay-1", b"while disconnected", KEEP)
        assert subscription.get(timeout=10) == Message("pay-1", b"while disconnected")
        assert subscription.get(timeout=0.05) is None  # pay-2 had nothing retained
        store.publish("pay-2", b"after the reconnection", KEEP)
        assert subscription.get(timeout=10) == Message("pay-2", b"after the reconnection")


def test_a_reconnection_made_by_redis_py_itself_also_replays_what_is_retained(
    redis_server: RedisServer, admin: redis.Redis, prefix: str
) -> None:
    # A client built with a retry policy reconnects and re-subscribes inside redis-py.
    retrying = redis.Redis.from_url(redis_server.url, retry=Retry(NoBackoff(), 3))
    with retrying, RedisNotificationStore(retrying, prefix=prefix) as store, store.subscribe(["pay-1"]) as subscription:
        connection = subscription._pubsub
        assert admin.client_kill_filter(_type="pubsub") == 1
        store.publish("pay-1", b"while disconnected", KEEP)
        assert subscription.get(timeout=10) == Message("pay-1", b"while disconnected")
        assert subscription._pubsub is connection  # redis-py's reconnection, not the store's


@pytest.mark.anyio
async def test_a_dropped_async_subscriber_connection_is_restored_and_replays_what_is_retained(
    store: RedisNotificationStore, admin: redis.Redis
) -> None:
    async with store.asubscribe(["pay-1"]) as subscription:
        assert admin.client_kill_filter(_type="pubsub") == 1
        await store.apublish("pay-1", b"while disconnected", KEEP)
        assert await subscription.get(timeout=10) == Message("pay-1", b"while disconnected")
        await store.apublish("pay-1", b"after the reconnection", KEEP)
        assert await subscription.get(timeout=10) == Message("pay-1", b"after the reconnection")
    await store.aclose()


def test_a_server_gone_for_good_ends_subscriptions_and_calls_with_clear_errors(tmp_path: Path) -> None:
    server = RedisServer(tmp_path)
    server.start()
    store = RedisNotificationStore.from_url(server.url, reconnect_delays=(0, 0.05))
    subscription = store.subscribe(["pay-1"])
    server.stop()
    with pytest.raises(SubscriptionLost, match="subscribe again") as lost:
        subscription.get(timeout=5)
    assert isinstance(lost.value.__cause__, redis.ConnectionError)
    assert subscription.get(timeout=None) is None  # closed by the loss
    subscription.close()
    with pytest.raises(NotificationStoreError, match="Redis claim failed: ConnectionError") as failed:
        store.claim("event-1", KEEP)
    assert isinstance(failed.value.__cause__, redis.ConnectionError)
    with pytest.raises(NotificationStoreError, match="Redis subscribe failed"):
        store.subscribe(["pay-1"])
    store.close()


@pytest.mark.anyio
async def test_a_server_gone_for_good_ends_async_subscriptions_with_a_clear_error(tmp_path: Path) -> None:
    server = RedisServer(tmp_path)
    server.start()
    store = RedisNotificationStore.from_url(server.url, reconnect_delays=(0, 0.05))
    async with store.asubscribe(["pay-1"]) as subscription:
        server.stop()
        with pytest.raises(SubscriptionLost):
            await subscription.get(timeout=5)
        assert await subscription.get(timeout=None) is None
    with pytest.raises(NotificationStoreError, match="Redis publish failed"):
        await store.apublish("pay-1", b"m", KEEP)
    await store.aclose()


def test_clients_that_decode_responses_are_refused(redis_server: RedisServer) -> None:
    with pytest.raises(ConfigurationError, match="decode_responses=False"):
        RedisNotificationStore.from_url(redis_server.url, decode_responses=True)


@pytest.mark.anyio
async def test_async_methods_need_an_async_client(redis_server: RedisServer, prefix: str) -> None:
    with redis_server.client() as client:
        store = RedisNotificationStore(client, prefix=prefix)
        assert store.claim("event-1", KEEP) is True
        for call in (
            lambda: store.aclaim("event-1", KEEP),
            lambda: store.apublish("t", b"m", KEEP),
            lambda: store.aretained("t"),
        ):
            with pytest.raises(ConfigurationError, match="async_client"):
                await call()
        with pytest.raises(ConfigurationError, match="async_client"):
            store.asubscribe(["t"])
        await store.aclose()  # the client is the caller's: still open
        assert client.ping()


def test_stores_with_different_prefixes_share_nothing(redis_server: RedisServer, store: RedisNotificationStore) -> None:
    with RedisNotificationStore.from_url(redis_server.url, prefix=fresh_prefix()) as other:
        assert store.claim("event-1", KEEP) is True
        assert other.claim("event-1", KEEP) is True
        with other.subscribe(["pay-1"]) as subscription:
            store.publish("pay-1", b"m", KEEP)
            assert subscription.get(timeout=0.1) is None
            assert other.retained("pay-1") == []


def test_bad_reconnect_delays_are_refused(redis_server: RedisServer) -> None:
    with pytest.raises(ValidationError, match="reconnect_delays"):
        RedisNotificationStore.from_url(redis_server.url, reconnect_delays=(0, -1))


def test_without_redis_py_the_module_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # as if redis-py were not installed
    for module in ("scaretry.redis", "scaretry._redis_pubsub"):
        monkeypatch.delitem(sys.modules, module)
    with pytest.raises(ImportError, match=r"pip install 'scaretry\[redis\]'"):
        importlib.import_module("scaretry.redis")
