"""The exceptions scaretry raises. A decline is an :class:`~scaretry.Outcome`, never an exception.

Exception tree::

    ScaRetryError
    ├── ConfigurationError        the client is set up wrongly (missing key, unknown environment)
    │   └── UnsupportedError      the provider cannot do what was asked (a 3DS mode, a card source)
    ├── ValidationError           bad input, rejected before any request is sent; names the field
    ├── ProviderError             the provider answered, with an error or with something unusable
    │   ├── AuthenticationError   our credentials were rejected (401/403 or its equivalent)
    │   ├── SignatureError        an answer or notification is unsigned or badly signed
    │   └── UnexpectedResponse    a body that does not parse or lacks what the flow needs
    ├── TransportError            no usable answer after the retries (connection, protocol, read)
    │   ├── RequestTimeout        the request timed out (connect, write or read)
    │   └── PoolTimeout           no connection of the client's pool became free: nothing was sent
    ├── RepeatRequired            ``recover()`` cannot read the outcome: repeat the call with the handle's key
    └── WaitTimeout               ``wait()`` reached its deadline; carries the last outcome

Every :class:`ProviderError` carries the raw answer (``status_code``, ``code``, ``request_id``,
``body``, ``headers``). Every :class:`ProviderError` and :class:`TransportError` raised after a
request may have reached the provider carries ``handle``: ``client.recover(exc.handle)`` finds the
payment's real outcome, and ``pay(request, idempotency_key=exc.handle.idempotency_key)`` repeats
the payment without charging twice. Nothing here holds a card number, a CVV, a key, a signature or
the request that was sent (errors end up in logs and error trackers), and every exception survives
``pickle`` with its fields (Celery and RQ pickle the exceptions of failed jobs).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scaretry._handle import Handle
    from scaretry._outcome import Outcome

__all__ = [
    "AuthenticationError",
    "ConfigurationError",
    "PoolTimeout",
    "ProviderError",
    "RepeatRequired",
    "RequestTimeout",
    "ScaRetryError",
    "SignatureError",
    "TransportError",
    "UnexpectedResponse",
    "UnsupportedError",
    "ValidationError",
    "WaitTimeout",
]

#: Response headers never kept on an exception: they authenticate, they do not describe.
SENSITIVE_HEADERS = frozenset({"authorization", "signature", "cko-signature", "x-signature", "set-cookie", "cookie"})


def _restore(cls: type[ScaRetryError], args: tuple[Any, ...], state: dict[str, Any]) -> ScaRetryError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ScaRetryError(Exception):
    """Base of every exception scaretry raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take keyword-only fields; rebuild from the message and the fields.
        return _restore, (type(self), self.args, dict(self.__dict__))


class ConfigurationError(ScaRetryError):
    """The client was configured wrongly: a missing credential, an unknown environment."""


class UnsupportedError(ConfigurationError):
    """The provider cannot do what was asked; scaretry refuses rather than silently doing less."""


class ValidationError(ScaRetryError, ValueError):
    """Bad input, rejected before anything is sent. ``field`` names it (``card.number``)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


def safe_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """``headers`` without the ones that authenticate (signatures, keys, cookies)."""
    return {k: v for k, v in (headers or {}).items() if k.lower() not in SENSITIVE_HEADERS}


class ProviderError(ScaRetryError):
    """The provider answered with an error, or with something that cannot be used.

    ``status_code``, ``code`` (the provider's error code), ``request_id``, ``body`` (raw bytes),
    ``headers`` (without signatures), and ``handle`` when the payment may exist.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        status_code: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
        handle: Handle | None = None,
    ) -> None:
        self.provider = provider
        self.status_code = status_code
        self.code = code
        self.request_id = request_id
        self.body = body
        self.headers = safe_headers(headers)
        self.handle = handle
        where = ", ".join(
            part
            for part in (
                f"HTTP {status_code}" if status_code is not None else "",
                f"code {code}" if code else "",
                f"request id {request_id}" if request_id else "",
            )
            if part
        )
        super().__init__(f"{provider}: {message}" + (f" ({where})" if where else ""))


class AuthenticationError(ProviderError):
    """The provider rejected our credentials (401/403, or its own code for it)."""


class SignatureError(ProviderError):
    """An answer or a notification is unsigned or its signature does not verify: it was not trusted."""


class UnexpectedResponse(ProviderError):
    """The provider's answer does not parse, or lacks what the flow needs; ``body`` has the bytes."""


class TransportError(ScaRetryError):
    """No usable answer after the transport's retries (connection refused or dropped, protocol).

    ``handle`` finds the payment again if the request may have reached the provider.
    """

    def __init__(self, message: str, *, provider: str, handle: Handle | None = None) -> None:
        self.provider = provider
        self.handle = handle
        super().__init__(f"{provider}: {message}")


class RequestTimeout(TransportError):
    """The request timed out (connect, write or read)."""


class PoolTimeout(TransportError):
    """No connection of the client's pool became free in time: the request was never sent.

    Not a provider failure and never retried: too many requests are in flight for the pool
    (``limits=``) or the in-flight bound (``max_in_flight=``).
    """


class RepeatRequired(ScaRetryError):
    """:meth:`~scaretry.Client.recover` cannot give this payment's outcome from a read: the provider
    documents no lookup for what ``handle`` knows (Payments AI before it gave a transaction id),
    the outcome lives only in the answer that was lost (Antom's redirect for a payment that waits
    for the customer), or the next step needs the card (Checkout.com's soft decline found before
    the client's own 3DS retry was sent). The recovery is the repeat ``pay(request,
    idempotency_key=exc.handle.idempotency_key)``: it returns the payment if it was made, with its
    action, and makes it once if it was not. Raised before anything is sent, or after a read."""

    def __init__(self, message: str, *, provider: str, handle: Handle) -> None:
        super().__init__(f"{provider}: {message}")
        self.provider = provider
        self.handle = handle


class WaitTimeout(ScaRetryError, TimeoutError):
    """``wait()`` reached its deadline before a final state; ``outcome`` is the last one seen."""

    def __init__(self, outcome: Outcome, waited: float) -> None:
        self.outcome = outcome
        self.waited = waited
        super().__init__(f"no final state after {waited:.1f}s; last state {outcome.state.value}")

    @property
    def handle(self) -> Handle:
        return self.outcome.handle
