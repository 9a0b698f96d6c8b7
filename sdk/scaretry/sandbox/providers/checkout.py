"""Checkout.com, emulated: ``POST /payments`` (with the automatic SCA retry), ``GET /payments/{id}``
and its actions, the standalone Sessions API, ``Cko-Idempotency-Key``, and signed gateway webhooks.

What the sandbox does is chosen by the card number (:data:`SCENARIOS`). Checkout.com's own test
cards are used where it documents them (``4242424242424242`` approves, ``4544249167673670``
declines 20051, ``4500622868341387`` is the SCA-retry card of "Manage SCA retries"); any other
valid card approves, as in Checkout.com's sandbox.

Time: after the cardholder answers a challenge the payment stays ``Pending`` for
``settings.settle_seconds`` (measured with the sandbox clock) before it reads final, so a client
must poll; a challenge nobody answers expires after 15 minutes (``/_sandbox/clock/advance``).
"""

from __future__ import annotations

import base64
import contextvars
import datetime as dt
import hashlib
import hmac
import json
import logging
import re
import secrets
import threading
import uuid
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import attrs
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from scaretry.sandbox._credentials import CHECKOUT
from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._pages import auto_post, challenge_page, message_page
from scaretry.sandbox._provider import Context, ErrorKind, ProviderApp

__all__ = ["SCENARIOS", "App", "CardScenario"]

log = logging.getLogger("scaretry.sandbox")

#: Checkout.com expires a 3DS payment the cardholder did not complete after 15 minutes (code 20152).
CHALLENGE_TTL = 15 * 60.0
_VERSION = "2026.11.0"
_SECRET_KEY_HEADER = re.compile(r"^(Bearer\s+)?(?P<key>\S+)$")
_SESSION_PATH = re.compile(r"^/sessions/(?P<sid>[^/]+)(/.*)?$")

# Which API family the request in hand belongs to: payments and sessions have different error bodies.
_PATH: contextvars.ContextVar[str] = contextvars.ContextVar("checkout_path", default="")


@attrs.frozen
class CardScenario:
    """What the emulated issuer does with one card.

    ``code`` is the authorization's gateway response code once SCA is no obstacle; ``needs_sca``
    makes the issuer soft-decline 20154 when no 3DS was done; ``challenge`` makes 3DS (integrated
    or a session) challenge the cardholder instead of passing frictionless.
    """

    name: str
    what: str
    code: str = "10000"
    needs_sca: bool = False
    challenge: bool = False
    documented: bool = False


_APPROVE = CardScenario("approve", "approved; 3DS (when asked for) is frictionless", documented=True)

#: Card number → scenario. Documented Checkout.com test cards where they exist; the rest are our
#: choice (``documented=False``) and are listed in docs/providers/checkout.md.
SCENARIOS: Mapping[str, CardScenario] = {
    "4242424242424242": _APPROVE,
    "4485040371536584": CardScenario(
        "challenge",
        "approved without 3DS; with 3DS the issuer challenges (approve → Authorized, reject → Declined 20151, "
        "abandon → Expired 20152)",
        challenge=True,
    ),
    "4500622868341387": CardScenario(
        "sca_soft_decline",
        "soft decline 20154 without 3DS: upgraded to 3DS (202, upgrade_reason sca_retry) for a customer-initiated "
        "payment unless 3ds.allow_upgrade is false; a merchant-initiated one stays Declined 20154",
        needs_sca=True,
        challenge=True,
        documented=True,
    ),
    "4604638550407414": CardScenario(
        "sca_soft_decline_session",
        "as 4500622868341387 (the SCA-retries page's Hosted Sessions card)",
        needs_sca=True,
        challenge=True,
    ),
    "5368763493455610": CardScenario(
        "sca_soft_decline_session_mc",
        "as 4500622868341387 (the SCA-retries page's second Hosted Sessions card)",
        needs_sca=True,
        challenge=True,
    ),
    "4544249167673670": CardScenario(
        "hard_decline", "Declined 20051 Insufficient Funds", code="20051", documented=True
    ),
    "4897453568485113": CardScenario("fraud_decline", "Declined 20059 Suspected fraud", code="20059", documented=True),
    "4095254802642505": CardScenario(
        "issuer_timeout", "Declined 20068 (issuer timeout; a later retry may pass)", code="20068", documented=True
    ),
}

_SUMMARIES = {
    "10000": "Approved",
    "20051": "Insufficient Funds",
    "20059": "Suspected Fraud",
    "20068": "Response Received Too Late / Timeout",
    "20151": "Cardholder failed 3DS authentication",
    "20152": "Initial 3DS transaction not completed within 15 minutes",
    "20154": "3DS authentication required",
}


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _scheme(number: str) -> tuple[str, str]:
    """(payment scheme as in payments, Sessions API scheme) from the card number."""
    if number.startswith(("34", "37")):
        return "Amex", "amex"
    if number[:1] in ("2", "5"):
        return "Mastercard", "mastercard"
    return "Visa", "visa"


