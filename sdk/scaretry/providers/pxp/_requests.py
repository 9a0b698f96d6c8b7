"""What PXP is sent: a :class:`~scaretry.PaymentRequest` (and the handle's data) as the generated
request models, each request as a :class:`~scaretry._adapter.Call` that says whether it may be
repeated, and the input checks made before anything is sent.

Bodies are the generated models, never dicts: a misspelt field fails type-checking instead of
travelling to PXP as an unknown property.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from scaretry_pxp.api.three_d_secure import (
    get_integrated_authentication,
    initiate_integrated_authentication,
    pre_initiate_integrated_authentication,
)
from scaretry_pxp.api.transactions import get_transaction, initiate_transaction
from scaretry_pxp.models import (
    Amounts,
    AuthenticationAmounts,
    AuthenticationIntent,
    BrowserData,
    ChallengeIndicator,
    EntryType,
    ExemptionType,
    FundingData,
    FundingType,
    GatewayToken,
    InitiateBrowserAuthenticationRequest,
    InitiateTransactionRequest,
    PreInitiateIntegratedAuthenticationRequest,
    ProcessingModel,
    RequestorAuthenticationIndicator,
    ThreeDSecureData,
    TransactionCard,
    TransactionGatewayToken,
    TransactionIntent,
    TransactionMethod,
    TransactionRecurring,
)
from scaretry_pxp.models import Card as AuthenticationCard
from scaretry_pxp.types import UNSET, Unset

from scaretry._adapter import Call
from scaretry._currency import to_major
from scaretry._errors import UnsupportedError, ValidationError
from scaretry._handle import Handle, Scalar
from scaretry._outcome import ActionReason
from scaretry._request import Card, CardToken, PaymentRequest, ThreeDSMode
from scaretry.providers.pxp import _handles as keys
from scaretry.providers.pxp._config import PXPConfig
from scaretry.providers.pxp._exemptions import EXEMPTIONS

__all__ = [
    "check_request",
    "check_source",
    "get_authentication",
    "get_transaction_call",
    "initiate_browser_authentication",
    "initiate_transaction_call",
    "major_units",
    "pre_initiate",
    "transaction_body",
]

_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


# -- input checks ----------------------------------------------------------------------------


def check_request(request: PaymentRequest) -> None:
    """Refuse before anything is sent: modes PXP cannot do, and input PXP would reject.

    PXP's 3DS is browser-based (``browserData`` is required by browser authentication, PXP's
    "Initiate authentication" guide), so ALWAYS, and UPGRADE on a customer-initiated payment, need
    ``request.browser``; a merchant-initiated payment has no cardholder to authenticate, so it
    cannot be ALWAYS.
    """
    if request.three_ds is ThreeDSMode.ALWAYS and not request.customer_initiated:
        raise UnsupportedError(
            "pxp cannot authenticate a merchant-initiated payment: PXP's 3DS is browser-based and the "
            "cardholder is absent (use three_ds=NEVER or UPGRADE)"
        )
    if (request.three_ds is ThreeDSMode.ALWAYS or request.wants_upgrade) and request.browser is None:
        raise ValidationError(
            "browser",
            f"required with three_ds={request.three_ds.value}: PXP's browser authentication needs the "
            "customer's browser data",
        )
    check_source(request.require_source())
    if request.exemption is not None and request.exemption not in EXEMPTIONS:
        raise UnsupportedError(
            f"pxp cannot apply the {request.exemption.value} exemption: PXP's integrated authentication and its "
            "card service take only low value (LVP) and transaction risk analysis (TRA)"
        )


def check_source(source: Card | CardToken) -> None:
    """A card PXP takes (holder name 2–45 characters), or a gateway token id (a GUID)."""
    if isinstance(source, Card):
        if source.holder_name is not None and not 2 <= len(source.holder_name) <= 45:
            raise ValidationError("card.holder_name", "PXP accepts 2 to 45 characters")
    elif not _GUID.match(source.token):
        raise ValidationError("token", "a PXP gateway token id is a GUID")


# -- values --------------------------------------------------------------------------------------


def major_units(amount: int, currency: str) -> int | float:
    """PXP's decimal amount: an int when whole (PXP refuses ``JPY 1.0``, "Card transaction"
    guide), else the exact decimal."""
    value = to_major(amount, currency)
    return int(value) if value == value.to_integral_value() else float(value)


def _optional(value: str | None) -> str | Unset:
    return UNSET if value is None else value


# -- bodies ----------------------------------------------------------------------------------------


def _transaction_card(request: PaymentRequest) -> TransactionCard | TransactionGatewayToken:
    """The Transactions API's card: expiry as the strings "MM" and "YYYY"."""
    source = request.require_source()
    if not isinstance(source, Card):
        return TransactionGatewayToken(gateway_token_id=source.token)
    return TransactionCard(
        primary_account_number=source.number,
        expiry_month=f"{source.expiry_month:02d}",
        expiry_year=str(source.expiry_year),
        holder_name=_optional(source.holder_name),
        card_verification_code=_optional(source.cvv),
    )


def _authentication_card(request: PaymentRequest) -> AuthenticationCard | GatewayToken:
    """The 3D Secure API's card: expiry as integers, unlike the Transactions API."""
    source = request.require_source()
    if not isinstance(source, Card):
        return GatewayToken(gateway_token_id=source.token)
    return AuthenticationCard(
        primary_account_number=source.number,
        expiry_month=source.expiry_month,
        expiry_year=source.expiry_year,
        card_holder_name=_optional(source.holder_name),
        card_verification_code=_optional(source.cvv),
    )


