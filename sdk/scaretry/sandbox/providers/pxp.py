"""PXP Financial (Unity): the 3D Secure service (standalone and integrated) and the Transactions service.

What the sandbox does, beyond fitting ``specs/pxp.yaml``:

- ``PXP-UST1`` request signing is verified (HMAC-SHA256 with the published sandbox token value over
  ``{timestamp}{X-Request-Id}{path incl. query}{body}``, base64; Unix seconds, at most 5 minutes
  off); anything else is answered 401 ``Unauthorised``.
- An authentication is pre-initiated (``PendingClientData``), then initiated with the browser data:
  the scenario of the card decides between a frictionless result and ``PendingCustomerChallenge``.
- The issuer's 3DS Method page (``threeDSecureFingerprintUrl``) posts ``threeDSMethodData`` back to
  the merchant's ``fingerprintCallbackUrl``; the ACS challenge page (``challengeUrl``) takes the
  ``creq`` and posts ``cres`` back to ``challengeCallbackUrl``.
- A completed challenge settles asynchronously: it reads ``PendingCustomerChallenge`` for
  ``settle_seconds`` (sandbox clock), then its final state. An abandoned challenge becomes
  ``AuthenticationFailed`` 26, one nobody answers for 10 minutes ``AuthenticationFailed`` 14.
- ``merchantTransactionId`` is the idempotency key of ``POST /v1/transactions``: an identical replay
  gets the original answer, a different body 409, a concurrent duplicate 429 with ``Retry-After``.
- Webhooks (``WebhookEvent``) are signed with the published hash key: base64 HMAC-SHA256 over
  ``X-Request-Id + X-Signature-Timestamp + body``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qsl

import attrs
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from scaretry import _currency
from scaretry._request import luhn_ok
from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._pages import auto_post, challenge_page, message_page
from scaretry.sandbox._provider import Context, ErrorKind, ProviderApp, json_response

__all__ = ["CARDS", "App", "CardScenario"]

#: A request signed more than this many seconds away from the sandbox's wall clock is refused.
SIGNATURE_TOLERANCE = 300
#: How long an ACS waits for the cardholder before it times the challenge out (EMVCo leaves it
#: to the ACS; 10 minutes is common).
CHALLENGE_TIMEOUT = 600.0
THREEDS_VERSION = "2.2.0"

#: Scheme response code → (transaction state, message).
RESPONSE_CODES: Mapping[str, tuple[str, str]] = {
    "00": ("Authorised", "Approved"),
    "1A": ("Refused", "Additional customer authentication required"),
    "65": ("Refused", "Exceeds withdrawal count limit (SCA required)"),
    "05": ("Refused", "Do not honour"),
    "51": ("Refused", "Insufficient funds"),
    "59": ("Refused", "Suspected fraud"),
    "91": ("Error", "Issuer or switch inoperative"),
}

#: stateData codes the sandbox sends (the 3DS states guide's table, abridged).
STATE_REASONS: Mapping[str, str] = {
    "01": "Card authentication failed.",
    "11": "Suspected fraud.",
    "13": "Cardholder not enrolled in service.",
    "14": "Transaction timed out at the ACS.",
    "22": "ACS technical issue.",
    "26": "Authentication attempted but not performed by the Cardholder.",
}


@attrs.frozen
class CardScenario:
    """What the sandbox's issuer does with one card.

    ``plain``: the scheme response code of a transaction without 3DS; ``with_3ds``: of one that
    carries a successful authentication. ``fingerprint``: the issuer has a 3DS Method.
    ``authentication``: the ACS's answer to browser authentication — ``frictionless``,
    ``challenge``, ``failed:<code>``, ``rejected:<code>``, ``error:<code>``, or ``not_enrolled``
    (decided already at pre-initiate). ``first_failure``: the first authentication after a refused
    attempt without 3DS fails with this stateData code, the next one follows ``authentication``.
    """

    title: str
    plain: str = "00"
    with_3ds: str = "00"
    fingerprint: bool = False
    authentication: str = "frictionless"
    first_failure: str | None = None
    scheme: str = "Visa"


#: Test cards, card number → scenario. The first five are PXP's own (the Unity docs' example card and
#: the legacy developer.pxp-solutions.com 3DS test scripts); the ``40000000000000xx`` rows are ours,
#: with the scheme or stateData code in the digits before the check digit. Any other card number
#: (and any gateway or scheme token) behaves like 4111111111111111.
CARDS: Mapping[str, CardScenario] = {
    "4111111111111111": CardScenario(
        "Frictionless: approved without 3DS; with 3DS, 3DS Method then frictionless", fingerprint=True
    ),
    "4012002436599751": CardScenario(
        "SCA required (1A) without 3DS; 3DS Method then frictionless success", plain="1A", fingerprint=True
    ),
    "4713747730076631": CardScenario("SCA required (1A) without 3DS; frictionless success, no 3DS Method", plain="1A"),
    "4012006822076852": CardScenario(
        "SCA required (1A) without 3DS; 3DS Method then challenge",
        plain="1A",
        fingerprint=True,
        authentication="challenge",
    ),
    "5266001057658656": CardScenario(
        "Mastercard SCA required (65) without 3DS; challenge, no 3DS Method",
        plain="65",
        authentication="challenge",
        scheme="Mastercard",
    ),
    "4000000000000051": CardScenario("Hard decline: 05 do not honour", plain="05", with_3ds="05"),
    "4000000000000515": CardScenario("Insufficient funds: 51", plain="51", with_3ds="51"),
    "4000000000000598": CardScenario("Fraud decline: 59 suspected fraud", plain="59", with_3ds="59"),
    "4000000000000911": CardScenario("Issuer unavailable: 91 (state Error)", plain="91", with_3ds="91"),
    "4000000000000119": CardScenario(
        "SCA required (1A); authentication rejected, 11 suspected fraud", plain="1A", authentication="rejected:11"
    ),
    "4000000000000010": CardScenario(
        "SCA required (1A); first authentication fails (01), the next one is challenged",
        plain="1A",
        authentication="challenge",
        first_failure="01",
    ),
    "4000000000000226": CardScenario(
        "SCA required (1A); authentication error, 22 ACS technical issue", plain="1A", authentication="error:22"
    ),
    "4000000000000143": CardScenario(
        "SCA required (1A); ACS timeout, authentication failed 14", plain="1A", authentication="failed:14"
    ),
    "4000000000000135": CardScenario(
        "SCA required (1A); card not enrolled in 3DS (failed 13 at pre-initiate)",
        plain="1A",
        authentication="not_enrolled",
    ),
}
DEFAULT_CARD = "4111111111111111"

_FINAL_AUTH = ("AuthenticationSuccessful", "AuthenticationFailed", "AuthenticationRejected", "AuthenticationError")
_EVENT_CODES = {
    "Authorised": "transaction-authorised",
    "Captured": "transaction-captured",
    "Refused": "transaction-refused",
    "Error": "transaction-error",
}


def _b64(data: Mapping[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def _unb64(value: str) -> dict[str, Any] | None:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    except (ValueError, binascii.Error):
        return None
    return decoded if isinstance(decoded, dict) else None


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _detail(field: str, message: str) -> dict[str, str]:
    return {"field": field, "message": message}


@attrs.define
class _Authentication:
    id: str
    mode: str  # "standalone" | "integrated"
    card: str  # the scenario key (a card number from CARDS, never shown)
    scenario: CardScenario
    amount: Any
    currency: str
    fingerprint_callback: str
    state: str = "PendingClientData"
    state_code: str | None = None
    challenge_callback: str | None = None
    challenge_data: str | None = None
    fingerprint: str | None = None  # "completed" | "timeout", once initiated
    challenged: bool = False
    choice: str | None = None
    due: float | None = None  # sandbox-clock time the challenge result becomes readable
    challenge_started: float | None = None
    ds_transaction_id: str | None = None
    cavv: str | None = None
    eci: str | None = None
    trans_status: str | None = None
    used_by: str | None = None


@attrs.define
class _Transaction:
    key: tuple[str, str, str]
    fingerprint: str  # canonical request body, for replays
    body: dict[str, Any]


class _Error(Exception):
    def __init__(self, status: int, code: str, reason: str, details: list[dict[str, str]] | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.code = code
        self.reason = reason
        self.details = details or []


class App(ProviderApp):
    """PXP, mounted at ``/pxp``; the API is under ``/pxp/api`` (the server URL's ``/api``)."""

    name = "pxp"
    server_prefix = "/api"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.authentications: dict[str, _Authentication] = {}
        self.transactions: dict[tuple[str, str, str], _Transaction] = {}
        self._armed: dict[str, bool] = {}  # card → its next authentication fails (first_failure)
        self._in_flight: set[tuple[str, str, str]] = set()

    # -- errors and auth ----------------------------------------------------------------------

    def _error_body(
        self, code: str, reason: str, details: list[dict[str, str]], correlation_id: str | None = None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"errorCode": code, "errorReason": reason, "details": details}
        if correlation_id:
            body["correlationId"] = correlation_id
        return body

    def error(self, kind: str, status: int, message: str, problems: list[Problem] | None = None) -> Response:
        details = [_detail(p.path.removeprefix("$").lstrip("."), p.message) for p in problems or []]
        match kind:
            case ErrorKind.MALFORMED | ErrorKind.INVALID | ErrorKind.TOO_LARGE:
                # PXP documents 400 for every validation failure (no 413, no 422).
                status, code = 400, "ValidationFailed"
                details = details or [{"message": message}]
            case ErrorKind.UNAUTHORIZED:
                status, code = 401, "Unauthorised"
            case ErrorKind.NOT_FOUND:
                code = "NotFound" if status == 404 else "MethodNotAllowed"
            case ErrorKind.CONFLICT:
                code = "Conflict"
            case ErrorKind.RATE_LIMITED:
                code = "TooManyRequests"
            case _:
                code = "InternalError" if status == 500 else "ServiceUnavailable"
        return json_response(status, self._error_body(code, message, details))

    def authenticate(self, request: Request, raw: bytes) -> Response | None:
        request_id = request.headers.get("x-request-id", "")
        reason = self._auth_problem(request, raw, request_id)
        if reason is None:
            return None
        body = self._error_body("Unauthorised", reason, [], request_id or None)
        return json_response(401, body)

    def _auth_problem(self, request: Request, raw: bytes, request_id: str) -> str | None:
        if not request_id:
            return "The X-Request-Id header is required."
        if request.headers.get("x-client-id") != CREDENTIALS["client_id"]:
            return "Unknown client id."
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        parts = value.split(":")
        if scheme != "PXP-UST1" or len(parts) != 3:
            return "The Authorization header must be PXP-UST1 {tokenId}:{timestamp}:{hmac}."
        token_id, timestamp, signature = parts
        if not hmac.compare_digest(token_id, CREDENTIALS["token_id"]):
            return "Unknown or expired token."
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > SIGNATURE_TOLERANCE:
            return "The request timestamp is missing or more than 5 minutes off."
        path = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string", b"")
        signed = f"{timestamp}{request_id}".encode() + path + (b"?" + query if query else b"") + raw
        expected = hmac.new(CREDENTIALS["token_value"].encode(), signed, hashlib.sha256).digest()
        if not hmac.compare_digest(base64.b64encode(expected).decode(), signature):
            return "The request signature is invalid."
        return None

    def sign_response(self, request: Request, response: Response) -> Response:
        # Our choice (PXP documents none): echo the correlation id so a client can log it.
        if request_id := request.headers.get("x-request-id"):
            response.headers["X-Request-Id"] = request_id
        return response

    # -- pipeline hooks -----------------------------------------------------------------------

    def handlers(self) -> Mapping[str, Callable[[Context], Response]]:
        return {
            "preInitiateStandaloneAuthentication": self._guarded(self._pre_initiate_standalone),
            "preInitiateIntegratedAuthentication": self._guarded(self._pre_initiate_integrated),
            "initiateStandaloneAuthentication": self._guarded(lambda c: self._initiate(c, "standalone")),
            "initiateIntegratedAuthentication": self._guarded(lambda c: self._initiate(c, "integrated")),
            "getStandaloneAuthentication": self._guarded(lambda c: self._get_authentication(c, "standalone")),
            "getIntegratedAuthentication": self._guarded(lambda c: self._get_authentication(c, "integrated")),
            "initiateTransaction": self._guarded(self._initiate_transaction),
            "getTransaction": self._guarded(self._get_transaction),
        }

    def _guarded(self, handler: Callable[[Context], Response]) -> Callable[[Context], Response]:
        def run(context: Context) -> Response:
            try:
                with self.lock:
                    return handler(context)
            except _Error as exc:
                body = self._error_body(exc.code, exc.reason, exc.details, context.headers.get("x-request-id"))
                return json_response(exc.status, body)

        return run

    def _transaction_key(self, context: Context) -> tuple[str, str, str] | None:
        if context.operation.operation_id != "initiateTransaction":
            return None
        body = context.body
        return (body["merchant"], body["site"], body["merchantTransactionId"])

    def begin(self, context: Context) -> Response | None:
        key = self._transaction_key(context)
        if key is None:
            return None
        with self.lock:
            if key in self._in_flight:
                reason = "A request with this merchantTransactionId is still being processed; retry shortly."
                body = self._error_body("TooManyRequests", reason, [], context.headers.get("x-request-id"))
                return json_response(429, body, {"Retry-After": "1"})
            self._in_flight.add(key)
        return None

    def end(self, context: Context) -> None:
        key = self._transaction_key(context)
        if key is not None:
            with self.lock:
                self._in_flight.discard(key)

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {"authentications": len(self.authentications), "transactions": len(self.transactions)}

    # -- checks shared by handlers ------------------------------------------------------------

    @staticmethod
    def _check_amount(value: Any, currency: str, field: str) -> None:
        if not _currency.is_currency(currency):
            raise _Error(400, "ValidationFailed", "Unknown currency.", [_detail(f"{field}.currencyCode", "unknown")])
        exponent = _currency.exponent(currency)
        try:
            decimals = -min(0, int(Decimal(str(value)).as_tuple().exponent))
        except (InvalidOperation, ValueError, TypeError):
            decimals = 99
        too_precise = decimals > exponent or (exponent == 0 and isinstance(value, float))
        if too_precise or value <= 0:
            message = f"Must be positive with at most {exponent} decimals for {currency}."
            raise _Error(400, "ValidationFailed", "One or more fields are invalid.", [_detail(field, message)])

    @staticmethod
    def _card_key(card: Mapping[str, Any], field: str) -> str:
        number = card.get("primaryAccountNumber")
        if number is None:
            return DEFAULT_CARD  # gateway and scheme tokens behave like the default card
        if not str(number).isdigit() or not luhn_ok(str(number)):
            raise _Error(400, "ValidationFailed", "One or more fields are invalid.", [_detail(field, "Invalid card.")])
        return str(number) if number in CARDS else DEFAULT_CARD

    def _base_url(self, context: Context) -> str:
        return str(context.request.base_url).rstrip("/") + f"/{self.name}/_pages"

    # -- 3D Secure ----------------------------------------------------------------------------

    def _pre_initiate_standalone(self, context: Context) -> Response:
        body = context.body
        problems = []
        if body["merchantGroup"] != CREDENTIALS["merchant_group"]:
            problems.append(_detail("merchantGroup", "Unknown merchant group for this client."))
        if body["acquirerProfileId"] != CREDENTIALS["acquirer_profile_id"]:
            problems.append(_detail("acquirerProfileId", "Unknown acquirer profile."))
        if problems:
            raise _Error(400, "ValidationFailed", "One or more fields are invalid.", problems)
        return self._pre_initiate(context, "standalone")

    def _pre_initiate_integrated(self, context: Context) -> Response:
        body = context.body
        if body["site"] != CREDENTIALS["site"]:
            raise _Error(400, "ValidationFailed", "Unknown site.", [_detail("site", "Unknown site for this client.")])
        if not body.get("providerId") and "intent" not in body:
            raise _Error(
                400,
                "ValidationFailed",
                "intent is required.",
                [_detail("intent", "Required when providerId is absent.")],
            )
        return self._pre_initiate(context, "integrated")

    def _pre_initiate(self, context: Context, mode: str) -> Response:
        body = context.body
        amount = body["amount"]
        self._check_amount(amount["transactionValue"], amount["currencyCode"], "amount.transactionValue")
        card = self._card_key(body["card"], "card.primaryAccountNumber")
        scenario = CARDS[card]
        auth = _Authentication(
            id=str(uuid.uuid4()),
            mode=mode,
            card=card,
            scenario=scenario,
            amount=amount["transactionValue"],
            currency=amount["currencyCode"],
            fingerprint_callback=body["fingerprintCallbackUrl"],
        )
        answer: dict[str, Any] = {
            "authenticationId": auth.id,
            "threeDSecureSupported": True,
            "scaMandated": True,
            "recommendedChallengeIndicator": "01",
            "threeDSecureVersion": THREEDS_VERSION,
            "threeDSecureFingerprintUrl": None,
            "threeDSecureFingerprintData": None,
        }
        if scenario.authentication == "not_enrolled":
            auth.state, auth.state_code = "AuthenticationFailed", "13"
            answer |= {"threeDSecureSupported": False, "recommendedChallengeIndicator": None}
            answer["threeDSecureVersion"] = None
        elif scenario.fingerprint:
            answer["threeDSecureFingerprintUrl"] = f"{self._base_url(context)}/3ds-method/{auth.id}"
            answer["threeDSecureFingerprintData"] = _b64(
                {"threeDSServerTransID": auth.id, "threeDSMethodNotificationURL": auth.fingerprint_callback}
            )
        answer["state"] = auth.state
        answer["stateData"] = self._state_data(auth)
        if mode == "integrated":
            answer["applicableExemptions"] = []
        self.authentications[auth.id] = auth
        return json_response(200, answer)

    def _find_authentication(self, context: Context, mode: str) -> _Authentication:
        auth = self.authentications.get(context.path_params["authenticationId"])
        if auth is None or auth.mode != mode:
            raise _Error(404, "AuthenticationNotFound", "No authentication exists with the given id.")
        return auth

    def _initiate(self, context: Context, mode: str) -> Response:
        auth = self._find_authentication(context, mode)
        body = context.body
        if auth.state != "PendingClientData":
            raise _Error(
                409,
                "InvalidAuthenticationState",
                f"The authentication is in state {auth.state} and cannot be initiated.",
            )
        notification = body.get("fingerprintNotification")
        if notification is not None:
            decoded = _unb64(notification)
            if decoded is None or decoded.get("threeDSServerTransID") != auth.id:
                problem = _detail("fingerprintNotification", "Not the threeDSMethodData of this authentication.")
                raise _Error(400, "ValidationFailed", "One or more fields are invalid.", [problem])
        auth.fingerprint = "completed" if notification else "timeout"
        auth.challenge_callback = body["challengeCallbackUrl"]
        auth.ds_transaction_id = str(uuid.uuid4())
        outcome = auth.scenario.authentication
        if auth.scenario.first_failure and self._armed.get(auth.card, False):
            self._armed[auth.card] = False
            outcome = f"failed:{auth.scenario.first_failure}"
        if outcome == "challenge":
            auth.state, auth.trans_status, auth.challenged = "PendingCustomerChallenge", "C", True
            auth.challenge_started = self.clock.now()
            auth.challenge_data = _b64(
                {
                    "threeDSServerTransID": auth.id,
                    "acsTransID": str(uuid.uuid4()),
                    "messageType": "CReq",
                    "messageVersion": THREEDS_VERSION,
                    "challengeWindowSize": f"{body.get('challengeWindowSize', 5):02d}",
                }
            )
        elif outcome == "frictionless":
            self._succeed(auth)
        else:
            kind, _, code = outcome.partition(":")
            self._fail(auth, kind, code)
        return json_response(200, self._authentication_body(context, auth))

    def _succeed(self, auth: _Authentication) -> None:
        auth.state, auth.state_code, auth.trans_status = "AuthenticationSuccessful", None, "Y"
        auth.cavv = base64.b64encode(secrets.token_bytes(20)).decode()
        auth.eci = "02" if auth.scenario.scheme == "Mastercard" else "05"

    def _fail(self, auth: _Authentication, kind: str, code: str) -> None:
        auth.state = {"failed": "AuthenticationFailed", "rejected": "AuthenticationRejected"}.get(
            kind, "AuthenticationError"
        )
        auth.state_code = code
        auth.trans_status = {"AuthenticationFailed": "N", "AuthenticationRejected": "R"}.get(auth.state, "U")
        if auth.state != "AuthenticationError":
            auth.eci = "00" if auth.scenario.scheme == "Mastercard" else "07"

    def _settle(self, auth: _Authentication) -> bool:
        """Move a challenge to its final state when due; whether it just did."""
        if auth.state != "PendingCustomerChallenge":
            return False
        now = self.clock.now()
        if auth.choice is not None and auth.due is not None and now >= auth.due:
            if auth.choice == "approve":
                self._succeed(auth)
            elif auth.choice == "reject":  # a wrong one-time code: the seed's example of a rejection
                self._fail(auth, "rejected", "01")
            else:
                self._fail(auth, "failed", "26")
        elif auth.choice is None and auth.challenge_started is not None:
            if now - auth.challenge_started < CHALLENGE_TIMEOUT:
                return False
            self._fail(auth, "failed", "14")
        else:
            return False
        auth.challenge_data = None
        self._notify_authentication(auth)
        return True

    def _state_data(self, auth: _Authentication) -> dict[str, str] | None:
        if auth.state_code is None:
            return None
        return {"code": auth.state_code, "reason": STATE_REASONS[auth.state_code]}

    def _authentication_body(self, context: Context | None, auth: _Authentication) -> dict[str, Any]:
        pending = auth.state == "PendingCustomerChallenge"
        challenge_url = f"{self._base_url(context)}/acs/{auth.id}" if pending and context is not None else None
        return {
            "authenticationId": auth.id,
            "state": auth.state,
            "stateData": self._state_data(auth),
            "threeDSecureVersion": THREEDS_VERSION,
            "directoryServerTransactionId": auth.ds_transaction_id,
            "cardholderAuthenticationVerificationValue": auth.cavv,
            "electronicCommerceIndicator": auth.eci,
            "transactionStatus": auth.trans_status,
            "challengeUrl": challenge_url,
            "challengeData": auth.challenge_data if pending else None,
        }

    def _get_authentication(self, context: Context, mode: str) -> Response:
        auth = self._find_authentication(context, mode)
        self._settle(auth)
        return json_response(200, self._authentication_body(context, auth))

    # -- transactions -------------------------------------------------------------------------

    def _initiate_transaction(self, context: Context) -> Response:
        body = context.body
        key = (body["merchant"], body["site"], body["merchantTransactionId"])
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
        existing = self.transactions.get(key)
        if existing is not None:
            if existing.fingerprint == canonical:
                return json_response(200, existing.body)
            message = f"{key[2]} is already used by systemTransactionId {existing.body['systemTransactionId']}."
            raise _Error(
                409,
                "DuplicateMerchantTransactionId",
                "A transaction with this merchantTransactionId already exists with different details.",
                [_detail("merchantTransactionId", message)],
            )
        problems = []
        if body["merchant"] != CREDENTIALS["merchant"]:
            problems.append(_detail("merchant", "Unknown merchant for this client."))
        if body["site"] != CREDENTIALS["site"]:
            problems.append(_detail("site", "Unknown site for this merchant."))
        if problems:
            raise _Error(400, "ValidationFailed", "One or more fields are invalid.", problems)
        amounts = body["amounts"]
        self._check_amount(amounts["transaction"], amounts["currencyCode"], "amounts.transaction")
        three_ds = body.get("threeDSecureData") or {}
        auth = self._linked_authentication(three_ds, amounts)
        card_view: dict[str, Any] | None = None
        if auth is not None:
            scenario, code = auth.scenario, auth.scenario.with_3ds
            card_view = {"bin": auth.card[:6], "lastFour": auth.card[-4:], "scheme": scenario.scheme}
        elif "fundingData" in body:
            card = body["fundingData"]["card"]
            number = self._card_key(card, "fundingData.card.primaryAccountNumber")
            scenario = CARDS[number]
            external = bool(three_ds.get("cardHolderAuthenticationVerificationValue"))
            code = scenario.with_3ds if external else scenario.plain
            card_view = {"scheme": card.get("cardScheme", scenario.scheme)}
            if "primaryAccountNumber" in card:
                card_view |= {"bin": number[:6], "lastFour": number[-4:]}
            card_view |= {k: card[k] for k in ("expiryMonth", "expiryYear") if k in card}
            if code in ("1A", "65") and scenario.first_failure:
                self._armed[number] = True
        else:
            problem = _detail("fundingData", "Required unless threeDSecureData.authenticationId is given.")
            raise _Error(400, "ValidationFailed", "One or more fields are invalid.", [problem])
        state, message = RESPONSE_CODES[code]
        if state == "Authorised" and body["transactionMethod"]["intent"] == "Purchase":
            state = "Captured"
        answer: dict[str, Any] = {
            "systemTransactionId": str(uuid.uuid4()),
            "merchantTransactionId": key[2],
            "merchant": key[0],
            "site": key[1],
            "merchantTransactionDate": body["merchantTransactionDate"],
            "state": state,
            "transactionMethod": body["transactionMethod"],
            "amounts": amounts,
            "fundingData": {"card": card_view},
            "providerResponse": {"code": code, "message": message, "merchantAdvice": None},
            "authorisationCode": f"{secrets.randbelow(10**6):06d}" if code == "00" else None,
            "threeDSecureData": None,
            "createdAt": _now_iso(),
        }
        if auth is not None:
            auth.used_by = key[2]
            answer["threeDSecureData"] = {
                "authenticationId": auth.id,
                "electronicCommerceIndicator": auth.eci,
                "threeDSecureVersion": THREEDS_VERSION,
            }
        if "recurring" in body:
            answer["recurring"] = body["recurring"]
        self.transactions[key] = _Transaction(key, canonical, answer)
        self._notify_transaction(answer)
        return json_response(200, answer)

    def _linked_authentication(self, three_ds: Mapping[str, Any], amounts: Mapping[str, Any]) -> _Authentication | None:
        auth_id = three_ds.get("authenticationId")
        if auth_id is None:
            return None
        field = "threeDSecureData.authenticationId"
        auth = self.authentications.get(auth_id)
        if auth is None or auth.mode != "integrated":
            raise _Error(
                400, "ValidationFailed", "Unknown authentication.", [_detail(field, "No such integrated one.")]
            )
        self._settle(auth)
        if auth.state != "AuthenticationSuccessful":
            message = f"The authentication is in state {auth.state}; only a successful one can be used."
            raise _Error(400, "ValidationFailed", "One or more fields are invalid.", [_detail(field, message)])
        if auth.used_by is not None:
            message = f"Already used by merchantTransactionId {auth.used_by}."
            raise _Error(400, "ValidationFailed", "One or more fields are invalid.", [_detail(field, message)])
        if (
            Decimal(str(auth.amount)) != Decimal(str(amounts["transaction"]))
            or auth.currency != amounts["currencyCode"]
        ):
            message = "The amount differs from the authenticated amount."
            raise _Error(400, "ValidationFailed", "One or more fields are invalid.", [_detail("amounts", message)])
        return auth

    def _get_transaction(self, context: Context) -> Response:
        params = context.path_params
        # Path parameters arrive percent-decoded by the router; ids are matched as sent.
        key = (params["merchant"], params["site"], params["merchantTransactionId"])
        found = self.transactions.get(key)
        if found is None:
            raise _Error(404, "TransactionNotFound", "No transaction exists with the given merchantTransactionId.")
        return json_response(200, found.body)

    # -- webhooks -----------------------------------------------------------------------------

    def _owner(self) -> dict[str, str]:
        return {
            "merchantGroup": CREDENTIALS["merchant_group"],
            "merchant": CREDENTIALS["merchant"],
            "site": CREDENTIALS["site"],
        }

    def _notify_transaction(self, transaction: Mapping[str, Any]) -> None:
        code = _EVENT_CODES.get(transaction["state"])
        if code is not None:
            self._send({"eventCategory": "Transaction", "eventCode": code, "eventData": dict(transaction)})

    def _notify_authentication(self, auth: _Authentication) -> None:
        if auth.challenged and auth.state in _FINAL_AUTH:
            data = self._authentication_body(None, auth)
            self._send({"eventCategory": "Authentication", "eventCode": "challenge-completed", "eventData": data})

    def _send(self, event: dict[str, Any]) -> None:
        url = self.settings.webhook_urls.get(self.name)
        if not url:
            return
        event = {**event, "eventDate": _now_iso(), "eventOwner": self._owner()}
        problems = self.spec.validate("/components/schemas/WebhookEvent", event)
        if problems:
            raise AssertionError(f"sandbox bug: pxp webhook does not fit the spec: {problems[:3]}")
        body = json.dumps(event, separators=(",", ":")).encode()
        request_id, timestamp = str(uuid.uuid4()), str(int(time.time()))
        digest = hmac.new(
            CREDENTIALS["webhook_hash_key"].encode(), f"{request_id}{timestamp}".encode() + body, hashlib.sha256
        ).digest()
        headers = {
            "Content-Type": "application/json",
            "X-Request-Id": request_id,
            "X-Signature-Timestamp": timestamp,
            "X-Signature": base64.b64encode(digest).decode(),
        }
        self.notifier.send(self.name, url, headers, body)

    # -- pages: the issuer's 3DS Method and ACS -----------------------------------------------

    def pages(self) -> list[BaseRoute]:
        return [
            Route("/3ds-method/{auth_id}", self._method_page, methods=["POST"]),
            Route("/acs/{auth_id}", self._challenge_page, methods=["POST"]),
            Route("/acs/{auth_id}/submit", self._challenge_submit, methods=["POST"]),
        ]

    async def _form(self, request: Request) -> tuple[_Authentication | None, dict[str, str]]:
        # urlencoded forms only (what a browser posts here); python-multipart is not a dependency
        raw = await request.body()
        fields = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        with self.lock:
            auth = self.authentications.get(request.path_params["auth_id"])
        return auth, fields

    async def _method_page(self, request: Request) -> Response:
        """The issuer's 3DS Method URL: collects the "fingerprint", then posts ``threeDSMethodData``
        (the 3DS Server transaction id, base64url) to the merchant's ``fingerprintCallbackUrl``."""
        auth, fields = await self._form(request)
        data = _unb64(fields.get("threeDSMethodData", ""))
        if auth is None or data is None or data.get("threeDSServerTransID") != auth.id:
            return message_page("3DS Method", "Unknown or malformed threeDSMethodData.", status=400)
        back = _b64({"threeDSServerTransID": auth.id})
        return auto_post(action=auth.fingerprint_callback, fields={"threeDSMethodData": back})

    async def _challenge_page(self, request: Request) -> Response:
        """The ACS challenge: the browser POSTs ``creq``; the cardholder approves, rejects or leaves."""
        auth, fields = await self._form(request)
        if auth is None or auth.challenge_data is None or fields.get("creq") != auth.challenge_data:
            return message_page("3-D Secure", "Unknown or expired challenge request.", status=400)
        if auth.choice is not None:
            return message_page("3-D Secure", "This challenge was already completed.", status=409)
        return challenge_page(
            title="PXP sandbox issuer: verify your payment",
            action=f"{request.url.path}/submit",
            fields={"creq": fields["creq"]},
            details=f"Payment of {auth.amount} {auth.currency}. Enter the one-time code sent to your phone.",
        )

    async def _challenge_submit(self, request: Request) -> Response:
        auth, fields = await self._form(request)
        choice = fields.get("choice")
        if auth is None or choice not in ("approve", "reject", "abandon") or fields.get("creq") != auth.challenge_data:
            return message_page("3-D Secure", "Unknown or expired challenge.", status=400)
        with self.lock:
            if auth.choice is not None or auth.state != "PendingCustomerChallenge":
                return message_page("3-D Secure", "This challenge was already completed.", status=409)
            auth.choice = choice
            auth.due = self.clock.now() + self.settings.settle_seconds
            callback = auth.challenge_callback or ""
        timer = threading.Timer(self.settings.settle_seconds + 0.01, self._settle_later, args=(auth.id,))
        timer.daemon = True
        timer.start()
        if choice == "abandon":
            return message_page("3-D Secure", "You closed the authentication window.")
        status = "Y" if choice == "approve" else "N"
        cres = _b64({"threeDSServerTransID": auth.id, "transStatus": status, "messageType": "CRes"})
        return auto_post(action=callback, fields={"cres": cres})

    def _settle_later(self, auth_id: str) -> None:
        """Settle on time even if nobody reads (so the challenge-completed webhook is sent)."""
        with self.lock:
            auth = self.authentications.get(auth_id)
            if auth is not None:
                self._settle(auth)
