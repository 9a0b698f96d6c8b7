"""PSD2 exemptions with PXP ("Exemptions" guide): which ones PXP applies, and which one to authorise
with after a failed authentication.

With the integrated authentication and PXP's card service only low value (``LVP``) and transaction
risk analysis (``TRA``) apply, one at a time; PXP's pre-initiation answer lists the applicable ones
(``applicableExemptions``, "LVP,TRA") and PXP recommends TRA when both are. Its "3DS states" guide
strongly advises an exemption in authorisation after ``AuthenticationFailed`` or
``AuthenticationError``, where applicable; never after ``AuthenticationRejected``.
"""

from __future__ import annotations

from collections.abc import Mapping

from scaretry_pxp.models import AuthenticationState, ExemptionType, StateData
from scaretry_pxp.types import Unset

from scaretry._handle import Scalar
from scaretry._request import Exemption
from scaretry.providers.pxp import _handles as keys
from scaretry.providers.pxp._outcomes import ABANDONED

__all__ = ["EXEMPTIONS", "fallback_exemption"]

#: The exemptions PXP applies at authorisation, as ``PaymentRequest.exemption`` names them.
EXEMPTIONS: Mapping[Exemption, ExemptionType] = {
    Exemption.LOW_VALUE: ExemptionType.LVP,
    Exemption.TRANSACTION_RISK_ANALYSIS: ExemptionType.TRA,
}
#: PXP's order of preference when several apply.
_PREFERRED = (ExemptionType.TRA, ExemptionType.LVP)
_FALLS_BACK = (AuthenticationState.AUTHENTICATIONFAILED, AuthenticationState.AUTHENTICATIONERROR)


def fallback_exemption(
    state: str, state_data: StateData | Unset | None, data: Mapping[str, Scalar]
) -> ExemptionType | None:
    """The exemption to authorise with after an authentication ended in ``state``, or None: only
    when the merchant opted in (``exemption_after_failed_authentication``), the authentication
    failed or errored (not rejected, not abandoned) and PXP found an exemption applicable."""
    code = state_data.code if isinstance(state_data, StateData) else None
    if not data.get(keys.EXEMPTION_FALLBACK) or not data.get(keys.AUTHENTICATION_ID):
        return None
    if state not in _FALLS_BACK or code in ABANDONED:  # the cardholder left: nothing behind their back
        return None
    applicable = {part.strip() for part in str(data.get(keys.APPLICABLE_EXEMPTIONS) or "").split(",")}
    return next((exemption for exemption in _PREFERRED if exemption.value in applicable), None)
