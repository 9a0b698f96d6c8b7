"""Fault injection: on requests, and on the notifications the sandbox delivers.

Requests — header ``X-Sandbox-Fault`` (or the sandbox-wide ``PUT /_sandbox/faults``), ``;``-separated:

- ``latency=0.5``: answer 0.5 s late (0–60);
- ``status=503`` (any 5xx, or 429): answer that status in the provider's error shape;
- ``retry-after=2``: with ``status``, add ``Retry-After: 2``;
- ``drop-after-commit``: process the request (the payment is created) then drop the connection;
- ``times=N``: sandbox-wide faults apply to the next N requests only (default: until cleared).

Deliveries — header ``X-Sandbox-Delivery-Fault`` on the request that creates a payment (that
payment's notifications), or ``PUT /_sandbox/delivery-faults[/<provider>]`` (every notification):

- ``drop=0.3``: each delivery attempt is lost on the way with probability 0.3 (the merchant never
  sees it; the provider, getting no answer, retries on its schedule);
- ``delay=2``: each attempt goes out 2 s (sandbox clock) later than scheduled;
- ``duplicate=0.5``: an acknowledged notification is delivered once more with probability 0.5;
- ``reorder``: after a payment's final notification, a stale "pending" one for the same payment
  (only for providers that document one: Checkout.com ``payment_pending``, Antom ``PAYMENT_PENDING``);
- ``random=7``: the random draws start from ``random.Random(7)`` and are taken in the order
  notifications are queued, so a test gets the same drops and duplicates on every run.

A malformed fault is refused (the header with a 400 in the provider's shape, the admin API with a
400 naming the part), never ignored: a test that asks for a fault must get it.
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Iterator, Mapping

import attrs

__all__ = [
    "DELIVERY_HEADER",
    "DeliveryFault",
    "DeliveryFaults",
    "Fault",
    "FaultDraws",
    "Faults",
    "parse_delivery_fault",
    "parse_fault",
    "parse_seconds",
]

HEADER = "x-sandbox-fault"
DELIVERY_HEADER = "x-sandbox-delivery-fault"
MAX_LATENCY = 60.0
MAX_DELIVERY_DELAY = 86_400.0


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


def _parts(spec: str) -> Iterator[tuple[str, str]]:
    """``"a=1; b"`` → ``("a", "1"), ("b", "")``: the ``;``-separated parts of a fault, keys lower-cased."""
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        key, _, value = part.partition("=")
        yield key.strip().lower(), value.strip()


def parse_fault(spec: str) -> Fault:
    """``"status=503;retry-after=1"`` → Fault. Unknown or malformed parts raise ValueError."""
    values: dict[str, object] = {}
    for key, value in _parts(spec):
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


@attrs.frozen
class DeliveryFault:
    drop: float = 0.0
    delay: float = 0.0
    duplicate: float = 0.0
    reorder: bool = False
    random_seed: int | None = None


class FaultDraws:
    """A delivery fault and its random draws, taken one notification after the other."""

    def __init__(self, fault: DeliveryFault) -> None:
        self.fault = fault
        self._random = random.Random(fault.random_seed)  # None: started from the OS's randomness
        self._lock = threading.Lock()

    def plan(self, attempts: int) -> tuple[tuple[bool, ...], bool]:
        """For one notification: which of its ``attempts`` are dropped, and whether it is
        duplicated. As many draws every time, so ``random=N`` gives the same plans whatever happens."""
        with self._lock:
            drops = tuple(self._random.random() < self.fault.drop for _ in range(attempts))
            return drops, self._random.random() < self.fault.duplicate


def _share(name: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{name} must be a share between 0 and 1, not {text!r}") from None
    if not 0 <= value <= 1:  # NaN fails this too
        raise ValueError(f"{name} must be a share between 0 and 1")
    return value


def parse_delivery_fault(spec: str) -> DeliveryFault:
    """``"drop=0.3;random=7"`` → DeliveryFault. Unknown or malformed parts raise ValueError."""
    values: dict[str, object] = {}
    for key, value in _parts(spec):
        if key in ("drop", "duplicate"):
            values[key] = _share(key, value)
        elif key == "delay":
            values["delay"] = parse_seconds("delay", value, MAX_DELIVERY_DELAY)
        elif key == "reorder" and not value:
            values["reorder"] = True
        elif key == "random":
            values["random_seed"] = _count("random", value)
        else:
            raise ValueError(f"unknown delivery fault {key!r}" + (" (it takes no value)" if key == "reorder" else ""))
    return DeliveryFault(**values)  # type: ignore[arg-type]


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
            try:
                return parse_fault(header)
            except ValueError as exc:
                raise ValueError(f"X-Sandbox-Fault: {exc}") from None
        with self._lock:
            fault = self._global
            if self._remaining is not None:
                if self._remaining <= 0:
                    return NONE
                self._remaining -= 1
            return fault


class DeliveryFaults:
    """The delivery faults in force: for every provider, per provider, and per payment (the
    ``X-Sandbox-Delivery-Fault`` of the request that created it), the most specific winning."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wide: dict[str | None, FaultDraws] = {}  # provider (None: all) → fault
        self._subjects: dict[tuple[str, str], FaultDraws] = {}

    def set(self, fault: DeliveryFault, provider: str | None = None) -> None:
        with self._lock:
            self._wide[provider] = FaultDraws(fault)

    def clear(self, provider: str | None = None) -> None:
        """Remove the sandbox-wide fault of ``provider``; of every provider and payment if None."""
        with self._lock:
            if provider is None:
                self._wide.clear()
                self._subjects.clear()
            else:
                self._wide.pop(provider, None)

    def remember(self, provider: str, subject: str, fault: DeliveryFault) -> None:
        with self._lock:
            self._subjects[(provider, subject)] = FaultDraws(fault)

    def for_notification(self, provider: str, subject: str) -> FaultDraws | None:
        with self._lock:
            return self._subjects.get((provider, subject)) or self._wide.get(provider) or self._wide.get(None)

    def describe(self) -> dict[str, dict[str, object] | None]:
        """``{"*": …, "<provider>": …}``: the sandbox-wide faults, as plain values."""
        with self._lock:
            return {provider or "*": attrs.asdict(draws.fault) for provider, draws in self._wide.items()}
