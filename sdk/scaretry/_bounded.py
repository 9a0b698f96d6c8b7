"""At most N requests in flight per client; the others wait their turn here.

httpcore's connection pool hands connections to waiting requests in a way that degrades badly past
a few hundred waiters (encode/httpcore#1035): with 1,000 payments started at once, requests time out
in the pool (``PoolTimeout``) although the provider answers quickly. A client therefore keeps its
own bound, by default the pool's size (``limits.max_connections``), so a request reaches the pool
only when a connection is free for it, and a request waiting for its turn never counts against the
timeouts of the request itself. The bound holds each attempt, not the backoff between attempts.
"""

from __future__ import annotations

import threading

import anyio
import httpx

__all__ = ["AsyncBoundedTransport", "BoundedTransport"]


class BoundedTransport(httpx.BaseTransport):
    """At most ``slots`` requests at once through ``inner`` (threads beyond it wait)."""

    def __init__(self, inner: httpx.BaseTransport, slots: int) -> None:
        self._inner = inner
        self._slots = threading.BoundedSemaphore(slots)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._slots:
            response = self._inner.handle_request(request)
            response.read()  # the connection goes back to the pool before the slot is released
            return response

    def close(self) -> None:
        self._inner.close()


class AsyncBoundedTransport(httpx.AsyncBaseTransport):
    """At most ``slots`` requests at once through ``inner`` (tasks beyond it wait, first come first
    served)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, slots: int) -> None:
        self._inner = inner
        self._count = slots
        self._slots: anyio.Semaphore | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._slots is None:  # made on the event loop that first uses it
            self._slots = anyio.Semaphore(self._count)
        async with self._slots:
            response = await self._inner.handle_async_request(request)
            await response.aread()
            return response

    async def aclose(self) -> None:
        await self._inner.aclose()
