"""What Antom's payment answers carry: ``pay``, ``inquiryPayment`` and ``notifyPayment`` bodies,
built from the sandbox's :class:`Payment` (docs.antom.com/ac/ams/payment_cashier, paymentri_online,
paymentrn_online)."""

from __future__ import annotations

import base64
import json
import secrets
from typing import Any

import attrs
from starlette.requests import Request

from scaretry.sandbox.providers.antom.cards import Card, CardScenario
from scaretry.sandbox.providers.antom.results import MESSAGES, REFUSALS, result

__all__ = [
    "THREE_DS_VERSION",
    "Payment",
    "challenge_url",
    "inquiry_view",
    "notification_body",
    "pay_view",
    "three_ds_version",
    "unknown_view",
]

THREE_DS_VERSION = "2.2.0"


@attrs.define
class Payment:
    payment_id: str
    request_id: str
    client_id: str
    body: Any  # the pay body, for the idempotency comparison (None: created by a Checkout Page)
    pages: str  # the sandbox pages' base URL as this client reached the sandbox (host and port)
    amount: dict[str, str]
    created: str
    created_at: float
    card: Card | None  # None until the buyer enters it on the card page (hosted card integration)
    three_ds: bool
    upgraded: bool
    redirect_url: str | None
    notify_url: str | None
    status: str = "PROCESSING"  # PROCESSING, SUCCESS or FAIL (the stored truth; PENDING is derived)
    code: str = "PAYMENT_IN_PROCESS"
    three_ds_result: dict[str, Any] | None = None
    #: what the buyer must do: "card" (enter the card on Antom's page), "redirect" (the challenge
    #: page), "form" (the ACS by a POST form), or None (issuer timeout: nothing for the buyer)
    action: str | None = None
    upgrade_allowed: bool = True  # the request's enableAuthenticationUpgrade, for a card entered later
    token: str = attrs.field(factory=lambda: secrets.token_urlsafe(16))
    choice: str | None = None
    choice_at: float | None = None
    expires_at: float = 0.0
    payment_time: str | None = None
    card_token: str | None = None
    network_transaction_id: str | None = None
    authorization_code: str | None = None
    notified: bool = False
    unknown_answers: int = 0  # pay answers still to be U UNKNOWN_EXCEPTION (a test card's behaviour)

    @property
    def final(self) -> bool:
        return self.status != "PROCESSING"


def three_ds_version(payment: Payment) -> str:
    """The 3DS protocol version a challenge of this payment's card runs on."""
    if payment.card is not None and payment.card.scenario is CardScenario.THREE_DS1_ONLY:
        return "1.0.2"
    return THREE_DS_VERSION


def _result_info(payment: Payment) -> dict[str, Any]:
    info = payment.card.info() if payment.card is not None else {}
    if payment.status == "SUCCESS":
        info |= {
            "cardToken": payment.card_token,
            "networkTransactionId": payment.network_transaction_id,
            "authorizationCode": payment.authorization_code,
        }
    if payment.code in REFUSALS:
        info["refusalCodeRaw"], info["refusalReasonRaw"] = REFUSALS[payment.code]
    if payment.three_ds_result is not None:
        info["threeDSResult"] = payment.three_ds_result
    return info


def _common(payment: Payment) -> dict[str, Any]:
    return {
        "paymentRequestId": payment.request_id,
        "paymentId": payment.payment_id,
        "paymentAmount": payment.amount,
        "paymentCreateTime": payment.created,
    }


def _action_form(payment: Payment) -> dict[str, Any]:
    creq = {
        "messageType": "CReq",
        "messageVersion": three_ds_version(payment),
        "acsTransID": payment.payment_id,
        "challengeWindowSize": "05",
        "token": payment.token,
    }
    fields = {
        "creq": base64.urlsafe_b64encode(json.dumps(creq).encode()).decode().rstrip("="),
        "threeDSSessionData": base64.urlsafe_b64encode(payment.payment_id.encode()).decode().rstrip("="),
    }
    return {
        "method": "POST",
        "redirectUrl": f"{payment.pages}acs",
        "parameters": json.dumps(fields, separators=(",", ":")),
        "actionFormType": "RedirectActionForm",
    }


