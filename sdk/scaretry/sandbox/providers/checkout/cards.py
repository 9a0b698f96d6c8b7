"""Checkout.com's test cards as the sandbox plays them, and the cards it has seen.

Documented Checkout.com test cards where they exist (``documented=True``); the rest are our
choice and are listed in docs/providers/checkout.md. Any other valid card approves, as in
Checkout.com's sandbox. The sandbox never keeps a full card number or a CVV.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections.abc import Mapping
from typing import Any

import attrs

from scaretry.sandbox._cards import luhn_ok

__all__ = ["APPROVE", "SCENARIOS", "SUMMARIES", "Card", "CardScenario", "CardVault"]


@attrs.frozen
class CardScenario:
    """What the emulated issuer does with one card.

    ``code`` is the authorization's gateway response code once SCA is no obstacle; ``needs_sca``
    makes the issuer soft-decline 20154 when no 3DS was done (and refuse any exemption);
    ``challenge`` makes 3DS (integrated or a session) challenge the cardholder instead of passing
    frictionless; ``wants_challenge`` makes the issuer soft-decline 20154 after a frictionless 3DS
    too ("Manage SCA retries": frictionless 3DS payments may be declined with 20154), so only a
    challenge satisfies it.
    """

    name: str
    what: str
    code: str = "10000"
    needs_sca: bool = False
    challenge: bool = False
    wants_challenge: bool = False
    documented: bool = False


APPROVE = CardScenario("approve", "approved; 3DS (when asked for) is frictionless", documented=True)

#: Card number → scenario. Documented Checkout.com test cards where they exist; the rest are our
#: choice (``documented=False``) and are listed in docs/providers/checkout.md.
SCENARIOS: Mapping[str, CardScenario] = {
    "4242424242424242": APPROVE,
    "4485040371536584": CardScenario(
        "challenge",
        "approved without 3DS; with 3DS the issuer challenges (approve → Authorized, reject → Declined 20151, "
        "abandon → Expired 20152)",
        challenge=True,
    ),
    "4500622868341387": CardScenario(
        "sca_soft_decline",
        "soft decline 20154 without 3DS: upgraded to 3DS (202, upgrade_reason sca_retry) for a customer-initiated "
        "payment unless 3ds.allow_upgrade is false; a merchant-initiated one stays Declined 20154",
        needs_sca=True,
        challenge=True,
        documented=True,
    ),
    "4604638550407414": CardScenario(
        "sca_retry_after_frictionless",
        "3DS (integrated or a session) is frictionless, then the issuer soft-declines 20154: upgraded to a 3DS "
        "challenge (202, upgrade_reason sca_retry) unless allow_upgrade is false; without 3DS as 4500622868341387",
        needs_sca=True,
        wants_challenge=True,
        documented=True,
    ),
    "5368763493455610": CardScenario(
        "sca_retry_after_frictionless_mc",
        "as 4604638550407414 (the SCA-retries page's second Hosted Sessions card)",
        needs_sca=True,
        wants_challenge=True,
        documented=True,
    ),
    "4544249167673670": CardScenario(
        "hard_decline", "Declined 20051 Insufficient Funds", code="20051", documented=True
    ),
    "4897453568485113": CardScenario("fraud_decline", "Declined 20059 Suspected fraud", code="20059", documented=True),
    "4095254802642505": CardScenario(
        "issuer_timeout", "Declined 20068 (issuer timeout; a later retry may pass)", code="20068", documented=True
    ),
}

#: Gateway response code → response_summary.
SUMMARIES = {
    "10000": "Approved",
    "20051": "Insufficient Funds",
    "20059": "Suspected Fraud",
    "20068": "Response Received Too Late / Timeout",
    "20151": "Cardholder failed 3DS authentication",
    "20152": "Initial 3DS transaction not completed within 15 minutes",
    "20154": "3DS authentication required",
}


def _scheme(number: str) -> tuple[str, str]:
    """(payment scheme as in payments, Sessions API scheme) from the card number."""
    if number.startswith(("34", "37")):
        return "Amex", "amex"
    if number[:1] in ("2", "5"):
        return "Mastercard", "mastercard"
    return "Visa", "visa"


@attrs.define
class Card:
    """What the sandbox keeps of a card: never the full number or the CVV."""

    scenario: CardScenario
    scheme: str
    session_scheme: str
    bin: str
    last4: str
    fingerprint: str
    expiry_month: int
    expiry_year: int


class CardVault:
    """The cards behind payment sources: a card in the request, or a ``src_`` id of an earlier payment."""

    def __init__(self) -> None:
        # Card fingerprints are keyed per sandbox run: a fixed key would let anyone holding a
        # cassette brute-force the card number back from its fingerprint.
        self._fingerprint_key = secrets.token_bytes(32)
        self._sources: dict[str, Card] = {}  # src_ id → the card it stands for
        self._lock = threading.Lock()

    def card(self, source: Mapping[str, Any]) -> Card | str:
        """The card a ``source`` stands for, or the ``*_invalid`` error code that refuses it."""
        kind = source.get("type")
        if kind == "card":
            number = str(source["number"])
            if not number.isdigit() or not 12 <= len(number) <= 19 or not luhn_ok(number):
                return "card_number_invalid"
            scheme, session_scheme = _scheme(number)
            return Card(
                scenario=SCENARIOS.get(number, APPROVE),
                scheme=scheme,
                session_scheme=session_scheme,
                bin=number[:6],
                last4=number[-4:],
                fingerprint=hmac.new(self._fingerprint_key, number.encode(), hashlib.sha256).hexdigest().upper(),
                expiry_month=int(source["expiry_month"]),
                expiry_year=int(source["expiry_year"]),
            )
        if kind == "id":
            with self._lock:
                card = self._sources.get(str(source["id"]))
            return "source_id_invalid" if card is None else card
        # A token stands for a card the sandbox never saw: it approves, like 4242424242424242.
        return Card(APPROVE, "Visa", "visa", "424242", "4242", "F31828E2BDABAE63EB694903825CDD36", 12, 2030)

    def remember(self, source_id: str, card: Card) -> None:
        with self._lock:
            self._sources[source_id] = card
