"""Notification delivery as the providers do it: each notification, signed by its provider module,
is POSTed to the merchant and retried on that provider's schedule until the merchant acknowledges
it, with the delivery faults of :mod:`._faults`; every attempt is kept for ``/_sandbox/deliveries``.

The schedules, as the providers document them (the time between one attempt and the next):

- Checkout.com ("Receive webhooks"): up to eight more attempts, 5 min, 10 min, 15 min, 30 min,
  1 h, 4 h, 12 h and 12 h after each previous one; a 2xx answer acknowledges.
- Antom (notifyPayment, "Result process logic"): the notification is resent "up to eight times,
  with an interval of 0s, 2min, 10min, 10min, 1h, 2h, 6h, and 15h" until the merchant answers the
  fixed ``result`` ``{"resultCode": "SUCCESS", "resultStatus": "S", …}``; anything else, a 200
  included, is no acknowledgement. (Antom's own sandbox does not resend; its production does, and
  the sandbox plays production.)
- PXP ("About webhooks"): up to ten more attempts within the ten seconds after a failed delivery,
  here one second apart; a 2xx acknowledges (our reading: PXP names no status).
- Payments AI ("Webhooks": "respond 200, otherwise PAI retries"): only a 200 acknowledges. The
  schedule is not documented: our choice follows a third-party account of it, twelve attempts in
  about eight hours, the wait doubling from 15 s up to 4 h.

Time is the sandbox clock: a retry is due that many seconds after the previous attempt, so
``POST /_sandbox/clock/advance`` brings it forward instead of a test waiting for hours.
"""

from __future__ import annotations

import heapq
import itertools
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs
import httpx

from scaretry.sandbox._clock import Clock
from scaretry.sandbox._faults import DeliveryFaults, FaultDraws

__all__ = ["SCHEDULES", "Attempt", "Delivery", "Notifier", "Schedule", "Stale"]

log = logging.getLogger("scaretry.sandbox")

#: A provider's stale "pending" notification for the reorder fault: () → (headers, body).
Stale = Callable[[], tuple[Mapping[str, str], bytes]]


def _antom_acknowledged(response: httpx.Response) -> bool:
    try:
        result = json.loads(response.content).get("result")
    except (ValueError, AttributeError, RecursionError):
        return False
    return (
        response.status_code == 200
        and isinstance(result, dict)
        and result.get("resultCode") == "SUCCESS"
        and result.get("resultStatus") == "S"
    )


@attrs.frozen
class Schedule:
    """Waits between attempts (seconds after the previous one), and what acknowledges one."""

    gaps: tuple[float, ...]
    acknowledges: Callable[[httpx.Response], bool]


_MINUTE, _HOUR = 60.0, 3600.0
SCHEDULES: Mapping[str, Schedule] = {
    "checkout": Schedule(
        (5 * _MINUTE, 10 * _MINUTE, 15 * _MINUTE, 30 * _MINUTE, _HOUR, 4 * _HOUR, 12 * _HOUR, 12 * _HOUR),
        lambda response: response.is_success,
    ),
    "antom": Schedule(
        (2 * _MINUTE, 10 * _MINUTE, 10 * _MINUTE, _HOUR, 2 * _HOUR, 6 * _HOUR, 15 * _HOUR), _antom_acknowledged
    ),
    "pxp": Schedule((1.0,) * 10, lambda response: response.is_success),
    "paymentsai": Schedule(
        tuple(min(15.0 * 2**n, 4 * _HOUR) for n in range(11)), lambda response: response.status_code == 200
    ),
}


@attrs.define
class Attempt:
    """One POST (or one lost on the way). ``due`` and ``at`` count seconds from when the
    notification was queued, on the sandbox clock: when it was scheduled, and when it went out."""

    number: int
    due: float
    at: float
    outcome: str  # acknowledged | refused | failed | dropped | duplicate
    status: int | None = None
    error: str | None = None


@attrs.define(eq=False)
class Delivery:
    """One notification and everything that happened to it."""

    id: int
    provider: str
    subject: str
    url: str
    headers: Mapping[str, str]
    body: bytes
    queued_at: float
    drops: tuple[bool, ...] = ()
    duplicate: bool = False
    delay: float = 0.0
    stale: bool = False
    follow_up: Delivery | None = None
    attempts: list[Attempt] = attrs.Factory(list)
    state: str = "pending"  # pending | acknowledged | given_up
    next_due: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "provider": self.provider,
            "subject": self.subject,
            "url": self.url,
            "headers": dict(self.headers),
            "body": self.body.decode("utf-8", "replace"),
            "stale": self.stale,
            "state": self.state,
            "next_due": None if self.next_due is None else round(self.next_due - self.queued_at, 3),
            "statuses": [a.status if a.status is not None else a.error or a.outcome for a in self.attempts],
            "attempts": [attrs.asdict(a) for a in self.attempts],
        }


