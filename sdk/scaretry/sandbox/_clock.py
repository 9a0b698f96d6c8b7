"""Time in the sandbox: real monotonic time, with an offset tests can move forward."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

__all__ = ["Clock"]


class Clock:
    """``now()`` in seconds. ``advance(s)`` jumps forward (to expire a challenge, or to bring a
    notification's next retry forward, without waiting); whoever waits on the clock is told."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    def now(self) -> float:
        return time.monotonic() + self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += seconds
            listeners = list(self._listeners)
        for listener in listeners:
            listener()

    def on_advance(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every :meth:`advance` (a waiting thread re-reads the time)."""
        with self._lock:
            self._listeners.append(listener)
