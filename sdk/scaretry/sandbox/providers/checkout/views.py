"""What Checkout.com's payment answers carry: the 201, the 202 and ``GET /payments/{id}`` bodies.

Field by field as "API reference › Payments › Request a payment or payout" and "Get payment
details" show them; the sandbox's state is :class:`Payment`.
"""

from __future__ import annotations

import secrets
from typing import Any

import attrs
from starlette.requests import Request

from scaretry.sandbox.providers.checkout.cards import Card
from scaretry.sandbox.providers.checkout.responses import api_link, page_link

__all__ = ["Payment", "accepted_body", "created_body", "details_body"]


@attrs.define
class Payment:
    id: str
    card: Card
    amount: int
    currency: str
    body: dict[str, Any]
    requested_on: str
    created_at: float
    merchant_initiated: bool
    source_id: str
    status: str = "Pending"
    approved: bool = False
    response_code: str | None = None
    three_ds: dict[str, Any] | None = None
    upgraded: bool = False
    session_id: str | None = None
    #: the scheme's transaction id of an approved payment (a later merchant-initiated payment may
    #: name it as ``previous_payment_id``)
    scheme_id: str | None = None
    choice: str | None = None
    decided_at: float | None = None
    actions: list[dict[str, Any]] = attrs.Factory(list)
    notified: bool = False
    #: minor units captured and refunded so far; no more captures after a ``Final`` one
    captured: int = 0
    refunded: int = 0
    capture_closed: bool = False

    @property
    def final(self) -> bool:
        return self.status != "Pending"


def source_body(payment: Payment) -> dict[str, Any]:
    card = payment.card
    source: dict[str, Any] = {
        "type": "card",
        "expiry_month": card.expiry_month,
        "expiry_year": card.expiry_year,
        "scheme": card.scheme,
        "last4": card.last4,
        "fingerprint": card.fingerprint,
        "bin": card.bin,
        "card_type": "Credit",
        "card_category": "Consumer",
        "issuer_country": "GB",
        "avs_check": "S",  # AVS not supported by the (emulated) issuer
        "cvv_check": "Y" if "cvv" in payment.body.get("source", {}) else "X",
        "product_id": "F" if card.scheme == "Visa" else "MCC",
        "product_type": "Visa Traditional" if card.scheme == "Visa" else "Mastercard Credit Card",
    }
    if name := payment.body.get("source", {}).get("name"):
        source["name"] = name
    if payment.approved:
        source["id"] = payment.source_id
    return source


def _digits(count: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(count))


def common(payment: Payment) -> dict[str, Any]:
    body: dict[str, Any] = {}
    for name in ("reference", "metadata"):
        if name in payment.body:
            body[name] = payment.body[name]
    if customer := payment.body.get("customer"):
        body["customer"] = {"id": "cus_" + payment.card.fingerprint[:26].lower()} | {
            k: v for k, v in customer.items() if k in ("email", "name")
        }
    return body


def balances(payment: Payment) -> dict[str, int]:
    authorized = payment.amount if payment.approved else 0
    voided = authorized if payment.status == "Voided" else 0
    open_to_capture = payment.status in ("Authorized", "Partially Captured") and not payment.capture_closed
    return {
        "total_authorized": authorized,
        "total_voided": voided,
        "available_to_void": authorized if payment.status == "Authorized" and not payment.captured else 0,
        "total_captured": payment.captured,
        "available_to_capture": authorized - payment.captured if open_to_capture else 0,
        "total_refunded": payment.refunded,
        "available_to_refund": payment.captured - payment.refunded,
    }


def links(request: Request, payment: Payment) -> dict[str, Any]:
    found: dict[str, Any] = {
        "self": api_link(request, f"/payments/{payment.id}"),
        "actions": api_link(request, f"/payments/{payment.id}/actions"),
    }
    owed = balances(payment)
    if owed["available_to_capture"]:
        found["capture"] = api_link(request, f"/payments/{payment.id}/captures")
    if owed["available_to_void"]:
        found["void"] = api_link(request, f"/payments/{payment.id}/voids")
    if owed["available_to_refund"]:
        found["refund"] = api_link(request, f"/payments/{payment.id}/refunds")
    return found


def enrollment(payment: Payment) -> dict[str, Any]:
    """The ``3ds`` block of the payment request's answers: enrollment data only (the authentication's
    result is read with "Get payment details")."""
    return {k: v for k, v in (payment.three_ds or {}).items() if k in ("downgraded", "enrolled", "upgrade_reason")}


def created_body(request: Request, payment: Payment) -> dict[str, Any]:
    """The 201 of a payment that is final at once (approved or declined)."""
    latest = payment.actions[0]
    body: dict[str, Any] = {
        "id": payment.id,
        "action_id": latest["id"],
        "amount": payment.amount,
        "currency": payment.currency,
        "approved": payment.approved,
        "status": payment.status,
        "response_code": latest["response_code"],
        "response_summary": latest["response_summary"],
        "risk": {"flagged": False},
        "source": source_body(payment),
        "balances": balances(payment),
        "processed_on": latest["processed_on"],
        "processing": {"acquirer_transaction_id": _digits(21), "retrieval_reference_number": _digits(12)},
        "_links": links(request, payment),
    }
    if payment.approved:
        body["auth_code"] = latest["auth_code"]
        body["scheme_id"] = payment.scheme_id
    if payment.three_ds is not None:
        body["3ds"] = enrollment(payment)
        if eci := payment.three_ds.get("eci"):
            body["eci"] = eci
    return body | common(payment)


def accepted_body(request: Request, payment: Payment) -> dict[str, Any]:
    """The 202 of a payment waiting for its cardholder (3DS, or the SCA-retry upgrade)."""
    body: dict[str, Any] = {
        "id": payment.id,
        "status": "Pending",
        "3ds": enrollment(payment),
        "_links": {
            "self": api_link(request, f"/payments/{payment.id}"),
            "redirect": page_link(request, f"/3ds/{payment.id}"),
        },
    }
    return body | {k: v for k, v in common(payment).items() if k in ("reference", "customer")}


def details_body(request: Request, payment: Payment) -> dict[str, Any]:
    """``GET /payments/{id}``."""
    body: dict[str, Any] = {
        "id": payment.id,
        "requested_on": payment.requested_on,
        "source": source_body(payment),
        "amount": payment.amount,
        "currency": payment.currency,
        "payment_type": payment.body.get("payment_type", "Regular"),
        "approved": payment.approved,
        "status": payment.status,
        "balances": balances(payment),
        "risk": {"flagged": False},
        "processing_channel_id": payment.body["processing_channel_id"],
        "_links": links(request, payment),
    }
    if payment.three_ds is not None:
        body["3ds"] = dict(payment.three_ds)
        if eci := payment.three_ds.get("eci"):
            body["eci"] = eci
    if payment.session_id:
        body["authentication_id"] = payment.session_id
    if payment.status == "Pending" and payment.choice is None:
        body["_links"]["redirect"] = page_link(request, f"/3ds/{payment.id}")
    if payment.actions:
        body["actions"] = [
            {k: a[k] for k in ("id", "type", "response_code", "response_summary")} for a in payment.actions
        ]
    if payment.scheme_id:
        body["scheme_id"] = payment.scheme_id
    if ip := payment.body.get("payment_ip"):
        body["payment_ip"] = ip
    if description := payment.body.get("description"):
        body["description"] = description
    return body | common(payment)
