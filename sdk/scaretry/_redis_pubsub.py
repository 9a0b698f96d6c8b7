"""Redis pub/sub subscriptions for :mod:`scaretry.redis`: confirmed before use, restored when dropped.

A subscription is in force only once Redis has confirmed it, so ``subscribe()`` (and entering an
async subscription) waits for the confirmation of every channel: a waiter that reads ``retained()``
next misses nothing published in between. Redis keeps no message for a subscriber that is away, so
after any reconnection, the subscription's own or redis-py's, it replays what is retained under its
topics.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Generic, Self, TypeVar, cast

import redis
import redis.asyncio

from scaretry._notification_store import (
    AsyncClosesOnExit,
    ClosesOnExit,
    Message,
    NotificationStoreError,
    SubscriptionLost,
    check_timeout,
)

__all__ = ["SUBSCRIBE_TIMEOUT", "AsyncRedisSubscription", "RedisSubscription", "translated"]

#: Seconds a subscription waits for Redis to confirm it before raising NotificationStoreError.
SUBSCRIBE_TIMEOUT = 10.0

C = TypeVar("C")
R = TypeVar("R")


class _Setup(Generic[C, R]):
    """What both kinds of subscription start from: a client, channels, and how to read retained."""

    def __init__(self, client: C, channels: Mapping[bytes, str], retained: R, reconnect_delays: Sequence[float]):
        self._client = client
        self._feed = _Feed(channels)
        self._retained = retained
        self._reconnect_delays = reconnect_delays
        self._closed = False


class RedisSubscription(_Setup[redis.Redis, Callable[[str], list[bytes]]], ClosesOnExit):
    """A :class:`~scaretry.Subscription` on Redis pub/sub; confirmed by the server when it is returned."""

    def __init__(
        self,
        client: redis.Redis,
        channels: Mapping[bytes, str],
        retained: Callable[[str], list[bytes]],
        reconnect_delays: Sequence[float],
    ) -> None:
        super().__init__(client, channels, retained, reconnect_delays)
        self._pubsub = self._connect()

    def get(self, timeout: float | None = None) -> Message | None:
        check_timeout(timeout)
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if (message := self._feed.next()) is not None or self._closed:
                return message
            try:
                # None waits without limit, as redis-py documents, though its annotation says float.
                wait = cast("float", None if deadline is None else _until(deadline))
                raw = self._pubsub.get_message(timeout=wait)
                if (topic := self._feed.take(raw)) is not None:
                    self._feed.replay(topic, self._retained(topic))
            except (redis.RedisError, NotificationStoreError) as error:
                self._reconnect(error)
            if deadline is not None and time.monotonic() >= deadline:
                return self._feed.next()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._feed.messages.clear()
            _quietly(self._pubsub.close)

    def _connect(self) -> redis.client.PubSub:
        pubsub: redis.client.PubSub = self._client.pubsub()  # type: ignore[no-untyped-call]  # unannotated
        try:
            with translated("subscribe"):
                pubsub.subscribe(*self._feed.channels)
                deadline = self._feed.subscribing()
                while not self._feed.confirmed(deadline):
                    self._feed.take(pubsub.get_message(timeout=_until(deadline)))
        except BaseException:
            _quietly(pubsub.close)
            raise
        return pubsub

    def _reconnect(self, error: Exception) -> None:
        """Subscribe on a new connection, then replay what is retained: Redis kept no message for us."""
        for delay in self._reconnect_delays:
            _quietly(self._pubsub.close)
            time.sleep(delay)
            with contextlib.suppress(NotificationStoreError):
                self._pubsub = self._connect()
                for topic in self._feed.topics():
                    self._feed.replay(topic, self._retained(topic))
                return
        self.close()
        raise _lost(error) from error


class AsyncRedisSubscription(_Setup[redis.asyncio.Redis, Callable[[str], Awaitable[list[bytes]]]], AsyncClosesOnExit):
    """An :class:`~scaretry.AsyncSubscription` on Redis pub/sub; confirmed by the server once entered."""

    _pubsub: redis.asyncio.client.PubSub | None = None

    async def get(self, timeout: float | None = None) -> Message | None:
        if self._pubsub is None and not self._closed:
            raise RuntimeError("enter the subscription (async with store.asubscribe(...)) before get()")
        check_timeout(timeout)
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if (message := self._feed.next()) is not None or self._closed or self._pubsub is None:
                return message
            try:
                raw = await self._pubsub.get_message(timeout=None if deadline is None else _until(deadline))
                if (topic := self._feed.take(raw)) is not None:
                    self._feed.replay(topic, await self._retained(topic))
            except (redis.RedisError, NotificationStoreError) as error:
                await self._reconnect(error)
            if deadline is not None and time.monotonic() >= deadline:
                return self._feed.next()

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            self._feed.messages.clear()
            await _aclose_quietly(self._pubsub)

    async def _connect(self) -> redis.asyncio.client.PubSub:
        pubsub = self._client.pubsub()
        try:
            with translated("subscribe"):
                await pubsub.subscribe(*self._feed.channels)
                deadline = self._feed.subscribing()
                while not self._feed.confirmed(deadline):
                    self._feed.take(await pubsub.get_message(timeout=_until(deadline)))
        except BaseException:
            await _aclose_quietly(pubsub)
            raise
        return pubsub

    async def _reconnect(self, error: Exception) -> None:
        """Subscribe on a new connection, then replay what is retained: Redis kept no message for us."""
        for delay in self._reconnect_delays:
            await _aclose_quietly(self._pubsub)
            await asyncio.sleep(delay)
            with contextlib.suppress(NotificationStoreError):
                self._pubsub = await self._connect()
                for topic in self._feed.topics():
                    self._feed.replay(topic, await self._retained(topic))
                return
        await self.aclose()
        raise _lost(error) from error

    async def __aenter__(self) -> Self:
        if self._pubsub is not None or self._closed:
            raise RuntimeError("a subscription is entered once; subscribe again")
        self._pubsub = await self._connect()
        return self


class _Feed:
    """What a subscription's connection said, turned into messages; shared by the sync and async subscriptions."""

    def __init__(self, channels: Mapping[bytes, str]) -> None:
        self.channels = dict(channels)  # channel -> topic
        self.unconfirmed = set(channels)
        self.messages: deque[Message] = deque()

    def topics(self) -> list[str]:
        return list(self.channels.values())

    def subscribing(self) -> float:
        """A SUBSCRIBE was sent: every channel awaits its confirmation until the deadline returned."""
        self.unconfirmed = set(self.channels)
        return time.monotonic() + SUBSCRIBE_TIMEOUT

    def confirmed(self, deadline: float) -> bool:
        if self.unconfirmed and time.monotonic() >= deadline:
            raise NotificationStoreError(f"Redis did not confirm the subscription within {SUBSCRIBE_TIMEOUT:g} s")
        return not self.unconfirmed

    def take(self, raw: Mapping[str, Any] | None) -> str | None:
        """Take one reply of redis-py's ``get_message``; return a topic whose retained messages to replay."""
        if raw is None or (topic := self.channels.get(raw["channel"])) is None:
            return None
        if raw["type"] == "message":
            self.messages.append(Message(topic, raw["data"]))
        elif raw["type"] == "subscribe":
            if raw["channel"] not in self.unconfirmed:
                return topic  # confirmed a second time: redis-py reconnected, and messages may be missing
            self.unconfirmed.discard(raw["channel"])
        return None

    def replay(self, topic: str, retained: Iterable[bytes]) -> None:
        self.messages.extend(Message(topic, body) for body in retained)

    def next(self) -> Message | None:
        return self.messages.popleft() if self.messages else None


@contextlib.contextmanager
def translated(action: str) -> Iterator[None]:
    """redis-py's exceptions as NotificationStoreError (the original stays as ``__cause__``)."""
    try:
        yield
    except redis.RedisError as error:
        raise NotificationStoreError(f"Redis {action} failed: {type(error).__name__}: {error}") from error


def _lost(error: Exception) -> SubscriptionLost:
    return SubscriptionLost(
        f"the Redis subscription was lost ({type(error).__name__}: {error}); subscribe again, then read retained()"
    )


def _quietly(close: Callable[[], object]) -> None:
    """Close what may already be broken: its connection is being given up anyway."""
    with contextlib.suppress(redis.RedisError, OSError):
        close()


async def _aclose_quietly(pubsub: redis.asyncio.client.PubSub | None) -> None:
    with contextlib.suppress(redis.RedisError, OSError):
        if pubsub is not None:
            await pubsub.aclose()  # type: ignore[no-untyped-call]  # redis-py leaves it unannotated


def _until(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())
