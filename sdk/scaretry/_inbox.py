"""The notification inbox: verify, deduplicate, then wake whoever waits on that payment.

Your notification endpoint hands every delivery to :meth:`Inbox.receive` (or ``areceive``) and
answers with the receipt's ``acknowledgement``; your workers pass the same inbox (or one on the same
shared store) to ``client.wait(handle, notifications=inbox)``, which then returns as soon as a
verified notification or a poll shows a final state. Polling goes on under the notifications, so a
lost notification costs only time.

- Verify first: the client's ``parse_webhook`` checks the provider's signature over the raw body
  (and its timestamp, where the provider signs one) before anything is stored.
- Deduplicate: providers deliver at least once; the provider's event id (or, where it has none,
  the body's SHA-256) is claimed in the store for ``remember`` seconds (default 7 days).
- Keep and wake: the verified outcome is kept under the payment's identifiers for ``retain``
  seconds (default 1 day) — a notification for a payment nobody waits on yet is there for the next
  wait — and every current waiter is woken.
- Never backwards: a waiter acts only on a final state, so a late ``pending`` after ``authorized``
  changes nothing; a notification for an event type the spec does not know reads PROCESSING with the
  provider's word in ``provider_status``: surfaced in the receipt, never acted on.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import attrs

from scaretry._errors import ScaRetryError, ValidationError
from scaretry._handle import Handle
from scaretry._notification_store import AsyncSubscription, NotificationStore, Subscription
from scaretry._notifications import Acknowledgement
from scaretry._outcome import Decline, DeclineCategory, Outcome, State, ThreeDSResult

if TYPE_CHECKING:
    from types import TracebackType

__all__ = ["AsyncWatch", "Inbox", "Receipt", "Watch", "decode", "encode"]

#: How long a notification is kept for a waiter who has not started yet, and how long a delivery
#: is remembered to recognise a duplicate (providers retry for up to a few days).
RETAIN_SECONDS = 24 * 3600.0
REMEMBER_SECONDS = 7 * 24 * 3600.0


@attrs.frozen
class Receipt:
    """One delivery, verified: its ``outcome``, whether it was a ``duplicate`` (already received),
    and the ``acknowledgement`` to answer with."""

    outcome: Outcome
    duplicate: bool
    acknowledgement: Acknowledgement


class _Receiving(Protocol):
    """What the inbox needs of a client (every scaretry client has it)."""

    @property
    def provider(self) -> str: ...

    def _notification(self, headers: Mapping[str, str], body: bytes, **kwargs: Any) -> tuple[Outcome, str | None]: ...

    def _notification_topics(self, handle: Handle) -> list[str]: ...

    def _acknowledgement(self) -> Acknowledgement: ...


class Inbox:
    """Verified, deduplicated notifications, and the waiters they wake. One object serves sync and
    async code; give every process one on the same shared store
    (:class:`scaretry.redis.RedisNotificationStore`) to wake a ``wait()`` in another process."""

    def __init__(
        self,
        store: NotificationStore | None = None,
        *,
        retain: float = RETAIN_SECONDS,
        remember: float = REMEMBER_SECONDS,
    ) -> None:
        if store is None:
            from scaretry._in_memory_store import InMemoryNotificationStore  # its asyncio, on first use

            store = InMemoryNotificationStore()
        self.store: NotificationStore = store
        self.retain = retain
        self.remember = remember

    # -- the endpoint's side ---------------------------------------------------------------------

    def _verified(
        self, client: _Receiving, headers: Mapping[str, str], body: bytes, **kwargs: Any
    ) -> tuple[Outcome, str, bytes, list[str]]:
        outcome, event_id = client._notification(headers, body, **kwargs)
        seen = f"scaretry:{client.provider}:seen:{event_id or hashlib.sha256(body).hexdigest()}"
        return outcome, seen, encode(outcome), client._notification_topics(outcome.handle)

    def receive(self, client: _Receiving, headers: Mapping[str, str], body: bytes, **kwargs: Any) -> Receipt:
        """Verify a delivery with ``client`` (``kwargs`` go to its ``parse_webhook``: Antom's
        ``path``), remember it, and wake its waiters. Raises the client's
        :class:`~scaretry.SignatureError` (answer 401) or :class:`~scaretry.UnexpectedResponse`
        (answer 400) for a delivery that is not authentic or not a notification."""
        outcome, seen, message, where = self._verified(client, headers, body, **kwargs)
        duplicate = not self.store.claim(seen, self.remember)
        if not duplicate:
            for topic in where:
                self.store.publish(topic, message, self.retain)
        return Receipt(outcome, duplicate, client._acknowledgement())

    async def areceive(self, client: _Receiving, headers: Mapping[str, str], body: bytes, **kwargs: Any) -> Receipt:
        """The async twin of :meth:`receive`."""
        outcome, seen, message, where = self._verified(client, headers, body, **kwargs)
        duplicate = not await self.store.aclaim(seen, self.remember)
        if not duplicate:
            for topic in where:
                await self.store.apublish(topic, message, self.retain)
        return Receipt(outcome, duplicate, client._acknowledgement())

    # -- the waiter's side -----------------------------------------------------------------------

    def watch(self, where: list[str]) -> Watch:
        """Final outcomes notified under ``where``: those already kept first, then new ones."""
        return Watch(self.store, where)

    def awatch(self, where: list[str]) -> AsyncWatch:
        """The async twin of :meth:`watch` (enter it with ``async with``)."""
        return AsyncWatch(self.store, where)


Sub = TypeVar("Sub", Subscription, AsyncSubscription)


class _Watching(Generic[Sub]):
    """What both watches hold: the store, the topics watched, the subscription once entered, and
    the final outcomes already kept when it was entered."""

    def __init__(self, store: NotificationStore, where: list[str]) -> None:
        self._store = store
        self._where = where
        self._subscription: Sub | None = None
        self._kept: list[Outcome] = []


class Watch(_Watching[Subscription]):
    """A waiter's view of the inbox for one payment (synchronous)."""

    def __enter__(self) -> Watch:
        # Subscribe first, read what is kept second: nothing falls between the two.
        self._subscription = self._store.subscribe(self._where)
        self._kept = [o for topic in self._where for o in _final(self._store.retained(topic))]
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._subscription is not None:
            self._subscription.close()

    def next_final(self, until: float) -> Outcome | None:
        """The next final outcome notified, or None once the monotonic clock reaches ``until``."""
        if self._kept:
            return self._kept.pop(0)
        assert self._subscription is not None, "enter the watch first"
        while (left := until - time.monotonic()) > 0:
            message = self._subscription.get(timeout=left)
            if message is None:
                return None
            if final := _final([message.body]):
                return final[0]
        return None


