"""Notifications in the polling run: the bench's receiver feeding a scaretry :class:`~scaretry.Inbox`.

Deliveries are POSTed by the bench server to a small HTTP receiver here, which hands each one to
``inbox.areceive(client, headers, body)`` (verification, deduplication, wake-up), as a merchant's
endpoint would; the waiting flows pass the same inbox to ``client.wait(..., notifications=inbox)``.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

__all__ = ["availability", "start"]


def availability() -> str | None:
    """None when ``AsyncCheckout.wait`` takes ``notifications=``; else why it is not available."""
    import scaretry

    if "notifications" not in inspect.signature(scaretry.AsyncCheckout.wait).parameters:
        return "not available: AsyncCheckout.wait() has no notifications= parameter"
    return None


async def start(client: Any, port: int) -> Any:
    """Make the inbox and serve ``POST`` deliveries on ``127.0.0.1:port`` into it (answering 200)."""
    from scaretry import Inbox

    inbox = Inbox()

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
        await inbox.areceive(client, headers, body)

    await asyncio.start_server(receive, "127.0.0.1", port)
    return inbox
