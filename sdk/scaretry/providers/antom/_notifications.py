"""Antom's notifyPayment (docs.antom.com/ac/ams/paymentrn_online): verified, then read as an Outcome.

Antom signs a notification like a request, over the path of the merchant's notify URL:
``POST <path>\\n<Client-Id>.<Request-Time>.<raw body>``, with its own key. The merchant answers
HTTP 200 with a fixed result body (:data:`NOTIFY_ACK`); anything else makes Antom deliver again.
A notification carries no event id: a redelivery is recognised by its body (the inbox hashes it).

Antom documents no freshness rule; a genuinely signed notification can be replayed at any time, so
a ``Request-Time`` more than the configured tolerance (default 300 s) away from now is refused.
``Request-Time`` is ISO 8601 (an offset, or none for UTC) or epoch milliseconds, the two forms
Antom's pages show.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping

from cryptography.hazmat.primitives.asymmetric import rsa
from scaretry_antom.models import NotifyPaymentRequest

from scaretry._errors import SignatureError, UnexpectedResponse
from scaretry._outcome import Outcome
from scaretry._tables import DeclineTable
from scaretry.providers.antom._config import PROVIDER
from scaretry.providers.antom._keys import signed_content, verifies
from scaretry.providers.antom._outcomes import outcome_of_notification

__all__ = ["NOTIFY_ACK", "read_notification"]

#: The acknowledgement Antom expects from the merchant's notify URL (HTTP 200, this fixed body, no
#: signature); anything else makes Antom send the notification again.
NOTIFY_ACK = b'{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}'


def read_notification(
    headers: Mapping[str, str],
    body: bytes,
    path: str,
    *,
    client_id: str,
    antom_public_key: rsa.RSAPublicKey,
    table: DeclineTable,
    tolerance: float | None,
) -> Outcome:
    """Verify a notifyPayment delivered at ``path`` (the path of your notify URL as Antom called it)
    and turn it into an Outcome; :class:`~scaretry.SignatureError` if it is not Antom's or is older
    than ``tolerance`` seconds, :class:`~scaretry.UnexpectedResponse` if it is not a notification."""
    lowered = {k.lower(): v for k, v in headers.items()}
    signature, when = lowered.get("signature"), lowered.get("request-time")
    sender = lowered.get("client-id")
    if not signature or not when or sender != client_id:
        raise SignatureError("notification without a valid Signature, Request-Time or our Client-Id", provider=PROVIDER)
    if not verifies(antom_public_key, signature, signed_content("POST", path, client_id, when, body)):
        raise SignatureError("the notification's signature does not verify with Antom's public key", provider=PROVIDER)
    if tolerance is not None:
        sent = _sent_at(when)
        if sent is None:
            raise SignatureError("the notification's Request-Time is not a time", provider=PROVIDER)
        off = abs((dt.datetime.now(dt.UTC) - sent).total_seconds())
        if off > tolerance:
            raise SignatureError(
                f"the notification was signed {off:.0f} s away from now (tolerance {tolerance:g} s): a replay",
                provider=PROVIDER,
            )
    try:
        notice = NotifyPaymentRequest.from_dict(json.loads(body))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise UnexpectedResponse(
            f"notifyPayment: not a notification ({type(exc).__name__})", provider=PROVIDER, body=body
        ) from None
    return outcome_of_notification(notice, table)


def _sent_at(value: str) -> dt.datetime | None:
    """``Request-Time`` as an aware datetime: epoch milliseconds, or ISO 8601 (no offset: UTC)."""
    text = value.strip()
    try:
        if text.isascii() and text.isdigit():
            return dt.datetime.fromtimestamp(int(text) / 1000, dt.UTC)
        sent = dt.datetime.fromisoformat(text)
    except (ValueError, OverflowError, OSError):
        return None
    return sent if sent.tzinfo is not None else sent.replace(tzinfo=dt.UTC)
