"""Payments AI (payments.ai): ``PaymentsAI`` and ``AsyncPaymentsAI``.

The facts this adapter relies on (``specs/paymentsai.yaml``, the 3DS2 guide):

- Auth is ``Authorization: ApiKey <accountId>_<apiKey>_<apiKeyId>``; every path carries the
  organization id (``/v1/public-api/organizations/{organizationId}/…``).
- 3-D Secure has **no per-transaction switch**: "3DS is disabled by default for all gateway
  connections" and is switched on per connection. The API also "does not expose the raw issuer
  decline code", so a soft decline for missing SCA cannot be told from any other decline. Hence
  the client is told how the merchant's gateway connection is set up (``gateway_three_ds``), honours
  ``ALWAYS`` (3DS on) and ``NEVER`` (3DS off) only when they match it, and refuses ``UPGRADE``.
- ``POST /transactions`` answers 201 for every created record, declines included: the outcome is
  ``status`` + ``result``. A challenge is ``waiting``/``unknown`` with an ``approvalLink``; the
  browser comes back to ``redirectUrl`` with ``{id}`` and ``{result}`` filled in, and the outcome is
  confirmed with ``GET /transactions/{id}`` ("never trust {result} alone", step 6 of the guide).
- ``idempotencyKey`` in the body makes ``POST /transactions`` safe to retry; the other POSTs
  (customers, tokens, payment instruments) have no idempotency and are never retried.
- Amounts are decimal major units (``65.10``).
- Raw cards are tokenised with the stage-only ``POST …/payment-instruments/tokens``; in production
  cards are tokenised in the browser (FramePay) and reach the server as tokens.
- Webhooks carry ``{deduplicationId, type, organizationId, metadata: Transaction}``; the sandbox (and
  this client) sign the raw body with HMAC-SHA256, lowercase hex in ``X-Signature`` (the docs name
  "a signature header" without its name or encoding).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self
from urllib.parse import urlsplit, urlunsplit

import attrs
import httpx
from scaretry_paymentsai.api.payment_instruments import create_payment_instrument_token
from scaretry_paymentsai.api.transactions import create_transaction, get_transaction
from scaretry_paymentsai.client import Client as _GeneratedClient
from scaretry_paymentsai.errors import UnparseableResponse
from scaretry_paymentsai.models import (
    BrowserData,
    CreateTokenRequest,
    ErrorResponse,
    PaymentInstrumentInstruction,
    RiskMetadata,
    RiskMetadataHttpHeaders,
    ThreeDSData,
    TokenEnvelope,
    TokenInstruction,
    Transaction,
    TransactionEnvelope,
    TransactionRequest,
    TransactionRequestMetadata,
    TransactionType,
    WebhookEvent,
)
from scaretry_paymentsai.types import Unset

from scaretry._adapter import Adapter, Call, Capabilities, Flow, RawResponse, api_error, same_signature
from scaretry._client import AsyncClient, Client
from scaretry._config import FROM_ENV, ClientOptions, validated
from scaretry._currency import to_major
from scaretry._errors import ConfigurationError, SignatureError, UnexpectedResponse, UnsupportedError, ValidationError
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, Decline, Outcome, RedirectAction, State, ThreeDSResult
from scaretry._request import Card, PaymentRequest, ThreeDSMode
from scaretry._tables import DeclineTable

__all__ = [
    "PaymentsAIModel",
    "AsyncPaymentsAI",
    "PaymentsAI",
    "PaymentsAIAdapter",
    "PaymentsAIAuth",
    "PaymentsAIConfig",
]

PROVIDER = "paymentsai"
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_CARD_RUN = re.compile(r"\d{12,19}")
_STEP = "transaction"
#: The metadata key that carries PaymentRequest.reference (Payments AI has no reference field).
REFERENCE_KEY = "reference"
#: Payments AI's status words, grouped by what they mean for the payment.
_PENDING = frozenset({"sending", "offsite", "suspended"})
_AFTER_APPROVAL = frozenset({"partially-refunded", "refunded", "disputed"})


class PaymentsAIAuth(httpx.Auth):
    """``Authorization: ApiKey <accountId>_<apiKey>_<apiKeyId>``, sent as-is (no base64, no
    URL-encoding), per Payments AI's authentication page."""

    def __init__(self, api_key: str) -> None:
        self._header = f"ApiKey {api_key}"

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "PaymentsAIAuth(ApiKey ***)"


