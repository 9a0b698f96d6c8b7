"""Canned answers of the fixed-response server, one per provider and operation.

Taken from the answers the sandbox recorded in ``cassettes/`` (which validate against ``specs/``),
with card data masked as the providers mask it. ``{…}`` placeholders are the identifiers a real
provider echoes from the request it answers (so an answer is always bound to its request); the
server fills them in with ``bytes.replace``, never by re-serialising.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = [
    "ANTOM_INQUIRY_SUCCESS",
    "ANTOM_PAY_SUCCESS",
    "CHECKOUT_DETAILS_AUTHORIZED",
    "CHECKOUT_DETAILS_PENDING",
    "CHECKOUT_DETAILS_PENDING_AT_BANK",
    "CHECKOUT_PAY_PENDING_AT_BANK",
    "CHECKOUT_PAY_AUTHORIZED",
    "CHECKOUT_PAY_PENDING",
    "CHECKOUT_WEBHOOK_APPROVED",
    "PAYMENTSAI_TRANSACTION_APPROVED",
    "PXP_TRANSACTION_AUTHORISED",
]

_CKO = "https://api.sandbox.checkout.com/payments/{id}"


def _template(value: dict[str, Any]) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


_CKO_SOURCE = {
    "type": "card",
    "expiry_month": 12,
    "expiry_year": 2030,
    "scheme": "Visa",
    "last4": "4242",
    "fingerprint": "D9CA6860C585FE84CA464E7D629A4753D4D29F61EACD0A129D2DFC5E3559501C",
    "bin": "424242",
    "card_type": "Credit",
    "card_category": "Consumer",
    "issuer_country": "GB",
    "id": "src_h4xpfuz4h3pejojxsl7rnikf3f",
}
_CKO_BALANCES = {
    "total_authorized": 6510,
    "total_voided": 0,
    "available_to_void": 6510,
    "total_captured": 0,
    "available_to_capture": 6510,
    "total_refunded": 0,
    "available_to_refund": 0,
}
_CKO_LINKS = {
    "self": {"href": _CKO},
    "actions": {"href": _CKO + "/actions"},
    "capture": {"href": _CKO + "/captures"},
    "void": {"href": _CKO + "/voids"},
}

#: ``POST /payments`` 201: authorised at once (no 3DS). Placeholders: ``{id}``, ``{reference}``.
CHECKOUT_PAY_AUTHORIZED = _template(
    {
        "id": "{id}",
        "action_id": "act_mur575e2c6fkehwu3ly2vtnoer",
        "amount": 6510,
        "currency": "EUR",
        "approved": True,
        "status": "Authorized",
        "response_code": "10000",
        "response_summary": "Approved",
        "risk": {"flagged": False},
        "source": _CKO_SOURCE,
        "balances": _CKO_BALANCES,
        "processed_on": "2026-11-21T23:34:43Z",
        "_links": _CKO_LINKS,
        "auth_code": "322079",
        "scheme_id": "000000000004536",
        "reference": "{reference}",
        "customer": {"id": "cus_d9ca6860c585fe84ca464e7d62", "email": "ada@example.com"},
    }
)

#: ``POST /payments`` 202: accepted, the result comes later (no customer action). ``{id}``, ``{reference}``.
CHECKOUT_PAY_PENDING = _template(
    {"id": "{id}", "status": "Pending", "reference": "{reference}", "_links": {"self": {"href": _CKO}}}
)

_CKO_DETAILS = {
    "id": "{id}",
    "requested_on": "2026-11-21T23:34:43Z",
    "source": _CKO_SOURCE,
    "amount": 6510,
    "currency": "EUR",
    "payment_type": "Regular",
    "risk": {"flagged": False},
    "processing_channel_id": "pc_sandboxsandboxsandboxsandb",
    "reference": "{reference}",
    "customer": {"id": "cus_d9ca6860c585fe84ca464e7d62", "email": "ada@example.com"},
}

#: ``GET /payments/{id}`` 200, authorised. Placeholders: ``{id}``, ``{reference}``.
CHECKOUT_DETAILS_AUTHORIZED = _template(
    {
        **_CKO_DETAILS,
        "approved": True,
        "status": "Authorized",
        "balances": _CKO_BALANCES,
        "_links": _CKO_LINKS,
        "eci": "05",
        "actions": [
            {
                "id": "act_mur575e2c6fkehwu3ly2vtnoer",
                "type": "Authorization",
                "response_code": "10000",
                "response_summary": "Approved",
            }
        ],
    }
)

#: ``GET /payments/{id}`` 200, still pending. Placeholders: ``{id}``, ``{reference}``.
CHECKOUT_DETAILS_PENDING = _template(
    {
        **_CKO_DETAILS,
        "approved": False,
        "status": "Pending",
        "balances": dict.fromkeys(_CKO_BALANCES, 0),
        "_links": {"self": {"href": _CKO}, "actions": {"href": _CKO + "/actions"}},
    }
)

#: ``GET /payments/{id}`` 200, pending while the customer is at their bank: a redirect to it.
CHECKOUT_DETAILS_PENDING_AT_BANK = _template(
    {
        **_CKO_DETAILS,
        "approved": False,
        "status": "Pending",
        "balances": dict.fromkeys(_CKO_BALANCES, 0),
        "_links": {
            "self": {"href": _CKO},
            "actions": {"href": _CKO + "/actions"},
            "redirect": {"href": "https://bank.example/3ds/challenge"},
        },
    }
)

#: ``POST /payments`` 202 while the customer is at their bank (a challenge): the redirect to it.
CHECKOUT_PAY_PENDING_AT_BANK = _template(
    {
        "id": "{id}",
        "status": "Pending",
        "reference": "{reference}",
        "_links": {"self": {"href": _CKO}, "redirect": {"href": "https://bank.example/3ds/challenge"}},
    }
)

#: The ``payment_approved`` webhook (signed with ``Cko-Signature`` by the server). ``{event}``, ``{id}``, ``{reference}``.
CHECKOUT_WEBHOOK_APPROVED = _template(
    {
        "id": "{event}",
        "type": "payment_approved",
        "version": "1.0.29",
        "created_on": "2026-11-21T23:34:43Z",
        "data": {
            "id": "{id}",
            "action_id": "act_mur575e2c6fkehwu3ly2vtnoer",
            "amount": 6510,
            "currency": "EUR",
            "payment_type": "Regular",
            "processed_on": "2026-11-21T23:34:43Z",
            "response_code": "10000",
            "response_summary": "Approved",
            "auth_code": "322079",
            "reference": "{reference}",
        },
        "_links": {"self": {"href": "https://api.sandbox.checkout.com/workflows/events/{event}"}},
    }
)

_ANTOM_AMOUNT = {"currency": "USD", "value": "4999"}
_ANTOM_CARD = {
    "cardNo": "************4242",
    "cardBrand": "VISA",
    "cardBin": "424242",
    "lastFour": "4242",
    "expiryMonth": "12",
    "expiryYear": "30",
    "issuingCountry": "GB",
    "funding": "CREDIT",
    "paymentMethodRegion": "GLOBAL",
    "cardholderName": "Jane Doe",
    "cardToken": "ALIPAYSPbqZCZss4YlCa1GS3txtv6Me8dxmJFFNfswpp0g9Yo",
    "networkTransactionId": "455402796298427",
    "authorizationCode": "462352",
    "threeDSResult": {"threeDSOffered": False},
}

_ANTOM_SUCCESS = {
    "result": {"resultCode": "SUCCESS", "resultStatus": "S", "resultMessage": "success."},
    "paymentAmount": _ANTOM_AMOUNT,
    "paymentCreateTime": "2026-11-21T23:34:39+00:00",
    "actualPaymentAmount": _ANTOM_AMOUNT,
    "paymentTime": "2026-11-21T23:34:39+00:00",
    "paymentResultInfo": _ANTOM_CARD,
}

#: ``POST /ams/…/v1/payments/pay`` 200, S ``SUCCESS``. Placeholders: ``{paymentRequestId}``.
ANTOM_PAY_SUCCESS = _template(
    {
        **_ANTOM_SUCCESS,
        "paymentRequestId": "{paymentRequestId}",
        "paymentId": "{paymentId}",
    }
)

#: ``POST /ams/…/v1/payments/inquiryPayment`` 200, paymentStatus ``SUCCESS``. ``{paymentId}``, ``{paymentRequestId}``.
ANTOM_INQUIRY_SUCCESS = _template(
    {
        **_ANTOM_SUCCESS,
        "paymentRequestId": "{paymentRequestId}",
        "paymentId": "{paymentId}",
        "paymentMethodType": "CARD",
        "paymentStatus": "SUCCESS",
        "paymentResultCode": "SUCCESS",
        "paymentResultMessage": "success.",
    }
)

#: ``POST …/transactions`` 201 and ``GET …/transactions/{id}`` 200: completed, approved. ``{id}``.
PAYMENTSAI_TRANSACTION_APPROVED = _template(
    {
        "data": {
            "id": "{id}",
            "amount": 65.1,
            "refundableAmount": 65.1,
            "currency": "EUR",
            "status": "completed",
            "result": "approved",
            "combinedStatus": "completed",
            "type": "sale",
            "paymentType": "one-time-payment",
            "date": "2026-11-21T23:34:47.243Z",
            "createdAt": "2026-11-21T23:34:47.243Z",
            "paymentInstrument": None,
            "invoices": [],
            "gatewayName": "Payments AI stage",
            "gatewaySlug": None,
            "approvalLink": None,
            "redirectUrl": "https://shop.example/checkout/return?order=ORD-BENCH-1",
            "isMerchantInitiated": False,
            "parentTransactionId": None,
            "permissionBundle": {"isRefundable": True},
            "isProcessedOutside": False,
            "avsResponse": {"code": "Y", "message": "Address and postal code match"},
            "cvvResponse": {"code": "M", "message": "CVV matches"},
            "data3ds": None,
            "metadata": {"reference": "ORD-BENCH-1"},
        }
    }
)

#: ``POST /api/v1/transactions`` and ``GET /api/v1/transactions/{merchant}/{site}?merchantTransactionId=`` 200:
#: authorised. Placeholders: ``{merchantTransactionId}``.
PXP_TRANSACTION_AUTHORISED = _template(
    {
        "systemTransactionId": "70fab9a6-aa18-4b3d-9a4c-838d630e4e51",
        "merchantTransactionId": "{merchantTransactionId}",
        "merchant": "SCARETRY01",
        "site": "SANDBOX01",
        "merchantTransactionDate": "2026-11-21 23:34:47.364053+00:00",
        "state": "Authorised",
        "stateMessage": "Transaction Authorised",
        "stateData": {"code": "CRD000", "message": "Approved"},
        "transactionMethod": {"intent": "Purchase", "entryType": "Ecom", "fundingType": "Card"},
        "amounts": {"transactionValue": 65.1, "currencyCode": "EUR"},
        "fundingData": {
            "card": {"scheme": "Visa", "bin": "424242", "lastFour": "4242", "expiryMonth": "12", "expiryYear": "2030"}
        },
        "providerResponse": {"code": "00", "message": "Approved", "merchantAdvice": None},
        "authorisationCode": "291607",
        "threeDSecureData": None,
        "createdAt": "2026-11-21T23:34:47.368Z",
    }
)
