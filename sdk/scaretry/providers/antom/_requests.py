"""A :class:`~scaretry.PaymentRequest` as Antom's request bodies, built as the generated models.

The 3DS modes map onto the decision table of Antom 3DS-Retry (docs.antom.com/ac/pm/3ds_retry) in
``paymentMethodMetaData``: ``ALWAYS`` = ``is3DSAuthentication`` true; ``UPGRADE`` = false with
``enableAuthenticationUpgrade`` true; ``NEVER`` = false and false. A merchant-initiated payment
carries ``networkTransactionId`` and is sent false and false: it is never upgraded.
"""

from __future__ import annotations

from scaretry_antom.models import (
    Amount,
    AntomBooleanString,
    AvailablePaymentMethod,
    BrowserInfo,
    Buyer,
    CaptureMode,
    CardPaymentMethodMetaData,
    CreatePaymentSessionRequest,
    CreatePaymentSessionRequestProductScene,
    Env,
    Order,
    PaymentFactor,
    PaymentMethod,
    PaymentMethodTypeItem,
    PayRequest,
    ProductCodeType,
    TerminalType,
    UserName,
)
from scaretry_antom.types import UNSET

from scaretry._request import Browser, Card, CardToken, PaymentRequest, ThreeDSMode

__all__ = ["pay_body", "session_body", "three_ds_flags"]


def _flag(value: bool) -> AntomBooleanString:
    # Antom's pages ask for every scalar as a string ("true"); the official SDK sends JSON booleans.
    return AntomBooleanString.TRUE if value else AntomBooleanString.FALSE


def three_ds_flags(request: PaymentRequest) -> tuple[bool, bool | None]:
    """(``is3DSAuthentication``, ``enableAuthenticationUpgrade``) for Antom's decision table; None
    leaves the upgrade flag out (3DS is forced, the flag would change nothing)."""
    if request.three_ds is ThreeDSMode.ALWAYS:
        return True, None
    return False, request.wants_upgrade


def _amount(request: PaymentRequest) -> Amount:
    return Amount(currency=request.amount.currency, value=str(request.amount.amount))


def _order(request: PaymentRequest, amount: Amount) -> Order:
    order = Order(
        reference_order_id=request.reference,
        order_description=(request.description or f"Order {request.reference}")[:256],
        order_amount=amount,
    )
    if request.customer_email:
        order.buyer = Buyer(buyer_email=request.customer_email)
    return order


def _card_meta(request: PaymentRequest) -> CardPaymentMethodMetaData:
    is_3ds, upgrade = three_ds_flags(request)
    meta = CardPaymentMethodMetaData(is_3ds_authentication=_flag(is_3ds))
    if upgrade is not None:
        meta.enable_authentication_upgrade = _flag(upgrade)
    if not request.customer_initiated:
        meta.network_transaction_id = request.previous_payment_id or UNSET
    source = request.source
    if isinstance(source, Card):
        meta.card_no = source.number
        meta.expiry_month = f"{source.expiry_month:02d}"
        meta.expiry_year = f"{source.expiry_year % 100:02d}"
        if source.cvv is not None:
            meta.cvv = source.cvv
        if source.holder_name:
            meta.cardholder_name = UserName(full_name=source.holder_name[:128])
    return meta


def _env(browser: Browser | None) -> Env:
    env = Env(terminal_type=TerminalType.WEB)
    if browser is not None:
        env.client_ip = browser.ip_address
        env.user_agent = browser.user_agent
        env.browser_info = BrowserInfo(
            accept_header=browser.accept_header,
            java_enabled=_flag(browser.java_enabled),
            java_script_enabled=_flag(browser.javascript_enabled),
            language=browser.language,
            user_agent=browser.user_agent,
        )
        env.color_depth = str(browser.color_depth)
        env.screen_height = str(browser.screen_height)
        env.screen_width = str(browser.screen_width)
        env.time_zone_offset = str(browser.time_zone_offset_minutes)
    return env


def pay_body(request: PaymentRequest, key: str, notify_url: str | None) -> PayRequest:
    """pay (One-time Payments, docs.antom.com/ac/ams/payment_cashier) with ``paymentRequestId`` = ``key``."""
    amount = _amount(request)
    method = PaymentMethod(payment_method_type="CARD", payment_method_meta_data=_card_meta(request))
    if isinstance(request.source, CardToken):
        method.payment_method_id = request.source.token
    body = PayRequest(
        product_code=ProductCodeType.CASHIER_PAYMENT,
        payment_request_id=key,
        order=_order(request, amount),
        payment_amount=amount,
        payment_method=method,
        payment_redirect_url=request.return_url,
        env=_env(request.browser),
        # Cards are always authorisations on Antom; captureMode says who captures.
        payment_factor=PaymentFactor(
            is_authorization=AntomBooleanString.TRUE,
            capture_mode=CaptureMode.AUTOMATIC if request.capture else CaptureMode.MANUAL,
        ),
    )
    notify = request.notify_url or notify_url
    if notify:
        body.payment_notify_url = notify
    return body


def session_body(request: PaymentRequest, key: str, scene: str, notify_url: str | None) -> CreatePaymentSessionRequest:
    """createPaymentSession (One-time Payments, docs.antom.com/ac/ams/session_cashier): the 3DS flags
    go in ``availablePaymentMethod.paymentMethodMetaData`` (Antom 3DS-Retry, Payment Element and
    Checkout Page tabs); a saved card (:class:`~scaretry.CardToken`) is offered as ``paymentMethodId``."""
    amount = _amount(request)
    body = CreatePaymentSessionRequest(
        product_code=ProductCodeType.CASHIER_PAYMENT,
        product_scene=CreatePaymentSessionRequestProductScene(scene),
        payment_request_id=key,
        order=_order(request, amount),
        payment_amount=amount,
        payment_redirect_url=request.return_url,
        available_payment_method=AvailablePaymentMethod(
            payment_method_type_list=[PaymentMethodTypeItem(payment_method_type="CARD", payment_method_order="1")],
            payment_method_meta_data=_card_meta(request),
        ),
        env=_env(request.browser),
    )
    if isinstance(request.source, CardToken):
        body.payment_method = PaymentMethod(payment_method_type="CARD", payment_method_id=request.source.token)
    notify = request.notify_url or notify_url
    if notify:
        body.payment_notify_url = notify
    return body
