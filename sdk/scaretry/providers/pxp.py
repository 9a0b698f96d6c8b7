"""PXP Financial (Unity): the adapter, its ``PXP-UST1`` auth, and the :class:`PXP` / :class:`AsyncPXP` clients.

PXP has no native "retry with authentication upgrade", so this adapter performs it (see
``docs/providers/pxp.md``):

1. ``POST /v1/transactions`` without 3DS, ``merchantTransactionId`` = a base id made once per
   ``pay()`` (the idempotency key, kept in the handle).
2. Refused with scheme code ``1A`` (Visa) or ``65`` (Mastercard) → the decline table says
   ``soft_sca``/``upgrade`` → for a customer-initiated payment in UPGRADE mode, run PXP's integrated
   3DS: pre-initiate (with the card, still in hand), the issuer's 3DS Method if it has one
   (``FingerprintAction``), browser authentication (``PUT …/browser-authentication``), the challenge
   if the ACS wants one (``FormPostAction`` with ``creq``, reason ``SCA_RETRY``).
3. ``AuthenticationSuccessful`` → a new ``POST /v1/transactions`` carrying
   ``threeDSecureData.authenticationId`` and ``merchantTransactionId`` ``<base>-3ds`` (fixed, so a
   retried or repeated POST is an idempotent replay).

PXP's 3DS states guide: ``AuthenticationFailed`` may be retried, ``AuthenticationRejected`` must not
be, ``AuthenticationError`` is final. A retry is a fresh pre-initiate, which needs the card: the
handle never carries card data, so the adapter retries (once) only while ``pay()`` still holds it;
a failure reported after the customer came back is final.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import logging
import re
import secrets
import time
import uuid
from collections.abc import Generator, Mapping
from typing import Any, ClassVar

import attrs
import httpx
from scaretry_pxp.api.three_d_secure import (
    get_integrated_authentication,
    initiate_integrated_authentication,
    pre_initiate_integrated_authentication,
)
from scaretry_pxp.api.transactions import get_transaction, initiate_transaction
from scaretry_pxp.client import Client as PxpApi
from scaretry_pxp.errors import UnparseableResponse
from scaretry_pxp.models import (
    Authentication,
    AuthenticationEvent,
    AuthenticationState,
    InitiateBrowserAuthenticationRequest,
    InitiateTransactionRequest,
    PreInitiateIntegratedAuthenticationRequest,
    PreInitiateIntegratedAuthenticationResponse,
    ProviderResponse,
    PxpError,
    StateData,
    ThreeDSecureTransactionStatus,
    Transaction,
    TransactionEvent,
    TransactionState,
    TransactionThreeDSecureResult,
)
from scaretry_pxp.types import Unset

from scaretry._adapter import Adapter, Call, Capabilities, Flow, RawResponse, api_error, same_signature
from scaretry._client import AsyncClient, Client
from scaretry._config import FROM_ENV, ClientOptions, validated
from scaretry._currency import to_major
from scaretry._errors import (
    ConfigurationError,
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
    FingerprintAction,
    FormPostAction,
    Outcome,
    State,
    ThreeDSResult,
)
from scaretry._request import Card, PaymentRequest, ThreeDSMode
from scaretry._tables import Decision, DeclineRule, DeclineTable

__all__ = ["PXPModel", "PXP", "AsyncPXP", "MerchantDetails", "PXPAdapter", "PXPAuth", "PXPConfig"]

log = logging.getLogger("scaretry")

PROVIDER = "pxp"
#: Authentications one payment may run: the first, and one retry after ``AuthenticationFailed``.
MAX_AUTHENTICATIONS = 2
#: A webhook signed longer ago than this is refused (replay protection; PXP documents no window).
WEBHOOK_TOLERANCE = 300.0

_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_SAFE = re.compile(r"[^A-Za-z0-9._-]")
#: stateData codes meaning the cardholder never finished the challenge: the payment expired.
_ABANDONED = frozenset({"26"})
_Data = dict[str, str | int | float | bool | None]


class PXPAuth(httpx.Auth):
    """PXP's ``PXP-UST1`` request signing.

    ``Authorization: PXP-UST1 {tokenId}:{timestamp}:{hmac}`` with ``hmac`` = base64(HMAC-SHA256(token
    value, ``{timestamp}{X-Request-Id}{path incl. /api and query}{raw body}``)), ``timestamp`` in Unix
    seconds, plus ``X-Request-Id`` (a UUID per request) and ``X-Client-Id`` (specs/pxp.yaml,
    ``PxpUst1``; PXP publishes only the header shape, the signed string is our assumption).
    """

    requires_request_body = True

    def __init__(self, client_id: str, token_id: str, token_value: str) -> None:
        self._client_id = client_id
        self._token_id = token_id
        self._key = token_value.encode()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request_id = request.headers.get("X-Request-Id") or str(uuid.uuid4())
        timestamp = str(int(time.time()))
        signed = f"{timestamp}{request_id}".encode() + request.url.raw_path + request.content
        mac = base64.b64encode(hmac.new(self._key, signed, hashlib.sha256).digest()).decode()
        request.headers["X-Request-Id"] = request_id
        request.headers["X-Client-Id"] = self._client_id
        request.headers["Authorization"] = f"PXP-UST1 {self._token_id}:{timestamp}:{mac}"
        yield request


@attrs.frozen
class MerchantDetails:
    """Merchant data PXP's browser authentication forwards to the ACS (all optional in the spec):
    ``category_code`` (MCC, "5411"), ``country_numeric_code`` (ISO 3166-1 numeric, "826"),
    ``legal_name``, ``acquirer_merchant_id``."""

    category_code: str | None = None
    country_numeric_code: str | None = None
    legal_name: str | None = None
    acquirer_merchant_id: str | None = None


def _b64json(value: str) -> dict[str, Any] | None:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    except (ValueError, binascii.Error):
        return None
    return decoded if isinstance(decoded, dict) else None


def _major(amount: int, currency: str) -> int | float:
    """PXP's decimal amount: an int when whole (PXP refuses ``JPY 1.0``), else the exact decimal."""
    value = to_major(amount, currency)
    return int(value) if value == value.to_integral_value() else float(value)


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _required(value: object) -> bool:
    return isinstance(value, str) and bool(value)


