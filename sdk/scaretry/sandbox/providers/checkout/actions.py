"""What a merchant does next with a Checkout.com card payment: capture, void, refund
("Capture a payment", "Void a payment", "Refund a payment"), each with ``Cko-Idempotency-Key``.

Checkout.com answers 202 and processes the action asynchronously; the sandbox processes it at once,
so the next "Get payment details" shows it: ``Captured``/``Partially Captured``, ``Voided``,
``Refunded``/``Partially Refunded``, with the balances and an entry in ``actions``. An action the
payment's state does not allow is 403 (no body documented); an amount over what is available is 422
``amount_invalid``. No webhook is sent for them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.responses import Response

from scaretry.sandbox._provider import Context
from scaretry.sandbox.providers.checkout.responses import api_link, empty, headers, payments_invalid
from scaretry.sandbox.providers.checkout.views import Payment

if TYPE_CHECKING:
    from scaretry.sandbox.providers.checkout.payments import Payments

__all__ = ["PaymentActions"]

_CAPTURABLE = ("Authorized", "Partially Captured")
_REFUNDABLE = ("Captured", "Partially Captured", "Partially Refunded")


class PaymentActions:
    """The handlers of ``POST /payments/{id}/captures``, ``/voids`` and ``/refunds``."""

    def __init__(self, payments: Payments) -> None:
        self.payments = payments

    def capture(self, context: Context) -> Response:
        return self._act(context, "capture", self._capture)

    def void(self, context: Context) -> Response:
        return self._act(context, "void", self._void)

    def refund(self, context: Context) -> Response:
        return self._act(context, "refund", self._refund)

    def _act(self, context: Context, kind: str, apply: Callable[[Payment, dict[str, Any]], Response | str]) -> Response:
        payments = self.payments
        pay_id = context.path_params["id"]
        key = context.headers.get("cko-idempotency-key")
        replay_key = f"{kind}:{pay_id}:{key}"
        with payments.app.lock:
            stored = payments.replays.get(replay_key) if key else None
        if stored is not None:  # the first 2xx, as for a payment request ("Idempotency")
            return Response(stored[1], status_code=stored[0], headers=headers(), media_type="application/json")
        payment = payments.find(pay_id)
        if payment is None or payment.id != pay_id:
            return empty(404)
        payments.settle(payment, context.request)
        body: dict[str, Any] = context.body or {}
        with payments.app.lock:
            done = apply(payment, body)
        if isinstance(done, Response):
            return done
        answer: dict[str, Any] = {
            "action_id": done,
            "_links": {"payment": api_link(context.request, f"/payments/{payment.id}")},
        }
        if reference := body.get("reference"):
            answer["reference"] = reference
        raw = json.dumps(answer).encode()
        if key:
            with payments.app.lock:
                payments.replays[replay_key] = (202, raw)
        return Response(raw, status_code=202, headers=headers(), media_type="application/json")

    def _capture(self, payment: Payment, body: dict[str, Any]) -> Response | str:
        if payment.status not in _CAPTURABLE or payment.capture_closed:
            return empty(403)
        amount = _amount(body, payment.amount - payment.captured)
        if isinstance(amount, Response):
            return amount
        payment.captured += amount
        if body.get("capture_type") == "Final":
            payment.capture_closed = True
        whole = payment.captured == payment.amount or payment.capture_closed
        payment.status = "Captured" if whole else "Partially Captured"
        return self.payments.record(payment, "Capture", "10000", approved=True, amount=amount)

    def _void(self, payment: Payment, body: dict[str, Any]) -> Response | str:
        if payment.status != "Authorized" or payment.captured:
            return empty(403)
        payment.status = "Voided"
        return self.payments.record(payment, "Void", "10000", approved=True)

    def _refund(self, payment: Payment, body: dict[str, Any]) -> Response | str:
        if payment.status not in _REFUNDABLE:
            return empty(403)
        amount = _amount(body, payment.captured - payment.refunded)
        if isinstance(amount, Response):
            return amount
        payment.refunded += amount
        payment.status = "Refunded" if payment.refunded == payment.captured else "Partially Refunded"
        return self.payments.record(payment, "Refund", "10000", approved=True, amount=amount)


def _amount(body: dict[str, Any], available: int) -> int | Response:
    """The action's ``amount`` (all that is available when absent), or 422 for more than that."""
    amount = int(body.get("amount", available))
    if not 0 < amount <= available:
        return payments_invalid("amount_invalid")
    return amount
