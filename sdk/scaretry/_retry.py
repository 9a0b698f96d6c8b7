"""Transport retries: one policy, stated up front, and every retry decision in one function.

Defaults: 3 attempts in all; backoff 0.5 s doubling to at most 8 s, plus up to 0.5 s of jitter; a
``Retry-After`` of up to 30 s replaces the backoff (a longer one is not waited for: the answer is
returned); nothing is retried once 60 s have passed since the first attempt.

What is retried — only for a request declared safe to repeat (a read, or a write carrying the
provider's idempotency key: Checkout.com ``Cko-Idempotency-Key``, Antom ``paymentRequestId``,
Payments AI ``idempotencyKey``, PXP ``merchantTransactionId``, made once per logical payment):

- connection errors, protocol errors and timeouts (connect, write, read): the request may or may
  not have arrived, and the idempotency key makes a repeat harmless;
- 408, 425, 429, and every 5xx except 501 (not implemented), 505 (HTTP version) and 511 (network
  authentication): those three will not change on a repeat; unregistered ones (520–599, sent by
  CDNs in front of providers) are transient;
- an answer the provider's adapter recognises as "still processing the first attempt"
  (Checkout.com: 429 ``duplicate_request``): replayed with backoff until the 60 s are spent,
  without using up attempts, because the original answer becomes available once the first
  attempt finishes.

Never retried: a pool timeout (nothing was sent; the client is saturated, and retrying would only
queue again), and anything on a request not declared safe. ``RetryPolicy(attempts=1)`` switches
retries off; ``RetryPolicy(wait_initial=0, wait_max=0, wait_jitter=0)`` keeps them without waiting
(for tests).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import random
import time
from collections.abc import Callable
from typing import Generic, TypeVar

import anyio
import attrs
import httpx

__all__ = [
    "RETRY_SAFE",
    "RETRY_STATUSES",
    "AsyncRetryingTransport",
    "RetryPolicy",
    "RetryingTransport",
    "retry_after_seconds",
]

log = logging.getLogger("scaretry")

#: The request extension the runner sets to declare a request safe to repeat.
RETRY_SAFE = "scaretry.retry_safe"
Inner = TypeVar("Inner", bound=httpx.BaseTransport | httpx.AsyncBaseTransport)

RETRY_STATUSES = frozenset({408, 425, 429} | set(range(500, 600)) - {501, 505, 511})


@attrs.frozen
class RetryPolicy:
    """How the transport retries. ``RetryPolicy(attempts=1)`` switches retries off."""

    attempts: int = 3
    wait_initial: float = 0.5
    wait_max: float = 8.0
    wait_jitter: float = 0.5
    max_retry_after: float = 30.0
    timeout: float = 60.0
    statuses: frozenset[int] = RETRY_STATUSES

    def backoff(self, retry: int) -> float:
        """Seconds before retry number ``retry`` (1 for the first)."""
        return min(self.wait_max, self.wait_initial * 2.0 ** (retry - 1)) + random.uniform(0, self.wait_jitter)

    def next_delay(
        self,
        *,
        retry_safe: bool,
        failures: int,
        elapsed: float,
        response: httpx.Response | None = None,
        error: Exception | None = None,
        processing: bool = False,
    ) -> float | None:
        """Every retry decision: seconds to wait before sending again, or None to stop.

        ``failures`` counts the failed attempts so far, this one included; ``processing`` says the
        provider is still working on an earlier attempt of this very request.
        """
        if not retry_safe or self.attempts <= 1:
            return None
        if isinstance(error, httpx.PoolTimeout):
            return None
        if processing:
            delay = self.backoff(min(failures, 6))
        elif error is not None:
            if not isinstance(error, httpx.TransportError) or failures >= self.attempts:
                return None
            delay = self.backoff(failures)
        elif response is not None and response.status_code in self.statuses and failures < self.attempts:
            asked = retry_after_seconds(response.headers)
            if asked is not None and asked > self.max_retry_after:
                return None
            delay = self.backoff(failures) if asked is None else asked
        else:
            return None
        return delay if elapsed + delay <= self.timeout else None


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """Seconds asked for by ``Retry-After`` (delta-seconds or an HTTP date), or None."""
    value: str | None = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))  # delta-seconds
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _never(response: httpx.Response) -> bool:
    return False


def _is_retry_safe(request: httpx.Request) -> bool:
    declared = request.extensions.get(RETRY_SAFE)
    return bool(declared) if declared is not None else request.method in ("GET", "HEAD")


class _Attempts:
    """The state of one request's attempts, shared by the sync and async transports."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.retry_safe = _is_retry_safe(request)
        self.started = time.monotonic()
        self.failures = 0

    def after(
        self,
        response: httpx.Response | None,
        error: Exception | None,
        still_processing: Callable[[httpx.Response], bool],
    ) -> float | None:
        processing = response is not None and still_processing(response)
        if not processing:
            self.failures += 1
        delay = self.policy.next_delay(
            retry_safe=self.retry_safe,
            failures=max(self.failures, 1),
            elapsed=time.monotonic() - self.started,
            response=response,
            error=error,
            processing=processing,
        )
        if delay is not None:
            why = type(error).__name__ if error is not None else f"HTTP {response.status_code if response else '?'}"
            if processing:
                why += " (the provider is still processing the first attempt)"
            log.info("retrying %s %s in %.2fs: %s", self.request.method, self.request.url.path, delay, why)
        return delay


class _Retrying(Generic[Inner]):
    """What both retrying transports hold: the wrapped transport, the policy, and the adapter's
    test for "still processing the first attempt"."""

    def __init__(
        self,
        inner: Inner,
        policy: RetryPolicy,
        still_processing: Callable[[httpx.Response], bool] = _never,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._still_processing = still_processing


class RetryingTransport(_Retrying[httpx.BaseTransport], httpx.BaseTransport):
    """Wraps a transport; retries what the request declares safe to repeat, per the policy."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._policy, request)
        while True:
            try:
                response = self._inner.handle_request(request)
                # Read the body inside the attempt: a connection dropped mid-body (the provider
                # committed, the answer was lost) must be retried like one dropped before it.
                response.read()
                response.request = request  # as httpx sets it, for the adapter's still_processing
            except httpx.TransportError as exc:
                delay = attempts.after(None, exc, self._still_processing)
                if delay is None:
                    raise
            else:
                response.close()
                delay = attempts.after(response, None, self._still_processing)
                if delay is None:
                    return response
            time.sleep(delay)

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(_Retrying[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryingTransport` (its loop differs only by awaiting)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._policy, request)
        while True:
            try:
                response = await self._inner.handle_async_request(request)
                await response.aread()
                response.request = request
            except httpx.TransportError as exc:
                delay = attempts.after(None, exc, self._still_processing)
                if delay is None:
                    raise
            else:
                await response.aclose()
                delay = attempts.after(response, None, self._still_processing)
                if delay is None:
                    return response
            await anyio.sleep(delay)

    async def aclose(self) -> None:
        await self._inner.aclose()
