"""Antom in the sandbox: request and response signatures, the pipeline's hooks, notifications."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, ClassVar
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from scaretry.sandbox._credentials import ANTOM
from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._provider import Context, ErrorKind, ProviderApp, json_response
from scaretry.sandbox.providers._antom_keys import MERCHANT_TEST_PUBLIC_KEY_PEM
from scaretry.sandbox.providers.antom.pages import Pages
from scaretry.sandbox.providers.antom.payments import Payments, now
from scaretry.sandbox.providers.antom.results import error_response, failed, result
from scaretry.sandbox.providers.antom.sessions import Sessions
from scaretry.sandbox.providers.antom.signing import SIGNATURE, public_key, raw_path, sandbox_key, sign, verifies
from scaretry.sandbox.providers.antom.views import Payment, notification_body, pending_body

__all__ = ["App"]

_PAYMENT_OPS = ("pay", "createPaymentSession")


class App(ProviderApp):
    """Antom, as the emulator plays it (see the package docstring and ``TEST_CARDS``)."""

    name = "antom"
    pending_notification = "PAYMENT_PENDING"
    server_paths = ("/ams/sandbox", "/ams")  # sandbox, production (docs.antom.com/ac/ams/api_fund)
    api_roots = ("/ams",)
    callback_urls: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "pay": ("paymentRedirectUrl", "paymentNotifyUrl"),
        "createPaymentSession": ("paymentRedirectUrl", "paymentNotifyUrl"),
    }

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.key: rsa.RSAPrivateKey = sandbox_key()
        #: client id → the merchant's registered public key
        self.clients: dict[str, rsa.RSAPublicKey] = {ANTOM["client_id"]: public_key(MERCHANT_TEST_PUBLIC_KEY_PEM)}
        self.payments = Payments(self)
        self.sessions = Sessions(self)
        self._pages = Pages(self)
        self._in_flight: set[str] = set()
        self._flights: dict[int, str] = {}  # id(context) → the in-flight key it holds

    def pages_base(self, request: Request) -> str:
        """The absolute URL of this provider's pages, on the host and port the client used."""
        return f"{request.base_url}{self.name}/_pages/"

    # -- the pipeline's hooks ---------------------------------------------------------------------

    def error(self, kind: str, status: int, message: str, problems: list[Problem] | None = None) -> Response:
        return error_response(kind, status, message, problems)

    def authenticate(self, request: Request, raw: bytes) -> Response | None:
        client_id = request.headers.get("client-id", "")
        key = self.clients.get(client_id)
        if key is None:
            return failed("INVALID_CLIENT")
        when = request.headers.get("request-time")
        match = SIGNATURE.match(request.headers.get("signature", ""))
        if not when or match is None:
            return self.error(ErrorKind.UNAUTHORIZED, 200, "missing or malformed Signature/Request-Time")
        if match.group(1) != "1":
            return failed("KEY_NOT_FOUND")
        if not verifies(key, match.group(2), request.method, raw_path(request), client_id, when, raw):
            return self.error(ErrorKind.UNAUTHORIZED, 200, "signature does not verify")
        return None

    def sign_response(self, request: Request, response: Response) -> Response:
        client_id = request.headers.get("client-id", "")
        when = now()
        response.headers["Client-Id"] = client_id
        response.headers["Response-Time"] = when
        response.headers["Signature"] = sign(
            self.key, request.method, raw_path(request), client_id, when, bytes(response.body)
        )
        return response

    def begin(self, context: Context) -> Response | None:
        if context.operation.operation_id not in _PAYMENT_OPS:
            return None
        key = f"{context.operation.operation_id}:{context.body['paymentRequestId']}"
        with self.lock:
            if key in self._in_flight:
                # Antom's answer to a duplicate it is still processing: state unknown, inquire later.
                busy = json_response(200, {"result": result("UNKNOWN_EXCEPTION", "U")})
                return self.sign_response(context.request, busy)
            self._in_flight.add(key)
            self._flights[id(context)] = key
        return None

    def end(self, context: Context) -> None:
        with self.lock:
            key = self._flights.pop(id(context), None)
            if key is not None:
                self._in_flight.discard(key)

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {
                "payments": len(self.payments.payments),
                "sessions": len(self.sessions.sessions),
                "cardTokens": len(self.payments.tokens),
                "clients": len(self.clients),
            }

    def handlers(self) -> Mapping[str, Callable[[Context], Response]]:
        return {
            "pay": self.payments.pay,
            "createPaymentSession": self.sessions.create,
            "inquiryPayment": self.payments.inquiry,
        }

    def pages(self) -> list[BaseRoute]:
        return self._pages.routes()

    # -- notifications ----------------------------------------------------------------------------

    def notify(self, payment: Payment) -> None:
        """``notifyPayment`` of a final payment, once, to ``paymentNotifyUrl`` or the sandbox-wide
        webhook URL, signed over the notify URL's path as Antom signs it."""
        if payment.notified:
            return
        url = payment.notify_url or self.settings.webhook_urls.get(self.name)
        payment.notified = True
        if not url:
            return
        headers, raw = self._signed(url, payment.client_id, notification_body(payment))
        stale = partial(self._signed, url, payment.client_id, pending_body(payment))
        self.deliver(url, headers, raw, subject=payment.payment_id, stale=stale)

    def _signed(self, url: str, client_id: str, body: dict[str, Any]) -> tuple[dict[str, str], bytes]:
        """``(headers, body)`` of a notifyPayment to ``url``, signed over the URL's path."""
        problems = self.spec.validate("/webhooks/notifyPayment/post/requestBody/content/application~1json/schema", body)
        if problems and self.settings.strict:
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
