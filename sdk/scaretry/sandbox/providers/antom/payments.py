"""An Antom card payment's life: ``pay`` (Antom's 3DS decision table, the 3DS-Retry upgrade),
``inquiryPayment``, ``paymentRequestId`` idempotency, and the state the sandbox clock moves on.

A challenge answers U ``PAYMENT_IN_PROCESS`` with ``normalUrl`` (or a ``redirectActionForm``);
``inquiryPayment`` says PROCESSING until the buyer acts, PENDING while the issuer's answer settles
(``settings.settle_seconds``), then SUCCESS or FAIL. A payment nobody completes expires after the
default 14 minutes.
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets
import threading
import uuid
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from starlette.responses import Response

from scaretry.sandbox._provider import Context, ErrorKind, ProviderApp, json_response
from scaretry.sandbox.providers.antom.cards import Card, CardScenario, card_of
from scaretry.sandbox.providers.antom.results import MESSAGES, failed
from scaretry.sandbox.providers.antom.views import (
    THREE_DS_VERSION,
    Payment,
    inquiry_view,
    pages_base,
    pay_view,
    three_ds_version,
    unknown_view,
)

__all__ = ["EXPIRY_SECONDS", "Payments", "now", "replayed", "truthy"]

EXPIRY_SECONDS = 14 * 60  # Antom: a payment expires about 14 minutes after the request by default


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def truthy(value: Any, default: bool) -> bool:
    """AntomBoolean: native or string; absent means ``default``."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() == "true"


def replayed(app: ProviderApp, body: Any, first: Any, answer: Callable[[], Any]) -> Response:
    """The answer to a ``paymentRequestId`` seen before: ``answer()`` again for the same body
    (``first``), Antom's refusal for another one."""
    if first != body:
        return app.error(ErrorKind.CONFLICT, 200, "paymentRequestId reused with another body")
    return json_response(200, answer())


def _digits(count: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(count))


def check_amounts(body: Mapping[str, Any]) -> Response | None:
    """F PARAM_ILLEGAL for an amount that is not positive."""
    amounts = {"paymentAmount": body["paymentAmount"], "order.orderAmount": body["order"]["orderAmount"]}
    for where, amount in amounts.items():
        if int(amount["value"]) <= 0:
            return failed("PARAM_ILLEGAL", f"{MESSAGES['PARAM_ILLEGAL']} {where}.value")
    return None


_CHALLENGES = (
    CardScenario.CHALLENGE,
    CardScenario.CHALLENGE_FORM,
    CardScenario.SCA_REQUIRED,
    CardScenario.SCA_REQUIRED_ANSWER_UNKNOWN,
)


def _frictionless() -> dict[str, Any]:
    return {
        "threeDSVersion": THREE_DS_VERSION,
        "eci": "05",
        "cavv": base64.b64encode(secrets.token_bytes(20)).decode(),
        "dsTransactionId": str(uuid.uuid4()),
        "challenged": False,
        "threeDSOffered": True,
    }


