"""The sync and async clients: the I/O loops that run an adapter's flows over httpx, and wait.

Everything else they share is in :mod:`scaretry._base_client`; a provider's client joins one of
these with its configuration class (``class Checkout(Client[…], CheckoutConfig)``).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any, Self, TypeVar

import anyio
import httpx

from scaretry._adapter import Adapter, Flow, RawResponse
from scaretry._base_client import BaseClient, locked, set_once
from scaretry._bounded import AsyncBoundedTransport, BoundedTransport
from scaretry._config import ClientOptions
from scaretry._errors import ScaRetryError
from scaretry._handle import Handle
from scaretry._outcome import Outcome, Raw
from scaretry._polling import Poll
from scaretry._request import PaymentRequest
from scaretry._retry import AsyncRetryingTransport, RetryingTransport
from scaretry._waiting import PollNow

if TYPE_CHECKING:
    from scaretry._inbox import AsyncWatch, Inbox, Watch

__all__ = ["AsyncClient", "Client"]

A = TypeVar("A", bound=Adapter[Any])
Api = TypeVar("Api")
T = TypeVar("T")

_Exchange = tuple[T, RawResponse | None]


class Client(BaseClient[A, Api, Raw]):
    """A synchronous provider client. Use as a context manager, or call :meth:`close`."""

    _http: httpx.Client

    def _connect(self, options: ClientOptions, url: str) -> None:
        inner = options.transport
        if inner is None:
            inner = httpx.HTTPTransport(verify=options.verify, limits=options.limits, proxy=options.resolved_proxy())
        elif not isinstance(inner, httpx.BaseTransport):
            raise TypeError("transport= must be an httpx.BaseTransport for a synchronous client")
        bounded = BoundedTransport(inner, options.in_flight_bound())
        transport = RetryingTransport(bounded, options.retry, self._adapter.still_processing)
        http = httpx.Client(
            base_url=url, timeout=options.timeout, transport=transport, auth=self._adapter.auth(), trust_env=False
        )
        set_once(self, "_http", http)
        api = self._adapter.make_api(url)
        api.set_httpx_client(http)
        set_once(self, "_api", locked(api))

    def _exchange(self, flow: Flow[T]) -> _Exchange[T]:
        request_ids: list[str] = []
        response: RawResponse | None = None
        try:
            call = next(flow)
        except StopIteration as stop:
            return self._finished(stop.value, request_ids), None
        while True:
            started = time.perf_counter()
            failure: Exception | None = None
            try:
                response = self._received(call, self._http.send(self._request(call, self._http)), started)
            except (httpx.TransportError, ScaRetryError, self._adapter.unparseable) as exc:
                failure = exc
            if failure is not None:
                raise self._failed(call, failure)
            assert response is not None
            if (rid := self._adapter.request_id(response)) is not None:
                request_ids.append(rid)
            try:
                call = flow.send(response)
            except StopIteration as stop:
                return self._finished(stop.value, request_ids), response
            except ScaRetryError as exc:
                raise self._raised(call, exc)  # noqa: B904  # the flow's own error, with the handle added

    def _run(self, flow: Flow[T]) -> T:
        return self._exchange(flow)[0]

    def pay(self, request: PaymentRequest, *, idempotency_key: str | None = None) -> Outcome[Raw]:
        """Pay. Returns AUTHORIZED or DECLINED, or ACTION_REQUIRED with what the customer must do
        (and ``handle`` to resume); in UPGRADE mode a soft decline for missing SCA is retried with 3DS.

        ``idempotency_key`` (default: a new one) makes a repeat of the same logical payment — after
        a crash, a restart, or an error whose ``handle`` you kept — return the first payment instead
        of creating a second one."""
        key = self._check_pay(request, idempotency_key)
        return self._run(self._adapter.pay(request, key))

    def resume(self, handle: Handle, params: Mapping[str, str] | None = None) -> Outcome[Raw]:
        """Continue after the customer's browser came back; ``params`` are the query or form fields
        your return URL received (``cko-session-id``, ``cres``, ``threeDSMethodData`` …)."""
        return self._run(self._adapter.resume(self._verified(handle), dict(params or {})))

    def recover(self, handle: Handle) -> Outcome[Raw]:
        """The real outcome of a payment whose answer was lost: ``handle`` is the one an error
        carried (``exc.handle``). Looks the payment up by its ids, idempotency key or reference.

        A payment the provider never received comes back FAILED with ``payment_id`` None and
        ``provider_status`` saying so; where a read cannot give the outcome (Payments AI before it
        gave a transaction id, Antom's redirect in a lost answer) this raises
        :class:`~scaretry.RepeatRequired`. In both cases
        ``pay(request, idempotency_key=handle.idempotency_key)`` is the safe repeat: it returns the
        payment, with its action, if it was made, and makes it once if it was not."""
        return self._run(self._adapter.recover(self._verified(handle)))

    def poll_once(self, handle: Handle, attempt: int = 0) -> Poll[Raw]:
        """One status read, and when to read again: for callers that schedule polls themselves
        (Celery, RQ, Temporal). ``attempt`` is how many polls came before (for the backoff)."""
        outcome, last = self._exchange(self._adapter.status(self._verified(handle)))
        return self._next_poll(outcome, last, attempt, handle)

    def wait(self, handle: Handle, timeout: float | None = None, *, notifications: Inbox | None = None) -> Outcome[Raw]:
        """Wait until the payment is final; raises :class:`~scaretry.WaitTimeout` (with the last
        outcome) after ``timeout`` seconds (default: the poll policy's, 15 minutes).

        It polls with the poll policy's backoff; with ``notifications`` (an :class:`~scaretry.Inbox`
        your notification endpoint feeds) it returns as soon as a verified notification or a poll
        shows a final state. The outcome's ``request_ids`` are those of every poll made."""
        plan = self._waiting(self._verified(handle), timeout, notifications)
        watch: AbstractContextManager[Watch | None] = (
            nullcontext() if notifications is None else notifications.watch(self._notification_topics(handle))
        )
        with watch as notices:
            answer: Poll | Outcome | None = None
            try:
                while True:
                    step = plan.send(answer)
                    if isinstance(step, PollNow):
                        answer = self.poll_once(step.handle, step.attempt)
                    elif notices is None:
                        time.sleep(max(0.0, step.until - time.monotonic()))
                        answer = None
                    else:
                        answer = self._notified(notices.next_final(step.until), handle)
            except StopIteration as stop:
                outcome: Outcome[Raw] = stop.value
                return outcome

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient(BaseClient[A, Api, Raw]):
    """The asynchronous twin of :class:`Client` (asyncio or trio, through anyio)."""

    _http: httpx.AsyncClient

    def _connect(self, options: ClientOptions, url: str) -> None:
        inner = options.transport
        if inner is None:
            inner = httpx.AsyncHTTPTransport(
                verify=options.verify, limits=options.limits, proxy=options.resolved_proxy()
            )
        elif not isinstance(inner, httpx.AsyncBaseTransport):
            raise TypeError("transport= must be an httpx.AsyncBaseTransport for an asynchronous client")
        bounded = AsyncBoundedTransport(inner, options.in_flight_bound())
        transport = AsyncRetryingTransport(bounded, options.retry, self._adapter.still_processing)
        http = httpx.AsyncClient(
            base_url=url, timeout=options.timeout, transport=transport, auth=self._adapter.auth(), trust_env=False
        )
        set_once(self, "_http", http)
        api = self._adapter.make_api(url)
        api.set_async_httpx_client(http)
        set_once(self, "_api", locked(api))

    async def _exchange(self, flow: Flow[T]) -> _Exchange[T]:
        request_ids: list[str] = []
        response: RawResponse | None = None
        try:
            call = next(flow)
        except StopIteration as stop:
            return self._finished(stop.value, request_ids), None
        while True:
            started = time.perf_counter()
            failure: Exception | None = None
            try:
                sent = await self._http.send(self._request(call, self._http))
                response = self._received(call, sent, started)
            except (httpx.TransportError, ScaRetryError, self._adapter.unparseable) as exc:
                failure = exc
            if failure is not None:
                raise self._failed(call, failure)
            assert response is not None
            if (rid := self._adapter.request_id(response)) is not None:
                request_ids.append(rid)
            try:
                call = flow.send(response)
            except StopIteration as stop:
                return self._finished(stop.value, request_ids), response
            except ScaRetryError as exc:
                raise self._raised(call, exc)  # noqa: B904

    async def _run(self, flow: Flow[T]) -> T:
        return (await self._exchange(flow))[0]

    async def pay(self, request: PaymentRequest, *, idempotency_key: str | None = None) -> Outcome[Raw]:
        """See :meth:`Client.pay`."""
        key = self._check_pay(request, idempotency_key)
        return await self._run(self._adapter.pay(request, key))

    async def resume(self, handle: Handle, params: Mapping[str, str] | None = None) -> Outcome[Raw]:
        """See :meth:`Client.resume`."""
        return await self._run(self._adapter.resume(self._verified(handle), dict(params or {})))

    async def recover(self, handle: Handle) -> Outcome[Raw]:
        """See :meth:`Client.recover`."""
        return await self._run(self._adapter.recover(self._verified(handle)))

    async def poll_once(self, handle: Handle, attempt: int = 0) -> Poll[Raw]:
        """See :meth:`Client.poll_once`."""
        outcome, last = await self._exchange(self._adapter.status(self._verified(handle)))
        return self._next_poll(outcome, last, attempt, handle)

    async def wait(
        self, handle: Handle, timeout: float | None = None, *, notifications: Inbox | None = None
    ) -> Outcome[Raw]:
        """See :meth:`Client.wait`."""
        plan = self._waiting(self._verified(handle), timeout, notifications)
        watch: AbstractAsyncContextManager[AsyncWatch | None] = (
            _no_watch() if notifications is None else notifications.awatch(self._notification_topics(handle))
        )
        async with watch as notices:
            answer: Poll | Outcome | None = None
            try:
                while True:
                    step = plan.send(answer)
                    if isinstance(step, PollNow):
                        answer = await self.poll_once(step.handle, step.attempt)
                    elif notices is None:
                        await anyio.sleep(max(0.0, step.until - time.monotonic()))
                        answer = None
                    else:
                        answer = self._notified(await notices.next_final(step.until), handle)
            except StopIteration as stop:
                outcome: Outcome[Raw] = stop.value
                return outcome

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class _no_watch:  # an async nullcontext that yields None
    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, *exc_info: object) -> None:
        return None