@attrs.frozen
class PXPConfig(ClientOptions):
    """PXP credentials and options (the :class:`PXP` constructor's keyword arguments).

    ``client_id``, ``token_id`` and ``token_value`` come from the Unity Portal (Merchant setup >
    Merchant groups > group > Inbound calls); ``merchant`` and ``site`` are assigned by PXP;
    ``webhook_hash_key`` is the group's webhook hash key (needed by ``parse_webhook``);
    ``decline_overrides`` maps a scheme code (``"05"``) or a 3DS outcome
    (``"3ds:AuthenticationFailed:01"``) to a category or a full rule. From the environment:
    ``SCARETRY_PXP_CLIENT_ID``, ``_TOKEN_ID``, ``_TOKEN_VALUE``, ``_MERCHANT``, ``_SITE``,
    ``_WEBHOOK_HASH_KEY``, ``_BASE_URL``, ``_ENVIRONMENT``.
    """

    provider: ClassVar[str] = PROVIDER
    urls: ClassVar[dict[str, str]] = {
        "sandbox": "https://api-services.test.pxp.io/api",
        "production": "https://api-services.pxp.io/api",
    }

    client_id: str = attrs.field(
        kw_only=True,
        metadata=FROM_ENV,
        validator=validated(_required, "client_id is required (Unity Portal, Merchant setup)"),
    )
    token_id: str = attrs.field(
        kw_only=True,
        metadata=FROM_ENV,
        validator=validated(_required, "token_id is required (Unity Portal, Merchant setup)"),
    )
    token_value: str = attrs.field(
        kw_only=True,
        repr=False,
        metadata=FROM_ENV,
        validator=validated(_required, "token_value is required (Unity Portal, Merchant setup)"),
    )
    merchant: str = attrs.field(
        kw_only=True,
        metadata=FROM_ENV,
        validator=validated(_required, "merchant is required (Unity Portal, Merchant setup)"),
    )
    site: str = attrs.field(
        kw_only=True,
        metadata=FROM_ENV,
        validator=validated(_required, "site is required (Unity Portal, Merchant setup)"),
    )
    webhook_hash_key: str | None = attrs.field(default=None, kw_only=True, repr=False, metadata=FROM_ENV)
    merchant_details: MerchantDetails = attrs.field(factory=lambda: MerchantDetails(), kw_only=True)
    challenge_window_size: int = attrs.field(
        default=5,
        kw_only=True,
        validator=validated(
            lambda v: isinstance(v, int) and 1 <= v <= 5, "challenge_window_size must be an EMV window code, 1 to 5"
        ),
    )
    decline_overrides: Mapping[str, Mapping[str, Any] | str] | None = attrs.field(default=None, kw_only=True)
    webhook_tolerance: float | None = attrs.field(default=WEBHOOK_TOLERANCE, kw_only=True)

    def make_adapter(self) -> PXPAdapter:
        return PXPAdapter(self)


