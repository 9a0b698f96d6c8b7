"""The generated models behind Payments AI's outcomes: what ``outcome.raw`` can be."""

from __future__ import annotations

from scaretry_paymentsai.models import Transaction, WebhookEvent

__all__ = ["PaymentsAIModel"]

#: The generated models behind Payments AI's outcomes (``outcome.raw``): a transaction, or the
#: webhook event that reported one.
PaymentsAIModel = Transaction | WebhookEvent
