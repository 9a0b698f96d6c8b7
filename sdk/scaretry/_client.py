"""The sync and async clients: they run an adapter's flows over httpx, and add polling.

A provider's client is its configuration (``CheckoutConfig`` …, whose fields are the constructor's
keyword arguments) joined with :class:`Client` or :class:`AsyncClient`. Both hold one httpx client:
timeouts always set, the provider's auth, retries in the transport under the auth. The generated
client rides on it as ``client.api``, for what the facade does not cover.

What a caller gets, whatever goes wrong: a typed :class:`~scaretry.ScaRetryError`, never an httpx
exception; on every error raised after a request may have reached the provider, the ``handle`` that
recovers the payment; handles in and out signed (see :mod:`scaretry._handle`).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import anyio
import attrs
import httpx

from scaretry._adapter import Adapter, Call, Capabilities, Flow, RawResponse
from scaretry._bounded import AsyncBoundedTransport, BoundedTransport
from scaretry._config import ClientOptions
from scaretry._errors import (
    PoolTimeout,
    ProviderError,
    RequestTimeout,
    ScaRetryError,
    TransportError,
    UnexpectedResponse,
    ValidationError,
)
from scaretry._handle import Handle, handle_key
from scaretry._logging import log, redact_httpcore_logs
from scaretry._notifications import Acknowledgement, topics
from scaretry._outcome import Outcome, Raw
from scaretry._polling import Poll
from scaretry._request import PaymentRequest
from scaretry._retry import RETRY_SAFE, AsyncRetryingTransport, RetryingTransport, retry_after_seconds
from scaretry._waiting import PollNow, Waiting, waiting

if TYPE_CHECKING:
    from scaretry._inbox import AsyncWatch, Inbox, Watch

__all__ = ["AsyncClient", "Client"]

A = TypeVar("A", bound=Adapter[Any])
Api = TypeVar("Api")
T = TypeVar("T")

redact_httpcore_logs()


def _set(instance: object, name: str, value: object) -> None:
    # Clients are frozen attrs classes (their configuration never changes); their connections are
    # set once, here.
    object.__setattr__(instance, name, value)


class _Base(Generic[A, Api, Raw]):
    """What the sync and async clients share: configuration, handles, errors, logging."""

    _adapter: A
    _api: Api
    _key: bytes

    if TYPE_CHECKING:  # from the provider's configuration class
        provider: ClassVar[str]

        def make_adapter(self) -> A: ...

    def __attrs_post_init__(self) -> None:
        options: ClientOptions = self  # type: ignore[assignment]  # a client is its configuration
        super().__attrs_post_init__()  # type: ignore[misc]  # ClientOptions checks itself
        adapter = self.make_adapter()
        secret = options.handle_key
        key = handle_key(secret.encode() if isinstance(secret, str) else secret or adapter.handle_secret())
        _set(self, "_adapter", adapter)
        _set(self, "_key", key)
        self._connect(options, options.resolved_url())

    def _connect(self, options: ClientOptions, url: str) -> None:
        raise NotImplementedError

    @property
    def capabilities(self) -> Capabilities:
        """What this provider can do."""
        return self._adapter.capabilities

    @property
    def api(self) -> Api:
        """The generated client for this provider, on this client's connections, auth and retries
        (for endpoints the facade does not cover). It cannot be given another httpx client."""
        return self._api

    # -- handles ------------------------------------------------------------------------------

    def _verified(self, handle: Handle) -> Handle:
        if not isinstance(handle, Handle):
            raise TypeError(f"expected a Handle, got {type(handle).__name__} (use Handle.from_dict)")
        handle.verify(self._key)
        self._adapter.own(handle)
        return handle

    def _issued(self, result: T) -> T:
        """``result`` with its handle signed, when it carries one."""
        if isinstance(result, Outcome):
            issued = result.handle.evolve(state=result.state.value).signed(self._key)
            return attrs.evolve(result, handle=issued)
        if attrs.has(type(result)) and isinstance(getattr(result, "handle", None), Handle):
            handle: Handle = result.handle  # type: ignore[attr-defined]
            return attrs.evolve(result, handle=handle.signed(self._key))  # type: ignore[misc]
        return result

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome[Raw]:
        """Verify a notification the provider sent (its signature, over the raw ``body``) and turn
        it into an :class:`~scaretry.Outcome`; raises :class:`~scaretry.SignatureError` if it is not
        authentic. With an :class:`~scaretry.Inbox`, use ``inbox.receive(client, headers, body)``:
        it also deduplicates and wakes the waiters."""
        return self._issued(self._adapter.parse_webhook({k.lower(): v for k, v in headers.items()}, body))

    def acknowledgement(self) -> Acknowledgement:
        """What your notification endpoint answers this provider once a delivery is verified."""
        return self._adapter.acknowledgement()

    # what the inbox asks of a client
    def _notification(self, headers: Mapping[str, str], body: bytes, **kwargs: Any) -> tuple[Outcome, str | None]:
        outcome = self.parse_webhook(headers, body, **kwargs)
        return outcome, self._adapter.notification_id(outcome)

    def _notification_topics(self, handle: Handle) -> list[str]:
        return topics(self.provider, self._adapter.notification_keys(handle))

    def _acknowledgement(self) -> Acknowledgement:
        return self._adapter.acknowledgement()

    def _waiting(self, handle: Handle, timeout: float | None, inbox: Inbox | None) -> Waiting:
        options: ClientOptions = self  # type: ignore[assignment]
        confirm = self._adapter.notifications_need_confirmation
        return waiting(handle, self._wait_limit(timeout), options.poll, notified=inbox is not None, confirm=confirm)

    def _notified(self, notice: Outcome | None, handle: Handle) -> Outcome | None:
        """A notified final outcome, as this waiter's: its own handle, with the payment's id (and
        ``upgraded`` if the waiter's handle knows the payment was upgraded: a notification may not say)."""
        if notice is None:
            return None
        payment_id = notice.payment_id or handle.payment_id
        return self._issued(
            attrs.evolve(
                notice, handle=handle.evolve(payment_id=payment_id), upgraded=notice.upgraded or handle.upgraded
            )
        )

    # -- one request --------------------------------------------------------------------------

    def _check_pay(self, request: PaymentRequest, idempotency_key: str | None) -> str:
        if request.source is None and not self._adapter.capabilities.collects_cards:
            raise ValidationError("source", f"a card or a card token is needed to pay with {self.provider}")
        self._adapter.check(request)
        return self._key_for(request, idempotency_key)

    def _key_for(self, request: PaymentRequest, idempotency_key: str | None) -> str:
        if idempotency_key is None:
            return self._adapter.new_idempotency_key(request)
        self._adapter.check_idempotency_key(idempotency_key)
        return idempotency_key

    def _request(self, call: Call, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        return http.build_request(**call.prepared.request, extensions={RETRY_SAFE: call.retry_safe})

    def _failed(self, call: Call, exc: Exception) -> ScaRetryError:
        """The typed error for what sending ``call`` raised. Built outside any ``except`` block and
        raised without a cause: httpx's exceptions hold the request (card number, auth header)."""
        name, handle = call.name, call.handle.signed(self._key)
        if isinstance(exc, ScaRetryError):  # raised by the auth (an unsigned Antom answer)
            if isinstance(exc, ProviderError | TransportError) and exc.handle is None:
                exc.handle = handle
            return exc
        if isinstance(exc, httpx.PoolTimeout):
            return PoolTimeout(
                f"{name}: no connection became free in time; nothing was sent", provider=self.provider, handle=handle
            )
        if isinstance(exc, httpx.TimeoutException):
            return RequestTimeout(f"{name} timed out ({type(exc).__name__})", provider=self.provider, handle=handle)
        if isinstance(exc, httpx.TransportError):
            return TransportError(f"{name} failed: {type(exc).__name__}", provider=self.provider, handle=handle)
        status = getattr(exc, "status_code", None)
        return UnexpectedResponse(
            f"{name}: the answer does not parse ({getattr(exc, 'cause', exc)!r})"[:300],
            provider=self.provider,
            status_code=status,
            body=getattr(exc, "content", b""),
            headers=dict(getattr(exc, "headers", {}) or {}),
            handle=handle,
        )

    def _received(self, call: Call, http_response: httpx.Response, started: float) -> RawResponse:
        response: RawResponse = call.prepared.build(http_response)
        if log.isEnabledFor(20):
            elapsed = (time.perf_counter() - started) * 1000
            request_id = self._adapter.request_id(response) or "-"
            log.info(
                "%s %s -> %s in %.0f ms (request id %s)",
                self.provider,
                call.name,
                response.status_code,
                elapsed,
                request_id,
            )
        return response

    def _raised(self, call: Call, exc: ScaRetryError) -> ScaRetryError:
        """An error the flow raised on seeing ``call``'s answer gets ``call``'s handle."""
        if isinstance(exc, ProviderError | TransportError) and exc.handle is None:
            exc.handle = call.handle.signed(self._key)
        return exc

    def _finished(self, result: T, request_ids: list[str]) -> T:
        if isinstance(result, Outcome):
            result = attrs.evolve(result, request_ids=tuple(request_ids))
        return self._issued(result)

    def _next_poll(self, outcome: Outcome[Raw], last: RawResponse | None, attempt: int, before: Handle) -> Poll[Raw]:
        if outcome.is_final:
            return Poll(outcome, None)
        retry_after = retry_after_seconds(httpx.Headers(last.headers)) if last is not None else None
        options: ClientOptions = self  # type: ignore[assignment]
        if before.state != outcome.state.value:
            attempt = 0  # a new state starts its own spacing
        return Poll(outcome, options.poll.delay(attempt, retry_after, state=outcome.state))

    def _wait_limit(self, timeout: float | None) -> float:
        options: ClientOptions = self  # type: ignore[assignment]
        return options.poll.default_timeout if timeout is None else timeout


_Exchange = tuple[T, RawResponse | None]


class Client(_Base[A, Api, Raw]):
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
        _set(self, "_http", http)
        api = self._adapter.make_api(url)
        api.set_httpx_client(http)
        _set(self, "_api", _locked(api))

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
        carried (``exc.handle``). Looks the payment up by its idempotency key or reference; a payment
        the provider never received comes back FAILED with ``provider_status`` saying so."""
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


class AsyncClient(_Base[A, Api, Raw]):
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
        _set(self, "_http", http)
        api = self._adapter.make_api(url)
        api.set_async_httpx_client(http)
        _set(self, "_api", _locked(api))

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


def _refuse(self: object, client: object) -> object:
    from scaretry._errors import ConfigurationError

    raise ConfigurationError(
        "client.api runs on the scaretry client's own connections, auth, retries and response "
        "verification; configure them on the scaretry client (transport=, proxy=, verify=, limits=)"
    )


_LOCKED: dict[type, type] = {}


def _locked(api: Api) -> Api:
    """``api`` as an instance of a subclass whose httpx client cannot be swapped: swapping it would
    silently drop the auth, the retries and Antom's response verification."""
    cls = type(api)
    locked = _LOCKED.get(cls)
    if locked is None:
        methods = {"__slots__": (), "set_httpx_client": _refuse, "set_async_httpx_client": _refuse}
        locked = type(cls.__name__, (cls,), methods)
        locked.__module__ = cls.__module__
        _LOCKED[cls] = locked
    api.__class__ = locked
    return api
