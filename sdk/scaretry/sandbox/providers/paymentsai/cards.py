"""The sandbox's Payments AI test cards: which scenario a card number plays on the stage host."""

from __future__ import annotations

import enum
from collections.abc import Mapping

import attrs

__all__ = ["TEST_CARDS", "CardScenario", "TestCard", "brand"]


class CardScenario(enum.StrEnum):
    APPROVE = "approve"
    CHALLENGE = "challenge"
    CHALLENGE_SLOW_ISSUER = "challenge_slow_issuer"
    SCA_REQUIRED = "sca_required"
    HARD_DECLINE = "hard_decline"
    FRAUD = "fraud"
    ISSUER_TIMEOUT = "issuer_timeout"
    NOT_SENT = "not_sent"


@attrs.frozen
class TestCard:
    scenario: CardScenario
    with_3ds: str  # what happens on a gateway connection with 3DS on (customer-initiated)
    without_3ds: str  # on a gateway connection with 3DS off, or for a merchant-initiated charge


#: Card number → scenario. Payments AI's own "Test Cards" page was not readable, so apart from
#: ``4111111111111111`` (the tokenisation tutorial's card, approved on stage) the numbers are ours:
#: ``400000000000N00c`` with ``c`` the Luhn digit. Any other valid number behaves like 4111….
#: A merchant-initiated charge never runs 3-D Secure (the cardholder is absent), whatever the gateway.
TEST_CARDS: Mapping[str, TestCard] = {
    "4111111111111111": TestCard(
        CardScenario.APPROVE,
        "completed/approved, frictionless 3DS (transStatus Y, ECI 05)",
        "completed/approved, no 3DS data",
    ),
    "4000000000001000": TestCard(
        CardScenario.CHALLENGE,
        "waiting/unknown + approvalLink; challenge page: approve → completed/approved (transStatus Y, "
        "challenged); reject → completed/declined (transStatus N, reason 01); abandon → completed/abandoned; "
        "page left alone for 600 s → timeout/declined (transStatus U, reason 14). The browser returns with "
        "{result} = the transaction's result then: approved, declined or abandoned",
        "completed/approved, no 3DS data",
    ),
    "4000000000007007": TestCard(
        CardScenario.CHALLENGE_SLOW_ISSUER,
        "the challenge above, but after approve the issuer takes settle seconds: offsite/unknown (the browser "
        "returns with {result} = unknown), then completed/approved",
        "sending/unknown for settle, then completed/approved",
    ),
    "4000000000002008": TestCard(
        CardScenario.SCA_REQUIRED,
        "the issuer demands SCA: the challenge flow above",
        "completed/declined, no 3DS data (a soft decline for missing SCA; the API does not say so)",
    ),
    "4000000000003006": TestCard(
        CardScenario.HARD_DECLINE,
        "frictionless 3DS (transStatus Y), then completed/declined by the issuer",
        "completed/declined, AVS no match",
    ),
    "4000000000004004": TestCard(
        CardScenario.FRAUD,
        "completed/declined, 3DS rejected frictionless (transStatus R, reason 11 suspected fraud)",
        "completed/declined, CVV no match",
    ),
    "4000000000005001": TestCard(
        CardScenario.ISSUER_TIMEOUT,
        "sending/unknown for settle, then timeout/declined",
        "sending/unknown for settle, then timeout/declined",
    ),
    "4000000000006009": TestCard(
        CardScenario.NOT_SENT,
        "not-sent/declined (never reached the gateway)",
        "not-sent/declined",
    ),
}


def brand(number: str) -> str:
    """The brand Payments AI reports for a card number."""
    if number.startswith("4"):
        return "visa"
    if number[:2] in {"51", "52", "53", "54", "55"} or "2221" <= number[:4] <= "2720":
        return "mastercard"
    if number[:2] in {"34", "37"}:
        return "american-express"
    return "unknown"
