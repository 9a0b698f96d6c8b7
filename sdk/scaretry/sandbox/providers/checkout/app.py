"""Checkout.com in the sandbox: authentication, the request pipeline's hooks, and the routes."""

from __future__ import annotations

import contextvars
import hmac
import re
from collections.abc import Hashable, Mapping
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from scaretry.sandbox._credentials import CHECKOUT
from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._provider import Context, ErrorKind, Handler, ProviderApp
from scaretry.sandbox.providers.checkout.actions import PaymentActions
from scaretry.sandbox.providers.checkout.cards import CardVault
from scaretry.sandbox.providers.checkout.oauth import TOKEN_PATH, AccessTokens, allows
from scaretry.sandbox.providers.checkout.pages import Pages
from scaretry.sandbox.providers.checkout.payments import Payments
from scaretry.sandbox.providers.checkout.responses import error_response, sessions_error
from scaretry.sandbox.providers.checkout.sessions import Sessions

__all__ = ["App"]

_SECRET_KEY_HEADER = re.compile(r"^(Bearer\s+)?(?P<key>\S+)$")
_SESSION_PATH = re.compile(r"^/sessions/(?P<sid>[^/]+)(/.*)?$")

# Which API family the request in hand belongs to: payments and sessions have different error bodies.
_PATH: contextvars.ContextVar[str] = contextvars.ContextVar("checkout_path", default="")


class App(ProviderApp):
    """Checkout.com: ``/payments…`` and ``/sessions…`` at the host's root, as on its own hosts, and
    the OAuth token endpoint ``/connect/token`` (its own host on Checkout.com)."""

    name = "checkout"
    pending_notification = "payment_pending"
    api_roots = ("/payments", "/sessions", "/connect")
    callback_urls: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "requestPayment": ("success_url", "failure_url"),
        "requestSession": (
            "completion.success_url",
            "completion.failure_url",
            "completion.callback_url",
            "completion.challenge_notification_url",
        ),
    }

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        vault = CardVault()
        self.sessions = Sessions(self, vault)
        self.payments = Payments(self, vault, self.sessions)
        self.actions = PaymentActions(self.payments)
        self._pages = Pages(self, self.payments, self.sessions)
        self.tokens = AccessTokens(self.clock)

    # -- the pipeline's hooks -----------------------------------------------------------------

    def error(self, kind: str, status: int, message: str, problems: list[Problem] | None = None) -> Response:
        return error_response(kind, status, problems, sessions=_PATH.get().startswith("/sessions"))

    async def dispatch(self, request: Request, base: str, api_path: str) -> Response:
        if api_path == TOKEN_PATH:  # OAuth, not the payments API: no spec operation, its own errors
            return await self.tokens.token_endpoint(request)
        token = _PATH.set(api_path)
        try:
            return await super().dispatch(request, base, api_path)
        finally:
            _PATH.reset(token)

    def authenticate(self, request: Request, raw: bytes) -> Response | None:
        value = request.headers.get("authorization", "").strip()
        match = _SECRET_KEY_HEADER.match(value)
        key = match.group("key") if match else ""
        # Default accounts send "Bearer sk_…"; previous-platform accounts the bare key: both pass.
        if hmac.compare_digest(key, CHECKOUT["secret_key"]):
            request.state.session_secret = False
            return None
        scopes = self.tokens.scopes(key)
        if scopes is not None:  # an OAuth access token the sandbox issued
            if not allows(scopes, _PATH.get(), request.method):
                if _PATH.get().startswith("/sessions"):
                    return sessions_error(403, "operation_not_allowed", "operation_not_allowed_for_scope")
                return self.error(ErrorKind.UNAUTHORIZED, 401, "the token's scopes do not allow this")
            request.state.session_secret = False
            return None
        # A session secret authorises the client-side calls on its own session only.
        session_path = _SESSION_PATH.match(_PATH.get())
        if key.startswith("sek_") and session_path and request.method in ("GET", "PUT", "POST"):
            session = self.sessions.find(session_path.group("sid"))
            if session is not None and hmac.compare_digest(key, session.secret):
                request.state.session_secret = True
                return None
        return self.error(ErrorKind.UNAUTHORIZED, 401, "invalid credentials")

    def in_flight_key(self, context: Context) -> Hashable | None:
        operation = context.operation.operation_id
        if operation in ("requestPayment", "capturePayment", "voidPayment", "refundPayment"):
            key = context.headers.get("cko-idempotency-key")
            return f"{operation}:{context.path_params.get('id', '')}:{key}" if key else None
        if operation in ("updateSessionChannelData", "updateIssuerFingerprint", "completeSession"):
            return f"session:{context.path_params['id']}"  # one change to a session at a time
        return None  # reads are never in each other's way

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {
                "payments": len(self.payments.payments),
                "pending": sum(1 for p in self.payments.payments.values() if not p.final),
                "sessions": len(self.sessions.sessions),
                "idempotency_keys": len(self.payments.replays),
                "in_flight": len(self.in_flight),
            }

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "requestPayment": self.payments.request,
            "getPaymentDetails": self.payments.get,
            "getPaymentList": self.payments.by_reference,
            "getPaymentActions": self.payments.actions,
            "capturePayment": self.actions.capture,
            "voidPayment": self.actions.void,
            "refundPayment": self.actions.refund,
            "requestSession": self.sessions.request,
            "getSessionDetails": self.sessions.get,
            "updateSessionChannelData": self.sessions.collect_data,
            "updateIssuerFingerprint": self.sessions.issuer_fingerprint,
            "completeSession": self.sessions.complete,
        }

    def pages(self) -> list[BaseRoute]:
        return self._pages.routes()
