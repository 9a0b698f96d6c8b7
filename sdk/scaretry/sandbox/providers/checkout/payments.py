"""A Checkout.com payment's life: ``POST /payments`` (with the automatic SCA retry of "Manage SCA
retries"), its issuer's answer, ``GET /payments/{id}`` and its actions, ``Cko-Idempotency-Key``.

Time: after the cardholder answers a challenge the payment stays ``Pending`` for
``settings.settle_seconds`` (sandbox clock) before it reads final, so a client must poll; a
challenge nobody answers expires after 15 minutes (code 20152).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import threading
from functools import partial
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from scaretry.sandbox._credentials import CHECKOUT
from scaretry.sandbox._provider import Context, ProviderApp
from scaretry.sandbox.providers.checkout.account import CHALLENGE_TTL, CHANNELS
from scaretry.sandbox.providers.checkout.cards import SUMMARIES, CardVault
from scaretry.sandbox.providers.checkout.events import payment_event, pending_event
from scaretry.sandbox.providers.checkout.issuer import Issuer, authenticated
from scaretry.sandbox.providers.checkout.responses import empty, headers, json_answer, now_iso, payments_invalid
from scaretry.sandbox.providers.checkout.views import Payment, accepted_body, created_body, details_body

if TYPE_CHECKING:
    from scaretry.sandbox.providers.checkout.sessions import Sessions

__all__ = ["LIST_LIMIT", "Payments"]

log = logging.getLogger("scaretry.sandbox")

#: The most payments one page of "Get payment lists" holds.
LIST_LIMIT = 100


def _whole(text: str, low: int, high: int | None) -> int | None:
    """A query parameter as a whole number in ``[low, high]``, or None."""
    if not text.isdigit() or len(text) > 9:
        return None
    value = int(text)
    return value if value >= low and (high is None or value <= high) else None


class Payments:
    """The payments the sandbox holds, and the handlers of the payments API."""

    def __init__(self, app: ProviderApp, vault: CardVault, sessions: Sessions) -> None:
        self.app = app
        self.vault = vault
        self.sessions = sessions
        self.payments: dict[str, Payment] = {}
        self._by_session: dict[str, str] = {}  # sid of an integrated 3DS → pay id (cko-session-id)
        self.replays: dict[str, tuple[int, bytes]] = {}  # Cko-Idempotency-Key → first 2xx answer
        self.issuer = Issuer(app.new_id, self.find_agreement)

    def find_agreement(self, previous_payment_id: str) -> Payment | None:
        """The payment a merchant-initiated one names as its agreement's first: by id or scheme id."""
        with self.app.lock:
            found = self.payments.get(previous_payment_id)
            return found or next((p for p in self.payments.values() if p.scheme_id == previous_payment_id), None)

    def find(self, ident: str) -> Payment | None:
        with self.app.lock:
            ident = self._by_session.get(ident, ident)
            return self.payments.get(ident)

    # -- handlers -----------------------------------------------------------------------------

    def request(self, context: Context) -> Response:
        app = self.app
        key = context.headers.get("cko-idempotency-key")
        if key:
            with app.lock:
                stored = self.replays.get(key)
            if stored is not None:  # the first 2xx, same status and body (Checkout.com idempotency)
                return Response(stored[1], status_code=stored[0], headers=headers(), media_type="application/json")
        body: dict[str, Any] = context.body
        if "source" not in body:
            return payments_invalid("payment_source_required")
        if "processing_channel_id" not in body:
            return payments_invalid("processing_channel_id_required")
        if body["processing_channel_id"] not in CHANNELS:
            return payments_invalid("processing_channel_id_invalid")
        card = self.vault.card(body["source"])
        if isinstance(card, str):
            return payments_invalid(card)
        three_ds: dict[str, Any] = body.get("3ds") or {}
        session = None
        if "authentication_id" in three_ds:
            session = self.sessions.find(three_ds["authentication_id"])
            if session is None or session.status not in ("approved", "attempted"):
                return payments_invalid("3ds_authentication_id_invalid")
        payment = Payment(
            id=app.new_id("pay_"),
            card=card,
            amount=int(body.get("amount", 0)),
            currency=body["currency"],
            body=body,
            requested_on=now_iso(),
            created_at=app.clock.now(),
            merchant_initiated=bool(body.get("merchant_initiated", False)),
            source_id=app.new_id("src_"),
        )
        code = self.issuer.answer(payment, three_ds, session)
        if code is not None:
            self.authorize(payment, code)
        app.note_delivery_fault(context, payment.id)
        with app.lock:
            self.payments[payment.id] = payment
            self.vault.remember(payment.source_id, card)
            if payment.session_id:
                self._by_session[payment.session_id] = payment.id
        if payment.final:
            status, answer = 201, created_body(context.request, payment)
        else:
            status, answer = 202, accepted_body(context.request, payment)
        raw = json.dumps(answer).encode()
        if key:
            with app.lock:
                self.replays[key] = (status, raw)
        if payment.final:
            self.notify(context.request, payment)
        return Response(raw, status_code=status, headers=headers(), media_type="application/json")

    def get(self, context: Context) -> Response:
        payment = self._settled(context)
        if payment is None:
            return empty(404)
        with self.app.lock:
            return json_answer(200, details_body(context.request, payment))

    def by_reference(self, context: Context) -> Response:
        """The payments with a reference, most recently processed first ("Get payment lists")."""
        query = context.request.query_params
        reference = query.get("reference")
        if not reference:
            return payments_invalid("reference_required")
        limit = _whole(query.get("limit", "10"), 1, LIST_LIMIT)
        skip = _whole(query.get("skip", "0"), 0, None)
        if limit is None or skip is None:
            return payments_invalid(*(f"{n}_invalid" for n, v in (("limit", limit), ("skip", skip)) if v is None))
        with self.app.lock:
            found = [p for p in self.payments.values() if p.body.get("reference") == reference]
        found.sort(key=lambda p: p.created_at, reverse=True)
        page = found[skip : skip + limit]
        for payment in page:
            self.settle(payment, context.request)
        with self.app.lock:
            data = [details_body(context.request, p) for p in page]
        return json_answer(200, {"limit": limit, "skip": skip, "total_count": len(found), "data": data})

    def actions(self, context: Context) -> Response:
        payment = self._settled(context)
        if payment is None:
            return empty(404)
        with self.app.lock:
            if not payment.actions:
                # The spec's actions list has at least one item: a payment still waiting for its
                # cardholder has none yet, so it is "not found" here, as no action exists.
                return empty(404)
            return json_answer(200, [dict(a) for a in payment.actions])

    def _settled(self, context: Context) -> Payment | None:
        """The payment the path names (None: no such payment), moved on if its time came."""
        payment = self.find(context.path_params["id"])
        if payment is not None:
            self.settle(payment, context.request)
        return payment

    # -- the issuer ---------------------------------------------------------------------------

    def authorize(self, payment: Payment, code: str) -> None:
        """The issuer's answer: Authorized (or Card Verified for amount 0) or Declined ``code``."""
        approved = code == "10000"
        payment.approved = approved
        payment.response_code = code
        if approved:
            payment.scheme_id = str(secrets.randbelow(10**15)).zfill(15)
            payment.status = "Authorized" if payment.amount else "Card Verified"
        else:
            payment.status = "Declined"
        kind = "Authorization" if payment.amount else "Card Verification"
        self.record(payment, kind, code, approved)

    def record(self, payment: Payment, kind: str, code: str, approved: bool, amount: int | None = None) -> str:
        """Add an action to the payment's history (latest first); its id."""
        action: dict[str, Any] = {
            "id": self.app.new_id("act_"),
            "type": kind,
            "processed_on": now_iso(),
            "amount": payment.amount if amount is None else amount,
            "approved": approved,
            "response_code": code,
            "response_summary": SUMMARIES.get(code, "Declined"),
        }
        if approved:
            action["auth_code"] = f"{secrets.randbelow(10**6):06d}"
        if reference := payment.body.get("reference"):
            action["reference"] = reference
        payment.actions.insert(0, action)  # latest first, as Checkout.com lists them
        return str(action["id"])

    def decide(self, payment: Payment, choice: str) -> None:
        """The cardholder answered the challenge page; the issuer's answer settles later."""
        with self.app.lock:
            payment.choice = choice
            payment.decided_at = self.app.clock.now()
        # Webhook-only merchants never poll: settle on a timer too (reads settle it as well).
        timer = threading.Timer(self.app.settings.settle_seconds + 0.01, self.settle, (payment, None))
        timer.daemon = True
        timer.start()

    def settle(self, payment: Payment, request: Request | None) -> None:
        """Move a waiting payment on if its time came: the issuer's answer ``settle_seconds`` after
        the cardholder's, or expiry 15 minutes after a challenge nobody answered."""
        app = self.app
        now = app.clock.now()
        with app.lock:
            if payment.final:
                return
            if payment.choice is None:
                if now - payment.created_at < CHALLENGE_TTL:
                    return
                payment.choice = "abandon"
            elif payment.decided_at is None or now < payment.decided_at + app.settings.settle_seconds:
                return
            three_ds = payment.three_ds if payment.three_ds is not None else {}
            if payment.choice == "approve":
                three_ds |= authenticated(challenged=True)
                self.authorize(payment, payment.card.scenario.code)
            elif payment.choice == "reject":
                three_ds |= {
                    "signature_valid": "Y",
                    "authentication_response": "N",
                    "authentication_status_reason": "01",
                    "version": "2.2.0",
                    "challenged": True,
                }
                payment.status = "Declined"
                self.record(payment, "Authorization", "20151", approved=False)
                payment.response_code = "20151"
            else:
                three_ds |= {"version": "2.2.0", "challenged": True}
                payment.status = "Expired"
                self.record(payment, "Authorization", "20152", approved=False)
                payment.response_code = "20152"
            payment.three_ds = three_ds
        self.notify(request, payment)

    # -- webhooks -----------------------------------------------------------------------------

    def notify(self, request: Request | None, payment: Payment) -> None:
        app = self.app
        url = app.settings.webhook_urls.get(app.name)
        with app.lock:
            if payment.notified or not payment.final or not url:
                return
            payment.notified = True
            event = payment_event(payment, request, app.new_id("evt_"))
        signed = self._signed(event)
        if signed is not None:
            stale = partial(self._signed_or_fail, pending_event(payment, app.new_id("evt_")))
            app.deliver(url, *signed, subject=payment.id, stale=stale)

    def _signed(self, event: dict[str, Any]) -> tuple[dict[str, str], bytes] | None:
        """``(headers, body)`` of a webhook, signed with ``Cko-Signature``; None for an event that
        does not fit the spec in strict mode (a sandbox bug, logged)."""
        problems = self.app.spec.validate("/components/schemas/WebhookEvent", event)
        if problems:
            log.error("sandbox checkout webhook does not fit the spec: %s", "; ".join(map(str, problems[:5])))
            if self.app.settings.strict:
                return None
        raw = json.dumps(event).encode()
        signature = hmac.new(CHECKOUT["webhook_signature_key"].encode(), raw, hashlib.sha256).hexdigest()
        return {"Content-Type": "application/json", "Cko-Signature": signature}, raw

    def _signed_or_fail(self, event: dict[str, Any]) -> tuple[dict[str, str], bytes]:
        signed = self._signed(event)
        if signed is None:
            raise AssertionError(f"sandbox bug: {event['type']} does not fit the spec")
        return signed
