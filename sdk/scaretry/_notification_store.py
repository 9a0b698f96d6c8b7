"""Where notifications are deduplicated and waiters are woken: the storage protocol and its values.

A provider delivers each notification at least once, to whichever web process its load balancer
picks, while the payment is awaited in some other worker. The notification inbox needs three things
from the storage under it, all here:

- ``claim(key, ttl)``: True the first time a key (a provider's event id) is claimed, False for a
  duplicate, until ``ttl`` seconds have passed;
- ``publish(topic, message, ttl)``: keep ``message`` under ``topic`` for ``ttl`` seconds, for a
  waiter who comes later, and wake every current subscriber of ``topic``;
- ``subscribe(topics)`` then ``retained(topic)``: a waiter subscribes first and reads what is kept
  second, so that no message falls between the two (one may arrive twice: that is allowed).

Every operation has an ``a``-prefixed twin for asyncio code, on the same object, so one store serves
a sync web worker and an async waiter at once. Two implementations ship:
:class:`~scaretry.InMemoryNotificationStore` (one process, the default) and
:class:`scaretry.redis.RedisNotificationStore` (every process of a deployment).

Exceptions defined here::

    ScaRetryError
    └── NotificationStoreError    the store failed or could not be reached; ``__cause__`` says how
        └── SubscriptionLost      a subscription's connection dropped and could not be restored
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

import attrs

from scaretry._errors import ScaRetryError, ValidationError

__all__ = [
    "AsyncClosesOnExit",
    "AsyncSubscription",
    "ClosesOnExit",
    "Message",
    "NotificationStore",
    "NotificationStoreError",
    "Subscription",
    "SubscriptionLost",
]


class NotificationStoreError(ScaRetryError):
    """The notification store failed or could not be reached. The library's error is ``__cause__``."""


class SubscriptionLost(NotificationStoreError):
    """A subscription's connection dropped and could not be restored; the subscription is closed.

    Messages published meanwhile are still retained: subscribe again, then read ``retained()``.
    """


@attrs.frozen
class Message:
    """One message a subscription received: the ``topic`` it was published under, and its ``body``."""

    topic: str
    body: bytes


@runtime_checkable
class Subscription(Protocol):
    """Messages published to some topics after the subscription started, for synchronous code.

    Live as soon as ``subscribe()`` returns. Read and close it from one thread at a time (only the
    in-memory store's may be closed from another thread); it is a context manager. Closing twice
    is harmless.
    """

    def get(self, timeout: float | None = None) -> Message | None:
        """The next message; None once ``timeout`` seconds have passed (None: no limit) or once closed."""
        ...

    def close(self) -> None:
        """Stop receiving and release the connection. Idempotent."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


@runtime_checkable
class AsyncSubscription(Protocol):
    """Messages published to some topics after the subscription started, for asyncio code.

    Live once entered: ``async with store.asubscribe(topics) as subscription:``. Read it from one
    task at a time. Closing twice is harmless.
    """

    async def get(self, timeout: float | None = None) -> Message | None:
        """The next message; None once ``timeout`` seconds have passed (None: no limit) or once closed."""
        ...

    async def aclose(self) -> None:
        """Stop receiving and release the connection. Idempotent."""
        ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


@runtime_checkable
class NotificationStore(Protocol):
    """Deduplication and wake-ups for the notification inbox; sync and async on the same object.

    ``ttl`` is in seconds, a positive finite number; keys and topics are non-empty strings. Bad
    arguments raise :class:`~scaretry.ValidationError` before anything is stored. A store that cannot
    reach its backend raises :class:`NotificationStoreError`, never the backend library's exception.
    """

    def claim(self, key: str, ttl: float) -> bool:
        """True the first time ``key`` is claimed, False while an earlier claim has not expired."""
        ...

    async def aclaim(self, key: str, ttl: float) -> bool:
        """:meth:`claim` for asyncio code."""
        ...

    def publish(self, topic: str, message: bytes, ttl: float) -> None:
        """Keep ``message`` under ``topic`` for ``ttl`` seconds and wake every subscriber of ``topic``."""
        ...

    async def apublish(self, topic: str, message: bytes, ttl: float) -> None:
        """:meth:`publish` for asyncio code."""
        ...

    def retained(self, topic: str) -> list[bytes]:
        """The unexpired messages kept under ``topic``, oldest first."""
        ...

    async def aretained(self, topic: str) -> list[bytes]:
        """:meth:`retained` for asyncio code."""
        ...

    def subscribe(self, topics: Sequence[str]) -> Subscription:
        """A live subscription to ``topics``: subscribe first, then read :meth:`retained`."""
        ...

    def asubscribe(self, topics: Sequence[str]) -> AsyncSubscription:
        """An asyncio subscription to ``topics``, live once entered with ``async with``."""
        ...


class ClosesOnExit:
    """``with thing:`` closes it at the end of the block."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClosesOnExit:
    """``async with thing:`` closes it at the end of the block."""

    async def aclose(self) -> None:
        raise NotImplementedError

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def check_name(field: str, value: str) -> str:
    """A key or a topic: a non-empty string."""
    if not isinstance(value, str) or not value:
        raise ValidationError(field, "must be a non-empty string")
    return value


def check_ttl(ttl: float) -> float:
    """Seconds to keep something: a positive finite number."""
    if isinstance(ttl, bool) or not isinstance(ttl, int | float) or not math.isfinite(ttl) or ttl <= 0:
        raise ValidationError("ttl", "must be a positive finite number of seconds")
    return float(ttl)


def check_message(message: bytes) -> bytes:
    """A message body: bytes (the inbox serialises what it keeps)."""
    if not isinstance(message, bytes):
        raise ValidationError("message", "must be bytes")
    return message


def check_topics(topics: Sequence[str]) -> tuple[str, ...]:
    """Topics to subscribe to: a non-empty sequence of topics (a lone string is refused, not split)."""
    if isinstance(topics, str | bytes) or not isinstance(topics, Sequence) or not topics:
        raise ValidationError("topics", "must be a non-empty sequence of topic strings")
    return tuple(dict.fromkeys(check_name("topics", topic) for topic in topics))


def check_timeout(timeout: float | None) -> None:
    """How long ``get()`` may wait: None (no limit) or seconds, 0 or more."""
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout >= 0):
        raise ValidationError("timeout", "must be None or a number of seconds, 0 or more")
