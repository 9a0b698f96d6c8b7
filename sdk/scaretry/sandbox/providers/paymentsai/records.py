"""What the sandbox keeps of Payments AI's objects, and how the API shows them: stage tokens,
payment instruments and transactions (the ``Transaction`` of the webhooks "Schemas" page)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from scaretry.sandbox.providers.paymentsai.cards import CardScenario

__all__ = ["THREE_DS_VERSION", "Instrument", "Token", "Transaction", "now_iso", "three_ds"]

THREE_DS_VERSION = "2.2.0"


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def three_ds(trans_status: str, *, challenged: bool, eci: str | None, reason: str | None = None) -> dict[str, Any]:
    """A transaction's ``data3ds``."""
    data: dict[str, Any] = {"version": THREE_DS_VERSION, "challenged": challenged, "transStatus": trans_status}
    if eci is not None:
        data["eci"] = eci
    if reason is not None:
        data["transStatusReason"] = reason
    return data


@attrs.define
class Token:
    id: str
    org: str
    scenario: CardScenario
    brand: str
    last4: str
    expiry_month: int
    expiry_year: int
    created: float
    created_at: str
    expires_at: str
    consumed: bool = False


@attrs.define
class Instrument:
    id: str
    org: str
    customer_id: str
    scenario: CardScenario
    brand: str
    last4: str
    expiry_month: int
    expiry_year: int
    created_at: str
    status: str = "inactive"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": "payment-card",
            "method": "payment-card",
            "status": self.status,
            "customerId": self.customer_id,
            "creditCard": {
                "creditCardLastFourDigits": self.last4,
                "brand": self.brand,
                "expireYear": self.expiry_year,
                "expireMonth": self.expiry_month,
            },
            "createdAt": self.created_at,
            "updatedAt": self.created_at,
        }


@attrs.define
class Transaction:
    id: str
    org: str
    amount: float | int
    currency: str
    type: str
    scenario: CardScenario
    three_ds: bool  # whether 3DS runs: gateway 3DS on and customer-initiated
    merchant_initiated: bool
    created: float
    date: str
    customer_id: str | None = None
    instrument: Instrument | None = None
    redirect_url: str | None = None
    metadata: dict[str, str] | None = None
    status: str = "sending"
    result: str = "unknown"
    approval_link: str | None = None
    data3ds: dict[str, Any] | None = None
    avs: dict[str, Any] | None = None
    cvv: dict[str, Any] | None = None
    choice: str | None = None
    decided: float = 0.0
    notified: bool = False

    @property
    def final(self) -> bool:
        return self.status not in ("waiting", "sending", "offsite") and self.result != "unknown"

    def to_json(self) -> dict[str, Any]:
        approved = self.result == "approved"
        body: dict[str, Any] = {
            "id": self.id,
            "amount": self.amount,
            "refundableAmount": self.amount if approved else 0,
            "currency": self.currency,
            "status": self.status,
            "result": self.result,
            "combinedStatus": "abandoned" if self.result == "abandoned" else self.status,
            "type": self.type,
            "paymentType": "one-time-payment",
            "date": self.date,
            "createdAt": self.date,
            "paymentInstrument": self.instrument.to_json() if self.instrument else None,
            "invoices": [],
            "gatewayName": "Payments AI sandbox",
            "gatewaySlug": None,
            "approvalLink": self.approval_link,
            "redirectUrl": self.redirect_url,
            "isMerchantInitiated": self.merchant_initiated,
            "parentTransactionId": None,
            "permissionBundle": {"isRefundable": approved},
            "isProcessedOutside": False,
            "avsResponse": self.avs,
            "cvvResponse": self.cvv,
            "data3ds": self.data3ds,
        }
        if self.customer_id is not None:
            body["customerId"] = self.customer_id
        if self.instrument is not None:
            body["paymentInstrumentId"] = self.instrument.id
        if self.metadata:
            body["metadata"] = self.metadata
        return body
