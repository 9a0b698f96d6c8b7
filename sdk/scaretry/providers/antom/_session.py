"""Antom's payment sessions (createPaymentSession, docs.antom.com/ac/ams/session_cashier): which
front end a session is for, and what creating one returns."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from scaretry._handle import Handle
from scaretry._outcome import ActionReason, RedirectAction

__all__ = ["PaymentSession", "SessionScene"]


class SessionScene(enum.StrEnum):
    """Which front end a payment session is for (``productScene`` of createPaymentSession)."""

    ELEMENT = "ELEMENT_PAYMENT"  # Antom's Payment Element in the merchant's page
    CHECKOUT_PAGE = "CHECKOUT_PAYMENT"  # Antom's hosted Checkout Page at ``normal_url``


@attrs.frozen
class PaymentSession:
    """A createPaymentSession answer: hand ``session_data`` to Antom's front-end SDK, or send the
    buyer to ``normal_url`` (the hosted Checkout Page). ``handle`` polls or waits for the payment the
    buyer makes in it (``client.wait(session.handle)``), by its ``paymentRequestId``."""

    session_id: str
    session_data: str
    expires_at: str | None
    normal_url: str | None
    handle: Handle
    raw: Any = attrs.field(default=None, eq=False, repr=False)

    @property
    def action(self) -> RedirectAction | None:
        """Where to send the buyer (the hosted Checkout Page), when the session has a page."""
        return None if self.normal_url is None else RedirectAction(self.normal_url, ActionReason.PAYMENT_PAGE)
