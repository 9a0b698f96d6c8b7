"""PXP's 3D Secure service, standalone and integrated: pre-initiate, initiate (browser
authentication), read, and the authentication's life on the sandbox clock.

An authentication is pre-initiated (``PendingClientData``), then initiated with the browser data:
the card's scenario decides between a frictionless result and ``PendingCustomerChallenge``. A
completed challenge reads ``PendingCustomerChallenge`` for ``settle_seconds``, then its final state;
an abandoned one becomes ``AuthenticationFailed`` 26, one nobody answers for 10 minutes
``AuthenticationFailed`` 14.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import attrs
from starlette.responses import Response

from scaretry.sandbox._bodies import parse_json
from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.sandbox._provider import Context, ProviderApp, json_response
from scaretry.sandbox.providers.pxp.cards import CARDS, STATE_REASONS, CardScenario, applicable_exemptions, card_key
from scaretry.sandbox.providers.pxp.responses import PXPError, check_amount, check_known, detail

__all__ = [
    "FINAL_STATES",
    "THREEDS_VERSION",
    "Authentication",
    "Authentications",
    "authentication_body",
    "b64",
    "unb64",
]

#: How long an ACS waits for the cardholder before it times the challenge out (EMVCo leaves it
#: to the ACS; 10 minutes is common).
CHALLENGE_TIMEOUT = 600.0
THREEDS_VERSION = "2.2.0"
FINAL_STATES = ("AuthenticationSuccessful", "AuthenticationFailed", "AuthenticationRejected", "AuthenticationError")


def b64(data: Mapping[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def unb64(value: str) -> dict[str, Any] | None:
    try:
        decoded = parse_json(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    except (ValueError, binascii.Error):  # BodyError is a ValueError
        return None
    return decoded if isinstance(decoded, dict) else None


@attrs.define
class Authentication:
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
    challenge_failure: str | None = None  # the challenge ends AuthenticationFailed with this code


def _pages_base(context: Context, provider: str) -> str:
    """The absolute URL of the issuer's pages, on the host and port the client used."""
    return str(context.request.base_url).rstrip("/") + f"/{provider}/_pages"


def _state_data(auth: Authentication) -> dict[str, str] | None:
    if auth.state_code is None:
        return None
    return {"code": auth.state_code, "reason": STATE_REASONS[auth.state_code]}


def authentication_body(auth: Authentication, pages: str | None) -> dict[str, Any]:
    """The authentication as ``GET`` shows it. ``pages``: the issuer pages' base URL as the client
    reached the sandbox, for the challenge URL; None where no request gives a host (a webhook)."""
    pending = auth.state == "PendingCustomerChallenge"
    return {
        "authenticationId": auth.id,
        "state": auth.state,
        "stateData": _state_data(auth),
        "threeDSecureVersion": THREEDS_VERSION,
        "directoryServerTransactionId": auth.ds_transaction_id,
        "cardholderAuthenticationVerificationValue": auth.cavv,
        "electronicCommerceIndicator": auth.eci,
        "transactionStatus": auth.trans_status,
        "challengeUrl": f"{pages}/acs/{auth.id}" if pending and pages is not None else None,
        "challengeData": auth.challenge_data if pending else None,
    }


