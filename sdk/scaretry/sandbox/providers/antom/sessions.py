"""Antom's ``createPaymentSession`` (docs.antom.com/ac/ams/session_cashier): an Element session,
or a ``CHECKOUT_PAYMENT`` session whose ``normalUrl`` is a hosted Checkout Page that pays under the
session's ``paymentRequestId``."""

from __future__ import annotations

import base64
import datetime as dt
import secrets
from typing import Any

import attrs
from starlette.responses import Response

from scaretry.sandbox._provider import Context, ErrorKind, ProviderApp, json_response
from scaretry.sandbox.providers.antom.payments import Payments, check_amounts, replayed, truthy
from scaretry.sandbox.providers.antom.results import result
from scaretry.sandbox.providers.antom.views import Payment, pages_base

__all__ = ["Session", "Sessions"]

_SESSION_SECONDS = 60 * 60  # Antom: a payment session lasts one hour by default


@attrs.define
class Session:
    session_id: str
    request_id: str
    client_id: str
    body: Any
    data: str
    expiry: str
    scene: str | None
    three_ds: bool
    upgrade: bool
    amount: dict[str, str]
    redirect_url: str
    notify_url: str | None
    pages: str
    card_token: str | None = None  # the saved card offered to the buyer (paymentMethod.paymentMethodId)
    paid: bool = False


def _view(session: Session) -> dict[str, Any]:
    view: dict[str, Any] = {
        "result": result("SUCCESS", "S"),
        "paymentSessionData": session.data,
        "paymentSessionExpiryTime": session.expiry,
        "paymentSessionId": session.session_id,
    }
    if session.scene == "CHECKOUT_PAYMENT":
        view["normalUrl"] = f"{session.pages}checkout/{session.session_id}"
    return view


class Sessions:
    def __init__(self, app: ProviderApp, payments: Payments) -> None:
        self.app = app
        self.payments = payments
        self.sessions: dict[str, Session] = {}
        self._by_request: dict[str, Session] = {}

    def create(self, ctx: Context) -> Response:
        app = self.app
        body = ctx.body
        request_id = body["paymentRequestId"]
        with app.lock:
            # The start of Payments.pay again: the same paymentRequestId rule, over the sessions.
            existing = self._by_request.get(request_id)
            if existing is not None:
                return replayed(app, body, existing.body, lambda: _view(existing))
            if request_id in self.payments.by_request:
                return app.error(ErrorKind.CONFLICT, 200, "paymentRequestId already used by a payment")
            refused = check_amounts(body)
            if refused is not None:
                return refused
            meta = (body.get("availablePaymentMethod") or {}).get("paymentMethodMetaData") or {}
            if not meta:
                meta = (body.get("paymentMethod") or {}).get("paymentMethodMetaData") or {}
            session_id = secrets.token_urlsafe(36)  # it travels in the Checkout Page's URL path
            expiry = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=_SESSION_SECONDS)
            session = Session(
                session_id=session_id,
                request_id=request_id,
                client_id=ctx.headers.get("client-id", ""),
                body=body,
                data=f"{base64.b64encode(secrets.token_bytes(48)).decode()}&&SG&&111",
                expiry=body.get("paymentSessionExpiryTime") or expiry.isoformat(timespec="seconds"),
                scene=body.get("productScene"),
                three_ds=truthy(meta.get("is3DSAuthentication"), default=False),
                upgrade=truthy(meta.get("enableAuthenticationUpgrade"), default=True),
                amount=dict(body["paymentAmount"]),
                redirect_url=body["paymentRedirectUrl"],
                notify_url=body.get("paymentNotifyUrl"),
                pages=pages_base(ctx.request, app.name),
                card_token=(body.get("paymentMethod") or {}).get("paymentMethodId"),
            )
            self.sessions[session_id] = session
            self._by_request[request_id] = session
            return json_response(200, _view(session))

    def start_payment(self, session: Session) -> Payment:
        """The buyer pays on the session's page (call with the lock held): the payment is created
        under the session's ``paymentRequestId``, waiting for the card, with the session's 3DS flags
        (``availablePaymentMethod.paymentMethodMetaData``) deciding once the card is in."""
        session.paid = True
        payment = self.payments.new_payment(
            session.request_id,
            session.client_id,
            None,
            session.pages,
            three_ds=session.three_ds,
            upgrade=session.upgrade,
            card=None,
            amount=session.amount,
            redirect_url=session.redirect_url,
            notify_url=session.notify_url,
        )
        payment.action = "card"
        self.payments.store(payment)
        return payment
