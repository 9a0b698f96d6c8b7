"""The merchant's side of a trial: the provider's scenario drives this object as if it were the
client, and every error is handled the way scaretry's documentation tells a merchant to.

- An error raised after a request may have reached the provider must carry ``handle``; one that
  does not is a lost payment (the trial fails at once).
- ``recover(handle)`` gives the payment's real outcome. When the provider never received the
  payment (``recover`` answers FAILED without a payment id; or, against its documentation, raises),
  the call that creates it is repeated with the handle's idempotency key: never a second payment.
- A call that only reads (``resume``, ``wait``, ``poll_once``) is answered by ``recover``; ``wait``
  goes on waiting from the recovered outcome while it is not final.

The async client is driven through a blocking portal, so the same scenario code exercises
``AsyncClient`` and the async transport. Calls that are test set-up, not payment steps (``api``,
the generated client a scenario uses to save a card), go to a clean twin of the client.
"""

from __future__ import annotations

import inspect
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from anyio.from_thread import BlockingPortal

from scaretry import (
    Handle,
    Outcome,
    ProviderError,
    RepeatRequired,
    ScaRetryError,
    State,
    TransportError,
    ValidationError,
    WaitTimeout,
)

__all__ = ["BREACH", "Lost", "Merchant"]

#: Rounds of recovery before the payment counts as lost (each round may itself meet a fault).
ROUNDS = 12
#: How the stats name a deviation from the documented API that the merchant could still work around.
BREACH = "breach:"
_READS = frozenset({"resume", "wait", "poll_once", "recover"})
#: Statuses after which a merchant asks again later (every 5xx too: a provider's outage passes).
_TRANSIENT = frozenset({408, 425, 429})


class Lost(Exception):
    """The merchant cannot find the payment again: the trial's payment is lost."""