def _luhn(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


@attrs.define
class _Card:
    """What the sandbox keeps of a card: never the full number or the CVV."""

    scenario: CardScenario
    scheme: str
    session_scheme: str
    bin: str
    last4: str
    fingerprint: str
    expiry_month: int
    expiry_year: int


@attrs.define
class _Payment:
    id: str
    card: _Card
    amount: int
    currency: str
    body: dict[str, Any]
    requested_on: str
    created_at: float
    merchant_initiated: bool
    source_id: str
    status: str = "Pending"
    approved: bool = False
    response_code: str | None = None
    three_ds: dict[str, Any] | None = None
    upgraded: bool = False
    session_id: str | None = None
    choice: str | None = None
    decided_at: float | None = None
    actions: list[dict[str, Any]] = attrs.Factory(list)
    notified: bool = False

    @property
    def final(self) -> bool:
        return self.status != "Pending"


@attrs.define
class _Session:
    id: str
    secret: str
    transaction_id: str
    card: _Card
    body: dict[str, Any]
    created_at: float
    status: str = "pending"
    next_actions: list[str] = attrs.Factory(list)
    challenged: bool | None = None
    response_code: str | None = None
    status_reason: str | None = None
    response_status_reason: str | None = None
    choice: str | None = None
    decided_at: float | None = None
    completed: bool = False
    authentication_date: str | None = None

    @property
    def hosted(self) -> bool:
        return bool(self.body["completion"].get("type") == "hosted")

    @property
    def final(self) -> bool:
        return self.status in (
            "approved",
            "attempted",
            "declined",
            "rejected",
            "unavailable",
            "challenge_abandoned",
            "expired",
        )


def _form(raw: bytes) -> dict[str, str]:
    return dict(parse_qsl(raw.decode("utf-8", "replace")))


def _with_query(url: str, params: Mapping[str, str]) -> str:
    parts = urlsplit(url)
    query = "&".join(filter(None, (parts.query, urlencode(params))))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _error_codes(problems: list[Problem], *, sessions: bool = False) -> list[str]:
    """Checkout.com's ``<field>_required`` / ``<field>_invalid`` codes from JSON-schema problems."""
    codes: list[str] = []
    for problem in problems:
        parts: list[str] = re.findall(r"\.([A-Za-z0-9_]+)", problem.path)
        missing = re.match(r"'([^']+)' is a required property", problem.message)
        if missing:
            parts.append(missing.group(1))
        name = "_".join(parts) or "request"
        if not sessions:  # the Sessions API names fields plainly (source_required, completion_required)
            name = {
                "source": "payment_source",
                "source_number": "card_number",
                "source_expiry_month": "card_expiry_month",
                "source_expiry_year": "card_expiry_year",
                "source_cvv": "cvv",
                "3ds": "three_ds",
            }.get(name, name.replace("3ds_", "three_ds_"))
        code = f"{name}_required" if missing else f"{name}_invalid"
        if code not in codes:
            codes.append(code)
    return codes


class App(ProviderApp):
    """Checkout.com under ``/checkout`` (the server URL has no path prefix)."""

    name = "checkout"
    server_prefix = ""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._payments: dict[str, _Payment] = {}
        self._by_session: dict[str, str] = {}  # sid of an integrated 3DS → pay id (cko-session-id)
        self._sources: dict[str, _Card] = {}  # src_ id → the card it stands for
        self._sessions: dict[str, _Session] = {}
        self._replays: dict[str, tuple[int, bytes]] = {}  # Cko-Idempotency-Key → first 2xx answer
        self._in_flight: set[str] = set()
        # Card fingerprints are keyed per sandbox run: a fixed key would let anyone holding a
        # cassette brute-force the card number back from its fingerprint.
        self._fingerprint_key = secrets.token_bytes(32)

    # -- responses ----------------------------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        return {"Cko-Request-Id": str(uuid.uuid4()), "Cko-Version": _VERSION}

    def _json(self, status: int, body: Any) -> Response:
        return Response(
            json.dumps(body).encode(), status_code=status, headers=self._headers(), media_type="application/json"
        )

    def _empty(self, status: int) -> Response:
        return Response(status_code=status, headers=self._headers())

    def _error_body(self, error_type: str, codes: list[str] | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"request_id": str(uuid.uuid4()), "error_type": error_type}
        if codes is not None:
            body["error_codes"] = codes
        return body

    def _sessions_error(self, status: int, error_type: str, *codes: str) -> Response:
        return self._json(status, self._error_body(error_type, list(codes)))

    def _payments_invalid(self, *codes: str) -> Response:
        return self._json(422, self._error_body("request_invalid", list(codes)))

    def error(self, kind: str, status: int, message: str, problems: list[Problem] | None = None) -> Response:
        sessions = _PATH.get().startswith("/sessions")
        if kind == ErrorKind.UNAUTHORIZED:
            return self._empty(401)  # Checkout.com documents no 401 body; the request id is in the header
        if kind == ErrorKind.NOT_FOUND:
            if sessions and status == 404:
                return self._sessions_error(404, "not_found", "session_not_found")
            return self._empty(status)
        if kind in (ErrorKind.MALFORMED, ErrorKind.INVALID):
            # The documented 4xx for a bad body is 422 (payments: request_invalid; sessions:
            # unprocessable_entity); a body that is not JSON answers the same, with request_malformed.
            codes = (
                _error_codes(problems or [], sessions=sessions)
                if kind == ErrorKind.INVALID
                else ["request_body_malformed"]
            )
            if sessions:
                return self._sessions_error(422, "unprocessable_entity", *codes)
            error_type = "request_invalid" if kind == ErrorKind.INVALID else "request_malformed"
            return self._json(422, self._error_body(error_type, codes))
        if kind == ErrorKind.TOO_LARGE:
            return self._json(413, self._error_body("request_too_large"))
        if kind == ErrorKind.CONFLICT:
            if sessions:
                return self._sessions_error(409, "duplicate_requests_detected", "session_already_in_use")
            return self._json(429, self._error_body("request_invalid", ["duplicate_request"]))
        if kind == ErrorKind.RATE_LIMITED:
            return self._json(429, self._error_body("too_many_requests", ["too_many_requests"]))
        if sessions:
            error_type = "bad_gateway" if status == 502 else "service_not_available"
            return self._sessions_error(status, error_type, error_type)
        return self._json(status, self._error_body("bad_gateway" if status == 502 else "service_unavailable"))

    # -- the pipeline's hooks -----------------------------------------------------------------

    async def dispatch(self, request: Request) -> Response:
        token = _PATH.set(request.url.path.removeprefix(f"/{self.name}"))
        try:
            return await super().dispatch(request)
        finally:
            _PATH.reset(token)

    def authenticate(self, request: Request, raw: bytes) -> Response | None:
        value = request.headers.get("authorization", "").strip()
        match = _SECRET_KEY_HEADER.match(value)
        key = match.group("key") if match else ""
        # Default accounts send "Bearer sk_…"; previous-platform accounts the bare key: both pass.
        if hmac.compare_digest(key, CHECKOUT["secret_key"]):
            request.state.session_secret = False
            return None
        # A session secret authorises the client-side calls on its own session only.
        path = _PATH.get()
        session_path = _SESSION_PATH.match(path)
        if key.startswith("sek_") and session_path and request.method in ("GET", "PUT", "POST"):
            with self.lock:
                session = self._sessions.get(session_path.group("sid"))
            if session is not None and hmac.compare_digest(key, session.secret):
                request.state.session_secret = True
                return None
        return self.error(ErrorKind.UNAUTHORIZED, 401, "invalid credentials")

    def begin(self, context: Context) -> Response | None:
        key = self._flight_key(context)
        if key is None:
            return None
        with self.lock:
            if key in self._in_flight:
                return self.error(ErrorKind.CONFLICT, 409, "a request with this key is being processed")
            self._in_flight.add(key)
        return None

    def end(self, context: Context) -> None:
        key = self._flight_key(context)
        if key is not None:
            with self.lock:
                self._in_flight.discard(key)

    def _flight_key(self, context: Context) -> str | None:
        if context.operation.operation_id == "requestPayment":
            key = context.headers.get("cko-idempotency-key")
            return f"payment:{key}" if key else None
        if context.operation.operation_id in ("requestSession", "getSessionDetails"):
            return None
        sid = context.path_params.get("id")
        return f"session:{sid}" if sid else None

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {
                "payments": len(self._payments),
                "pending": sum(1 for p in self._payments.values() if not p.final),
                "sessions": len(self._sessions),
                "idempotency_keys": len(self._replays),
                "in_flight": len(self._in_flight),
            }

    def handlers(self) -> Mapping[str, Callable[[Context], Response]]:
        return {
            "requestPayment": self._request_payment,
            "getPaymentDetails": self._get_payment,
            "getPaymentActions": self._get_actions,
            "requestSession": self._request_session,
            "getSessionDetails": self._get_session,
            "updateSessionChannelData": self._collect_data,
            "updateIssuerFingerprint": self._issuer_fingerprint,
            "completeSession": self._complete_session,
        }

    def pages(self) -> list[BaseRoute]:
        return [
            Route("/3ds/{id}", self._payment_challenge, methods=["GET", "POST"]),
            Route("/sessions/{id}", self._session_challenge, methods=["GET", "POST"]),
            Route("/sessions/{id}/method", self._session_method, methods=["GET", "POST"]),
        ]

    # -- links --------------------------------------------------------------------------------

    def _origin(self, request: Request) -> str:
        return str(request.base_url).rstrip("/")

    def _api(self, request: Request, path: str) -> dict[str, str]:
        return {"href": f"{self._origin(request)}/{self.name}{path}"}

    def _page(self, request: Request, path: str) -> dict[str, str]:
        return {"href": f"{self._origin(request)}/{self.name}/_pages{path}"}

    # -- payments -----------------------------------------------------------------------------

    def _card(self, source: Mapping[str, Any]) -> _Card | Response:
        kind = source.get("type")
        if kind == "card":
            number = str(source["number"])
            if not number.isdigit() or not 12 <= len(number) <= 19 or not _luhn(number):
                return self._payments_invalid("card_number_invalid")
            scheme, session_scheme = _scheme(number)
            return _Card(
                scenario=SCENARIOS.get(number, _APPROVE),
                scheme=scheme,
                session_scheme=session_scheme,
                bin=number[:6],
                last4=number[-4:],
                fingerprint=hmac.new(self._fingerprint_key, number.encode(), hashlib.sha256).hexdigest().upper(),
                expiry_month=int(source["expiry_month"]),
                expiry_year=int(source["expiry_year"]),
            )
        if kind == "id":
            with self.lock:
                card = self._sources.get(str(source["id"]))
            if card is None:
                return self._payments_invalid("source_id_invalid")
            return card
        # A token stands for a card the sandbox never saw: it approves, like 4242424242424242.
        return _Card(_APPROVE, "Visa", "visa", "424242", "4242", "F31828E2BDABAE63EB694903825CDD36", 12, 2030)

    def _request_payment(self, context: Context) -> Response:
        key = context.headers.get("cko-idempotency-key")
        if key:
            with self.lock:
                stored = self._replays.get(key)
            if stored is not None:  # the first 2xx, same status and body (Checkout.com idempotency)
                return Response(
                    stored[1], status_code=stored[0], headers=self._headers(), media_type="application/json"
                )
        body: dict[str, Any] = context.body
        if "source" not in body:
            return self._payments_invalid("payment_source_required")
        if "processing_channel_id" not in body:
            return self._payments_invalid("processing_channel_id_required")
        if body["processing_channel_id"] != CHECKOUT["processing_channel_id"]:
            return self._payments_invalid("processing_channel_id_invalid")
        card = self._card(body["source"])
        if isinstance(card, Response):
            return card
        three_ds: dict[str, Any] = body.get("3ds") or {}
        session: _Session | None = None
        if "authentication_id" in three_ds:
            with self.lock:
                session = self._sessions.get(three_ds["authentication_id"])
            if session is None or session.status not in ("approved", "attempted"):
                return self._payments_invalid("3ds_authentication_id_invalid")
        payment = _Payment(
            id=self.new_id("pay_"),
            card=card,
            amount=int(body.get("amount", 0)),
            currency=body["currency"],
            body=body,
            requested_on=_now_iso(),
            created_at=self.clock.now(),
            merchant_initiated=bool(body.get("merchant_initiated", False)),
            source_id=self.new_id("src_"),
        )
        scenario = card.scenario
        if session is not None:
            payment.session_id = session.id
            payment.three_ds = self._session_three_ds(session)
            self._authorize(payment, scenario.code)
        elif "cryptogram" in three_ds:
            payment.three_ds = {"authentication_response": three_ds.get("status", "Y")}
            payment.three_ds |= {k: three_ds[k] for k in ("eci", "version", "cryptogram", "xid") if k in three_ds}
            self._authorize(payment, scenario.code)
        elif three_ds.get("enabled") is True:
            payment.three_ds = {"downgraded": False, "enrolled": "Y"}
            if scenario.challenge:
                payment.session_id = self.new_id("sid_")
            else:
                payment.three_ds |= self._authenticated(challenged=False)
                self._authorize(payment, scenario.code)
        elif scenario.needs_sca:
            allow_upgrade = three_ds.get("allow_upgrade", True) is not False
            if allow_upgrade and not payment.merchant_initiated:
                # Only customer-initiated payments are upgraded ("Manage SCA retries").
                payment.upgraded = True
                payment.session_id = self.new_id("sid_")
                payment.three_ds = {"downgraded": False, "enrolled": "Y", "upgrade_reason": "sca_retry"}
            else:
                payment.three_ds = {"downgraded": False, "enrolled": "Y"}
                self._authorize(payment, "20154")
        else:
            self._authorize(payment, scenario.code)
        with self.lock:
            self._payments[payment.id] = payment
            self._sources[payment.source_id] = card
            if payment.session_id:
                self._by_session[payment.session_id] = payment.id
        if payment.final:
            status, answer = 201, self._created_body(context.request, payment)
        else:
            status, answer = 202, self._accepted_body(context.request, payment)
        raw = json.dumps(answer).encode()
        if key:
            with self.lock:
                self._replays[key] = (status, raw)
        if payment.final:
            self._notify(context.request, payment)
        return Response(raw, status_code=status, headers=self._headers(), media_type="application/json")

    def _authenticated(self, *, challenged: bool) -> dict[str, Any]:
        return {
            "signature_valid": "Y",
            "authentication_response": "Y",
            "cryptogram": base64.b64encode(secrets.token_bytes(20)).decode(),
            "xid": str(uuid.uuid4()),
            "version": "2.2.0",
            "exemption_applied": "none",
            "challenged": challenged,
            "eci": "05",
        }

    def _session_three_ds(self, session: _Session) -> dict[str, Any]:
        return {
            "authentication_response": session.response_code or "Y",
            "version": "2.2.0",
            "challenged": bool(session.challenged),
            "eci": "05",
            "authentication_id": session.id,
        }

    def _authorize(self, payment: _Payment, code: str) -> None:
        """The issuer's answer: Authorized (or Card Verified for amount 0) or Declined ``code``."""
        approved = code == "10000"
        payment.approved = approved
        payment.response_code = code
        if approved:
            payment.status = "Authorized" if payment.amount else "Card Verified"
        else:
            payment.status = "Declined"
        kind = "Authorization" if payment.amount else "Card Verification"
        self._action(payment, kind, code, approved)

    def _action(self, payment: _Payment, kind: str, code: str, approved: bool) -> None:
        action: dict[str, Any] = {
            "id": self.new_id("act_"),
            "type": kind,
            "processed_on": _now_iso(),
            "amount": payment.amount,
            "approved": approved,
            "response_code": code,
            "response_summary": _SUMMARIES.get(code, "Declined"),
        }
        if approved:
            action["auth_code"] = f"{secrets.randbelow(10**6):06d}"
        if reference := payment.body.get("reference"):
            action["reference"] = reference
        payment.actions.insert(0, action)  # latest first, as Checkout.com lists them

    def _source_body(self, payment: _Payment) -> dict[str, Any]:
        card = payment.card
        source: dict[str, Any] = {
            "type": "card",
            "expiry_month": card.expiry_month,
            "expiry_year": card.expiry_year,
            "scheme": card.scheme,
            "last4": card.last4,
            "fingerprint": card.fingerprint,
            "bin": card.bin,
            "card_type": "Credit",
            "card_category": "Consumer",
            "issuer_country": "GB",
        }
        if payment.approved:
            source["id"] = payment.source_id
        return source

    def _common(self, payment: _Payment) -> dict[str, Any]:
        body: dict[str, Any] = {}
        for name in ("reference", "metadata"):
            if name in payment.body:
                body[name] = payment.body[name]
        if customer := payment.body.get("customer"):
            body["customer"] = {"id": "cus_" + payment.card.fingerprint[:26].lower()} | {
                k: v for k, v in customer.items() if k in ("email", "name")
            }
        return body

    def _balances(self, payment: _Payment) -> dict[str, int]:
        authorized = payment.amount if payment.approved else 0
        return {
            "total_authorized": authorized,
            "total_voided": 0,
            "available_to_void": authorized,
            "total_captured": 0,
            "available_to_capture": authorized,
            "total_refunded": 0,
            "available_to_refund": 0,
        }

    def _links(self, request: Request, payment: _Payment) -> dict[str, Any]:
        links: dict[str, Any] = {
            "self": self._api(request, f"/payments/{payment.id}"),
            "actions": self._api(request, f"/payments/{payment.id}/actions"),
        }
        if payment.approved:
            links["capture"] = self._api(request, f"/payments/{payment.id}/captures")
            links["void"] = self._api(request, f"/payments/{payment.id}/voids")
        return links

    def _created_body(self, request: Request, payment: _Payment) -> dict[str, Any]:
        latest = payment.actions[0]
        body: dict[str, Any] = {
            "id": payment.id,
            "action_id": latest["id"],
            "amount": payment.amount,
            "currency": payment.currency,
            "approved": payment.approved,
            "status": payment.status,
            "response_code": latest["response_code"],
            "response_summary": latest["response_summary"],
            "risk": {"flagged": False},
            "source": self._source_body(payment),
            "balances": self._balances(payment),
            "processed_on": latest["processed_on"],
            "_links": self._links(request, payment),
        }
        if payment.approved:
            body["auth_code"] = latest["auth_code"]
            body["scheme_id"] = str(secrets.randbelow(10**15)).zfill(15)
        if payment.three_ds is not None:
            body["3ds"] = {
                k: v for k, v in payment.three_ds.items() if k in ("downgraded", "enrolled", "upgrade_reason")
            }
            if eci := payment.three_ds.get("eci"):
                body["eci"] = eci
        return body | self._common(payment)

    def _accepted_body(self, request: Request, payment: _Payment) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": payment.id,
            "status": "Pending",
            "3ds": dict(payment.three_ds or {}),
            "_links": {
                "self": self._api(request, f"/payments/{payment.id}"),
                "redirect": self._page(request, f"/3ds/{payment.id}"),
            },
        }
        return body | {k: v for k, v in self._common(payment).items() if k in ("reference", "customer")}

    def _details_body(self, request: Request, payment: _Payment) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": payment.id,
            "requested_on": payment.requested_on,
            "source": self._source_body(payment),
            "amount": payment.amount,
            "currency": payment.currency,
            "payment_type": payment.body.get("payment_type", "Regular"),
            "approved": payment.approved,
            "status": payment.status,
            "balances": self._balances(payment),
            "risk": {"flagged": False},
            "processing_channel_id": payment.body["processing_channel_id"],
            "_links": self._links(request, payment),
        }
        if payment.three_ds is not None:
            body["3ds"] = dict(payment.three_ds)
            if eci := payment.three_ds.get("eci"):
                body["eci"] = eci
        if payment.session_id:
            body["authentication_id"] = payment.session_id
        if payment.status == "Pending" and payment.choice is None:
            body["_links"]["redirect"] = self._page(request, f"/3ds/{payment.id}")
        if payment.actions:
            body["actions"] = [
                {k: a[k] for k in ("id", "type", "response_code", "response_summary")} for a in payment.actions
            ]
        if ip := payment.body.get("payment_ip"):
            body["payment_ip"] = ip
        if description := payment.body.get("description"):
            body["description"] = description
        return body | self._common(payment)

    def _find_payment(self, ident: str) -> _Payment | None:
        with self.lock:
            ident = self._by_session.get(ident, ident)
            return self._payments.get(ident)

    def _get_payment(self, context: Context) -> Response:
        payment = self._find_payment(context.path_params["id"])
        if payment is None:
            return self._empty(404)
        self._settle(payment, context.request)
        with self.lock:
            return self._json(200, self._details_body(context.request, payment))

    def _get_actions(self, context: Context) -> Response:
        payment = self._find_payment(context.path_params["id"])
        if payment is None:
            return self._empty(404)
        self._settle(payment, context.request)
        with self.lock:
            if not payment.actions:
                # The spec's actions list has at least one item: a payment still waiting for its
                # cardholder has none yet, so it is "not found" here, as no action exists.
                return self._empty(404)
            return self._json(200, [dict(a) for a in payment.actions])

    def _settle(self, payment: _Payment, request: Request | None) -> None:
        """Move a waiting payment on if its time came: the issuer's answer ``settle_seconds`` after
        the cardholder's, or expiry 15 minutes after a challenge nobody answered."""
        now = self.clock.now()
        with self.lock:
            if payment.final:
                return
            if payment.choice is None:
                if now - payment.created_at < CHALLENGE_TTL:
                    return
                payment.choice = "abandon"
            elif payment.decided_at is None or now < payment.decided_at + self.settings.settle_seconds:
                return
            three_ds = payment.three_ds if payment.three_ds is not None else {}
            if payment.choice == "approve":
                three_ds |= self._authenticated(challenged=True)
                self._authorize(payment, payment.card.scenario.code)
            elif payment.choice == "reject":
                three_ds |= {
                    "signature_valid": "Y",
                    "authentication_response": "N",
                    "authentication_status_reason": "01",
                    "version": "2.2.0",
                    "challenged": True,
                }
                payment.status = "Declined"
                self._action(payment, "Authorization", "20151", approved=False)
                payment.response_code = "20151"
            else:
                three_ds |= {"version": "2.2.0", "challenged": True}
                payment.status = "Expired"
                self._action(payment, "Authorization", "20152", approved=False)
                payment.response_code = "20152"
            payment.three_ds = three_ds
        self._notify(request, payment)

    def _settle_later(self, payment: _Payment) -> None:
        # Webhook-only merchants never poll: settle on a timer too (reads settle it as well).
        timer = threading.Timer(self.settings.settle_seconds + 0.01, self._settle, (payment, None))
        timer.daemon = True
        timer.start()

    # -- webhooks -----------------------------------------------------------------------------

    def _notify(self, request: Request | None, payment: _Payment) -> None:
        url = self.settings.webhook_urls.get(self.name)
        with self.lock:
            if payment.notified or not payment.final or not url:
                return
            payment.notified = True
            event = self._event(payment, request)
        problems = self.spec.validate("/components/schemas/WebhookEvent", event)
        if problems:
            log.error("sandbox checkout webhook does not fit the spec: %s", "; ".join(map(str, problems[:5])))
            if self.settings.strict:
                return
        raw = json.dumps(event).encode()
        signature = hmac.new(CHECKOUT["webhook_signature_key"].encode(), raw, hashlib.sha256).hexdigest()
        self.notifier.send(self.name, url, {"Content-Type": "application/json", "Cko-Signature": signature}, raw)

    def _event(self, payment: _Payment, request: Request | None) -> dict[str, Any]:
        if payment.status in ("Authorized", "Captured"):
            kind = "payment_approved"
        elif payment.status == "Card Verified":
            kind = "card_verified"
        elif payment.response_code in ("20151", "20152"):
            kind = "payment_authentication_failed"  # Checkout.com's event for a failed or expired 3DS
        else:
            kind = "payment_declined"
        latest = payment.actions[0]
        data: dict[str, Any] = {
            "id": payment.id,
            "action_id": latest["id"],
            "amount": payment.amount,
            "currency": payment.currency,
            "payment_type": payment.body.get("payment_type", "Regular"),
            "processed_on": latest["processed_on"],
            "response_code": latest["response_code"],
            "response_summary": latest["response_summary"],
            "source": {
                "id": payment.source_id,
                "type": "card",
                "expiry_month": payment.card.expiry_month,
                "expiry_year": payment.card.expiry_year,
                "scheme": payment.card.scheme.upper(),
                "last_4": payment.card.last4,
                "fingerprint": payment.card.fingerprint,
                "bin": payment.card.bin,
                "card_type": "CREDIT",
                "issuer_country": "GB",
            },
        }
        if "auth_code" in latest:
            data["auth_code"] = latest["auth_code"]
        if payment.three_ds is not None:
            data["3ds"] = {k: v for k, v in payment.three_ds.items() if k != "signature_valid"}
            if payment.session_id:
                data["3ds"]["authentication_id"] = payment.session_id
        for name in ("reference", "metadata"):
            if name in payment.body:
                data[name] = payment.body[name]
        event_id = self.new_id("evt_")
        event: dict[str, Any] = {
            "id": event_id,
            "type": kind,
            "version": "1.0.29",
            "created_on": dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
            "data": data,
        }
        if request is not None:
            event["_links"] = {
                "self": self._api(request, f"/workflows/events/{event_id}"),
                "payment": self._api(request, f"/payments/{payment.id}"),
            }
        return event

    # -- the payment's 3DS page ---------------------------------------------------------------

    async def _payment_challenge(self, request: Request) -> Response:
        payment = self._find_payment(request.path_params["id"])
        if payment is None:
            return message_page("Unknown payment", "This 3-D Secure link is not valid.", 404)
        with self.lock:
            waiting = payment.status == "Pending" and payment.choice is None
        if not waiting:
            return message_page("Already completed", "This 3-D Secure authentication is over.", 409)
        if request.method == "GET":
            amount = f"{payment.amount} {payment.currency} (minor units)"
            reason = " (upgraded: the issuer asked for SCA)" if payment.upgraded else ""
            return challenge_page(
                title="Checkout.com sandbox: 3-D Secure",
                action=f"/{self.name}/_pages/3ds/{payment.id}",
                fields={},
                details=f"Card •••• {payment.card.last4}, {amount}{reason}. Enter the code your bank sent you.",
            )
        choice = _form(await request.body()).get("choice", "")
        if choice not in ("approve", "reject", "abandon"):
            return message_page("Bad request", "choice must be approve, reject or abandon", 400)
        with self.lock:
            payment.choice = choice
            payment.decided_at = self.clock.now()
        self._settle_later(payment)
        if choice == "abandon":
            return message_page("Window closed", "The customer closed the 3-D Secure window.")
        target = payment.body.get("success_url" if choice == "approve" else "failure_url")
        if not target:
            return message_page("Authentication finished", "No return URL was given with the payment.")
        return RedirectResponse(_with_query(target, {"cko-session-id": payment.session_id or ""}), status_code=303)

    # -- sessions -----------------------------------------------------------------------------

    def _request_session(self, context: Context) -> Response:
        body: dict[str, Any] = context.body
        if "processing_channel_id" in body and body["processing_channel_id"] != CHECKOUT["processing_channel_id"]:
            return self._sessions_error(422, "unprocessable_entity", "processing_channel_id_invalid")
        card = self._card(body["source"])
        if isinstance(card, Response):
            return self._sessions_error(422, "unprocessable_entity", "source_invalid")
        session = _Session(
            id=self.new_id("sid_"),
            secret="sek_" + base64.b64encode(secrets.token_bytes(33)).decode(),
            transaction_id=str(uuid.uuid4()),
            card=card,
            body=body,
            created_at=self.clock.now(),
        )
        if session.hosted:
            session.next_actions = ["redirect_cardholder"]
        elif "channel_data" not in body:
            session.next_actions = ["collect_channel_data"]
        else:
            self._channel_data(session, body["channel_data"])
        with self.lock:
            self._sessions[session.id] = session
        if session.final:
            return self._json(201, self._session_body(context.request, session, with_secret=True, oauth=True))
        return self._json(202, self._accepted_session_body(context.request, session))

    def _channel_data(self, session: _Session, channel: Mapping[str, Any]) -> None:
        if channel.get("channel") == "browser" and "three_ds_method_completion" not in channel:
            session.next_actions = ["issuer_fingerprint"]  # the issuer's 3DS Method must run first
            return
        self._authenticate_session(session)

    def _authenticate_session(self, session: _Session) -> None:
        if session.card.scenario.challenge:
            session.status = "challenged"
            session.response_code = "C"
            session.next_actions = ["challenge_cardholder"]
        else:
            session.status = "approved"
            session.response_code = "Y"
            session.challenged = False
            session.next_actions = ["complete"]
            session.authentication_date = _now_iso()

    def _settle_session(self, session: _Session) -> None:
        now = self.clock.now()
        with self.lock:
            if session.final or session.choice is None or session.decided_at is None:
                if not session.final and now - session.created_at >= CHALLENGE_TTL:
                    session.status = "expired"
                    session.next_actions = []
                return
            if now < session.decided_at + self.settings.settle_seconds:
                return
            session.challenged = True
            session.authentication_date = _now_iso()
            if session.choice == "approve":
                session.status, session.response_code = "approved", "Y"
                session.next_actions = [] if session.hosted else ["complete"]
            elif session.choice == "reject":
                session.status, session.response_code = "declined", "N"
                session.status_reason, session.response_status_reason = "rreq_status", "01"
                session.next_actions = []
            else:
                session.status, session.response_code = "challenge_abandoned", "U"
                session.status_reason, session.response_status_reason = "rreq_status", "14"
                session.next_actions = []

    def _session_links(self, request: Request, session: _Session) -> dict[str, Any]:
        links: dict[str, Any] = {"self": self._api(request, f"/sessions/{session.id}")}
        completion = session.body["completion"]
        actions = session.next_actions
        if "redirect_cardholder" in actions:
            links["redirect_url"] = self._page(request, f"/sessions/{session.id}")
        if "collect_channel_data" in actions:
            links["collect_channel_data"] = self._api(request, f"/sessions/{session.id}/collect-data")
        if "issuer_fingerprint" in actions:
            links["issuer_fingerprint"] = self._api(request, f"/sessions/{session.id}/issuer-fingerprint")
            links["three_ds_method_url"] = self._page(request, f"/sessions/{session.id}/method")
        if "challenge_cardholder" in actions:
            links["acs_url"] = self._page(request, f"/sessions/{session.id}")
        if "complete" in actions:
            links["complete"] = self._api(request, f"/sessions/{session.id}/complete")
        for name in ("success_url", "failure_url", "callback_url"):
            if completion.get(name):
                links[name] = {"href": completion[name]}
        return links

    def _session_common(self, request: Request, session: _Session) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": session.id,
            "transaction_id": session.transaction_id,
            "scheme": session.body["source"].get("scheme", session.card.session_scheme),
            "amount": int(session.body.get("amount", 0)),
            "currency": session.body["currency"],
            "authentication_type": session.body.get("authentication_type", "regular"),
            "authentication_category": session.body.get(
                "authentication_category", "payment" if "amount" in session.body else "non_payment"
            ),
            "status": session.status,
            "protocol_version": "2.2.0",
            "next_actions": list(session.next_actions),
            "_links": self._session_links(request, session),
        }
        for name in ("reference", "challenge_indicator"):
            if name in session.body:
                body[name] = session.body[name]
        if session.status_reason:
            body["status_reason"] = session.status_reason
        if session.authentication_date:
            body["authentication_date"] = session.authentication_date
        return body

    def _accepted_session_body(self, request: Request, session: _Session) -> dict[str, Any]:
        body = self._session_common(request, session) | {"session_secret": session.secret}
        if body.get("challenge_indicator") not in (
            None,
            "no_preference",
            "no_challenge_requested",
            "challenge_requested",
            "challenge_requested_mandate",
        ):
            del body["challenge_indicator"]  # the 202 lists only the plain preferences
        return body

    def _session_body(self, request: Request, session: _Session, *, with_secret: bool, oauth: bool) -> dict[str, Any]:
        body = self._session_common(request, session)
        body.pop("challenge_indicator", None)
        body["completed"] = session.completed
        body["transaction_type"] = session.body.get("transaction_type", "goods_service")
        if with_secret:
            body["session_secret"] = session.secret
        if session.response_code:
            body["response_code"] = session.response_code
        if session.response_status_reason:
            body["response_status_reason"] = session.response_status_reason
        if session.challenged is not None:
            body["challenged"] = session.challenged
            body["flow_type"] = "challenged" if session.challenged else "frictionless"
        if session.final:
            body["approved"] = session.status in ("approved", "attempted")
        if session.status != "pending":
            body["acs"] = {
                "reference_number": "SCARETRYACS0001",
                "transaction_id": str(uuid.uuid5(uuid.NAMESPACE_URL, session.id)),
                "operator_id": "SCARETRYACS0001",
                "challenge_mandated": session.card.scenario.challenge,
            }
            if session.status == "challenged":
                body["acs"]["url"] = self._page(request, f"/sessions/{session.id}")["href"]
                body["acs"]["interface"] = "html"
        if session.status in ("approved", "attempted") and oauth:
            # Only OAuth (here: secret key) callers see the authentication value, never sek_ callers.
            body["cryptogram"] = base64.b64encode(hashlib.sha256(session.id.encode()).digest()[:20]).decode()
            body["eci"] = "05"
        body["card"] = {"instrument_id": "src_" + session.id[4:], "fingerprint": session.card.fingerprint[:26].lower()}
        return body

    def _session_or_404(self, context: Context) -> _Session | Response:
        with self.lock:
            session = self._sessions.get(context.path_params["id"])
        if session is None:
            return self._sessions_error(404, "not_found", "session_not_found")
        self._settle_session(session)
        return session

    def _session_answer(self, context: Context, session: _Session) -> Response:
        oauth = not getattr(context.request.state, "session_secret", False)
        with self.lock:
            return self._json(200, self._session_body(context.request, session, with_secret=False, oauth=oauth))

    def _get_session(self, context: Context) -> Response:
        session = self._session_or_404(context)
        if isinstance(session, Response):
            return session
        return self._session_answer(context, session)

    def _collect_data(self, context: Context) -> Response:
        session = self._session_or_404(context)
        if isinstance(session, Response):
            return session
        with self.lock:
            if "collect_channel_data" not in session.next_actions:
                return self._sessions_error(422, "unprocessable_entity", "update_not_allowed_due_to_state")
            self._channel_data(session, context.body)
        return self._session_answer(context, session)

    def _issuer_fingerprint(self, context: Context) -> Response:
        session = self._session_or_404(context)
        if isinstance(session, Response):
            return session
        with self.lock:
            if "issuer_fingerprint" not in session.next_actions:
                return self._sessions_error(422, "unprocessable_entity", "update_not_allowed_due_to_state")
            self._authenticate_session(session)
        return self._session_answer(context, session)

    def _complete_session(self, context: Context) -> Response:
        session = self._session_or_404(context)
        if isinstance(session, Response):
            return session
        with self.lock:
            if not session.final or session.hosted:
                return self._sessions_error(403, "operation_not_allowed", "update_not_allowed_due_to_state")
            session.completed = True
            session.next_actions = []
        return self._empty(204)

    # -- the session's pages (hosted redirect, ACS challenge, 3DS Method) -----------------------

    async def _session_challenge(self, request: Request) -> Response:
        with self.lock:
            session = self._sessions.get(request.path_params["id"])
        if session is None:
            return message_page("Unknown session", "This 3-D Secure link is not valid.", 404)
        completion = session.body["completion"]
        with self.lock:
            waiting = session.status in ("pending", "challenged") and session.choice is None
            hosted_frictionless = session.hosted and not session.card.scenario.challenge
        if not waiting or ("redirect_cardholder" not in session.next_actions and session.status != "challenged"):
            return message_page("Already completed", "This 3-D Secure authentication is over.", 409)
        if request.method == "GET" and hosted_frictionless:
            with self.lock:
                self._authenticate_session(session)
                session.next_actions = []
            return RedirectResponse(_with_query(completion["success_url"], {"cko-session-id": session.id}), 303)
        if request.method == "GET":
            return challenge_page(
                title="Checkout.com sandbox: 3-D Secure",
                action=f"/{self.name}/_pages/sessions/{session.id}",
                fields={},
                details=f"Card •••• {session.card.last4}. Enter the code your bank sent you.",
            )
        choice = _form(await request.body()).get("choice", "")
        if choice not in ("approve", "reject", "abandon"):
            return message_page("Bad request", "choice must be approve, reject or abandon", 400)
        with self.lock:
            session.choice = choice
            session.decided_at = self.clock.now()
            session.status = "processing"
            session.next_actions = []
        if choice == "abandon":
            return message_page("Window closed", "The customer closed the 3-D Secure window.")
        if session.hosted:
            target = completion["success_url" if choice == "approve" else "failure_url"]
            return RedirectResponse(_with_query(target, {"cko-session-id": session.id}), status_code=303)
        if notify := completion.get("challenge_notification_url"):
            return auto_post(action=notify, fields={"cko-session-id": session.id})
        return message_page("Authentication finished", "You can return to the merchant.")

    async def _session_method(self, request: Request) -> Response:
        """The issuer's 3DS Method URL: loaded in a hidden iframe; nothing to press."""
        return message_page("3DS Method", "Device fingerprint collected.")
