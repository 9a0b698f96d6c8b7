"""Fixtures of the notification store tests: each contract test runs on the in-memory store and on
a real Redis server that the session starts once."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterator

import pytest

from scaretry._in_memory_store import InMemoryNotificationStore
from scaretry.redis import RedisNotificationStore
from tests.notifications._redis_server import RedisServer

Store = InMemoryNotificationStore | RedisNotificationStore


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    with RedisServer(tmp_path_factory.mktemp("redis")) as server:
        yield server


def fresh_prefix() -> str:
    """Every test gets keys and channels of its own on the shared server."""
    return f"test-{uuid.uuid4().hex[:12]}:"


@pytest.fixture(params=["memory", "redis"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "memory":
        yield InMemoryNotificationStore()
        return
    server: RedisServer = request.getfixturevalue("redis_server")
    with RedisNotificationStore.from_url(server.url, prefix=fresh_prefix()) as shared:
        yield shared


@pytest.fixture
async def astore(store: Store) -> AsyncIterator[Store]:
    """The same store, for an async test: its async client is closed on the test's event loop."""
    yield store
    if isinstance(store, RedisNotificationStore):
        await store.aclose()


@pytest.fixture
def subscribers(store: Store, request: pytest.FixtureRequest) -> Iterator[Callable[[str], int]]:
    """How many subscriptions to a topic the store's backend holds now."""
    if isinstance(store, InMemoryNotificationStore):
        yield lambda topic: len(store._subscribers.get(topic, ()))
        return
    server: RedisServer = request.getfixturevalue("redis_server")
    with server.client() as admin:

        def count(topic: str) -> int:
            ((_, number),) = admin.pubsub_numsub(store._key("topic", topic))
            return int(number)

        yield count
