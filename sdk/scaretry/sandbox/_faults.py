"""Fault injection on requests, per request (header) or for the whole sandbox (admin API).

Header ``X-Sandbox-Fault`` (or the sandbox-wide ``PUT /_sandbox/faults``), ``;``-separated:

- ``latency=0.5``: answer 0.5 s late (0–60);
- ``status=503`` (any 5xx, or 429): answer that status in the provider's error shape;
- ``retry-after=2``: with ``status``, add ``Retry-After: 2``;
- ``drop-after-commit``: process the request (the payment is created) then drop the connection;
- ``times=N``: sandbox-wide faults apply to the next N requests only (default: until cleared).

A malformed fault is refused (the header with a 400 in the provider's shape, the admin API with a
400 naming the part), never ignored: a test that asks for a fault must get it.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping

import attrs

__all__ = ["Fault", "Faults", "parse_fault", "parse_seconds"]

HEADER = "x-sandbox-fault"
MAX_LATENCY = 60.0


@attrs.frozen
class Fault:
    latency: float = 0.0
    status: int | None = None
    retry_after: float | None = None
    drop_after_commit: bool = False
    times: int | None = None


NONE = Fault()


def parse_seconds(name: str, text: str, maximum: float) -> float:
    """A finite number of seconds in ``[0, maximum]`` (ValueError naming ``name`` otherwise)."""
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, not {text!r}") from None
    if not math.isfinite(value) or not 0 <= value <= maximum:
        raise ValueError(f"{name} must be between 0 and {maximum:g} seconds")
    return value


def _count(name: str, text: str) -> int:
    if not text.strip().isdigit():
        raise ValueError(f"{name} must be a whole number, not {text!r}")
    return int(text)


def parse_fault(spec: str) -> Fault:
    """``"status=503;retry-after=1"`` → Fault. Unknown or malformed parts raise ValueError."""
    values: dict[str, object] = {}
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        key, _, value = part.partition("=")
        key = key.strip().lower()
        if key == "latency":
            values["latency"] = parse_seconds("latency", value, MAX_LATENCY)
        elif key == "status":
            status = _count("status", value)
            if status != 429 and not 500 <= status <= 599:
                raise ValueError("status must be 429 or 5xx")
            values["status"] = status
        elif key == "retry-after":
            values["retry_after"] = parse_seconds("retry-after", value, 86_400)
        elif key == "drop-after-commit":
            values["drop_after_commit"] = True
        elif key == "times":
            values["times"] = _count("times", value)
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
        """The fault for one request; ValueError if its ``X-Sandbox-Fault`` header is malformed."""
        header = headers.get(HEADER)
        if header:
            return parse_fault(header)
        with self._lock:
            fault = self._global
            if self._remaining is not None:
                if self._remaining <= 0:
                    return NONE
                self._remaining -= 1
            return fault
