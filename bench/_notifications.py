"""Notifications in the polling run: whether scaretry can take them, and the bench's receiver.

scaretry's notification inbox is being built (``wait(handle, timeout=…, notifications=inbox)``);
until ``wait()`` has that parameter the notification variants are reported "not available".
Once it has, this module is the one place that knows how to make an inbox and hand it a delivery:
it tries, in order, ``client.inbox()``, ``<Inbox>(client)`` and ``<Inbox>()`` for an inbox class
exported by scaretry, and the first of ``areceive``/``receive``/``accept``/``deliver``/``handle``
taking ``(headers, body)``. Anything else fails the run with a message saying so.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

__all__ = ["availability", "start"]

_INBOX_NAMES = ("NotificationInbox", "Inbox", "Notifications")
_FEED_NAMES = ("areceive", "receive", "accept", "deliver", "handle")


def availability() -> str | None:
    """None when ``AsyncCheckout.wait`` takes ``notifications=``; else why it is not available."""
    import scaretry

    if "notifications" not in inspect.signature(scaretry.AsyncCheckout.wait).parameters:
        return "not available: AsyncCheckout.wait() has no notifications= parameter yet"
    if not any(hasattr(scaretry, name) for name in _INBOX_NAMES) and not hasattr(scaretry.AsyncCheckout, "inbox"):
        return f"not available: wait() takes notifications=, but scaretry exports none of {', '.join(_INBOX_NAMES)}"
    return None


def _inbox(client: Any) -> Any:
    import scaretry

    if hasattr(client, "inbox"):
        return client.inbox()
    cls = next(getattr(scaretry, name) for name in _INBOX_NAMES if hasattr(scaretry, name))
    try:
        return cls(client)
    except TypeError:
        return cls()


async def _feed(inbox: Any, headers: dict[str, str], body: bytes) -> None:
    for name in _FEED_NAMES:
        method = getattr(inbox, name, None)
        if method is not None:
            result = method(headers, body)
            if inspect.isawaitable(result):
                await result
            return
    raise TypeError(f"the inbox has none of {', '.join(_FEED_NAMES)}")


async def start(client: Any, port: int) -> Any:
    """Make the inbox and serve ``POST`` deliveries on ``127.0.0.1:port`` into it (answering 200)."""
    inbox = _inbox(client)

    async def receive(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        headers = {}
        for line in head[1:]:
            name, _, value = line.partition(":")
            if name:
                headers[name.strip().lower()] = value.strip()
        body = await reader.readexactly(int(headers.get("content-length") or 0))
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        await writer.drain()
        writer.close()
        await _feed(inbox, headers, body)

    await asyncio.start_server(receive, "127.0.0.1", port)
    return inbox
