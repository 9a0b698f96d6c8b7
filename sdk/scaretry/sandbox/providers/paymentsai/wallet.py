"""Payments AI's customers, stage card tokenisation and payment instruments (``POST .../customers``,
``.../payment-instruments/tokens``, ``.../customers/{id}/payment-instruments``).

A stage token is single-use and short-lived (``TOKEN_TTL_SECONDS``); the card number given to the
tokeniser chooses the scenario and is never stored, only its brand and last four digits.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from starlette.responses import Response

from scaretry.sandbox._cards import luhn_ok
from scaretry.sandbox._provider import Context, ProviderApp
from scaretry.sandbox.providers.paymentsai.cards import TEST_CARDS, CardScenario, brand
from scaretry.sandbox.providers.paymentsai.records import Instrument, Token, now_iso
from scaretry.sandbox.providers.paymentsai.responses import Refused, ok

__all__ = ["TOKEN_TTL_SECONDS", "Wallet"]

#: Lifetime of a stage token (``expiratedAt``); the docs call tokens short-lived without a number.
TOKEN_TTL_SECONDS = 1800.0

_ADDRESS_FIELDS = {"country": "country", "address": "address1", "city": "city", "region": "region", "zip": "zip"}


class Wallet:
    """Customers, tokens and instruments (handlers run with the app's lock held)."""

    def __init__(self, app: ProviderApp) -> None:
        self.app = app
        self.customers: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, Token] = {}
        self.instruments: dict[str, Instrument] = {}

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
            customer["address"] = {_ADDRESS_FIELDS[k]: v for k, v in address.items() if k in _ADDRESS_FIELDS}
        self.customers[customer["id"]] = customer
        return ok(201, {"data": customer})

    def attach_payment_instrument(self, context: Context) -> Response:
        org = context.path_params["organizationId"]
        customer = self.customers.get(context.path_params["customerId"])
        if customer is None or customer["organization"] != org:
            raise Refused(404, "customer not found")
        token = self.usable_token(org, context.body["token"], status=422)
        token.consumed = True
        instrument = Instrument(
            id=str(uuid.uuid4()),
            org=org,
            customer_id=customer["id"],
            scenario=token.scenario,
            brand=token.brand,
            last4=token.last4,
            expiry_month=token.expiry_month,
            expiry_year=token.expiry_year,
            created_at=now_iso(),
        )
        self.instruments[instrument.id] = instrument
        return ok(201, {"data": instrument.to_json()})

    def create_token(self, context: Context) -> Response:
        body = context.body
        number = body["primaryAccountNumber"]
        if not (number.isdigit() and 12 <= len(number) <= 19 and luhn_ok(number)):
            raise Refused(400, "primaryAccountNumber is not a valid card number")
        cvv = body["cardVerificationValue"]
        if not (cvv.isdigit() and len(cvv) in (3, 4)):
            raise Refused(400, "cardVerificationValue must be 3 or 4 digits")
        month, year = body["expirationMonth"], body["expirationYear"]
        today = dt.datetime.now(dt.UTC).date()
        if not 2000 <= year <= 2099 or (year, month) < (today.year, today.month):
            raise Refused(400, "the card has expired")
        card = TEST_CARDS.get(number)
        created = dt.datetime.now(dt.UTC)
        token = Token(
            id=self.app.new_id("", 32),  # not a UUID: the adapter tells tokens from instrument ids by that
            org=context.path_params["organizationId"],
            scenario=card.scenario if card else CardScenario.APPROVE,
            brand=brand(number),
            last4=number[-4:],
            expiry_month=month,
            expiry_year=year,
            created=self.app.clock.now(),
            created_at=created.isoformat(timespec="seconds"),
            expires_at=(created + dt.timedelta(seconds=TOKEN_TTL_SECONDS)).isoformat(timespec="seconds"),
        )
        self.tokens[token.id] = token
        data = {"id": token.id, "createdAt": token.created_at, "expiratedAt": token.expires_at}
        return ok(201, {"type": "payment-card", "data": data})

    def usable_token(self, org: str, token_id: str, *, status: int) -> Token:
        """An unused, unexpired token of ``org``; else refused with ``status``."""
        token = self.tokens.get(token_id)
        if token is None or token.org != org:
            raise Refused(status, "token not found")
        if token.consumed:
            raise Refused(status, "token has already been used")
        if self.app.clock.now() - token.created > TOKEN_TTL_SECONDS:
            raise Refused(status, "token has expired")
        return token
