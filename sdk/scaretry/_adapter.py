"""What a provider adapter is: a sans-I/O description of the provider's flows.

An adapter never performs I/O. Its flows are generators that yield :class:`Call`\\ s (a generated
endpoint's ``prepare(...)``, typed end to end) and receive the generated ``Response`` for each; the
sync and async clients run the same flows, so every provider quirk is written once, in its adapter.
The same idea as httpx's ``Auth.auth_flow``.
"""

from __future__ import annotations

import abc
import hmac
import json
from collections.abc import Callable, Generator, Mapping
from typing import Any, ClassVar, Generic, Protocol, TypeAlias, TypeVar

import attrs
import httpx

from scaretry._errors import AuthenticationError, ProviderError, UnexpectedResponse, UnsupportedError, ValidationError
from scaretry._handle import Handle
from scaretry._notifications import Acknowledgement
from scaretry._outcome import Outcome
from scaretry._request import PaymentRequest, ThreeDSMode

__all__ = [
    "Adapter",
    "Call",
    "Capabilities",
    "Flow",
    "Prepared",
    "RawResponse",
    "api_error",
    "same_signature",
    "unexpected",
]

T = TypeVar("T")
C = TypeVar("C")


class RawResponse(Protocol):
    """The generated ``types.Response`` of any provider package."""

    @property
    def status_code(self) -> int: ...
    @property
    def content(self) -> bytes: ...
    @property
    def headers(self) -> Any: ...
    @property
    def parsed(self) -> Any: ...


class Prepared(Protocol):
    """A generated endpoint's ``prepare(...)``: ``scaretry_<provider>.types.Prepared``."""

    @property
    def operation(self) -> str: ...
    @property
    def request(self) -> Mapping[str, Any]: ...
    @property
    def build(self) -> Callable[[httpx.Response], Any]: ...


@attrs.frozen
class Call:
    """One request of a flow.

    ``prepared`` is the generated endpoint's ``prepare(...)`` (so mypy checks every argument);
    ``handle`` finds the payment again if this request's answer is lost (it goes on the error);
    ``retry_safe`` declares that sending it twice has the effect of sending it once — a read, or a
    write carrying the provider's idempotency key. Only then does the transport retry it.
    """

    prepared: Prepared
    handle: Handle
    retry_safe: bool = False

    @property
    def name(self) -> str:
        return self.prepared.operation


#: A flow: yields calls, receives each one's response, returns what the client method returns.
Flow: TypeAlias = Generator[Call, RawResponse, T]


@attrs.frozen
class Capabilities:
    """What a provider can do, stated up front. ``three_ds_modes`` lists the modes it honours;
    ``native_upgrade`` says whether the provider upgrades itself or the adapter does it;
    ``collects_cards`` whether its own page can collect the card, so that ``pay`` takes a request
    without a ``source`` (Antom's hosted card page)."""

    three_ds_modes: frozenset[ThreeDSMode]
    native_upgrade: bool
    sessions: bool = False
    webhooks: bool = True
    collects_cards: bool = False


