"""A merchant's code written with Checkout.com's official SDK (``checkout-sdk``), unmodified and
configured only: the sandbox's root URL as the API host and the OAuth token URL, and the sandbox's
published fake credentials.

Run by the compatibility suite in the SDKs' venv: ``python checkout_merchant.py '<config JSON>'``
(see ``_serve``). The requests are built the way the SDK's README and its own integration tests
build them (checkout/checkout-sdk-python, ``tests/payments/payments_test_utils.py`` and
``tests/sessions/sessions_test_utils.py``), address with ``state: "London"`` included.
"""

from __future__ import annotations

import functools
import json
import sys
import warnings
from typing import Any

from _serve import serve
from checkout_sdk.checkout_response import ResponseWrapper
from checkout_sdk.checkout_sdk import CheckoutSdk
from checkout_sdk.common.common import Address, CustomerRequest, Phone
from checkout_sdk.common.enums import ChallengeIndicator, Country, Currency
from checkout_sdk.environment import Environment
from checkout_sdk.json_serializer import JsonSerializer
from checkout_sdk.oauth_scopes import OAuthScopes
from checkout_sdk.payments.payments import PaymentRequest, PaymentRequestCardSource, ThreeDsRequest
from checkout_sdk.sessions.sessions import (
    AppSession,
    AuthenticationType,
    BrowserSession,
    Category,
    HostedCompletionInfo,
    MerchantInitiatedSession,
    NonHostedCompletionInfo,
    RequestType,
    SdkEphemeralPublicKey,
    SdkInterfaceType,
    SessionCardSource,
    SessionRequest,
    ThreeDsMethodCompletion,
    ThreeDsMethodCompletionRequest,
    TransactionType,
    UIElements,
)

CONFIG: dict[str, Any] = json.loads(sys.argv[1])
ROOT = CONFIG["root"].rstrip("/")
APPROVE_CARD = "4242424242424242"
CHANNELS = ("browser", "app", "merchant_initiated")


def _environment() -> Environment:
    """Checkout.com's sandbox environment, every host replaced by the emulator's root URL."""
    return Environment(
        base_uri=ROOT + "/",
        authorization_uri=ROOT + "/connect/token",
        files_uri=ROOT + "/",
        transfers_uri=ROOT + "/",
        balances_uri=ROOT + "/",
        forward_uri=ROOT + "/",
        identity_uri=ROOT + "/",
        is_sandbox=True,
    )


def _builder(builder: Any) -> Any:
    # The SDK wants a merchant subdomain ("{prefix}.api.sandbox.checkout.com"); a loopback IP has
    # none, so opt out of it the documented way (use_legacy_domain warns that it is deprecated).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return builder.environment(_environment()).use_legacy_domain()


@functools.cache
def _api() -> Any:
    """The secret-key client (payments)."""
    return _builder(CheckoutSdk.builder().secret_key(CONFIG["secret_key"])).build()


@functools.cache
def _oauth_api() -> Any:
    """The OAuth client (Sessions need it): builds by fetching a token from the token URL."""
    builder = CheckoutSdk.builder().oauth().client_credentials(CONFIG["oauth_client_id"], CONFIG["oauth_client_secret"])
    return _builder(
        builder.scopes([OAuthScopes.GATEWAY, OAuthScopes.SESSIONS_APP, OAuthScopes.SESSIONS_BROWSER])
    ).build()


def _plain(value: Any) -> Any:
    """A ResponseWrapper as the plain JSON it was built from (attribute names are the wire names)."""
    if isinstance(value, ResponseWrapper):
        return {name: _plain(item) for name, item in vars(value).items() if name != "http_metadata"}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _answer(response: ResponseWrapper) -> dict[str, Any]:
    return {"status_code": response.http_metadata.status_code, "body": _plain(response)}


def _address() -> Address:
    address = Address()
    address.address_line1 = "CheckoutSdk.com"
    address.address_line2 = "90 Tottenham Court Road"
    address.city = "London"
    address.state = "London"
    address.zip = "W1T 4TJ"
    address.country = Country.GB
    return address


def _phone() -> Phone:
    phone = Phone()
    phone.country_code = "44"
    phone.number = "020222333"
    return phone


