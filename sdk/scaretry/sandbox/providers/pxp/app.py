"""PXP in the sandbox: ``PXP-UST1`` request signing, the pipeline's hooks, the routes."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Hashable, Mapping
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._provider import Context, Handler, ProviderApp, json_response
from scaretry.sandbox.providers.pxp.authentications import Authentications
from scaretry.sandbox.providers.pxp.events import Events
from scaretry.sandbox.providers.pxp.pages import Pages
from scaretry.sandbox.providers.pxp.responses import PXPError, error_body, error_response
from scaretry.sandbox.providers.pxp.transactions import Transactions

__all__ = ["SIGNATURE_TOLERANCE", "App"]

#: A request signed more than this many seconds away from the sandbox's wall clock is refused.
SIGNATURE_TOLERANCE = 300


def _auth_problem(request: Request, raw: bytes, request_id: str) -> str | None:
    """Why a request's ``PXP-UST1`` signature is refused, or None: HMAC-SHA256 with the token value
    over ``{timestamp}{X-Request-Id}{path incl. query}{body}``, base64, Unix seconds."""
    if not request_id:
        return "The X-Request-Id header is required."
    if request.headers.get("x-client-id") != CREDENTIALS["client_id"]:
        return "Unknown client id."
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    parts = value.split(":")
    if scheme != "PXP-UST1" or len(parts) != 3:
        return "The Authorization header must be PXP-UST1 {tokenId}:{timestamp}:{hmac}."
    token_id, timestamp, signature = parts
    if not hmac.compare_digest(token_id, CREDENTIALS["token_id"]):
        return "Unknown or expired token."
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > SIGNATURE_TOLERANCE:
        return "The request timestamp is missing or more than 5 minutes off."
    path = request.scope.get("raw_path") or request.url.path.encode()
    query = request.scope.get("query_string", b"")
    signed = f"{timestamp}{request_id}".encode() + path + (b"?" + query if query else b"") + raw
    expected = hmac.new(CREDENTIALS["token_value"].encode(), signed, hashlib.sha256).digest()
    if not hmac.compare_digest(base64.b64encode(expected).decode(), signature):
        return "The request signature is invalid."
    return None


class App(ProviderApp):
    """PXP: the API under ``/api/v1`` (the server URL's ``/api``, then the spec's ``/v1/…`` paths)."""

    name = "pxp"
    server_paths = ("/api",)
    api_roots = ("/api/v1",)
    callback_urls: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "preInitiateStandaloneAuthentication": ("fingerprintCallbackUrl",),
        "preInitiateIntegratedAuthentication": ("fingerprintCallbackUrl",),
        "initiateStandaloneAuthentication": ("challengeCallbackUrl",),
        "initiateIntegratedAuthentication": ("challengeCallbackUrl",),
    }

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.events = Events(self)
        self.authentications = Authentications(self, self.events.authentication)
        self.transactions = Transactions(self, self.authentications, self.events.transaction)
        self._pages = Pages(self, self.authentications)

    # -- the pipeline's hooks -------------------------------------------------------------------

    def error(self, kind: str, status: int, message: str, problems: list[Problem] | None = None) -> Response:
        return error_response(kind, status, message, problems)

    def authenticate(self, request: Request, raw: bytes) -> Response | None:
        request_id = request.headers.get("x-request-id", "")
        reason = _auth_problem(request, raw, request_id)
        if reason is None:
            return None
        return json_response(401, error_body("Unauthorised", reason, [], request_id or None))

    def sign_response(self, request: Request, response: Response) -> Response:
        # Our choice (PXP documents none): echo the correlation id so a client can log it.
        if request_id := request.headers.get("x-request-id"):
            response.headers["X-Request-Id"] = request_id
        return response

    def handlers(self) -> Mapping[str, Handler]:
        auths = self.authentications
        handlers: dict[str, Handler] = {
            "preInitiateStandaloneAuthentication": auths.pre_initiate_standalone,
            "preInitiateIntegratedAuthentication": auths.pre_initiate_integrated,
            "initiateStandaloneAuthentication": lambda c: auths.initiate(c, "standalone"),
            "initiateIntegratedAuthentication": lambda c: auths.initiate(c, "integrated"),
            "getStandaloneAuthentication": lambda c: auths.get(c, "standalone"),
            "getIntegratedAuthentication": lambda c: auths.get(c, "integrated"),
            "initiateTransaction": self.transactions.initiate,
            "getTransaction": self.transactions.get,
        }
        return {operation: self.locked(handler, PXPError, self._refused) for operation, handler in handlers.items()}

    def _refused(self, context: Context, refused: PXPError) -> Response:
        body = error_body(refused.code, refused.reason, refused.details, context.headers.get("x-request-id"))
        return json_response(refused.status, body)

    def in_flight_key(self, context: Context) -> Hashable | None:
        if context.operation.operation_id != "initiateTransaction":
            return None
        body = context.body
        return (body["merchant"], body["site"], body["merchantTransactionId"])

    def in_flight_answer(self, context: Context) -> Response:
        reason = "A request with this merchantTransactionId is still being processed; retry shortly."
        body = error_body("TooManyRequests", reason, [], context.headers.get("x-request-id"))
        return json_response(429, body, {"Retry-After": "1"})

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {
                "authentications": len(self.authentications.authentications),
                "transactions": len(self.transactions.transactions),
            }

    def pages(self) -> list[BaseRoute]:
        return self._pages.routes()
