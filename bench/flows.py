"""Many payments at once on one event loop: ``python -m bench.flows`` (arguments as JSON on stdin).

Each payment is a Checkout.com ``pay()`` answered ``202 Pending`` and then awaited until the
bench server's settle time for it has passed and it answers Authorized. Variants:

- ``scaretry``: ``AsyncCheckout(...)`` with the given options (none: the defaults), ``pay()`` then
  ``wait()`` (with ``notifications=`` when the run asks for it and scaretry has it);
- ``raw``: ``httpx.AsyncClient`` doing the same requests with at most ``in_flight`` of them in
  flight (a semaphore), polling on the same schedule as scaretry (``schedule``: the default
  :class:`~scaretry.PollPolicy`'s numbers, read by the orchestrator) — after the first delay, where
  scaretry's ``wait()`` also reads once at once. It never imports scaretry, so its peak RSS is that
  of a plain httpx program.

Imports and the client's construction happen before the clock starts.

Prints one JSON line: wall time, errors by type, peak RSS, and per payment when ``wait()`` returned
(``time.monotonic()``, the clock the server reports its settle times on).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import random
import resource
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from bench import _notifications
from bench._requests import BODIES

__all__ = ["main"]

#: The reference of the warm-up payment (the orchestrator leaves it out of every figure).
WARMUP = "WARMUP-0"
_FINAL = frozenset({"Authorized", "Declined", "Canceled", "Expired", "Voided", "Captured"})


def _rss_mb() -> float:
    """Peak resident memory of this process so far, MB. ``VmHWM`` rather than ``ru_maxrss``: Linux
    carries ``ru_maxrss`` across ``execve``, so a child would start at its parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _delay(schedule: dict[str, float], attempt: int) -> float:
    """The delay before poll ``attempt + 1``: backoff with jitter, as ``PollPolicy.delay``."""
    base = min(schedule["maximum"], schedule["initial"] * schedule["factor"] ** attempt)
    return max(0.0, base * (1 + random.uniform(-schedule["jitter"], schedule["jitter"])))


class _Run:
    """What one run records: when each payment's ``wait()`` returned, and the errors by type (with
    the first message of each type, to tell a pool timeout from a read timeout)."""

    def __init__(self) -> None:
        self.returned: dict[str, float] = {}
        self.errors: collections.Counter[str] = collections.Counter()
        self.samples: dict[str, str] = {}

    def done(self, payment_id: str) -> None:
        self.returned[payment_id] = time.monotonic()

    def failed(self, exc: Exception) -> None:
        kind = type(exc).__name__
        self.errors[kind] += 1
        self.samples.setdefault(kind, str(exc)[:300])


#: One payment: ``flow(reference, wait)`` pays and, if ``wait``, waits for the final state.
Flow = Callable[[str, bool], Awaitable[None]]


async def _scaretry(args: dict[str, Any], record: _Run, stack: contextlib.AsyncExitStack) -> Flow:
    from bench._clients_scaretry import REQUEST
    from scaretry import AsyncCheckout, PollPolicy

    keys = args["credentials"]["checkout"]
    options: dict[str, Any] = {}
    if args.get("poll") is not None:
        options["poll"] = PollPolicy(**args["poll"])
    if tuned := args.get("tuned"):  # the options issue 13 asks for, under the names the client has
        if tuned["limits"]:
            value = tuned["value"]
            options[tuned["limits"]] = httpx.Limits(max_connections=value, max_keepalive_connections=value)
        if tuned["in_flight"]:
            options[tuned["in_flight"]] = tuned["value"]
    client = AsyncCheckout(
        keys["secret_key"],
        keys["processing_channel_id"],
        webhook_signature_key=keys["webhook_signature_key"],
        base_url=args["base_url"],
        **options,
    )
    await stack.enter_async_context(client)
    inbox = await _notifications.start(client, args["notify_port"]) if args.get("notify_port") else None

    async def one(reference: str, wait: bool) -> None:
        try:
            outcome = await client.pay(REQUEST.evolve(reference=reference))
            if not wait:
                return
            if inbox is None:
                final = await client.wait(outcome.handle)
            else:
                final = await client.wait(outcome.handle, notifications=inbox)  # type: ignore[call-arg,unused-ignore]
            record.done(str(final.payment_id))
        except Exception as exc:  # counted by type: the figure the run is about
            record.failed(exc)

    return one


async def _raw(args: dict[str, Any], record: _Run, stack: contextlib.AsyncExitStack) -> Flow:
    keys = args["credentials"]["checkout"]
    schedule = args["schedule"]
    in_flight = asyncio.Semaphore(int(args.get("in_flight") or 100))
    headers = {"Authorization": f"Bearer {keys['secret_key']}"}
    timeout = httpx.Timeout(30.0, connect=5.0)  # scaretry's DEFAULT_TIMEOUT
    http = await stack.enter_async_context(
        httpx.AsyncClient(base_url=args["base_url"], headers=headers, timeout=timeout)
    )

    async def one(reference: str, wait: bool) -> None:
        body = {**BODIES["checkout"], "reference": reference}
        try:
            async with in_flight:
                response = await http.post("/payments", json=body, headers={"Cko-Idempotency-Key": str(uuid.uuid4())})
            payment = response.json()
            attempt = 0
            while wait and payment["status"] not in _FINAL:
                await asyncio.sleep(_delay(schedule, attempt))
                attempt += 1
                async with in_flight:
                    response = await http.get(f"/payments/{payment['id']}")
                response.raise_for_status()
                payment = response.json()
            if wait:
                record.done(payment["id"])
        except Exception as exc:
            record.failed(exc)

    return one


async def run(args: dict[str, Any]) -> dict[str, Any]:
    """Set the client up and warm it up with one payment (none of it timed, the warm-up's reference
    is ``WARMUP-0``; ``cold`` runs skip it), then run every payment at once."""
    record = _Run()
    async with contextlib.AsyncExitStack() as stack:
        one = await (_scaretry if args["variant"] == "scaretry" else _raw)(args, record, stack)
        if not args.get("cold"):
            await one(WARMUP, False)
        before = _rss_mb()
        started = time.monotonic()
        await asyncio.gather(*(one(f"ORD-BENCH-{index}", True) for index in range(args["payments"])))
        wall = time.monotonic() - started
    return {
        "wall": wall,
        "errors": dict(record.errors),
        "error_samples": record.samples,
        "completed": len(record.returned),
        "rss_before_mb": before,
        "peak_rss_mb": _rss_mb(),
        "returned": record.returned,
    }


def main() -> None:
    args = json.loads(sys.stdin.read())
    print(json.dumps(asyncio.run(run(args))))


if __name__ == "__main__":
    main()
