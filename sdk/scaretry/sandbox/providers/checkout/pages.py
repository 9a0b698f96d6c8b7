"""The pages a Checkout.com cardholder's browser sees in the sandbox: a payment's 3DS page
(``_links.redirect``), a session's hosted page or ACS challenge, and the issuer's 3DS Method URL.

They are the sandbox's own (no part of Checkout.com's API) and are served under
``/checkout/_pages``. After the challenge the browser goes back the way Checkout.com sends it:
303 to ``success_url``/``failure_url`` with ``cko-session-id``, or an auto-POST to the session's
``challenge_notification_url``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from scaretry.sandbox._pages import CHOICES, auto_post, challenge_page, message_page

if TYPE_CHECKING:
    from scaretry.sandbox._provider import ProviderApp
    from scaretry.sandbox.providers.checkout.payments import Payments
    from scaretry.sandbox.providers.checkout.sessions import Sessions

__all__ = ["Pages"]

_TITLE = "Checkout.com sandbox: 3-D Secure"


def _form(raw: bytes) -> dict[str, str]:
    return dict(parse_qsl(raw.decode("utf-8", "replace")))


def _with_query(url: str, params: Mapping[str, str]) -> str:
    parts = urlsplit(url)
    query = "&".join(filter(None, (parts.query, urlencode(params))))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _challenge(action: str, details: str) -> Response:
    return challenge_page(
        title=_TITLE, action=action, fields={}, details=f"{details} Enter the code your bank sent you."
    )


async def _decided(request: Request, decide: Callable[[str], None]) -> str | Response:
    """The cardholder's answer posted from the challenge page, once ``decide`` took it; a bad answer,
    or a closed window, is answered with the page that says so."""
    choice = _form(await request.body()).get("choice", "")
    if choice not in CHOICES:
        return message_page("Bad request", "choice must be approve, reject or abandon", 400)
    decide(choice)
    if choice == "abandon":
        return message_page("Window closed", "The customer closed the 3-D Secure window.")
    return choice


class Pages:
    def __init__(self, app: ProviderApp, payments: Payments, sessions: Sessions) -> None:
        self.app = app
        self.payments = payments
        self.sessions = sessions

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/3ds/{id}", self.payment_challenge, methods=["GET", "POST"]),
            Route("/sessions/{id}", self.session_challenge, methods=["GET", "POST"]),
            Route("/sessions/{id}/method", self.session_method, methods=["GET", "POST"]),
        ]

    async def payment_challenge(self, request: Request) -> Response:
        app = self.app
        payment = self.payments.find(request.path_params["id"])
        if payment is None:
            return message_page("Unknown payment", "This 3-D Secure link is not valid.", 404)
        with app.lock:
            waiting = payment.status == "Pending" and payment.choice is None
        if not waiting:
            return message_page("Already completed", "This 3-D Secure authentication is over.", 409)
        if request.method == "GET":
            amount = f"{payment.amount} {payment.currency} (minor units)"
            reason = " (upgraded: the issuer asked for SCA)" if payment.upgraded else ""
            details = f"Card •••• {payment.card.last4}, {amount}{reason}."
            return _challenge(f"/{app.name}/_pages/3ds/{payment.id}", details)
        choice = await _decided(request, partial(self.payments.decide, payment))
        if isinstance(choice, Response):
            return choice
        target = payment.body.get("success_url" if choice == "approve" else "failure_url")
        if not target:
            return message_page("Authentication finished", "No return URL was given with the payment.")
        return RedirectResponse(_with_query(target, {"cko-session-id": payment.session_id or ""}), status_code=303)

    async def session_challenge(self, request: Request) -> Response:
        app = self.app
        session = self.sessions.find(request.path_params["id"])
        if session is None:
            return message_page("Unknown session", "This 3-D Secure link is not valid.", 404)
        completion = session.body["completion"]
        with app.lock:
            waiting = session.status in ("pending", "challenged") and session.choice is None
            hosted_frictionless = session.hosted and not session.card.scenario.challenge
        if not waiting or ("redirect_cardholder" not in session.next_actions and session.status != "challenged"):
            return message_page("Already completed", "This 3-D Secure authentication is over.", 409)
        if request.method == "GET" and hosted_frictionless:
            with app.lock:
                self.sessions.authenticate(session)
                session.next_actions = []
            return RedirectResponse(_with_query(completion["success_url"], {"cko-session-id": session.id}), 303)
        if request.method == "GET":
            return _challenge(f"/{app.name}/_pages/sessions/{session.id}", f"Card •••• {session.card.last4}.")
        choice = await _decided(request, partial(self.sessions.decide, session))
        if isinstance(choice, Response):
            return choice
        if session.hosted:
            target = completion["success_url" if choice == "approve" else "failure_url"]
            return RedirectResponse(_with_query(target, {"cko-session-id": session.id}), status_code=303)
        if notify := completion.get("challenge_notification_url"):
            return auto_post(action=notify, fields={"cko-session-id": session.id})
        return message_page("Authentication finished", "You can return to the merchant.")

    async def session_method(self, request: Request) -> Response:
        """The issuer's 3DS Method URL: loaded in a hidden iframe; nothing to press."""
        return message_page("3DS Method", "Device fingerprint collected.")
