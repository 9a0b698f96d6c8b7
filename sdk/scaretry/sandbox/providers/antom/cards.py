"""The sandbox's Antom test cards (ours: Antom publishes none in its public docs), and what it keeps
of a card: never the full number or the CVV."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

import attrs

from scaretry.sandbox._cards import luhn_ok

__all__ = ["TEST_CARDS", "Card", "CardScenario", "TestCard", "card_of"]


class CardScenario(enum.StrEnum):
    """What the emulated issuer (and Antom's risk engine) does with a card."""

    FRICTIONLESS = "frictionless"
    CHALLENGE = "challenge"
    CHALLENGE_FORM = "challenge_form"
    SCA_REQUIRED = "sca_required"
    DO_NOT_HONOR = "do_not_honor"
    RISK_REJECT = "risk_reject"
    INSUFFICIENT_FUNDS = "insufficient_funds"
    ISSUER_TIMEOUT = "issuer_timeout"
    SCA_REQUIRED_ANSWER_UNKNOWN = "sca_required_answer_unknown"
    THREE_DS1_ONLY = "three_ds1_only"


@attrs.frozen
class TestCard:
    scenario: CardScenario
    title: str
    behaviour: str


TEST_CARDS: Mapping[str, TestCard] = {
    "4054695723100768": TestCard(
        CardScenario.FRICTIONLESS,
        "Approved, frictionless",
        "S SUCCESS. With is3DSAuthentication true: frictionless 3DS 2.2.0, ECI 05, challenged false. "
        "Without: a non-3DS authorisation (no threeDSResult authentication). Any Luhn-valid number not "
        "in this table behaves the same.",
    ),
    "4000000000000028": TestCard(
        CardScenario.CHALLENGE,
        "3DS challenge (normalUrl)",
        "With is3DSAuthentication true: U PAYMENT_IN_PROCESS + normalUrl to the challenge page; approve → "
        "SUCCESS (ECI 05, challenged), reject → FAIL USER_PAYMENT_VERIFICATION_FAILED (reason 01), "
        "abandon → FAIL ORDER_IS_CLOSED (challengeCancel 04, reason 14), each after settle_seconds. "
        "Without 3DS the issuer approves (S SUCCESS).",
    ),
    "4000000000000036": TestCard(
        CardScenario.CHALLENGE_FORM,
        "3DS challenge (redirectActionForm POST)",
        "Like the challenge card, but Antom answers a redirectActionForm (method POST, creq and "
        "threeDSSessionData) instead of normalUrl.",
    ),
    "4000000000000044": TestCard(
        CardScenario.SCA_REQUIRED,
        "Soft decline for missing SCA",
        "Without 3DS the issuer soft-declines (Visa 1A). is3DSAuthentication false + "
        "enableAuthenticationUpgrade true/absent on a customer-initiated payment: Antom 3DS-Retry "
        "upgrades it, U PAYMENT_IN_PROCESS + normalUrl to a challenge. enableAuthenticationUpgrade false, "
        "or a merchant-initiated payment (networkTransactionId present): F AUTHENTICATION_REQUIRED. "
        "With is3DSAuthentication true: a challenge from the start.",
    ),
    "4000000000000051": TestCard(
        CardScenario.DO_NOT_HONOR,
        "Hard decline",
        "F DO_NOT_HONOR (refusalCodeRaw 05), whatever the 3DS flags (after frictionless 3DS when asked).",
    ),
    "4000000000000069": TestCard(
        CardScenario.RISK_REJECT,
        "Fraud decline",
        "F RISK_REJECT: Antom's risk control rejects the payment before authentication.",
    ),
    "4000000000000077": TestCard(
        CardScenario.INSUFFICIENT_FUNDS,
        "Insufficient funds",
        "F USER_BALANCE_NOT_ENOUGH (refusalCodeRaw 51).",
    ),
    "4000000000000085": TestCard(
        CardScenario.ISSUER_TIMEOUT,
        "Issuer timeout",
        "U UNKNOWN_EXCEPTION with a paymentId: the issuer did not answer in time. inquiryPayment says "
        "PENDING for settle_seconds, then FAIL PROCESS_FAIL (refusalCodeRaw 91, issuer unavailable).",
    ),
    "4000000000000093": TestCard(
        CardScenario.SCA_REQUIRED_ANSWER_UNKNOWN,
        "Soft decline for missing SCA, answer unknown at first",
        "Like the soft-decline card (Antom 3DS-Retry upgrades it to a challenge), but the first two pay "
        "answers for its paymentRequestId are U UNKNOWN_EXCEPTION with no normalUrl, although the payment "
        "exists; a third pay with the same paymentRequestId answers U PAYMENT_IN_PROCESS + normalUrl.",
    ),
    "4000000000000101": TestCard(
        CardScenario.THREE_DS1_ONLY,
        "Soft decline for missing SCA, card enrolled in 3DS 1 only",
        'Without 3DS the issuer soft-declines (Visa 1A), and Antom 3DS-Retry cannot upgrade it ("only cards '
        'supporting 3D Secure 2 can enable Antom 3DS-Retry"): F AUTHENTICATION_REQUIRED, threeDSOffered '
        "false, whatever enableAuthenticationUpgrade says. With is3DSAuthentication true: a challenge on "
        "3DS 1.0.2 (normalUrl), approve → SUCCESS (ECI 05).",
    ),
}
"""Our own test cards (Antom publishes none in its public docs): card number → what the sandbox does.

Any other Luhn-valid number is approved like the frictionless card; a number failing the Luhn check
is F ``INVALID_CARD_NUMBER``, an expired one F ``CARD_EXPIRED``. A stored card (``paymentMethodId``,
the ``cardToken`` of an earlier successful payment) behaves like the card it stands for.
"""


@attrs.define
class Card:
    scenario: CardScenario
    brand: str
    bin: str
    last4: str
    expiry_month: str
    expiry_year: str
    holder: str | None

    def info(self) -> dict[str, Any]:
        """The card part of ``paymentResultInfo``."""
        info: dict[str, Any] = {
            "cardNo": "*" * 12 + self.last4,
            "cardBrand": self.brand,
            "cardBin": self.bin,
            "lastFour": self.last4,
            "expiryMonth": self.expiry_month,
            "expiryYear": self.expiry_year,
            "issuingCountry": "GB",
            "funding": "CREDIT",
            "paymentMethodRegion": "GLOBAL",
        }
        if self.holder:
            info["cardholderName"] = self.holder[:64]
        return info


def card_of(method: Mapping[str, Any], meta: Mapping[str, Any], tokens: Mapping[str, Card]) -> Card | str:
    """The card of a pay request's ``paymentMethod``, or the F result code that refuses it."""
    if method.get("paymentMethodId"):
        stored = tokens.get(method["paymentMethodId"])
        return stored if stored is not None else "INVALID_CARD"
    number = meta.get("cardNo")
    if not number:
        return "INVALID_PAYMENT_METHOD_META_DATA"
    if not number.isdigit() or not 12 <= len(number) <= 19 or not luhn_ok(number):
        return "INVALID_CARD_NUMBER"
    month, year = meta.get("expiryMonth"), meta.get("expiryYear")
    if not month or not year:
        return "INVALID_PAYMENT_METHOD_META_DATA"
    today = dt.datetime.now(dt.UTC).date()
    if (2000 + int(year), int(month)) < (today.year, today.month):
        return "CARD_EXPIRED"
    known = TEST_CARDS.get(number)
    holder = meta.get("cardholderName") or {}
    name = holder.get("fullName") or " ".join(filter(None, (holder.get("firstName"), holder.get("lastName"))))
    return Card(
        scenario=known.scenario if known else CardScenario.FRICTIONLESS,
        brand={"4": "VISA", "5": "MASTERCARD", "3": "AMEX"}.get(number[0], "VISA"),
        bin=number[:6],
        last4=number[-4:],
        expiry_month=month,
        expiry_year=year,
        holder=name or None,
    )
