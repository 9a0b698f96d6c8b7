"""Antom (Ant International): the adapter (request and outcome mapping, RSA signing, idempotency,
notifications) and the ``Antom`` / ``AsyncAntom`` clients.

Antom upgrades natively ("Antom 3DS-Retry", docs.antom.com/ac/pm/3ds_retry): a card payment sent
with ``is3DSAuthentication`` false and ``enableAuthenticationUpgrade`` true that the issuer
soft-declines for missing 3DS is turned into a 3DS payment by Antom, which answers U
``PAYMENT_IN_PROCESS`` with a ``normalUrl`` (or a ``redirectActionForm``) for the buyer. So the
modes map onto Antom's decision table as ``ALWAYS`` = (true, -), ``UPGRADE`` = (false, true),
``NEVER`` = (false, false); a merchant-initiated payment carries ``networkTransactionId`` and is
sent (false, false): it is never upgraded.

Every call is a POST signed with the merchant's RSA key over ``POST <path>\\n<Client-Id>.<Request-Time>.<body>``
and every S or U answer must carry Antom's signature over the response body
(docs.antom.com/ac/ams/digital_signature); :class:`AntomAuth` does both, on the exact bytes.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import json
import re
import uuid
from collections.abc import Generator, Mapping
from typing import Any, ClassVar
from urllib.parse import quote_plus, unquote_plus, urlsplit

import attrs
import httpx
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from scaretry_antom.api.payments import create_payment_session, inquiry_payment, pay
from scaretry_antom.client import Client as AntomApi
from scaretry_antom.errors import UnparseableResponse
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
    CreatePaymentSessionResponse,
    Env,
    GatewayErrorResponse,
    InquiryPaymentRequest,
    InquiryPaymentResponse,
    NotifyPaymentRequest,
    Order,
    PaymentFactor,
    PaymentMethod,
    PaymentMethodTypeItem,
    PaymentResultInfo,
    PayRequest,
    PayResponse,
    ProductCodeType,
    RedirectActionForm,
    Result,
    TerminalType,
    UserName,
)
from scaretry_antom.models import ThreeDSResult as AntomThreeDSResult
from scaretry_antom.types import UNSET, Unset

from scaretry._adapter import Adapter, Call, Capabilities, Flow, RawResponse, api_error
from scaretry._client import AsyncClient, Client
from scaretry._config import FROM_ENV, ClientOptions, from_env, validated
from scaretry._errors import (
    AuthenticationError,
    ConfigurationError,
    ProviderError,
    SignatureError,
    UnexpectedResponse,
    UnsupportedError,
    ValidationError,
)
from scaretry._handle import Handle
from scaretry._outcome import (
    Action,
    ActionReason,
    Decline,
    FormPostAction,
    Outcome,
    RedirectAction,
    State,
    ThreeDSResult,
)
from scaretry._request import Browser, Card, CardToken, PaymentRequest, ThreeDSMode
from scaretry._tables import DeclineTable

__all__ = [
    "AntomModel",
    "NOTIFY_ACK",
    "Antom",
    "AntomAdapter",
    "AntomAuth",
    "AntomConfig",
    "AsyncAntom",
    "PaymentSession",
    "SessionScene",
]

PROVIDER = "antom"

#: The acknowledgement Antom expects from the merchant's notify URL (HTTP 200, this fixed body, no
#: signature); anything else makes Antom send the notification again.
NOTIFY_ACK = b'{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}'

_SIGNATURE = re.compile(r"^\s*algorithm=RSA256\s*,\s*keyVersion=(\d+)\s*,\s*signature=(\S+)\s*$")
#: F codes that are not a decline of the card but a refusal of our request or credentials.
_AUTH_CODES = frozenset({"INVALID_SIGNATURE", "INVALID_CLIENT", "KEY_NOT_FOUND", "ACCESS_DENIED"})
_REQUEST_CODES = frozenset(
    {
        "PARAM_ILLEGAL",
        "INVALID_PAYMENT_METHOD_META_DATA",
        "REPEAT_REQ_INCONSISTENT",
        "NO_INTERFACE_DEF",
        "INVALID_API",
        "INVALID_CONTRACT",
        "INVALID_MERCHANT_STATUS",
        "MERCHANT_KYB_NOT_QUALIFIED",
        "MERCHANT_NOT_REGISTERED",
        "SETTLE_CONTRACT_NOT_MATCH",
        "PAYMENT_NOT_QUALIFIED",
        "CURRENCY_NOT_SUPPORT",
        "ORDER_NOT_EXIST",
    }
)
_CLOSED = "ORDER_IS_CLOSED"  # Antom closes an unpaid payment at paymentExpiryTime: it expired
_OPERATIONS = ("/payments/pay", "/payments/createPaymentSession")


class SessionScene(enum.StrEnum):
    """Which front end a payment session is for (``productScene`` of createPaymentSession)."""

    ELEMENT = "ELEMENT_PAYMENT"  # Antom's Payment Element in the merchant's page
    CHECKOUT_PAGE = "CHECKOUT_PAYMENT"  # Antom's hosted Checkout Page at ``normal_url``


@attrs.frozen
class PaymentSession:
    """A createPaymentSession answer: hand ``session_data`` to Antom's front-end SDK, or send the
    buyer to ``normal_url`` (the hosted Checkout Page). ``handle`` polls or waits for the payment the
    buyer makes in it (``client.wait(session.handle)``), by its ``paymentRequestId``."""

    session_id: str
    session_data: str
    expires_at: str | None
    normal_url: str | None
    handle: Handle
    raw: Any = attrs.field(default=None, eq=False, repr=False)


# -- keys and signatures ------------------------------------------------------------------------


def _pem_or_base64(value: str | bytes) -> tuple[bytes, bool]:
    text = value.decode() if isinstance(value, bytes) else value
    if "-----BEGIN" in text:
        return text.encode(), True
    # Antom Dashboard hands keys out as bare base64 (the official SDK adds the PEM armour itself).
    return base64.b64decode("".join(text.split()), validate=True), False


def load_private_key(value: str | bytes | rsa.RSAPrivateKey) -> rsa.RSAPrivateKey:
    """The merchant's RSA private key: PEM (PKCS#8 or PKCS#1) or Antom's bare base64 DER."""
    if isinstance(value, rsa.RSAPrivateKey):
        return value
    try:
        data, pem = _pem_or_base64(value)
        key = (
            serialization.load_pem_private_key(data, password=None)
            if pem
            else serialization.load_der_private_key(data, password=None)
        )
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise ConfigurationError("antom: private_key is not a readable RSA private key (PEM or base64 DER)") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ConfigurationError("antom: private_key must be an RSA key (Antom signs with RSA256)")
    return key


def load_public_key(value: str | bytes | rsa.RSAPublicKey) -> rsa.RSAPublicKey:
    """Antom's RSA public key (issued by Antom, not one you generated): PEM or bare base64 DER."""
    if isinstance(value, rsa.RSAPublicKey):
        return value
    try:
        data, pem = _pem_or_base64(value)
        key = serialization.load_pem_public_key(data) if pem else serialization.load_der_public_key(data)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise ConfigurationError("antom: antom_public_key is not a readable RSA public key (PEM or base64)") from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise ConfigurationError("antom: antom_public_key must be an RSA key")
    return key


