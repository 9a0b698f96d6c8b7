"""The generated models behind PXP's outcomes: what ``outcome.raw`` can be."""

from __future__ import annotations

from typing import Any

from scaretry_pxp.models import (
    Authentication,
    PreInitiateIntegratedAuthenticationResponse,
    ReportingEvent,
    TokenEvent,
    Transaction,
)

__all__ = ["PXPModel"]

#: The generated models behind PXP's outcomes (``outcome.raw``): a notification of a category the
#: spec does not know keeps its JSON object.
PXPModel = (
    Transaction
    | Authentication
    | PreInitiateIntegratedAuthenticationResponse
    | TokenEvent
    | ReportingEvent
    | dict[str, Any]
)
