"""Checkout.com's standalone Sessions API ("Authenticate with 3DS"): ``POST /sessions``, the
session's client-side steps (collect data, issuer fingerprint, complete) and its life.

A hosted session sends the cardholder to ``_links.redirect_url``; a non-hosted one goes through
``collect_channel_data`` → ``issuer_fingerprint`` (browser channel) → a frictionless result or
``challenge_cardholder``. A challenge result settles ``settings.settle_seconds`` after the
cardholder's answer; a session left alone expires after 15 minutes.
"""

from __future__ import annotations

import base64
import logging
import secrets
import threading
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from starlette.responses import Response

from scaretry.sandbox._provider import Context, ProviderApp
from scaretry.sandbox.providers.checkout.account import CHALLENGE_TTL, CHANNELS
from scaretry.sandbox.providers.checkout.cards import CardVault
from scaretry.sandbox.providers.checkout.responses import empty, json_answer, now_iso, sessions_error
from scaretry.sandbox.providers.checkout.session_views import (
    Session,
    accepted_body,
    callback_body,
    session_body,
)

__all__ = ["Session", "Sessions"]

log = logging.getLogger("scaretry.sandbox")


def _wrong_state() -> Response:
    # "Sessions › Errors": operation_not_allowed comes with 403 (the official SDK's tests expect it).
    return sessions_error(403, "operation_not_allowed", "update_not_allowed_due_to_state")


class Sessions:
    """The sessions the sandbox holds, and the handlers of the Sessions API."""

    def __init__(self, app: ProviderApp, vault: CardVault) -> None:
        self.app = app
        self.vault = vault
        self.sessions: dict[str, Session] = {}

    def find(self, sid: str) -> Session | None:
        with self.app.lock:
            return self.sessions.get(sid)

    # -- handlers -----------------------------------------------------------------------------

    def request(self, context: Context) -> Response:
        body: dict[str, Any] = context.body
        if "processing_channel_id" in body and body["processing_channel_id"] not in CHANNELS:
            return sessions_error(422, "unprocessable_entity", "processing_channel_id_invalid")
        card = self.vault.card(body["source"])
        if isinstance(card, str):
            return sessions_error(422, "unprocessable_entity", "source_invalid")
        session = Session(
            id=self.app.new_id("sid_"),
            secret="sek_" + base64.b64encode(secrets.token_bytes(33)).decode(),
            transaction_id=str(uuid.uuid4()),
            card=card,
            body=body,
            created_at=self.app.clock.now(),
        )
        if session.hosted:
            session.next_actions = ["redirect_cardholder"]
        elif "channel_data" not in body:
            session.next_actions = ["collect_channel_data"]
        else:
            self._channel_data(session, body["channel_data"])
        with self.app.lock:
            self.sessions[session.id] = session
        if session.final:
            return json_answer(201, session_body(context.request, session, with_secret=True, oauth=True))
        return json_answer(202, accepted_body(context.request, session))

    def get(self, context: Context) -> Response:
        session = self._session_or_404(context)
        if isinstance(session, Response):
            return session
        return self._answer(context, session)

    def collect_data(self, context: Context) -> Response:
        def keep(session: Session) -> None:
            session.channel_data = dict(context.body)

        return self._step(context, "collect_channel_data", keep, lambda s: self._channel_data(s, context.body))

    def issuer_fingerprint(self, context: Context) -> Response:
        def keep(session: Session) -> None:
            session.three_ds_method_completion = context.body.get("three_ds_method_completion")

        return self._step(context, "issuer_fingerprint", keep, self.authenticate)

    def _step(
        self, context: Context, step: str, keep: Callable[[Session], None], run: Callable[[Session], None]
    ) -> Response:
        """A client-side step: ``run`` it when it is the session's next action; what a hosted
        session still before its page is sent is only kept (``keep``); any other state is refused."""
        session = self._session_or_404(context)
        if isinstance(session, Response):
            return session
        with self.app.lock:
            if self._hosted_pending(session):
                keep(session)  # the hosted page still runs
            elif step in session.next_actions:
                run(session)
            else:
                return _wrong_state()
        return self._answer(context, session)

    @staticmethod
    def _hosted_pending(session: Session) -> bool:
        """A hosted session whose cardholder has not reached the page yet takes updates (the
        official SDK's update tests do this); what it is sent is kept, the page still runs."""
        return session.hosted and session.status == "pending" and "redirect_cardholder" in session.next_actions

    def complete(self, context: Context) -> Response:
        session = self._session_or_404(context)
        if isinstance(session, Response):
            return session
        with self.app.lock:
            if not session.final or session.hosted:
                return sessions_error(403, "operation_not_allowed", "update_not_allowed_due_to_state")
            session.completed = True
            session.next_actions = []
            result = callback_body(session)
        self._call_back(session.body["completion"]["callback_url"], result)
        return empty(204)

    def _call_back(self, url: str, result: dict[str, Any]) -> None:
        """POST ``result`` to the merchant's ``callback_url``, once, from a thread of its own (the
        documents promise no retries for it)."""

        def post() -> None:
            try:
                httpx.post(url, json=result, timeout=5)
            except httpx.HTTPError as exc:  # the merchant's endpoint is down: logged, not retried
                log.warning("sandbox checkout: session callback to %s failed: %s", url, type(exc).__name__)

        threading.Thread(target=post, name="sandbox-checkout-callback", daemon=True).start()

    def _session_or_404(self, context: Context) -> Session | Response:
        session = self.find(context.path_params["id"])
        if session is None:
            return sessions_error(404, "not_found", "session_not_found")
        self.settle(session)
        return session

    def _answer(self, context: Context, session: Session) -> Response:
        # Callers with the secret key or an OAuth token see the session secret, the cryptogram and
        # the ECI; a caller holding only the session secret sees neither.
        oauth = not getattr(context.request.state, "session_secret", False)
        with self.app.lock:
            return json_answer(200, session_body(context.request, session, with_secret=oauth, oauth=oauth))

    # -- the session's life -------------------------------------------------------------------

    def _channel_data(self, session: Session, channel: Mapping[str, Any]) -> None:
        if channel.get("channel") == "browser" and "three_ds_method_completion" not in channel:
            session.next_actions = ["issuer_fingerprint"]  # the issuer's 3DS Method must run first
            return
        self.authenticate(session)

    def authenticate(self, session: Session) -> None:
        """The ACS's answer to the authentication request: a challenge, or frictionless approval."""
        if session.card.scenario.challenge:
            session.status = "challenged"
            session.response_code = "C"
            session.next_actions = ["challenge_cardholder"]
        else:
            session.status = "approved"
            session.response_code = "Y"
            session.challenged = False
            session.next_actions = ["complete"]
            session.authentication_date = now_iso()

    def decide(self, session: Session, choice: str) -> None:
        """The cardholder answered the challenge page; the ACS's result settles later."""
        with self.app.lock:
            session.choice = choice
            session.decided_at = self.app.clock.now()
            session.status = "processing"
            session.next_actions = []

    def settle(self, session: Session) -> None:
        now = self.app.clock.now()
        with self.app.lock:
            if session.final or session.choice is None or session.decided_at is None:
                if not session.final and now - session.created_at >= CHALLENGE_TTL:
                    session.status = "expired"
                    session.next_actions = []
                return
            if now < session.decided_at + self.app.settings.settle_seconds:
                return
            session.challenged = True
            session.authentication_date = now_iso()
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
