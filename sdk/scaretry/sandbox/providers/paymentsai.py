"""Payments AI (payments.ai) Public API, emulated: customers, stage card tokenisation, payment
instruments, transactions with 3-D Secure, and the ``transaction-processed``/``-declined`` webhooks.

What it follows (``specs/paymentsai.yaml``, the 3DS2 guide of seed 002):

- ``Authorization: ApiKey <accountId>_<apiKey>_<apiKeyId>``; a wrong key gets 401 "Missing auth
  token", a path organization the key does not belong to gets 403 "Forbidden access".
- 3-D Secure is configured per gateway connection, never per transaction ("3DS is disabled by
  default for all gateway connections"). The sandbox has two organizations for the one published
  key: ``PAYMENTSAI["organization_id"]`` (gateway 3DS on) and ``PAYMENTSAI["organization_id_no_3ds"]``
  (gateway 3DS off).
- ``POST /transactions`` answers 201 for every created record, declines included; a challenge comes
  back ``waiting``/``unknown`` with an ``approvalLink`` (the challenge page below); after the page
  the browser is sent to ``redirectUrl`` with ``{id}`` and ``{result}`` filled in, and the outcome
  is read with ``GET /transactions/{id}`` (asynchronous: ``offsite`` for ``settle_seconds``).
- ``idempotencyKey`` in the body: a replay returns the original transaction; a concurrent duplicate
  still in flight gets 429 with ``Retry-After: 1`` (our choice: the docs are silent on it).
- Errors are ``{errorCode, statusCode, message, details?}``; spec violations answer 400 with
  ``details`` (Payments AI documents 400 "Bad request", not 422, for validation failures).
- Webhooks: ``{deduplicationId, type, organizationId, metadata: Transaction}`` signed with
  ``X-Signature``: lowercase hex HMAC-SHA256 of the raw body keyed with the webhook secret.

The scenario is chosen by the card number given to the stage tokeniser (:data:`TEST_CARDS`); the
number itself is never stored, only its scenario, BIN brand and last four digits.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import json
import math
import re
import threading
import uuid
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl

import attrs
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from scaretry.sandbox._credentials import PAYMENTSAI
from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._pages import CHOICES, challenge_page, message_page
from scaretry.sandbox._provider import Context, ErrorKind, ProviderApp, json_response

__all__ = ["CHALLENGE_TTL_SECONDS", "TEST_CARDS", "TOKEN_TTL_SECONDS", "App", "CardScenario", "TestCard"]


class CardScenario(enum.StrEnum):
    APPROVE = "approve"
    CHALLENGE = "challenge"
    SCA_REQUIRED = "sca_required"
    HARD_DECLINE = "hard_decline"
    FRAUD = "fraud"
    ISSUER_TIMEOUT = "issuer_timeout"
    NOT_SENT = "not_sent"


@attrs.frozen
class TestCard:
    scenario: CardScenario
    with_3ds: str  # what happens on a gateway connection with 3DS on (customer-initiated)
    without_3ds: str  # on a gateway connection with 3DS off, or for a merchant-initiated charge


#: Card number → scenario. Payments AI's own "Test Cards" page was not readable, so apart from
#: ``4111111111111111`` (the tokenisation tutorial's card, approved on stage) the numbers are ours:
#: ``400000000000N00c`` with ``c`` the Luhn digit. Any other valid number behaves like 4111….
#: A merchant-initiated charge never runs 3-D Secure (the cardholder is absent), whatever the gateway.
TEST_CARDS: Mapping[str, TestCard] = {
    "4111111111111111": TestCard(
        CardScenario.APPROVE,
        "completed/approved, frictionless 3DS (transStatus Y, ECI 05)",
        "completed/approved, no 3DS data",
    ),
    "4000000000001000": TestCard(
        CardScenario.CHALLENGE,
        "waiting/unknown + approvalLink; challenge page: approve → offsite for settle → completed/approved; "
        "reject → completed/declined (transStatus N, reason 01); abandon → offsite for settle → "
        "completed/abandoned; page left alone for 600 s → timeout/declined (transStatus U, reason 14)",
        "completed/approved, no 3DS data",
    ),
    "4000000000002008": TestCard(
        CardScenario.SCA_REQUIRED,
        "the issuer demands SCA: the challenge flow above",
        "completed/declined, no 3DS data (a soft decline for missing SCA; the API does not say so)",
    ),
    "4000000000003006": TestCard(
        CardScenario.HARD_DECLINE,
        "frictionless 3DS (transStatus Y), then completed/declined by the issuer",
        "completed/declined, AVS no match",
    ),
    "4000000000004004": TestCard(
        CardScenario.FRAUD,
        "completed/declined, 3DS rejected frictionless (transStatus R, reason 11 suspected fraud)",
        "completed/declined, CVV no match",
    ),
    "4000000000005001": TestCard(
        CardScenario.ISSUER_TIMEOUT,
        "sending/unknown for settle, then timeout/declined",
        "sending/unknown for settle, then timeout/declined",
    ),
    "4000000000006009": TestCard(
        CardScenario.NOT_SENT,
        "not-sent/declined (never reached the gateway)",
        "not-sent/declined",
    ),
}

#: How long an unanswered challenge page stays open before the ACS times out (sandbox clock).
CHALLENGE_TTL_SECONDS = 600.0
#: Lifetime of a stage token (``expiratedAt``); the docs call tokens short-lived without a number.
TOKEN_TTL_SECONDS = 1800.0

_ORG_PATH = re.compile(r"^/v1/public-api/organizations/([^/]+)(?:/|$)")
_PAN_RUN = re.compile(r"\d{12,19}")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$")
_VERSION = "2.2.0"

_ERRORS: Mapping[str, tuple[str, str]] = {
    ErrorKind.MALFORMED: ("BAD_REQUEST", "Bad request"),
    ErrorKind.INVALID: ("BAD_REQUEST", "Bad request"),
    ErrorKind.UNAUTHORIZED: ("UNAUTHORIZED", "Missing auth token"),
    ErrorKind.NOT_FOUND: ("NOT_FOUND", "Not found"),
    ErrorKind.TOO_LARGE: ("PAYLOAD_TOO_LARGE", "Request entity too large"),
    ErrorKind.CONFLICT: ("CONFLICT", "Conflict"),
    ErrorKind.RATE_LIMITED: ("TOO_MANY_REQUESTS", "Too many requests"),
    ErrorKind.UNAVAILABLE: ("SERVICE_UNAVAILABLE", "Service unavailable"),
}


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _luhn(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def _brand(number: str) -> str:
    if number.startswith("4"):
        return "visa"
    if number[:2] in {"51", "52", "53", "54", "55"} or "2221" <= number[:4] <= "2720":
        return "mastercard"
    if number[:2] in {"34", "37"}:
        return "american-express"
    return "unknown"


def _three_ds(trans_status: str, *, challenged: bool, eci: str | None, reason: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"version": _VERSION, "challenged": challenged, "transStatus": trans_status}
    if eci is not None:
        data["eci"] = eci
    if reason is not None:
        data["transStatusReason"] = reason
    return data


@attrs.define
class _Token:
    id: str
    org: str
    scenario: CardScenario
    brand: str
    last4: str
    expiry_month: int
    expiry_year: int
    created: float
    created_at: str
    expires_at: str
    consumed: bool = False


@attrs.define
class _Instrument:
    id: str
    org: str
    customer_id: str
    scenario: CardScenario
    brand: str
    last4: str
    expiry_month: int
    expiry_year: int
    created_at: str
    status: str = "inactive"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": "payment-card",
            "method": "payment-card",
            "status": self.status,
            "customerId": self.customer_id,
            "creditCard": {
                "creditCardLastFourDigits": self.last4,
                "brand": self.brand,
                "expireYear": self.expiry_year,
                "expireMonth": self.expiry_month,
            },
            "createdAt": self.created_at,
            "updatedAt": self.created_at,
        }


@attrs.define
class _Transaction:
    id: str
    org: str
    amount: float | int
    currency: str
    type: str
    scenario: CardScenario
    three_ds: bool  # whether 3DS runs: gateway 3DS on and customer-initiated
    merchant_initiated: bool
    created: float
    date: str
    customer_id: str | None = None
    instrument: _Instrument | None = None
    redirect_url: str | None = None
    metadata: dict[str, str] | None = None
    status: str = "sending"
    result: str = "unknown"
    approval_link: str | None = None
    data3ds: dict[str, Any] | None = None
    avs: dict[str, Any] | None = None
    cvv: dict[str, Any] | None = None
    choice: str | None = None
    decided: float = 0.0
    notified: bool = False

    @property
    def final(self) -> bool:
        return self.status not in ("waiting", "sending", "offsite") and self.result != "unknown"

    def to_json(self) -> dict[str, Any]:
        approved = self.result == "approved"
        body: dict[str, Any] = {
            "id": self.id,
            "amount": self.amount,
            "refundableAmount": self.amount if approved else 0,
            "currency": self.currency,
            "status": self.status,
            "result": self.result,
            "combinedStatus": "abandoned" if self.result == "abandoned" else self.status,
            "type": self.type,
            "paymentType": "one-time-payment",
            "date": self.date,
            "createdAt": self.date,
            "paymentInstrument": self.instrument.to_json() if self.instrument else None,
            "invoices": [],
            "gatewayName": "Payments AI sandbox",
            "gatewaySlug": None,
            "approvalLink": self.approval_link,
            "redirectUrl": self.redirect_url,
            "isMerchantInitiated": self.merchant_initiated,
            "parentTransactionId": None,
            "permissionBundle": {"isRefundable": approved},
            "isProcessedOutside": False,
            "avsResponse": self.avs,
            "cvvResponse": self.cvv,
            "data3ds": self.data3ds,
        }
        if self.customer_id is not None:
            body["customerId"] = self.customer_id
        if self.instrument is not None:
            body["paymentInstrumentId"] = self.instrument.id
        if self.metadata:
            body["metadata"] = self.metadata
        return body


class _Refused(Exception):
    """A request that passed the spec but cannot be applied: answered as ``status`` + ``details``."""

    def __init__(self, status: int, details: str) -> None:
        self.status = status
        self.details = details
        super().__init__(details)


class App(ProviderApp):
    name = "paymentsai"
    server_prefix = ""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.api_key = PAYMENTSAI["api_key"]
        #: organization id → whether its gateway connection has 3-D Secure on
        self.organizations = {PAYMENTSAI["organization_id"]: True, PAYMENTSAI["organization_id_no_3ds"]: False}
        self.customers: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, _Token] = {}
        self.instruments: dict[str, _Instrument] = {}
        self.transactions: dict[str, _Transaction] = {}
        self.keys: dict[tuple[str, str], str] = {}  # (organization, idempotencyKey) → transaction id
        self.in_flight: set[tuple[str, str]] = set()

    # -- the pipeline's hooks ---------------------------------------------------------------------

    def error(self, kind: str, status: int, message: str, problems: list[Problem] | None = None) -> Response:
        code, text = _ERRORS.get(kind, ("BAD_REQUEST", "Bad request"))
        if kind == ErrorKind.INVALID:
            status = 400  # Payments AI answers validation failures with 400 and `details`
        if kind == ErrorKind.NOT_FOUND and status == 405:
            code, text = "METHOD_NOT_ALLOWED", "Method not allowed"
        if status == 422:
            code, text = "UNPROCESSABLE_ENTITY", "Unprocessable entity"
        if kind == ErrorKind.UNAVAILABLE and status == 500:
            code, text = "INTERNAL_SERVER_ERROR", "Internal server error"
        body: dict[str, Any] = {"errorCode": code, "statusCode": status, "message": text}
        if status in (400, 422):
            details = "; ".join(str(p) for p in problems) if problems else message
            body["details"] = _PAN_RUN.sub("[redacted]", details)  # never echo a card number back
        return json_response(status, body, {"X-Request-Id": str(uuid.uuid4())})

    def authenticate(self, request: Request, raw: bytes) -> Response | None:
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"ApiKey {self.api_key}".encode()):
            return self.error(ErrorKind.UNAUTHORIZED, 401, "Missing auth token")
        match = _ORG_PATH.match(request.url.path.removeprefix(f"/{self.name}"))
        if match is None or match.group(1) not in self.organizations:
            return json_response(
                403,
                {"errorCode": "FORBIDDEN", "statusCode": 403, "message": "Forbidden access"},
                {"X-Request-Id": str(uuid.uuid4())},
            )
        return None

    def handlers(self) -> Mapping[str, Callable[[Context], Response]]:
        return {
            "createCustomer": self._guarded(self.create_customer),
            "attachPaymentInstrument": self._guarded(self.attach_payment_instrument),
            "createPaymentInstrumentToken": self._guarded(self.create_token),
            "createTransaction": self._guarded(self.create_transaction),
            "getTransaction": self._guarded(self.get_transaction),
        }

    def begin(self, context: Context) -> Response | None:
        key = self._idempotency(context)
        if key is None:
            return None
        with self.lock:
            if key in self.in_flight:
                response = self.error(ErrorKind.RATE_LIMITED, 429, "a request with this idempotencyKey is in flight")
                response.headers["Retry-After"] = "1"
                return response
            self.in_flight.add(key)
        context.request.state.paymentsai_key = key
        return None

    def end(self, context: Context) -> None:
        key = getattr(context.request.state, "paymentsai_key", None)
        if key is not None:
            with self.lock:
                self.in_flight.discard(key)

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            self._advance_all()
            return {
                "customers": len(self.customers),
                "tokens": len(self.tokens),
                "payment_instruments": len(self.instruments),
                "transactions": len(self.transactions),
            }

    def pages(self) -> list[BaseRoute]:
        return [Route("/3ds/{transaction_id}", self.challenge, methods=["GET", "POST"])]

    # -- handlers -----------------------------------------------------------------------------------

    def _guarded(self, handler: Callable[[Context], Response]) -> Callable[[Context], Response]:
        def run(context: Context) -> Response:
            try:
                with self.lock:
                    return handler(context)
            except _Refused as refused:
                kind = ErrorKind.NOT_FOUND if refused.status == 404 else ErrorKind.MALFORMED
                return self.error(kind, refused.status, refused.details)

        return run

    def _ok(self, status: int, body: Any) -> Response:
        return json_response(status, body, {"X-Request-Id": str(uuid.uuid4())})

    def create_customer(self, context: Context) -> Response:
        body = context.body
        org = context.path_params["organizationId"]
        customer: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "name": f"{body['firstName']} {body['lastName']}",
            "firstName": body["firstName"],
            "lastName": body["lastName"],
            "email": body["email"],
            "organization": org,
        }
        if "phoneNumber" in body:
            customer["phoneNumber"] = body["phoneNumber"]
        address = (body.get("primaryAddress") or {}).get("customerAddress")
        if address:
            names = {"country": "country", "address": "address1", "city": "city", "region": "region", "zip": "zip"}
            customer["address"] = {names[key]: value for key, value in address.items() if key in names}
        self.customers[customer["id"]] = customer
        return self._ok(201, {"data": customer})

    def attach_payment_instrument(self, context: Context) -> Response:
        org = context.path_params["organizationId"]
        customer = self.customers.get(context.path_params["customerId"])
        if customer is None or customer["organization"] != org:
            raise _Refused(404, "customer not found")
        token = self._usable_token(org, context.body["token"], status=422)
        token.consumed = True
        instrument = _Instrument(
            id=str(uuid.uuid4()),
            org=org,
            customer_id=customer["id"],
            scenario=token.scenario,
            brand=token.brand,
            last4=token.last4,
            expiry_month=token.expiry_month,
            expiry_year=token.expiry_year,
            created_at=_now_iso(),
        )
        self.instruments[instrument.id] = instrument
        return self._ok(201, {"data": instrument.to_json()})

    def create_token(self, context: Context) -> Response:
        body = context.body
        number = body["primaryAccountNumber"]
        if not (number.isdigit() and 12 <= len(number) <= 19 and _luhn(number)):
            raise _Refused(400, "primaryAccountNumber is not a valid card number")
        cvv = body["cardVerificationValue"]
        if not (cvv.isdigit() and len(cvv) in (3, 4)):
            raise _Refused(400, "cardVerificationValue must be 3 or 4 digits")
        month, year = body["expirationMonth"], body["expirationYear"]
        today = dt.datetime.now(dt.UTC).date()
        if not 2000 <= year <= 2099 or (year, month) < (today.year, today.month):
            raise _Refused(400, "the card has expired")
        card = TEST_CARDS.get(number)
        created = dt.datetime.now(dt.UTC)
        token = _Token(
            id=self.new_id("", 32),  # not a UUID: the adapter tells tokens from instrument ids by that
            org=context.path_params["organizationId"],
            scenario=card.scenario if card else CardScenario.APPROVE,
            brand=_brand(number),
            last4=number[-4:],
            expiry_month=month,
            expiry_year=year,
            created=self.clock.now(),
            created_at=created.isoformat(timespec="seconds"),
            expires_at=(created + dt.timedelta(seconds=TOKEN_TTL_SECONDS)).isoformat(timespec="seconds"),
        )
        self.tokens[token.id] = token
        data = {"id": token.id, "createdAt": token.created_at, "expiratedAt": token.expires_at}
        return self._ok(201, {"type": "payment-card", "data": data})

    def create_transaction(self, context: Context) -> Response:
        body = context.body
        org = context.path_params["organizationId"]
        key = body.get("idempotencyKey")
        if key is not None and (org, key) in self.keys:
            # The docs: a replayed key returns the original transaction, whatever the new body says.
            original = self.transactions[self.keys[(org, key)]]
            self._advance(original)
            return self._ok(201, {"data": original.to_json()})
        if body["type"] not in ("sale", "authorize"):
            raise _Refused(400, "type: the sandbox emulates sale and authorize transactions only")
        amount = body["amount"]
        if not (math.isfinite(amount) and amount > 0):
            raise _Refused(400, "amount must be a positive number")
        redirect = body.get("redirectUrl")
        if redirect is not None and not _URL.match(redirect):
            raise _Refused(400, "redirectUrl must be an absolute http(s) URL")
        if not _CURRENCY.match(body["currency"]):
            raise _Refused(400, "currency must be an ISO 4217 code such as USD")
        customer_id = body.get("customerId")
        if customer_id is not None and self.customers.get(customer_id, {}).get("organization") != org:
            raise _Refused(400, "customerId: customer not found")
        instruction = body["paymentInstruction"]
        instrument: _Instrument | None = None
        if "paymentInstrumentId" in instruction:
            instrument = self.instruments.get(instruction["paymentInstrumentId"])
            if instrument is None or instrument.org != org:
                raise _Refused(400, "paymentInstruction.paymentInstrumentId: payment instrument not found")
            if customer_id is not None and instrument.customer_id != customer_id:
                raise _Refused(400, "paymentInstruction.paymentInstrumentId belongs to another customer")
            scenario = instrument.scenario
            customer_id = instrument.customer_id
        else:
            token = self._usable_token(org, instruction["token"], status=400)
            token.consumed = True
            scenario = token.scenario
        merchant_initiated = bool(body.get("isMerchantInitiated", False))
        txn = _Transaction(
            id=str(uuid.uuid4()),
            org=org,
            amount=amount,
            currency=body["currency"],
            type=body["type"],
            scenario=scenario,
            three_ds=self.organizations[org] and not merchant_initiated,
            merchant_initiated=merchant_initiated,
            created=self.clock.now(),
            date=_now_iso(),
            customer_id=customer_id,
            instrument=instrument,
            redirect_url=redirect,
            metadata=dict(body["metadata"]) if body.get("metadata") else None,
        )
        self._start(txn, base_url=str(context.request.base_url))
        self.transactions[txn.id] = txn
        if key is not None:
            self.keys[(org, key)] = txn.id
        if txn.final:
            self._notify(txn)
        elif txn.status == "sending":
            self._schedule()
        return self._ok(201, {"data": txn.to_json()})

    def get_transaction(self, context: Context) -> Response:
        txn = self.transactions.get(context.path_params["transactionId"])
        if txn is None or txn.org != context.path_params["organizationId"]:
            raise _Refused(404, "transaction not found")
        self._advance(txn)
        return self._ok(200, {"data": txn.to_json()})

    def _usable_token(self, org: str, token_id: str, *, status: int) -> _Token:
        token = self.tokens.get(token_id)
        if token is None or token.org != org:
            raise _Refused(status, "token not found")
        if token.consumed:
            raise _Refused(status, "token has already been used")
        if self.clock.now() - token.created > TOKEN_TTL_SECONDS:
            raise _Refused(status, "token has expired")
        return token

    @staticmethod
    def _idempotency(context: Context) -> tuple[str, str] | None:
        if context.operation.operation_id != "createTransaction" or not isinstance(context.body, dict):
            return None
        key = context.body.get("idempotencyKey")
        return (context.path_params["organizationId"], key) if isinstance(key, str) else None

    # -- the issuer ---------------------------------------------------------------------------------

    def _start(self, txn: _Transaction, *, base_url: str) -> None:
        scenario = txn.scenario
        frictionless = _three_ds("Y", challenged=False, eci="05") if txn.three_ds else None
        if scenario is CardScenario.NOT_SENT:
            txn.status, txn.result = "not-sent", "declined"
        elif scenario is CardScenario.ISSUER_TIMEOUT:
            txn.status, txn.result, txn.data3ds = "sending", "unknown", frictionless
        elif scenario in (CardScenario.CHALLENGE, CardScenario.SCA_REQUIRED) and txn.three_ds:
            txn.status, txn.result = "waiting", "unknown"
            txn.approval_link = f"{base_url}{self.name}/_pages/3ds/{txn.id}"
        elif scenario is CardScenario.SCA_REQUIRED:
            txn.status, txn.result = "completed", "declined"
        elif scenario is CardScenario.HARD_DECLINE:
            txn.status, txn.result, txn.data3ds = "completed", "declined", frictionless
            txn.avs = {"code": "N", "message": "Neither address nor postal code match"}
            txn.cvv = {"code": "M", "message": "CVV matches"}
        elif scenario is CardScenario.FRAUD:
            txn.status, txn.result = "completed", "declined"
            if txn.three_ds:
                txn.data3ds = _three_ds("R", challenged=False, eci="07", reason="11")
            txn.cvv = {"code": "N", "message": "CVV does not match"}
        else:  # APPROVE, and CHALLENGE without 3DS: the issuer approves what it is not asked to authenticate
            txn.status, txn.result, txn.data3ds = "completed", "approved", frictionless
            txn.avs = {"code": "Y", "message": "Address and postal code match"}
            txn.cvv = {"code": "M", "message": "CVV matches"}
        if txn.result == "approved" and txn.instrument is not None:
            txn.instrument.status = "active"  # a card becomes active after its first successful payment

    def _advance(self, txn: _Transaction) -> None:
        """Move ``txn`` along the sandbox clock; called on every read (state moves with time)."""
        if txn.final:
            return
        now = self.clock.now()
        settle = self.settings.settle_seconds
        if txn.choice is None and txn.status in ("waiting", "offsite") and now - txn.created >= CHALLENGE_TTL_SECONDS:
            txn.status, txn.result, txn.approval_link = "timeout", "declined", None
            txn.data3ds = _three_ds("U", challenged=True, eci=None, reason="14")
        elif txn.choice == "approve" and now - txn.decided >= settle:
            txn.status, txn.result, txn.approval_link = "completed", "approved", None
            txn.data3ds = _three_ds("Y", challenged=True, eci="05")
            if txn.instrument is not None:
                txn.instrument.status = "active"
        elif txn.choice == "abandon" and now - txn.decided >= settle:
            txn.status, txn.result, txn.approval_link = "completed", "abandoned", None
            txn.data3ds = _three_ds("C", challenged=True, eci=None)
        elif txn.status == "sending" and now - txn.created >= settle:
            txn.status, txn.result = "timeout", "declined"
        if txn.final:
            self._notify(txn)

    def _advance_all(self) -> None:
        for txn in self.transactions.values():
            self._advance(txn)

    def _schedule(self) -> None:
        """Settle in the background too, so a webhook goes out even if nobody polls."""

        def due() -> None:
            with self.lock:
                self._advance_all()

        timer = threading.Timer(self.settings.settle_seconds + 0.05, due)
        timer.daemon = True
        timer.start()

    def _notify(self, txn: _Transaction) -> None:
        url = self.settings.webhook_urls.get(self.name)
        if txn.notified or url is None:
            return
        txn.notified = True
        event = {
            "deduplicationId": str(uuid.uuid4()),
            "type": "transaction-processed" if txn.result == "approved" else "transaction-declined",
            "organizationId": txn.org,
            "metadata": txn.to_json(),
        }
        problems = self.spec.validate("/components/schemas/WebhookEvent", event)
        if problems and self.settings.strict:
            raise AssertionError(f"sandbox bug: webhook does not fit the spec: {problems[:3]}")
        body = json.dumps(event, separators=(",", ":")).encode()
        signature = hmac.new(PAYMENTSAI["webhook_secret"].encode(), body, hashlib.sha256).hexdigest()
        headers = {"Content-Type": "application/json", "X-Signature": signature}
        self.notifier.send(self.name, url, headers, body)

    # -- the challenge page (the issuer's ACS behind approvalLink) -------------------------------

    async def challenge(self, request: Request) -> Response:
        txn_id = request.path_params["transaction_id"]
        choice = None
        if request.method == "POST":
            form = dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
            choice = form.get("choice")
            if choice not in CHOICES:
                return message_page("Bad request", "choose approve, reject or abandon", status=400)
        with self.lock:
            txn = self.transactions.get(txn_id)
            if txn is None:
                return message_page("Not found", "no such authentication", status=404)
            self._advance(txn)
            if txn.final or txn.choice is not None:
                return message_page("Authentication finished", "this authentication is no longer open")
            if choice is None:
                txn.status = "offsite"  # the customer is on the bank's page
                return challenge_page(
                    title="Payments AI sandbox: 3-D Secure",
                    action=str(request.url),
                    fields={"transaction": txn.id},
                    details=f"Confirm the payment of {txn.amount} {txn.currency}.",
                )
            txn.choice, txn.decided, txn.status = choice, self.clock.now(), "offsite"
            if choice == "reject":  # the ACS says N at once: nothing to wait for at the issuer
                txn.status, txn.result, txn.approval_link = "completed", "declined", None
                txn.data3ds = _three_ds("N", challenged=True, eci="07", reason="01")
                self._notify(txn)
            else:
                self._schedule()
            result = {"approve": "unknown", "reject": "declined", "abandon": "abandoned"}[choice]
            redirect = txn.redirect_url
        if redirect is None:
            return message_page("Authentication finished", f"result: {result}; you may close this window")
        target = redirect
        for placeholder, value in (("{id}", txn_id), ("{result}", result)):
            target = target.replace(placeholder, value).replace(
                placeholder.replace("{", "%7B").replace("}", "%7D"), value
            )
        return RedirectResponse(target, status_code=303)
