"""The Antom emulator: ``pay``, ``createPaymentSession``, ``inquiryPayment`` and signed ``notifyPayment``.

Requests arrive as ``/antom/ams/sandbox/api/v1/payments/<operation>`` (``/antom`` stands for Antom's
host, ``/ams/sandbox`` is part of its sandbox server URL). What Antom does and the emulator copies:

- every call is a POST signed with RSA-SHA256 over ``POST <path>\\n<Client-Id>.<Request-Time>.<body>``
  (docs.antom.com/ac/ams/digital_signature); a wrong or missing signature is answered HTTP 200,
  result F ``INVALID_SIGNATURE``; an unknown client id F ``INVALID_CLIENT``, an unknown
  ``keyVersion`` F ``KEY_NOT_FOUND``;
- business results, failures included, are HTTP 200 with ``result.resultStatus`` S, F or U, and are
  signed by "Antom" (the sandbox key of :mod:`._antom_keys`) with ``Client-Id``, ``Response-Time``
  and ``Signature`` headers; answers the gateway makes before the business logic runs (bad
  signature, bad parameters, faults) are unsigned, as Antom's may be;
- ``paymentRequestId`` is the idempotency key: the same body again returns the payment as it is now,
  another body F ``REPEAT_REQ_INCONSISTENT``;
- a card 3DS challenge, and the 3DS-Retry upgrade, answer U ``PAYMENT_IN_PROCESS`` with ``normalUrl``
  (or a ``redirectActionForm`` to POST); ``inquiryPayment`` says PROCESSING until the buyer acts,
  PENDING while the issuer's answer settles (``settings.settle_seconds`` on the sandbox clock), then
  SUCCESS or FAIL; the buyer is sent back to ``paymentRedirectUrl`` unchanged;
- a payment reaching a final state is notified (``notifyPayment``) to ``paymentNotifyUrl`` or the
  sandbox-wide ``settings.webhook_urls["antom"]``, signed over the notify URL's path.

Sandbox-only pages under ``/antom/_pages``: the challenge page and the 3DS2 ACS (form POST)
entry, the hosted Checkout Page of a session, ``GET public-key`` (the sandbox's "Antom public key",
PEM) and ``PUT clients/{clientId}`` (register a merchant public key, PEM body). The merchant test key
of :mod:`._antom_keys` is registered for ``ANTOM["client_id"]`` from the start.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import json
import re
import secrets
import threading
import uuid
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, quote_plus, unquote_plus, urlsplit

import attrs
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from scaretry.sandbox._credentials import ANTOM
from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._pages import challenge_page, message_page
from scaretry.sandbox._provider import Context, ErrorKind, ProviderApp, json_response
from scaretry.sandbox.providers._antom_keys import MERCHANT_TEST_PUBLIC_KEY_PEM, SANDBOX_PRIVATE_KEY_PEM

__all__ = ["TEST_CARDS", "App", "CardScenario", "TestCard", "sandbox_signature"]


class CardScenario(enum.StrEnum):
    """What the emulated issuer (and Antom's risk engine) does with a card."""

    FRICTIONLESS = "frictionless"
    CHALLENGE = "challenge"
    CHALLENGE_FORM = "challenge_form"
    SCA_REQUIRED = "sca_required"
    DO_NOT_HONOR = "do_not_honor"
    RISK_REJECT = "risk_reject"
    INSUFFICIENT_FUNDS = "insufficient_funds"
    ISSUER_TIMEOUT = "issuer_timeout"


@attrs.frozen
class TestCard:
    scenario: CardScenario
    title: str
    behaviour: str


TEST_CARDS: Mapping[str, TestCard] = {
    "4054695723100768": TestCard(
        CardScenario.FRICTIONLESS,
        "Approved, frictionless",
        "S SUCCESS. With is3DSAuthentication true: frictionless 3DS 2.2.0, ECI 05, challenged false. "
        "Without: a non-3DS authorisation (no threeDSResult authentication). Any Luhn-valid number not "
        "in this table behaves the same.",
    ),
    "4000000000000028": TestCard(
        CardScenario.CHALLENGE,
        "3DS challenge (normalUrl)",
        "With is3DSAuthentication true: U PAYMENT_IN_PROCESS + normalUrl to the challenge page; approve → "
        "SUCCESS (ECI 05, challenged), reject → FAIL USER_PAYMENT_VERIFICATION_FAILED (reason 01), "
        "abandon → FAIL ORDER_IS_CLOSED (challengeCancel 04, reason 14), each after settle_seconds. "
        "Without 3DS the issuer approves (S SUCCESS).",
    ),
    "4000000000000036": TestCard(
        CardScenario.CHALLENGE_FORM,
        "3DS challenge (redirectActionForm POST)",
        "Like the challenge card, but Antom answers a redirectActionForm (method POST, creq and "
        "threeDSSessionData) instead of normalUrl.",
    ),
    "4000000000000044": TestCard(
        CardScenario.SCA_REQUIRED,
        "Soft decline for missing SCA",
        "Without 3DS the issuer soft-declines (Visa 1A). is3DSAuthentication false + "
        "enableAuthenticationUpgrade true/absent on a customer-initiated payment: Antom 3DS-Retry "
        "upgrades it, U PAYMENT_IN_PROCESS + normalUrl to a challenge. enableAuthenticationUpgrade false, "
        "or a merchant-initiated payment (networkTransactionId present): F AUTHENTICATION_REQUIRED. "
        "With is3DSAuthentication true: a challenge from the start.",
    ),
    "4000000000000051": TestCard(
        CardScenario.DO_NOT_HONOR,
        "Hard decline",
        "F DO_NOT_HONOR (refusalCodeRaw 05), whatever the 3DS flags (after frictionless 3DS when asked).",
    ),
    "4000000000000069": TestCard(
        CardScenario.RISK_REJECT,
        "Fraud decline",
        "F RISK_REJECT: Antom's risk control rejects the payment before authentication.",
    ),
    "4000000000000077": TestCard(
        CardScenario.INSUFFICIENT_FUNDS,
        "Insufficient funds",
        "F USER_BALANCE_NOT_ENOUGH (refusalCodeRaw 51).",
    ),
    "4000000000000085": TestCard(
        CardScenario.ISSUER_TIMEOUT,
        "Issuer timeout",
        "U UNKNOWN_EXCEPTION with a paymentId: the issuer did not answer in time. inquiryPayment says "
        "PENDING for settle_seconds, then FAIL PROCESS_FAIL (refusalCodeRaw 91, issuer unavailable).",
    ),
}
"""Our own test cards (Antom publishes none in its public docs): card number → what the sandbox does.

Any other Luhn-valid number is approved like the frictionless card; a number failing the Luhn check
is F ``INVALID_CARD_NUMBER``, an expired one F ``CARD_EXPIRED``. A stored card (``paymentMethodId``,
the ``cardToken`` of an earlier successful payment) behaves like the card it stands for.
"""

_SIGNATURE = re.compile(r"^\s*algorithm=RSA256\s*,\s*keyVersion=(\d+)\s*,\s*signature=(\S+)\s*$")
_PAYMENT_OPS = ("pay", "createPaymentSession")
_EXPIRY_SECONDS = 14 * 60  # Antom: a payment expires about 14 minutes after the request by default
_SESSION_SECONDS = 60 * 60  # Antom: a payment session lasts one hour by default
_DS = "2.2.0"
_REFUSALS = {
    "DO_NOT_HONOR": ("05", "Do not honor"),
    "USER_BALANCE_NOT_ENOUGH": ("51", "Insufficient funds"),
    "AUTHENTICATION_REQUIRED": ("1A", "Additional customer authentication required"),
    "PROCESS_FAIL": ("91", "Issuer or switch inoperative"),
}
_MESSAGES = {
    "SUCCESS": "success.",
    "PAYMENT_IN_PROCESS": "payment in process",
    "UNKNOWN_EXCEPTION": "An API call has failed, which is caused by unknown reasons.",
    "PARAM_ILLEGAL": "Illegal parameters. For example, non-numeric input, invalid date.",
    "INVALID_SIGNATURE": "The signature is invalid.",
    "INVALID_CLIENT": "The client ID is invalid.",
    "KEY_NOT_FOUND": "The key is not found.",
    "NO_INTERFACE_DEF": "API is not defined.",
    "REPEAT_REQ_INCONSISTENT": (
        "The submitted request is inconsistent with the previous request with the same paymentRequestId."
    ),
    "REQUEST_TRAFFIC_EXCEED_LIMIT": "The request traffic exceeds the limit.",
    "ORDER_NOT_EXIST": "The order does not exist.",
    "ORDER_IS_CLOSED": "The order is closed.",
    "DO_NOT_HONOR": "The payment is declined by the issuing bank.",
    "RISK_REJECT": "The request is rejected because of the risk control.",
    "USER_BALANCE_NOT_ENOUGH": "The payment failed because the balance is not enough.",
    "AUTHENTICATION_REQUIRED": "The issuer requires 3D Secure authentication for this payment.",
    "USER_PAYMENT_VERIFICATION_FAILED": "The user failed the payment verification.",
    "PROCESS_FAIL": "A general business failure occurred. The issuer did not answer in time.",
    "INVALID_CARD_NUMBER": "The card number is invalid.",
    "INVALID_CARD": "The card is invalid.",
    "CARD_EXPIRED": "The card has expired.",
    "INVALID_PAYMENT_METHOD_META_DATA": "The payment method metadata is invalid.",
    "PAYMENT_NOT_QUALIFIED": "The merchant is not qualified to use this payment method.",
}


def _result(code: str, status: str, message: str | None = None) -> dict[str, str]:
    return {"resultCode": code, "resultStatus": status, "resultMessage": (message or _MESSAGES.get(code, code))[:256]}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _truthy(value: Any, default: bool) -> bool:
    """AntomBoolean: native or string; absent means ``default``."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() == "true"


def _luhn(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def _digits(count: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(count))


def _sign(key: rsa.RSAPrivateKey, method: str, path: str, client_id: str, when: str, body: bytes) -> str:
    content = f"{method} {path}\n{client_id}.{when}.".encode() + body
    signature = key.sign(content, padding.PKCS1v15(), hashes.SHA256())
    return f"algorithm=RSA256,keyVersion=1,signature={quote_plus(base64.b64encode(signature).decode())}"


def _raw_path(request: Request) -> str:
    """The path exactly as the client sent (and signed) it, query string included."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    query = request.scope.get("query_string") or b""
    return raw.decode("latin-1") + (("?" + query.decode("latin-1")) if query else "")


@attrs.define
class _Card:
    scenario: CardScenario
    brand: str
    bin: str
    last4: str
    expiry_month: str
    expiry_year: str
    holder: str | None

    def info(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "cardNo": "*" * 12 + self.last4,
            "cardBrand": self.brand,
            "cardBin": self.bin,
            "lastFour": self.last4,
            "expiryMonth": self.expiry_month,
            "expiryYear": self.expiry_year,
            "issuingCountry": "GB",
            "funding": "CREDIT",
            "paymentMethodRegion": "GLOBAL",
        }
        if self.holder:
            info["cardholderName"] = self.holder[:64]
        return info


@attrs.define
class _Payment:
    payment_id: str
    request_id: str
    client_id: str
    body: Any  # the pay body, for the idempotency comparison (None: created by a Checkout Page)
    pages: str  # the sandbox pages' base URL as this client reached the sandbox (host and port)
    amount: dict[str, str]
    created: str
    created_at: float
    card: _Card
    three_ds: bool
    upgraded: bool
    redirect_url: str | None
    notify_url: str | None
    status: str = "PROCESSING"  # PROCESSING, SUCCESS or FAIL (the stored truth; PENDING is derived)
    code: str = "PAYMENT_IN_PROCESS"
    three_ds_result: dict[str, Any] | None = None
    action: str | None = None  # "redirect", "form" or None (issuer timeout: nothing for the buyer)
    token: str = attrs.field(factory=lambda: secrets.token_urlsafe(16))
    choice: str | None = None
    choice_at: float | None = None
    expires_at: float = 0.0
    payment_time: str | None = None
    card_token: str | None = None
    network_transaction_id: str | None = None
    authorization_code: str | None = None
    notified: bool = False

    @property
    def final(self) -> bool:
        return self.status != "PROCESSING"


@attrs.define
class _Session:
    session_id: str
    request_id: str
    client_id: str
    body: Any
    data: str
    expiry: str
    scene: str | None
    three_ds: bool
    upgrade: bool
    amount: dict[str, str]
    redirect_url: str
    notify_url: str | None
    pages: str
    paid: bool = False


class App(ProviderApp):
    """Antom, as the emulator plays it (see the module docstring and :data:`TEST_CARDS`)."""

    name = "antom"
    server_prefix = "/ams/sandbox"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        key = serialization.load_pem_private_key(SANDBOX_PRIVATE_KEY_PEM.encode(), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        self._key: rsa.RSAPrivateKey = key
        self._clients: dict[str, rsa.RSAPublicKey] = {ANTOM["client_id"]: _public_key(MERCHANT_TEST_PUBLIC_KEY_PEM)}
        self._payments: dict[str, _Payment] = {}
        self._by_request: dict[str, _Payment] = {}
        self._sessions: dict[str, _Session] = {}
        self._session_by_request: dict[str, _Session] = {}
        self._tokens: dict[str, _Card] = {}
        self._in_flight: set[str] = set()
        self._flights: dict[int, str] = {}  # id(context) → the in-flight key it holds

    # -- the pipeline's hooks ---------------------------------------------------------------------

    def error(self, kind: str, status: int, message: str, problems: list[Problem] | None = None) -> Response:
        if kind in (ErrorKind.MALFORMED, ErrorKind.INVALID):
            fields = ", ".join(p.path.removeprefix("$.") for p in (problems or [])[:5])
            text = f"{_MESSAGES['PARAM_ILLEGAL']} {fields or message}"
            return json_response(200, {"result": _result("PARAM_ILLEGAL", "F", text)})
        if kind == ErrorKind.UNAUTHORIZED:
            return json_response(200, {"result": _result("INVALID_SIGNATURE", "F")})
        if kind == ErrorKind.CONFLICT:
            return json_response(200, {"result": _result("REPEAT_REQ_INCONSISTENT", "F")})
        if kind == ErrorKind.TOO_LARGE:
            return json_response(
                413, {"result": _result("PARAM_ILLEGAL", "F", f"{_MESSAGES['PARAM_ILLEGAL']} {message}")}
            )
        if kind == ErrorKind.NOT_FOUND:
            return json_response(status, {"result": _result("NO_INTERFACE_DEF", "F", f"API is not defined: {message}")})
        if kind == ErrorKind.RATE_LIMITED or status == 503:
            return json_response(status, {"result": _result("REQUEST_TRAFFIC_EXCEED_LIMIT", "U")})
        return json_response(status, {"result": _result("UNKNOWN_EXCEPTION", "U")})

    def authenticate(self, request: Request, raw: bytes) -> Response | None:
        client_id = request.headers.get("client-id", "")
        key = self._clients.get(client_id)
        if key is None:
            return json_response(200, {"result": _result("INVALID_CLIENT", "F")})
        when = request.headers.get("request-time")
        match = _SIGNATURE.match(request.headers.get("signature", ""))
        if not when or match is None:
            return self.error(ErrorKind.UNAUTHORIZED, 200, "missing or malformed Signature/Request-Time")
        if match.group(1) != "1":
            return json_response(200, {"result": _result("KEY_NOT_FOUND", "F")})
        content = f"{request.method} {_raw_path(request)}\n{client_id}.{when}.".encode() + raw
        try:
            signature = base64.b64decode(unquote_plus(match.group(2)), validate=True)
            key.verify(signature, content, padding.PKCS1v15(), hashes.SHA256())
        except (InvalidSignature, ValueError):
            return self.error(ErrorKind.UNAUTHORIZED, 200, "signature does not verify")
        return None

    def sign_response(self, request: Request, response: Response) -> Response:
        client_id = request.headers.get("client-id", "")
        when = _now()
        response.headers["Client-Id"] = client_id
        response.headers["Response-Time"] = when
        response.headers["Signature"] = _sign(
            self._key, request.method, _raw_path(request), client_id, when, bytes(response.body)
        )
        return response

    def begin(self, context: Context) -> Response | None:
        if context.operation.operation_id not in _PAYMENT_OPS:
            return None
        key = f"{context.operation.operation_id}:{context.body['paymentRequestId']}"
        with self.lock:
            if key in self._in_flight:
                # Antom's answer to a duplicate it is still processing: state unknown, inquire later.
                busy = json_response(200, {"result": _result("UNKNOWN_EXCEPTION", "U")})
                return self.sign_response(context.request, busy)
            self._in_flight.add(key)
            self._flights[id(context)] = key
        return None

    def end(self, context: Context) -> None:
        with self.lock:
            key = self._flights.pop(id(context), None)
            if key is not None:
                self._in_flight.discard(key)

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {
                "payments": len(self._payments),
                "sessions": len(self._sessions),
                "cardTokens": len(self._tokens),
                "clients": len(self._clients),
            }

    def handlers(self) -> Mapping[str, Callable[[Context], Response]]:
        return {"pay": self._pay, "createPaymentSession": self._create_session, "inquiryPayment": self._inquiry}

    def pages(self) -> list[BaseRoute]:
        return [
            Route("/public-key", self._public_key_page, methods=["GET"]),
            Route("/clients/{client_id}", self._register_client, methods=["PUT"]),
            Route("/challenge/{payment_id}", self._challenge, methods=["GET", "POST"]),
            Route("/acs", self._acs, methods=["POST"]),
            Route("/checkout/{session_id}", self._checkout_page, methods=["GET", "POST"]),
        ]

    # -- operations -------------------------------------------------------------------------------

    def _pay(self, ctx: Context) -> Response:
        body = ctx.body
        request_id = body["paymentRequestId"]
        with self.lock:
            existing = self._by_request.get(request_id)
            if existing is not None:
                if existing.body != body:
                    return self.error(ErrorKind.CONFLICT, 200, "paymentRequestId reused with another body")
                self._advance(existing)
                return json_response(200, self._pay_view(existing))
            refused = self._check_amounts(body)
            if refused is not None:
                return refused
            method = body["paymentMethod"]
            if method["paymentMethodType"] != "CARD":
                return json_response(200, {"result": _result("PAYMENT_NOT_QUALIFIED", "F")})
            meta = method.get("paymentMethodMetaData") or {}
            card = self._card(method, meta)
            if isinstance(card, str):
                return json_response(200, {"result": _result(card, "F")})
            three_ds = _truthy(meta.get("is3DSAuthentication"), default=False)
            upgrade = _truthy(meta.get("enableAuthenticationUpgrade"), default=True)
            merchant_initiated = bool(meta.get("networkTransactionId"))
            payment = _Payment(
                payment_id=self._payment_id(),
                request_id=request_id,
                client_id=ctx.headers.get("client-id", ""),
                body=body,
                pages=_pages_base(ctx.request, self.name),
                amount=dict(body["paymentAmount"]),
                created=_now(),
                created_at=self.clock.now(),
                card=card,
                three_ds=three_ds,
                upgraded=False,
                redirect_url=body.get("paymentRedirectUrl"),
                notify_url=body.get("paymentNotifyUrl"),
                expires_at=self.clock.now() + _EXPIRY_SECONDS,
            )
            self._decide(payment, upgrade=upgrade, merchant_initiated=merchant_initiated)
            if payment.action is not None and not payment.redirect_url:
                text = f"{_MESSAGES['PARAM_ILLEGAL']} paymentRedirectUrl is needed for 3D Secure"
                return json_response(200, {"result": _result("PARAM_ILLEGAL", "F", text)})
            self._store(payment)
            return json_response(200, self._pay_view(payment))

    def _create_session(self, ctx: Context) -> Response:
        body = ctx.body
        request_id = body["paymentRequestId"]
        with self.lock:
            existing = self._session_by_request.get(request_id)
            if existing is not None:
                if existing.body != body:
                    return self.error(ErrorKind.CONFLICT, 200, "paymentRequestId reused with another body")
                return json_response(200, self._session_view(existing))
            if request_id in self._by_request:
                return self.error(ErrorKind.CONFLICT, 200, "paymentRequestId already used by a payment")
            refused = self._check_amounts(body)
            if refused is not None:
                return refused
            meta = (body.get("availablePaymentMethod") or {}).get("paymentMethodMetaData") or {}
            if not meta:
                meta = (body.get("paymentMethod") or {}).get("paymentMethodMetaData") or {}
            session_id = secrets.token_urlsafe(36)  # it travels in the Checkout Page's URL path
            session = _Session(
                session_id=session_id,
                request_id=request_id,
                client_id=ctx.headers.get("client-id", ""),
                body=body,
                data=f"{base64.b64encode(secrets.token_bytes(48)).decode()}&&SG&&111",
                expiry=body.get("paymentSessionExpiryTime")
                or (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=_SESSION_SECONDS)).isoformat(timespec="seconds"),
                scene=body.get("productScene"),
                three_ds=_truthy(meta.get("is3DSAuthentication"), default=False),
                upgrade=_truthy(meta.get("enableAuthenticationUpgrade"), default=True),
                amount=dict(body["paymentAmount"]),
                redirect_url=body["paymentRedirectUrl"],
                notify_url=body.get("paymentNotifyUrl"),
                pages=_pages_base(ctx.request, self.name),
            )
            self._sessions[session_id] = session
            self._session_by_request[request_id] = session
            return json_response(200, self._session_view(session))

    def _inquiry(self, ctx: Context) -> Response:
        body = ctx.body
        with self.lock:
            if body.get("paymentId"):
                payment = self._payments.get(body["paymentId"])
            else:
                payment = self._by_request.get(body.get("paymentRequestId", ""))
            if payment is None:
                return json_response(200, {"result": _result("ORDER_NOT_EXIST", "F")})
            self._advance(payment)
            return json_response(200, self._inquiry_view(payment))

    # -- decisions --------------------------------------------------------------------------------

    def _check_amounts(self, body: Mapping[str, Any]) -> Response | None:
        amounts = {"paymentAmount": body["paymentAmount"], "order.orderAmount": body["order"]["orderAmount"]}
        for where, amount in amounts.items():
            if int(amount["value"]) <= 0:
                text = f"{_MESSAGES['PARAM_ILLEGAL']} {where}.value"
                return json_response(200, {"result": _result("PARAM_ILLEGAL", "F", text)})
        return None

    def _card(self, method: Mapping[str, Any], meta: Mapping[str, Any]) -> _Card | str:
        """The card of a pay request, or the F result code that refuses it."""
        if method.get("paymentMethodId"):
            stored = self._tokens.get(method["paymentMethodId"])
            return stored if stored is not None else "INVALID_CARD"
        number = meta.get("cardNo")
        if not number:
            return "INVALID_PAYMENT_METHOD_META_DATA"
        if not number.isdigit() or not 12 <= len(number) <= 19 or not _luhn(number):
            return "INVALID_CARD_NUMBER"
        month, year = meta.get("expiryMonth"), meta.get("expiryYear")
        if not month or not year:
            return "INVALID_PAYMENT_METHOD_META_DATA"
        today = dt.datetime.now(dt.UTC).date()
        if (2000 + int(year), int(month)) < (today.year, today.month):
            return "CARD_EXPIRED"
        known = TEST_CARDS.get(number)
        holder = meta.get("cardholderName") or {}
        name = holder.get("fullName") or " ".join(filter(None, (holder.get("firstName"), holder.get("lastName"))))
        return _Card(
            scenario=known.scenario if known else CardScenario.FRICTIONLESS,
            brand={"4": "VISA", "5": "MASTERCARD", "3": "AMEX"}.get(number[0], "VISA"),
            bin=number[:6],
            last4=number[-4:],
            expiry_month=month,
            expiry_year=year,
            holder=name or None,
        )

    def _decide(self, payment: _Payment, *, upgrade: bool, merchant_initiated: bool) -> None:
        """Antom's 3DS decision table (docs.antom.com/ac/pm/3ds_retry) played out on the card's scenario."""
        scenario = payment.card.scenario
        if scenario is CardScenario.RISK_REJECT:
            self._finish(payment, "FAIL", "RISK_REJECT")
        elif scenario is CardScenario.ISSUER_TIMEOUT:
            payment.code = "UNKNOWN_EXCEPTION"
        elif scenario in (CardScenario.DO_NOT_HONOR, CardScenario.INSUFFICIENT_FUNDS):
            code = "DO_NOT_HONOR" if scenario is CardScenario.DO_NOT_HONOR else "USER_BALANCE_NOT_ENOUGH"
            self._finish(payment, "FAIL", code, self._frictionless() if payment.three_ds else None)
        elif scenario in (CardScenario.CHALLENGE, CardScenario.CHALLENGE_FORM, CardScenario.SCA_REQUIRED):
            if payment.three_ds:
                payment.action = "form" if scenario is CardScenario.CHALLENGE_FORM else "redirect"
            elif scenario is not CardScenario.SCA_REQUIRED:
                self._finish(payment, "SUCCESS", "SUCCESS", {"threeDSOffered": False})
            elif upgrade and not merchant_initiated:
                payment.action, payment.upgraded = "redirect", True
            else:
                self._finish(payment, "FAIL", "AUTHENTICATION_REQUIRED", {"threeDSOffered": False})
        elif payment.three_ds:
            self._finish(payment, "SUCCESS", "SUCCESS", self._frictionless())
        else:
            self._finish(payment, "SUCCESS", "SUCCESS", {"threeDSOffered": False})

    def _frictionless(self) -> dict[str, Any]:
        return {
            "threeDSVersion": _DS,
            "eci": "05",
            "cavv": base64.b64encode(secrets.token_bytes(20)).decode(),
            "dsTransactionId": str(uuid.uuid4()),
            "challenged": False,
            "threeDSOffered": True,
        }

    def _finish(self, payment: _Payment, status: str, code: str, three_ds: dict[str, Any] | None = None) -> None:
        payment.status, payment.code = status, code
        payment.three_ds_result = three_ds
        if status == "SUCCESS":
            payment.payment_time = _now()
            payment.card_token = "ALIPAY" + secrets.token_urlsafe(32).replace("-", "x").replace("_", "y")
            payment.network_transaction_id = _digits(15)
            payment.authorization_code = _digits(6)
            self._tokens[payment.card_token] = payment.card

    def _advance(self, payment: _Payment) -> None:
        """Move a payment on to where the sandbox clock says it is (reads are what move time)."""
        if payment.final:
            return
        now = self.clock.now()
        settle = self.settings.settle_seconds
        challenged = {"threeDSVersion": _DS, "dsTransactionId": str(uuid.uuid4()), "challenged": True}
        if payment.action is None:  # the issuer timeout: the answer comes in after settling
            if now >= payment.created_at + settle:
                self._finish(payment, "FAIL", "PROCESS_FAIL")
        elif payment.choice is None:
            if now >= payment.expires_at:  # the buyer never opened the challenge
                cancel = {**challenged, "challengeCancel": "05", "threeDSOffered": True}
                self._finish(payment, "FAIL", "ORDER_IS_CLOSED", cancel)
        elif payment.choice_at is not None and now >= payment.choice_at + settle:
            if payment.choice == "approve":
                cavv = base64.b64encode(secrets.token_bytes(20)).decode()
                result = {**challenged, "eci": "05", "cavv": cavv, "threeDSOffered": True}
                self._finish(payment, "SUCCESS", "SUCCESS", result)
            elif payment.choice == "reject":
                result = {**challenged, "eci": "07", "threeDStransactionStatusReason": "01", "threeDSOffered": True}
                self._finish(payment, "FAIL", "USER_PAYMENT_VERIFICATION_FAILED", result)
            else:  # abandoned: the ACS times out waiting for the buyer
                result = {
                    **challenged,
                    "challengeCancel": "04",
                    "threeDStransactionStatusReason": "14",
                    "threeDSOffered": True,
                }
                self._finish(payment, "FAIL", "ORDER_IS_CLOSED", result)
        if payment.final:
            self._notify(payment)

    def _store(self, payment: _Payment) -> None:
        self._payments[payment.payment_id] = payment
        self._by_request[payment.request_id] = payment
        if payment.final:
            self._notify(payment)
        elif payment.action is None:
            self._settle_later(payment, self.settings.settle_seconds)

    def _settle_later(self, payment: _Payment, delay: float) -> None:
        """Settle without waiting for a read, so the notification goes out on time."""

        def tick() -> None:
            with self.lock:
                self._advance(payment)

        timer = threading.Timer(delay + 0.02, tick)
        timer.daemon = True
        timer.start()

    def _payment_id(self) -> str:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S")
        return stamp + _digits(21)

    # -- views (what the responses carry) ---------------------------------------------------------

    def _result_info(self, payment: _Payment) -> dict[str, Any]:
        info = payment.card.info()
        if payment.status == "SUCCESS":
            info |= {
                "cardToken": payment.card_token,
                "networkTransactionId": payment.network_transaction_id,
                "authorizationCode": payment.authorization_code,
            }
        if payment.code in _REFUSALS:
            info["refusalCodeRaw"], info["refusalReasonRaw"] = _REFUSALS[payment.code]
        if payment.three_ds_result is not None:
            info["threeDSResult"] = payment.three_ds_result
        return info

    def _common(self, payment: _Payment) -> dict[str, Any]:
        return {
            "paymentRequestId": payment.request_id,
            "paymentId": payment.payment_id,
            "paymentAmount": payment.amount,
            "paymentCreateTime": payment.created,
        }

    def _pay_view(self, payment: _Payment) -> dict[str, Any]:
        if payment.status == "SUCCESS":
            view = {"result": _result("SUCCESS", "S")} | self._common(payment)
            view["actualPaymentAmount"] = payment.amount
            view["paymentTime"] = payment.payment_time
            view["paymentResultInfo"] = self._result_info(payment)
        elif payment.status == "FAIL":
            view = {"result": _result(payment.code, "F")} | self._common(payment)
            if payment.code != "RISK_REJECT":
                view["paymentResultInfo"] = self._result_info(payment)
        elif payment.action is None:
            view = {"result": _result("UNKNOWN_EXCEPTION", "U")} | self._common(payment)
        else:
            view = {"result": _result("PAYMENT_IN_PROCESS", "U")} | self._common(payment)
            if payment.action == "form":
                view["redirectActionForm"] = self._action_form(payment)
            else:
                view["normalUrl"] = f"{payment.pages}challenge/{payment.payment_id}?token={payment.token}"
        return view

    def _action_form(self, payment: _Payment) -> dict[str, Any]:
        creq = {
            "messageType": "CReq",
            "messageVersion": _DS,
            "acsTransID": payment.payment_id,
            "challengeWindowSize": "05",
            "token": payment.token,
        }
        fields = {
            "creq": base64.urlsafe_b64encode(json.dumps(creq).encode()).decode().rstrip("="),
            "threeDSSessionData": base64.urlsafe_b64encode(payment.payment_id.encode()).decode().rstrip("="),
        }
        return {
            "method": "POST",
            "redirectUrl": f"{payment.pages}acs",
            "parameters": json.dumps(fields, separators=(",", ":")),
            "actionFormType": "RedirectActionForm",
        }

    def _inquiry_view(self, payment: _Payment) -> dict[str, Any]:
        view = {"result": _result("SUCCESS", "S")} | self._common(payment) | {"paymentMethodType": "CARD"}
        if payment.final:
            view["paymentStatus"] = payment.status
            view["paymentResultCode"] = payment.code
            view["paymentResultMessage"] = (
                _MESSAGES["SUCCESS"] if payment.code == "SUCCESS" else _MESSAGES[payment.code]
            )
            view["paymentResultInfo"] = self._result_info(payment)
            if payment.status == "SUCCESS":
                view["paymentTime"] = payment.payment_time
                view["actualPaymentAmount"] = payment.amount
        else:
            # PENDING: the buyer finished (or the issuer is being waited for), the answer is settling.
            waiting = payment.choice is not None or payment.action is None
            view["paymentStatus"] = "PENDING" if waiting else "PROCESSING"
            view["paymentResultCode"] = "PAYMENT_IN_PROCESS"
            view["paymentResultMessage"] = _MESSAGES["PAYMENT_IN_PROCESS"]
        return view

    def _session_view(self, session: _Session) -> dict[str, Any]:
        view: dict[str, Any] = {
            "result": _result("SUCCESS", "S"),
            "paymentSessionData": session.data,
            "paymentSessionExpiryTime": session.expiry,
            "paymentSessionId": session.session_id,
        }
        if session.scene == "CHECKOUT_PAYMENT":
            view["normalUrl"] = f"{session.pages}checkout/{session.session_id}"
        return view

    # -- notifications ----------------------------------------------------------------------------

    def _notify(self, payment: _Payment) -> None:
        if payment.notified:
            return
        url = payment.notify_url or self.settings.webhook_urls.get(self.name)
        payment.notified = True
        if not url:
            return
        body: dict[str, Any] = {
            "notifyType": "PAYMENT_RESULT",
            "result": _result(payment.code, "S" if payment.status == "SUCCESS" else "F"),
            "paymentMethodType": "CARD",
        } | self._common(payment)
        if payment.code != "RISK_REJECT":
            body["paymentResultInfo"] = self._result_info(payment)
        if payment.status == "SUCCESS":
            body["paymentTime"] = payment.payment_time
            body["actualPaymentAmount"] = payment.amount
        problems = self.spec.validate("/webhooks/notifyPayment/post/requestBody/content/application~1json/schema", body)
        if problems and self.settings.strict:
            raise AssertionError(f"sandbox bug: notifyPayment does not fit the spec: {problems[:3]}")
        raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        when = _now()
        headers = {
            "Content-Type": "application/json; charset=UTF-8",
            "Client-Id": payment.client_id,
            "Request-Time": when,
            "Signature": _sign(self._key, "POST", path, payment.client_id, when, raw),
        }
        self.notifier.send(self.name, url, headers, raw)

    # -- pages --------------------------------------------------------------------------------------

    async def _public_key_page(self, request: Request) -> Response:
        pem = self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return PlainTextResponse(pem.decode(), media_type="application/x-pem-file")

    async def _register_client(self, request: Request) -> Response:
        client_id = request.path_params["client_id"]
        raw = await request.body()
        try:
            text = raw.decode()
            if text.lstrip().startswith("{"):
                text = str(json.loads(text)["publicKey"])
            key = _public_key(text)
        except (ValueError, KeyError, TypeError):
            return json_response(400, {"error": 'body must be an RSA public key in PEM (or {"publicKey": PEM})'})
        if not client_id or len(client_id) > 64:
            return json_response(400, {"error": "client id must be 1-64 characters"})
        with self.lock:
            self._clients[client_id] = key
        return json_response(200, {"clientId": client_id, "keyVersion": "1", "registered": True})

    async def _form(self, request: Request) -> dict[str, str]:
        return dict(parse_qsl((await request.body()).decode("utf-8", "replace")))

    async def _challenge(self, request: Request) -> Response:
        payment_id = request.path_params["payment_id"]
        form = await self._form(request) if request.method == "POST" else {}
        token = form.get("token") or request.query_params.get("token", "")
        with self.lock:
            payment = self._payments.get(payment_id)
            if payment is None or payment.action is None or not secrets.compare_digest(payment.token, token):
                return message_page("Not found", "No payment is waiting for authentication here.", 404)
            self._advance(payment)
            if payment.final or payment.choice is not None:
                return message_page("Authentication finished", "This payment is no longer waiting for you.")
            if request.method == "GET":
                return self._challenge_form(payment)
            choice = form.get("choice", "")
            if choice not in ("approve", "reject", "abandon"):
                return message_page("Bad request", "Choose approve, reject or abandon.", 400)
            payment.choice, payment.choice_at = choice, self.clock.now()
            self._settle_later(payment, self.settings.settle_seconds)
            if choice == "abandon":
                return message_page("Window closed", "You closed the authentication window.")
            assert payment.redirect_url is not None  # pay refuses a challenge without one
            return RedirectResponse(payment.redirect_url, status_code=303)

    def _challenge_form(self, payment: _Payment) -> Response:
        amount = f"{payment.amount['currency']} {payment.amount['value']} (minor units)"
        return challenge_page(
            title="Antom 3D Secure (sandbox issuer)",
            action=f"/{self.name}/_pages/challenge/{payment.payment_id}",
            fields={"token": payment.token},
            details=f"Card ending {payment.card.last4}, {amount}. Enter the code sent to your phone.",
        )

    async def _acs(self, request: Request) -> Response:
        form = await self._form(request)
        try:
            creq = json.loads(base64.urlsafe_b64decode(form["creq"] + "=" * (-len(form["creq"]) % 4)))
            payment_id = base64.urlsafe_b64decode(
                form["threeDSSessionData"] + "=" * (-len(form["threeDSSessionData"]) % 4)
            ).decode()
            token = str(creq["token"])
        except (KeyError, ValueError, TypeError):
            return message_page("Bad request", "The ACS needs creq and threeDSSessionData.", 400)
        with self.lock:
            payment = self._payments.get(payment_id)
            if payment is None or payment.action != "form" or not secrets.compare_digest(payment.token, token):
                return message_page("Not found", "No payment is waiting for authentication here.", 404)
            self._advance(payment)
            if payment.final or payment.choice is not None:
                return message_page("Authentication finished", "This payment is no longer waiting for you.")
            return self._challenge_form(payment)

    async def _checkout_page(self, request: Request) -> Response:
        """The hosted Checkout Page of a CHECKOUT_PAYMENT session: "approve" pays (authenticated by
        3DS, SUCCESS after settling), "reject" fails the card verification, "abandon" leaves without
        paying. Either of the first two sends the buyer back to paymentRedirectUrl."""
        session_id = request.path_params["session_id"]
        with self.lock:
            session = self._sessions.get(session_id)
            if session is None:
                return message_page("Not found", "No such payment session.", 404)
            if session.paid:
                return message_page("Paid", "This payment session has been used.")
            if request.method == "GET":
                return challenge_page(
                    title="Antom Checkout Page (sandbox)",
                    action=f"/{self.name}/_pages/checkout/{session_id}",
                    fields={},
                    details=f"Pay {session.amount['currency']} {session.amount['value']} (minor units) by card.",
                )
        choice = (await self._form(request)).get("choice", "")
        if choice not in ("approve", "reject", "abandon"):
            return message_page("Bad request", "Choose approve, reject or abandon.", 400)
        if choice == "abandon":
            return message_page("Window closed", "You left the Checkout Page.")
        with self.lock:
            if session.paid:
                return message_page("Paid", "This payment session has been used.")
            session.paid = True
            card = _Card(CardScenario.CHALLENGE, "VISA", "400000", "0028", "12", "30", None)
            payment = _Payment(
                payment_id=self._payment_id(),
                request_id=session.request_id,
                client_id=session.client_id,
                body=None,
                pages=session.pages,
                amount=session.amount,
                created=_now(),
                created_at=self.clock.now(),
                card=card,
                three_ds=True,
                upgraded=False,
                redirect_url=session.redirect_url,
                notify_url=session.notify_url,
                action="redirect",
                choice=choice,
                choice_at=self.clock.now(),
                expires_at=self.clock.now() + _EXPIRY_SECONDS,
            )
            self._store(payment)
            self._settle_later(payment, self.settings.settle_seconds)
        return RedirectResponse(session.redirect_url, status_code=303)


def sandbox_signature(method: str, path: str, client_id: str, when: str, body: bytes) -> str:
    """The ``Signature`` header the sandbox's "Antom" would put on ``body`` (its key is published):
    for re-signing a response after a recorder scrubbed it, so a replay still verifies signatures."""
    key = serialization.load_pem_private_key(SANDBOX_PRIVATE_KEY_PEM.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return _sign(key, method, path, client_id, when, body)


def _pages_base(request: Request, name: str) -> str:
    """The absolute URL of this provider's pages, on the host and port the client used."""
    return f"{request.base_url}{name}/_pages/"


def _public_key(pem: str) -> rsa.RSAPublicKey:
    key = serialization.load_pem_public_key(pem.encode())
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("not an RSA public key")
    return key