class Notifier:
    """Queues notifications and delivers them in the background (a scheduler thread and a few
    senders), each on its provider's :data:`SCHEDULES`."""

    def __init__(self, clock: Clock, faults: DeliveryFaults | None = None, *, timeout: float = 5.0) -> None:
        self.clock = clock
        self.faults = faults or DeliveryFaults()
        self._timeout = timeout
        self._ids = itertools.count(1)
        self._cond = threading.Condition()
        self._due: list[tuple[float, int, Delivery]] = []  # heap of (sandbox-clock time, id, delivery)
        self._sending = 0
        self._closed = False
        self._deliveries: list[Delivery] = []
        self._thread: threading.Thread | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._http: httpx.Client | None = None
        clock.on_advance(self._wake)

    @property
    def deliveries(self) -> list[Delivery]:
        with self._cond:
            return list(self._deliveries)

    def send(
        self,
        provider: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        *,
        subject: str,
        stale: Stale | None = None,
    ) -> None:
        """Queue ``body`` for ``url`` (due now), with the delivery faults in force for ``subject``."""
        draws = self.faults.for_notification(provider, subject)
        delivery = self._new(provider, subject, url, headers, body, draws)
        if draws is not None and draws.fault.reorder and stale is not None:
            stale_headers, stale_body = stale()
            delivery.follow_up = self._new(provider, subject, url, stale_headers, stale_body, draws, stale=True)
        self._schedule(delivery, self.clock.now() + delivery.delay)

    def _new(
        self,
        provider: str,
        subject: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        draws: FaultDraws | None,
        *,
        stale: bool = False,
    ) -> Delivery:
        attempts = len(SCHEDULES[provider].gaps) + 1
        drops, duplicate = draws.plan(attempts) if draws is not None else ((False,) * attempts, False)
        with self._cond:
            delivery = Delivery(
                id=next(self._ids),
                provider=provider,
                subject=subject,
                url=url,
                headers=dict(headers),
                body=body,
                queued_at=self.clock.now(),
                drops=drops,
                duplicate=duplicate,
                delay=draws.fault.delay if draws is not None else 0.0,
                stale=stale,
            )
            self._deliveries.append(delivery)
        return delivery

    def _schedule(self, delivery: Delivery, due: float) -> None:
        with self._cond:
            if self._closed:
                return
            delivery.next_due = due
            heapq.heappush(self._due, (due, delivery.id, delivery))
            if self._thread is None:
                self._http = httpx.Client(timeout=self._timeout)
                self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="sandbox-notify")
                self._thread = threading.Thread(target=self._run, name="sandbox-notify-scheduler", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def _wake(self) -> None:
        with self._cond:
            self._cond.notify_all()

    def _run(self) -> None:
        with self._cond:
            while not self._closed:
                if not self._due:
                    self._cond.wait()
                    continue
                wait = self._due[0][0] - self.clock.now()
                if wait > 0:
                    self._cond.wait(min(wait, 1.0))  # the clock may be advanced meanwhile
                    continue
                _, _, delivery = heapq.heappop(self._due)
                self._sending += 1
                assert self._pool is not None
                self._pool.submit(self._attempt, delivery)

    def _post(self, delivery: Delivery) -> httpx.Response:
        assert self._http is not None
        return self._http.post(delivery.url, content=delivery.body, headers=dict(delivery.headers))

    def _attempt(self, delivery: Delivery) -> None:
        try:
            self._deliver(delivery)
        except Exception:  # a sandbox bug must not stop the sender
            log.exception("sandbox: delivering notification %s failed", delivery.id)
        finally:
            with self._cond:
                self._sending -= 1
                self._cond.notify_all()

    def _deliver(self, delivery: Delivery) -> None:
        schedule = SCHEDULES[delivery.provider]
        number = len(delivery.attempts) + 1
        due = (delivery.next_due or delivery.queued_at) - delivery.queued_at
        attempt = Attempt(number, round(due, 3), round(self.clock.now() - delivery.queued_at, 3), "dropped")
        acknowledged = False
        if not delivery.drops[number - 1]:
            try:
                response = self._post(delivery)
            except httpx.HTTPError as exc:
                attempt.outcome, attempt.error = "failed", type(exc).__name__
            else:
                acknowledged = schedule.acknowledges(response)
                attempt.outcome, attempt.status = ("acknowledged" if acknowledged else "refused"), response.status_code
        with self._cond:
            delivery.attempts.append(attempt)
            delivery.next_due = None
            if acknowledged:
                delivery.state = "acknowledged"
            elif number > len(schedule.gaps):
                delivery.state = "given_up"
        log.info("sandbox %s notification %s attempt %d: %s", delivery.provider, delivery.id, number, attempt.outcome)
        if acknowledged and delivery.duplicate:  # at least once: the same notification, delivered again
            self._resend(delivery)
        elif delivery.state == "pending":
            self._schedule(delivery, self.clock.now() + schedule.gaps[number - 1] + delivery.delay)
        if number == 1 and delivery.follow_up is not None:  # the reorder fault: the stale one comes after
            self._schedule(delivery.follow_up, self.clock.now() + delivery.follow_up.delay)

    def _resend(self, delivery: Delivery) -> None:
        at = round(self.clock.now() - delivery.queued_at, 3)
        extra = Attempt(len(delivery.attempts) + 1, at, at, "duplicate")
        try:
            extra.status = self._post(delivery).status_code
        except httpx.HTTPError as exc:
            extra.error = type(exc).__name__
        with self._cond:
            delivery.attempts.append(extra)

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Block until nothing is being sent and no attempt is due yet (retries later on the
        clock may still wait); at most ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._sending or (self._due and self._due[0][0] <= self.clock.now()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return
                self._cond.wait(min(remaining, 0.05))

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=2)
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        if self._http is not None:
            self._http.close()
