"""The issuer's ACS behind a Payments AI ``approvalLink``, under ``/paymentsai/_pages`` (no part of
Payments AI's API). After the page the browser is sent to ``redirectUrl`` with ``{id}`` and
``{result}`` filled in (the 3DS2 guide, step 5): ``approved``, ``declined``, ``abandoned``, or
``unknown`` while the issuer is still authorising."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from scaretry.sandbox._pages import CHOICES, challenge_page, message_page

if TYPE_CHECKING:
    from scaretry.sandbox._provider import ProviderApp
    from scaretry.sandbox.providers.paymentsai.transactions import Transactions

__all__ = ["Pages"]


def _filled(redirect: str, txn_id: str, result: str) -> str:
    """``redirectUrl`` with its ``{id}`` and ``{result}`` placeholders (plain or percent-encoded) filled."""
    target = redirect
    for placeholder, value in (("{id}", txn_id), ("{result}", result)):
        target = target.replace(placeholder, value).replace(placeholder.replace("{", "%7B").replace("}", "%7D"), value)
    return target


class Pages:
    def __init__(self, app: ProviderApp, transactions: Transactions) -> None:
        self.app = app
        self.transactions = transactions

    def routes(self) -> list[BaseRoute]:
        return [Route("/3ds/{transaction_id}", self.challenge, methods=["GET", "POST"])]

    async def challenge(self, request: Request) -> Response:
        app = self.app
        txn_id = request.path_params["transaction_id"]
        choice = None
        if request.method == "POST":
            form = dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
            choice = form.get("choice")
            if choice not in CHOICES:
                return message_page("Bad request", "choose approve, reject or abandon", status=400)
        with app.lock:
            txn = self.transactions.transactions.get(txn_id)
            if txn is None:
                return message_page("Not found", "no such authentication", status=404)
            self.transactions.advance(txn)
            if txn.final or txn.choice is not None:
                return message_page("Authentication finished", "this authentication is no longer open")
            if choice is None:
                txn.status = "offsite"  # the customer is on the bank's page
                return challenge_page(
                    title="Payments AI sandbox: 3-D Secure",
                    action=str(request.url),
                    fields={"transaction": txn.id},
                    details=f"Confirm the payment of {txn.amount} {txn.currency}.",
                )
            self.transactions.decide(txn, choice)
            result = txn.result  # the guide's step 5: the outcome known when the browser is sent back
            redirect = txn.redirect_url
        if redirect is None:
            return message_page("Authentication finished", f"result: {result}; you may close this window")
        return RedirectResponse(_filled(redirect, txn_id, result), status_code=303)
