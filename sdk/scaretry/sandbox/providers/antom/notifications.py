"""Antom's ``notifyPayment``: the signed notification of a payment's final state."""

from __future__ import annotations

import json
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric import rsa

from scaretry.sandbox._provider import ProviderApp
from scaretry.sandbox.providers.antom.payments import now
from scaretry.sandbox.providers.antom.signing import sign
from scaretry.sandbox.providers.antom.views import Payment, notification_body, pending_body

__all__ = ["Notifications"]


class Notifications:
    """Sends each final payment's ``notifyPayment``, signed with the sandbox's Antom key."""

    def __init__(self, app: ProviderApp, key: rsa.RSAPrivateKey) -> None:
        self.app = app
        self.key = key

    def notify(self, payment: Payment) -> None:
        """``notifyPayment`` of a final payment, once, to ``paymentNotifyUrl`` or the sandbox-wide
        webhook URL, signed over the notify URL's path as Antom signs it."""
        if payment.notified:
            return
        url = payment.notify_url or self.app.settings.webhook_urls.get(self.app.name)
        payment.notified = True
        if not url:
            return
        headers, raw = self._signed(url, payment.client_id, notification_body(payment))
        stale = partial(self._signed, url, payment.client_id, pending_body(payment))
        self.app.deliver(url, headers, raw, subject=payment.payment_id, stale=stale)

    def _signed(self, url: str, client_id: str, body: dict[str, Any]) -> tuple[dict[str, str], bytes]:
        """``(headers, body)`` of a notifyPayment to ``url``, signed over the URL's path."""
        problems = self.app.spec.validate(
            "/webhooks/notifyPayment/post/requestBody/content/application~1json/schema", body
        )
        if problems and self.app.settings.strict:
            raise AssertionError(f"sandbox bug: notifyPayment does not fit the spec: {problems[:3]}")
        raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        when = now()
        headers = {
            "Content-Type": "application/json; charset=UTF-8",
            "Client-Id": client_id,
            "Request-Time": when,
            "Signature": sign(self.key, "POST", path, client_id, when, raw),
        }
        return headers, raw
