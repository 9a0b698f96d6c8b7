"""PXP test cards as the sandbox plays them, and the issuer's scheme response codes."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from scaretry.sandbox._cards import luhn_ok
from scaretry.sandbox.providers.pxp.responses import PXPError, detail

__all__ = [
    "CARDS",
    "DEFAULT_CARD",
    "EXEMPTION_LIMITS",
    "RESPONSE_CODES",
    "STATE_DATA",
    "STATE_REASONS",
    "CardScenario",
    "applicable_exemptions",
    "card_key",
]

#: The sandbox's exemption thresholds, in major units of any currency (PXP configures them per
#: merchant group; these are ours): low value up to 30 (PSD2 RTS article 16, EUR 30), transaction
#: risk analysis up to 500 (article 18's highest band).
EXEMPTION_LIMITS: Mapping[str, Decimal] = {"LVP": Decimal(30), "TRA": Decimal(500)}

#: Scheme response code → (transaction state, message).
RESPONSE_CODES: Mapping[str, tuple[str, str]] = {
    "00": ("Authorised", "Approved"),
    "1A": ("Refused", "Additional customer authentication required"),
    "65": ("Refused", "Exceeds withdrawal count limit (SCA required)"),
    "05": ("Refused", "Do not honour"),
    "51": ("Refused", "Insufficient funds"),
    "59": ("Refused", "Suspected fraud"),
    "91": ("Error", "Issuer or switch inoperative"),
}

#: Scheme response code → the transaction's ``stateData``: PXP's "Get transaction details" lists
#: ``CRD…`` codes (CRD000 "Approved"); the others are the ISO 8583:1993 action code of the same number
#: (our reading). A code with no listed counterpart (1A, 65, 91) gets none.
STATE_DATA: Mapping[str, dict[str, str]] = {
    "00": {"code": "CRD000", "message": "Approved"},
    "05": {"code": "CRD100", "message": "Do not honour"},
    "51": {"code": "CRD116", "message": "Not sufficient funds"},
    "59": {"code": "CRD102", "message": "Suspected fraud"},
}

#: stateData codes the sandbox sends (the 3DS states guide's table, abridged).
STATE_REASONS: Mapping[str, str] = {
    "01": "Card authentication failed.",
    "11": "Suspected fraud.",
    "13": "Cardholder not enrolled in service.",
    "14": "Transaction timed out at the ACS.",
    "22": "ACS technical issue.",
    "26": "Authentication attempted but not performed by the Cardholder.",
}


@attrs.frozen
class CardScenario:
    """What the sandbox's issuer does with one card.

    ``plain``: the scheme response code of a transaction without 3DS; ``with_3ds``: of one that
    carries a successful authentication. ``fingerprint``: the issuer has a 3DS Method.
    ``authentication``: the ACS's answer to browser authentication — ``frictionless``,
    ``challenge``, ``failed:<code>``, ``rejected:<code>``, ``error:<code>``, or ``not_enrolled``
    (decided already at pre-initiate). ``first_failure``: the first authentication after a refused
    attempt without 3DS fails with this stateData code, the next one follows ``authentication``.
    ``exemption``: the issuer accepts a PSD2 exemption PXP found applicable (``scaExemption``) in
    place of authentication; otherwise it soft-declines it like a transaction without 3DS.
    ``first_challenge_failure``: the first authentication after a refused attempt without 3DS ends
    its challenge ``AuthenticationFailed`` with this stateData code whatever the cardholder does;
    the next one follows their choice.
    """

    title: str
    plain: str = "00"
    with_3ds: str = "00"
    fingerprint: bool = False
    authentication: str = "frictionless"
    first_failure: str | None = None
    scheme: str = "Visa"
    exemption: bool = False
    first_challenge_failure: str | None = None


#: Test cards, card number → scenario. The first five are PXP's own (the Unity docs' example card and
#: the legacy developer.pxp-solutions.com 3DS test scripts); the ``40000000000000xx`` rows are ours,
#: with the scheme or stateData code in the digits before the check digit. Any other card number
#: (and any gateway or scheme token) behaves like 4111111111111111.
CARDS: Mapping[str, CardScenario] = {
    "4111111111111111": CardScenario(
        "Frictionless: approved without 3DS; with 3DS, 3DS Method then frictionless", fingerprint=True
    ),
    "4012002436599751": CardScenario(
        "SCA required (1A) without 3DS; 3DS Method then frictionless success", plain="1A", fingerprint=True
    ),
    "4713747730076631": CardScenario("SCA required (1A) without 3DS; frictionless success, no 3DS Method", plain="1A"),
    "4012006822076852": CardScenario(
        "SCA required (1A) without 3DS; 3DS Method then challenge",
        plain="1A",
        fingerprint=True,
        authentication="challenge",
    ),
    "5266001057658656": CardScenario(
        "Mastercard SCA required (65) without 3DS; challenge, no 3DS Method",
        plain="65",
        authentication="challenge",
        scheme="Mastercard",
    ),
    "4000000000000051": CardScenario("Hard decline: 05 do not honour", plain="05", with_3ds="05"),
    "4000000000000515": CardScenario("Insufficient funds: 51", plain="51", with_3ds="51"),
    "4000000000000598": CardScenario("Fraud decline: 59 suspected fraud", plain="59", with_3ds="59"),
    "4000000000000911": CardScenario("Issuer unavailable: 91 (state Error)", plain="91", with_3ds="91"),
    "4000000000000119": CardScenario(
        "SCA required (1A); authentication rejected, 11 suspected fraud", plain="1A", authentication="rejected:11"
    ),
    "4000000000000010": CardScenario(
        "SCA required (1A); first authentication fails (01), the next one is challenged",
        plain="1A",
        authentication="challenge",
        first_failure="01",
    ),
    "4000000000000226": CardScenario(
        "SCA required (1A); authentication error, 22 ACS technical issue; an exemption is accepted",
        plain="1A",
        authentication="error:22",
        exemption=True,
    ),
    "4000000000000143": CardScenario(
        "SCA required (1A); ACS timeout, authentication failed 14; an exemption is accepted",
        plain="1A",
        authentication="failed:14",
        exemption=True,
    ),
    "4000000000000234": CardScenario(
        "SCA required (1A); the first challenge fails (01) whatever the cardholder does, the next one follows them",
        plain="1A",
        authentication="challenge",
        first_challenge_failure="01",
    ),
    "4000000000000309": CardScenario(
        "SCA required (1A) without 3DS; an applicable exemption (LVP, TRA) is accepted; with 3DS frictionless",
        plain="1A",
        exemption=True,
    ),
    "4000000000000135": CardScenario(
        "SCA required (1A); card not enrolled in 3DS (failed 13 at pre-initiate)",
        plain="1A",
        authentication="not_enrolled",
    ),
}
DEFAULT_CARD = "4111111111111111"


def applicable_exemptions(amount: Any) -> list[str]:
    """The exemptions PXP's evaluation finds applicable to ``amount`` (major units)."""
    value = Decimal(str(amount))
    return [name for name, limit in EXEMPTION_LIMITS.items() if value <= limit]


def card_key(card: Mapping[str, Any], field: str) -> str:
    """The :data:`CARDS` key of a request's card; an invalid number is a ``ValidationFailed``."""
    number = card.get("primaryAccountNumber")
    if number is None:
        return DEFAULT_CARD  # gateway and scheme tokens behave like the default card
    if not str(number).isdigit() or not luhn_ok(str(number)):
        raise PXPError.invalid(detail(field, "Invalid card."))
    return str(number) if number in CARDS else DEFAULT_CARD
