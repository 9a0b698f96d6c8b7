"""What Checkout.com's Sessions API answers carry: a session's state (:class:`Session`), its body for
"Request a session" (201/202) and "Get session details", its links, and the result a non-hosted
session POSTs to its ``callback_url`` once completed ("Sessions › Complete a session")."""

from __future__ import annotations

import base64
import hashlib
import uuid
from typing import Any

import attrs
from starlette.requests import Request

from scaretry.sandbox.providers.checkout.cards import Card
from scaretry.sandbox.providers.checkout.responses import api_link, page_link

__all__ = ["FINAL", "Session", "accepted_body", "callback_body", "links", "payment_three_ds", "session_body"]

FINAL = ("approved", "attempted", "declined", "rejected", "unavailable", "challenge_abandoned", "expired")
_PLAIN_PREFERENCES = (
    None,
    "no_preference",
    "no_challenge_requested",
    "challenge_requested",
    "challenge_requested_mandate",
)


@attrs.define
class Session:
    id: str
    secret: str
    transaction_id: str
    card: Card
    body: dict[str, Any]
    created_at: float
    status: str = "pending"
    next_actions: list[str] = attrs.Factory(list)
    challenged: bool | None = None
    response_code: str | None = None
    status_reason: str | None = None
    response_status_reason: str | None = None
    choice: str | None = None
    decided_at: float | None = None
    completed: bool = False
    authentication_date: str | None = None
    channel_data: dict[str, Any] | None = None
    three_ds_method_completion: str | None = None

    @property
    def hosted(self) -> bool:
        return bool(self.body["completion"].get("type") == "hosted")

    @property
    def final(self) -> bool:
        return self.status in FINAL


def payment_three_ds(session: Session) -> dict[str, Any]:
    """The ``3ds`` block of a payment made with this session's authentication."""
    return {
        "authentication_response": session.response_code or "Y",
        "version": "2.2.0",
        "challenged": bool(session.challenged),
        "eci": "05",
        "authentication_id": session.id,
    }


def links(request: Request, session: Session) -> dict[str, Any]:
    links: dict[str, Any] = {"self": api_link(request, f"/sessions/{session.id}")}
    completion = session.body["completion"]
    actions = session.next_actions
    if "redirect_cardholder" in actions:
        links["redirect_url"] = page_link(request, f"/sessions/{session.id}")
    if "collect_channel_data" in actions:
        links["collect_channel_data"] = api_link(request, f"/sessions/{session.id}/collect-data")
    if "issuer_fingerprint" in actions:
        links["issuer_fingerprint"] = api_link(request, f"/sessions/{session.id}/issuer-fingerprint")
        links["three_ds_method_url"] = page_link(request, f"/sessions/{session.id}/method")
    if "challenge_cardholder" in actions:
        links["acs_url"] = page_link(request, f"/sessions/{session.id}")
    if "complete" in actions:
        links["complete"] = api_link(request, f"/sessions/{session.id}/complete")
    for name in ("success_url", "failure_url", "callback_url"):
        if completion.get(name):
            links[name] = {"href": completion[name]}
    return links


def _common(request: Request, session: Session) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": session.id,
        "transaction_id": session.transaction_id,
        "scheme": session.body["source"].get("scheme", session.card.session_scheme),
        "amount": int(session.body.get("amount", 0)),
        "currency": session.body["currency"],
        "authentication_type": session.body.get("authentication_type", "regular"),
        "authentication_category": session.body.get(
            "authentication_category", "payment" if "amount" in session.body else "non_payment"
        ),
        "status": session.status,
        "protocol_version": "2.2.0",
        "next_actions": list(session.next_actions),
        "_links": links(request, session),
    }
    for name in ("reference", "challenge_indicator"):
        if name in session.body:
            body[name] = session.body[name]
    if session.status_reason:
        body["status_reason"] = session.status_reason
    if session.authentication_date:
        body["authentication_date"] = session.authentication_date
    return body


def accepted_body(request: Request, session: Session) -> dict[str, Any]:
    body = _common(request, session) | {"session_secret": session.secret}
    if body.get("challenge_indicator") not in _PLAIN_PREFERENCES:
        del body["challenge_indicator"]  # the 202 lists only the plain preferences
    return body


def session_body(request: Request, session: Session, *, with_secret: bool, oauth: bool) -> dict[str, Any]:
    body = _common(request, session)
    body.pop("challenge_indicator", None)
    body["completed"] = session.completed
    body["transaction_type"] = session.body.get("transaction_type", "goods_service")
    if with_secret:
        body["session_secret"] = session.secret
    if session.response_code:
        body["response_code"] = session.response_code
    if session.response_status_reason:
        body["response_status_reason"] = session.response_status_reason
    if session.challenged is not None:
        body["challenged"] = session.challenged
        body["flow_type"] = "challenged" if session.challenged else "frictionless"
    if session.final:
        body["approved"] = session.status in ("approved", "attempted")
    if session.status != "pending":
        body["acs"] = {
            "reference_number": "SCARETRYACS0001",
            "transaction_id": str(uuid.uuid5(uuid.NAMESPACE_URL, session.id)),
            "operator_id": "SCARETRYACS0001",
            "challenge_mandated": session.card.scenario.challenge,
        }
        if session.status == "challenged":
            body["acs"]["url"] = page_link(request, f"/sessions/{session.id}")["href"]
            body["acs"]["interface"] = "html"
    if session.status in ("approved", "attempted") and oauth:
        # Only OAuth (here: secret key) callers see the authentication value, never sek_ callers.
        body["cryptogram"] = base64.b64encode(hashlib.sha256(session.id.encode()).digest()[:20]).decode()
        body["eci"] = "05"
    body["card"] = {"instrument_id": "src_" + session.id[4:], "fingerprint": session.card.fingerprint[:26].lower()}
    return body


def callback_body(session: Session) -> dict[str, Any]:
    """What Checkout.com POSTs to a non-hosted session's ``callback_url`` once it is completed
    ("Sessions › Complete a session": the authentication's result)."""
    body: dict[str, Any] = {
        "session_id": session.id,
        "amount": int(session.body.get("amount", 0)),
        "currency": session.body["currency"],
        "status": session.status,
        "authentication_type": session.body.get("authentication_type", "regular"),
        "authentication_category": session.body.get("authentication_category", "payment"),
        "approved": session.status in ("approved", "attempted"),
        "protocol_version": "2.2.0",
        "challenged": bool(session.challenged),
    }
    if reference := session.body.get("reference"):
        body["reference"] = reference
    if session.response_code:
        body["response_code"] = session.response_code
    if body["approved"]:
        body["eci"] = "05"
    return body
