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
from typing import TYPE_CHECKING, Any

from scaretry.sandbox._credentials import CHECKOUT
from scaretry.sandbox.providers.checkout.views import Payment

if TYPE_CHECKING:
    from scaretry.sandbox.providers.checkout.payments import Payments
    from scaretry.sandbox.providers.checkout.sessions import Session

__all__ = ["LOW_VALUE_LIMIT", "Issuer", "authenticated", "opted_out"]

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


def opted_out(body: dict[str, Any]) -> bool:
    """Whether the request's channel belongs to an account that opted out of SCA retries through
    its account manager ("Manage SCA retries"): then no 20154 is upgraded, even with allow_upgrade."""
    return bool(body.get("processing_channel_id") == CHECKOUT["opted_out_processing_channel_id"])


class Issuer:
    def __init__(self, payments: Payments) -> None:
        self.payments = payments

    def answer(self, payment: Payment, three_ds: dict[str, Any], session: Session | None) -> None:
        """Decide ``payment``: authorised or declined now, or waiting for a challenge."""
        scenario = payment.card.scenario
        if session is not None:
            payment.session_id = session.id
            payment.three_ds = self.payments.app.sessions.three_ds(session)
            if scenario.wants_challenge and not session.challenged:
                self._soft_decline(payment, three_ds)
            else:
                self.payments.authorize(payment, scenario.code)
        elif three_ds.get("cryptogram") and three_ds.get("eci"):  # empty strings are no MPI result
            payment.three_ds = {"authentication_response": three_ds.get("status", "Y")}
            payment.three_ds |= {k: three_ds[k] for k in ("eci", "version", "cryptogram", "xid") if k in three_ds}
            self.payments.authorize(payment, scenario.code)
        elif three_ds.get("enabled") is True:
            self._integrated(payment, three_ds)
        elif payment.merchant_initiated:
            self._merchant_initiated(payment)
        elif exemption := three_ds.get("exemption"):
            self._exemption(payment, three_ds, str(exemption))
        elif scenario.needs_sca:
            payment.three_ds = dict(_ENROLLED)
            self._soft_decline(payment, three_ds)
        else:
            self.payments.authorize(payment, scenario.code)

    def _integrated(self, payment: Payment, three_ds: dict[str, Any]) -> None:
        scenario = payment.card.scenario
        payment.three_ds = dict(_ENROLLED)
        if scenario.challenge or three_ds.get("challenge_indicator") == "challenge_requested_mandate":
            payment.session_id = self.payments.app.new_id("sid_")  # the cardholder is challenged
            return
        payment.three_ds |= authenticated(challenged=False)
        if scenario.wants_challenge:
            self._soft_decline(payment, three_ds)
        else:
            self.payments.authorize(payment, scenario.code)

    def _exemption(self, payment: Payment, three_ds: dict[str, Any], exemption: str) -> None:
        scenario = payment.card.scenario
        payment.three_ds = dict(_ENROLLED) | {"exemption": exemption}
        refused = scenario.needs_sca or (exemption == "low_value" and payment.amount > LOW_VALUE_LIMIT)
        if refused:
            self._soft_decline(payment, three_ds)
        else:
            payment.three_ds["exemption_applied"] = exemption
            self.payments.authorize(payment, scenario.code)

    def _merchant_initiated(self, payment: Payment) -> None:
        scenario = payment.card.scenario
        first = self.payments.find_agreement(str(payment.body.get("previous_payment_id", "")))
        if first is not None:
            code = scenario.code if _challenged(first) else SOFT_DECLINE
        else:
            code = SOFT_DECLINE if scenario.needs_sca else scenario.code
        self.payments.authorize(payment, code)

    def _soft_decline(self, payment: Payment, three_ds: dict[str, Any]) -> None:
        """20154: upgraded to a 3DS challenge where Checkout.com may, else declined."""
        allowed = (
            three_ds.get("allow_upgrade", True) is not False
            and not payment.merchant_initiated
            and not opted_out(payment.body)
        )
        payment.three_ds = payment.three_ds or dict(_ENROLLED)
        if allowed:
            payment.upgraded = True
            payment.session_id = self.payments.app.new_id("sid_")
            payment.three_ds["upgrade_reason"] = "sca_retry"
        else:
            self.payments.authorize(payment, SOFT_DECLINE)


def _challenged(first: Payment) -> bool:
    """Whether an agreement's first payment was authorised after a successful challenge."""
    three_ds = first.three_ds or {}
    return first.approved and three_ds.get("challenged") is True and three_ds.get("authentication_response") == "Y"