def _content(method: str, path: str, client_id: str, when: str, body: bytes) -> bytes:
    return f"{method} {path}\n{client_id}.{when}.".encode() + body


def _signature_ok(key: rsa.RSAPublicKey, header: str, content: bytes) -> bool:
    match = _SIGNATURE.match(header)
    if match is None:
        return False
    try:
        signature = base64.b64decode(unquote_plus(match.group(2)), validate=True)
        key.verify(signature, content, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _safe_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers for an exception: without the signature (errors end up in logs)."""
    return {k: v for k, v in headers.items() if k.lower() != "signature"}


class AntomAuth(httpx.Auth):
    """Antom's RSA256 scheme, both ways.

    Request: ``Signature: algorithm=RSA256,keyVersion=1,signature=<url-encoded base64>``, RSA PKCS#1
    v1.5 over SHA-256 of ``POST <path and query as sent>\\n<Client-Id>.<Request-Time>.<body bytes>``.

    Response: Antom signs its answer the same way, over the request's method and path, its own
    ``Client-Id`` and ``Response-Time`` headers and the raw response body. An S or U answer that is
    unsigned, half-signed (only one of Signature and Response-Time) or badly signed raises
    :class:`~scaretry.SignatureError`; an F answer or a non-200 gateway answer may come unsigned
    (Antom's gateway rejects bad requests before anything signs them), but if it carries a
    signature, the signature must verify.
    """

    requires_request_body = True
    requires_response_body = True

    def __init__(
        self, client_id: str, private_key: rsa.RSAPrivateKey, antom_public_key: rsa.RSAPublicKey, key_version: str
    ) -> None:
        self._client_id = client_id
        self._private_key = private_key
        self._public_key = antom_public_key
        self._key_version = key_version

    def sign(self, method: str, path: str, when: str, body: bytes) -> str:
        """The ``Signature`` header value for one request."""
        signed = self._private_key.sign(
            _content(method, path, self._client_id, when, body), padding.PKCS1v15(), hashes.SHA256()
        )
        encoded = quote_plus(base64.b64encode(signed).decode())
        return f"algorithm=RSA256,keyVersion={self._key_version},signature={encoded}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        when = _now()
        path = request.url.raw_path.decode("ascii")
        request.headers["Client-Id"] = self._client_id
        request.headers["Request-Time"] = when
        request.headers["Signature"] = self.sign(request.method, path, when, request.content)
        response = yield request
        self.verify(request, response)

    def verify(self, request: httpx.Request, response: httpx.Response) -> None:
        """Raise :class:`~scaretry.SignatureError` unless ``response`` is Antom's, unaltered."""
        signature = response.headers.get("signature")
        when = response.headers.get("response-time")
        if signature is None and when is None:
            if _may_be_unsigned(response):
                return
            raise self._rejection(response, "the answer is not signed (Antom signs every S and U answer)")
        if signature is None or when is None:
            raise self._rejection(response, "the answer carries only one of Signature and Response-Time")
        client_id = response.headers.get("client-id", self._client_id)
        if client_id != self._client_id:
            raise self._rejection(response, "the answer is signed for another client id")
        content = _content(request.method, request.url.raw_path.decode("ascii"), client_id, when, response.content)
        if not _signature_ok(self._public_key, signature, content):
            raise self._rejection(response, "the answer's signature does not verify with Antom's public key")

    def _rejection(self, response: httpx.Response, why: str) -> SignatureError:
        return SignatureError(
            why,
            provider=PROVIDER,
            status_code=response.status_code,
            body=response.content,
            headers=_safe_headers(response.headers),
        )

    def __repr__(self) -> str:
        return f"AntomAuth(client_id={self._client_id!r}, key_version={self._key_version!r})"


def _may_be_unsigned(response: httpx.Response) -> bool:
    if response.status_code != 200:
        return True
    try:
        status = json.loads(response.content)["result"]["resultStatus"]
    except (ValueError, KeyError, TypeError):
        return False
    return bool(status == "F")


# -- small helpers ------------------------------------------------------------------------------


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _text(value: Any) -> str | None:
    value = _opt(value)
    return None if value is None else str(value)


def _flag(value: bool) -> AntomBooleanString:
    # Antom's pages ask for every scalar as a string ("true"); the official SDK sends JSON booleans.
    return AntomBooleanString.TRUE if value else AntomBooleanString.FALSE


def _boolean(value: Any) -> bool | None:
    value = _opt(value)
    if isinstance(value, bool):
        return value
    if value is None:
        return None
    text = str(value).lower()
    return True if text == "true" else False if text == "false" else None


def _scalars(data: Mapping[str, Any]) -> dict[str, str | int | float | bool | None]:
    return {k: v for k, v in data.items() if v is None or isinstance(v, str | int | float | bool)}


# -- the adapter --------------------------------------------------------------------------------


@attrs.frozen
class AntomConfig(ClientOptions):
    """Antom credentials and options (the :class:`Antom` constructor's arguments).

    ``client_id`` is Antom's Client-Id (sandbox ids start with ``SANDBOX_``); ``private_key`` the
    merchant's RSA key whose public half is registered in Antom Dashboard (PEM, or Antom's bare
    base64); ``antom_public_key`` the key Antom issued (not one you generated), to verify its answers
    and notifications. ``notify_url`` is sent as ``paymentNotifyUrl`` when a request has none, and
    its path is what notifications are verified over. From the environment:
    ``SCARETRY_ANTOM_CLIENT_ID``, ``_PRIVATE_KEY``, ``_PUBLIC_KEY`` (Antom's), ``_KEY_VERSION``,
    ``_NOTIFY_URL``, ``_BASE_URL``, ``_ENVIRONMENT``.
    """

    provider: ClassVar[str] = PROVIDER
    urls: ClassVar[dict[str, str]] = {
        # Antom's recommended default domain is North America; sandbox is the /ams/sandbox prefix.
        "sandbox": "https://open-na-global.alipay.com/ams/sandbox",
        "production": "https://open-na-global.alipay.com/ams",
        "sandbox-asia": "https://open-sea-global.alipay.com/ams/sandbox",
        "production-asia": "https://open-sea-global.alipay.com/ams",
        "sandbox-europe": "https://open-de-global.alipay.com/ams/sandbox",
        "production-europe": "https://open-de-global.alipay.com/ams",
    }

    client_id: str = attrs.field(
        metadata=FROM_ENV,
        validator=validated(
            lambda v: isinstance(v, str) and 0 < len(v) <= 64,
            "client_id must be the 1-64 character Client-Id Antom issued",
        ),
    )
    private_key: rsa.RSAPrivateKey = attrs.field(repr=False, metadata=FROM_ENV, converter=load_private_key)
    antom_public_key: rsa.RSAPublicKey = attrs.field(metadata=from_env("public_key"), converter=load_public_key)
    key_version: str = attrs.field(
        default="1",
        kw_only=True,
        metadata=FROM_ENV,
        validator=validated(
            lambda v: isinstance(v, str) and v.isdigit(), "key_version must be digits (Antom's keyVersion, usually 1)"
        ),
    )
    notify_url: str | None = attrs.field(default=None, kw_only=True, metadata=FROM_ENV)
    decline_overrides: Mapping[str, Mapping[str, Any] | str] | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.client_id.startswith("SANDBOX_") and self.environment.startswith("production") and not self.base_url:
            raise ConfigurationError("antom: a SANDBOX_ client id only works on the sandbox environment")

    def make_adapter(self) -> AntomAdapter:
        return AntomAdapter(self)


class AntomAdapter(Adapter[AntomConfig]):
    """Antom's flows as a sans-I/O description (see the module docstring)."""

    provider: ClassVar[str] = PROVIDER
    capabilities: ClassVar[Capabilities] = Capabilities(
        three_ds_modes=frozenset(ThreeDSMode), native_upgrade=True, sessions=True, webhooks=True
    )
    unparseable: ClassVar[type[Exception]] = UnparseableResponse

    def __init__(self, config: AntomConfig) -> None:
        super().__init__(config)
        self.client_id = config.client_id
        self.notify_url = config.notify_url
        self._public_key = config.antom_public_key
        self.table = DeclineTable.load(PROVIDER, config.decline_overrides)

    # -- transport ---------------------------------------------------------------------------------

    def make_api(self, base_url: str) -> AntomApi:
        return AntomApi(base_url=base_url)

    def auth(self) -> AntomAuth:
        config = self.config
        return AntomAuth(self.client_id, config.private_key, config.antom_public_key, config.key_version)

    def handle_secret(self) -> bytes:
        return self.config.private_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def request_id(self, response: RawResponse) -> str | None:
        """Antom has no per-request id; its answers echo the merchant's ``paymentRequestId``."""
        return _text(getattr(response.parsed, "payment_request_id", None))

    # inquiryPayment is a read; pay and createPaymentSession are idempotent on their paymentRequestId
    # (Antom: resending the same request returns the same result): all three are safe to repeat.
    # Request-Time and Signature are set by AntomAuth once the exact bytes are known.

    def _pay(self, body: PayRequest, handle: Handle) -> Call:
        prepared = pay.prepare(body=body, client_id=self.client_id, request_time="", signature="")
        return Call(prepared, handle, retry_safe=True)

    def _inquiry(self, body: InquiryPaymentRequest, handle: Handle) -> Call:
        prepared = inquiry_payment.prepare(body=body, client_id=self.client_id, request_time="", signature="")
        return Call(prepared, handle, retry_safe=True)

    def _create_session(self, body: CreatePaymentSessionRequest, handle: Handle) -> Call:
        prepared = create_payment_session.prepare(body=body, client_id=self.client_id, request_time="", signature="")
        return Call(prepared, handle, retry_safe=True)

    # -- requests ----------------------------------------------------------------------------------

    def check(self, request: PaymentRequest) -> None:
        """Refuse what Antom cannot do, and merchant-initiated payments Antom cannot recognise."""
        super().check(request)
        if not request.customer_initiated:
            if not request.previous_payment_id:
                raise ValidationError(
                    "previous_payment_id",
                    "a merchant-initiated Antom payment needs the scheme's networkTransactionId of the "
                    "customer-initiated payment (paymentResultInfo.networkTransactionId)",
                )
            if request.three_ds is ThreeDSMode.ALWAYS:
                raise UnsupportedError("antom: a merchant-initiated payment cannot run 3DS (no cardholder is there)")

    def _flags(self, request: PaymentRequest) -> tuple[bool, bool | None]:
        """(is3DSAuthentication, enableAuthenticationUpgrade) for Antom's decision table."""
        if request.three_ds is ThreeDSMode.ALWAYS:
            return True, None
        return False, request.wants_upgrade

    def _amount(self, request: PaymentRequest) -> Amount:
        return Amount(currency=request.amount.currency, value=str(request.amount.amount))

    def _order(self, request: PaymentRequest, amount: Amount) -> Order:
        order = Order(
            reference_order_id=request.reference,
            order_description=(request.description or f"Order {request.reference}")[:256],
            order_amount=amount,
        )
        if request.customer_email:
            order.buyer = Buyer(buyer_email=request.customer_email)
        return order

    def _meta(self, request: PaymentRequest) -> CardPaymentMethodMetaData:
        is_3ds, upgrade = self._flags(request)
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

    def _env(self, browser: Browser | None) -> Env:
        env_ = Env(terminal_type=TerminalType.WEB)
        if browser is not None:
            env_.client_ip = browser.ip_address
            env_.user_agent = browser.user_agent
            env_.browser_info = BrowserInfo(
                accept_header=browser.accept_header,
                java_enabled=_flag(browser.java_enabled),
                java_script_enabled=_flag(browser.javascript_enabled),
                language=browser.language,
                user_agent=browser.user_agent,
            )
            env_.color_depth = str(browser.color_depth)
            env_.screen_height = str(browser.screen_height)
            env_.screen_width = str(browser.screen_width)
            env_.time_zone_offset = str(browser.time_zone_offset_minutes)
        return env_

    def _pay_body(self, request: PaymentRequest, key: str) -> PayRequest:
        amount = self._amount(request)
        method = PaymentMethod(payment_method_type="CARD", payment_method_meta_data=self._meta(request))
        if isinstance(request.source, CardToken):
            method.payment_method_id = request.source.token
        body = PayRequest(
            product_code=ProductCodeType.CASHIER_PAYMENT,
            payment_request_id=key,
            order=self._order(request, amount),
            payment_amount=amount,
            payment_method=method,
            payment_redirect_url=request.return_url,
            env=self._env(request.browser),
            # Cards are always authorisations on Antom; captureMode says who captures.
            payment_factor=PaymentFactor(
                is_authorization=AntomBooleanString.TRUE,
                capture_mode=CaptureMode.AUTOMATIC if request.capture else CaptureMode.MANUAL,
            ),
        )
        notify = request.notify_url or self.notify_url
        if notify:
            body.payment_notify_url = notify
        return body

    def new_idempotency_key(self, request: PaymentRequest) -> str:
        """A ``paymentRequestId``: made once per logical payment, reused by every retry (≤ 64 chars)."""
        return f"scr_{uuid.uuid4().hex}"

    # -- flows -------------------------------------------------------------------------------------

    def pay(self, request: PaymentRequest, idempotency_key: str) -> Flow[Outcome]:
        self.check(request)
        key = idempotency_key
        is_3ds, _ = self._flags(request)
        handle = Handle(
            provider=PROVIDER,
            payment_id=None,
            reference=request.reference,
            idempotency_key=key,
            step="pay",
            data={"mode": request.three_ds.value, "initiator": request.initiator.value},
        )
        response = yield self._pay(self._pay_body(request, key), handle)
        return self._pay_outcome(response, handle, is_3ds=is_3ds, wants_upgrade=request.wants_upgrade)

    def status(self, handle: Handle) -> Flow[Outcome]:
        self.own(handle)
        if handle.payment_id:
            body = InquiryPaymentRequest(payment_id=handle.payment_id)
        else:
            body = InquiryPaymentRequest(payment_request_id=handle.idempotency_key)
        response = yield self._inquiry(body, handle)
        return self._inquiry_outcome(response, handle)

    def resume(self, handle: Handle, params: Mapping[str, str]) -> Flow[Outcome]:
        """Antom sends the buyer back to ``paymentRedirectUrl`` as it was given, with nothing added;
        the result is read with inquiryPayment. From now on PROCESSING means "the bank is answering",
        not "the customer must still act"."""
        self.own(handle)
        if handle.step == "challenge":
            handle = handle.evolve(step="returned")
        return (yield from self.status(handle))

    def create_session(
        self, request: PaymentRequest, key: str, scene: SessionScene = SessionScene.ELEMENT
    ) -> Flow[PaymentSession]:
        """createPaymentSession: Antom's front end collects the card, so raw card data is refused
        (a :class:`~scaretry.CardToken` is offered as the buyer's saved card). The 3DS flags go in
        ``availablePaymentMethod.paymentMethodMetaData`` (Antom 3DS-Retry, Payment Element tab)."""
        self.check(request)
        source = request.require_source()
        if isinstance(source, Card):
            raise ValidationError(
                "source",
                "a payment session collects the card in Antom's front end: pass a CardToken (a saved card), "
                "not card data",
            )
        amount = self._amount(request)
        meta = self._meta(request)
        body = CreatePaymentSessionRequest(
            product_code=ProductCodeType.CASHIER_PAYMENT,
            product_scene=CreatePaymentSessionRequestProductScene(scene.value),
            payment_request_id=key,
            order=self._order(request, amount),
            payment_amount=amount,
            payment_redirect_url=request.return_url,
            available_payment_method=AvailablePaymentMethod(
                payment_method_type_list=[PaymentMethodTypeItem(payment_method_type="CARD", payment_method_order="1")],
                payment_method_meta_data=meta,
            ),
            payment_method=PaymentMethod(payment_method_type="CARD", payment_method_id=source.token),
            env=self._env(request.browser),
        )
        notify = request.notify_url or self.notify_url
        if notify:
            body.payment_notify_url = notify
        handle = Handle(
            provider=PROVIDER,
            payment_id=None,
            reference=request.reference,
            idempotency_key=key,
            step="session",
            data={"mode": request.three_ds.value},
        )
        response = yield self._create_session(body, handle)
        parsed = self._parsed(response, "createPaymentSession", CreatePaymentSessionResponse)
        self._raise_unless_success(parsed.result, response, "createPaymentSession")
        session_id, data = _text(parsed.payment_session_id), _text(parsed.payment_session_data)
        if not session_id or not data:
            raise self._unexpected(response, "createPaymentSession: S without paymentSessionId/paymentSessionData")
        expiry = _text(parsed.payment_session_expiry_time)
        handle = handle.evolve(data={**handle.data, "session_expiry": expiry})
        return PaymentSession(session_id, data, expiry, _text(parsed.normal_url), handle, parsed)

    # -- answers -----------------------------------------------------------------------------------

    def _unexpected(self, response: RawResponse, why: str) -> UnexpectedResponse:
        return UnexpectedResponse(
            why,
            provider=PROVIDER,
            status_code=response.status_code,
            body=response.content,
            headers=_safe_headers(response.headers),
        )

    def _parsed(self, response: RawResponse, operation: str, kind: type[Any]) -> Any:
        if response.status_code != 200:
            raise self._gateway_error(response, operation)
        parsed = response.parsed
        if not isinstance(parsed, kind):
            raise self._unexpected(response, f"{operation}: the answer is not a {kind.__name__}")
        return parsed

    def _gateway_error(self, response: RawResponse, operation: str) -> ProviderError | AuthenticationError:
        """A non-200 answer: Antom's gateway (overload, fault) rather than a business result."""
        parsed = response.parsed
        result: Result | None = parsed.result if isinstance(parsed, GatewayErrorResponse) else None
        code = message = None
        if result is not None:
            code, message = result.result_code, result.result_message
        else:
            try:  # undocumented statuses (429, 413, 404) still carry Antom's Result in our experience
                raw = json.loads(response.content)["result"]
                code, message = str(raw["resultCode"]), str(raw.get("resultMessage", ""))
            except (ValueError, KeyError, TypeError):
                pass
        error = api_error(PROVIDER, response, f"{operation}: HTTP {response.status_code} {message or ''}".strip(), code)
        error.headers = _safe_headers(response.headers)
        return error

    def _raise_unless_success(self, result: Result, response: RawResponse, operation: str) -> None:
        status = result.result_status.value
        if status == "S":
            return
        raise self._result_error(result, response, operation)

    def _result_error(
        self, result: Result, response: RawResponse, operation: str
    ) -> ProviderError | AuthenticationError:
        cls = AuthenticationError if result.result_code in _AUTH_CODES else ProviderError
        return cls(
            f"{operation}: {result.result_status.value} {result.result_message}",
            provider=PROVIDER,
            status_code=response.status_code,
            code=result.result_code,
            body=response.content,
            headers=_safe_headers(response.headers),
        )

    def _decline(self, code: str, message: str | None) -> Decline:
        rule = self.table.lookup(code)
        return Decline(code=code, message=message or rule.message, category=rule.category)

    def _three_ds(self, info: Any, card_info: Any = None) -> ThreeDSResult | None:
        result: Any = None
        if isinstance(info, PaymentResultInfo):
            result = _opt(info.three_ds_result)
        if result is None and card_info is not None:
            result = _opt(getattr(card_info, "three_ds_result", None))
        if not isinstance(result, AntomThreeDSResult):
            return None
        version = _text(result.three_ds_version)
        eci = _text(result.eci)
        if version is None and eci is None and _boolean(result.three_ds_offered) is False:
            return None  # 3DS did not run at all
        reason = _text(result.three_d_stransaction_status_reason)
        return ThreeDSResult(
            version=version,
            eci=eci,
            challenged=_boolean(result.challenged),
            authenticated=None if eci is None else eci in ("02", "05"),
            status_reason=reason,
            status_reason_text=self.table.reason_text(reason),
        )

    def _outcome(self, state: State, handle: Handle, raw: Any, **fields: Any) -> Outcome:
        return Outcome(state=state, provider=PROVIDER, payment_id=handle.payment_id, handle=handle, raw=raw, **fields)

    def _final(
        self, success: bool, code: str, message: str | None, handle: Handle, raw: Any, status: str, info: Any
    ) -> Outcome:
        three_ds = self._three_ds(info, getattr(raw, "card_info", None))
        handle = handle.evolve(step="final")
        if success:
            return self._outcome(
                State.AUTHORIZED, handle, raw, provider_status=status, upgraded=handle.upgraded, three_ds=three_ds
            )
        state = State.EXPIRED if code == _CLOSED else State.DECLINED
        return self._outcome(
            state,
            handle,
            raw,
            provider_status=status,
            upgraded=handle.upgraded,
            three_ds=three_ds,
            decline=self._decline(code, message),
        )

    def _action(self, parsed: PayResponse, reason: ActionReason) -> Action | None:
        if url := _text(parsed.normal_url):
            return RedirectAction(url=url, reason=reason)
        form = _opt(parsed.redirect_action_form)
        if isinstance(form, RedirectActionForm):
            if form.method.value == "POST":
                return FormPostAction(url=form.redirect_url, fields=_form_fields(form.parameters), reason=reason)
            return RedirectAction(url=form.redirect_url, reason=reason)
        for other in (parsed.applink_url, parsed.scheme_url):
            if url := _text(other):
                return RedirectAction(url=url, reason=reason)
        return None

    def _pay_outcome(self, response: RawResponse, handle: Handle, *, is_3ds: bool, wants_upgrade: bool) -> Outcome:
        parsed: PayResponse = self._parsed(response, "pay", PayResponse)
        result = parsed.result
        code, status = result.result_code, result.result_status.value
        handle = handle.evolve(payment_id=_text(parsed.payment_id))
        if status == "S":
            return self._final(True, code, result.result_message, handle, parsed, code, parsed.payment_result_info)
        if status == "F":
            if code in _AUTH_CODES or code in _REQUEST_CODES:
                raise self._result_error(result, response, "pay")
            return self._final(False, code, result.result_message, handle, parsed, code, parsed.payment_result_info)
        # U (or a status letter Antom has not used yet): the payment is in process or unknown.
        if code == "PAYMENT_IN_PROCESS":
            upgraded = not is_3ds and wants_upgrade
            action = self._action(parsed, ActionReason.SCA_RETRY if upgraded else ActionReason.CHALLENGE)
            if action is not None:
                data = dict(handle.data) | _action_data(action)
                handle = handle.evolve(step="challenge", upgraded=upgraded, data=data)
                return self._outcome(
                    State.ACTION_REQUIRED, handle, parsed, provider_status=code, action=action, upgraded=upgraded
                )
        handle = handle.evolve(step="processing")
        return self._outcome(State.PROCESSING, handle, parsed, provider_status=code)

    def _inquiry_outcome(self, response: RawResponse, handle: Handle) -> Outcome:
        parsed: InquiryPaymentResponse = self._parsed(response, "inquiryPayment", InquiryPaymentResponse)
        result = parsed.result
        status = result.result_status.value
        if status == "F":
            if result.result_code == "ORDER_NOT_EXIST" and handle.step == "session":
                return self._session_unpaid(handle, parsed)
            raise self._result_error(result, response, "inquiryPayment")
        if status != "S":  # U: the inquiry itself did not work out; the payment is where it was
            return self._outcome(
                State.PROCESSING, handle, parsed, provider_status=result.result_code, upgraded=handle.upgraded
            )
        handle = handle.evolve(payment_id=_text(parsed.payment_id) or handle.payment_id)
        payment_status = _text(parsed.payment_status) or "PROCESSING"
        code = _text(parsed.payment_result_code) or payment_status
        message = _text(parsed.payment_result_message)
        info = parsed.payment_result_info
        if payment_status == "SUCCESS":
            return self._final(True, code, message, handle, parsed, payment_status, info)
        if payment_status == "FAIL":
            return self._final(False, code, message, handle, parsed, payment_status, info)
        if payment_status == "CANCELLED":
            handle = handle.evolve(step="final")
            return self._outcome(
                State.CANCELED, handle, parsed, provider_status=payment_status, upgraded=handle.upgraded
            )
        action = _stored_action(handle) if payment_status == "PROCESSING" and handle.step == "challenge" else None
        if action is not None:
            return self._outcome(
                State.ACTION_REQUIRED,
                handle,
                parsed,
                provider_status=payment_status,
                action=action,
                upgraded=handle.upgraded,
            )
        # PENDING (the buyer is done, the result is coming), PROCESSING after the buyer came back, or
        # a status Antom has not used yet: not final, keep polling.
        return self._outcome(State.PROCESSING, handle, parsed, provider_status=payment_status, upgraded=handle.upgraded)

    def _session_unpaid(self, handle: Handle, parsed: InquiryPaymentResponse) -> Outcome:
        """No payment yet for a session's paymentRequestId: the buyer has not paid (or never will)."""
        expiry = handle.data.get("session_expiry")
        if isinstance(expiry, str):
            try:
                if dt.datetime.fromisoformat(expiry) <= dt.datetime.now(dt.UTC):
                    handle = handle.evolve(step="final")
                    return self._outcome(State.EXPIRED, handle, parsed, provider_status="ORDER_NOT_EXIST")
            except (ValueError, TypeError):
                pass
        return self._outcome(State.PROCESSING, handle, parsed, provider_status="ORDER_NOT_EXIST")

    # -- notifications -----------------------------------------------------------------------------

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        """notifyPayment, verified over the path of the ``notify_url`` the client was given."""
        if not self.notify_url:
            raise ConfigurationError(
                "antom: a notification is signed over the path of your notify URL; give the client "
                "notify_url=..., or pass path= to parse_webhook"
            )
        parts = urlsplit(self.notify_url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        return self.parse_notification(headers, body, path)

    def parse_notification(self, headers: Mapping[str, str], body: bytes, path: str) -> Outcome:
        """Verify a notifyPayment (Antom's RSA256 signature over ``POST <path>\\n<Client-Id>.<Request-Time>.<body>``,
        ``path`` being the path of your notify URL as Antom called it) and turn it into an Outcome.
        ``handle.idempotency_key`` is the ``paymentRequestId``: match it with the handle you stored."""
        lowered = {k.lower(): v for k, v in headers.items()}
        signature, when = lowered.get("signature"), lowered.get("request-time")
        client_id = lowered.get("client-id")
        if not signature or not when or client_id != self.client_id:
            raise SignatureError(
                "notification without a valid Signature, Request-Time or our Client-Id", provider=PROVIDER
            )
        if not _signature_ok(self._public_key, signature, _content("POST", path, client_id, when, body)):
            raise SignatureError(
                "the notification's signature does not verify with Antom's public key", provider=PROVIDER
            )
        try:
            payload = json.loads(body)
            notice = NotifyPaymentRequest.from_dict(payload)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise UnexpectedResponse(
                f"notifyPayment: not a notification ({type(exc).__name__})", provider=PROVIDER, body=body
            ) from None
        handle = Handle(
            provider=PROVIDER,
            payment_id=notice.payment_id,
            reference=notice.payment_request_id,
            idempotency_key=notice.payment_request_id,
            step="processing",
        )
        result = notice.result
        kind = notice.notify_type.value
        if kind != "PAYMENT_RESULT":  # PAYMENT_PENDING: the buyer is done, the result is coming
            return self._outcome(State.PROCESSING, handle, notice, provider_status=kind)
        success = result.result_status.value == "S"
        return self._final(
            success,
            result.result_code,
            result.result_message,
            handle,
            notice,
            result.result_code,
            notice.payment_result_info,
        )


def _form_fields(parameters: Any) -> dict[str, str]:
    """redirectActionForm.parameters: a JSON object serialised as a string (our reading of Antom)."""
    text = _text(parameters)
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _action_data(action: Action) -> dict[str, str | int | float | bool | None]:
    fields = dict(action.fields) if isinstance(action, FormPostAction) else None
    return _scalars(
        {
            "action_url": action.url,
            "action_reason": action.reason.value,
            "action_fields": None if fields is None else json.dumps(fields, sort_keys=True),
        }
    )


def _stored_action(handle: Handle) -> Action | None:
    url, reason = handle.data.get("action_url"), handle.data.get("action_reason")
    if not isinstance(url, str) or not isinstance(reason, str):
        return None
    fields = handle.data.get("action_fields")
    if isinstance(fields, str):
        return FormPostAction(url=url, fields=_form_fields(fields), reason=ActionReason(reason))
    return RedirectAction(url=url, reason=ActionReason(reason))


# -- the clients --------------------------------------------------------------------------------


#: The generated models behind this provider's outcomes (``outcome.raw``).
AntomModel = PayResponse | InquiryPaymentResponse | NotifyPaymentRequest


@attrs.frozen(eq=False)
class Antom(Client[AntomAdapter, AntomApi, AntomModel], AntomConfig):
    """Antom, synchronous. ``Antom(client_id, private_key, antom_public_key, base_url=...)``.

    Relies on: Antom 3DS-Retry (``enableAuthenticationUpgrade``) for the UPGRADE mode; RSA256 signing
    of requests and of Antom's answers; ``paymentRequestId`` as the idempotency key of pay; and
    inquiryPayment (paymentStatus SUCCESS/FAIL/PROCESSING/PENDING/CANCELLED) for polling.
    """

    def create_payment_session(
        self,
        request: PaymentRequest,
        *,
        scene: SessionScene = SessionScene.ELEMENT,
        idempotency_key: str | None = None,
    ) -> PaymentSession:
        """createPaymentSession for Antom's Payment Element or hosted Checkout Page
        (``scene=SessionScene.CHECKOUT_PAGE``: send the buyer to ``session.normal_url``), then
        ``wait(session.handle)`` for the payment the buyer makes there."""
        key = self._check_pay(request, idempotency_key)
        return self._run(self._adapter.create_session(request, key, scene))

    def parse_webhook(self, headers: Mapping[str, str], body: bytes, path: str | None = None) -> Outcome:
        """Verify and parse a notifyPayment. Antom signs it over the path of your notify URL: give
        ``path`` (the request path your endpoint was called at), or the client's ``notify_url`` is used."""
        if path is None:
            return super().parse_webhook(headers, body)
        return self._issued(self._adapter.parse_notification(headers, body, path))


@attrs.frozen(eq=False)
class AsyncAntom(AsyncClient[AntomAdapter, AntomApi, AntomModel], AntomConfig):
    """Antom, asynchronous (asyncio or trio): the twin of :class:`Antom`."""

    async def create_payment_session(
        self,
        request: PaymentRequest,
        *,
        scene: SessionScene = SessionScene.ELEMENT,
        idempotency_key: str | None = None,
    ) -> PaymentSession:
        """See :meth:`Antom.create_payment_session`."""
        key = self._check_pay(request, idempotency_key)
        return await self._run(self._adapter.create_session(request, key, scene))

    def parse_webhook(self, headers: Mapping[str, str], body: bytes, path: str | None = None) -> Outcome:
        """See :meth:`Antom.parse_webhook`."""
        if path is None:
            return super().parse_webhook(headers, body)
        return self._issued(self._adapter.parse_notification(headers, body, path))
