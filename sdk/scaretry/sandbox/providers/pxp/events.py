"""PXP's webhooks ("About webhooks"): ``WebhookEvent`` envelopes for transactions and completed
challenges, signed with the published hash key: base64 HMAC-SHA256 over
``X-Request-Id + X-Signature-Timestamp + body``."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Mapping
from typing import Any

from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.sandbox._provider import ProviderApp
from scaretry.sandbox.providers.pxp.authentications import FINAL_STATES, Authentication, authentication_body
from scaretry.sandbox.providers.pxp.transactions import now_iso

__all__ = ["Events"]

_EVENT_CODES = {
    "Authorised": "transaction-authorised",
    "Captured": "transaction-captured",
    "Refused": "transaction-refused",
    "Error": "transaction-error",
}


def _owner() -> dict[str, str]:
    return {
        "merchantGroup": CREDENTIALS["merchant_group"],
        "merchant": CREDENTIALS["merchant"],
        "site": CREDENTIALS["site"],
    }


class Events:
    def __init__(self, app: ProviderApp) -> None:
        self.app = app

    def transaction(self, transaction: Mapping[str, Any]) -> None:
        code = _EVENT_CODES.get(transaction["state"])
        if code is not None:
            event = {"eventCategory": "Transaction", "eventCode": code, "eventData": dict(transaction)}
            self._send(event, subject=transaction["merchantTransactionId"])

    def authentication(self, auth: Authentication) -> None:
        if auth.challenged and auth.state in FINAL_STATES:
            data = authentication_body(auth, None)
            event = {"eventCategory": "Authentication", "eventCode": "challenge-completed", "eventData": data}
            self._send(event, subject=auth.id)

    def _send(self, event: dict[str, Any], *, subject: str) -> None:
        app = self.app
        url = app.settings.webhook_urls.get(app.name)
        if not url:
            return
        event = {**event, "eventDate": now_iso(), "eventOwner": _owner()}
        problems = app.spec.validate("/components/schemas/WebhookEvent", event)
        if problems:
            raise AssertionError(f"sandbox bug: pxp webhook does not fit the spec: {problems[:3]}")
        body = json.dumps(event, separators=(",", ":")).encode()
        request_id, timestamp = str(uuid.uuid4()), str(int(time.time()))
        digest = hmac.new(
            CREDENTIALS["webhook_hash_key"].encode(), f"{request_id}{timestamp}".encode() + body, hashlib.sha256
        ).digest()
        headers = {
            "Content-Type": "application/json",
            "X-Request-Id": request_id,
            "X-Signature-Timestamp": timestamp,
            "X-Signature": base64.b64encode(digest).decode(),
        }
        app.deliver(url, headers, body, subject=subject)
