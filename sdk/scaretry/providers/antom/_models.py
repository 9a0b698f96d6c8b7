"""The generated models behind Antom's outcomes: what ``outcome.raw`` can be."""

from __future__ import annotations

from scaretry_antom.models import InquiryPaymentResponse, NotifyPaymentRequest, PayResponse

__all__ = ["AntomModel"]

#: The generated models behind Antom's outcomes (``outcome.raw``).
AntomModel = PayResponse | InquiryPaymentResponse | NotifyPaymentRequest
