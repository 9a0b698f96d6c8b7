"""The sandbox's own Antom pages (no part of Antom's API), under ``/antom/_pages``: the issuer's
challenge page (``normalUrl``) and its 3DS2 ACS entry (the ``redirectActionForm`` POST), Antom's
card page of the hosted card integration (``card/{paymentId}``), the page a payment session's
buyer pays on (``checkout/{sessionId}``: a CHECKOUT_PAYMENT session's ``normalUrl``, and the
stand-in for the Payment Element of an ELEMENT_PAYMENT session), ``GET public-key`` (the sandbox's
"Antom public key", PEM) and ``PUT clients/{clientId}`` (register a merchant public key, PEM body).

The card pages have a text field ``cardNo`` (prefilled with the frictionless test card; the
sandbox's test cards decide what happens) and the buttons approve (pay) and abandon. After the card
is entered, the decision table runs on the request's or the session's 3DS flags: a challenge or
an upgrade sends the buyer on to the challenge page, a result sends them back to the merchant.
"""

from __future__ import annotations

import base64
import html
import secrets
from urllib.parse import parse_qsl

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from scaretry.sandbox._bodies import parse_json
from scaretry.sandbox._pages import CHOICES, challenge_page, message_page
from scaretry.sandbox._provider import ProviderApp, json_response
from scaretry.sandbox.providers.antom.cards import TEST_CARDS, CardScenario
from scaretry.sandbox.providers.antom.payments import Payments
from scaretry.sandbox.providers.antom.sessions import Sessions
from scaretry.sandbox.providers.antom.signing import public_key
from scaretry.sandbox.providers.antom.views import Payment, challenge_url

__all__ = ["Pages"]

_NOT_WAITING = ("Not found", "No payment is waiting for authentication here.", 404)
_FINISHED = ("Authentication finished", "This payment is no longer waiting for you.")


async def _form(request: Request) -> dict[str, str]:
    return dict(parse_qsl((await request.body()).decode("utf-8", "replace")))