def _payment_request(
    number: str, *, three_ds: str | None = None, allow_upgrade: bool | None = None, merchant_initiated: bool = False
) -> PaymentRequest:
    """A card payment. ``three_ds``: None (no 3ds block), "integrated" (the SDK's own 3DS example:
    enabled, empty eci/cryptogram/xid, version 2.0.1)."""
    source = PaymentRequestCardSource()
    source.number = number
    source.expiry_month = 6
    source.expiry_year = 2030
    source.cvv = "100"
    source.name = "Checkout Test"
    source.billing_address = _address()
    source.phone = _phone()

    customer = CustomerRequest()
    customer.email = "compat-suite@example.com"
    customer.name = "Integration Test"

    request = PaymentRequest()
    request.source = source
    request.amount = 6540
    request.currency = Currency.GBP
    request.reference = "ORD-COMPAT-1"
    request.processing_channel_id = CONFIG["processing_channel_id"]
    request.customer = customer
    request.success_url = "https://merchant.example/success"
    request.failure_url = "https://merchant.example/failure"
    if merchant_initiated:
        request.merchant_initiated = True
    if three_ds == "integrated":
        block = ThreeDsRequest()
        block.enabled = True
        block.attempt_n3d = False
        block.eci = ""
        block.cryptogram = ""
        block.xid = ""
        block.version = "2.0.1"
        request.three_ds = block
    if allow_upgrade is not None:
        block = request.three_ds if three_ds else ThreeDsRequest()
        block.allow_upgrade = allow_upgrade
        request.three_ds = block
    return request


