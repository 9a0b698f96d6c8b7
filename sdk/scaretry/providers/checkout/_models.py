"""The generated models behind Checkout.com's outcomes: what ``outcome.raw`` can be."""

from __future__ import annotations

from scaretry_checkout.models import (
    PaymentAcceptedResponse,
    PaymentDetails,
    PaymentResponse,
    Session,
    SessionAccepted,
    WebhookEvent,
)

__all__ = ["CheckoutModel"]

#: A payment's answer (201, 202, or its details), a session's, or the webhook event that reported it.
CheckoutModel = PaymentResponse | PaymentAcceptedResponse | PaymentDetails | Session | SessionAccepted | WebhookEvent
