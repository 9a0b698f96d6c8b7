"""Antom's ``createPaymentSession`` (docs.antom.com/ac/ams/session_cashier): an Element session,
or a ``CHECKOUT_PAYMENT`` session whose ``normalUrl`` is a hosted Checkout Page that pays under the
session's ``paymentRequestId``."""

from __future__ import annotations

import base64
import datetime as dt
import secrets
from typing import TYPE_CHECKING, Any

import attrs
from starlette.responses import Response

from scaretry.sandbox._provider import Context, ErrorKind, json_response
from scaretry.sandbox.providers.antom.cards import Card, CardScenario
from scaretry.sandbox.providers.antom.payments import EXPIRY_SECONDS, check_amounts, now, truthy
from scaretry.sandbox.providers.antom.results import result
from scaretry.sandbox.providers.antom.views import Payment

if TYPE_CHECKING:
    from scaretry.sandbox.providers.antom.app import App

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
    def __init__(self, app: App) -> None:
        self.app = app
        self.sessions: dict[str, Session] = {}
        self._by_request: dict[str, Session] = {}

    def create(self, ctx: Context) -> Response:
        app = self.app
        body = ctx.body
        request_id = body["paymentRequestId"]
        with app.lock:
            existing = self._by_request.get(request_id)
            if existing is not None:
                if existing.body != body:
                    return app.error(ErrorKind.CONFLICT, 200, "paymentRequestId reused with another body")
                return json_response(200, _view(existing))
            if request_id in app.payments.by_request:
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
                pages=app.pages_base(ctx.request),
            )
            self.sessions[session_id] = session
            self._by_request[request_id] = session
            return json_response(200, _view(session))

    def pay(self, session: Session, choice: str) -> None:
        """The buyer paid on the Checkout Page (call with the lock held): the payment is created
        under the session's ``paymentRequestId``, authenticated by 3DS, and settles later."""
        app = self.app
        session.paid = True
        card = Card(CardScenario.CHALLENGE, "VISA", "400000", "0028", "12", "30", None)
        payment = Payment(
            payment_id=app.payments.new_id(),
            request_id=session.request_id,
            client_id=session.client_id,
            body=None,
            pages=session.pages,
            amount=session.amount,
            created=now(),
            created_at=app.clock.now(),
            card=card,
            three_ds=True,
            upgraded=False,
            redirect_url=session.redirect_url,
            notify_url=session.notify_url,
            action="redirect",
            choice=choice,
            choice_at=app.clock.now(),
            expires_at=app.clock.now() + EXPIRY_SECONDS,
        )
        app.payments.store(payment)
        app.payments.settle_later(payment, app.settings.settle_seconds)