class Adapter(abc.ABC, Generic[C]):
    """One provider: its auth, idempotency keys and flows, over its configuration ``C``."""

    provider: ClassVar[str]
    capabilities: ClassVar[Capabilities]
    #: The generated package's parse error (``scaretry_<provider>.errors.UnparseableResponse``).
    unparseable: ClassVar[type[Exception]]

    def __init__(self, config: C) -> None:
        self.config = config

    @abc.abstractmethod
    def make_api(self, base_url: str) -> Any:
        """The generated client (``scaretry_<provider>.client.Client``) for ``base_url``."""

    @abc.abstractmethod
    def auth(self) -> httpx.Auth:
        """The provider's authentication scheme as an ``httpx.Auth``."""

    @abc.abstractmethod
    def handle_secret(self) -> bytes:
        """A credential to derive the handle-signing key from (never used as the key itself)."""

    def still_processing(self, response: httpx.Response) -> bool:
        """Whether ``response`` says the provider is still processing an earlier attempt of the same
        idempotent request (so the transport replays it until the original answer is available)."""
        return False

    def request_id(self, response: RawResponse) -> str | None:
        """The provider's id of one request/response, for logs and errors."""
        return None

    @abc.abstractmethod
    def new_idempotency_key(self, request: PaymentRequest) -> str:
        """A fresh idempotency key for one logical payment, in the provider's format."""

    def check_idempotency_key(self, key: str) -> None:
        """Refuse a caller's key the provider would not take (ValidationError)."""
        if not key or len(key) > 64 or not key.isascii() or not key.isprintable():
            raise ValidationError("idempotency_key", "must be 1 to 64 printable ASCII characters")

    def check(self, request: PaymentRequest) -> None:
        """Refuse, before anything is sent, what this provider cannot do."""
        if request.three_ds not in self.capabilities.three_ds_modes:
            modes = ", ".join(sorted(m.value for m in self.capabilities.three_ds_modes))
            raise UnsupportedError(
                f"{self.provider} cannot honour three_ds={request.three_ds.value} (it honours: {modes})"
            )

    def own(self, handle: Handle) -> None:
        """Refuse another provider's handle."""
        if handle.provider != self.provider:
            raise ValidationError("handle.provider", f"a {handle.provider} handle, not a {self.provider} one")

    @abc.abstractmethod
    def pay(self, request: PaymentRequest, idempotency_key: str) -> Flow[Outcome]:
        """Start a payment whose requests carry ``idempotency_key``."""

    @abc.abstractmethod
    def status(self, handle: Handle) -> Flow[Outcome]:
        """Read where the payment is now (one poll). May advance a client-side flow (PXP)."""

    def resume(self, handle: Handle, params: Mapping[str, str]) -> Flow[Outcome]:
        """Continue after the customer comes back; ``params`` are what the return URL received.
        By default the provider has moved on by itself and a status read is all that is needed."""
        return self.status(handle)

    def recover(self, handle: Handle) -> Flow[Outcome]:
        """The real outcome of a payment whose answer was lost (``handle`` from an error), by a lookup
        of its idempotency key or reference. By default, a status read."""
        return self.status(handle)

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        raise UnsupportedError(f"{self.provider}: webhooks are not supported")

    # -- notifications (what the inbox asks of a provider) --------------------------------------

    #: Whether the provider's documentation calls its notifications hints, to be confirmed through
    #: its API before they are acted on (``wait()`` then makes one status read).
    notifications_need_confirmation: ClassVar[bool] = False

    def notification_id(self, notification: Outcome) -> str | None:
        """The provider's id of one notification (its event id), to recognise a redelivery; None
        where it has none (the inbox then uses the body's hash)."""
        return None

    def notification_keys(self, handle: Handle) -> frozenset[str]:
        """The identifiers a notification about this payment can be found by: the same for the
        waiter's handle and for the handle of the notification's outcome."""
        return frozenset(key for key in (handle.payment_id, handle.idempotency_key) if key)

    def acknowledgement(self) -> Acknowledgement:
        """What the merchant's endpoint answers once a notification is verified (default: 200)."""
        return Acknowledgement()


def api_error(
    provider: str,
    response: RawResponse,
    message: str,
    code: str | None = None,
    request_id: str | None = None,
) -> ProviderError:
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


def unexpected(provider: str, response: RawResponse, message: str, request_id: str | None = None) -> UnexpectedResponse:
    """The typed error for an answer the flow cannot use (a body of the wrong shape, a state that
    contradicts itself), with its raw bytes."""
    return UnexpectedResponse(
        message,
        provider=provider,
        status_code=response.status_code,
        request_id=request_id,
        body=response.content,
        headers=dict(response.headers),
    )


def parsed_notification(provider: str, body: bytes, parse: Callable[[Any], T], what: str) -> T:
    """``parse`` of a verified notification's JSON; a body that is not JSON, or not of the shape
    ``parse`` reads, is an :class:`UnexpectedResponse` saying it is not ``what``."""
    try:
        return parse(json.loads(body))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        # RecursionError: a body nested deeper than the parser's stack (signed, but absurd).
        raise UnexpectedResponse(
            f"webhook body is not {what} ({type(exc).__name__})", provider=provider, body=body
        ) from exc


def same_signature(expected: str, given: str | None) -> bool:
    """Whether a signature header carries ``expected``, compared in constant time. Header values
    are text an attacker chooses: a non-ASCII one is simply wrong, never a ``TypeError``."""
    if not given:
        return False
    return hmac.compare_digest(expected.encode(), given.strip().encode("utf-8", "replace"))
