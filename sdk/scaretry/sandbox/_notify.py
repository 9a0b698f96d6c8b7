"""Webhook delivery: signed by the provider module, sent here in the background with retries.

Providers retry until the merchant answers 2xx; the sandbox tries ``attempts`` times, ``backoff``
seconds apart (much faster than any real provider, so tests do not wait), and keeps a record of
every attempt for tests (``/_sandbox/deliveries``).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

__all__ = ["Delivery", "Notifier"]

log = logging.getLogger("scaretry.sandbox")


@attrs.frozen
class Delivery:
    provider: str
    url: str
    headers: Mapping[str, str]
    body: bytes
    statuses: tuple[int | str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "url": self.url,
            "headers": dict(self.headers),
            "body": self.body.decode("utf-8", "replace"),
            "statuses": list(self.statuses),
        }


class Notifier:
    def __init__(self, *, attempts: int = 3, backoff: float = 0.2, timeout: float = 5.0) -> None:
        self._attempts = attempts
        self._backoff = backoff
        self._timeout = timeout
        self._queue: queue.Queue[Delivery | None] = queue.Queue()
        self._lock = threading.Lock()
        self.deliveries: list[Delivery] = []
        self._thread: threading.Thread | None = None

    def send(self, provider: str, url: str, headers: Mapping[str, str], body: bytes) -> None:
        self._ensure_started()
        self._queue.put(Delivery(provider, url, dict(headers), body))

    def _ensure_started(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="sandbox-webhooks", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        with httpx.Client(timeout=self._timeout) as client:
            while (delivery := self._queue.get()) is not None:
                statuses: list[int | str] = []
                for attempt in range(self._attempts):
                    try:
                        response = client.post(delivery.url, content=delivery.body, headers=dict(delivery.headers))
                        statuses.append(response.status_code)
                        if response.is_success:
                            break
                    except httpx.HTTPError as exc:
                        statuses.append(type(exc).__name__)
                    if attempt + 1 < self._attempts:
                        time.sleep(self._backoff)
                with self._lock:
                    self.deliveries.append(attrs.evolve(delivery, statuses=tuple(statuses)))
                log.info("webhook %s -> %s: %s", delivery.provider, delivery.url, statuses)
                self._queue.task_done()

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Block until every queued delivery was attempted (tests)."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=2)
