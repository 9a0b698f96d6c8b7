"""PXP's webhooks ("About webhooks"): verified, then mapped to an :class:`~scaretry.Outcome`.

PXP signs each delivery: ``X-Signature`` is base64(HMAC(hash key, ``X-Request-Id`` +
``X-Signature-Timestamp`` + raw body)). The docs say only "HMAC": SHA-256 and a Unix-seconds
timestamp are the spec's assumption. A delivery signed more than ``webhook_tolerance`` seconds
from now is refused (replay protection).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Mapping

from scaretry_pxp.models import (
    Authentication,
    AuthenticationEvent,
    ReportingEvent,
    TokenEvent,
    Transaction,
    TransactionEvent,
)

from scaretry._adapter import same_signature
from scaretry._errors import ConfigurationError, SignatureError, UnexpectedResponse
from scaretry._handle import Handle
from scaretry._outcome import Outcome, State
from scaretry._tables import DeclineTable
from scaretry.providers.pxp import _handles as keys
from scaretry.providers.pxp._config import PROVIDER, PXPConfig
from scaretry.providers.pxp._handles import Step
from scaretry.providers.pxp._outcomes import outcome, outcome_of_authentication, outcome_of_transaction

__all__ = ["notification_id", "notification_keys", "parse_notification"]

#: The event categories PXP documents that are not about a payment, by their model.
_OTHER_EVENTS: dict[str, type[TokenEvent] | type[ReportingEvent]] = {"Token": TokenEvent, "Reporting": ReportingEvent}


def _verify(config: PXPConfig, headers: Mapping[str, str], body: bytes) -> str:
    """The delivery's ``X-Request-Id`` once its signature and timestamp verify; SignatureError else."""
    if not config.webhook_hash_key:
        raise ConfigurationError("pxp: webhook_hash_key is required to verify webhooks")
    request_id = headers.get("x-request-id", "")
    timestamp = headers.get("x-signature-timestamp", "")
    signature = headers.get("x-signature", "")
    if not (request_id and timestamp and signature):
        raise SignatureError("webhook without X-Request-Id, X-Signature-Timestamp or X-Signature", provider=PROVIDER)
    signed = f"{request_id}{timestamp}".encode("utf-8", "replace") + body
    digest = hmac.new(config.webhook_hash_key.encode(), signed, hashlib.sha256).digest()
    if not same_signature(base64.b64encode(digest).decode(), signature):
        raise SignatureError("webhook signature does not verify", provider=PROVIDER, request_id=request_id)
    tolerance = config.webhook_tolerance
    if tolerance is not None and (
        not timestamp.isascii() or not timestamp.isdigit() or abs(time.time() - int(timestamp)) > tolerance
    ):
        raise SignatureError("webhook timestamp outside the tolerance", provider=PROVIDER, request_id=request_id)
    return request_id


def parse_notification(config: PXPConfig, table: DeclineTable, headers: Mapping[str, str], body: bytes) -> Outcome:
    """Verify a PXP webhook and map it: a ``Transaction`` event is the transaction's outcome (its
    handle reads the transaction), an ``Authentication`` event the authentication's (PROCESSING on
    success: the stored handle continues the payment). Any other event (``Token``, ``Reporting``, a
    category PXP adds) is not about a payment: surfaced as PROCESSING with ``provider_status``
    ``<category>:<eventCode>`` and a handle no payment waits on, never dropped, never acted on."""
    request_id = _verify(config, headers, body)
    try:
        event = json.loads(body)
        category = event.get("eventCategory")
        if category == "Transaction":
            return _transaction_event(table, TransactionEvent.from_dict(event).event_data)
        if category == "Authentication":
            auth = AuthenticationEvent.from_dict(event).event_data
            data = {keys.AUTHENTICATION_ID: auth.authentication_id}
            handle = Handle(PROVIDER, None, "", "", step=Step.AUTHENTICATION, data=data)
            return outcome_of_authentication(table, auth, handle)
        code = event.get("eventCode")
        if not isinstance(category, str) or not isinstance(code, str | None):
            raise TypeError("eventCategory and eventCode are strings")
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        # Not _adapter.parsed_notification: this error carries the delivery's X-Request-Id, and the
        # guard covers reading the event's data by its category, not only the JSON.
        raise UnexpectedResponse(
            f"webhook body does not parse ({type(exc).__name__}: {str(exc)[:80]})",
            provider=PROVIDER,
            request_id=request_id,
            body=body,
        ) from None
    model = _OTHER_EVENTS.get(category)
    raw = model.from_dict(event) if model is not None else event
    handle = Handle(PROVIDER, None, "", "", step=Step.EVENT)
    return outcome(State.PROCESSING, handle, f"{category}:{code or ''}", raw)


def _transaction_event(table: DeclineTable, transaction: Transaction) -> Outcome:
    merchant_transaction_id = transaction.merchant_transaction_id
    base = merchant_transaction_id.removesuffix(keys.THREE_DS_SUFFIX)
    handle = Handle(
        PROVIDER,
        transaction.system_transaction_id,
        base,
        base,
        step=Step.TRANSACTION,
        upgraded=merchant_transaction_id != base,
        data={keys.MERCHANT_TRANSACTION_ID: merchant_transaction_id},
    )
    return outcome_of_transaction(table, transaction, handle)


def notification_id(notification: Outcome) -> str | None:
    """PXP's de-duplication key ("About webhooks": the event code and the transaction's id): what
    the event is about and the state it reports; None for events not about a payment."""
    raw = notification.raw
    if isinstance(raw, Transaction):
        return f"transaction:{raw.system_transaction_id}:{raw.state}"
    if isinstance(raw, Authentication):
        return f"authentication:{raw.authentication_id}:{raw.state}"
    return None


def notification_keys(handle: Handle) -> frozenset[str]:
    """Where a notification about a payment is kept, and where a waiter on it looks: the
    ``merchantTransactionId`` the handle stands at and the authentication it runs.

    Not the base id of an upgraded payment, nor its ``systemTransactionId``: mid-upgrade a handle
    still carries the refused transaction's id, and its (final) refusal must not end the wait for
    the re-authorisation ``<base>-3ds``."""
    found = set()
    if merchant_transaction_id := handle.data.get(keys.MERCHANT_TRANSACTION_ID):
        found.add(f"transaction:{merchant_transaction_id}")
    if authentication_id := handle.data.get(keys.AUTHENTICATION_ID):
        found.add(f"authentication:{authentication_id}")
    return frozenset(found)
