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

import math
import os
from collections.abc import Iterable, Sequence
from typing import Any, Self

try:
    import redis
    import redis.asyncio
    from redis.commands.core import AsyncScript
except ImportError as missing:  # pragma: no cover - exercised in a test that hides redis
    raise ImportError("scaretry.redis needs redis-py: pip install 'scaretry[redis]'") from missing

from scaretry._errors import ConfigurationError, ValidationError
from scaretry._notification_store import (
    AsyncClosesOnExit,
    ClosesOnExit,
    check_message,
    check_name,
    check_topics,
    check_ttl,
)
from scaretry._redis_pubsub import SUBSCRIBE_TIMEOUT, AsyncRedisSubscription, RedisSubscription, translated

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
#: When a subscription's connection drops: subscribe again at once, then 0.25 s and 1 s later.
RECONNECT_DELAYS = (0.0, 0.25, 1.0)

# A retained member: 16 decimal digits of the server's time in microseconds (so members sort in
# publication order), 8 random bytes (so that equal messages stay distinct), then the message.
_STAMP = 16
_NONCE = 8

# KEYS[1] retained set; ARGV[1] channel, ARGV[2] ttl in ms, ARGV[3] nonce .. message (the 9 in
# string.sub skips the _NONCE bytes)
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


class RedisNotificationStore(ClosesOnExit, AsyncClosesOnExit):
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
        with translated("claim"):
            return bool(self._client.set(name, b"1", nx=True, px=milliseconds))

    async def aclaim(self, key: str, ttl: float) -> bool:
        name, milliseconds = self._claim_args(key, ttl)
        with translated("claim"):
            return bool(await self._async().set(name, b"1", nx=True, px=milliseconds))

    def publish(self, topic: str, message: bytes, ttl: float) -> None:
        keys, args = self._publish_args(topic, message, ttl)
        with translated("publish"):
            self._publish(keys=keys, args=args)

    async def apublish(self, topic: str, message: bytes, ttl: float) -> None:
        keys, args = self._publish_args(topic, message, ttl)
        publish, _ = self._scripts_for_async()
        with translated("publish"):
            await publish(keys=keys, args=args)

    def retained(self, topic: str) -> list[bytes]:
        key = self._key("retained", check_name("topic", topic))
        with translated("read of retained messages"):
            return _messages(self._read_retained(keys=[key]))

    async def aretained(self, topic: str) -> list[bytes]:
        key = self._key("retained", check_name("topic", topic))
        _, read_retained = self._scripts_for_async()
        with translated("read of retained messages"):
            return _messages(await read_retained(keys=[key]))

    def subscribe(self, topics: Sequence[str]) -> RedisSubscription:
        channels = self._channels(check_topics(topics))
        return RedisSubscription(self._client, channels, self.retained, self.reconnect_delays)

    def asubscribe(self, topics: Sequence[str]) -> AsyncRedisSubscription:
        channels = self._channels(check_topics(topics))
        return AsyncRedisSubscription(self._async(), channels, self.aretained, self.reconnect_delays)

    def close(self) -> None:
        """Close the sync client if the store made it (:meth:`from_url`). Idempotent."""
        if self._owns_clients:
            self._client.close()

    async def aclose(self) -> None:
        """Close both clients if the store made them (:meth:`from_url`). Idempotent."""
        if self._owns_clients:
            self._client.close()
            await self._async().aclose()

    async def __aenter__(self) -> Self:
        return self

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


def _milliseconds(ttl: float) -> int:
    return max(1, math.ceil(ttl * 1000))


def _messages(members: list[bytes]) -> list[bytes]:
    """Retained members, oldest first, without their stamp and nonce."""
    return [member[_STAMP + _NONCE :] for member in sorted(members)]
