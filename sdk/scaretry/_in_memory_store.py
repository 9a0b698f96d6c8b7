"""The default notification store: one process, any number of threads and asyncio event loops.

A web server's worker thread that publishes wakes a waiter on an event loop, and an async
publisher wakes a thread blocked in ``Subscription.get()``: every subscription has a mailbox that
any thread may fill and that wakes its reader wherever it waits. Memory holds only what has not
expired: each call first drops the claims and messages whose time has passed.

Use it when one process receives the notifications and waits on the payments; when several do,
use :class:`scaretry.redis.RedisNotificationStore`.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Self

from scaretry._notification_store import (
    AsyncClosesOnExit,
    ClosesOnExit,
    Message,
    check_message,
    check_name,
    check_timeout,
    check_topics,
    check_ttl,
)

__all__ = ["InMemoryNotificationStore"]


class InMemoryNotificationStore:
    """A :class:`~scaretry.NotificationStore` in this process's memory; thread-safe.

    Defaults: nothing to configure. ``clock`` (seconds, monotonic; ``time.monotonic`` unless given)
    exists so that tests can move time forward instead of sleeping.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._claims: dict[str, float] = {}  # key -> when its claim expires
        self._retained: dict[str, list[tuple[float, bytes]]] = {}  # topic -> [(expires, message)], oldest first
        # (expires, tie-breaker, key or None, topic or None): the next thing to drop is on top
        self._expiries: list[tuple[float, int, str | None, str | None]] = []
        self._tiebreak = itertools.count()
        self._subscribers: dict[str, set[_Mailbox]] = {}

    def claim(self, key: str, ttl: float) -> bool:
        check_name("key", key)
        ttl = check_ttl(ttl)
        with self._lock:
            now = self._drop_expired()
            if key in self._claims:
                return False
            expires = now + ttl
            self._claims[key] = expires
            heapq.heappush(self._expiries, (expires, next(self._tiebreak), key, None))
            return True

    async def aclaim(self, key: str, ttl: float) -> bool:
        return self.claim(key, ttl)

    def publish(self, topic: str, message: bytes, ttl: float) -> None:
        check_name("topic", topic)
        check_message(message)
        ttl = check_ttl(ttl)
        with self._lock:
            expires = self._drop_expired() + ttl
            self._retained.setdefault(topic, []).append((expires, message))
            heapq.heappush(self._expiries, (expires, next(self._tiebreak), None, topic))
            mailboxes = list(self._subscribers.get(topic, ()))
        for mailbox in mailboxes:
            mailbox.put(Message(topic, message))

    async def apublish(self, topic: str, message: bytes, ttl: float) -> None:
        self.publish(topic, message, ttl)

    def retained(self, topic: str) -> list[bytes]:
        check_name("topic", topic)
        with self._lock:
            self._drop_expired()
            return [message for _, message in self._retained.get(topic, ())]

    async def aretained(self, topic: str) -> list[bytes]:
        return self.retained(topic)

    def subscribe(self, topics: Sequence[str]) -> InMemorySubscription:
        mailbox = _Mailbox(check_topics(topics))
        self._register(mailbox)
        return InMemorySubscription(self, mailbox)

    def asubscribe(self, topics: Sequence[str]) -> AsyncInMemorySubscription:
        return AsyncInMemorySubscription(self, _Mailbox(check_topics(topics)))

    def _register(self, mailbox: _Mailbox) -> None:
        with self._lock:
            for topic in mailbox.topics:
                self._subscribers.setdefault(topic, set()).add(mailbox)

    def _unregister(self, mailbox: _Mailbox) -> None:
        with self._lock:
            for topic in mailbox.topics:
                subscribers = self._subscribers.get(topic)
                if subscribers is not None:
                    subscribers.discard(mailbox)
                    if not subscribers:
                        del self._subscribers[topic]

    def _drop_expired(self) -> float:
        """Drop what has expired (the lock is held); return now."""
        now = self._clock()
        while self._expiries and self._expiries[0][0] <= now:
            expires, _, key, topic = heapq.heappop(self._expiries)
            if key is not None and self._claims.get(key) == expires:
                del self._claims[key]
            if topic is not None and topic in self._retained:
                if kept := [entry for entry in self._retained[topic] if entry[0] > now]:
                    self._retained[topic] = kept
                else:
                    del self._retained[topic]
        return now


class InMemorySubscription(ClosesOnExit):
    """A :class:`~scaretry.Subscription` to an :class:`InMemoryNotificationStore`; live from creation."""

    def __init__(self, store: InMemoryNotificationStore, mailbox: _Mailbox) -> None:
        self._store = store
        self._mailbox = mailbox

    def get(self, timeout: float | None = None) -> Message | None:
        return self._mailbox.get(timeout)

    def close(self) -> None:
        self._store._unregister(self._mailbox)
        self._mailbox.close()


class AsyncInMemorySubscription(AsyncClosesOnExit):
    """An :class:`~scaretry.AsyncSubscription` to an :class:`InMemoryNotificationStore`."""

    def __init__(self, store: InMemoryNotificationStore, mailbox: _Mailbox) -> None:
        self._store = store
        self._mailbox = mailbox
        self._entered = False

    async def get(self, timeout: float | None = None) -> Message | None:
        if not self._entered:
            raise RuntimeError("enter the subscription (async with store.asubscribe(...)) before get()")
        return await self._mailbox.aget(timeout)

    async def aclose(self) -> None:
        self._store._unregister(self._mailbox)
        self._mailbox.close()

    async def __aenter__(self) -> Self:
        if self._mailbox.closed:
            raise RuntimeError("this subscription was closed; subscribe again")
        self._store._register(self._mailbox)
        self._entered = True
        return self


class _Mailbox:
    """One subscription's messages: filled from any thread, read by a thread or by an event loop."""

    def __init__(self, topics: tuple[str, ...]) -> None:
        self.topics = topics
        self.closed = False
        self._changed = threading.Condition()
        self._messages: deque[Message] = deque()
        self._async_waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = set()

    def put(self, message: Message) -> None:
        with self._changed:
            if not self.closed:
                self._messages.append(message)
                self._wake()

    def close(self) -> None:
        with self._changed:
            self.closed = True
            self._messages.clear()
            self._wake()

    def get(self, timeout: float | None) -> Message | None:
        check_timeout(timeout)
        with self._changed:
            self._changed.wait_for(lambda: self._messages or self.closed, timeout)
            return self._messages.popleft() if self._messages else None

    async def aget(self, timeout: float | None) -> Message | None:
        check_timeout(timeout)
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while True:
            with self._changed:
                if self._messages:
                    return self._messages.popleft()
                if self.closed or (deadline is not None and loop.time() >= deadline):
                    return None
                waiter = (loop, loop.create_future())
                self._async_waiters.add(waiter)
            try:
                async with asyncio.timeout_at(deadline):
                    await waiter[1]
            except TimeoutError:
                pass  # look once more: a message may have come with the deadline
            finally:
                with self._changed:
                    self._async_waiters.discard(waiter)

    def _wake(self) -> None:
        """Wake every reader (the condition's lock is held)."""
        self._changed.notify_all()
        for loop, future in self._async_waiters:
            # A loop closed since its reader started waiting has no reader left to wake.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_resolve, future)
        self._async_waiters.clear()


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