def request_payment(
    number: str,
    *,
    three_ds: str | None = None,
    allow_upgrade: bool | None = None,
    merchant_initiated: bool = False,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    request = _payment_request(
        number, three_ds=three_ds, allow_upgrade=allow_upgrade, merchant_initiated=merchant_initiated
    )
    return _answer(_api().payments.request_payment(request, idempotency_key))


def get_payment_details(payment_id: str) -> dict[str, Any]:
    return _answer(_api().payments.get_payment_details(payment_id))


def get_payment_actions(payment_id: str) -> dict[str, Any]:
    return _answer(_api().payments.get_payment_actions(payment_id))


def _browser() -> BrowserSession:
    browser = BrowserSession()
    browser.accept_header = "Accept:  *.*, q=0.1"
    browser.java_enabled = True
    browser.javascript_enabled = True
    browser.language = "FR-fr"
    browser.color_depth = "16"
    browser.screen_width = "1920"
    browser.screen_height = "1080"
    browser.timezone = "60"
    browser.user_agent = (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"
    )
    browser.three_ds_method_completion = ThreeDsMethodCompletion.Y
    browser.ip_address = "1.12.123.255"
    return browser


def _app() -> AppSession:
    key = SdkEphemeralPublicKey()
    key.kty = "EC"
    key.crv = "P-256"
    key.x = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"
    key.y = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"
    app = AppSession()
    app.sdk_app_id = "dbd64fcb-c19a-4728-8849-e3d50bfdde39"
    app.sdk_max_timeout = 5
    app.sdk_encrypted_data = "{}"
    app.sdk_ephem_pub_key = key
    app.sdk_reference_number = "3DS_LOA_SDK_PPFU_020100_00007"
    app.sdk_transaction_id = "b2385523-a66c-4907-ac3c-91848e8c0067"
    app.sdk_interface_type = SdkInterfaceType.BOTH
    app.sdk_ui_elements = [UIElements.SINGLE_SELECT, UIElements.HTML_OTHER]
    return app


def _merchant_initiated() -> MerchantInitiatedSession:
    channel = MerchantInitiatedSession()
    channel.request_type = RequestType.RECURRING_TRANSACTION
    return channel


def _session_request(number: str, *, hosted: bool, channel: str | None = None) -> SessionRequest:
    """A standalone 3DS session, as the SDK's tests build one (hosted, or non-hosted with channel data)."""
    source = SessionCardSource()
    source.number = number
    source.expiry_month = 1
    source.expiry_year = 2030

    request = SessionRequest()
    request.source = source
    request.amount = 100
    request.currency = Currency.USD
    request.processing_channel_id = CONFIG["processing_channel_id"]
    request.authentication_type = AuthenticationType.REGULAR
    request.authentication_category = Category.PAYMENT
    request.challenge_indicator = ChallengeIndicator.NO_PREFERENCE
    request.reference = "ORD-5023-4E89"
    request.transaction_type = TransactionType.GOODS_SERVICE
    if hosted:
        completion = HostedCompletionInfo()
        completion.success_url = "https://merchant.example/sessions/success"
        completion.failure_url = "https://merchant.example/sessions/fail"
    else:
        completion = NonHostedCompletionInfo()
        completion.callback_url = "https://merchant.example/callback"
    request.completion = completion
    if channel is not None:
        request.channel_data = {"browser": _browser, "app": _app, "merchant_initiated": _merchant_initiated}[channel]()
    return request


def request_session(number: str, *, hosted: bool, with_browser: bool = False) -> dict[str, Any]:
    request = _session_request(number, hosted=hosted, channel="browser" if with_browser else None)
    return _answer(_oauth_api().sessions.request_session(request))


def get_session_details(session_id: str, session_secret: str | None = None) -> dict[str, Any]:
    return _answer(_oauth_api().sessions.get_session_details(session_id, session_secret))


def update_session(session_id: str, session_secret: str | None = None) -> dict[str, Any]:
    return _answer(_oauth_api().sessions.update_session(session_id, _browser(), session_secret))


def update_3ds_method_completion(session_id: str, session_secret: str | None = None) -> dict[str, Any]:
    request = ThreeDsMethodCompletionRequest()
    request.three_ds_method_completion = ThreeDsMethodCompletion.Y
    return _answer(_oauth_api().sessions.update_3ds_method_completion(session_id, request, session_secret))


def complete_session(session_id: str, session_secret: str | None = None) -> dict[str, Any]:
    return _answer(_oauth_api().sessions.complete_session(session_id, session_secret))


def _payment_with_session(number: str, session_id: str) -> PaymentRequest:
    """A payment authenticated by a finished session (``3ds.enabled`` + ``authentication_id``)."""
    source = PaymentRequestCardSource()
    source.number = number
    source.expiry_month = 1
    source.expiry_year = 2030
    request = PaymentRequest()
    request.source = source
    request.amount = 100
    request.currency = Currency.USD
    request.processing_channel_id = CONFIG["processing_channel_id"]
    block = ThreeDsRequest()
    block.enabled = True
    block.authentication_id = session_id
    request.three_ds = block
    return request


def pay_with_session(number: str, session_id: str) -> dict[str, Any]:
    return _answer(_oauth_api().payments.request_payment(_payment_with_session(number, session_id)))


def _wire(request: Any) -> Any:
    return json.loads(json.dumps(request, cls=JsonSerializer))


def request_bodies() -> dict[str, Any]:
    """The JSON bodies the SDK sends for the requests this module makes, by the spec schema each
    must fit, by operation (the suite validates them against specs/checkout.yaml; no network involved)."""
    completion = ThreeDsMethodCompletionRequest()
    completion.three_ds_method_completion = ThreeDsMethodCompletion.Y
    return {
        "requestPayment": [
            _wire(_payment_request(APPROVE_CARD)),
            _wire(_payment_request(APPROVE_CARD, three_ds="integrated")),
            _wire(_payment_request(APPROVE_CARD, allow_upgrade=False, merchant_initiated=True)),
            _wire(_payment_with_session(APPROVE_CARD, "sid_" + "a" * 26)),
        ],
        "requestSession": [
            _wire(_session_request(APPROVE_CARD, hosted=True)),
            *(_wire(_session_request(APPROVE_CARD, hosted=False, channel=c)) for c in CHANNELS),
        ],
        "updateSessionChannelData": [_wire(_browser())],
        "updateIssuerFingerprint": [_wire(completion)],
    }


if __name__ == "__main__":
    serve(
        {
            "request_payment": request_payment,
            "get_payment_details": get_payment_details,
            "get_payment_actions": get_payment_actions,
            "request_session": request_session,
            "get_session_details": get_session_details,
            "update_session": update_session,
            "update_3ds_method_completion": update_3ds_method_completion,
            "complete_session": complete_session,
            "pay_with_session": pay_with_session,
            "request_bodies": request_bodies,
        }
    )
