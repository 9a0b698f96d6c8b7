"""Checkout.com: the adapter (request and outcome mapping, auth, idempotency, webhooks) and the
``Checkout`` / ``AsyncCheckout`` clients.

Checkout.com upgrades natively ("Manage SCA retries", 2026-01-07): a customer-initiated payment sent
without 3DS that the issuer soft-declines with 20154 comes back as ``202 Pending`` with
``3ds.upgrade_reason: "sca_retry"`` and a redirect link, unless ``3ds.allow_upgrade`` is false.
So ``UPGRADE`` sends ``3ds: {enabled: false, allow_upgrade: true}``, ``NEVER`` sends
``allow_upgrade: false`` and ``ALWAYS`` sends ``enabled: true``; the adapter reads the answer. If
an account has the automatic retry switched off and a ``UPGRADE`` payment still comes back
``Declined 20154``, the adapter retries it once with 3DS itself.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import uuid
from collections.abc import Generator, Mapping
from typing import Any, ClassVar

import attrs
import httpx
from scaretry_checkout.api.payments import get_payment_details, request_payment
from scaretry_checkout.api.sessions import get_session_details, request_session
from scaretry_checkout.client import AuthenticatedClient
from scaretry_checkout.errors import UnparseableResponse
from scaretry_checkout.models import (
    CustomerRequest,
    Error,
    ErrorResponse,
    HostedCompletion,
    Metadata,
    PaymentAcceptedResponse,
    PaymentDetails,
    PaymentRequest,
    PaymentRequestCardSource,
    PaymentRequestIdSource,
    PaymentRequestPaymentType,
    PaymentRequestTokenSource,
    PaymentResponse,
    Session,
    SessionAccepted,
    SessionCardSource,
    SessionIdSource,
    SessionRequest,
    SessionsErrorResponse,
    SessionTokenSource,
    ThreeDSData,
    ThreeDSEnrollmentData,
    ThreeDSRequest,
    ThreeDSRequestStandalone,
    WebhookEvent,
)
from scaretry_checkout.models import (
    ValidationError as CkoValidationError,
)
from scaretry_checkout.types import Unset

from scaretry._adapter import Adapter, Call, Capabilities, Flow, RawResponse, api_error, same_signature
from scaretry._client import AsyncClient, Client
from scaretry._config import FROM_ENV, ClientOptions, validated
from scaretry._errors import (
    ConfigurationError,
    ProviderError,
    SignatureError,
    UnexpectedResponse,
    UnsupportedError,
    ValidationError,
)
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, Decline, DeclineCategory, Outcome, RedirectAction, State, ThreeDSResult
from scaretry._request import Card, CardToken, ThreeDSMode
from scaretry._request import PaymentRequest as ScaPaymentRequest
from scaretry._tables import Decision, DeclineTable

__all__ = ["CheckoutModel", "AsyncCheckout", "Checkout", "CheckoutAdapter", "CheckoutAuth", "CheckoutConfig"]

PROVIDER = "checkout"
_CHANNEL = re.compile(r"^pc_\w{26}$")
_PREFIX = re.compile(r"^(?:pl-)?[a-z0-9]+$")
_PREVIOUS_KEY = re.compile(r"^sk_(test_)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_SESSION_ID = re.compile(r"^sid_\w{26}$")
#: Namespace of the key of the one upgrade retry the adapter makes itself (derived, so a replay reuses it).
_UPGRADE_KEYS = uuid.UUID("6f1d3a52-3c2e-5b8e-9a51-2f0d2a6c7e10")

# GET payment details statuses → our state. Authorized-and-later statuses all mean the
# authorization succeeded; what happened to the money afterwards is in ``provider_status``.
_AUTHORIZED = frozenset(
    {"Authorized", "Card Verified", "Captured", "Partially Captured", "Paid", "Partially Refunded", "Refunded"}
)
_CANCELED = frozenset({"Voided", "Canceled"})
_IN_PROGRESS = frozenset({"Pending", "Retry Scheduled", "Authentication Requested", "Active", "Requested"})
# EMV 3DS transStatus: Y authenticated, A attempted (counts as success); N, U, R did not authenticate.
_AUTHENTICATED = {"Y": True, "A": True, "N": False, "U": False, "R": False}


def _opt(value: Any) -> Any:
    """The value, or None where the generated model says UNSET."""
    return None if isinstance(value, Unset) else value


def _text(value: Any) -> str | None:
    value = _opt(value)
    return None if value is None else str(value)


class CheckoutAuth(httpx.Auth):
    """Checkout.com's secret-key scheme: ``Authorization: Bearer sk_…`` for default accounts; the
    bare key for previous-platform accounts (``sk_test_<uuid>``), as the official SDK sends it."""

    def __init__(self, secret_key: str) -> None:
        self._value = secret_key if _PREVIOUS_KEY.match(secret_key) else f"Bearer {secret_key}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._value
        yield request

    def __repr__(self) -> str:
        return "CheckoutAuth(<secret key>)"


def _is_secret_key(value: object) -> bool:
    return isinstance(value, str) and value.startswith("sk_") and not any(c.isspace() for c in value)


@attrs.frozen
class CheckoutConfig(ClientOptions):
    """Checkout.com credentials and options (the :class:`Checkout` constructor's arguments).

    ``secret_key`` (``sk_sbox_…`` / ``sk_…``) and ``processing_channel_id`` (``pc_…``; card payments
    fail with ``processing_channel_id_required`` without one); ``webhook_signature_key`` to verify
    webhooks; ``prefix`` for your account's unique base URL (``https://{prefix}.api.checkout.com``);
    ``decline_overrides`` to re-categorise response codes (``{"20051": "soft_retryable"}``).
    From the environment: ``SCARETRY_CHECKOUT_SECRET_KEY``, ``_PROCESSING_CHANNEL_ID``,
    ``_WEBHOOK_SIGNATURE_KEY``, ``_PREFIX``, ``_BASE_URL``, ``_ENVIRONMENT``.
    """

    provider: ClassVar[str] = PROVIDER
    urls: ClassVar[dict[str, str]] = {
        "sandbox": "https://api.sandbox.checkout.com",
        "production": "https://api.checkout.com",
    }

    secret_key: str = attrs.field(
        repr=False,
        metadata=FROM_ENV,
        validator=validated(_is_secret_key, "secret_key must be a Checkout.com secret key (sk_…)"),
    )
    processing_channel_id: str = attrs.field(
        metadata=FROM_ENV,
        validator=validated(
            lambda v: isinstance(v, str) and bool(_CHANNEL.match(v)),
            "processing_channel_id must look like pc_ followed by 26 characters",
        ),
    )
    webhook_signature_key: str | None = attrs.field(default=None, kw_only=True, repr=False, metadata=FROM_ENV)
    prefix: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=FROM_ENV,
        validator=validated(
            lambda v: v is None or bool(_PREFIX.match(v)),
            "prefix must be your account's unique base-URL prefix (a-z, 0-9)",
        ),
    )
    decline_overrides: Mapping[str, Mapping[str, Any] | str] | None = attrs.field(default=None, kw_only=True)

    def resolved_url(self) -> str:
        """With ``prefix``, the account's unique base URL (``https://{prefix}.api.sandbox.checkout.com``)."""
        url = super().resolved_url()
        if self.prefix and self.base_url is None:
            url = url.replace("https://api.", f"https://{self.prefix}.api.", 1)
        return url

    def make_adapter(self) -> CheckoutAdapter:
        return CheckoutAdapter(self)


class CheckoutAdapter(Adapter[CheckoutConfig]):
    """Checkout.com's flows over the generated ``scaretry_checkout`` client (sans I/O)."""

    provider: ClassVar[str] = PROVIDER
    capabilities: ClassVar[Capabilities] = Capabilities(
        three_ds_modes=frozenset(ThreeDSMode), native_upgrade=True, sessions=True, webhooks=True
    )
    unparseable: ClassVar[type[Exception]] = UnparseableResponse

    def __init__(self, config: CheckoutConfig) -> None:
        super().__init__(config)
        self.processing_channel_id = config.processing_channel_id
        self.table = DeclineTable.load(PROVIDER, config.decline_overrides)

    # -- plumbing -------------------------------------------------------------------------------

    def make_api(self, base_url: str) -> AuthenticatedClient:
        # The token is never sent: the client's httpx client is replaced and CheckoutAuth signs.
        return AuthenticatedClient(base_url=base_url, token="", prefix="")

    def auth(self) -> httpx.Auth:
        return CheckoutAuth(self.config.secret_key)

    def handle_secret(self) -> bytes:
        return self.config.secret_key.encode()

    def still_processing(self, response: httpx.Response) -> bool:
        """``429 duplicate_request``: a request with this ``Cko-Idempotency-Key`` is still being
        processed ("Idempotency", Checkout.com API reference); its answer comes once it finishes."""
        if response.status_code != 429 or response.request.method != "POST":
            return False
        try:
            body = json.loads(response.content)
        except ValueError:
            return False
        return isinstance(body, dict) and body.get("error_type") == "duplicate_request"

    def request_id(self, response: RawResponse) -> str | None:
        value: str | None = response.headers.get("cko-request-id")
        return value

    def new_idempotency_key(self, request: ScaPaymentRequest) -> str:
        return str(uuid.uuid4())

    # -- input ------------------------------------------------------------------------------

    def check(self, request: ScaPaymentRequest) -> None:
        super().check(request)
        if not request.customer_initiated and request.three_ds is ThreeDSMode.ALWAYS:
            raise UnsupportedError(
                "checkout: a merchant-initiated payment cannot be authenticated with 3DS (the cardholder is "
                "not there); use three_ds=NEVER or UPGRADE (merchant-initiated payments are never upgraded)"
            )
        self.source(request)
        if request.description is not None and len(request.description) > 100:
            raise ValidationError("description", "Checkout.com takes at most 100 characters")

    def source(
        self, request: ScaPaymentRequest
    ) -> PaymentRequestCardSource | PaymentRequestTokenSource | PaymentRequestIdSource:
        """The request's card or token as a Checkout.com payment source; raises ValidationError."""
        source = request.require_source()
        if isinstance(source, Card):
            card = PaymentRequestCardSource(
                type_="card",
                number=source.number,
                expiry_month=source.expiry_month,
                expiry_year=source.expiry_year,
            )
            if source.cvv is not None:
                card.cvv = source.cvv
            if source.holder_name is not None:
                card.name = source.holder_name
            if not request.customer_initiated:
                card.stored = True  # a merchant-initiated payment uses stored card details
            return card
        token = source.token
        if re.match(r"^tok_\w{26}$", token):
            return PaymentRequestTokenSource(type_="token", token=token)
        if re.match(r"^src_\w{26}$", token):
            return PaymentRequestIdSource(type_="id", id=token)
        raise ValidationError("source.token", "must be a Checkout.com card token (tok_…) or stored source (src_…)")

    def _payment_body(self, request: ScaPaymentRequest, three_ds: Any) -> PaymentRequest:
        body = PaymentRequest(
            currency=request.amount.currency,
            source=self.source(request),
            amount=request.amount.amount,
            reference=request.reference,
            capture=request.capture,
            processing_channel_id=self.processing_channel_id,
            success_url=request.return_url,
            failure_url=request.return_url,
            field_3ds=three_ds,
        )
        if request.description is not None:
            body.description = request.description
        if request.customer_email is not None:
            body.customer = CustomerRequest(email=request.customer_email)
        if request.browser is not None:
            body.payment_ip = request.browser.ip_address
        if request.metadata:
            body.metadata = Metadata.from_dict(dict(request.metadata))
        if not request.customer_initiated:
            body.merchant_initiated = True
            body.payment_type = PaymentRequestPaymentType.RECURRING
            if request.previous_payment_id is not None:
                body.previous_payment_id = request.previous_payment_id
        return body

    def _three_ds(self, request: ScaPaymentRequest) -> ThreeDSRequest:
        if request.three_ds is ThreeDSMode.ALWAYS:
            return ThreeDSRequest(enabled=True)
        # allow_upgrade defaults to true, except on processing channels created before 12 October
        # 2022: say it explicitly. Merchant-initiated payments are never upgraded, and a table that
        # no longer upgrades 20154 (decline_overrides) switches Checkout.com's own retry off too.
        upgrade = request.wants_upgrade and self.table.lookup("20154").decision is Decision.UPGRADE
        return ThreeDSRequest(enabled=False, allow_upgrade=upgrade)

    # -- flows ----------------------------------------------------------------------------------

    def pay(self, request: ScaPaymentRequest, idempotency_key: str) -> Flow[Outcome]:
        """``POST /payments`` with the 3DS flags of the request's mode, then read the answer: 201
        (authorised or declined) or 202 (the customer must act: a challenge, or Checkout.com's own
        SCA retry after a 20154 soft decline, ``3ds.upgrade_reason: sca_retry``). If the account's
        automatic retry is off and a UPGRADE payment comes back declined 20154, it is retried here
        once with 3DS. Every POST carries ``Cko-Idempotency-Key``, so the transport may repeat it."""
        key = idempotency_key
        handle = Handle(
            provider=PROVIDER, payment_id=None, reference=request.reference, idempotency_key=key, step="payment"
        )
        body = self._payment_body(request, self._three_ds(request))
        response = yield Call(request_payment.prepare(body=body, cko_idempotency_key=key), handle, retry_safe=True)
        outcome = self._requested(response, handle, ran_3ds=request.three_ds is ThreeDSMode.ALWAYS)
        decline = outcome.decline
        if (
            request.wants_upgrade
            and decline is not None
            and outcome.state is State.DECLINED
            and self.table.lookup(decline.code).decision is Decision.UPGRADE
        ):
            # Checkout.com did not upgrade (the automatic retry is off for this account): do it
            # here, once, with a key derived from the first so a replayed flow reuses it.
            retry_key = str(uuid.uuid5(_UPGRADE_KEYS, key))
            upgraded = handle.evolve(upgraded=True, data={"declined_payment_id": outcome.payment_id})
            body = self._payment_body(request, ThreeDSRequest(enabled=True))
            response = yield Call(
                request_payment.prepare(body=body, cko_idempotency_key=retry_key), upgraded, retry_safe=True
            )
            outcome = self._requested(response, upgraded, ran_3ds=True)
        return outcome

    def pay_with_session(self, request: ScaPaymentRequest, session_id: str, key: str) -> Flow[Outcome]:
        """Pay with a finished Sessions authentication: ``3ds: {enabled: true, authentication_id}``."""
        handle = Handle(
            provider=PROVIDER,
            payment_id=None,
            reference=request.reference,
            idempotency_key=key,
            step="payment",
            data={"session_id": session_id},
        )
        three_ds = ThreeDSRequestStandalone(enabled=True, authentication_id=session_id)
        body = self._payment_body(request, three_ds)
        response = yield Call(request_payment.prepare(body=body, cko_idempotency_key=key), handle, retry_safe=True)
        return self._requested(response, handle, ran_3ds=True, integrated=False)

    def authenticate(self, request: ScaPaymentRequest) -> Flow[Outcome]:
        """Start a hosted Sessions authentication (3DS before and apart from the payment)."""
        source = request.require_source()
        session_source: SessionCardSource | SessionIdSource | SessionTokenSource
        if isinstance(source, Card):
            session_source = SessionCardSource(
                type_="card", number=source.number, expiry_month=source.expiry_month, expiry_year=source.expiry_year
            )
            if request.customer_email is not None:
                session_source.email = request.customer_email
        elif source.token.startswith("src_"):
            session_source = SessionIdSource(type_="id", id=source.token)
        else:
            session_source = SessionTokenSource(type_="token", token=source.token)
        body = SessionRequest(
            source=session_source,
            currency=request.amount.currency,
            amount=request.amount.amount,
            processing_channel_id=self.processing_channel_id,
            reference=request.reference,
            completion=HostedCompletion(type_="hosted", success_url=request.return_url, failure_url=request.return_url),
        )
        # Sessions have no idempotency mechanism: never repeated (a lost answer leaves an unused session).
        handle = Handle(
            provider=PROVIDER, payment_id=None, reference=request.reference, idempotency_key="", step="session"
        )
        response = yield Call(request_session.prepare(body=body), handle)
        parsed = self._expect(response, "requestSession", Session, SessionAccepted)
        handle = handle.evolve(payment_id=parsed.id)
        return self._session_outcome(parsed, handle)

    def check_session(self, request: ScaPaymentRequest) -> None:
        if not request.customer_initiated:
            raise UnsupportedError("checkout: a Sessions authentication needs the cardholder (customer-initiated only)")
        if isinstance(request.source, CardToken):
            self.source(request)

    def status(self, handle: Handle) -> Flow[Outcome]:
        if handle.payment_id is None:
            raise ValidationError("handle.payment_id", "missing: the payment was never created")
        if handle.step == "session":
            response = yield Call(get_session_details.prepare(handle.payment_id), handle, retry_safe=True)
            return self._session_outcome(self._expect(response, "getSessionDetails", Session), handle)
        response = yield Call(get_payment_details.prepare(handle.payment_id), handle, retry_safe=True)
        return self._details(self._expect(response, "getPaymentDetails", PaymentDetails), handle)

    def resume(self, handle: Handle, params: Mapping[str, str]) -> Flow[Outcome]:
        """After the redirect Checkout.com appends ``cko-session-id=sid_…`` to the return URL; the
        payment is read by that id ("Get payment details" takes ``pay_`` or ``sid_``) and must be
        the one in the handle, so a tampered return URL cannot swap in another payment."""
        sid = params.get("cko-session-id")
        if handle.step == "session" or not sid:
            return (yield from self.status(handle))
        if not _SESSION_ID.match(sid):
            raise ValidationError("cko-session-id", "is not a Checkout.com session id (sid_…)")
        response = yield Call(get_payment_details.prepare(sid), handle, retry_safe=True)
        details = self._expect(response, "getPaymentDetails", PaymentDetails)
        if handle.payment_id is not None and details.id != handle.payment_id:
            raise ValidationError("cko-session-id", "belongs to another payment than this handle's")
        return self._details(details, handle)

    # -- answers → Outcome --------------------------------------------------------------------

    def _expect(self, response: RawResponse, operation: str, *types: type[Any]) -> Any:
        parsed = response.parsed
        if 200 <= response.status_code < 300:
            if isinstance(parsed, types):
                return parsed
            raise UnexpectedResponse(
                f"{operation}: HTTP {response.status_code} without the expected body",
                provider=PROVIDER,
                status_code=response.status_code,
                request_id=self.request_id(response),
                body=response.content,
                headers=dict(response.headers),
            )
        raise self._error(response, operation)

    def _error(self, response: RawResponse, operation: str) -> ProviderError | Exception:
        parsed = response.parsed
        code: str | None = None
        detail = ""
        if isinstance(parsed, CkoValidationError | ErrorResponse | SessionsErrorResponse | Error):
            codes = [str(c) for c in (_opt(parsed.error_codes) or [])]
            error_type = str(parsed.error_type)
            code = codes[0] if codes else error_type
            detail = f": {error_type}" + (f" ({', '.join(codes)})" if codes else "")
        return api_error(
            PROVIDER, response, f"{operation} failed{detail}", code=code, request_id=self.request_id(response)
        )

    def _decline(self, code: str | None, summary: str | None) -> Decline:
        rule = self.table.lookup(code)
        return Decline(code=code, message=summary or rule.message, category=rule.category)

    def _requested(self, response: RawResponse, handle: Handle, *, ran_3ds: bool, integrated: bool = True) -> Outcome:
        parsed = self._expect(response, "requestPayment", PaymentResponse, PaymentAcceptedResponse)
        handle = handle.evolve(payment_id=parsed.id)
        three_ds: ThreeDSEnrollmentData | None = _opt(parsed.field_3ds)
        upgraded = handle.upgraded or (three_ds is not None and _text(three_ds.upgrade_reason) == "sca_retry")
        handle = handle.evolve(upgraded=upgraded)
        status = str(parsed.status)
        if isinstance(parsed, PaymentAcceptedResponse):
            redirect = _opt(parsed.field_links.redirect)
            action = None
            if redirect is not None:
                reason = ActionReason.SCA_RETRY if upgraded else ActionReason.CHALLENGE
                action = RedirectAction(url=redirect.href, reason=reason)
            return Outcome(
                state=State.ACTION_REQUIRED if action else State.PROCESSING,
                provider=PROVIDER,
                payment_id=parsed.id,
                provider_status=status,
                handle=handle,
                action=action,
                upgraded=upgraded,
                raw=parsed,
            )
        # A 201 carries only enrollment data: integrated 3DS that answered at once was frictionless;
        # a session's result is the session's (its outcome carries it).
        result = None
        if ran_3ds and (three_ds is not None or not integrated):
            result = ThreeDSResult(eci=_text(parsed.eci), challenged=False if integrated else None)
        if status in _AUTHORIZED or (parsed.approved and status not in _IN_PROGRESS):
            state = State.AUTHORIZED
        elif status == "Declined":
            state = State.DECLINED
        else:
            state = State.PROCESSING  # Pending / Retry Scheduled, or a status this spec does not know
        decline = (
            self._decline(parsed.response_code, _text(parsed.response_summary)) if state is State.DECLINED else None
        )
        return Outcome(
            state=state,
            provider=PROVIDER,
            payment_id=parsed.id,
            provider_status=status,
            handle=handle,
            upgraded=upgraded,
            decline=decline,
            three_ds=result,
            raw=parsed,
        )

    def _three_ds_result(self, data: ThreeDSData, eci: str | None) -> ThreeDSResult:
        reason = _text(data.authentication_status_reason)
        response = _text(data.authentication_response)
        return ThreeDSResult(
            version=_text(data.version),
            eci=_text(data.eci) or eci,
            challenged=_opt(data.challenged),
            authenticated=_AUTHENTICATED.get(response) if response else None,
            status_reason=reason,
            status_reason_text=self.table.reason_text(reason),
        )

    def _details(self, details: PaymentDetails, handle: Handle) -> Outcome:
        status = str(details.status)
        data: ThreeDSData | None = _opt(details.field_3ds)
        upgraded = handle.upgraded or (data is not None and _text(data.upgrade_reason) == "sca_retry")
        handle = handle.evolve(payment_id=details.id, upgraded=upgraded)
        result = self._three_ds_result(data, _text(details.eci)) if data is not None else None
        action = None
        decline = None
        if status in _AUTHORIZED:
            state = State.AUTHORIZED
        elif status == "Declined":
            state = State.DECLINED
        elif status == "Expired":
            state = State.EXPIRED
        elif status in _CANCELED:
            state = State.CANCELED
        elif status in _IN_PROGRESS or not details.approved:
            redirect = _opt(details.field_links.redirect)
            if status == "Pending" and redirect is not None:
                reason = ActionReason.SCA_RETRY if upgraded else ActionReason.CHALLENGE
                action = RedirectAction(url=redirect.href, reason=reason)
            state = State.ACTION_REQUIRED if action else State.PROCESSING
        else:
            state = State.AUTHORIZED  # a status this spec does not know, on an approved payment
        if state in (State.DECLINED, State.EXPIRED):
            # No top-level response code on GET: the latest authorization action carries it.
            latest = next(
                (a for a in _opt(details.actions) or [] if str(a.type_) in ("Authorization", "Card Verification")),
                None,
            )
            if latest is not None or state is State.DECLINED:
                code = latest.response_code if latest is not None else None
                decline = self._decline(code, _text(latest.response_summary) if latest is not None else None)
        return Outcome(
            state=state,
            provider=PROVIDER,
            payment_id=details.id,
            provider_status=status,
            handle=handle,
            action=action,
            upgraded=upgraded,
            decline=decline,
            three_ds=result,
            raw=details,
        )

    def _session_outcome(self, session: Session | SessionAccepted, handle: Handle) -> Outcome:
        status = str(session.status)
        links = session.field_links
        link = _opt(links.redirect_url) or _opt(links.acs_url)
        reason = _text(getattr(session, "response_status_reason", None))
        response_code = _text(getattr(session, "response_code", None))
        result = ThreeDSResult(
            version=session.protocol_version,
            eci=_text(getattr(session, "eci", None)),
            challenged=_opt(getattr(session, "challenged", None)),
            authenticated=_AUTHENTICATED.get(response_code) if response_code else None,
            status_reason=reason,
            status_reason_text=self.table.reason_text(reason),
        )
        action = None
        decline = None
        if status in ("approved", "attempted"):
            state = State.AUTHORIZED  # authenticated: pay with it through pay_with_session()
        elif status in ("declined", "rejected"):
            state = State.DECLINED
            info = _text(getattr(session, "cardholder_info", None))
            decline = Decline(
                code=response_code, message=info or result.status_reason_text, category=DeclineCategory.HARD
            )
        elif status in ("challenge_abandoned", "expired"):
            state = State.EXPIRED
        elif status == "unavailable":
            state = State.FAILED
        elif link is not None and status in ("pending", "challenged"):
            state = State.ACTION_REQUIRED
            action = RedirectAction(url=link.href, reason=ActionReason.CHALLENGE)
        else:
            state = State.PROCESSING
        return Outcome(
            state=state,
            provider=PROVIDER,
            payment_id=session.id,
            provider_status=status,
            handle=handle.evolve(payment_id=session.id),
            action=action,
            decline=decline,
            three_ds=result,
            raw=session,
        )

    # -- webhooks -------------------------------------------------------------------------------

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        """Verify ``Cko-Signature`` (hex HMAC-SHA256 of the raw body, keyed with the webhook's
        signature key) before parsing anything, then map the event onto an Outcome."""
        if not self.config.webhook_signature_key:
            raise ConfigurationError("checkout: webhook_signature_key is needed to verify webhooks")
        signature = headers.get("cko-signature", "")
        expected = hmac.new(self.config.webhook_signature_key.encode(), body, hashlib.sha256).hexdigest()
        if not same_signature(expected, signature.lower()):
            raise SignatureError("webhook Cko-Signature does not verify", provider=PROVIDER, body=body)
        try:
            event = WebhookEvent.from_dict(json.loads(body))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise UnexpectedResponse(
                f"webhook body does not parse ({type(exc).__name__})", provider=PROVIDER, body=body
            ) from exc
        data = event.data
        kind = str(event.type_)
        code = _text(data.response_code)
        three_ds: ThreeDSData | None = _opt(data.field_3ds)
        upgraded = three_ds is not None and _text(three_ds.upgrade_reason) == "sca_retry"
        if kind in ("payment_approved", "payment_captured", "card_verified"):
            state = State.AUTHORIZED
        elif kind == "payment_expired" or (kind == "payment_authentication_failed" and code == "20152"):
            state = State.EXPIRED
        elif kind in ("payment_declined", "card_verification_declined", "payment_authentication_failed"):
            state = State.DECLINED
        elif kind in ("payment_canceled", "payment_voided"):
            state = State.CANCELED
        else:
            state = State.PROCESSING  # payment_pending, or an event type this spec does not know
        decline = (
            self._decline(code, _text(data.response_summary)) if state in (State.DECLINED, State.EXPIRED) else None
        )
        handle = Handle(
            provider=PROVIDER,
            payment_id=data.id,
            reference=_text(data.reference) or "",
            idempotency_key="",
            step="payment",
            upgraded=upgraded,
        )
        return Outcome(
            state=state,
            provider=PROVIDER,
            payment_id=data.id,
            provider_status=kind,
            handle=handle,
            upgraded=upgraded,
            decline=decline,
            three_ds=self._three_ds_result(three_ds, _text(data.eci)) if three_ds is not None else None,
            raw=event,
        )


#: The generated models behind this provider's outcomes (``outcome.raw``).
CheckoutModel = PaymentResponse | PaymentAcceptedResponse | PaymentDetails | Session | SessionAccepted | WebhookEvent


@attrs.frozen(eq=False)
class Checkout(Client[CheckoutAdapter, AuthenticatedClient, CheckoutModel], CheckoutConfig):
    """Checkout.com, synchronous.

    Relies on: the automatic SCA retry (a 20154 soft decline of a customer-initiated payment answers
    ``202 Pending`` with ``3ds.upgrade_reason: "sca_retry"`` and ``_links.redirect``; opted out
    with ``3ds.allow_upgrade: false``); ``cko-session-id`` on the return URL; ``Cko-Idempotency-Key``
    (a repeat returns the first 2xx) so payment requests are retried safely; ``Cko-Signature``
    webhooks. ``client.api`` is the generated ``scaretry_checkout`` client.
    """

    def authenticate(self, request: ScaPaymentRequest) -> Outcome:
        """Standalone 3DS through the Sessions API (hosted completion): ACTION_REQUIRED with the
        page to send the customer to; after ``resume``/``wait`` AUTHORIZED means *authenticated*
        (no money moved) — then :meth:`pay_with_session` with ``outcome.payment_id`` (the ``sid_``)."""
        self._adapter.check_session(request)
        return self._run(self._adapter.authenticate(request))

    def pay_with_session(
        self, request: ScaPaymentRequest, session_id: str, *, idempotency_key: str | None = None
    ) -> Outcome:
        """Pay with an ``approved``/``attempted`` session: ``3ds: {enabled: true, authentication_id}``."""
        if not _SESSION_ID.match(session_id):
            raise ValidationError("session_id", "must be a Checkout.com session id (sid_…)")
        self._adapter.source(request)
        key = self._key_for(request, idempotency_key)
        return self._run(self._adapter.pay_with_session(request, session_id, key))


@attrs.frozen(eq=False)
class AsyncCheckout(AsyncClient[CheckoutAdapter, AuthenticatedClient, CheckoutModel], CheckoutConfig):
    """Checkout.com, asynchronous (asyncio or trio). See :class:`Checkout` for the facts it relies on."""

    async def authenticate(self, request: ScaPaymentRequest) -> Outcome:
        """See :meth:`Checkout.authenticate`."""
        self._adapter.check_session(request)
        return await self._run(self._adapter.authenticate(request))

    async def pay_with_session(
        self, request: ScaPaymentRequest, session_id: str, *, idempotency_key: str | None = None
    ) -> Outcome:
        """See :meth:`Checkout.pay_with_session`."""
        if not _SESSION_ID.match(session_id):
            raise ValidationError("session_id", "must be a Checkout.com session id (sid_…)")
        self._adapter.source(request)
        key = self._key_for(request, idempotency_key)
        return await self._run(self._adapter.pay_with_session(request, session_id, key))