class Merchant:
    """Stands in for a provider client in a scenario; recovers from every error it may."""

    def __init__(
        self,
        client: Any,
        clean: Any,
        portal: BlockingPortal | None,
        stats: Counter[str],
        owned: list[Any],
    ) -> None:
        self._client = client
        self._clean = clean
        self._portal = portal
        self.stats = stats
        self._owned = owned
        self._depth = 0
        #: every exception the client raised in the trial (the secrets test reads them all)
        self.errors: list[BaseException] = []
        self._pauses = 0
        #: idempotency key → the call that made the payment (a merchant keeps its orders)
        self._writes: dict[str, tuple[str, tuple[Any, ...], dict[str, Any]]] = {}
        #: the last outcome the scenario was given
        self.last: Outcome | None = None

    # -- what the scenario sees ---------------------------------------------------------------

    @property
    def api(self) -> Any:
        return self._clean.api

    def for_organization(self, organization_id: str, *, gateway_three_ds: bool) -> Merchant:
        return self._derived("for_organization", organization_id, gateway_three_ds=gateway_three_ds)

    def for_processing_channel(self, processing_channel_id: str) -> Merchant:
        return self._derived("for_processing_channel", processing_channel_id)

    def _derived(self, name: str, *args: Any, **kwargs: Any) -> Merchant:
        """The merchant of a client derived from this one (another organization, another channel)."""
        client = getattr(self._client, name)(*args, **kwargs)
        clean = getattr(self._clean, name)(*args, **kwargs)
        self._owned.extend((client, clean))
        merchant = Merchant(client, clean, self._portal, self.stats, self._owned)
        merchant.errors = self.errors
        return merchant

    def __enter__(self) -> Merchant:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None  # the trial closes its clients

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._client, name)
        if not callable(target) or name.startswith("_") or name in ("parse_webhook", "acknowledgement"):
            return target
        return lambda *args, **kwargs: self._call(name, args, kwargs)

    # -- recovery -----------------------------------------------------------------------------

    def _invoke(self, name: str, *args: Any, **kwargs: Any) -> Any:
        method = getattr(self._client, name)
        if self._portal is not None and inspect.iscoroutinefunction(method):
            return self._portal.call(lambda: method(*args, **kwargs))
        return method(*args, **kwargs)

    def _call(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        self._depth += 1
        try:
            if self._depth > ROUNDS:
                raise Lost(f"{name}: still no outcome after {ROUNDS} recoveries")
            try:
                result = self._invoke(name, *args, **kwargs)
            except (ProviderError, TransportError, WaitTimeout) as exc:  # the rest is raised before sending
                handle = self._handle_of(name, exc)
                result = self._after_read(name, handle, args, kwargs) if name in _READS else None
                if result is None:
                    result = self._after_write(name, handle, args, kwargs)
            if name not in _READS and isinstance(getattr(result, "handle", None), Handle):
                self._writes[result.handle.idempotency_key] = (name, args, kwargs)
            if isinstance(result, Outcome):
                self.last = result
            return result
        finally:
            self._depth -= 1

    def _handle_of(self, name: str, exc: ScaRetryError) -> Handle:
        self.stats[f"error {type(exc).__name__}"] += 1
        self.errors.append(exc)
        if isinstance(exc, WaitTimeout):
            raise Lost(f"{name}: {exc}") from None
        handle = getattr(exc, "handle", None)
        if not isinstance(handle, Handle):
            self.stats["error without a handle"] += 1
            raise Lost(f"{name} raised {type(exc).__name__} without a handle: {exc}") from None
        return handle

    def _pause(self) -> None:
        """A merchant backs off between recovery attempts (the provider may still be committing)."""
        time.sleep(min(0.4, 0.02 * 2**self._pauses))
        self._pauses += 1

    def _recover(self, handle: Handle) -> Outcome | None:
        """The real outcome by ``recover``; None when the provider has no payment for the handle."""
        for _ in range(ROUNDS):
            self._pause()
            try:
                outcome: Outcome = self._invoke("recover", handle)
            except ValidationError as exc:
                self.errors.append(exc)
                self.stats[f"{BREACH} recover() raised ValidationError ({exc.field})"] += 1
                return None
            except RepeatRequired as exc:
                # Documented: recover() cannot read this outcome (Payments AI before a transaction
                # id existed, Antom's lost redirect, Checkout.com's 3DS retry not yet sent); the
                # repeat with the same key is the recovery.
                self.errors.append(exc)
                self.stats["recover() raised RepeatRequired: repeated with its key"] += 1
                return None
            except ProviderError as exc:
                if exc.status_code is None or exc.status_code in _TRANSIENT or exc.status_code >= 500:
                    handle = self._handle_of("recover", exc)
                    continue
                # Not the documented answer (FAILED) for a payment the provider never received; the
                # repeat with the same idempotency key is safe whatever it means.
                self.errors.append(exc)
                code = f" {exc.code}" if exc.code else ""
                self.stats[f"{BREACH} recover() raised HTTP {exc.status_code}{code}"] += 1
                return None
            except TransportError as exc:
                handle = self._handle_of("recover", exc)
                continue
            if outcome.state is State.FAILED and outcome.payment_id is None:
                self.stats["recover() answered FAILED: never received"] += 1
                return None
            self.stats["recovered by recover()"] += 1
            return outcome
        raise Lost(f"recover() did not answer in {ROUNDS} rounds")

    def _after_read(self, name: str, handle: Handle, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """The outcome a failed read stands for; None when the payment must be repeated."""
        outcome = self._recover(handle)
        if outcome is None:
            if handle.idempotency_key not in self._writes:
                raise Lost(f"{name}: recover() found no payment, and no call of this trial made it")
            # The payment the handle speaks of is unknown to the provider (an answer it gave before
            # committing): the merchant repeats the call that made it, with the same key.
            self.stats[f"{BREACH} {name}() failed on a payment recover() cannot find"] += 1
            write, write_args, write_kwargs = self._writes[handle.idempotency_key]
            outcome = self._call(write, write_args, {**write_kwargs, "idempotency_key": handle.idempotency_key})
        if name == "wait" and not outcome.is_final:
            return self._call("wait", (outcome.handle, *args[1:]), kwargs)
        if name == "poll_once":
            return self._call("poll_once", (outcome.handle, *args[1:]), kwargs)
        return outcome

    def _after_write(self, name: str, handle: Handle, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        method: Callable[..., Any] = getattr(self._client, name)
        takes_key = "idempotency_key" in inspect.signature(method).parameters
        for _ in range(ROUNDS):
            if takes_key and handle.idempotency_key:
                kwargs = {**kwargs, "idempotency_key": handle.idempotency_key}
                if name in ("pay", "pay_with_session"):
                    outcome = self._recover(handle)
                    if outcome is not None:
                        return outcome
            # Nothing to look up (the provider never received it), or a call without an idempotency
            # mechanism (a 3DS session: a repeat leaves an unused one, never a second payment).
            self.stats[f"repeated {name}()"] += 1
            self._pause()
            try:
                return self._invoke(name, *args, **kwargs)
            except (ProviderError, TransportError) as exc:
                handle = self._handle_of(name, exc)
        raise Lost(f"{name}: no answer in {ROUNDS} rounds")
