"""Transport retries: one policy, stated up front, applied under the provider's auth.

Defaults: 3 attempts in all, backoff 0.5 s doubling to at most 8 s plus up to 0.5 s of jitter,
on connection errors, timeouts, 429 and 5xx; a ``Retry-After`` of up to 30 s replaces the backoff
(a longer one is not waited for: the response is returned). A request is retried only when the
provider's adapter says a repeat is safe: reads, and writes that carry the provider's idempotency
mechanism (Checkout.com ``Cko-Idempotency-Key``, Antom ``paymentRequestId``, Payments AI
``idempotencyKey``, PXP ``merchantTransactionId``), whose key is made once per logical payment
and so is the same on every attempt. Mechanics are stamina's (``stamina.set_testing`` applies).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import stamina

__all__ = ["AsyncRetryingTransport", "RetryPolicy", "RetryingTransport", "retry_after_seconds"]

log = logging.getLogger("scaretry")

_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_RETRY_ERRORS = (httpx.TransportError,)


@attrs.frozen
class RetryPolicy:
    """How the transport retries. ``RetryPolicy(attempts=1)`` switches retries off."""

    attempts: int = 3
    wait_initial: float = 0.5
    wait_max: float = 8.0
    wait_jitter: float = 0.5
    max_retry_after: float = 30.0
    timeout: float = 60.0
    statuses: frozenset[int] = _RETRY_STATUSES


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
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


class _RetryableStatus(Exception):
    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        super().__init__(f"HTTP {response.status_code}")


def _hook(policy: RetryPolicy) -> Callable[[Exception], bool | float]:
    def decide(exc: Exception) -> bool | float:
        if isinstance(exc, _RetryableStatus):
            delay = retry_after_seconds(exc.response.headers)
            if delay is None:
                return True
            return delay if delay <= policy.max_retry_after else False
        return isinstance(exc, _RETRY_ERRORS)

    return decide


def _attempts(policy: RetryPolicy) -> Any:  # stamina does not export the iterator type
    return stamina.retry_context(
        on=_hook(policy),
        attempts=policy.attempts,
        timeout=policy.timeout,
        wait_initial=policy.wait_initial,
        wait_max=policy.wait_max,
        wait_jitter=policy.wait_jitter,
    )


def _log_retry(request: httpx.Request, number: int, reason: str) -> None:
    log.info("retrying %s %s (attempt %d): %s", request.method, request.url.path, number, reason)


class RetryingTransport(httpx.BaseTransport):
    """Wraps a transport; retries what ``is_retry_safe`` allows, per the policy."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        is_retry_safe: Callable[[httpx.Request], bool],
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._is_retry_safe = is_retry_safe

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._policy.attempts <= 1 or not self._is_retry_safe(request):
            return self._inner.handle_request(request)
        last: httpx.Response | None = None
        try:
            for attempt in _attempts(self._policy):
                with attempt:
                    if attempt.num > 1:
                        _log_retry(request, attempt.num, "previous attempt failed")
                    response = self._inner.handle_request(request)
                    # Read the body inside the attempt: a connection dropped mid-body (the provider
                    # committed, the answer was lost) must be retried like one dropped before it.
                    response.read()
                    response.close()
                    if response.status_code in self._policy.statuses:
                        last = response
                        raise _RetryableStatus(response)
                    return response
        except _RetryableStatus as exc:
            return exc.response
        assert last is not None  # pragma: no cover - the loop either returns or raises
        return last

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryingTransport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        is_retry_safe: Callable[[httpx.Request], bool],
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._is_retry_safe = is_retry_safe

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._policy.attempts <= 1 or not self._is_retry_safe(request):
            return await self._inner.handle_async_request(request)
        last: httpx.Response | None = None
        try:
            async for attempt in _attempts(self._policy):
                with attempt:
                    if attempt.num > 1:
                        _log_retry(request, attempt.num, "previous attempt failed")
                    response = await self._inner.handle_async_request(request)
                    await response.aread()
                    await response.aclose()
                    if response.status_code in self._policy.statuses:
                        last = response
                        raise _RetryableStatus(response)
                    return response
        except _RetryableStatus as exc:
            return exc.response
        assert last is not None  # pragma: no cover
        return last

    async def aclose(self) -> None:
        await self._inner.aclose()
