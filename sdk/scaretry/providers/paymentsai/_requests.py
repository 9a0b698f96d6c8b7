"""A :class:`~scaretry.PaymentRequest` as Payments AI's request bodies: the stage tokeniser's
``CreateTokenRequest`` and ``createTransaction``'s ``TransactionRequest``, built as generated models
(a misspelt field fails type-checking instead of travelling in ``additional_properties``).

Public references: "Transactions" (https://api-docs.payments.ai/docs/get-started/concepts/transactions),
"3D Secure 2 (3DS2) guide" (https://api-docs.payments.ai/docs/advanced/3ds2-guide), "Tokenization
endpoint" (https://api-docs.payments.ai/docs/get-started/tutorials/tokenization-endpoint).
"""

from __future__ import annotations

import re
from decimal import Decimal
from urllib.parse import urlsplit, urlunsplit

from scaretry_paymentsai.models import (
    BrowserData,
    CreateTokenRequest,
    PaymentInstrumentInstruction,
    RiskMetadata,
    RiskMetadataHttpHeaders,
    TokenInstruction,
    TransactionRequest,
    TransactionRequestMetadata,
    TransactionType,
)

from scaretry._currency import to_major
from scaretry._errors import ValidationError
from scaretry._request import Browser, Card, PaymentRequest

__all__ = [
    "REFERENCE_KEY",
    "PaymentInstruction",
    "major_units",
    "payment_instruction",
    "redirect_url",
    "risk_metadata",
    "token_request",
    "transaction_request",
]

#: The metadata key that carries PaymentRequest.reference (Payments AI has no reference field).
REFERENCE_KEY = "reference"

PaymentInstruction = PaymentInstrumentInstruction | TokenInstruction

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def major_units(request: PaymentRequest) -> float | int:
    """The amount in major units as a JSON number, exactly (Payments AI: ``65.10`` is 65 dollars 10)."""
    value = to_major(request.amount.amount, request.amount.currency)
    if value == value.to_integral_value():
        return int(value)
    number = float(value)
    if Decimal(repr(number)) != value:  # past 15 significant digits a float is not the amount
        raise ValidationError("amount", "is too large to send exactly as a decimal JSON number")
    return number


def redirect_url(return_url: str) -> str:
    """``return_url`` with Payments AI's ``{id}`` and ``{result}`` placeholders: kept where the
    merchant placed them, else added as the query parameters ``id`` and ``result``."""
    if "{id}" in return_url or "{result}" in return_url:
        return return_url
    parts = urlsplit(return_url)
    query = f"{parts.query}&" if parts.query else ""
    return urlunsplit(parts._replace(query=f"{query}id={{id}}&result={{result}}"))


def payment_instruction(token: str) -> PaymentInstruction:
    """``instrument:<id>`` or a UUID is a saved payment instrument; ``token:<id>`` or anything else
    is a one-off token (FramePay, tokeniser) that the transaction consumes."""
    if token.startswith("instrument:"):
        return PaymentInstrumentInstruction(payment_instrument_id=token.removeprefix("instrument:"))
    if token.startswith("token:"):
        return TokenInstruction(token=token.removeprefix("token:"))
    if _UUID.match(token):
        return PaymentInstrumentInstruction(payment_instrument_id=token)
    return TokenInstruction(token=token)


def token_request(card: Card) -> CreateTokenRequest:
    """The stage tokeniser's flat body (the caller has checked that the card has a CVV)."""
    assert card.cvv is not None
    return CreateTokenRequest(
        primary_account_number=card.number,
        card_verification_value=card.cvv,
        expiration_month=card.expiry_month,
        expiration_year=card.expiry_year,
    )


def risk_metadata(browser: Browser) -> RiskMetadata:
    """``riskMetadata`` as the 3DS2 guide's "Maximising the frictionless rate" table lists it: the
    customer's IP, the device fingerprint, the browser's headers, the six browser fields "Required
    for 3DS2" and whether an ad blocker is on (the fingerprint and the ad blocker when known)."""
    browser_data = BrowserData(
        color_depth=browser.color_depth,
        is_java_enabled=browser.java_enabled,
        language=browser.language,
        screen_width=browser.screen_width,
        screen_height=browser.screen_height,
        time_zone_offset=browser.time_zone_offset_minutes,
    )
    if browser.ad_block_enabled is not None:
        browser_data.is_ad_block_enabled = browser.ad_block_enabled
    metadata = RiskMetadata(
        ip_address=browser.ip_address,
        http_headers=RiskMetadataHttpHeaders.from_dict(
            {"Accept": browser.accept_header, "User-Agent": browser.user_agent}
        ),
        browser_data=browser_data,
    )
    if browser.fingerprint is not None:
        metadata.fingerprint = browser.fingerprint
    return metadata


def transaction_request(
    request: PaymentRequest, idempotency_key: str, instruction: PaymentInstruction, customer_id: str | None = None
) -> TransactionRequest:
    """``createTransaction``'s body: a sale (or an authorization when ``capture`` is False) of the
    amount in major units, carrying ``idempotencyKey``, the reference in ``metadata``, and the
    customer where the merchant names one (the 3DS2 guide's step 1 sends ``customerId`` with the
    payment instrument)."""
    body = TransactionRequest(
        type_=TransactionType.SALE if request.capture else TransactionType.AUTHORIZE,
        currency=request.amount.currency,
        amount=major_units(request),
        payment_instruction=instruction,
        idempotency_key=idempotency_key,
        is_merchant_initiated=not request.customer_initiated,
        redirect_url=redirect_url(request.return_url),
        metadata=TransactionRequestMetadata.from_dict({**request.metadata, REFERENCE_KEY: request.reference}),
    )
    if customer_id is not None:
        body.customer_id = customer_id
    if request.description is not None:
        body.description = request.description
    if request.browser is not None:
        body.risk_metadata = risk_metadata(request.browser)
    return body
