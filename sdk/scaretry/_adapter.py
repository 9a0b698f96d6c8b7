"""What a provider adapter is: a sans-I/O description of the provider's flows.

An adapter never performs I/O. Its flows are generators that yield :class:`Call`\\ s (a generated
endpoint module and its arguments) and receive the generated ``Response`` for each; the sync and
async clients run the same flows, so every provider quirk is written once, in its adapter.
"""

from __future__ import annotations

import abc
from collections.abc import Generator, Mapping
from types import ModuleType
from typing import Any, ClassVar, Protocol

import attrs
import httpx

from scaretry._errors import AuthenticationError, ConfigurationError, ProviderError, UnsupportedError
from scaretry._handle import Handle
from scaretry._outcome import Outcome
from scaretry._request import PaymentRequest, ThreeDSMode

__all__ = ["Adapter", "Call", "Capabilities", "Flow", "RawResponse", "api_error"]


class RawResponse(Protocol):
    """The generated ``types.Response`` of any provider package."""

    @property
    def status_code(self) -> int: ...
    @property
    def content(self) -> bytes: ...
    @property
    def headers(self) -> httpx.Headers: ...
    @property
    def parsed(self) -> Any: ...


@attrs.frozen
class Call:
    """One request of a flow: a generated endpoint module (``api.payments.request_payment``) and the
    keyword arguments of its ``sync_detailed``/``asyncio_detailed``."""

    endpoint: ModuleType
    kwargs: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def name(self) -> str:
        return self.endpoint.__name__.rsplit(".", 1)[-1]


Flow = Generator[Call, RawResponse, Outcome]


@attrs.frozen
class Capabilities:
    """What a provider can do, stated up front. ``three_ds_modes`` lists the modes it honours;
    ``native_upgrade`` says whether the provider upgrades itself or the adapter does it."""

    three_ds_modes: frozenset[ThreeDSMode]
    native_upgrade: bool
    sessions: bool = False
    webhooks: bool = True


class Adapter(abc.ABC):
    """One provider: its URLs, auth, idempotency rule and flows."""

    provider: ClassVar[str]
    capabilities: ClassVar[Capabilities]
    urls: ClassVar[Mapping[str, str]]
    #: The generated package's parse error (``scaretry_<provider>.errors.UnparseableResponse``).
    unparseable: ClassVar[type[Exception]]

    def base_url(self, environment: str) -> str:
        try:
            return self.urls[environment]
        except KeyError:
            known = ", ".join(sorted(self.urls))
            raise ConfigurationError(f"{self.provider}: unknown environment {environment!r} ({known})") from None

    @abc.abstractmethod
    def make_api(self, base_url: str) -> Any:
        """The generated client (``scaretry_<provider>.client.Client``) for ``base_url``."""

    @abc.abstractmethod
    def auth(self) -> httpx.Auth:
        """The provider's authentication scheme as an ``httpx.Auth``."""

    @abc.abstractmethod
    def is_retry_safe(self, request: httpx.Request) -> bool:
        """Whether sending ``request`` twice has the effect of sending it once."""

    def request_id(self, response: RawResponse) -> str | None:
        """The provider's id of one request/response, for logs and errors."""
        return None

    def check(self, request: PaymentRequest) -> None:
        """Refuse, before anything is sent, what this provider cannot do."""
        if request.three_ds not in self.capabilities.three_ds_modes:
            modes = ", ".join(sorted(m.value for m in self.capabilities.three_ds_modes))
            raise UnsupportedError(
                f"{self.provider} cannot honour three_ds={request.three_ds.value} (it honours: {modes})"
            )

    @abc.abstractmethod
    def pay(self, request: PaymentRequest) -> Flow:
        """Start a payment."""

    @abc.abstractmethod
    def status(self, handle: Handle) -> Flow:
        """Read where the payment is now (one poll). May advance a client-side flow (PXP)."""

    def resume(self, handle: Handle, params: Mapping[str, str]) -> Flow:
        """Continue after the customer comes back; ``params`` are what the return URL received.
        By default the provider has moved on by itself and a status read is all that is needed."""
        return self.status(handle)

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        raise UnsupportedError(f"{self.provider}: webhooks are not supported")


def api_error(
    provider: str,
    response: RawResponse,
    message: str,
    code: str | None = None,
    request_id: str | None = None,
) -> AuthenticationError | ProviderError:
    """The typed error for an error response: :class:`AuthenticationError` for 401/403."""
    cls = AuthenticationError if response.status_code in (401, 403) else ProviderError
    return cls(
        message,
        provider=provider,
        status_code=response.status_code,
        code=code,
        request_id=request_id,
        body=response.content,
        headers=dict(response.headers),
    )
