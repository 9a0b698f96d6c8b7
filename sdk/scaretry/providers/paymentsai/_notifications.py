"""Payments AI's webhooks: verification and mapping onto an :class:`~scaretry.Outcome`.

The envelope is ``{deduplicationId, type, organizationId, metadata: Transaction}`` ("Webhooks
overview", https://api-docs.payments.ai/docs/api/webhooks/overview; "Transaction events",
https://api-docs.payments.ai/docs/api/webhooks/events/transactions). The docs say the raw body is
signed with HMAC-SHA256 keyed with the webhook secret in "a signature header", without naming it:
this client reads lowercase hex in ``X-Signature`` (``specs/paymentsai.yaml`` marks the choice).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

import attrs
from scaretry_paymentsai.models import Transaction, WebhookEvent, WebhookEventType
from scaretry_paymentsai.types import Unset

from scaretry._adapter import parsed_notification, same_signature
from scaretry._errors import SignatureError, UnexpectedResponse
from scaretry._handle import Handle
from scaretry._outcome import Outcome, State
from scaretry._tables import DeclineTable
from scaretry.providers.paymentsai._config import PROVIDER
from scaretry.providers.paymentsai._outcomes import outcome_of_transaction
from scaretry.providers.paymentsai._requests import REFERENCE_KEY

__all__ = ["STEP", "deduplication_id", "outcome_of_event", "verified_event"]

#: The handle's step: Payments AI has one object to follow, the transaction.
STEP = "transaction"
#: The events whose metadata is a transaction ("Transaction events").
_TRANSACTION_EVENTS = frozenset(
    {WebhookEventType.TRANSACTION_PROCESSED.value, WebhookEventType.TRANSACTION_DECLINED.value}
)


def verified_event(headers: Mapping[str, str], body: bytes, secret: str) -> WebhookEvent:
    """The event in ``body`` once ``X-Signature`` verifies over the raw bytes (headers lowercased)."""
    given = headers.get("x-signature", "")
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    if not same_signature(expected, given.lower()):
        raise SignatureError("webhook X-Signature is missing or does not match the body", provider=PROVIDER, body=body)
    return parsed_notification(PROVIDER, body, WebhookEvent.from_dict, "a Payments AI event")


def outcome_of_event(event: WebhookEvent, organization_id: str, table: DeclineTable, body: bytes) -> Outcome:
    """The outcome a verified event reports, with a handle that finds its transaction again (in the
    event's organization, else ``organization_id``); ``raw`` is the event: its ``deduplicationId``
    recognises a redelivery, its ``metadata`` is the transaction.

    An event that is not about a transaction (``subscription-…``, or a type this client does not
    know) is surfaced, never dropped and never acted on: PROCESSING, its type in
    ``provider_status``. A transaction event whose ``metadata`` is not a transaction is an
    :class:`~scaretry.UnexpectedResponse`.
    """
    organization = event.organization_id if isinstance(event.organization_id, str) else organization_id
    txn = event.metadata
    kind = str(event.type_)
    if kind not in _TRANSACTION_EVENTS:
        payment_id = txn.id if isinstance(txn, Transaction) else None
        handle = Handle(PROVIDER, payment_id, "", "", STEP, data={"organization_id": organization})
        return Outcome(State.PROCESSING, PROVIDER, payment_id, kind, handle, raw=event)
    if not isinstance(txn, Transaction):
        raise UnexpectedResponse(
            f"webhook {kind}: metadata is not a transaction (id, status, result)", provider=PROVIDER, body=body
        )
    metadata = None if isinstance(txn.metadata, Unset) else txn.metadata
    reference = metadata.additional_properties.get(REFERENCE_KEY, "") if metadata is not None else ""
    handle = Handle(
        provider=PROVIDER,
        payment_id=txn.id,
        reference=str(reference),
        idempotency_key="",
        step=STEP,
        data={"organization_id": organization},
    )
    return attrs.evolve(outcome_of_transaction(txn, handle, table), raw=event)


def deduplication_id(outcome: Outcome) -> str | None:
    """The event's ``deduplicationId`` ("the same value is re-sent on retries"), for a notified
    outcome; None without one (the inbox then recognises a redelivery by its body)."""
    event = outcome.raw
    if isinstance(event, WebhookEvent) and isinstance(event.deduplication_id, str):
        return event.deduplication_id
    return None
