"""Payments AI in the sandbox: ``ApiKey`` authentication, organizations, the pipeline's hooks."""

from __future__ import annotations

import hmac
import re
from collections.abc import Hashable, Mapping
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from scaretry.sandbox._credentials import PAYMENTSAI
from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._provider import Context, ErrorKind, Handler, ProviderApp
from scaretry.sandbox.providers.paymentsai.pages import Pages
from scaretry.sandbox.providers.paymentsai.responses import Refused, error_response, forbidden
from scaretry.sandbox.providers.paymentsai.transactions import Transactions
from scaretry.sandbox.providers.paymentsai.wallet import Wallet

__all__ = ["App"]

_ORG_PATH = re.compile(r"^/v1/public-api/organizations/([^/]+)(?:/|$)")


class App(ProviderApp):
    """Payments AI: the Public API under ``/v1/public-api`` at the host's root."""

    name = "paymentsai"
    api_roots = ("/v1/public-api",)
    callback_urls: ClassVar[Mapping[str, tuple[str, ...]]] = {"createTransaction": ("redirectUrl",)}

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.api_key = PAYMENTSAI["api_key"]
        #: organization id → whether its gateway connection has 3-D Secure on
        self.organizations = {PAYMENTSAI["organization_id"]: True, PAYMENTSAI["organization_id_no_3ds"]: False}
        self.wallet = Wallet(self)
        self.transactions = Transactions(self, self.wallet, self.organizations)
        self._pages = Pages(self, self.transactions)

    # -- the pipeline's hooks ---------------------------------------------------------------------

    def error(self, kind: str, status: int, message: str, problems: list[Problem] | None = None) -> Response:
        return error_response(kind, status, message, problems)

    def authenticate(self, request: Request, raw: bytes) -> Response | None:
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"ApiKey {self.api_key}".encode()):
            return self.error(ErrorKind.UNAUTHORIZED, 401, "Missing auth token")
        match = _ORG_PATH.match(request.state.api_path)
        if match is None or match.group(1) not in self.organizations:
            return forbidden()
        return None

    def handlers(self) -> Mapping[str, Handler]:
        handlers: dict[str, Handler] = {
            "createCustomer": self.wallet.create_customer,
            "attachPaymentInstrument": self.wallet.attach_payment_instrument,
            "createPaymentInstrumentToken": self.wallet.create_token,
            "createTransaction": self.transactions.create,
            "getTransaction": self.transactions.get,
        }
        return {operation: self.locked(handler, Refused, self._refused) for operation, handler in handlers.items()}

    def _refused(self, context: Context, refused: Refused) -> Response:
        kind = ErrorKind.NOT_FOUND if refused.status == 404 else ErrorKind.MALFORMED
        return self.error(kind, refused.status, refused.details)

    def in_flight_key(self, context: Context) -> Hashable | None:
        if context.operation.operation_id != "createTransaction" or not isinstance(context.body, dict):
            return None
        key = context.body.get("idempotencyKey")
        return (context.path_params["organizationId"], key) if isinstance(key, str) else None

    def in_flight_answer(self, context: Context) -> Response:
        response = self.error(ErrorKind.RATE_LIMITED, 429, "a request with this idempotencyKey is in flight")
        response.headers["Retry-After"] = "1"
        return response

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            self.transactions.advance_all()
            return {
                "customers": len(self.wallet.customers),
                "tokens": len(self.wallet.tokens),
                "payment_instruments": len(self.wallet.instruments),
                "transactions": len(self.transactions.transactions),
            }

    def pages(self) -> list[BaseRoute]:
        return self._pages.routes()
