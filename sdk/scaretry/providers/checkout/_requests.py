"""How a :class:`~scaretry.PaymentRequest` becomes Checkout.com's request bodies, built as the
generated models (a misspelt field fails type-checking instead of being sent).

"API reference › Payments › Request a payment or payout" and "Sessions › Request a session".
"""

from __future__ import annotations

import re

from scaretry_checkout.models import (
    CustomerRequest,
    HostedCompletion,
    Metadata,
    PaymentRequest,
    PaymentRequestCardSource,
    PaymentRequestIdSource,
    PaymentRequestPaymentType,
    PaymentRequestTokenSource,
    SessionCardSource,
    SessionIdSource,
    SessionRequest,
    SessionTokenSource,
    ThreeDSRequest,
    ThreeDSRequestStandalone,
)

from scaretry._errors import ValidationError
from scaretry._request import Card, ThreeDSMode
from scaretry._request import PaymentRequest as ScaPaymentRequest

__all__ = [
    "PAYMENT_KEY",
    "PaymentSource",
    "ThreeDS",
    "payment_body",
    "payment_source",
    "session_body",
    "three_ds_request",
]

#: The ``metadata`` field every payment carries its logical payment's idempotency key in. Checkout.com
#: returns metadata with the payment ("Get payment details", "Get payment lists"), so a payment whose
#: answer was lost is found again by it; the key itself is never visible there.
PAYMENT_KEY = "scaretry_idempotency_key"

PaymentSource = PaymentRequestCardSource | PaymentRequestTokenSource | PaymentRequestIdSource
ThreeDS = ThreeDSRequest | ThreeDSRequestStandalone

_TOKEN = re.compile(r"^tok_\w{26}$")
_STORED_SOURCE = re.compile(r"^src_\w{26}$")


def payment_source(request: ScaPaymentRequest) -> PaymentSource:
    """The request's card or token as a Checkout.com payment source; raises ValidationError."""
    source = request.require_source()
    if isinstance(source, Card):
        card = PaymentRequestCardSource(
            type_="card",
            number=source.number,
            expiry_month=source.expiry_month,
            expiry_year=source.expiry_year,
        )
        if source.cvv is not None:
            card.cvv = source.cvv
        if source.holder_name is not None:
            card.name = source.holder_name
        if not request.customer_initiated:
            card.stored = True  # a merchant-initiated payment uses stored card details
        return card
    token = source.token
    if _TOKEN.match(token):
        return PaymentRequestTokenSource(type_="token", token=token)
    if _STORED_SOURCE.match(token):
        return PaymentRequestIdSource(type_="id", id=token)
    raise ValidationError("source.token", "must be a Checkout.com card token (tok_…) or stored source (src_…)")


def three_ds_request(request: ScaPaymentRequest, *, allow_upgrade: bool) -> ThreeDSRequest:
    """The ``3ds`` block of the request's mode: ``ALWAYS`` runs 3DS; otherwise none, and
    ``allow_upgrade`` says whether Checkout.com may upgrade a 20154 soft decline itself ("Manage SCA
    retries"). It is sent explicitly although documented as the default: processing channels created
    before 12 October 2022 default to false."""
    if request.three_ds is ThreeDSMode.ALWAYS:
        return ThreeDSRequest(enabled=True)
    return ThreeDSRequest(enabled=False, allow_upgrade=allow_upgrade)


def payment_body(
    request: ScaPaymentRequest, three_ds: ThreeDS, processing_channel_id: str, payment_key: str
) -> PaymentRequest:
    """``POST /payments``: the request with the given ``3ds`` block; ``payment_key`` (the logical
    payment's idempotency key) goes into ``metadata`` to find the payment again."""
    body = PaymentRequest(
        currency=request.amount.currency,
        source=payment_source(request),
        amount=request.amount.amount,
        reference=request.reference,
        capture=request.capture,
        processing_channel_id=processing_channel_id,
        success_url=request.return_url,
        failure_url=request.return_url,
        field_3ds=three_ds,
    )
    if request.description is not None:
        body.description = request.description
    if request.customer_email is not None:
        body.customer = CustomerRequest(email=request.customer_email)
    if request.browser is not None:
        body.payment_ip = request.browser.ip_address
    body.metadata = Metadata.from_dict({**request.metadata, PAYMENT_KEY: payment_key})
    if not request.customer_initiated:
        body.merchant_initiated = True
        body.payment_type = PaymentRequestPaymentType.RECURRING
        if request.previous_payment_id is not None:
            body.previous_payment_id = request.previous_payment_id
    return body


def session_body(request: ScaPaymentRequest, processing_channel_id: str) -> SessionRequest:
    """``POST /sessions`` with hosted completion: both return URLs are the request's."""
    source = request.require_source()
    session_source: SessionCardSource | SessionIdSource | SessionTokenSource
    if isinstance(source, Card):
        session_source = SessionCardSource(
            type_="card", number=source.number, expiry_month=source.expiry_month, expiry_year=source.expiry_year
        )
        if request.customer_email is not None:
            session_source.email = request.customer_email
    elif source.token.startswith("src_"):
        session_source = SessionIdSource(type_="id", id=source.token)
    else:
        session_source = SessionTokenSource(type_="token", token=source.token)
    return SessionRequest(
        source=session_source,
        currency=request.amount.currency,
        amount=request.amount.amount,
        processing_channel_id=processing_channel_id,
        reference=request.reference,
        completion=HostedCompletion(type_="hosted", success_url=request.return_url, failure_url=request.return_url),
    )
