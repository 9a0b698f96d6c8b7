"""What makes a notification authentic, per provider, so that a mutated body can be signed again
and reach the parser (an unsigned one stops at the signature check), and what a notification of an
authorised payment says, from each provider's webhook documentation.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from scaretry.sandbox._credentials import ANTOM, CHECKOUT, PAYMENTSAI, PXP
from scaretry.sandbox.providers.antom.signing import sandbox_signature

__all__ = ["AUTHORISED", "SIGNERS"]

Signer = Callable[[Mapping[str, str], bytes, str], dict[str, str]]


def _hex(key: str, body: bytes) -> str:
    return hmac.new(key.encode(), body, hashlib.sha256).hexdigest()


def _checkout(headers: Mapping[str, str], body: bytes, path: str) -> dict[str, str]:
    """Cko-Signature: hex HMAC-SHA256 of the body ("Receive webhooks", Checkout.com)."""
    return {**headers, "cko-signature": _hex(CHECKOUT["webhook_signature_key"], body)}


def _paymentsai(headers: Mapping[str, str], body: bytes, path: str) -> dict[str, str]:
    return {**headers, "x-signature": _hex(PAYMENTSAI["webhook_secret"], body)}


def _pxp(headers: Mapping[str, str], body: bytes, path: str) -> dict[str, str]:
    """X-Signature: base64 HMAC-SHA256 over request id, timestamp and body (PXP webhooks)."""
    request_id, timestamp = str(uuid.uuid4()), str(int(time.time()))
    digest = hmac.new(PXP["webhook_hash_key"].encode(), f"{request_id}{timestamp}".encode() + body, hashlib.sha256)
    signature = base64.b64encode(digest.digest()).decode()
    return {**headers, "x-request-id": request_id, "x-signature-timestamp": timestamp, "x-signature": signature}


def _antom(headers: Mapping[str, str], body: bytes, path: str) -> dict[str, str]:
    """RSA256 over ``POST <path>\\n<Client-Id>.<Request-Time>.<body>`` ("Sign a request", Antom)."""
    when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    signature = sandbox_signature("POST", path, ANTOM["client_id"], when, body)
    return {**headers, "client-id": ANTOM["client_id"], "request-time": when, "signature": signature}


SIGNERS: dict[str, Signer] = {"antom": _antom, "checkout": _checkout, "paymentsai": _paymentsai, "pxp": _pxp}


def _at(value: Any, *path: str) -> Any:
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


AUTHORISED: dict[str, Callable[[Any], bool]] = {
    "antom": lambda body: _at(body, "notifyType") == "PAYMENT_RESULT" and _at(body, "result", "resultStatus") == "S",
    "checkout": lambda body: _at(body, "type") in ("payment_approved", "payment_captured", "card_verified"),
    "paymentsai": lambda body: _at(body, "metadata", "result") == "approved",
    "pxp": lambda body: _at(body, "eventData", "state") in ("Authorised", "Captured"),
}


def loads(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None