def _processing_model(request: PaymentRequest) -> ProcessingModel | None:
    """PXP's "Recurring payments" processing models: a merchant-initiated payment (out of SCA scope,
    never upgraded) is a subsequent recurring one; a customer-initiated one with a stored card is
    card-on-file shopper-initiated; a one-off card payment sends none."""
    if not request.customer_initiated:
        return ProcessingModel.MERCHANTINITIATEDSUBSEQUENTRECURRING
    if not isinstance(request.source, Card):
        return ProcessingModel.CARDONFILESHOPPERINITIATED
    return None


def transaction_body(
    config: PXPConfig,
    data: Mapping[str, Scalar],
    *,
    request: PaymentRequest | None = None,
    authentication_id: str | None = None,
    exemption: ExemptionType | None = None,
) -> InitiateTransactionRequest:
    """``POST /v1/transactions`` for the handle's ``merchant_transaction_id``: with the card of
    ``request``, or with the integrated authentication ``authentication_id`` (PXP then takes the
    card and the 3DS result from it, "Integrated" 3DS guide); with an ``exemption`` applied at
    authorisation ("Exemptions" guide)."""
    currency = keys.text(data, keys.CURRENCY)
    body = InitiateTransactionRequest(
        merchant=config.merchant,
        site=config.site,
        merchant_transaction_id=keys.text(data, keys.MERCHANT_TRANSACTION_ID),
        merchant_transaction_date=keys.text(data, keys.MERCHANT_TRANSACTION_DATE),
        transaction_method=TransactionMethod(
            intent=TransactionIntent(keys.text(data, keys.INTENT)),
            entry_type=EntryType.ECOM,
            funding_type=FundingType.CARD,
        ),
        amounts=Amounts(transaction=major_units(int(data[keys.AMOUNT] or 0), currency), currency_code=currency),
    )
    if request is not None:
        body.funding_data = FundingData(card=_transaction_card(request))
        model = _processing_model(request)
        if model is not None:
            body.recurring = TransactionRecurring(processing_model=model)
    if authentication_id is not None:
        body.three_d_secure_data = ThreeDSecureData(authentication_id=authentication_id)
    if exemption is not None:
        body.sca_exemption = exemption
    return body


def _browser_data(data: Mapping[str, Scalar]) -> BrowserData:
    def value(name: str) -> Scalar:
        return keys.browser_value(data, name)

    return BrowserData(
        accept_header=str(value("accept_header")),
        java_script_enabled=bool(value("javascript_enabled")),
        language=str(value("language")),
        user_agent=str(value("user_agent")),
        color_depth=int(value("color_depth") or 0),
        ip_address=str(value("ip_address")),
        java_enabled=bool(value("java_enabled")),
        screen_height=int(value("screen_height") or 0),
        screen_width=int(value("screen_width") or 0),
        time_zone_offset_in_minutes=int(value("time_zone_offset_minutes") or 0),
    )


# -- calls -------------------------------------------------------------------------------------


def initiate_transaction_call(body: InitiateTransactionRequest, handle: Handle) -> Call:
    # Retried: a repeat of the same body (same merchantTransactionId and date) is the original
    # transaction, never a second one (see _transactions).
    return Call(initiate_transaction.prepare(body=body), handle, retry_safe=True)


def get_transaction_call(config: PXPConfig, merchant_transaction_id: str, handle: Handle) -> Call:
    prepared = get_transaction.prepare(config.merchant, config.site, merchant_transaction_id)
    return Call(prepared, handle, retry_safe=True)


def pre_initiate(config: PXPConfig, request: PaymentRequest, handle: Handle) -> Call:
    """Pre-initiate an integrated authentication (the only 3DS step that needs the card). It has no
    idempotency mechanism: a repeat would start a second authentication, so it is never retried."""
    body = PreInitiateIntegratedAuthenticationRequest(
        amount=AuthenticationAmounts(
            transaction_value=major_units(request.amount.amount, request.amount.currency),
            currency_code=request.amount.currency,
        ),
        fingerprint_callback_url=request.return_url,
        site=config.site,
        intent=AuthenticationIntent(keys.text(handle.data, keys.INTENT)),
        requestor_authentication_indicator=RequestorAuthenticationIndicator("01"),  # a payment
        card=_authentication_card(request),
    )
    return Call(pre_initiate_integrated_authentication.prepare(body=body), handle)


def initiate_browser_authentication(config: PXPConfig, handle: Handle, fingerprint_notification: str | None) -> Call:
    """``PUT …/browser-authentication`` with the browser data kept in the handle; never retried
    (no idempotency mechanism: PXP answers a repeat 409, and a lost answer is read back with GET)."""
    data = handle.data
    details = config.merchant_details
    # After a soft decline the issuer has said SCA is mandated: ask for a challenge (EMV 04).
    indicator = "04" if data.get(keys.REASON) == ActionReason.SCA_RETRY.value else "01"
    body = InitiateBrowserAuthenticationRequest(
        challenge_callback_url=keys.text(data, keys.RETURN_URL),
        browser_data=_browser_data(data),
        fingerprint_notification=_optional(fingerprint_notification),
        merchant_category_code=_optional(details.category_code),
        merchant_country_numeric_code=_optional(details.country_numeric_code),
        merchant_legal_name=_optional(details.legal_name),
        acquirer_merchant_id=_optional(details.acquirer_merchant_id),
        challenge_window_size=config.challenge_window_size,
        requestor_challenge_indicator=ChallengeIndicator(indicator),
    )
    prepared = initiate_integrated_authentication.prepare(keys.text(data, keys.AUTHENTICATION_ID), body=body)
    return Call(prepared, handle)


def get_authentication(handle: Handle) -> Call:
    prepared = get_integrated_authentication.prepare(keys.text(handle.data, keys.AUTHENTICATION_ID))
    return Call(prepared, handle, retry_safe=True)