def _unpadded_b64(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


class Pages:
    def __init__(
        self,
        app: ProviderApp,
        key: rsa.RSAPrivateKey,
        clients: dict[str, rsa.RSAPublicKey],
        payments: Payments,
        sessions: Sessions,
    ) -> None:
        self.app = app
        self.key = key  # the sandbox's signing key, whose public half the merchant fetches here
        self.clients = clients  # client id → the merchant's registered public key (the app's)
        self.payments = payments
        self.sessions = sessions

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/public-key", self.public_key, methods=["GET"]),
            Route("/clients/{client_id}", self.register_client, methods=["PUT"]),
            Route("/challenge/{payment_id}", self.challenge, methods=["GET", "POST"]),
            Route("/acs", self.acs, methods=["POST"]),
            Route("/checkout/{session_id}", self.checkout_page, methods=["GET", "POST"]),
            Route("/card/{payment_id}", self.card_page, methods=["GET", "POST"]),
        ]

    async def public_key(self, request: Request) -> Response:
        pem = self.key.public_key().public_bytes(
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
            self.clients[client_id] = key
        return json_response(200, {"clientId": client_id, "keyVersion": "1", "registered": True})

    def _tokened(self, request: Request, form: dict[str, str]) -> Payment | None:
        """The payment this page is for, if the page's token is its own (call with the lock held;
        the payment is moved on to now)."""
        token = form.get("token") or request.query_params.get("token", "")
        payment = self.payments.payments.get(request.path_params["payment_id"])
        if payment is None or not secrets.compare_digest(payment.token, token):
            return None
        self.payments.advance(payment)
        return payment

    async def challenge(self, request: Request) -> Response:
        app = self.app
        form = await _form(request) if request.method == "POST" else {}
        with app.lock:
            payment = self._tokened(request, form)
            if payment is None or payment.action not in ("redirect", "form"):
                return message_page(*_NOT_WAITING)
            if payment.final or payment.choice is not None:
                return message_page(*_FINISHED)
            if request.method == "GET":
                return self._challenge_form(payment)
            choice = form.get("choice", "")
            if choice not in CHOICES:
                return message_page("Bad request", "Choose approve, reject or abandon.", 400)
            self.payments.decide(payment, choice)
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
            details=f"Card ending {payment.card.last4 if payment.card else '?'}, {amount}. "
            "Enter the code sent to your phone.",
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
            payment = self.payments.payments.get(payment_id)
            if payment is None or payment.action != "form" or not secrets.compare_digest(payment.token, token):
                return message_page(*_NOT_WAITING)
            self.payments.advance(payment)
            if payment.final or payment.choice is not None:
                return message_page(*_FINISHED)
            return self._challenge_form(payment)

    async def card_page(self, request: Request) -> Response:
        """Antom's card page of the hosted card integration: the buyer enters the card here."""
        app = self.app
        form = await _form(request) if request.method == "POST" else {}
        with app.lock:
            payment = self._tokened(request, form)
            if payment is None:
                return message_page(*_NOT_WAITING)
            if payment.action != "card":  # the card is in, or the payment has been closed since
                return message_page(*_FINISHED)
            action = f"/{app.name}/_pages/card/{payment.payment_id}"
            if request.method == "GET":
                return _card_entry(action, {"token": payment.token}, _amount(payment.amount))
            return self._entered(payment, form, action, {"token": payment.token})

    async def checkout_page(self, request: Request) -> Response:
        """The page a payment session's buyer pays on: the card is entered (a saved card is offered
        when the session names one), then the session's 3DS flags decide, as pay's would."""
        app = self.app
        session_id = request.path_params["session_id"]
        form = await _form(request) if request.method == "POST" else {}
        with app.lock:
            session = self.sessions.sessions.get(session_id)
            if session is None:
                return message_page("Not found", "No such payment session.", 404)
            if session.paid:
                return message_page("Paid", "This payment session has been used.")
            action = f"/{app.name}/_pages/checkout/{session_id}"
            saved = self.payments.tokens.get(session.card_token or "")
            if request.method == "GET":
                details = _amount(session.amount) + (f" Saved card ending {saved.last4}." if saved else "")
                return _card_entry(action, {}, details, number="" if saved else _DEFAULT_CARD)
            if form.get("choice") not in ("approve", "abandon"):
                return message_page("Bad request", "Choose approve or abandon.", 400)
            if form["choice"] == "abandon":
                return message_page("Window closed", "You left the payment page.")
            payment = self.sessions.start_payment(session)
            if saved is not None and not form.get("cardNo"):
                self.payments.use_card(payment, saved)
                return self._onwards(payment)
            # From here on the payment has its own card page (a refused card is asked for again there).
            return self._entered(
                payment, form, f"/{app.name}/_pages/card/{payment.payment_id}", {"token": payment.token}
            )

    def _entered(self, payment: Payment, form: dict[str, str], action: str, fields: dict[str, str]) -> Response:
        """The card form was posted (call with the lock held)."""
        choice = form.get("choice", "")
        if choice not in ("approve", "abandon"):
            return message_page("Bad request", "Choose approve or abandon.", 400)
        if choice == "abandon":
            return message_page("Window closed", "You left the card page.")
        refused = self.payments.enter_card(
            payment, form.get("cardNo", "").replace(" ", ""), form.get("expiryMonth", ""), form.get("expiryYear", "")
        )
        if refused is not None:
            return _card_entry(action, fields, f"The card was refused ({refused}); enter another.", status=422)
        return self._onwards(payment)

    def _onwards(self, payment: Payment) -> Response:
        """Where the buyer goes once the card is in: the challenge, or back to the merchant."""
        if payment.action == "redirect":
            return RedirectResponse(challenge_url(payment), status_code=303)
        assert payment.redirect_url is not None  # pay and createPaymentSession refuse a payment without one
        return RedirectResponse(payment.redirect_url, status_code=303)


_DEFAULT_CARD = next(number for number, card in TEST_CARDS.items() if card.scenario is CardScenario.FRICTIONLESS)


def _amount(amount: dict[str, str]) -> str:
    return f"Pay {amount['currency']} {amount['value']} (minor units) by card."


def _card_entry(
    action: str, fields: dict[str, str], details: str, *, number: str = _DEFAULT_CARD, status: int = 200
) -> Response:
    """A card form: the number (a text field), the expiry (hidden: the test cards ignore it), and
    the buttons approve (pay) and abandon."""
    hidden = {**fields, "expiryMonth": "12", "expiryYear": "30"}
    inputs = "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">' for k, v in hidden.items()
    )
    body = (
        "<!doctype html><html><head><title>Antom card payment (sandbox)</title></head><body>"
        f"<h1>Antom card payment (sandbox)</h1><p>{html.escape(details)}</p>"
        f'<form id="card" method="post" action="{html.escape(action)}">{inputs}'
        f'<label>Card number <input type="text" name="cardNo" value="{html.escape(number)}"></label> '
        '<button type="submit" name="choice" value="approve">Pay</button> '
        '<button type="submit" name="choice" value="abandon">Leave</button></form>'
        "<p><small>scaretry sandbox: no real card is charged.</small></p></body></html>"
    )
    return HTMLResponse(body, status_code=status)