def _unset(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _redacted(text: str) -> str:
    return _CARD_RUN.sub("[redacted]", text)


def _major(request: PaymentRequest) -> float | int:
    """The amount in major units as a JSON number, exactly (Payments AI: ``65.10`` is 65 dollars 10)."""
    value = to_major(request.amount.amount, request.amount.currency)
    if value == value.to_integral_value():
        return int(value)
    number = float(value)
    if Decimal(repr(number)) != value:  # pragma: no cover - only past 15 significant digits
        raise ValidationError("amount", "is too large to send exactly as a decimal JSON number")
    return number


def _redirect_url(return_url: str) -> str:
    """``return_url`` with Payments AI's ``{id}`` and ``{result}`` placeholders: kept where the
    merchant placed them, else added as the query parameters ``id`` and ``result``."""
    if "{id}" in return_url or "{result}" in return_url:
        return return_url
    parts = urlsplit(return_url)
    query = f"{parts.query}&" if parts.query else ""
    return urlunsplit(parts._replace(query=f"{query}id={{id}}&result={{result}}"))


def _payment_instruction(token: str) -> PaymentInstrumentInstruction | TokenInstruction:
    """``instrument:<id>`` or a UUID is a saved payment instrument; ``token:<id>`` or anything else
    is a one-off token (FramePay, tokeniser) that the transaction consumes."""
    if token.startswith("instrument:"):
        return PaymentInstrumentInstruction(payment_instrument_id=token.removeprefix("instrument:"))
    if token.startswith("token:"):
        return TokenInstruction(token=token.removeprefix("token:"))
    if _UUID.match(token):
        return PaymentInstrumentInstruction(payment_instrument_id=token)
    return TokenInstruction(token=token)


def _flag(value: bool | str) -> bool:
    """``gateway_three_ds`` as given, or as written in the environment (``true``/``false``)."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    raise ConfigurationError(
        "paymentsai: gateway_three_ds must be true or false (how the gateway connection is configured)"
    )


def _api_key_ok(value: object) -> bool:
    return isinstance(value, str) and value.count("_") >= 2 and not any(c.isspace() for c in value)


@attrs.frozen
class PaymentsAIConfig(ClientOptions):
    """Payments AI credentials and options (the :class:`PaymentsAI` constructor's arguments).

    ``api_key`` is ``<accountId>_<apiKey>_<apiKeyId>``; ``organization_id`` the organization (a UUID)
    every path carries; ``gateway_three_ds`` whether the merchant's gateway connection has 3-D Secure
    switched on (Payments AI: off by default, set per connection, not per payment);
    ``webhook_secret`` verifies notifications; ``decline_overrides`` amends
    ``scaretry/data/paymentsai.json``. From the environment: ``SCARETRY_PAYMENTSAI_API_KEY``,
    ``_ORGANIZATION_ID``, ``_GATEWAY_THREE_DS`` (``true``/``false``), ``_WEBHOOK_SECRET``,
    ``_BASE_URL``, ``_ENVIRONMENT``.
    """

    provider: ClassVar[str] = PROVIDER
    urls: ClassVar[dict[str, str]] = {
        "sandbox": "https://staging-api.payments.ai",
        "production": "https://api.payments.ai",
    }

    api_key: str = attrs.field(
        repr=False,
        metadata=FROM_ENV,
        validator=validated(_api_key_ok, "api_key must be <accountId>_<apiKey>_<apiKeyId>"),
    )
    organization_id: str = attrs.field(
        metadata=FROM_ENV,
        validator=validated(lambda v: isinstance(v, str) and bool(v), "organization_id is required"),
    )
    gateway_three_ds: bool = attrs.field(kw_only=True, metadata=FROM_ENV, converter=_flag)
    webhook_secret: str | None = attrs.field(default=None, kw_only=True, repr=False, metadata=FROM_ENV)
    decline_overrides: Mapping[str, Mapping[str, Any] | str] | None = attrs.field(default=None, kw_only=True)

    @property
    def production(self) -> bool:
        """Whether requests go to Payments AI's production API (raw cards are refused there)."""
        return self.environment == "production" or urlsplit(self.resolved_url()).hostname == "api.payments.ai"

    def make_adapter(self) -> PaymentsAIAdapter:
        return PaymentsAIAdapter(self)

    def for_organization(self, organization_id: str, *, gateway_three_ds: bool) -> Self:
        """A new client for another organization of the same API key (each organization has its own
        gateway connections, so its own ``gateway_three_ds``). Close it when done."""
        return attrs.evolve(self, organization_id=organization_id, gateway_three_ds=gateway_three_ds)


class PaymentsAIAdapter(Adapter[PaymentsAIConfig]):
    """Sans-I/O Payments AI: request building, outcome mapping, webhook verification."""

    provider: ClassVar[str] = PROVIDER
    capabilities: ClassVar[Capabilities] = Capabilities(
        three_ds_modes=frozenset({ThreeDSMode.ALWAYS, ThreeDSMode.NEVER}), native_upgrade=False
    )
    unparseable: ClassVar[type[Exception]] = UnparseableResponse

    def __init__(self, config: PaymentsAIConfig) -> None:
        super().__init__(config)
        self.organization_id = config.organization_id
        self.gateway_three_ds = config.gateway_three_ds
        self.webhook_secret = config.webhook_secret
        self.production = config.production
        self.table = DeclineTable.load(PROVIDER, config.decline_overrides)

    def make_api(self, base_url: str) -> _GeneratedClient:
        return _GeneratedClient(base_url=base_url)

    def auth(self) -> httpx.Auth:
        return PaymentsAIAuth(self.config.api_key)

    def handle_secret(self) -> bytes:
        return self.config.api_key.encode()

    def new_idempotency_key(self, request: PaymentRequest) -> str:
        return str(uuid.uuid4())

    def request_id(self, response: RawResponse) -> str | None:
        # Not documented by Payments AI; the sandbox sends one, a gateway in front may too.
        value = response.headers.get("x-request-id")
        return str(value) if value else None

    def check(self, request: PaymentRequest) -> None:
        if request.three_ds is ThreeDSMode.UPGRADE:
            raise UnsupportedError(
                "paymentsai cannot honour three_ds=upgrade: 3-D Secure is switched on or off per gateway "
                "connection, not per transaction, and a declined transaction carries no issuer decline code, "
                "so a soft decline for missing SCA can neither be recognised nor retried with 3DS through the "
                "API. Use ALWAYS on a gateway connection with 3DS on, or NEVER on one with 3DS off."
            )
        if request.three_ds is ThreeDSMode.ALWAYS and not self.gateway_three_ds:
            raise UnsupportedError(
                "paymentsai cannot honour three_ds=always: this client's gateway connection has 3-D Secure "
                "off (gateway_three_ds=False) and Payments AI has no per-transaction switch; turn 3DS on for "
                "the connection, or pay with NEVER"
            )
        if request.three_ds is ThreeDSMode.NEVER and self.gateway_three_ds:
            raise UnsupportedError(
                "paymentsai cannot honour three_ds=never: this client's gateway connection has 3-D Secure on "
                "(gateway_three_ds=True) and Payments AI has no per-transaction switch; pay with ALWAYS"
            )
        if isinstance(request.source, Card):
            if self.production:
                raise UnsupportedError(
                    "paymentsai: raw cards can be tokenised server-side only on stage; in production tokenise "
                    "in the browser with FramePay and pay with CardToken(token)"
                )
            if request.source.cvv is None:
                raise ValidationError("card.cvv", "Payments AI's tokeniser requires the CVV")
        if request.notify_url is not None:
            raise UnsupportedError(
                "paymentsai has no per-payment notification URL: webhook destinations are registered per "
                "account (POST /v1/webhook-destinations)"
            )
        if REFERENCE_KEY in request.metadata:
            raise ValidationError(f"metadata.{REFERENCE_KEY}", "is reserved for the payment reference")

    # -- flows ------------------------------------------------------------------------------------

    def pay(self, request: PaymentRequest, idempotency_key: str) -> Flow[Outcome]:
        self.check(request)
        key = idempotency_key
        handle = Handle(
            provider=PROVIDER,
            payment_id=None,
            reference=request.reference,
            idempotency_key=key,
            step=_STEP,
            data={"organization_id": self.organization_id},
        )
        source = request.require_source()
        if isinstance(source, Card):
            assert source.cvv is not None  # check() refused a card without one
            token_body = CreateTokenRequest(
                primary_account_number=source.number,
                card_verification_value=source.cvv,
                expiration_month=source.expiry_month,
                expiration_year=source.expiry_year,
            )
            # A token has no idempotency mechanism: never repeated by the transport.
            response = yield Call(
                create_payment_instrument_token.prepare(self.organization_id, body=token_body), handle
            )
            envelope = self._expect(response, 201, TokenEnvelope, "createPaymentInstrumentToken")
            instruction: PaymentInstrumentInstruction | TokenInstruction = TokenInstruction(token=envelope.data.id)
        else:
            instruction = _payment_instruction(source.token)
        body = TransactionRequest(
            type_=TransactionType.SALE if request.capture else TransactionType.AUTHORIZE,
            currency=request.amount.currency,
            amount=_major(request),
            payment_instruction=instruction,
            idempotency_key=key,
            is_merchant_initiated=not request.customer_initiated,
            redirect_url=_redirect_url(request.return_url),
            metadata=TransactionRequestMetadata.from_dict({**request.metadata, REFERENCE_KEY: request.reference}),
        )
        if request.description is not None:
            body.description = request.description
        if request.browser is not None:
            browser = request.browser
            body.risk_metadata = RiskMetadata(
                ip_address=browser.ip_address,
                http_headers=RiskMetadataHttpHeaders.from_dict(
                    {"Accept": browser.accept_header, "User-Agent": browser.user_agent}
                ),
                browser_data=BrowserData(
                    color_depth=browser.color_depth,
                    is_java_enabled=browser.java_enabled,
                    language=browser.language,
                    screen_width=browser.screen_width,
                    screen_height=browser.screen_height,
                    time_zone_offset=browser.time_zone_offset_minutes,
                ),
            )
        response = yield Call(create_transaction.prepare(self.organization_id, body=body), handle, retry_safe=True)
        txn = self._expect(response, 201, TransactionEnvelope, "createTransaction").data
        return self.outcome(txn, handle.evolve(payment_id=txn.id))

    def status(self, handle: Handle) -> Flow[Outcome]:
        if handle.provider != PROVIDER or not handle.payment_id:
            raise ValidationError("handle", "not a Payments AI transaction handle")
        organization = str(handle.data.get("organization_id") or self.organization_id)
        response = yield Call(get_transaction.prepare(organization, handle.payment_id), handle, retry_safe=True)
        txn = self._expect(response, 200, TransactionEnvelope, "getTransaction").data
        return self.outcome(txn, handle)

    def resume(self, handle: Handle, params: Mapping[str, str]) -> Flow[Outcome]:
        """The return URL carries ``id`` and ``result``; the result is only a hint (the guide: confirm
        via the API), so this reads the transaction. An ``id`` for another transaction is refused."""
        returned = params.get("id")
        if returned is not None and returned != handle.payment_id:
            raise ValidationError("params.id", "the return URL carries another transaction's id")
        return self.status(handle)

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        if not self.webhook_secret:
            raise ConfigurationError("paymentsai: parse_webhook needs the client's webhook_secret")
        given = headers.get("x-signature", "")
        expected = hmac.new(self.webhook_secret.encode(), body, hashlib.sha256).hexdigest()
        if not same_signature(expected, given.lower()):
            raise SignatureError(
                "webhook X-Signature is missing or does not match the body", provider=PROVIDER, body=body
            )
        try:
            event = WebhookEvent.from_dict(json.loads(body))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise UnexpectedResponse(
                f"webhook body is not a Payments AI event ({type(exc).__name__})", provider=PROVIDER, body=body
            ) from exc
        txn = event.metadata
        metadata = _unset(txn.metadata)
        reference = metadata.additional_properties.get(REFERENCE_KEY, "") if metadata is not None else ""
        handle = Handle(
            provider=PROVIDER,
            payment_id=txn.id,
            reference=str(reference),
            idempotency_key="",
            step=_STEP,
            data={"organization_id": event.organization_id},
        )
        return self.outcome(txn, handle)

    # -- mapping ----------------------------------------------------------------------------------

    def _expect(self, response: RawResponse, status: int, model: type[Any], operation: str) -> Any:
        parsed = response.parsed
        if response.status_code == status and isinstance(parsed, model):
            return parsed
        if response.status_code >= 400:
            error = parsed if isinstance(parsed, ErrorResponse) else _error_body(response.content)
            message = f"{operation} failed"
            code = None
            if error is not None:
                code = error.error_code
                details = _unset(error.details)
                message = f"{operation} failed: {error.message}" + (f" ({_redacted(details)})" if details else "")
            raise api_error(PROVIDER, response, message, code=code, request_id=self.request_id(response))
        raise UnexpectedResponse(
            f"{operation}: expected HTTP {status} with a {model.__name__}",
            provider=PROVIDER,
            status_code=response.status_code,
            request_id=self.request_id(response),
            body=response.content,
            headers=dict(response.headers),
        )

    def outcome(self, txn: Transaction, handle: Handle) -> Outcome:
        """Map a transaction (``status`` + ``result``) onto an :class:`Outcome`."""
        status, result = str(txn.status), str(txn.result)
        approval_link = _unset(txn.approval_link)
        action = None
        decline = None
        if status == "waiting":
            if approval_link:
                state, action = State.ACTION_REQUIRED, RedirectAction(approval_link, ActionReason.CHALLENGE)
            else:
                state = State.PROCESSING
        elif status == "completed":
            state = {
                "approved": State.AUTHORIZED,
                "declined": State.DECLINED,
                "abandoned": State.EXPIRED,
                "canceled": State.CANCELED,
            }.get(result, State.PROCESSING)
        elif status in _AFTER_APPROVAL:
            state = State.AUTHORIZED  # the payment was authorised; provider_status says what followed
        elif status == "voided":
            state = State.CANCELED
        elif status == "timeout":
            state = State.EXPIRED
        elif status == "not-sent":
            state = State.FAILED
        else:  # sending, offsite, suspended, and any status Payments AI adds later
            state = State.PROCESSING
        three_ds = self._three_ds(_unset(txn.data3ds))
        if state in (State.DECLINED, State.EXPIRED, State.FAILED):
            decline = self._decline(status, result, three_ds)
        return Outcome(
            state=state,
            provider=PROVIDER,
            payment_id=txn.id,
            provider_status=f"{status}/{result}",
            handle=handle,
            action=action,
            upgraded=False,
            decline=decline,
            three_ds=three_ds,
            raw=txn,
        )

    def _three_ds(self, data: ThreeDSData | None) -> ThreeDSResult | None:
        if data is None:
            return None
        trans_status = _unset(data.trans_status)
        reason = _unset(data.trans_status_reason)
        authenticated = {"Y": True, "N": False, "R": False, "U": False}.get(str(trans_status))
        return ThreeDSResult(
            version=_unset(data.version),
            eci=_unset(data.eci),
            challenged=_unset(data.challenged),
            authenticated=authenticated,
            status_reason=reason,
            status_reason_text=self.table.reason_text(reason),
        )

    def _decline(self, status: str, result: str, three_ds: ThreeDSResult | None) -> Decline:
        # The API has no issuer decline code: the table is keyed on what it does say.
        code = status if status in ("timeout", "not-sent") else result
        if result == "declined" and three_ds is not None and three_ds.authenticated is False and three_ds.status_reason:
            code = f"3ds-{three_ds.status_reason}"
        rule = self.table.lookup(code)
        return Decline(code=code, message=rule.message, category=rule.category)


def _error_body(content: bytes) -> ErrorResponse | None:
    try:
        return ErrorResponse.from_dict(json.loads(content))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


#: The generated models behind this provider's outcomes (``outcome.raw``).
PaymentsAIModel = Transaction


@attrs.frozen(eq=False)
class PaymentsAI(Client[PaymentsAIAdapter, _GeneratedClient, PaymentsAIModel], PaymentsAIConfig):
    """Payments AI, synchronous.

    Payments AI switches 3-D Secure on per gateway connection ("disabled by default for all gateway
    connections"), not per transaction, and does not expose the issuer's decline code. So this
    client honours ``ThreeDSMode.ALWAYS`` on a connection with 3DS on and ``ThreeDSMode.NEVER`` on
    one with 3DS off, and raises :class:`~scaretry.UnsupportedError` before sending anything for
    ``UPGRADE`` (a soft decline for missing SCA cannot be recognised, so it cannot be retried with
    3DS) and for a mode that contradicts ``gateway_three_ds`` — never a silent change of mode.

    A challenge comes back ACTION_REQUIRED with a redirect to Payments AI's ``approvalLink``; the
    customer returns to ``return_url`` (``{id}``/``{result}`` placeholders kept, or appended as query
    parameters ``id`` and ``result``) and :meth:`resume` reads the transaction. ``client.api`` is the
    generated ``scaretry_paymentsai`` client (customers, payment instruments, tokens).
    """


@attrs.frozen(eq=False)
class AsyncPaymentsAI(AsyncClient[PaymentsAIAdapter, _GeneratedClient, PaymentsAIModel], PaymentsAIConfig):
    """Payments AI, asynchronous: the same facts and behaviour as :class:`PaymentsAI`."""
