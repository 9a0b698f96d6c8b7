"""Checkout.com's webhooks: ``Cko-Signature`` verification and the event → :class:`~scaretry.Outcome`.

"Webhooks › Set up your webhook receiver": the signature is the hex HMAC-SHA256 of the raw body,
keyed with the webhook's signature key; "Webhook event types" lists the gateway events.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from scaretry_checkout.models import ThreeDSData, WebhookEvent, WebhookEventType

from scaretry._adapter import parsed_notification, same_signature
from scaretry._errors import ConfigurationError, SignatureError
from scaretry._handle import Handle
from scaretry._outcome import Outcome, State
from scaretry._tables import DeclineTable, StatusMap
from scaretry.providers.checkout._config import PROVIDER
from scaretry.providers.checkout._outcomes import decline, optional, text, three_ds_result

__all__ = ["EVENT_TYPE", "outcome_of_event", "verified_event"]

#: Gateway event type → state. ``payment_authentication_failed`` with 20152 ("not completed within
#: 15 minutes") is EXPIRED (see :func:`outcome_of_event`).
EVENT_TYPE = StatusMap(
    WebhookEventType,
    {
        WebhookEventType.PAYMENT_APPROVED: State.AUTHORIZED,
        WebhookEventType.PAYMENT_CAPTURED: State.AUTHORIZED,
        WebhookEventType.CARD_VERIFIED: State.AUTHORIZED,
        WebhookEventType.PAYMENT_DECLINED: State.DECLINED,
        WebhookEventType.CARD_VERIFICATION_DECLINED: State.DECLINED,
        WebhookEventType.PAYMENT_AUTHENTICATION_FAILED: State.DECLINED,
        WebhookEventType.PAYMENT_EXPIRED: State.EXPIRED,
        WebhookEventType.PAYMENT_CANCELED: State.CANCELED,
        WebhookEventType.PAYMENT_VOIDED: State.CANCELED,
        WebhookEventType.PAYMENT_PENDING: State.PROCESSING,
    },
)
_NOT_COMPLETED_IN_TIME = "20152"


def verified_event(signature_key: str | None, headers: Mapping[str, str], body: bytes) -> WebhookEvent:
    """The event, once ``Cko-Signature`` verified over the raw ``body`` (``headers`` lower-cased)."""
    if not signature_key:
        raise ConfigurationError("checkout: webhook_signature_key is needed to verify webhooks")
    signature = headers.get("cko-signature", "")
    expected = hmac.new(signature_key.encode(), body, hashlib.sha256).hexdigest()
    if not same_signature(expected, signature.lower()):
        raise SignatureError("webhook Cko-Signature does not verify", provider=PROVIDER, body=body)
    return parsed_notification(PROVIDER, body, WebhookEvent.from_dict, "a Checkout.com event")


def outcome_of_event(table: DeclineTable, event: WebhookEvent) -> Outcome:
    """A gateway event as the outcome of its payment; an event type the spec does not know reads
    PROCESSING with the type in ``provider_status``."""
    data = event.data
    code = text(data.response_code)
    three_ds: ThreeDSData | None = optional(data.field_3ds)
    upgraded = three_ds is not None and text(three_ds.upgrade_reason) == "sca_retry"
    state = EVENT_TYPE.state(event.type_)
    if event.type_ == WebhookEventType.PAYMENT_AUTHENTICATION_FAILED and code == _NOT_COMPLETED_IN_TIME:
        state = State.EXPIRED
    handle = Handle(
        provider=PROVIDER,
        payment_id=data.id,
        reference=text(data.reference) or "",
        idempotency_key="",
        step="payment",
        upgraded=upgraded,
    )
    return Outcome(
        state=state,
        provider=PROVIDER,
        payment_id=data.id,
        provider_status=str(event.type_),
        handle=handle,
        upgraded=upgraded,
        decline=decline(table, code, text(data.response_summary)) if state in (State.DECLINED, State.EXPIRED) else None,
        three_ds=three_ds_result(table, three_ds, text(data.eci)) if three_ds is not None else None,
        raw=event,
    )
