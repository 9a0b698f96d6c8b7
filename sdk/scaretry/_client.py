"""The sync and async clients: they run an adapter's flows over httpx and add polling.

Both hold one ``httpx`` client (timeouts always set, retries in the transport, the provider's auth)
and the generated client on top of it, reachable as ``client.api`` for everything the facade does
not cover.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from typing import Any, Generic, Self, TypedDict, TypeVar

import anyio
import attrs
import httpx

from scaretry._adapter import Adapter, Call, Flow, RawResponse
from scaretry._errors import RequestTimeout, TransportError, UnexpectedResponse, WaitTimeout
from scaretry._handle import Handle
from scaretry._outcome import Outcome
from scaretry._polling import Poll, PollPolicy
from scaretry._request import PaymentRequest
from scaretry._retry import AsyncRetryingTransport, RetryingTransport, RetryPolicy, retry_after_seconds

__all__ = ["DEFAULT_TIMEOUT", "AsyncClient", "Client", "ClientOptions", "ClientSetup", "env", "env_options"]

log = logging.getLogger("scaretry")

#: 30 s to read (payment APIs wait on issuers), 5 s to connect. Never unbounded.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

A = TypeVar("A", bound=Adapter)


class ClientOptions(TypedDict, total=False):
    """Options every provider client accepts besides its credentials."""

    environment: str
    base_url: str
    timeout: httpx.Timeout | float
    retry: RetryPolicy
    poll: PollPolicy


def env(provider: str, name: str, default: str | None = None) -> str | None:
    """``SCARETRY_<PROVIDER>_<NAME>`` from the environment: how real sandbox credentials are given."""
    return os.environ.get(f"SCARETRY_{provider.upper()}_{name.upper()}", default)


def env_options(provider: str) -> ClientOptions:
    """``SCARETRY_<PROVIDER>_BASE_URL`` / ``_ENVIRONMENT`` as client options (base URL wins)."""
    options: ClientOptions = {}
    if base_url := env(provider, "base_url"):
        options["base_url"] = base_url
    if environment := env(provider, "environment"):
        options["environment"] = environment
    return options


class ClientSetup:
    """Base of a provider's constructor mixin: ``class _CheckoutInit(ClientSetup)`` defines
    ``__init__`` once (credentials → adapter, then ``self._setup``) for both the sync and the async
    client, which provide ``_setup``."""

    def _setup(self, adapter: Any, **options: Any) -> None:
        raise NotImplementedError


@attrs.frozen
class _Run:
    outcome: Outcome
    last: RawResponse | None


class _Base(ClientSetup, Generic[A]):
    _adapter: A
    _poll: PollPolicy
    api: Any

    def _settings(
        self,
        adapter: A,
        environment: str = "sandbox",
        base_url: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        poll: PollPolicy | None = None,
    ) -> tuple[str, httpx.Timeout, RetryPolicy]:
        self._adapter = adapter
        self._poll = poll or PollPolicy()
        url = base_url or adapter.base_url(environment)
        return url, timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout), retry or RetryPolicy()

    @property
    def provider(self) -> str:
        return self._adapter.provider

    @property
    def capabilities(self) -> Any:
        """What this provider can do (:class:`~scaretry.Capabilities`)."""
        return self._adapter.capabilities

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        """Verify a notification the provider sent (its signature, over the raw ``body``) and turn
        it into an :class:`~scaretry.Outcome`; raises :class:`~scaretry.SignatureError` if it is not
        authentic."""
        return self._adapter.parse_webhook({k.lower(): v for k, v in headers.items()}, body)

    def _check_request(self, request: PaymentRequest) -> None:
        self._adapter.check(request)

    def _converted(self, call: Call, exc: Exception) -> Exception:
        if isinstance(exc, httpx.TimeoutException):
            return RequestTimeout(f"{self.provider}: {call.name} timed out ({type(exc).__name__})")
        if isinstance(exc, httpx.TransportError):
            return TransportError(f"{self.provider}: {call.name} failed: {type(exc).__name__}: {exc}")
        status = getattr(exc, "status_code", None)
        return UnexpectedResponse(
            f"{call.name}: the response could not be parsed ({getattr(exc, 'cause', exc)})",
            provider=self.provider,
            status_code=status,
            body=getattr(exc, "content", b""),
            headers=dict(getattr(exc, "headers", {}) or {}),
        )

    def _log(self, call: Call, response: RawResponse, started: float) -> None:
        log.info(
            "%s %s -> %s in %.0f ms (request id %s)",
            self.provider,
            call.name,
            response.status_code,
            (time.perf_counter() - started) * 1000,
            self._adapter.request_id(response) or "-",
        )

    def _finish(self, outcome: Outcome, request_ids: list[str], last: RawResponse | None) -> _Run:
        return _Run(attrs.evolve(outcome, request_ids=tuple(request_ids)), last)

    def _next_poll(self, run: _Run, attempt: int) -> Poll:
        if run.outcome.is_final:
            return Poll(run.outcome, None)
        retry_after = retry_after_seconds(run.last.headers) if run.last is not None else None
        return Poll(run.outcome, self._poll.delay(attempt, retry_after))


class Client(_Base[A]):
    """A synchronous provider client. Use as a context manager, or call :meth:`close`."""

    def _setup(self, adapter: A, **options: Any) -> None:
        url, timeout, retry = self._settings(adapter, **options)
        transport = RetryingTransport(httpx.HTTPTransport(), retry, adapter.is_retry_safe)
        self._http = httpx.Client(base_url=url, timeout=timeout, transport=transport, auth=adapter.auth())
        self.api = adapter.make_api(url).set_httpx_client(self._http)

    def _run(self, flow: Flow) -> _Run:
        request_ids: list[str] = []
        last: RawResponse | None = None
        try:
            call = next(flow)
            while True:
                started = time.perf_counter()
                try:
                    last = call.endpoint.sync_detailed(client=self.api, **call.kwargs)
                except (httpx.TransportError, self._adapter.unparseable) as exc:
                    raise self._converted(call, exc) from exc
                self._log(call, last, started)
                if (rid := self._adapter.request_id(last)) is not None:
                    request_ids.append(rid)
                call = flow.send(last)
        except StopIteration as stop:
            return self._finish(stop.value, request_ids, last)

    def pay(self, request: PaymentRequest) -> Outcome:
        """Pay. Returns AUTHORIZED or DECLINED, or ACTION_REQUIRED with what the customer must do
        (and ``handle`` to resume); in UPGRADE mode a soft decline for missing SCA is retried with 3DS."""
        self._check_request(request)
        return self._run(self._adapter.pay(request)).outcome

    def resume(self, handle: Handle, params: Mapping[str, str] | None = None) -> Outcome:
        """Continue after the customer's browser came back; ``params`` are the query or form fields
        your return URL received (``cko-session-id``, ``cres``, ``threeDSMethodData`` …)."""
        return self._run(self._adapter.resume(handle, dict(params or {}))).outcome

    def poll_once(self, handle: Handle, attempt: int = 0) -> Poll:
        """One status read, and when to read again: for callers that schedule polls themselves
        (Celery, RQ, Temporal). ``attempt`` is how many polls came before (for the backoff)."""
        return self._next_poll(self._run(self._adapter.status(handle)), attempt)

    def wait(self, handle: Handle, timeout: float | None = None) -> Outcome:
        """Poll until the payment is final; raises :class:`~scaretry.WaitTimeout` (with the last
        outcome) after ``timeout`` seconds (default: the poll policy's, 15 minutes). The outcome's
        ``request_ids`` are those of every poll made."""
        limit = self._poll.default_timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        attempt, ids = 0, list[str]()
        while True:
            poll = self.poll_once(handle, attempt)
            ids += poll.outcome.request_ids
            if poll.next_poll_in is None:
                return attrs.evolve(poll.outcome, request_ids=tuple(ids))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WaitTimeout(attrs.evolve(poll.outcome, request_ids=tuple(ids)), limit)
            time.sleep(min(poll.next_poll_in, remaining))
            handle, attempt = poll.outcome.handle, attempt + 1

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient(_Base[A]):
    """The asynchronous twin of :class:`Client` (asyncio or trio, through anyio)."""

    def _setup(self, adapter: A, **options: Any) -> None:
        url, timeout, retry = self._settings(adapter, **options)
        transport = AsyncRetryingTransport(httpx.AsyncHTTPTransport(), retry, adapter.is_retry_safe)
        self._http = httpx.AsyncClient(base_url=url, timeout=timeout, transport=transport, auth=adapter.auth())
        self.api = adapter.make_api(url).set_async_httpx_client(self._http)

    async def _run(self, flow: Flow) -> _Run:
        request_ids: list[str] = []
        last: RawResponse | None = None
        try:
            call = next(flow)
            while True:
                started = time.perf_counter()
                try:
                    last = await call.endpoint.asyncio_detailed(client=self.api, **call.kwargs)
                except (httpx.TransportError, self._adapter.unparseable) as exc:
                    raise self._converted(call, exc) from exc
                self._log(call, last, started)
                if (rid := self._adapter.request_id(last)) is not None:
                    request_ids.append(rid)
                call = flow.send(last)
        except StopIteration as stop:
            return self._finish(stop.value, request_ids, last)

    async def pay(self, request: PaymentRequest) -> Outcome:
        """See :meth:`Client.pay`."""
        self._check_request(request)
        return (await self._run(self._adapter.pay(request))).outcome

    async def resume(self, handle: Handle, params: Mapping[str, str] | None = None) -> Outcome:
        """See :meth:`Client.resume`."""
        return (await self._run(self._adapter.resume(handle, dict(params or {})))).outcome

    async def poll_once(self, handle: Handle, attempt: int = 0) -> Poll:
        """See :meth:`Client.poll_once`."""
        return self._next_poll(await self._run(self._adapter.status(handle)), attempt)

    async def wait(self, handle: Handle, timeout: float | None = None) -> Outcome:
        """See :meth:`Client.wait`."""
        limit = self._poll.default_timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        attempt, ids = 0, list[str]()
        while True:
            poll = await self.poll_once(handle, attempt)
            ids += poll.outcome.request_ids
            if poll.next_poll_in is None:
                return attrs.evolve(poll.outcome, request_ids=tuple(ids))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WaitTimeout(attrs.evolve(poll.outcome, request_ids=tuple(ids)), limit)
            await anyio.sleep(min(poll.next_poll_in, remaining))
            handle, attempt = poll.outcome.handle, attempt + 1

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
