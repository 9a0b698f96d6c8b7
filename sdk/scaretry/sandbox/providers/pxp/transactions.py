"""PXP's Transactions service: ``POST /v1/transactions`` (with or without a successful integrated
authentication) and ``GET /v1/transactions/{merchant}/{site}?merchantTransactionId=…`` (or
``systemTransactionId=…``), as PXP's "Get transaction details" documents it
(https://developer.pxp.io/apis/transaction/other/get-transaction-details). Both answer that
page's body: ``state``, ``stateMessage``, ``stateData`` (a ``CRD…`` code where PXP lists one),
``amounts.transactionValue``.

``merchantTransactionId`` is the idempotency key: an identical replay gets the original answer,
a different body 409, a concurrent duplicate 429 with ``Retry-After``.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import attrs
from starlette.responses import Response

from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.sandbox._provider import Context, ProviderApp, json_response
from scaretry.sandbox.providers.pxp.authentications import THREEDS_VERSION, Authentication, Authentications
from scaretry.sandbox.providers.pxp.cards import CARDS, RESPONSE_CODES, STATE_DATA, applicable_exemptions, card_key
from scaretry.sandbox.providers.pxp.responses import PXPError, check_amount, check_known, detail

__all__ = ["Transaction", "Transactions", "now_iso"]


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@attrs.define
class Transaction:
    key: tuple[str, str, str]
    fingerprint: str  # canonical request body, for replays
    body: dict[str, Any]


class Transactions:
    """The transactions the sandbox holds (handlers run with the app's lock held)."""

    def __init__(
        self, app: ProviderApp, authentications: Authentications, notify: Callable[[Mapping[str, Any]], None]
    ) -> None:
        self.app = app
        self.authentications = authentications  # integrated ones, which a transaction links
        self.notify = notify  # a new transaction's webhook
        self.transactions: dict[tuple[str, str, str], Transaction] = {}

    def initiate(self, context: Context) -> Response:
        body = context.body
        key = (body["merchant"], body["site"], body["merchantTransactionId"])
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
        existing = self.transactions.get(key)
        if existing is not None:
            if existing.fingerprint == canonical:
                return json_response(200, existing.body)
            message = f"{key[2]} is already used by systemTransactionId {existing.body['systemTransactionId']}."
            raise PXPError(
                409,
                "DuplicateMerchantTransactionId",
                "A transaction with this merchantTransactionId already exists with different details.",
                [detail("merchantTransactionId", message)],
            )
        check_known(
            body,
            merchant=(CREDENTIALS["merchant"], "Unknown merchant for this client."),
            site=(CREDENTIALS["site"], "Unknown site for this merchant."),
        )
        amounts = body["amounts"]
        check_amount(amounts["transaction"], amounts["currencyCode"], "amounts.transaction")
        three_ds = body.get("threeDSecureData") or {}
        exemption = body.get("scaExemption")
        auth = self._linked_authentication(three_ds, amounts, exemption)
        card_view: dict[str, Any] | None = None
        if auth is not None:
            scenario = auth.scenario
            code = scenario.with_3ds if auth.state == "AuthenticationSuccessful" else scenario.plain
            card_view = {"bin": auth.card[:6], "lastFour": auth.card[-4:], "scheme": scenario.scheme}
        elif "fundingData" in body:
            card = body["fundingData"]["card"]
            number = card_key(card, "fundingData.card.primaryAccountNumber")
            scenario = CARDS[number]
            external = bool(three_ds.get("cardHolderAuthenticationVerificationValue"))
            code = scenario.with_3ds if external else scenario.plain
            card_view = {"scheme": card.get("cardScheme", scenario.scheme)}
            if "primaryAccountNumber" in card:
                card_view |= {"bin": number[:6], "lastFour": number[-4:]}
            card_view |= {k: card[k] for k in ("expiryMonth", "expiryYear") if k in card}
            if code in ("1A", "65") and (scenario.first_failure or scenario.first_challenge_failure):
                self.authentications.armed[number] = True
        else:
            raise PXPError.invalid(detail("fundingData", "Required unless threeDSecureData.authenticationId is given."))
        if exemption is not None and code in ("1A", "65"):
            # The issuer takes an exemption PXP found applicable, or soft-declines it as without SCA.
            accepted = scenario.exemption and exemption in applicable_exemptions(amounts["transaction"])
            code = "00" if accepted else code
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
            "stateMessage": f"Transaction {state}",
            "stateData": STATE_DATA.get(code),
            "transactionMethod": body["transactionMethod"],
            "amounts": {"transactionValue": amounts["transaction"], "currencyCode": amounts["currencyCode"]},
            "fundingData": {"card": card_view},
            "providerResponse": {"code": code, "message": message, "merchantAdvice": None},
            "authorisationCode": f"{secrets.randbelow(10**6):06d}" if code == "00" else None,
            "threeDSecureData": None,
            "createdAt": now_iso(),
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
        self.transactions[key] = Transaction(key, canonical, answer)
        self.app.note_delivery_fault(context, key[2])
        self.notify(answer)
        return json_response(200, answer)

    def _linked_authentication(
        self, three_ds: Mapping[str, Any], amounts: Mapping[str, Any], exemption: str | None
    ) -> Authentication | None:
        """The integrated authentication a transaction links: a successful one, or — with an
        exemption applied at authorisation — one that failed or errored (PXP takes the card from
        it); never a rejected one ("3DS states": do not proceed with authorisation)."""
        auth_id = three_ds.get("authenticationId")
        if auth_id is None:
            return None
        field = "threeDSecureData.authenticationId"
        auth = self.authentications.authentications.get(auth_id)
        if auth is None or auth.mode != "integrated":
            raise PXPError(
                400, "ValidationFailed", "Unknown authentication.", [detail(field, "No such integrated one.")]
            )
        self.authentications.settle(auth)
        usable: tuple[str, ...] = ("AuthenticationSuccessful",)
        if exemption is not None:
            usable += ("AuthenticationFailed", "AuthenticationError")
        if auth.state not in usable:
            message = f"The authentication is in state {auth.state}; it cannot be used for this transaction."
            raise PXPError.invalid(detail(field, message))
        if auth.used_by is not None:
            raise PXPError.invalid(detail(field, f"Already used by merchantTransactionId {auth.used_by}."))
        if (
            Decimal(str(auth.amount)) != Decimal(str(amounts["transaction"]))
            or auth.currency != amounts["currencyCode"]
        ):
            raise PXPError.invalid(detail("amounts", "The amount differs from the authenticated amount."))
        return auth

    def get(self, context: Context) -> Response:
        params = context.path_params
        query = context.request.query_params
        merchant_id, system_id = query.get("merchantTransactionId"), query.get("systemTransactionId")
        if (merchant_id is None) == (system_id is None):
            message = "Send exactly one of merchantTransactionId and systemTransactionId."
            raise PXPError.invalid(detail("merchantTransactionId", message))
        if merchant_id is not None:
            found = self.transactions.get((params["merchant"], params["site"], merchant_id))
        else:
            found = next(
                (
                    t
                    for t in self.transactions.values()
                    if t.key[:2] == (params["merchant"], params["site"]) and t.body["systemTransactionId"] == system_id
                ),
                None,
            )
        if found is None:
            raise PXPError(404, "TransactionNotFound", "No transaction matches the given transaction id.")
        return json_response(200, found.body)