class AsyncWatch(_Watching[AsyncSubscription]):
    """A waiter's view of the inbox for one payment (asynchronous)."""

    async def __aenter__(self) -> AsyncWatch:
        subscription = self._store.asubscribe(self._where)
        self._subscription = await subscription.__aenter__()
        self._kept = [o for topic in self._where for o in _final(await self._store.aretained(topic))]
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._subscription is not None:
            await self._subscription.aclose()

    async def next_final(self, until: float) -> Outcome | None:
        """See :meth:`Watch.next_final`."""
        # The async twin of Watch.next_final: only the subscription's get is awaited.
        if self._kept:
            return self._kept.pop(0)
        assert self._subscription is not None, "enter the watch first"
        while (left := until - time.monotonic()) > 0:
            message = await self._subscription.get(timeout=left)
            if message is None:
                return None
            if final := _final([message.body]):
                return final[0]
        return None


# -- outcomes across processes ------------------------------------------------------------------


def encode(outcome: Outcome) -> bytes:
    """A notified outcome as JSON: the common shape, and the provider's typed model by class name."""
    raw = outcome.raw
    model = None
    if raw is not None and type(raw).__module__.startswith("scaretry_") and hasattr(raw, "to_dict"):
        model = {"class": f"{type(raw).__module__}:{type(raw).__qualname__}", "data": raw.to_dict()}
    return json.dumps(
        {
            "state": outcome.state.value,
            "provider": outcome.provider,
            "payment_id": outcome.payment_id,
            "provider_status": outcome.provider_status,
            "upgraded": outcome.upgraded,
            "decline": None if outcome.decline is None else attrs.asdict(outcome.decline),
            "three_ds": None if outcome.three_ds is None else attrs.asdict(outcome.three_ds),
            "handle": outcome.handle.evolve().to_dict(),
            "raw": model,
        },
        separators=(",", ":"),
    ).encode()


def decode(message: bytes) -> Outcome:
    """The inverse of :func:`encode`. Raises ValidationError on a message it did not write."""
    try:
        value = json.loads(message)
        decline = value["decline"]
        three_ds = value["three_ds"]
        return Outcome(
            state=State(value["state"]),
            provider=str(value["provider"]),
            payment_id=value["payment_id"],
            provider_status=value["provider_status"],
            handle=Handle.from_dict(value["handle"]),
            upgraded=bool(value["upgraded"]),
            decline=None
            if decline is None
            else Decline(decline["code"], decline["message"], DeclineCategory(decline["category"])),
            three_ds=None if three_ds is None else ThreeDSResult(**three_ds),
            raw=_model(value.get("raw")),
        )
    except (ValueError, KeyError, TypeError, ScaRetryError) as exc:
        raise ValidationError("notification", f"not a message the inbox wrote ({type(exc).__name__})") from None


def _model(value: Any) -> Any:
    if not isinstance(value, dict):
        return None
    module, _, name = str(value.get("class", "")).partition(":")
    if not module.startswith("scaretry_") or not name.isidentifier():
        return None  # only the provider packages' own models are ever rebuilt
    cls = getattr(importlib.import_module(module), name, None)
    return cls.from_dict(value["data"]) if cls is not None and hasattr(cls, "from_dict") else None


def _final(messages: list[bytes]) -> list[Outcome]:
    out = []
    for message in messages:
        try:
            outcome = decode(message)
        except ValidationError:
            continue  # another writer's message under our topic: not ours to act on
        if outcome.is_final:
            out.append(outcome)
    return out
