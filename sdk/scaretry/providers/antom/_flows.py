"""Antom's flows as a sans-I/O description: the :class:`AntomAdapter`.

Antom upgrades natively ("Antom 3DS-Retry", docs.antom.com/ac/pm/3ds_retry): the adapter sets the
two flags of Antom's decision table (:mod:`._requests`) and reads the answer (:mod:`._outcomes`).
After a redirect Antom sends the buyer back to ``paymentRedirectUrl`` unchanged; inquiryPayment is
the poll, by ``paymentId`` or, before one is known, by ``paymentRequestId``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import ClassVar
from urllib.parse import urlsplit

import httpx
from cryptography.hazmat.primitives import serialization
from scaretry_antom.api.payments import create_payment_session, inquiry_payment, pay
from scaretry_antom.client import Client as AntomApi
from scaretry_antom.errors import UnparseableResponse
from scaretry_antom.models import CreatePaymentSessionRequest, InquiryPaymentRequest, PayRequest

from scaretry._adapter import Adapter, Call, Capabilities, Flow, RawResponse
from scaretry._errors import ConfigurationError, RepeatRequired, UnsupportedError, ValidationError
from scaretry._handle import Handle
from scaretry._notifications import Acknowledgement
from scaretry._outcome import Outcome
from scaretry._request import Card, PaymentRequest, ThreeDSMode
from scaretry._tables import DeclineTable
from scaretry.providers.antom._auth import AntomAuth
from scaretry.providers.antom._config import PROVIDER, AntomConfig
from scaretry.providers.antom._notifications import NOTIFY_ACK, read_notification
from scaretry.providers.antom._outcomes import (
    UNANSWERED,
    action_unknown,
    never_received,
    outcome_never_received,
    outcome_of_payment,
    outcome_of_status,
    session_handle,
)
from scaretry.providers.antom._requests import pay_body, session_body
from scaretry.providers.antom._session import PaymentSession, SessionScene

__all__ = ["AntomAdapter"]


class AntomAdapter(Adapter[AntomConfig]):
    """Antom's flows: pay, status, resume, payment sessions, notifications (see the module docstring)."""

    provider: ClassVar[str] = PROVIDER
    capabilities: ClassVar[Capabilities] = Capabilities(
        three_ds_modes=frozenset(ThreeDSMode), native_upgrade=True, sessions=True, webhooks=True, collects_cards=True
    )
    unparseable: ClassVar[type[Exception]] = UnparseableResponse

    def __init__(self, config: AntomConfig) -> None:
        super().__init__(config)
        self.table = DeclineTable.load(PROVIDER, config.decline_overrides)

    # -- transport ---------------------------------------------------------------------------------

    def make_api(self, base_url: str) -> AntomApi:
        return AntomApi(base_url=base_url)

    def auth(self) -> AntomAuth:
        config = self.config
        return AntomAuth(config.client_id, config.private_key, config.antom_public_key, config.key_version)

    def handle_secret(self) -> bytes:
        return self.config.private_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def still_processing(self, response: httpx.Response) -> bool:
        """A U answer other than ``PAYMENT_IN_PROCESS`` (typically ``UNKNOWN_EXCEPTION``): Antom knows
        no state to tell yet, and its documented remedy is to send the same request again ("API
        fundamentals": U means inquire or retry with the same ``paymentRequestId``; a repeated pay
        returns the payment's result, never a second payment; an inquiry is a read). The transport
        replays it, with the retry policy's backoff, within its time budget (default 60 s), so that
        an upgrade's ``normalUrl`` is not lost behind an unknown answer: inquiryPayment never gives
        it back. What stays unknown after that is returned as PROCESSING (see :meth:`pay`)."""
        if response.status_code != 200:
            return False
        try:
            result = json.loads(response.content)["result"]
            return bool(result["resultStatus"] == "U" and result["resultCode"] != "PAYMENT_IN_PROCESS")
        except (ValueError, KeyError, TypeError, RecursionError):
            return False

    def request_id(self, response: RawResponse) -> str | None:
        """Antom has no per-request id; its answers echo the merchant's ``paymentRequestId``."""
        value = getattr(response.parsed, "payment_request_id", None)
        return value if isinstance(value, str) else None

    # inquiryPayment is a read; pay and createPaymentSession are idempotent on their paymentRequestId
    # (Antom: resending the same request returns the same result): all three are safe to repeat.
    # Client-Id, Request-Time and Signature are set by AntomAuth once the exact bytes are known.

    def _pay(self, body: PayRequest, handle: Handle) -> Call:
        return Call(pay.prepare(body=body), handle, retry_safe=True)

    def _inquiry(self, body: InquiryPaymentRequest, handle: Handle) -> Call:
        return Call(inquiry_payment.prepare(body=body), handle, retry_safe=True)

    def _create_session(self, body: CreatePaymentSessionRequest, handle: Handle) -> Call:
        return Call(create_payment_session.prepare(body=body), handle, retry_safe=True)

    # -- requests ----------------------------------------------------------------------------------

    def check(self, request: PaymentRequest) -> None:
        """Refuse what Antom cannot do, and merchant-initiated payments Antom cannot recognise."""
        super().check(request)
        if not request.customer_initiated:
            if not request.previous_payment_id:
                raise ValidationError(
                    "previous_payment_id",
                    "a merchant-initiated Antom payment needs the scheme's networkTransactionId of the "
                    "customer-initiated payment (paymentResultInfo.networkTransactionId)",
                )
            if request.three_ds is ThreeDSMode.ALWAYS:
                raise UnsupportedError("antom: a merchant-initiated payment cannot run 3DS (no cardholder is there)")

    def new_idempotency_key(self, request: PaymentRequest) -> str:
        """A ``paymentRequestId``: made once per logical payment, reused by every retry (≤ 64 chars)."""
        return f"scr_{uuid.uuid4().hex}"

    # -- flows -------------------------------------------------------------------------------------

    def pay(self, request: PaymentRequest, idempotency_key: str) -> Flow[Outcome]:
        """pay (One-time Payments, docs.antom.com/ac/ams/payment_cashier): S is AUTHORIZED, F
        DECLINED, U ``PAYMENT_IN_PROCESS`` with a redirect ACTION_REQUIRED (a challenge, or in
        UPGRADE mode Antom 3DS-Retry's upgrade). A U answer that says nothing (``UNKNOWN_EXCEPTION``)
        is resent by the transport (:meth:`still_processing`); if it is still unknown when the retry
        budget is spent, the outcome is PROCESSING with ``provider_status`` saying so: call ``pay``
        again with the same ``idempotency_key`` (the same payment, never a second) to get its action
        (Antom's "Idempotency" page: a retry after a time-out completes the action once, and a
        repeated ``paymentRequestId`` returns the payment's result)."""
        self.check(request)
        handle = _first_handle(request, idempotency_key, "pay")
        if request.source is None:  # hosted card integration: Antom's page collects the card
            handle = handle.evolve(data={**handle.data, "card_page": True})
        body = pay_body(request, idempotency_key, self.config.notify_url)
        response = yield self._pay(body, handle)
        return outcome_of_payment(response, handle, self.table)

    def status(self, handle: Handle) -> Flow[Outcome]:
        """inquiryPayment, by ``paymentId`` when the handle has one, else by ``paymentRequestId``.

        PROCESSING with a ``redirectActionForm`` before the buyer came back is ACTION_REQUIRED; else
        the redirect pay gave (kept in the handle) is given back. For a pay whose answer was lost or
        unknown, F ``ORDER_NOT_EXIST`` is PROCESSING with that ``provider_status``: its request may
        still be in flight."""
        self.own(handle)
        if handle.payment_id:
            body = InquiryPaymentRequest(payment_id=handle.payment_id)
        else:
            body = InquiryPaymentRequest(payment_request_id=handle.idempotency_key)
        response = yield self._inquiry(body, handle)
        return outcome_of_status(response, handle, self.table)

    def recover(self, handle: Handle) -> Flow[Outcome]:
        """inquiryPayment by ``paymentRequestId``: the payment as Antom holds it, with the buyer's
        redirect when the handle or the inquiry has it.

        - Antom never received it (F ``ORDER_NOT_EXIST`` for a pay whose answer was lost or said
          nothing): FAILED, ``payment_id=None``, ``provider_status="ORDER_NOT_EXIST"``. Pay again
          with the same ``idempotency_key``, never a new one (a request still in flight could yet
          create it; the same key returns it instead of charging twice).
        - Antom holds it PROCESSING (the buyer has not acted) but neither the handle nor the inquiry
          has the redirect (pay's answer was lost, or said nothing): raises
          :class:`~scaretry.RepeatRequired` saying so. inquiryPayment has no ``normalUrl``; the
          recovery is the repeat Antom's "Idempotency" page documents (docs.antom.com/ac/ams/idempotency),
          ``pay(request, idempotency_key=handle.idempotency_key)``, which returns this payment with
          its redirect, never a second one. Neither a final state nor a PROCESSING that would leave
          the buyer unredirected until the payment expires unpaid.
        """
        self.own(handle)
        response = yield self._inquiry(InquiryPaymentRequest(payment_request_id=handle.idempotency_key), handle)
        if handle.step in UNANSWERED and not handle.payment_id and never_received(response):
            return outcome_never_received(response, handle)
        outcome = outcome_of_status(response, handle, self.table)
        if action_unknown(outcome):
            raise RepeatRequired(
                "the payment exists and waits for the customer (inquiryPayment: PROCESSING), but the "
                "redirect was in a pay answer that was lost or said nothing, and Antom's inquiry does not give "
                "it back; pay again with the same key: client.pay(request, idempotency_key=handle.idempotency_key) "
                "returns this payment with its redirect, never a second one",
                provider=PROVIDER,
                handle=handle,
            )
        return outcome

    def resume(self, handle: Handle, params: Mapping[str, str]) -> Flow[Outcome]:
        """Antom sends the buyer back to ``paymentRedirectUrl`` as it was given, with nothing added;
        the result is read with inquiryPayment. From now on PROCESSING means "the bank is answering",
        not "the customer must still act"."""
        self.own(handle)
        if handle.step == "customer_action":
            handle = handle.evolve(step="returned")
        return (yield from self.status(handle))

    def create_session(
        self, request: PaymentRequest, key: str, scene: SessionScene = SessionScene.ELEMENT
    ) -> Flow[PaymentSession]:
        """createPaymentSession (docs.antom.com/ac/ams/session_cashier): Antom's front end collects the
        card, so raw card data is refused; a new buyer has no ``source``, a returning one's
        :class:`~scaretry.CardToken` is offered as the saved card. The 3DS flags follow the same
        decision table as pay, for the payment the buyer makes in the session."""
        self.check(request)
        if isinstance(request.source, Card):
            raise ValidationError(
                "source",
                "a payment session collects the card in Antom's front end: pass no source (a new buyer) "
                "or a CardToken (a saved card offered to the buyer), not card data",
            )
        handle = _first_handle(request, key, "session")
        response = yield self._create_session(session_body(request, key, scene.value, self.config.notify_url), handle)
        parsed, handle = session_handle(response, handle)
        session_id, data = str(parsed.payment_session_id), str(parsed.payment_session_data)
        expiry, url = handle.data.get("session_expires_at"), parsed.normal_url
        return PaymentSession(
            session_id, data, expiry if isinstance(expiry, str) else None, url or None, handle, parsed
        )

    # -- notifications -----------------------------------------------------------------------------

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        """notifyPayment, verified over the path of the ``notify_url`` the client was given."""
        if not self.config.notify_url:
            raise ConfigurationError(
                "antom: a notification is signed over the path of your notify URL; give the client "
                "notify_url=..., or pass path= to parse_webhook"
            )
        parts = urlsplit(self.config.notify_url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        return self.parse_notification(headers, body, path)

    def parse_notification(self, headers: Mapping[str, str], body: bytes, path: str) -> Outcome:
        """Verify a notifyPayment delivered at ``path`` and turn it into an Outcome.
        ``handle.idempotency_key`` is the ``paymentRequestId``: match it with the handle you stored."""
        config = self.config
        return read_notification(
            headers,
            body,
            path,
            client_id=config.client_id,
            antom_public_key=config.antom_public_key,
            table=self.table,
            tolerance=config.notification_tolerance,
        )

    def notification_id(self, notification: Outcome) -> str | None:
        """None: notifyPayment carries no event id, so the inbox recognises a redelivery by the
        SHA-256 of its body (Antom resends the same signed bytes)."""
        return None

    def notification_keys(self, handle: Handle) -> frozenset[str]:
        """``paymentId`` and ``paymentRequestId``: a notification carries both, and a waiter knows
        at least the ``paymentRequestId`` (a payment session's handle knows only that)."""
        return frozenset(key for key in (handle.payment_id, handle.idempotency_key) if key)

    def acknowledgement(self) -> Acknowledgement:
        """Antom's fixed result body with HTTP 200 (notifyPayment, "Response parameters"); any other
        answer makes Antom deliver the notification again."""
        return Acknowledgement(200, NOTIFY_ACK, {"Content-Type": "application/json"})


def _first_handle(request: PaymentRequest, key: str, step: str) -> Handle:
    """The handle of a payment before Antom has answered: its ``paymentRequestId`` finds it."""
    data = {"mode": request.three_ds.value, "initiator": request.initiator.value}
    return Handle(
        provider=PROVIDER, payment_id=None, reference=request.reference, idempotency_key=key, step=step, data=data
    )
