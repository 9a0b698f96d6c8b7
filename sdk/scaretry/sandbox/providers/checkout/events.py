"""Checkout.com's gateway webhook events ("Webhook event types": ``payment_approved``,
``payment_declined``, ``payment_authentication_failed``, ``card_verified``), built from a payment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from starlette.requests import Request

from scaretry.sandbox.providers.checkout.responses import api_link
from scaretry.sandbox.providers.checkout.views import Payment

__all__ = ["payment_event", "pending_event"]


def _kind(payment: Payment) -> str:
    if payment.status in ("Authorized", "Captured"):
        return "payment_approved"
    if payment.status == "Card Verified":
        return "card_verified"
    if payment.response_code in ("20151", "20152"):
        return "payment_authentication_failed"  # Checkout.com's event for a failed or expired 3DS
    return "payment_declined"


def _envelope(kind: str, data: dict[str, Any], event_id: str) -> dict[str, Any]:
    return {
        "id": event_id,
        "type": kind,
        "version": "1.0.29",
        "created_on": dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
        "data": data,
    }


def pending_event(payment: Payment, event_id: str) -> dict[str, Any]:
    """``payment_pending`` ("async or further action required") as it was while the payment waited
    for its cardholder: what the reorder delivery fault sends after the final event."""
    data: dict[str, Any] = {
        "id": payment.id,
        "amount": payment.amount,
        "currency": payment.currency,
        "payment_type": payment.body.get("payment_type", "Regular"),
        "processed_on": payment.requested_on,
    }
    if payment.three_ds is not None:
        data["3ds"] = {k: v for k, v in payment.three_ds.items() if k in ("downgraded", "enrolled", "upgrade_reason")}
    for name in ("reference", "metadata"):
        if name in payment.body:
            data[name] = payment.body[name]
    return _envelope("payment_pending", data, event_id)


def payment_event(payment: Payment, request: Request | None, event_id: str) -> dict[str, Any]:
    """The event for a payment that just reached its final state (``request``: for the links)."""
    latest = payment.actions[0]
    # The event's data names the payment's fields as the 201 does (views.created_body): each is
    # written as its own page of Checkout.com's documentation shows it, and they differ beyond these.
    data: dict[str, Any] = {
        "id": payment.id,
        "action_id": latest["id"],
        "amount": payment.amount,
        "currency": payment.currency,
        "payment_type": payment.body.get("payment_type", "Regular"),
        "processed_on": latest["processed_on"],
        "response_code": latest["response_code"],
        "response_summary": latest["response_summary"],
        "source": {
            "id": payment.source_id,
            "type": "card",
            "expiry_month": payment.card.expiry_month,
            "expiry_year": payment.card.expiry_year,
            "scheme": payment.card.scheme.upper(),
            "last_4": payment.card.last4,
            "fingerprint": payment.card.fingerprint,
            "bin": payment.card.bin,
            "card_type": "CREDIT",
            "issuer_country": "GB",
        },
    }
    if "auth_code" in latest:
        data["auth_code"] = latest["auth_code"]
    if payment.three_ds is not None:
        data["3ds"] = {k: v for k, v in payment.three_ds.items() if k != "signature_valid"}
        if payment.session_id:
            data["3ds"]["authentication_id"] = payment.session_id
    for name in ("reference", "metadata"):
        if name in payment.body:
            data[name] = payment.body[name]
    event = _envelope(_kind(payment), data, event_id)
    if request is not None:
        event["_links"] = {
            "self": api_link(request, f"/workflows/events/{event_id}"),
            "payment": api_link(request, f"/payments/{payment.id}"),
        }
    return event
