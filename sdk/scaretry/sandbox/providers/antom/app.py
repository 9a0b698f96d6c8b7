"""Antom in the sandbox: request and response signatures, and the pipeline's hooks."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any, ClassVar

from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from scaretry.sandbox._credentials import ANTOM
from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._provider import Context, ErrorKind, ProviderApp, json_response
from scaretry.sandbox.providers._antom_keys import MERCHANT_TEST_PUBLIC_KEY_PEM
from scaretry.sandbox.providers.antom.notifications import Notifications
from scaretry.sandbox.providers.antom.pages import Pages
from scaretry.sandbox.providers.antom.payments import Payments, now
from scaretry.sandbox.providers.antom.results import error_response, failed, result
from scaretry.sandbox.providers.antom.sessions import Sessions
from scaretry.sandbox.providers.antom.signing import SIGNATURE, public_key, raw_path, sandbox_key, sign, verifies

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
        self.notifications = Notifications(self, self.key)
        self.payments = Payments(self, self.notifications.notify)
        self.sessions = Sessions(self, self.payments)
        self._pages = Pages(self, self.key, self.clients, self.payments, self.sessions)

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

    def in_flight_key(self, context: Context) -> Hashable | None:
        if context.operation.operation_id not in _PAYMENT_OPS:
            return None
        return f"{context.operation.operation_id}:{context.body['paymentRequestId']}"

    def in_flight_answer(self, context: Context) -> Response:
        # Antom's answer to a duplicate it is still processing: state unknown, inquire later.
        busy = json_response(200, {"result": result("UNKNOWN_EXCEPTION", "U")})
        return self.sign_response(context.request, busy)

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