class Authentications:
    """The authentications the sandbox holds (handlers run with the app's lock held)."""

    def __init__(self, app: ProviderApp, settled: Callable[[Authentication], None]) -> None:
        self.app = app
        self.settled = settled  # an authentication reached its final state (the challenge-completed webhook)
        self.authentications: dict[str, Authentication] = {}
        self.armed: dict[str, bool] = {}  # card → its next authentication fails (first_failure)

    # -- handlers -------------------------------------------------------------------------------

    def pre_initiate_standalone(self, context: Context) -> Response:
        check_known(
            context.body,
            merchantGroup=(CREDENTIALS["merchant_group"], "Unknown merchant group for this client."),
            acquirerProfileId=(CREDENTIALS["acquirer_profile_id"], "Unknown acquirer profile."),
        )
        return self._pre_initiate(context, "standalone")

    def pre_initiate_integrated(self, context: Context) -> Response:
        body = context.body
        if body["site"] != CREDENTIALS["site"]:
            raise PXPError(400, "ValidationFailed", "Unknown site.", [detail("site", "Unknown site for this client.")])
        if not body.get("providerId") and "intent" not in body:
            raise PXPError(
                400,
                "ValidationFailed",
                "intent is required.",
                [detail("intent", "Required when providerId is absent.")],
            )
        return self._pre_initiate(context, "integrated")

    def _pre_initiate(self, context: Context, mode: str) -> Response:
        body = context.body
        amount = body["amount"]
        check_amount(amount["transactionValue"], amount["currencyCode"], "amount.transactionValue")
        card = card_key(body["card"], "card.primaryAccountNumber")
        scenario = CARDS[card]
        auth = Authentication(
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
            answer["threeDSecureFingerprintUrl"] = f"{_pages_base(context, self.app.name)}/3ds-method/{auth.id}"
            answer["threeDSecureFingerprintData"] = b64(
                {"threeDSServerTransID": auth.id, "threeDSMethodNotificationURL": auth.fingerprint_callback}
            )
        answer["state"] = auth.state
        answer["stateData"] = _state_data(auth)
        if mode == "integrated":
            # PXP's evaluation of LVP and TRA ("Exemptions" guide), a comma-separated string.
            answer["applicableExemptions"] = ",".join(applicable_exemptions(auth.amount)) or None
        self.authentications[auth.id] = auth
        self.app.note_delivery_fault(context, auth.id)
        return json_response(200, answer)

    def find(self, context: Context, mode: str) -> Authentication:
        auth = self.authentications.get(context.path_params["authenticationId"])
        if auth is None or auth.mode != mode:
            raise PXPError(404, "AuthenticationNotFound", "No authentication exists with the given id.")
        return auth

    def initiate(self, context: Context, mode: str) -> Response:
        auth = self.find(context, mode)
        body = context.body
        if auth.state != "PendingClientData":
            raise PXPError(
                409,
                "InvalidAuthenticationState",
                f"The authentication is in state {auth.state} and cannot be initiated.",
            )
        notification = body.get("fingerprintNotification")
        if notification is not None:
            decoded = unb64(notification)
            if decoded is None or decoded.get("threeDSServerTransID") != auth.id:
                raise PXPError.invalid(
                    detail("fingerprintNotification", "Not the threeDSMethodData of this authentication.")
                )
        auth.fingerprint = "completed" if notification else "timeout"
        auth.challenge_callback = body["challengeCallbackUrl"]
        auth.ds_transaction_id = str(uuid.uuid4())
        outcome = auth.scenario.authentication
        if self.armed.get(auth.card, False):  # the first authentication after a refused attempt
            self.armed[auth.card] = False
            if auth.scenario.first_failure:
                outcome = f"failed:{auth.scenario.first_failure}"
            auth.challenge_failure = auth.scenario.first_challenge_failure
        if outcome == "challenge":
            auth.state, auth.trans_status, auth.challenged = "PendingCustomerChallenge", "C", True
            auth.challenge_started = self.app.clock.now()
            auth.challenge_data = b64(
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
        return json_response(200, self.body(context, auth))

    def get(self, context: Context, mode: str) -> Response:
        auth = self.find(context, mode)
        self.settle(auth)
        return json_response(200, self.body(context, auth))

    # -- the authentication's life ----------------------------------------------------------------

    def _succeed(self, auth: Authentication) -> None:
        auth.state, auth.state_code, auth.trans_status = "AuthenticationSuccessful", None, "Y"
        auth.cavv = base64.b64encode(secrets.token_bytes(20)).decode()
        auth.eci = "02" if auth.scenario.scheme == "Mastercard" else "05"

    def _fail(self, auth: Authentication, kind: str, code: str) -> None:
        auth.state = {"failed": "AuthenticationFailed", "rejected": "AuthenticationRejected"}.get(
            kind, "AuthenticationError"
        )
        auth.state_code = code
        auth.trans_status = {"AuthenticationFailed": "N", "AuthenticationRejected": "R"}.get(auth.state, "U")
        if auth.state != "AuthenticationError":
            auth.eci = "00" if auth.scenario.scheme == "Mastercard" else "07"

    def settle(self, auth: Authentication) -> bool:
        """Move a challenge to its final state when due; whether it just did."""
        if auth.state != "PendingCustomerChallenge":
            return False
        now = self.app.clock.now()
        if auth.choice is not None and auth.due is not None and now >= auth.due:
            if auth.challenge_failure and auth.choice != "abandon":
                self._fail(auth, "failed", auth.challenge_failure)
            elif auth.choice == "approve":
                self._succeed(auth)
            elif auth.choice == "reject":
                # A wrong one-time code: PXP's 3DS states guide gives it as the example of a rejection.
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
        self.settled(auth)
        return True

    def body(self, context: Context, auth: Authentication) -> dict[str, Any]:
        """The authentication as ``GET`` shows it to the request in ``context``."""
        return authentication_body(auth, _pages_base(context, self.app.name))
