"""How a :class:`~scaretry.PaymentRequest` becomes Checkout.com's request bodies, built as the
generated models (a misspelt field fails type-checking instead of being sent).

"API reference › Payments › Request a payment or payout" and "Sessions › Request a session";
"SCA compliance" for credentials on file, "3DS exemptions" for exemptions.
"""

from __future__ import annotations

import re
from typing import TypeVar

from scaretry_checkout.models import (
    Address,
    BrowserChannelData,
    CustomerRequest,
    HostedCompletion,
    Metadata,
    NonHostedCompletion,
    PaymentRequest,
    PaymentRequestCardSource,
    PaymentRequestIdSource,
    PaymentRequestPaymentType,
    PaymentRequestTokenSource,
    PhoneNumber,
    SessionAddress,
    SessionCardSource,
    SessionIdSource,
    SessionPhone,
    SessionRequest,
    SessionScheme,
    SessionTokenSource,
    ThreeDSExemption,
    ThreeDsMethodCompletionValue,
    ThreeDSRequest,
    ThreeDSRequestChallengeIndicator,
    ThreeDSRequestStandalone,
)

from scaretry._errors import UnsupportedError, ValidationError
from scaretry._request import Address as ScaAddress
from scaretry._request import AgreementType, Card, Exemption, ThreeDSMode
from scaretry._request import PaymentRequest as ScaPaymentRequest
from scaretry.providers.checkout._phone import split_phone

