"""Time in the sandbox: real monotonic time, with an offset tests can move forward."""

from __future__ import annotations

import threading
import time

__all__ = ["Clock"]


class Clock:
    """``now()`` in seconds. ``advance(s)`` jumps forward (to expire a challenge without waiting)."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        return time.monotonic() + self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += seconds
