"""The exceptions scaretry raises. A decline is an :class:`~scaretry.Outcome`, never an exception.

Exception tree::

    ScaRetryError
    ├── ConfigurationError        the client is set up wrongly (missing key, unknown environment)
    │   └── UnsupportedError      the provider cannot do what was asked (a 3DS mode, a card source)
    ├── ValidationError           bad input, rejected before any request is sent; names the field
    ├── AuthenticationError       the provider rejected our credentials (401/403 or its equivalent)
    ├── SignatureError            a response or webhook is unsigned or badly signed
    ├── ProviderError             the provider answered with an error, or with something unusable
    │   └── UnexpectedResponse    a body that does not parse or does not fit the spec
    ├── TransportError            no usable answer after the retries (connection, protocol, read)
    │   └── RequestTimeout        the request itself timed out
    └── WaitTimeout               ``wait()`` reached its deadline; carries the last outcome

No message built here contains a card number, a CVV, a key or a signature: errors end up in logs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scaretry._outcome import Outcome

__all__ = [
    "AuthenticationError",
    "ConfigurationError",
    "ProviderError",
    "RequestTimeout",
    "ScaRetryError",
    "SignatureError",
    "TransportError",
    "UnexpectedResponse",
    "UnsupportedError",
    "ValidationError",
    "WaitTimeout",
]


class ScaRetryError(Exception):
    """Base of every exception scaretry raises."""


class ConfigurationError(ScaRetryError):
    """The client was configured wrongly: a missing credential, an unknown environment."""


class UnsupportedError(ConfigurationError):
    """The provider cannot do what was asked; scaretry refuses rather than silently doing less."""


class ValidationError(ScaRetryError, ValueError):
    """Bad input, rejected before anything is sent. ``field`` names it (``card.number``)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


class _WithResponse(ScaRetryError):
    def __init__(
        self,
        message: str,
        *,
        provider: str,
        status_code: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.provider = provider
        self.status_code = status_code
        self.code = code
        self.request_id = request_id
        self.body = body
        self.headers = headers or {}
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


class AuthenticationError(_WithResponse):
    """The provider rejected our credentials. Carries the raw response like :class:`ProviderError`."""


class SignatureError(_WithResponse):
    """A response or a webhook is unsigned or its signature does not verify; it was not trusted."""


class ProviderError(_WithResponse):
    """The provider answered with an error: ``status_code``, ``code``, ``request_id``, raw ``body``."""


class UnexpectedResponse(ProviderError):
    """The provider's answer does not parse, or lacks what the flow needs; ``body`` has the bytes."""


class TransportError(ScaRetryError):
    """No usable answer after the transport's retries (connection refused or dropped, protocol)."""


class RequestTimeout(TransportError):
    """The request timed out (connect, read, write or pool)."""


class WaitTimeout(ScaRetryError, TimeoutError):
    """``wait()`` reached its deadline before a final state; ``outcome`` is the last one seen."""

    def __init__(self, outcome: Outcome, waited: float) -> None:
        self.outcome = outcome
        self.waited = waited
        super().__init__(f"no final state after {waited:.1f}s; last state {outcome.state.value}")
