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

from scaretry_pxp.models import AuthenticationEvent, Transaction, TransactionEvent

from scaretry._adapter import same_signature
from scaretry._errors import ConfigurationError, SignatureError, UnexpectedResponse, UnsupportedError
from scaretry._handle import Handle
from scaretry._outcome import Outcome
from scaretry._tables import DeclineTable
from scaretry.providers.pxp import _handles as keys
from scaretry.providers.pxp._config import PROVIDER, PXPConfig
from scaretry.providers.pxp._handles import Step
from scaretry.providers.pxp._outcomes import outcome_of_authentication, outcome_of_transaction

__all__ = ["parse_notification"]


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
    success: the stored handle continues the payment). ``Token`` and ``Reporting`` events are not
    about a payment: UnsupportedError."""
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
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise UnexpectedResponse(
            f"webhook body does not parse ({type(exc).__name__})", provider=PROVIDER, request_id=request_id, body=body
        ) from None
    raise UnsupportedError(f"pxp: {category!r} events are not about a payment")


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
