"""A transport that records the transactions a PXP client sends on their way to the sandbox."""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = ["Spy"]


class Spy(httpx.BaseTransport):
    """The network, and a record of the transactions the client sent."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.sent: list[dict[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/v1/transactions"):
            self.sent.append(json.loads(request.content))
        return self.inner.handle_request(request)