__all__ = [
    "EXEMPTIONS",
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

#: PSD2 exemptions as Checkout.com names them in ``3ds.exemption`` ("3DS exemptions").
EXEMPTIONS = {
    Exemption.LOW_VALUE: ThreeDSExemption.LOW_VALUE,
    Exemption.TRANSACTION_RISK_ANALYSIS: ThreeDSExemption.TRANSACTION_RISK_ASSESSMENT,
    Exemption.TRUSTED_LISTING: ThreeDSExemption.TRUSTED_LISTING,
    Exemption.SECURE_CORPORATE: ThreeDSExemption.SECURE_CORPORATE_PAYMENT,
}

#: The agreement of a stored credential as ``payment_type`` ("SCA compliance": set on the first
#: customer-initiated payment and on every merchant-initiated one that follows).
PAYMENT_TYPES = {
    AgreementType.RECURRING: PaymentRequestPaymentType.RECURRING,
    AgreementType.UNSCHEDULED: PaymentRequestPaymentType.UNSCHEDULED,
    AgreementType.INSTALMENT: PaymentRequestPaymentType.INSTALLMENT,
}

AddressModel = TypeVar("AddressModel", Address, SessionAddress)
PaymentSource = PaymentRequestCardSource | PaymentRequestTokenSource | PaymentRequestIdSource
ThreeDS = ThreeDSRequest | ThreeDSRequestStandalone

_TOKEN = re.compile(r"^tok_\w{26}$")
_STORED_SOURCE = re.compile(r"^src_\w{26}$")


def starts_agreement(request: ScaPaymentRequest) -> bool:
    """The customer-initiated payment that sets up a credentials-on-file agreement."""
    return request.stored_credential is not None and request.stored_credential.first


def exemption_of(request: ScaPaymentRequest) -> ThreeDSExemption | None:
    """The request's exemption in Checkout.com's words; UnsupportedError for one it does not take."""
    if request.exemption is None:
        return None
    try:
        return EXEMPTIONS[request.exemption]
    except KeyError:
        raise UnsupportedError(f"checkout: Checkout.com takes no {request.exemption.value} exemption") from None


def _address(model: type[AddressModel], address: ScaAddress) -> AddressModel:
    """The request's billing address as ``model``: payments and sessions take the same fields
    (their lengths differ, the request model checked none of them)."""
    found = model(address_line1=address.line1, city=address.city, country=address.country)
    if address.line2 is not None:
        found.address_line2 = address.line2
    if address.state is not None:
        found.state = address.state
    if address.zip is not None:
        found.zip_ = address.zip
    return found


def payment_source(request: ScaPaymentRequest) -> PaymentSource:
    """The request's card or token as a Checkout.com payment source; raises ValidationError."""
    source = request.require_source()
    found: PaymentSource
    if isinstance(source, Card):
        found = PaymentRequestCardSource(
            type_="card", number=source.number, expiry_month=source.expiry_month, expiry_year=source.expiry_year
        )
        if source.cvv is not None:
            found.cvv = source.cvv
        if source.holder_name is not None:
            found.name = source.holder_name
        if not request.customer_initiated:
            found.stored = True  # a merchant-initiated payment uses stored card details
        elif starts_agreement(request):
            found.store_for_future_use = True
    elif _TOKEN.match(source.token):
        found = PaymentRequestTokenSource(type_="token", token=source.token)
    elif _STORED_SOURCE.match(source.token):
        return PaymentRequestIdSource(type_="id", id=source.token)
    else:
        raise ValidationError("source.token", "must be a Checkout.com card token (tok_…) or stored source (src_…)")
    if request.billing_address is not None:
        found.billing_address = _address(Address, request.billing_address)
    if request.customer_phone is not None:
        country_code, number = split_phone(request.customer_phone)
        found.phone = PhoneNumber(country_code=f"+{country_code}", number=number)
    return found


def three_ds_request(request: ScaPaymentRequest, *, allow_upgrade: bool) -> ThreeDSRequest:
    """The ``3ds`` block of the request's mode. ``allow_upgrade`` says whether Checkout.com may
    upgrade a 20154 soft decline itself ("Manage SCA retries"), after no 3DS or after a frictionless
    one; it is sent explicitly although documented as the default, because processing channels
    created before 12 October 2022 default to false.

    The first payment of an agreement runs 3DS with a challenge mandated ("SCA compliance": an
    agreement set up without a challenge gets its merchant-initiated payments declined 20154);
    ``ALWAYS`` runs 3DS; otherwise none, with the request's exemption if it has one ("3DS
    exemptions": an exemption can be sent in the authorization)."""
    if starts_agreement(request):
        return ThreeDSRequest(
            enabled=True,
            challenge_indicator=ThreeDSRequestChallengeIndicator.CHALLENGE_REQUESTED_MANDATE,
            allow_upgrade=allow_upgrade,
        )
    if request.three_ds is ThreeDSMode.ALWAYS:
        return ThreeDSRequest(enabled=True, allow_upgrade=allow_upgrade)
    three_ds = ThreeDSRequest(enabled=False, allow_upgrade=allow_upgrade)
    if (exemption := exemption_of(request)) is not None:
        three_ds.exemption = exemption
    return three_ds


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
    agreement = request.agreement
    if agreement is not None and (starts_agreement(request) or not request.customer_initiated):
        body.payment_type = PAYMENT_TYPES[agreement]
    if not request.customer_initiated:
        body.merchant_initiated = True
        if request.previous_payment_id is not None:
            body.previous_payment_id = request.previous_payment_id
    return body


# -- Sessions ---------------------------------------------------------------------------------------

_SCHEMES = (  # leading digits → the Sessions API's scheme (the IIN ranges the schemes publish)
    (("34", "37"), SessionScheme.AMEX),
    (("36", "300", "301", "302", "303", "304", "305", "38", "39"), SessionScheme.DINERS),
    (("6011", "644", "645", "646", "647", "648", "649", "65"), SessionScheme.DISCOVER),
    (("3528", "3529", "353", "354", "355", "356", "357", "358"), SessionScheme.JCB),
    (("51", "52", "53", "54", "55", "222", "223", "224", "225", "226", "227", "2720"), SessionScheme.MASTERCARD),
    (("4",), SessionScheme.VISA),
)


def scheme_of(number: str) -> SessionScheme | None:
    return next((scheme for prefixes, scheme in _SCHEMES if number.startswith(prefixes)), None)


def _session_source(request: ScaPaymentRequest) -> SessionCardSource | SessionIdSource | SessionTokenSource:
    source = request.require_source()
    if not isinstance(source, Card):
        if source.token.startswith("src_"):
            return SessionIdSource(type_="id", id=source.token)
        return SessionTokenSource(type_="token", token=source.token)
    card = SessionCardSource(
        type_="card", number=source.number, expiry_month=source.expiry_month, expiry_year=source.expiry_year
    )
    if (scheme := scheme_of(source.number)) is not None:
        card.scheme = scheme
    if request.customer_email is not None:
        card.email = request.customer_email
    if request.billing_address is not None:
        card.billing_address = _address(SessionAddress, request.billing_address)
    if request.customer_phone is not None:
        country_code, number = split_phone(request.customer_phone)
        card.mobile_phone = SessionPhone(country_code=country_code, number=number)
    return card


def session_body(request: ScaPaymentRequest, processing_channel_id: str, callback_url: str | None) -> SessionRequest:
    """``POST /sessions``. Hosted (both return URLs the request's) by default; with ``callback_url``,
    non-hosted: the browser's data goes with the request, the challenge result comes back to the
    return URL (``challenge_notification_url``), and Checkout.com calls ``callback_url`` once the
    session is completed."""
    completion: HostedCompletion | NonHostedCompletion
    if callback_url is None:
        completion = HostedCompletion(type_="hosted", success_url=request.return_url, failure_url=request.return_url)
    else:
        completion = NonHostedCompletion(
            type_="non_hosted", callback_url=callback_url, challenge_notification_url=request.return_url
        )
    body = SessionRequest(
        source=_session_source(request),
        currency=request.amount.currency,
        amount=request.amount.amount,
        processing_channel_id=processing_channel_id,
        reference=request.reference,
        completion=completion,
    )
    browser = request.browser
    if callback_url is not None and browser is not None:
        body.channel_data = BrowserChannelData(
            channel="browser",
            accept_header=browser.accept_header,
            java_enabled=browser.java_enabled,
            javascript_enabled=browser.javascript_enabled,
            language=browser.language,
            color_depth=str(browser.color_depth),
            screen_height=str(browser.screen_height),
            screen_width=str(browser.screen_width),
            timezone=str(browser.time_zone_offset_minutes),
            user_agent=browser.user_agent,
            ip_address=browser.ip_address,
            # The issuer's 3DS Method is not run by this flow: say so, the ACS goes on without it.
            three_ds_method_completion=ThreeDsMethodCompletionValue.U,
        )
    return body