class PXPAdapter(Adapter[PXPConfig]):
    """PXP's flows, sans I/O. Built by :class:`PXP` / :class:`AsyncPXP`."""

    provider = PROVIDER
    capabilities = Capabilities(
        three_ds_modes=frozenset({ThreeDSMode.ALWAYS, ThreeDSMode.UPGRADE, ThreeDSMode.NEVER}),
        native_upgrade=False,
        sessions=False,
        webhooks=True,
    )
    unparseable = UnparseableResponse

    def __init__(self, config: PXPConfig) -> None:
        super().__init__(config)
        self.client_id = config.client_id
        self.merchant = config.merchant
        self.site = config.site
        self._webhook_key = config.webhook_hash_key
        self.merchant_details = config.merchant_details
        self.challenge_window_size = config.challenge_window_size
        self.table = DeclineTable.load(PROVIDER, config.decline_overrides)
        self.webhook_tolerance = config.webhook_tolerance

    # -- plumbing -----------------------------------------------------------------------------

    def make_api(self, base_url: str) -> PxpApi:
        return PxpApi(base_url=base_url)

    def auth(self) -> httpx.Auth:
        return PXPAuth(self.client_id, self.config.token_id, self.config.token_value)

    def handle_secret(self) -> bytes:
        return self.config.token_value.encode()

    def new_idempotency_key(self, request: PaymentRequest) -> str:
        """The base ``merchantTransactionId``: the reference (made safe) and 16 random hex digits;
        the re-authorisation after 3DS uses ``<base>-3ds``."""
        return f"{_SAFE.sub('_', request.reference)[:24]}-{secrets.token_hex(8)}"

    def check_idempotency_key(self, key: str) -> None:
        super().check_idempotency_key(key)
        if len(key) > 60:  # room for the "-3ds" of the re-authorisation
            raise ValidationError("idempotency_key", "PXP takes at most 60 characters here (64 with -3ds)")

    def request_id(self, response: RawResponse) -> str | None:
        echoed: str | None = response.headers.get("x-request-id")
        if echoed:
            return echoed
        parsed = response.parsed
        if isinstance(parsed, PxpError) and isinstance(parsed.correlation_id, str):
            return parsed.correlation_id
        return None

    def _headers(self) -> dict[str, str]:
        return {"x_request_id": str(uuid.uuid4()), "x_client_id": self.client_id}

    def _expect(self, response: RawResponse, kind: type[Any], what: str) -> Any:
        parsed = response.parsed
        if response.status_code != 200:
            if isinstance(parsed, PxpError):
                raise api_error(
                    PROVIDER, response, f"{what}: {parsed.error_reason}", parsed.error_code, self.request_id(response)
                )
            raise api_error(PROVIDER, response, f"{what}: HTTP {response.status_code}", None, self.request_id(response))
        if not isinstance(parsed, kind):
            raise UnexpectedResponse(
                f"{what}: the 200 answer is not a {kind.__name__}",
                provider=PROVIDER,
                status_code=response.status_code,
                request_id=self.request_id(response),
                body=response.content,
                headers=dict(response.headers),
            )
        return parsed

    # -- input checks -------------------------------------------------------------------------

    def check(self, request: PaymentRequest) -> None:
        """Refuse before anything is sent: modes PXP cannot do, and input PXP would reject.

        PXP's 3DS is browser-based (``browserData`` is required by browser authentication), so
        ALWAYS, and UPGRADE on a customer-initiated payment, need ``request.browser``; a
        merchant-initiated payment has no cardholder to authenticate, so it cannot be ALWAYS.
        """
        super().check(request)
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
        source = request.require_source()
        if isinstance(source, Card):
            if source.holder_name is not None and not 2 <= len(source.holder_name) <= 45:
                raise ValidationError("card.holder_name", "PXP accepts 2 to 45 characters")
        elif not _GUID.match(source.token):
            raise ValidationError("token", "a PXP gateway token id is a GUID")

    # -- request bodies -----------------------------------------------------------------------

    def _card(self, request: PaymentRequest, *, for_3ds: bool) -> dict[str, Any]:
        source = request.require_source()
        if not isinstance(source, Card):
            card: dict[str, Any] = {"gatewayTokenId": source.token}
            return card
        if for_3ds:  # the 3DS API takes integer expiry values, the Transactions API strings
            card = {"primaryAccountNumber": source.number, "expiryMonth": source.expiry_month}
            card["expiryYear"] = source.expiry_year
            if source.holder_name:
                card["cardHolderName"] = source.holder_name
        else:
            card = {"primaryAccountNumber": source.number, "expiryMonth": f"{source.expiry_month:02d}"}
            card["expiryYear"] = str(source.expiry_year)
            if source.holder_name:
                card["holderName"] = source.holder_name
        if source.cvv:
            card["cardVerificationCode"] = source.cvv
        return card

    def _transaction_body(
        self, data: Mapping[str, Any], transaction_id: str, extra: Mapping[str, Any]
    ) -> InitiateTransactionRequest:
        body = {
            "merchant": self.merchant,
            "site": self.site,
            "merchantTransactionId": transaction_id,
            "merchantTransactionDate": data["date"],
            "transactionMethod": {"intent": data["intent"], "entryType": "Ecom", "fundingType": "Card"},
            "amounts": {
                "transaction": _major(int(data["amount"]), str(data["currency"])),
                "currencyCode": data["currency"],
            },
            **extra,
        }
        return InitiateTransactionRequest.from_dict(body)

    def _initiate(self, body: InitiateTransactionRequest, handle: Handle) -> Call:
        # merchantTransactionId makes a repeated POST /v1/transactions return the original.
        prepared = initiate_transaction.prepare(body=body, **self._headers())
        return Call(prepared, handle, retry_safe=True)

    def _plain_transaction(self, request: PaymentRequest, handle: Handle) -> Call:
        data = handle.data
        extra: dict[str, Any] = {"fundingData": {"card": self._card(request, for_3ds=False)}}
        if not request.customer_initiated:
            # Per the spec's ProcessingModel: MerchantInitiated* (except InitialRecurring) is out of SCA scope.
            extra["recurring"] = {"processingModel": "MerchantInitiatedSubsequentRecurring"}
        elif not isinstance(request.source, Card):
            extra["recurring"] = {"processingModel": "CardOnFileShopperInitiated"}
        return self._initiate(self._transaction_body(data, str(data["txn"]), extra), handle)

    def _pre_initiate(self, request: PaymentRequest, handle: Handle) -> Call:
        """Pre-initiate and browser authentication have no idempotency mechanism: a repeat would
        start a second authentication, so they are never retried."""
        data = handle.data
        body = PreInitiateIntegratedAuthenticationRequest.from_dict(
            {
                "amount": {
                    "transactionValue": _major(request.amount.amount, request.amount.currency),
                    "currencyCode": request.amount.currency,
                },
                "fingerprintCallbackUrl": request.return_url,
                "site": self.site,
                "intent": data["intent"],
                "requestorAuthenticationIndicator": "01",
                "card": self._card(request, for_3ds=True),
            }
        )
        return Call(pre_initiate_integrated_authentication.prepare(body=body, **self._headers()), handle)

    def _browser_authentication(self, handle: Handle, notification: str | None) -> Call:
        data = handle.data
        details = self.merchant_details
        body: dict[str, Any] = {
            "challengeWindowSize": self.challenge_window_size,
            # After a soft decline the issuer has said SCA is mandated: ask for a challenge (EMV 04).
            "requestorChallengeIndicator": "04" if data.get("reason") == ActionReason.SCA_RETRY.value else "01",
            "challengeCallbackUrl": data["return_url"],
            "browserData": {
                "acceptHeader": data["browser.accept"],
                "colorDepth": data["browser.color_depth"],
                "ipAddress": data["browser.ip"],
                "javaEnabled": data["browser.java"],
                "javaScriptEnabled": data["browser.javascript"],
                "language": data["browser.language"],
                "screenHeight": data["browser.screen_height"],
                "screenWidth": data["browser.screen_width"],
                "timeZoneOffsetInMinutes": data["browser.tz_offset"],
                "userAgent": data["browser.user_agent"],
            },
        }
        for key, value in (
            ("fingerprintNotification", notification),
            ("merchantCategoryCode", details.category_code),
            ("merchantCountryNumericCode", details.country_numeric_code),
            ("merchantLegalName", details.legal_name),
            ("acquirerMerchantId", details.acquirer_merchant_id),
        ):
            if value is not None:
                body[key] = value
        prepared = initiate_integrated_authentication.prepare(
            str(data["auth"]), body=InitiateBrowserAuthenticationRequest.from_dict(body), **self._headers()
        )
        return Call(prepared, handle)

    def _get_authentication(self, handle: Handle) -> Call:
        prepared = get_integrated_authentication.prepare(str(handle.data["auth"]), **self._headers())
        return Call(prepared, handle, retry_safe=True)

    def _get_transaction(self, handle: Handle) -> Call:
        prepared = get_transaction.prepare(self.merchant, self.site, str(handle.data["txn"]), **self._headers())
        return Call(prepared, handle, retry_safe=True)

    # -- flows --------------------------------------------------------------------------------

    def pay(self, request: PaymentRequest, idempotency_key: str) -> Flow[Outcome]:
        self.check(request)
        if request.notify_url is not None:
            log.warning("pxp: notify_url is ignored; PXP sends webhooks to the URL set for the merchant group")
        base = idempotency_key
        data: _Data = {
            "txn": base,
            "amount": request.amount.amount,
            "currency": request.amount.currency,
            "intent": "Purchase" if request.capture else "Authorisation",
            "date": dt.datetime.now(dt.UTC).isoformat(sep=" "),
            "return_url": request.return_url,
            "attempts": 0,
            "challenged": False,
        }
        if request.browser is not None:
            browser = request.browser
            data |= {
                "browser.ip": browser.ip_address,
                "browser.user_agent": browser.user_agent,
                "browser.accept": browser.accept_header,
                "browser.language": browser.language,
                "browser.color_depth": browser.color_depth,
                "browser.screen_height": browser.screen_height,
                "browser.screen_width": browser.screen_width,
                "browser.tz_offset": browser.time_zone_offset_minutes,
                "browser.java": browser.java_enabled,
                "browser.javascript": browser.javascript_enabled,
            }
        handle = Handle(PROVIDER, None, request.reference, base, step="transaction", data=data)
        if request.three_ds is ThreeDSMode.ALWAYS:
            return (yield from self._authenticate(request, handle, ActionReason.CHALLENGE))
        response = yield self._plain_transaction(request, handle)
        transaction: Transaction = self._expect(response, Transaction, "initiate transaction")
        handle = handle.evolve(payment_id=transaction.system_transaction_id)
        code = self._response_code(transaction)
        soft_sca = self.table.lookup(code).decision is Decision.UPGRADE
        if transaction.state == TransactionState.REFUSED and soft_sca and request.wants_upgrade:
            log.info("pxp: %s soft-declined (%s); retrying with 3-D Secure", base, code)
            handle = handle.evolve(upgraded=True, data={**data, "txn": f"{base}-3ds"})
            return (yield from self._authenticate(request, handle, ActionReason.SCA_RETRY))
        return self._transaction_outcome(transaction, handle)

    def _authenticate(self, request: PaymentRequest, handle: Handle, reason: ActionReason) -> Flow[Outcome]:
        """Pre-initiate (the card is in hand here), then fingerprint or browser authentication;
        retried with a fresh pre-initiate while the table allows and the bound is not reached."""
        while True:
            attempts = int(handle.data.get("attempts") or 0) + 1
            data = {**handle.data, "reason": reason.value, "attempts": attempts, "challenged": False}
            response = yield self._pre_initiate(request, handle.evolve(data=data))
            pre: PreInitiateIntegratedAuthenticationResponse = self._expect(
                response, PreInitiateIntegratedAuthenticationResponse, "pre-initiate authentication"
            )
            handle = handle.evolve(data={**data, "auth": pre.authentication_id})
            if pre.state != AuthenticationState.PENDINGCLIENTDATA:
                three_ds = ThreeDSResult(version=_opt(pre.three_d_secure_version), authenticated=False)
                three_ds = self._with_reason(three_ds, pre.state_data)
                ended = self._authentication_ended(str(pre.state), pre.state_data, handle, pre, three_ds, True)
                if ended is None:
                    continue
                return ended
            url, fields = _opt(pre.three_d_secure_fingerprint_url), _opt(pre.three_d_secure_fingerprint_data)
            if url and fields:
                handle = handle.evolve(step="fingerprint", data={**handle.data, "fp_url": url, "fp_data": fields})
                return self._fingerprint_outcome(handle, pre, str(pre.state))
            response = yield self._browser_authentication(handle, None)
            auth: Authentication = self._expect(response, Authentication, "browser authentication")
            outcome = yield from self._after_authentication(auth, handle, can_retry=True)
            if outcome is not None:
                return outcome

    def resume(self, handle: Handle, params: Mapping[str, str]) -> Flow[Outcome]:
        """After the 3DS Method: ``params`` holds ``threeDSMethodData`` (or nothing, when the 10 s
        passed); after the challenge: ``cres``. Both arrive at ``request.return_url``."""
        self.own(handle)
        if handle.step == "fingerprint":
            notification = params.get("threeDSMethodData") or None
            if notification is not None:
                decoded = _b64json(notification)
                if decoded is None or decoded.get("threeDSServerTransID") != handle.data.get("auth"):
                    raise ValidationError("threeDSMethodData", "does not belong to this payment's authentication")
            response = yield self._browser_authentication(handle, notification)
            if response.status_code == 409:  # initiated already (a repeated callback): read where it is
                response = yield self._get_authentication(handle)
            auth: Authentication = self._expect(response, Authentication, "browser authentication")
            outcome = yield from self._after_authentication(auth, handle, can_retry=False)
            assert outcome is not None  # can_retry=False always ends
            return outcome
        if handle.step == "challenge":
            cres = params.get("cres")
            if cres is not None:
                decoded = _b64json(cres)
                if decoded is None or decoded.get("threeDSServerTransID") != handle.data.get("auth"):
                    raise ValidationError("cres", "does not belong to this payment's authentication")
            handle = handle.evolve(step="authenticating")
        return (yield from self.status(handle))

    def status(self, handle: Handle) -> Flow[Outcome]:
        """One poll. While the authentication runs it is read (``GET …/authentications/{id}``) and,
        once successful, the transaction is initiated here: polling advances PXP's client-side flow."""
        self.own(handle)
        if handle.step == "transaction":
            response = yield self._get_transaction(handle)
            transaction: Transaction = self._expect(response, Transaction, "get transaction")
            return self._transaction_outcome(transaction, handle)
        if handle.step not in ("fingerprint", "challenge", "authenticating", "authentication"):
            raise ValidationError("handle.step", f"unknown PXP step {handle.step!r}")
        response = yield self._get_authentication(handle)
        auth: Authentication = self._expect(response, Authentication, "get authentication")
        if handle.step == "authentication":  # from a webhook: report it, the stored handle continues
            return self._authentication_report(auth, handle)
        if handle.step == "fingerprint" and auth.state == AuthenticationState.PENDINGCLIENTDATA:
            return self._fingerprint_outcome(handle, auth, str(auth.state))
        outcome = yield from self._after_authentication(auth, handle, can_retry=False)
        assert outcome is not None
        return outcome

    def _after_authentication(
        self, auth: Authentication, handle: Handle, *, can_retry: bool
    ) -> Generator[Call, RawResponse, Outcome | None]:
        """Where an authentication leads; None when it failed and may be retried (``can_retry``)."""
        state = auth.state
        challenged = bool(handle.data.get("challenged")) or state == AuthenticationState.PENDINGCUSTOMERCHALLENGE
        handle = handle.evolve(data={**handle.data, "challenged": challenged})
        three_ds = self._three_ds(auth, challenged)
        if state == AuthenticationState.AUTHENTICATIONSUCCESSFUL:
            handle = handle.evolve(step="transaction")
            extra = {"threeDSecureData": {"authenticationId": auth.authentication_id}}
            body = self._transaction_body(handle.data, str(handle.data["txn"]), extra)
            response = yield self._initiate(body, handle)
            transaction: Transaction = self._expect(response, Transaction, "initiate transaction with 3DS")
            handle = handle.evolve(payment_id=transaction.system_transaction_id)
            return self._transaction_outcome(transaction, handle)
        if state == AuthenticationState.PENDINGCUSTOMERCHALLENGE:
            if handle.step == "authenticating":  # the customer is back; the ACS result is settling
                return self._outcome(State.PROCESSING, handle, str(state), auth, three_ds=three_ds)
            url = _opt(auth.challenge_url) or handle.data.get("ch_url")
            creq = _opt(auth.challenge_data) or handle.data.get("ch_data")
            if not url or not creq:
                raise UnexpectedResponse(
                    "PendingCustomerChallenge without challengeUrl/challengeData", provider=PROVIDER, status_code=200
                )
            handle = handle.evolve(step="challenge", data={**handle.data, "ch_url": url, "ch_data": creq})
            reason = ActionReason(str(handle.data.get("reason", ActionReason.CHALLENGE.value)))
            action = FormPostAction(str(url), {"creq": str(creq)}, reason)
            return self._outcome(State.ACTION_REQUIRED, handle, str(state), auth, action=action, three_ds=three_ds)
        if state in (
            AuthenticationState.AUTHENTICATIONFAILED,
            AuthenticationState.AUTHENTICATIONREJECTED,
            AuthenticationState.AUTHENTICATIONERROR,
        ):
            return self._authentication_ended(str(state), auth.state_data, handle, auth, three_ds, can_retry)
        if state == AuthenticationState.PENDINGCLIENTDATA:
            return self._outcome(State.PROCESSING, handle, str(state), auth, three_ds=three_ds)
        log.warning("pxp: unknown authentication state %r; reporting PROCESSING", str(state))
        return self._outcome(State.PROCESSING, handle, str(state), auth, three_ds=three_ds)

    def _authentication_ended(
        self,
        state: str,
        state_data: StateData | Unset | None,
        handle: Handle,
        raw: Any,
        three_ds: ThreeDSResult,
        can_retry: bool,
    ) -> Outcome | None:
        code = state_data.code if isinstance(state_data, StateData) else None
        rule, decision = self._threeds_rule(state, code)
        attempts = int(handle.data.get("attempts") or 0)
        if decision is Decision.RETRY and can_retry and attempts < MAX_AUTHENTICATIONS:
            log.info("pxp: authentication %s (%s); retrying with a new authentication", state, code)
            return None
        if state == AuthenticationState.AUTHENTICATIONFAILED and code in _ABANDONED:
            return self._outcome(State.EXPIRED, handle, state, raw, three_ds=three_ds)
        text = self.table.reason_text(code) or (state_data.reason if isinstance(state_data, StateData) else None)
        decline = Decline(code, text or rule.message or state, rule.category)
        return self._outcome(State.DECLINED, handle, state, raw, decline=decline, three_ds=three_ds)

    def _threeds_rule(self, state: str, code: str | None) -> tuple[DeclineRule, Decision]:
        """Category and decision of a 3DS outcome: ``3ds:<state>:<code>`` in the decline table
        decides both, else ``3ds:<state>`` the category and the ``threeds`` table the decision."""
        specific = self.table.declines.get(f"3ds:{state}:{code}") if code else None
        if specific is not None:
            return specific, specific.decision
        return self.table.lookup(f"3ds:{state}"), self.table.threeds_decision(state)

    def _authentication_report(self, auth: Authentication, handle: Handle) -> Outcome:
        """An authentication on its own (a webhook's): successful or pending is PROCESSING — the
        payment continues from the handle stored with the order — and a failure is final."""
        three_ds = self._three_ds(auth, None)
        state = auth.state
        if state not in (
            AuthenticationState.AUTHENTICATIONFAILED,
            AuthenticationState.AUTHENTICATIONREJECTED,
            AuthenticationState.AUTHENTICATIONERROR,
        ):
            return self._outcome(State.PROCESSING, handle, str(state), auth, three_ds=three_ds)
        ended = self._authentication_ended(str(state), auth.state_data, handle, auth, three_ds, False)
        assert ended is not None
        return ended

    # -- mapping ------------------------------------------------------------------------------

    @staticmethod
    def _response_code(transaction: Transaction) -> str | None:
        provider_response = transaction.provider_response
        return provider_response.code if isinstance(provider_response, ProviderResponse) else None

    def _with_reason(self, three_ds: ThreeDSResult, state_data: StateData | Unset | None) -> ThreeDSResult:
        if not isinstance(state_data, StateData):
            return three_ds
        text = self.table.reason_text(state_data.code) or state_data.reason
        return attrs.evolve(three_ds, status_reason=state_data.code, status_reason_text=text)

    def _three_ds(self, auth: Authentication, challenged: bool | None) -> ThreeDSResult:
        status = _opt(auth.transaction_status)
        authenticated = None if status in (None, ThreeDSecureTransactionStatus.C) else status == "Y"
        result = ThreeDSResult(
            version=_opt(auth.three_d_secure_version),
            eci=_opt(auth.electronic_commerce_indicator),
            challenged=challenged,
            authenticated=authenticated,
        )
        return self._with_reason(result, auth.state_data)

    def _transaction_outcome(self, transaction: Transaction, handle: Handle) -> Outcome:
        state = transaction.state
        code = self._response_code(transaction)
        provider_response = transaction.provider_response
        message = provider_response.message if isinstance(provider_response, ProviderResponse) else None
        three_ds = None
        secure = transaction.three_d_secure_data
        if isinstance(secure, TransactionThreeDSecureResult):
            eci = _opt(secure.electronic_commerce_indicator)
            challenged = handle.data.get("challenged")
            three_ds = ThreeDSResult(
                version=_opt(secure.three_d_secure_version),
                eci=eci,
                challenged=challenged if isinstance(challenged, bool) else None,
                authenticated={"05": True, "02": True, "06": False, "01": False}.get(str(eci)),
            )
        decline = None
        if state in (TransactionState.REFUSED, TransactionState.ERROR):
            rule = self.table.lookup(code)
            decline = Decline(code, _opt(message) or rule.message, rule.category)
        mapped = {
            TransactionState.AUTHORISED: State.AUTHORIZED,
            TransactionState.CAPTURED: State.AUTHORIZED,
            TransactionState.REFUSED: State.DECLINED,
            TransactionState.ERROR: State.FAILED,
            TransactionState.CANCELLED: State.CANCELED,
            TransactionState.PENDING: State.PROCESSING,
        }.get(state)
        if mapped is None:
            log.warning("pxp: unknown transaction state %r; reporting PROCESSING", str(state))
            mapped = State.PROCESSING
        handle = handle.evolve(step="transaction", payment_id=transaction.system_transaction_id)
        return self._outcome(mapped, handle, str(state), transaction, decline=decline, three_ds=three_ds)

    def _fingerprint_outcome(self, handle: Handle, raw: Any, status: str) -> Outcome:
        action = FingerprintAction(str(handle.data["fp_url"]), {"threeDSMethodData": str(handle.data["fp_data"])})
        return self._outcome(State.ACTION_REQUIRED, handle, status, raw, action=action)

    def _outcome(
        self,
        state: State,
        handle: Handle,
        status: str,
        raw: Any,
        *,
        action: Action | None = None,
        decline: Decline | None = None,
        three_ds: ThreeDSResult | None = None,
    ) -> Outcome:
        return Outcome(
            state=state,
            provider=PROVIDER,
            payment_id=handle.payment_id,
            provider_status=status,
            handle=handle,
            action=action,
            upgraded=handle.upgraded,
            decline=decline,
            three_ds=three_ds,
            raw=raw,
        )

    # -- webhooks -----------------------------------------------------------------------------

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        """Verify a PXP webhook and map it. PXP ("About webhooks"): concatenate ``X-Request-Id``,
        ``X-Signature-Timestamp`` and the raw body, HMAC with the merchant group's hash key, base64,
        compare with ``X-Signature`` (HMAC-SHA256 and Unix seconds are the spec's assumptions)."""
        if not self._webhook_key:
            raise ConfigurationError("pxp: webhook_hash_key is required to verify webhooks")
        request_id = headers.get("x-request-id", "")
        timestamp = headers.get("x-signature-timestamp", "")
        signature = headers.get("x-signature", "")
        if not (request_id and timestamp and signature):
            raise SignatureError(
                "webhook without X-Request-Id, X-Signature-Timestamp or X-Signature", provider=PROVIDER
            )
        digest = hmac.new(self._webhook_key.encode(), f"{request_id}{timestamp}".encode() + body, hashlib.sha256)
        if not same_signature(base64.b64encode(digest.digest()).decode(), signature):
            raise SignatureError("webhook signature does not verify", provider=PROVIDER, request_id=request_id)
        tolerance = self.webhook_tolerance
        if tolerance is not None and (not timestamp.isdigit() or abs(time.time() - int(timestamp)) > tolerance):
            raise SignatureError("webhook timestamp outside the tolerance", provider=PROVIDER, request_id=request_id)
        try:
            event = json.loads(body)
            category = event.get("eventCategory")
            if category == "Transaction":
                transaction = TransactionEvent.from_dict(event).event_data
                return self._transaction_event(transaction)
            if category == "Authentication":
                auth = AuthenticationEvent.from_dict(event).event_data
                handle = Handle(PROVIDER, None, "", "", step="authentication", data={"auth": auth.authentication_id})
                return self._authentication_report(auth, handle)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise UnexpectedResponse(
                f"webhook body does not parse ({type(exc).__name__})",
                provider=PROVIDER,
                request_id=request_id,
                body=body,
            ) from exc
        raise UnsupportedError(f"pxp: {category!r} events are not about a payment")

    def _transaction_event(self, transaction: Transaction) -> Outcome:
        merchant_id = transaction.merchant_transaction_id
        base = merchant_id.removesuffix("-3ds")
        handle = Handle(
            PROVIDER,
            transaction.system_transaction_id,
            base,
            base,
            step="transaction",
            upgraded=merchant_id != base,
            data={"txn": merchant_id},
        )
        return self._transaction_outcome(transaction, handle)


#: The generated models behind this provider's outcomes (``outcome.raw``).
PXPModel = Transaction | Authentication | PreInitiateIntegratedAuthenticationResponse


@attrs.frozen(eq=False)
class PXP(Client[PXPAdapter, PxpApi, PXPModel], PXPConfig):
    """PXP Financial (Unity), synchronous.

    PXP has no native SCA-retry: in UPGRADE mode this client retries a soft decline (scheme code
    ``1A``/``65``) itself, with PXP's integrated 3DS and a new transaction carrying
    ``threeDSecureData.authenticationId``. Its 3DS is browser-based (pre-initiate, 3DS Method,
    browser authentication, challenge), so ``request.browser`` is required unless ``three_ds=NEVER``.
    ``merchantTransactionId`` is the idempotency key: only ``POST /v1/transactions`` is retried.
    """


@attrs.frozen(eq=False)
class AsyncPXP(AsyncClient[PXPAdapter, PxpApi, PXPModel], PXPConfig):
    """PXP Financial (Unity), asynchronous; see :class:`PXP`."""
