"""Checkout.com's flows: :class:`CheckoutAdapter`, sans I/O, over the generated ``scaretry_checkout``.

Checkout.com upgrades natively ("Manage SCA retries", 2026-01-07): a customer-initiated payment sent
without 3DS, or with a frictionless 3DS, that the issuer soft-declines with 20154 comes back as
``202 Pending`` with ``3ds.upgrade_reason: "sca_retry"`` and a redirect link, unless
``3ds.allow_upgrade`` is false. So ``UPGRADE`` sends ``3ds: {enabled: false, allow_upgrade: true}``,
``ALWAYS`` ``{enabled: true, allow_upgrade: true}`` and ``NEVER`` ``allow_upgrade: false``; the
adapter reads the answer. If the account opted out of the automatic retry and a ``UPGRADE`` payment
still comes back ``Declined 20154``, the adapter retries it once with 3DS itself.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import ClassVar
from urllib.parse import urlsplit

import httpx
from scaretry_checkout.api.payments import get_payment_details, request_payment
from scaretry_checkout.api.sessions import complete_session, get_session_details, request_session
from scaretry_checkout.client import AuthenticatedClient
from scaretry_checkout.errors import UnparseableResponse
from scaretry_checkout.models import (
    PaymentDetails,
    Session,
    SessionAccepted,
    ThreeDSRequest,
    ThreeDSRequestStandalone,
    WebhookEvent,
)

from scaretry._adapter import Adapter, Call, Capabilities, Flow, RawResponse
from scaretry._errors import RepeatRequired, UnsupportedError, ValidationError
from scaretry._handle import Handle
from scaretry._outcome import Outcome, State
from scaretry._request import CardToken, ThreeDSMode
from scaretry._request import PaymentRequest as ScaPaymentRequest
from scaretry._tables import Decision, DeclineTable
from scaretry.providers.checkout._auth import CheckoutAuth
from scaretry.providers.checkout._config import PROVIDER, SESSION_ID, CheckoutConfig
from scaretry.providers.checkout._notifications import outcome_of_event, verified_event
from scaretry.providers.checkout._outcomes import (
    error_of,
    expect,
    optional,
    outcome_of_details,
    outcome_of_payment,
    outcome_of_session,
    request_id,
)
from scaretry.providers.checkout._recovery import lost_payment
from scaretry.providers.checkout._requests import (
    PAYMENT_KEY,
    PaymentSource,
    exemption_of,
    payment_body,
    payment_source,
    session_body,
    starts_agreement,
    three_ds_request,
)

__all__ = ["CheckoutAdapter"]

#: In a handle's data: the payment is one the client itself retries with 3DS (a UPGRADE payment).
UPGRADE_HERE = "upgrade_here"
#: Namespace of the key of the one upgrade retry the adapter makes itself (derived, so a replay reuses it).
_UPGRADE_KEYS = uuid.UUID("6f1d3a52-3c2e-5b8e-9a51-2f0d2a6c7e10")


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
        """A request with this ``Cko-Idempotency-Key`` is still being processed, so its answer comes
        once it finishes: ``429 duplicate_request`` ("Idempotency": concurrent requests with one key
        get 429), or 409 ("Why did I receive a 409 HTTP response to my idempotent API request
        instead of 429?": Checkout.com now answers this case with 409 Conflict)."""
        if response.status_code not in (409, 429):
            return False
        request = response.request
        if request.method != "POST" or "cko-idempotency-key" not in request.headers:
            return False
        if response.status_code == 409:
            return True
        try:
            body = json.loads(response.content)
        except (ValueError, RecursionError):
            return False
        if not isinstance(body, dict):
            return False
        codes = body.get("error_codes")
        return body.get("error_type") == "duplicate_request" or (
            isinstance(codes, list) and "duplicate_request" in codes
        )

    def request_id(self, response: RawResponse) -> str | None:
        return request_id(response)

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
        if starts_agreement(request) and request.three_ds is ThreeDSMode.NEVER:
            raise UnsupportedError(
                'checkout: the first payment of an agreement must be authenticated with a challenge ("SCA '
                'compliance"), which three_ds=NEVER forbids; use UPGRADE or ALWAYS'
            )
        if request.exemption is not None and not request.customer_initiated:
            raise ValidationError("exemption", "a merchant-initiated payment is out of SCA's scope: no exemption")
        exemption_of(request)
        if PAYMENT_KEY in request.metadata:
            raise ValidationError(f"metadata.{PAYMENT_KEY}", "is reserved: it carries the payment's idempotency key")
        self.source(request)
        if request.description is not None and len(request.description) > 100:
            raise ValidationError("description", "Checkout.com takes at most 100 characters")

    def source(self, request: ScaPaymentRequest) -> PaymentSource:
        """The request's card or token as a Checkout.com payment source; raises ValidationError."""
        return payment_source(request)

    def check_session(self, request: ScaPaymentRequest, callback_url: str | None = None) -> None:
        """Refuse what a Sessions authentication cannot do, before anything is sent."""
        if not request.customer_initiated:
            raise UnsupportedError("checkout: a Sessions authentication needs the cardholder (customer-initiated only)")
        if isinstance(request.source, CardToken):
            self.source(request)
        address = request.billing_address
        if address is not None and address.state is not None and len(address.state) != 3:
            raise ValidationError("billing_address.state", "Checkout.com Sessions take an ISO 3166-2 code such as ENG")
        if callback_url is not None:
            if request.browser is None:
                raise ValidationError("browser", "a non-hosted session sends the browser's data: give request.browser")
            parts = urlsplit(callback_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValidationError("callback_url", "must be an absolute http(s) URL")

    def _upgrades_20154(self, request: ScaPaymentRequest) -> bool:
        # Only a customer-initiated payment can be upgraded (the cardholder must be there), never in
        # NEVER; and a table that no longer upgrades 20154 (decline_overrides) switches Checkout.com's
        # own retry off too.
        return (
            request.customer_initiated
            and request.three_ds is not ThreeDSMode.NEVER
            and self.table.lookup("20154").decision is Decision.UPGRADE
        )

    # -- flows ----------------------------------------------------------------------------------

    def pay(self, request: ScaPaymentRequest, idempotency_key: str) -> Flow[Outcome]:
        """``POST /payments`` ("Request a payment or payout") with the 3DS flags of the request's
        mode, then read the answer: 201 (authorised or declined) or 202 (the customer must act: a
        challenge, or Checkout.com's own SCA retry after a 20154 soft decline,
        ``3ds.upgrade_reason: sca_retry``, "Manage SCA retries"). If the account's automatic retry
        is off and a UPGRADE payment comes back declined 20154, it is retried here once with 3DS.
        Every POST carries ``Cko-Idempotency-Key`` ("Idempotency"), so the transport may repeat it."""
        key = idempotency_key
        handle = self._payment_handle(request, key, upgrades_here=request.wants_upgrade)
        three_ds = three_ds_request(request, allow_upgrade=self._upgrades_20154(request))
        body = payment_body(request, three_ds, self.processing_channel_id, key)
        response = yield Call(request_payment.prepare(body=body, cko_idempotency_key=key), handle, retry_safe=True)
        outcome = outcome_of_payment(self.table, response, handle, ran_three_ds=request.three_ds is ThreeDSMode.ALWAYS)
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
            upgraded = handle.evolve(upgraded=True, data={**handle.data, "declined_payment_id": outcome.payment_id})
            body = payment_body(request, ThreeDSRequest(enabled=True), self.processing_channel_id, key)
            response = yield Call(
                request_payment.prepare(body=body, cko_idempotency_key=retry_key), upgraded, retry_safe=True
            )
            outcome = outcome_of_payment(self.table, response, upgraded, ran_three_ds=True)
        return outcome

    def pay_with_session(self, request: ScaPaymentRequest, session_id: str, key: str) -> Flow[Outcome]:
        """Pay with a finished Sessions authentication: ``3ds: {enabled: true, authentication_id}``
        ("Sessions › Request a payment with the session")."""
        handle = self._payment_handle(request, key)
        handle = handle.evolve(data={**handle.data, "session_id": session_id})
        three_ds = ThreeDSRequestStandalone(enabled=True, authentication_id=session_id)
        body = payment_body(request, three_ds, self.processing_channel_id, key)
        response = yield Call(request_payment.prepare(body=body, cko_idempotency_key=key), handle, retry_safe=True)
        return outcome_of_payment(self.table, response, handle, ran_three_ds=True, integrated=False)

    def authenticate(self, request: ScaPaymentRequest, callback_url: str | None = None) -> Flow[Outcome]:
        """Start a Sessions authentication ("Request a session"): 3DS before and apart from the
        payment. Hosted by default; non-hosted with ``callback_url``."""
        body = session_body(request, self.processing_channel_id, callback_url)
        # Sessions have no idempotency mechanism: never repeated (a lost answer leaves an unused session).
        handle = Handle(
            provider=PROVIDER,
            payment_id=None,
            reference=request.reference,
            idempotency_key="",
            step="session",
            data={"non_hosted": callback_url is not None},
        )
        response = yield Call(request_session.prepare(body=body), handle)
        parsed = expect(response, "requestSession", Session, SessionAccepted)
        return (yield from self._completed(outcome_of_session(self.table, parsed, handle.evolve(payment_id=parsed.id))))

    def status(self, handle: Handle) -> Flow[Outcome]:
        """One read: "Get payment details" (``GET /payments/{id}``), or "Get session details" for a
        Sessions authentication (a non-hosted one is then completed once final)."""
        if handle.payment_id is None:
            raise ValidationError("handle.payment_id", "missing: the payment was never created")
        if handle.step == "session":
            response = yield Call(get_session_details.prepare(handle.payment_id), handle, retry_safe=True)
            outcome = outcome_of_session(self.table, expect(response, "getSessionDetails", Session), handle)
            return (yield from self._completed(outcome))
        response = yield Call(get_payment_details.prepare(handle.payment_id), handle, retry_safe=True)
        details = expect(response, "getPaymentDetails", PaymentDetails)
        return outcome_of_details(self.table, details, handle, response)

    def _completed(self, outcome: Outcome) -> Flow[Outcome]:
        """A non-hosted session whose authentication is over is completed ("Complete a session"):
        Checkout.com then POSTs the result to the session's ``callback_url``. A session completed
        before (by another process) answers 403 ``update_not_allowed_due_to_state``: nothing to do."""
        session = outcome.raw
        actions = optional(getattr(session, "next_actions", None)) or []
        if not outcome.is_final or not outcome.handle.data.get("non_hosted") or "complete" not in actions:
            return outcome
        response = yield Call(complete_session.prepare(str(outcome.payment_id)), outcome.handle)
        if response.status_code != 204 and response.status_code != 403:
            raise error_of(response, "completeSession")
        return outcome

    def resume(self, handle: Handle, params: Mapping[str, str]) -> Flow[Outcome]:
        """After the redirect Checkout.com appends ``cko-session-id=sid_…`` to the return URL; the
        payment is read by that id ("Get payment details" takes ``pay_`` or ``sid_``) and must be
        the one in the handle, so a tampered return URL cannot swap in another payment."""
        sid = params.get("cko-session-id")
        if handle.step == "session" or not sid:
            return (yield from self.status(handle))
        if not SESSION_ID.match(sid):
            raise ValidationError("cko-session-id", "is not a Checkout.com session id (sid_…)")
        response = yield Call(get_payment_details.prepare(sid), handle, retry_safe=True)
        details: PaymentDetails = expect(response, "getPaymentDetails", PaymentDetails)
        if handle.payment_id is not None and details.id != handle.payment_id:
            raise ValidationError("cko-session-id", "belongs to another payment than this handle's")
        return outcome_of_details(self.table, details, handle, response)

    def recover(self, handle: Handle) -> Flow[Outcome]:
        """The real outcome of a payment whose answer was lost: a status read with its payment id,
        else a lookup by reference and idempotency key (see :func:`._recovery.lost_payment`).

        One outcome is not the payment's last word: a UPGRADE payment found declined 20154 (or
        another code the table upgrades) before the client's own 3DS retry was sent, on an account
        without Checkout.com's automatic retry. That retry needs the card, which a handle never
        holds, so this raises :class:`~scaretry.RepeatRequired`: ``pay(request,
        idempotency_key=handle.idempotency_key)`` gets the declined answer replayed under the same
        ``Cko-Idempotency-Key`` ("Idempotency") and sends the 3DS retry once, under its own derived
        key, so neither payment is ever made twice."""
        if handle.payment_id is not None:
            outcome = yield from self.status(handle)
        else:
            outcome = yield from lost_payment(self.table, handle)
        if self._upgrade_not_sent(outcome):
            raise RepeatRequired(
                "the payment was soft-declined for missing authentication and the client's own retry with 3DS "
                "was not sent (the answer was lost); pay again with the same key: "
                "client.pay(request, idempotency_key=handle.idempotency_key) replays the decline and retries "
                "once with 3DS, never a second payment",
                provider=PROVIDER,
                handle=outcome.handle,
            )
        return outcome

    def _upgrade_not_sent(self, outcome: Outcome) -> bool:
        """A declined first attempt of a payment the client would still retry with 3DS."""
        handle = outcome.handle
        return (
            handle.data.get(UPGRADE_HERE) is True
            and not handle.upgraded
            and "declined_payment_id" not in handle.data
            and outcome.state is State.DECLINED
            and outcome.decline is not None
            and self.table.lookup(outcome.decline.code).decision is Decision.UPGRADE
        )

    def _payment_handle(self, request: ScaPaymentRequest, key: str, *, upgrades_here: bool = False) -> Handle:
        # recover() must know whether pay() would retry a 20154 with 3DS itself (an account without
        # the automatic retry): that retry needs the card, which no handle holds.
        data = {UPGRADE_HERE: True} if upgrades_here else {}
        return Handle(
            provider=PROVIDER,
            payment_id=None,
            reference=request.reference,
            idempotency_key=key,
            step="payment",
            data=data,
        )

    # -- webhooks -------------------------------------------------------------------------------

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        """Verify ``Cko-Signature`` (hex HMAC-SHA256 of the raw body, keyed with the webhook's
        signature key) before parsing anything, then map the event onto an Outcome."""
        event = verified_event(self.config.webhook_signature_key, headers, body)
        return outcome_of_event(self.table, event)

    def notification_id(self, notification: Outcome) -> str | None:
        """The event id (``evt_…``): Checkout.com delivers at least once, the id says a redelivery."""
        event = notification.raw
        return event.id if isinstance(event, WebhookEvent) else None

    def notification_keys(self, handle: Handle) -> frozenset[str]:
        """The payment id: the one identifier both a waiter's handle and a gateway event carry."""
        return frozenset({handle.payment_id} if handle.payment_id else ())