def pages_base(request: Request, provider: str) -> str:
    """The absolute URL of the provider's pages, on the host and port the client used."""
    return f"{request.base_url}{provider}/_pages/"


def challenge_url(payment: Payment) -> str:
    return f"{payment.pages}challenge/{payment.payment_id}?token={payment.token}"


def pay_view(payment: Payment) -> dict[str, Any]:
    """The ``pay`` answer for the payment as it is now (also what a replayed ``pay`` gets)."""
    if payment.status == "SUCCESS":
        view = {"result": result("SUCCESS", "S")} | _common(payment)
        view["actualPaymentAmount"] = payment.amount
        view["paymentTime"] = payment.payment_time
        view["paymentResultInfo"] = _result_info(payment)
    elif payment.status == "FAIL":
        view = {"result": result(payment.code, "F")} | _common(payment)
        if payment.code != "RISK_REJECT":
            view["paymentResultInfo"] = _result_info(payment)
    elif payment.action is None:
        view = {"result": result("UNKNOWN_EXCEPTION", "U")} | _common(payment)
    else:
        view = {"result": result("PAYMENT_IN_PROCESS", "U")} | _common(payment)
        if payment.action == "form":
            view["redirectActionForm"] = _action_form(payment)
        elif payment.action == "card":
            view["normalUrl"] = f"{payment.pages}card/{payment.payment_id}?token={payment.token}"
        else:
            view["normalUrl"] = challenge_url(payment)
    return view


def unknown_view(payment: Payment) -> dict[str, Any]:
    """A ``pay`` answer that says nothing of the payment's state: U ``UNKNOWN_EXCEPTION``."""
    return {"result": result("UNKNOWN_EXCEPTION", "U")} | _common(payment)


def inquiry_view(payment: Payment) -> dict[str, Any]:
    view = {"result": result("SUCCESS", "S")} | _common(payment) | {"paymentMethodType": "CARD"}
    if payment.final:
        view["paymentStatus"] = payment.status
        view["paymentResultCode"] = payment.code
        view["paymentResultMessage"] = MESSAGES["SUCCESS"] if payment.code == "SUCCESS" else MESSAGES[payment.code]
        view["paymentResultInfo"] = _result_info(payment)
        if payment.status == "SUCCESS":
            view["paymentTime"] = payment.payment_time
            view["actualPaymentAmount"] = payment.amount
    else:
        # PENDING: the buyer finished (or the issuer is being waited for), the answer is settling.
        waiting = payment.choice is not None or payment.action is None
        view["paymentStatus"] = "PENDING" if waiting else "PROCESSING"
        view["paymentResultCode"] = "PAYMENT_IN_PROCESS"
        view["paymentResultMessage"] = MESSAGES["PAYMENT_IN_PROCESS"]
    return view


def notification_body(payment: Payment) -> dict[str, Any]:
    """``notifyPayment`` (``PAYMENT_RESULT``) for a payment in its final state."""
    body: dict[str, Any] = {
        "notifyType": "PAYMENT_RESULT",
        "result": result(payment.code, "S" if payment.status == "SUCCESS" else "F"),
        "paymentMethodType": "CARD",
    } | _common(payment)
    if payment.code != "RISK_REJECT":
        body["paymentResultInfo"] = _result_info(payment)
    if payment.status == "SUCCESS":
        body["paymentTime"] = payment.payment_time
        body["actualPaymentAmount"] = payment.amount
    return body


def pending_body(payment: Payment) -> dict[str, Any]:
    """``notifyPayment`` with ``notifyType`` PAYMENT_PENDING ("the payment is being processed",
    result S): what the reorder delivery fault sends after the final one. The result code is our
    choice; Antom's notifications page documents only the status."""
    return {
        "notifyType": "PAYMENT_PENDING",
        "result": result("PAYMENT_IN_PROCESS", "S"),
        "paymentMethodType": "CARD",
    } | _common(payment)
