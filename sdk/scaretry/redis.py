"""The notification store shared by every process of a deployment, on Redis: ``pip install scaretry[redis]``.

Why Redis rather than PostgreSQL's ``LISTEN``/``NOTIFY``: each operation is one atomic Redis command
that expires on its own (a claim is ``SET key NX PX ttl``; a wake-up is ``PUBLISH``), where
PostgreSQL needs a table in the merchant's database (a migration), a sweep of expired rows, and a
dedicated connection per listener; ``NOTIFY`` carries at most 8000 bytes of text, a Redis message
is binary; one library, redis-py, has both the sync and the asyncio client; and Redis is what
multi-process Python deployments already run beside their web workers (caches, sessions, Celery
and RQ queues).

What it writes, under ``prefix`` (``"scaretry:"`` unless given):

- ``{prefix}claim:{key}``: a claim, expiring after its ``ttl``
  (https://redis.io/docs/latest/commands/set/, ``NX`` and ``PX``);
- ``{prefix}retained:{topic}``: a sorted set of the messages kept under a topic, scored by when
  each expires (by the server's clock, so that processes with skewed clocks agree); expired ones
  are removed at every publish, and the whole key expires with its last message;
- channel ``{prefix}topic:{topic}``: the wake-up, published in the same script as the message is
  kept (https://redis.io/docs/latest/develop/interact/pubsub/).

Connection loss: Redis keeps no message for a subscriber that is away, so a subscription whose
connection drops subscribes again on a new connection (at once, then after 0.25 s and 1 s:
``reconnect_delays``) and then delivers what is retained under its topics, which covers what was
published meanwhile (a message may so arrive twice; none retained is lost). The same replay follows
a reconnection that redis-py makes by itself (clients built with a ``retry`` policy). When every
attempt fails, ``get()`` raises :class:`~scaretry.SubscriptionLost` and the subscription is closed.
A connection that dies silently is noticed only through a timeout: pass one to ``get()``, or set
redis-py's ``health_check_interval``.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any, Self, cast

import redis
import redis.asyncio
from redis.commands.core import AsyncScript

from scaretry._errors import ConfigurationError, ValidationError
from scaretry._notification_store import (
    Message,
    NotificationStoreError,
    SubscriptionLost,
    check_message,
    check_name,
    check_timeout,
    check_topics,
    check_ttl,
)

__all__ = [
    "DEFAULT_PREFIX",
    "RECONNECT_DELAYS",
    "SUBSCRIBE_TIMEOUT",
    "AsyncRedisSubscription",
    "RedisNotificationStore",
    "RedisSubscription",
]

#: The start of every key and channel the store uses.
DEFAULT_PREFIX = "scaretry:"
#: Seconds a subscription waits for Redis to confirm it before raising NotificationStoreError.
SUBSCRIBE_TIMEOUT = 10.0
#: When a subscription's connection drops: subscribe again at once, then 0.25 s and 1 s later.
RECONNECT_DELAYS = (0.0, 0.25, 1.0)

# A retained member: 16 decimal digits of the server's time in microseconds (so members sort in
# publication order), 8 random bytes (so that equal messages stay distinct), then the message.
_STAMP = 16
_NONCE = 8

# KEYS[1] retained set; ARGV[1] channel, ARGV[2] ttl in ms, ARGV[3] nonce .. message
_PUBLISH = """
local t = redis.call('TIME')
local now_us = tonumber(t[1]) * 1000000 + tonumber(t[2])
local now_ms = math.floor(now_us / 1000)
local ttl = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now_ms)
redis.call('ZADD', KEYS[1], now_ms + ttl, string.format('%016.0f', now_us) .. ARGV[3])
if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
return redis.call('PUBLISH', ARGV[1], string.sub(ARGV[3], 9))
"""
# KEYS[1] retained set
_RETAINED = """
local t = redis.call('TIME')
local now_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
return redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. now_ms, '+inf')
"""


class RedisNotificationStore:
    """A :class:`~scaretry.NotificationStore` on Redis, shared by every process that uses the same server.

    ``client`` serves the sync methods, ``async_client`` the ``a``-prefixed ones (without it they
    raise ConfigurationError). Both must return bytes (``decode_responses=False``, redis-py's
    default). :meth:`from_url` builds both; the store then closes them in :meth:`close` /
    :meth:`aclose`. Clients passed in stay the caller's to close.
    """

    def __init__(
        self,
        client: redis.Redis,
        async_client: redis.asyncio.Redis | None = None,
        *,
        prefix: str = DEFAULT_PREFIX,
        reconnect_delays: Sequence[float] = RECONNECT_DELAYS,
    ) -> None:
        for given in (client, async_client):
            if given is not None and given.get_encoder().decode_responses:
                raise ConfigurationError("RedisNotificationStore needs clients made with decode_responses=False")
        self._client = client
        self._async_client = async_client
        self._prefix = prefix
        if any(not delay >= 0 for delay in reconnect_delays):
            raise ValidationError("reconnect_delays", "must be seconds, 0 or more")
        self.reconnect_delays = tuple(reconnect_delays)
        self._owns_clients = False
        self._publish = client.register_script(_PUBLISH)
        self._read_retained = client.register_script(_RETAINED)
        self._async_scripts = (
            (async_client.register_script(_PUBLISH), async_client.register_script(_RETAINED))
            if async_client is not None
            else None
        )

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = DEFAULT_PREFIX,
        reconnect_delays: Sequence[float] = RECONNECT_DELAYS,
        **options: Any,
    ) -> RedisNotificationStore:
        """Sync and async clients for ``url`` (``redis://``, ``rediss://``, ``unix://``), owned by the store.

        ``options`` go to both ``redis.Redis.from_url`` and ``redis.asyncio.Redis.from_url``.
        """
        clients = redis.Redis.from_url(url, **options), redis.asyncio.Redis.from_url(url, **options)
        store = cls(*clients, prefix=prefix, reconnect_delays=reconnect_delays)
        store._owns_clients = True
        return store

    def claim(self, key: str, ttl: float) -> bool:
        name, milliseconds = self._claim_args(key, ttl)
        with _translated("claim"):
            return bool(self._client.set(name, b"1", nx=True, px=milliseconds))

    async def aclaim(self, key: str, ttl: float) -> bool:
        name, milliseconds = self._claim_args(key, ttl)
        with _translated("claim"):
            return bool(await self._async().set(name, b"1", nx=True, px=milliseconds))

    def publish(self, topic: str, message: bytes, ttl: float) -> None:
        keys, args = self._publish_args(topic, message, ttl)
        with _translated("publish"):
            self._publish(keys=keys, args=args)

    async def apublish(self, topic: str, message: bytes, ttl: float) -> None:
        keys, args = self._publish_args(topic, message, ttl)
        publish, _ = self._scripts_for_async()
        with _translated("publish"):
            await publish(keys=keys, args=args)

    def retained(self, topic: str) -> list[bytes]:
        key = self._key("retained", check_name("topic", topic))
        with _translated("read of retained messages"):
            return _messages(self._read_retained(keys=[key]))

    async def aretained(self, topic: str) -> list[bytes]:
        key = self._key("retained", check_name("topic", topic))
        _, read_retained = self._scripts_for_async()
        with _translated("read of retained messages"):
            return _messages(await read_retained(keys=[key]))

    def subscribe(self, topics: Sequence[str]) -> RedisSubscription:
        return RedisSubscription(self, check_topics(topics))

    def asubscribe(self, topics: Sequence[str]) -> AsyncRedisSubscription:
        self._async()
        return AsyncRedisSubscription(self, check_topics(topics))

    def close(self) -> None:
        """Close the sync client if the store made it (:meth:`from_url`). Idempotent."""
        if self._owns_clients:
            self._client.close()

    async def aclose(self) -> None:
        """Close both clients if the store made them (:meth:`from_url`). Idempotent."""
        if self._owns_clients:
            self._client.close()
            await self._async().aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def _async(self) -> redis.asyncio.Redis:
        if self._async_client is None:
            raise ConfigurationError("this RedisNotificationStore has no async_client; pass one to use async methods")
        return self._async_client

    def _scripts_for_async(self) -> tuple[AsyncScript, AsyncScript]:
        self._async()
        assert self._async_scripts is not None  # set whenever there is an async client
        return self._async_scripts

    def _key(self, kind: str, name: str) -> str:
        return f"{self._prefix}{kind}:{name}"

    def _claim_args(self, key: str, ttl: float) -> tuple[str, int]:
        return self._key("claim", check_name("key", key)), _milliseconds(check_ttl(ttl))

    def _publish_args(self, topic: str, message: bytes, ttl: float) -> tuple[list[str], list[str | bytes | int]]:
        check_name("topic", topic)
        body = os.urandom(_NONCE) + check_message(message)
        return [self._key("retained", topic)], [self._key("topic", topic), _milliseconds(check_ttl(ttl)), body]

    def _channels(self, topics: Iterable[str]) -> dict[bytes, str]:
        # Channels come back as the bytes the client's encoder made of them.
        encoder = self._client.get_encoder()
        return {self._key("topic", topic).encode(encoder.encoding, encoder.encoding_errors): topic for topic in topics}


class RedisSubscription:
    """A :class:`~scaretry.Subscription` on Redis pub/sub; confirmed by the server when it is returned."""

    def __init__(self, store: RedisNotificationStore, topics: tuple[str, ...]) -> None:
        self._store = store
        self._feed = _Feed(store._channels(topics))
        self._closed = False
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
                    self._feed.replay(topic, self._store.retained(topic))
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
        pubsub: redis.client.PubSub = self._store._client.pubsub()  # type: ignore[no-untyped-call]  # unannotated
        try:
            with _translated("subscribe"):
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
        _quietly(self._pubsub.close)
        for delay in self._store.reconnect_delays:
            time.sleep(delay)
            with contextlib.suppress(NotificationStoreError):
                self._pubsub = self._connect()
                for topic in self._feed.topics():
                    self._feed.replay(topic, self._store.retained(topic))
                return
        self.close()
        raise _lost(error) from error

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncRedisSubscription:
    """An :class:`~scaretry.AsyncSubscription` on Redis pub/sub; confirmed by the server once entered."""

    def __init__(self, store: RedisNotificationStore, topics: tuple[str, ...]) -> None:
        self._store = store
        self._feed = _Feed(store._channels(topics))
        self._pubsub: redis.asyncio.client.PubSub | None = None
        self._closed = False

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
                    self._feed.replay(topic, await self._store.aretained(topic))
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
        pubsub = self._store._async().pubsub()
        try:
            with _translated("subscribe"):
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
        await _aclose_quietly(self._pubsub)
        for delay in self._store.reconnect_delays:
            await asyncio.sleep(delay)
            with contextlib.suppress(NotificationStoreError):
                self._pubsub = await self._connect()
                for topic in self._feed.topics():
                    self._feed.replay(topic, await self._store.aretained(topic))
                return
        await self.aclose()
        raise _lost(error) from error

    async def __aenter__(self) -> Self:
        if self._pubsub is not None or self._closed:
            raise RuntimeError("a subscription is entered once; subscribe again")
        self._pubsub = await self._connect()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


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
def _translated(action: str) -> Iterator[None]:
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


def _milliseconds(ttl: float) -> int:
    return max(1, math.ceil(ttl * 1000))


def _messages(members: list[bytes]) -> list[bytes]:
    """Retained members, oldest first, without their stamp and nonce."""
    return [member[_STAMP + _NONCE :] for member in sorted(members)]