class Payments:
    """The payments the sandbox holds, and the ``pay`` / ``inquiryPayment`` handlers."""

    def __init__(self, app: ProviderApp, notify: Callable[[Payment], None]) -> None:
        self.app = app
        self.notify = notify  # a final payment's notifyPayment
        self.payments: dict[str, Payment] = {}
        self.by_request: dict[str, Payment] = {}
        self.tokens: dict[str, Card] = {}  # cardToken of a successful payment → its card

    # -- handlers -------------------------------------------------------------------------------

    def pay(self, ctx: Context) -> Response:
        app = self.app
        body = ctx.body
        request_id = body["paymentRequestId"]
        with app.lock:
            existing = self.by_request.get(request_id)
            if existing is not None:
                return replayed(app, body, existing.body, partial(self._moved_on_answer, existing))
            refused = check_amounts(body)
            if refused is not None:
                return refused
            method = body["paymentMethod"]
            if method["paymentMethodType"] != "CARD":
                return failed("PAYMENT_NOT_QUALIFIED")
            meta = method.get("paymentMethodMetaData") or {}
            # Hosted card integration (Antom 3DS-Retry, "Hosted card integration" tab): no card in
            # the request, Antom's page collects it (normalUrl), then the decision table runs.
            hosted = not method.get("paymentMethodId") and not meta.get("cardNo")
            card = None if hosted else card_of(method, meta, self.tokens)
            if isinstance(card, str):
                return failed(card)
            payment = self.new_payment(
                request_id,
                ctx.headers.get("client-id", ""),
                body,
                pages_base(ctx.request, app.name),
                three_ds=truthy(meta.get("is3DSAuthentication"), default=False),
                upgrade=truthy(meta.get("enableAuthenticationUpgrade"), default=True),
                card=card,
            )
            app.note_delivery_fault(ctx, payment.payment_id)
            if card is None:
                payment.action = "card"
            else:
                self._decide(payment, merchant_initiated=bool(meta.get("networkTransactionId")))
            if payment.action is not None and not payment.redirect_url:
                return failed(
                    "PARAM_ILLEGAL", f"{MESSAGES['PARAM_ILLEGAL']} paymentRedirectUrl is needed for 3D Secure"
                )
            self.store(payment)
            return json_response(200, self._answer(payment))

    def new_payment(
        self,
        request_id: str,
        client_id: str,
        body: Any,
        pages: str,
        *,
        three_ds: bool,
        upgrade: bool,
        card: Card | None,
        amount: dict[str, str] | None = None,
        redirect_url: str | None = None,
        notify_url: str | None = None,
    ) -> Payment:
        """A payment as pay (``body``) or a payment session's page (``body`` None) creates it."""
        clock_now = self.app.clock.now()
        return Payment(
            payment_id=self.new_id(),
            request_id=request_id,
            client_id=client_id,
            body=body,
            pages=pages,
            amount=amount or dict(body["paymentAmount"]),
            created=now(),
            created_at=clock_now,
            card=card,
            three_ds=three_ds,
            upgraded=False,
            upgrade_allowed=upgrade,
            redirect_url=redirect_url or (body or {}).get("paymentRedirectUrl"),
            notify_url=notify_url or (body or {}).get("paymentNotifyUrl"),
            expires_at=clock_now + EXPIRY_SECONDS,
        )

    def enter_card(self, payment: Payment, number: str, expiry_month: str, expiry_year: str) -> str | None:
        """The buyer entered a card on Antom's page (call with the lock held): the decision table runs
        on it now. None, or the F result code that refuses the card (the page asks again)."""
        card = card_of({}, {"cardNo": number, "expiryMonth": expiry_month, "expiryYear": expiry_year}, self.tokens)
        if isinstance(card, str):
            return card
        self.use_card(payment, card)
        return None

    def use_card(self, payment: Payment, card: Card) -> None:
        """Pay ``payment`` (waiting at the card page) with ``card``, by the payment's 3DS flags."""
        payment.card, payment.action = card, None
        self._decide(payment, merchant_initiated=False)
        if payment.final:
            self.notify(payment)

    @staticmethod
    def _answer(payment: Payment) -> dict[str, Any]:
        """The pay answer for ``payment`` now; a test card may first make it U UNKNOWN_EXCEPTION."""
        if payment.unknown_answers:
            payment.unknown_answers -= 1
            return unknown_view(payment)
        return pay_view(payment)

    def inquiry(self, ctx: Context) -> Response:
        body = ctx.body
        with self.app.lock:
            if body.get("paymentId"):
                payment = self.payments.get(body["paymentId"])
            else:
                payment = self.by_request.get(body.get("paymentRequestId", ""))
            if payment is None:
                return failed("ORDER_NOT_EXIST")
            self.advance(payment)
            return json_response(200, inquiry_view(payment))

    # -- decisions ------------------------------------------------------------------------------

    def _decide(self, payment: Payment, *, merchant_initiated: bool) -> None:
        """Antom's 3DS decision table (docs.antom.com/ac/pm/3ds_retry) played out on the card's scenario."""
        assert payment.card is not None
        scenario, upgrade = payment.card.scenario, payment.upgrade_allowed
        if scenario is CardScenario.RISK_REJECT:
            self._finish(payment, "FAIL", "RISK_REJECT")
        elif scenario is CardScenario.THREE_DS1_ONLY:
            # "Only cards supporting 3D Secure 2 can enable Antom 3DS-Retry": no upgrade, whatever
            # the flag says; 3DS forced by the merchant runs on 3DS 1.
            if payment.three_ds:
                payment.action = "redirect"
            else:
                self._finish(payment, "FAIL", "AUTHENTICATION_REQUIRED", {"threeDSOffered": False})
        elif scenario is CardScenario.ISSUER_TIMEOUT:
            payment.code = "UNKNOWN_EXCEPTION"
        elif scenario in (CardScenario.DO_NOT_HONOR, CardScenario.INSUFFICIENT_FUNDS):
            code = "DO_NOT_HONOR" if scenario is CardScenario.DO_NOT_HONOR else "USER_BALANCE_NOT_ENOUGH"
            self._finish(payment, "FAIL", code, _frictionless() if payment.three_ds else None)
        elif scenario in _CHALLENGES:
            if scenario is CardScenario.SCA_REQUIRED_ANSWER_UNKNOWN:
                payment.unknown_answers = 2
            if payment.three_ds:
                payment.action = "form" if scenario is CardScenario.CHALLENGE_FORM else "redirect"
            elif scenario in (CardScenario.CHALLENGE, CardScenario.CHALLENGE_FORM):
                self._finish(payment, "SUCCESS", "SUCCESS", {"threeDSOffered": False})
            elif upgrade and not merchant_initiated:
                payment.action, payment.upgraded = "redirect", True
            else:
                self._finish(payment, "FAIL", "AUTHENTICATION_REQUIRED", {"threeDSOffered": False})
        elif payment.three_ds:
            self._finish(payment, "SUCCESS", "SUCCESS", _frictionless())
        else:
            self._finish(payment, "SUCCESS", "SUCCESS", {"threeDSOffered": False})

    def _finish(self, payment: Payment, status: str, code: str, three_ds: dict[str, Any] | None = None) -> None:
        payment.status, payment.code = status, code
        payment.three_ds_result = three_ds
        if status == "SUCCESS":
            payment.payment_time = now()
            payment.card_token = "ALIPAY" + secrets.token_urlsafe(32).replace("-", "x").replace("_", "y")
            payment.network_transaction_id = _digits(15)
            payment.authorization_code = _digits(6)
            if payment.card is not None:
                self.tokens[payment.card_token] = payment.card

    def _moved_on_answer(self, payment: Payment) -> dict[str, Any]:
        """The ``pay`` answer for ``payment`` as it is now (a replayed ``pay``)."""
        self.advance(payment)
        return self._answer(payment)

    def advance(self, payment: Payment) -> None:
        """Move a payment on to where the sandbox clock says it is (reads are what move time)."""
        if payment.final:
            return
        clock_now = self.app.clock.now()
        settle = self.app.settings.settle_seconds
        challenged = {
            "threeDSVersion": three_ds_version(payment),
            "dsTransactionId": str(uuid.uuid4()),
            "challenged": True,
        }
        if payment.action is None:  # the issuer timeout: the answer comes in after settling
            if clock_now >= payment.created_at + settle:
                self._finish(payment, "FAIL", "PROCESS_FAIL")
        elif payment.choice is None:
            if clock_now >= payment.expires_at and payment.action == "card":  # no card was ever entered
                self._finish(payment, "FAIL", "ORDER_IS_CLOSED")
            elif clock_now >= payment.expires_at:  # the buyer never opened the challenge
                cancel = {**challenged, "challengeCancel": "05", "threeDSOffered": True}
                self._finish(payment, "FAIL", "ORDER_IS_CLOSED", cancel)
        elif payment.choice_at is not None and clock_now >= payment.choice_at + settle:
            if payment.choice == "approve":
                cavv = base64.b64encode(secrets.token_bytes(20)).decode()
                result = {**challenged, "eci": "05", "cavv": cavv, "threeDSOffered": True}
                self._finish(payment, "SUCCESS", "SUCCESS", result)
            elif payment.choice == "reject":
                result = {**challenged, "eci": "07", "threeDStransactionStatusReason": "01", "threeDSOffered": True}
                self._finish(payment, "FAIL", "USER_PAYMENT_VERIFICATION_FAILED", result)
            else:  # abandoned: the ACS times out waiting for the buyer
                result = {
                    **challenged,
                    "challengeCancel": "04",
                    "threeDStransactionStatusReason": "14",
                    "threeDSOffered": True,
                }
                self._finish(payment, "FAIL", "ORDER_IS_CLOSED", result)
        if payment.final:
            self.notify(payment)

    def decide(self, payment: Payment, choice: str) -> None:
        """The buyer answered the challenge (call with the lock held); the result settles later."""
        payment.choice, payment.choice_at = choice, self.app.clock.now()
        self.settle_later(payment, self.app.settings.settle_seconds)

    def store(self, payment: Payment) -> None:
        self.payments[payment.payment_id] = payment
        self.by_request[payment.request_id] = payment
        if payment.final:
            self.notify(payment)
        elif payment.action is None:
            self.settle_later(payment, self.app.settings.settle_seconds)

    def settle_later(self, payment: Payment, delay: float) -> None:
        """Settle without waiting for a read, so the notification goes out on time."""

        def tick() -> None:
            with self.app.lock:
                self.advance(payment)

        timer = threading.Timer(delay + 0.02, tick)
        timer.daemon = True
        timer.start()

    @staticmethod
    def new_id() -> str:
        """An Antom ``paymentId``: a timestamp and digits."""
        return dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S") + _digits(21)
