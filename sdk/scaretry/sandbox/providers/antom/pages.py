"""The sandbox's own Antom pages (no part of Antom's API), under ``/antom/_pages``: the issuer's
challenge page (``normalUrl``) and its 3DS2 ACS entry (the ``redirectActionForm`` POST), the hosted
Checkout Page of a session, ``GET public-key`` (the sandbox's "Antom public key", PEM) and
``PUT clients/{clientId}`` (register a merchant public key, PEM body)."""

from __future__ import annotations

import base64
import secrets
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from cryptography.hazmat.primitives import serialization
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from scaretry.sandbox._bodies import parse_json
from scaretry.sandbox._pages import CHOICES, challenge_page, message_page
from scaretry.sandbox._provider import json_response
from scaretry.sandbox.providers.antom.signing import public_key
from scaretry.sandbox.providers.antom.views import Payment

if TYPE_CHECKING:
    from scaretry.sandbox.providers.antom.app import App

__all__ = ["Pages"]

_NOT_WAITING = ("Not found", "No payment is waiting for authentication here.", 404)
_FINISHED = ("Authentication finished", "This payment is no longer waiting for you.")


async def _form(request: Request) -> dict[str, str]:
    return dict(parse_qsl((await request.body()).decode("utf-8", "replace")))


def _unpadded_b64(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


class Pages:
    def __init__(self, app: App) -> None:
        self.app = app

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/public-key", self.public_key, methods=["GET"]),
            Route("/clients/{client_id}", self.register_client, methods=["PUT"]),
            Route("/challenge/{payment_id}", self.challenge, methods=["GET", "POST"]),
            Route("/acs", self.acs, methods=["POST"]),
            Route("/checkout/{session_id}", self.checkout_page, methods=["GET", "POST"]),
        ]

    async def public_key(self, request: Request) -> Response:
        pem = self.app.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return PlainTextResponse(pem.decode(), media_type="application/x-pem-file")

    async def register_client(self, request: Request) -> Response:
        client_id = request.path_params["client_id"]
        raw = await request.body()
        try:
            text = raw.decode()
            if text.lstrip().startswith("{"):
                text = str(parse_json(text)["publicKey"])
            key = public_key(text)
        except (ValueError, KeyError, TypeError):
            return json_response(400, {"error": 'body must be an RSA public key in PEM (or {"publicKey": PEM})'})
        if not client_id or len(client_id) > 64:
            return json_response(400, {"error": "client id must be 1-64 characters"})
        with self.app.lock:
            self.app.clients[client_id] = key
        return json_response(200, {"clientId": client_id, "keyVersion": "1", "registered": True})

    async def challenge(self, request: Request) -> Response:
        app = self.app
        payment_id = request.path_params["payment_id"]
        form = await _form(request) if request.method == "POST" else {}
        token = form.get("token") or request.query_params.get("token", "")
        with app.lock:
            payment = app.payments.payments.get(payment_id)
            if payment is None or payment.action is None or not secrets.compare_digest(payment.token, token):
                return message_page(*_NOT_WAITING)
            app.payments.advance(payment)
            if payment.final or payment.choice is not None:
                return message_page(*_FINISHED)
            if request.method == "GET":
                return self._challenge_form(payment)
            choice = form.get("choice", "")
            if choice not in CHOICES:
                return message_page("Bad request", "Choose approve, reject or abandon.", 400)
            app.payments.decide(payment, choice)
            if choice == "abandon":
                return message_page("Window closed", "You closed the authentication window.")
            assert payment.redirect_url is not None  # pay refuses a challenge without one
            return RedirectResponse(payment.redirect_url, status_code=303)

    def _challenge_form(self, payment: Payment) -> Response:
        amount = f"{payment.amount['currency']} {payment.amount['value']} (minor units)"
        return challenge_page(
            title="Antom 3D Secure (sandbox issuer)",
            action=f"/{self.app.name}/_pages/challenge/{payment.payment_id}",
            fields={"token": payment.token},
            details=f"Card ending {payment.card.last4}, {amount}. Enter the code sent to your phone.",
        )

    async def acs(self, request: Request) -> Response:
        app = self.app
        form = await _form(request)
        try:
            creq = parse_json(_unpadded_b64(form["creq"]))
            payment_id = _unpadded_b64(form["threeDSSessionData"]).decode()
            token = str(creq["token"])
        except (KeyError, ValueError, TypeError):
            return message_page("Bad request", "The ACS needs creq and threeDSSessionData.", 400)
        with app.lock:
            payment = app.payments.payments.get(payment_id)
            if payment is None or payment.action != "form" or not secrets.compare_digest(payment.token, token):
                return message_page(*_NOT_WAITING)
            app.payments.advance(payment)
            if payment.final or payment.choice is not None:
                return message_page(*_FINISHED)
            return self._challenge_form(payment)

    async def checkout_page(self, request: Request) -> Response:
        """The hosted Checkout Page of a CHECKOUT_PAYMENT session: "approve" pays (authenticated by
        3DS, SUCCESS after settling), "reject" fails the card verification, "abandon" leaves without
        paying. Either of the first two sends the buyer back to paymentRedirectUrl."""
        app = self.app
        session_id = request.path_params["session_id"]
        with app.lock:
            session = app.sessions.sessions.get(session_id)
            if session is None:
                return message_page("Not found", "No such payment session.", 404)
            if session.paid:
                return message_page("Paid", "This payment session has been used.")
            if request.method == "GET":
                return challenge_page(
                    title="Antom Checkout Page (sandbox)",
                    action=f"/{app.name}/_pages/checkout/{session_id}",
                    fields={},
                    details=f"Pay {session.amount['currency']} {session.amount['value']} (minor units) by card.",
                )
        choice = (await _form(request)).get("choice", "")
        if choice not in CHOICES:
            return message_page("Bad request", "Choose approve, reject or abandon.", 400)
        if choice == "abandon":
            return message_page("Window closed", "You left the Checkout Page.")
        with app.lock:
            if session.paid:
                return message_page("Paid", "This payment session has been used.")
            app.sessions.pay(session, choice)
        return RedirectResponse(session.redirect_url, status_code=303)
