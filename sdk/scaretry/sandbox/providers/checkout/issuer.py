"""What the emulated issuer does with a Checkout.com payment request: 3DS (integrated, a finished
session, or a third party's), exemptions, credentials-on-file agreements, and the 20154 soft decline
that Checkout.com upgrades to 3DS ("Manage SCA retries").

- No 3DS on a card that needs SCA, an exemption the issuer refuses (any, on such a card; low value
  over 30.00), or a frictionless 3DS on a card whose issuer wants a challenge: soft decline 20154.
  Checkout.com upgrades it (202, ``3ds.upgrade_reason: sca_retry``, a challenge) for a
  customer-initiated payment unless ``3ds.allow_upgrade`` is false or the channel's account opted out.
- ``challenge_indicator: challenge_requested_mandate`` (an agreement's first payment) is always
  challenged.
- A merchant-initiated payment is out of SCA's scope when its agreement's first payment (its
  ``previous_payment_id``: a payment id or scheme id the sandbox issued) was authenticated with a
  challenge; otherwise it is declined 20154 ("Manage SCA retries": the usual cause of a MIT's 20154),
  never upgraded. A first payment the sandbox never saw leaves the card's own behaviour.
"""

from __future__ import annotations

import base64
import secrets
import uuid
from collections.abc import Callable
from typing import Any

from scaretry.sandbox.providers.checkout.account import opted_out
from scaretry.sandbox.providers.checkout.session_views import Session, payment_three_ds
from scaretry.sandbox.providers.checkout.views import Payment

__all__ = ["LOW_VALUE_LIMIT", "SOFT_DECLINE", "Issuer", "authenticated"]

#: The low-value exemption's ceiling (PSD2 RTS article 16: EUR 30), in minor units of any currency.
LOW_VALUE_LIMIT = 3000
SOFT_DECLINE = "20154"
_ENROLLED = {"downgraded": False, "enrolled": "Y"}


def authenticated(*, challenged: bool) -> dict[str, Any]:
    """The ``3ds`` block of a successful authentication."""
    return {
        "signature_valid": "Y",
        "authentication_response": "Y",
        "cryptogram": base64.b64encode(secrets.token_bytes(20)).decode(),
        "xid": str(uuid.uuid4()),
        "version": "2.2.0",
        "exemption_applied": "none",
        "challenged": challenged,
        "eci": "05",
    }


class Issuer:
    """The issuer's side of a payment request: it decides, the payments module records the answer.

    ``new_id`` makes the id of a 3DS session the cardholder is sent to; ``find_agreement`` finds the
    payment an agreement's merchant-initiated payment names as its first."""

    def __init__(self, new_id: Callable[[str], str], find_agreement: Callable[[str], Payment | None]) -> None:
        self._new_id = new_id
        self._find_agreement = find_agreement

    def answer(self, payment: Payment, three_ds: dict[str, Any], session: Session | None) -> str | None:
        """Decide ``payment``: the response code to authorise or decline it with now, or None while
        it waits for the cardholder's challenge."""
        scenario = payment.card.scenario
        if session is not None:
            payment.session_id = session.id
            payment.three_ds = payment_three_ds(session)
            if scenario.wants_challenge and not session.challenged:
                return self._soft_decline(payment, three_ds)
            return scenario.code
        if three_ds.get("cryptogram") and three_ds.get("eci"):  # empty strings are no MPI result
            payment.three_ds = {"authentication_response": three_ds.get("status", "Y")}
            payment.three_ds |= {k: three_ds[k] for k in ("eci", "version", "cryptogram", "xid") if k in three_ds}
            return scenario.code
        if three_ds.get("enabled") is True:
            return self._integrated(payment, three_ds)
        if payment.merchant_initiated:
            return self._merchant_initiated(payment)
        if exemption := three_ds.get("exemption"):
            return self._exemption(payment, three_ds, str(exemption))
        if scenario.needs_sca:
            payment.three_ds = dict(_ENROLLED)
            return self._soft_decline(payment, three_ds)
        return scenario.code

    def _integrated(self, payment: Payment, three_ds: dict[str, Any]) -> str | None:
        scenario = payment.card.scenario
        payment.three_ds = dict(_ENROLLED)
        if scenario.challenge or three_ds.get("challenge_indicator") == "challenge_requested_mandate":
            payment.session_id = self._new_id("sid_")  # the cardholder is challenged
            return None
        payment.three_ds |= authenticated(challenged=False)
        if scenario.wants_challenge:
            return self._soft_decline(payment, three_ds)
        return scenario.code

    def _exemption(self, payment: Payment, three_ds: dict[str, Any], exemption: str) -> str | None:
        scenario = payment.card.scenario
        payment.three_ds = dict(_ENROLLED) | {"exemption": exemption}
        refused = scenario.needs_sca or (exemption == "low_value" and payment.amount > LOW_VALUE_LIMIT)
        if refused:
            return self._soft_decline(payment, three_ds)
        payment.three_ds["exemption_applied"] = exemption
        return scenario.code

    def _merchant_initiated(self, payment: Payment) -> str:
        scenario = payment.card.scenario
        first = self._find_agreement(str(payment.body.get("previous_payment_id", "")))
        if first is not None:
            return scenario.code if _challenged(first) else SOFT_DECLINE
        return SOFT_DECLINE if scenario.needs_sca else scenario.code

    def _soft_decline(self, payment: Payment, three_ds: dict[str, Any]) -> str | None:
        """20154: upgraded to a 3DS challenge where Checkout.com may (None: the payment waits for
        it), else declined."""
        allowed = (
            three_ds.get("allow_upgrade", True) is not False
            and not payment.merchant_initiated
            and not opted_out(payment.body)
        )
        payment.three_ds = payment.three_ds or dict(_ENROLLED)
        if not allowed:
            return SOFT_DECLINE
        payment.upgraded = True
        payment.session_id = self._new_id("sid_")
        payment.three_ds["upgrade_reason"] = "sca_retry"
        return None


def _challenged(first: Payment) -> bool:
    """Whether an agreement's first payment was authorised after a successful challenge."""
    three_ds = first.three_ds or {}
    return first.approved and three_ds.get("challenged") is True and three_ds.get("authentication_response") == "Y"
