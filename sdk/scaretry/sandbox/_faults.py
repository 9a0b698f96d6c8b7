"""Fault injection, per request (header) or for the whole sandbox (settings).

Header ``X-Sandbox-Fault`` (or the sandbox-wide ``/_sandbox/faults`` setting), ``;``-separated:

- ``latency=0.5``: answer 0.5 s late;
- ``status=503`` (any 5xx, or 429): answer that status in the provider's error shape;
- ``retry-after=2``: with ``status``, add ``Retry-After: 2``;
- ``drop-after-commit``: process the request (the payment is created) then drop the connection;
- ``times=N``: sandbox-wide faults apply to the next N requests only (default: until cleared).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

import attrs

__all__ = ["Fault", "Faults", "parse_fault"]

HEADER = "x-sandbox-fault"


@attrs.frozen
class Fault:
    latency: float = 0.0
    status: int | None = None
    retry_after: float | None = None
    drop_after_commit: bool = False
    times: int | None = None


NONE = Fault()


def parse_fault(spec: str) -> Fault:
    """``"status=503;retry-after=1"`` → Fault. Unknown or malformed parts raise ValueError."""
    values: dict[str, object] = {}
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        key, _, value = part.partition("=")
        key = key.strip().lower()
        if key == "latency":
            values["latency"] = float(value)
        elif key == "status":
            status = int(value)
            if status != 429 and not 500 <= status <= 599:
                raise ValueError("status must be 429 or 5xx")
            values["status"] = status
        elif key == "retry-after":
            values["retry_after"] = float(value)
        elif key == "drop-after-commit":
            values["drop_after_commit"] = True
        elif key == "times":
            values["times"] = int(value)
        else:
            raise ValueError(f"unknown fault {key!r}")
    return Fault(**values)  # type: ignore[arg-type]


class Faults:
    """The sandbox-wide fault (if any) and the per-request header."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._global = NONE
        self._remaining: int | None = None

    def set(self, fault: Fault) -> None:
        with self._lock:
            self._global = fault
            self._remaining = fault.times

    def clear(self) -> None:
        self.set(NONE)

    def for_request(self, headers: Mapping[str, str]) -> Fault:
        header = headers.get(HEADER)
        if header:
            try:
                return parse_fault(header)
            except ValueError:
                return NONE
        with self._lock:
            fault = self._global
            if self._remaining is not None:
                if self._remaining <= 0:
                    return NONE
                self._remaining -= 1
            return fault
