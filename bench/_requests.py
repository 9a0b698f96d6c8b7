"""The JSON bodies the raw clients send: those scaretry sends for the bench's payment
(:data:`bench._clients_scaretry.REQUEST`), field for field; empty strings are filled per payment
(idempotency key, request id, transaction id and date), as scaretry makes them.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BODIES"]

_CARD = {"number": "4242424242424242", "expiry_month": 12, "expiry_year": 2030, "cvv": "100", "name": "Ada Lovelace"}
_RETURN = "https://shop.example/checkout/return"

BODIES: dict[str, dict[str, Any]] = {
    "checkout": {
        "currency": "EUR",
        "source": {"type": "card", **_CARD},
        "amount": 6510,
        "reference": "ORD-BENCH-1",
        "capture": True,
        "3ds": {"enabled": False, "allow_upgrade": True},
        "processing_channel_id": "pc_sandboxsandboxsandboxsandb",
        "success_url": _RETURN,
        "failure_url": _RETURN,
    },
    "antom": {
        "productCode": "CASHIER_PAYMENT",
        "paymentRequestId": "",
        "order": {
            "referenceOrderId": "ORD-BENCH-1",
            "orderDescription": "Order ORD-BENCH-1",
            "orderAmount": {"currency": "EUR", "value": "6510"},
        },
        "paymentAmount": {"currency": "EUR", "value": "6510"},
        "paymentMethod": {
            "paymentMethodType": "CARD",
            "paymentMethodMetaData": {
                "cardNo": "4242424242424242",
                "cvv": "100",
                "expiryYear": "30",
                "expiryMonth": "12",
                "cardholderName": {"fullName": "Ada Lovelace"},
                "is3DSAuthentication": "false",
                "enableAuthenticationUpgrade": "true",
            },
        },
        "paymentRedirectUrl": _RETURN,
        "env": {"terminalType": "WEB"},
        "paymentFactor": {"isAuthorization": "true", "captureMode": "AUTOMATIC"},
    },
    "paymentsai": {
        "type": "sale",
        "currency": "EUR",
        "amount": 65.1,
        "paymentInstruction": {"token": "tok_bench"},
        "idempotencyKey": "",
        "isMerchantInitiated": False,
        "redirectUrl": _RETURN + "?id={id}&result={result}",
        "metadata": {"reference": "ORD-BENCH-1"},
    },
    "pxp": {
        "merchant": "SCARETRY01",
        "site": "SANDBOX01",
        "merchantTransactionId": "",
        "merchantTransactionDate": "",
        "transactionMethod": {"intent": "Purchase", "entryType": "Ecom", "fundingType": "Card"},
        "amounts": {"transaction": 65.1, "currencyCode": "EUR"},
        "fundingData": {
            "card": {
                "primaryAccountNumber": "4242424242424242",
                "expiryMonth": "12",
                "expiryYear": "2030",
                "holderName": "Ada Lovelace",
                "cardVerificationCode": "100",
            }
        },
    },
}
