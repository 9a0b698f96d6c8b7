"""What the sync and async clients share: configuration, signed handles, typed errors, logging.

A provider's client is its configuration (``CheckoutConfig`` …, whose fields are the constructor's
keyword arguments) joined with :class:`~scaretry._client.Client` or
:class:`~scaretry._client.AsyncClient`, which add only the I/O loop over this base (the split of
openai-python's ``_base_client``). The generated client rides on the client's httpx client as
``client.api``, for what the facade does not cover, and cannot be rewired.

What a caller gets, whatever goes wrong: a typed :class:`~scaretry.ScaRetryError`, never an httpx
exception; on every error raised after a request may have reached the provider, the ``handle`` that
recovers the payment; handles in and out signed (see :mod:`scaretry._handle`).
"""

from __future__ import annotations

import contextlib
import time
from collections import OrderedDict
from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import attrs
import httpx

from scaretry._adapter import Adapter, Call, Capabilities, Flow, RawResponse
from scaretry._config import ClientOptions
from scaretry._errors import (
    ConfigurationError,
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
from scaretry._retry import RETRY_SAFE, retry_after_seconds
from scaretry._waiting import Waiting, waiting

if TYPE_CHECKING:
    from scaretry._inbox import Inbox

__all__ = ["BaseClient", "Exchange", "locked", "set_once"]

A = TypeVar("A", bound=Adapter[Any])
Api = TypeVar("Api")
T = TypeVar("T")

#: A flow's result, with the last answer read (None: the flow sent nothing).
Exchange = tuple[T, RawResponse | None]

redact_httpcore_logs()

#: How many recently issued handles a client remembers, to verify them again without a MAC.
_RECENT_HANDLES = 256


def set_once(instance: object, name: str, value: object) -> None:
    """Clients are frozen attrs classes (their configuration never changes); their connections are
    set once, when they are made."""
    object.__setattr__(instance, name, value)


@attrs.frozen
class _Unparsed:
    """An answer whose body did not parse, as the adapter reads its headers (``RawResponse``)."""

    status_code: int
    content: bytes
    headers: httpx.Headers
    parsed: None = None


class BaseClient(Generic[A, Api, Raw]):
    """What the sync and async clients share: configuration, handles, errors, logging."""

    _adapter: A
    _api: Api
    _key: bytes
    _recent: OrderedDict[str, Handle]

    if TYPE_CHECKING:  # from the provider's configuration class
        provider: ClassVar[str]

        def make_adapter(self) -> A: ...

    def __attrs_post_init__(self) -> None:
        options: ClientOptions = self  # type: ignore[assignment]  # a client is its configuration
        super().__attrs_post_init__()  # type: ignore[misc]  # ClientOptions checks itself
        adapter = self.make_adapter()
        secret = options.handle_key
        key = handle_key(secret.encode() if isinstance(secret, str) else secret or adapter.handle_secret())
        set_once(self, "_adapter", adapter)
        set_once(self, "_key", key)
        set_once(self, "_recent", OrderedDict())
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
        # A handle this client issued lately (the one a poll just returned) needs no second MAC:
        # equal content to what was signed under that MAC is what verifying would prove.
        if handle.mac is None or self._recent.get(handle.mac) != handle:
            handle.verify(self._key)
        self._adapter.own(handle)
        return handle

    def _signed(self, handle: Handle) -> Handle:
        signed = handle.signed(self._key)
        assert signed.mac is not None
        self._recent[signed.mac] = signed
        if len(self._recent) > _RECENT_HANDLES:
            with contextlib.suppress(KeyError):  # another thread may have emptied it meanwhile
                self._recent.popitem(last=False)
        return signed

    def _issued(self, result: T, request_ids: list[str] | None = None) -> T:
        """``result`` with its handle signed (and, for an outcome, its state in the handle and the
        request ids of the calls that made it), when it carries one."""
        if isinstance(result, Outcome):
            issued = self._signed(result.handle.evolve(state=result.state.value))
            if request_ids is None:
                return attrs.evolve(result, handle=issued)
            return attrs.evolve(result, handle=issued, request_ids=tuple(request_ids))
        if attrs.has(type(result)) and isinstance(getattr(result, "handle", None), Handle):
            handle: Handle = result.handle  # type: ignore[attr-defined]
            return attrs.evolve(result, handle=self._signed(handle))  # type: ignore[misc]
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
        name, handle = call.name, self._signed(call.handle)
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
        unparsed = _Unparsed(
            status_code=getattr(exc, "status_code", 0),
            content=getattr(exc, "content", b""),
            headers=httpx.Headers(getattr(exc, "headers", None) or {}),
        )
        return UnexpectedResponse(
            f"{name}: the answer does not parse ({getattr(exc, 'cause', exc)!r})"[:300],
            provider=self.provider,
            status_code=unparsed.status_code or None,
            # The provider's request id is in the headers even when the body is unreadable: support
            # finds the request by it.
            request_id=self._adapter.request_id(unparsed),
            body=unparsed.content,
            headers=dict(unparsed.headers),
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
            exc.handle = self._signed(call.handle)
        return exc

    def _finished(self, result: T, request_ids: list[str]) -> T:
        return self._issued(result, request_ids)

    def _drive(self, flow: Flow[T]) -> Generator[Call, httpx.Response | Exception, Exchange[T]]:
        """The I/O-free half of running a flow, shared by the sync and async clients: yields each
        call to send and is sent what sending it gave (the httpx response, or what the send raised);
        returns the flow's result with the last answer read."""
        request_ids: list[str] = []
        response: RawResponse | None = None
        try:
            call = next(flow)
        except StopIteration as stop:
            return self._finished(stop.value, request_ids), None
        while True:
            started = time.perf_counter()
            sent = yield call
            failure = sent if isinstance(sent, Exception) else None
            if failure is None:
                assert isinstance(sent, httpx.Response)
                try:
                    response = self._received(call, sent, started)
                except (ScaRetryError, self._adapter.unparseable) as exc:
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


def _refuse(self: object, client: object) -> object:
    raise ConfigurationError(
        "client.api runs on the scaretry client's own connections, auth, retries and response "
        "verification; configure them on the scaretry client (transport=, proxy=, verify=, limits=)"
    )


_LOCKED: dict[type, type] = {}


def locked(api: Api) -> Api:
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
