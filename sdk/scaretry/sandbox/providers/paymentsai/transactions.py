"""A Payments AI transaction's life: ``POST .../transactions`` (201 for every created record,
declines included), ``GET .../transactions/{id}``, ``idempotencyKey``, the issuer on the sandbox
clock, and the ``transaction-processed`` / ``-declined`` webhooks.

3-D Secure is configured per gateway connection, never per transaction ("3DS is disabled by
default for all gateway connections"); a merchant-initiated charge never runs it. A challenge comes
back ``waiting``/``unknown`` with an ``approvalLink``; the outcome is read with ``GET``. The
cardholder's answer is final at once, but for the slow issuer's card (``offsite`` for
``settle_seconds`` after an approval).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import threading
import uuid
from collections.abc import Mapping

from starlette.responses import Response

from scaretry.sandbox._credentials import PAYMENTSAI
from scaretry.sandbox._provider import Context, ProviderApp
from scaretry.sandbox.providers.paymentsai.cards import CardScenario
from scaretry.sandbox.providers.paymentsai.records import Instrument, Transaction, now_iso, three_ds
from scaretry.sandbox.providers.paymentsai.responses import Refused, ok
from scaretry.sandbox.providers.paymentsai.wallet import Wallet

__all__ = ["CHALLENGE_TTL_SECONDS", "Transactions"]

#: How long an unanswered challenge page stays open before the ACS times out (sandbox clock).
CHALLENGE_TTL_SECONDS = 600.0

_CURRENCY = re.compile(r"^[A-Z]{3}$")
#: The cards whose issuer asks for a challenge when 3-D Secure runs.
_CHALLENGED = (CardScenario.CHALLENGE, CardScenario.CHALLENGE_SLOW_ISSUER, CardScenario.SCA_REQUIRED)


class Transactions:
    """The transactions the sandbox holds (handlers run with the app's lock held)."""

    def __init__(self, app: ProviderApp, wallet: Wallet, organizations: Mapping[str, bool]) -> None:
        self.app = app
        self.wallet = wallet
        #: organization id → whether its gateway connection has 3-D Secure on
        self.organizations = organizations
        self.transactions: dict[str, Transaction] = {}
        self.keys: dict[tuple[str, str], str] = {}  # (organization, idempotencyKey) → transaction id

    def create(self, context: Context) -> Response:
        app = self.app
        body = context.body
        org = context.path_params["organizationId"]
        key = body.get("idempotencyKey")
        if key is not None and (org, key) in self.keys:
            # The docs: a replayed key returns the original transaction, whatever the new body says.
            original = self.transactions[self.keys[(org, key)]]
            self.advance(original)
            return ok(201, {"data": original.to_json()})
        if body["type"] not in ("sale", "authorize"):
            raise Refused(400, "type: the sandbox emulates sale and authorize transactions only")
        amount = body["amount"]
        if not (math.isfinite(amount) and amount > 0):
            raise Refused(400, "amount must be a positive number")
        redirect = body.get("redirectUrl")  # an absolute http(s) URL: the pipeline checked it
        if not _CURRENCY.match(body["currency"]):
            raise Refused(400, "currency must be an ISO 4217 code such as USD")
        wallet = self.wallet
        customer_id = body.get("customerId")
        if customer_id is not None and wallet.customers.get(customer_id, {}).get("organization") != org:
            raise Refused(400, "customerId: customer not found")
        instruction = body["paymentInstruction"]
        instrument: Instrument | None = None
        if "paymentInstrumentId" in instruction:
            instrument = wallet.instruments.get(instruction["paymentInstrumentId"])
            if instrument is None or instrument.org != org:
                raise Refused(400, "paymentInstruction.paymentInstrumentId: payment instrument not found")
            if customer_id is not None and instrument.customer_id != customer_id:
                raise Refused(400, "paymentInstruction.paymentInstrumentId belongs to another customer")
            scenario = instrument.scenario
            customer_id = instrument.customer_id
        else:
            token = wallet.usable_token(org, instruction["token"], status=400)
            token.consumed = True
            scenario = token.scenario
        merchant_initiated = bool(body.get("isMerchantInitiated", False))
        txn = Transaction(
            id=str(uuid.uuid4()),
            org=org,
            amount=amount,
            currency=body["currency"],
            type=body["type"],
            scenario=scenario,
            three_ds=self.organizations[org] and not merchant_initiated,
            merchant_initiated=merchant_initiated,
            created=app.clock.now(),
            date=now_iso(),
            customer_id=customer_id,
            instrument=instrument,
            redirect_url=redirect,
            metadata=dict(body["metadata"]) if body.get("metadata") else None,
        )
        app.note_delivery_fault(context, txn.id)
        self._start(txn, base_url=str(context.request.base_url))
        self.transactions[txn.id] = txn
        if key is not None:
            self.keys[(org, key)] = txn.id
        if txn.final:
            self.notify(txn)
        elif txn.status == "sending":
            self.schedule()
        return ok(201, {"data": txn.to_json()})

    def get(self, context: Context) -> Response:
        txn = self.transactions.get(context.path_params["transactionId"])
        if txn is None or txn.org != context.path_params["organizationId"]:
            raise Refused(404, "transaction not found")
        self.advance(txn)
        return ok(200, {"data": txn.to_json()})

    # -- the issuer ---------------------------------------------------------------------------------

    def _start(self, txn: Transaction, *, base_url: str) -> None:
        scenario = txn.scenario
        frictionless = three_ds("Y", challenged=False, eci="05") if txn.three_ds else None
        if scenario is CardScenario.NOT_SENT:
            txn.status, txn.result = "not-sent", "declined"
        elif scenario is CardScenario.ISSUER_TIMEOUT:
            txn.status, txn.result, txn.data3ds = "sending", "unknown", frictionless
        elif scenario in _CHALLENGED and txn.three_ds:
            txn.status, txn.result = "waiting", "unknown"
            txn.approval_link = f"{base_url}{self.app.name}/_pages/3ds/{txn.id}"
        elif scenario is CardScenario.SCA_REQUIRED:
            txn.status, txn.result = "completed", "declined"
        elif scenario is CardScenario.CHALLENGE_SLOW_ISSUER:
            txn.status, txn.result = "sending", "unknown"
        elif scenario is CardScenario.HARD_DECLINE:
            txn.status, txn.result, txn.data3ds = "completed", "declined", frictionless
            txn.avs = {"code": "N", "message": "Neither address nor postal code match"}
            txn.cvv = {"code": "M", "message": "CVV matches"}
        elif scenario is CardScenario.FRAUD:
            txn.status, txn.result = "completed", "declined"
            if txn.three_ds:
                txn.data3ds = three_ds("R", challenged=False, eci="07", reason="11")
            txn.cvv = {"code": "N", "message": "CVV does not match"}
        else:  # APPROVE, and CHALLENGE without 3DS: the issuer approves what it is not asked to authenticate
            txn.status, txn.result, txn.data3ds = "completed", "approved", frictionless
            txn.avs = {"code": "Y", "message": "Address and postal code match"}
            txn.cvv = {"code": "M", "message": "CVV matches"}
        if txn.result == "approved" and txn.instrument is not None:
            txn.instrument.status = "active"  # a card becomes active after its first successful payment

    def advance(self, txn: Transaction) -> None:
        """Move ``txn`` along the sandbox clock; called on every read (state moves with time)."""
        if txn.final:
            return
        now = self.app.clock.now()
        settle = self.app.settings.settle_seconds
        if txn.choice is None and txn.status in ("waiting", "offsite") and now - txn.created >= CHALLENGE_TTL_SECONDS:
            txn.status, txn.result, txn.approval_link = "timeout", "declined", None
            txn.data3ds = three_ds("U", challenged=True, eci=None, reason="14")
        elif txn.choice == "approve" and now - txn.decided >= settle:
            self._approved_after_challenge(txn)
        elif txn.status == "sending" and now - txn.created >= settle:
            if txn.scenario is CardScenario.CHALLENGE_SLOW_ISSUER:
                txn.status, txn.result = "completed", "approved"
            else:
                txn.status, txn.result = "timeout", "declined"
        if txn.final:
            self.notify(txn)

    def advance_all(self) -> None:
        for txn in self.transactions.values():
            self.advance(txn)

    def decide(self, txn: Transaction, choice: str) -> None:
        """The cardholder answered the challenge page (call with the lock held). The ACS's answer is
        final at once; after an approval the issuer authorises at once too, except on the slow
        issuer's card, where the transaction stays ``offsite`` for ``settle_seconds``."""
        txn.choice, txn.decided, txn.status = choice, self.app.clock.now(), "offsite"
        if choice == "reject":
            txn.status, txn.result, txn.approval_link = "completed", "declined", None
            txn.data3ds = three_ds("N", challenged=True, eci="07", reason="01")
        elif choice == "abandon":
            txn.status, txn.result, txn.approval_link = "completed", "abandoned", None
            txn.data3ds = three_ds("C", challenged=True, eci=None)
        elif txn.scenario is not CardScenario.CHALLENGE_SLOW_ISSUER:
            self._approved_after_challenge(txn)
        if txn.final:
            self.notify(txn)
        else:
            self.schedule()

    @staticmethod
    def _approved_after_challenge(txn: Transaction) -> None:
        txn.status, txn.result, txn.approval_link = "completed", "approved", None
        txn.data3ds = three_ds("Y", challenged=True, eci="05")
        if txn.instrument is not None:
            txn.instrument.status = "active"  # a card becomes active after its first successful payment

    def schedule(self) -> None:
        """Settle in the background too, so a webhook goes out even if nobody polls."""

        def due() -> None:
            with self.app.lock:
                self.advance_all()

        timer = threading.Timer(self.app.settings.settle_seconds + 0.05, due)
        timer.daemon = True
        timer.start()

    # -- webhooks -----------------------------------------------------------------------------------

    def notify(self, txn: Transaction) -> None:
        app = self.app
        url = app.settings.webhook_urls.get(app.name)
        if txn.notified or url is None:
            return
        txn.notified = True
        event = {
            "deduplicationId": str(uuid.uuid4()),
            "type": "transaction-processed" if txn.result == "approved" else "transaction-declined",
            "organizationId": txn.org,
            "metadata": txn.to_json(),
        }
        problems = app.spec.validate("/components/schemas/WebhookEvent", event)
        if problems and app.settings.strict:
            raise AssertionError(f"sandbox bug: webhook does not fit the spec: {problems[:3]}")
        body = json.dumps(event, separators=(",", ":")).encode()
        signature = hmac.new(PAYMENTSAI["webhook_secret"].encode(), body, hashlib.sha256).hexdigest()
        headers = {"Content-Type": "application/json", "X-Signature": signature}
        app.deliver(url, headers, body, subject=txn.id)
