"""The issuer's pages a PXP cardholder's browser sees, under ``/pxp/_pages`` (no part of PXP's
API): the 3DS Method URL (``threeDSecureFingerprintUrl``), which posts ``threeDSMethodData`` back
to the merchant's ``fingerprintCallbackUrl``, and the ACS challenge (``challengeUrl``), which takes
the ``creq`` and posts ``cres`` back to ``challengeCallbackUrl``."""

from __future__ import annotations

import threading
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from scaretry.sandbox._pages import CHOICES, auto_post, challenge_page, message_page
from scaretry.sandbox._provider import ProviderApp
from scaretry.sandbox.providers.pxp.authentications import Authentication, Authentications, b64, unb64

__all__ = ["Pages"]

_TITLE = "3-D Secure"


class Pages:
    def __init__(self, app: ProviderApp, authentications: Authentications) -> None:
        self.app = app
        self.authentications = authentications

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/3ds-method/{auth_id}", self.method_page, methods=["POST"]),
            Route("/acs/{auth_id}", self.challenge_page, methods=["POST"]),
            Route("/acs/{auth_id}/submit", self.challenge_submit, methods=["POST"]),
        ]

    async def _form(self, request: Request) -> tuple[Authentication | None, dict[str, str]]:
        # urlencoded forms only (what a browser posts here); python-multipart is not a dependency
        raw = await request.body()
        fields = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        with self.app.lock:
            auth = self.authentications.authentications.get(request.path_params["auth_id"])
        return auth, fields

    async def method_page(self, request: Request) -> Response:
        """The issuer's 3DS Method URL: collects the "fingerprint", then posts ``threeDSMethodData``
        (the 3DS Server transaction id, base64url) to the merchant's ``fingerprintCallbackUrl``."""
        auth, fields = await self._form(request)
        data = unb64(fields.get("threeDSMethodData", ""))
        if auth is None or data is None or data.get("threeDSServerTransID") != auth.id:
            return message_page("3DS Method", "Unknown or malformed threeDSMethodData.", status=400)
        back = b64({"threeDSServerTransID": auth.id})
        return auto_post(action=auth.fingerprint_callback, fields={"threeDSMethodData": back})

    async def challenge_page(self, request: Request) -> Response:
        """The ACS challenge: the browser POSTs ``creq``; the cardholder approves, rejects or leaves."""
        auth, fields = await self._form(request)
        if auth is None or auth.challenge_data is None or fields.get("creq") != auth.challenge_data:
            return message_page(_TITLE, "Unknown or expired challenge request.", status=400)
        if auth.choice is not None:
            return message_page(_TITLE, "This challenge was already completed.", status=409)
        return challenge_page(
            title="PXP sandbox issuer: verify your payment",
            action=f"{request.url.path}/submit",
            fields={"creq": fields["creq"]},
            details=f"Payment of {auth.amount} {auth.currency}. Enter the one-time code sent to your phone.",
        )

    async def challenge_submit(self, request: Request) -> Response:
        app = self.app
        auth, fields = await self._form(request)
        choice = fields.get("choice")
        if auth is None or choice not in CHOICES or fields.get("creq") != auth.challenge_data:
            return message_page(_TITLE, "Unknown or expired challenge.", status=400)
        with app.lock:
            if auth.choice is not None or auth.state != "PendingCustomerChallenge":
                return message_page(_TITLE, "This challenge was already completed.", status=409)
            auth.choice = choice
            auth.due = app.clock.now() + app.settings.settle_seconds
            callback = auth.challenge_callback or ""
        timer = threading.Timer(app.settings.settle_seconds + 0.01, self._settle_later, args=(auth.id,))
        timer.daemon = True
        timer.start()
        if choice == "abandon":
            return message_page(_TITLE, "You closed the authentication window.")
        status = "Y" if choice == "approve" else "N"
        cres = b64({"threeDSServerTransID": auth.id, "transStatus": status, "messageType": "CRes"})
        return auto_post(action=callback, fields={"cres": cres})

    def _settle_later(self, auth_id: str) -> None:
        """Settle on time even if nobody reads (so the challenge-completed webhook is sent)."""
        with self.app.lock:
            auth = self.authentications.authentications.get(auth_id)
            if auth is not None:
                self.authentications.settle(auth)
