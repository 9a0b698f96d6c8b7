"""The one answer every call returns: an immutable :class:`Outcome`."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, assert_never

import attrs

from scaretry._handle import Handle

__all__ = [
    "Action",
    "ActionReason",
    "Decline",
    "DeclineCategory",
    "FingerprintAction",
    "FormPostAction",
    "Outcome",
    "RedirectAction",
    "State",
    "ThreeDSResult",
]


class State(enum.StrEnum):
    """Where a payment is, in the same words for every provider."""

    AUTHORIZED = "authorized"
    DECLINED = "declined"
    ACTION_REQUIRED = "action_required"
    PROCESSING = "processing"
    CANCELED = "canceled"
    EXPIRED = "expired"
    FAILED = "failed"

    @property
    def is_final(self) -> bool:
        """Whether the payment can still move. Exhaustive on purpose (as Hyperswitch's
        ``is_terminal``): adding a state fails type-checking until its finality is decided."""
        match self:
            case State.AUTHORIZED | State.DECLINED | State.CANCELED | State.EXPIRED | State.FAILED:
                return True
            case State.ACTION_REQUIRED | State.PROCESSING:
                return False
            case _:
                assert_never(self)


class ActionReason(enum.StrEnum):
    """Why the customer must act."""

    CHALLENGE = "challenge"  # 3DS was asked for and the issuer wants a challenge
    SCA_RETRY = "sca_retry"  # a soft decline for missing SCA was upgraded to 3DS
    FINGERPRINT = "fingerprint"  # the issuer's 3DS Method must run in a hidden iframe first
    PAYMENT_PAGE = "payment_page"  # the provider's own page collects or confirms the card (no 3DS yet)


@attrs.frozen
class RedirectAction:
    """Send the customer's browser to ``url`` (GET)."""

    url: str
    reason: ActionReason


@attrs.frozen
class FormPostAction:
    """POST ``fields`` as an HTML form to ``url`` from the customer's browser (3DS2 ``creq``)."""

    url: str
    fields: Mapping[str, str]
    reason: ActionReason


@attrs.frozen
class FingerprintAction:
    """Run the issuer's 3DS Method: POST ``fields`` to ``url`` in a hidden iframe; if nothing comes
    back within ``timeout_seconds`` (EMVCo: 10 s) resume anyway, the fingerprint counts as failed."""

    url: str
    fields: Mapping[str, str]
    reason: ActionReason = ActionReason.FINGERPRINT
    timeout_seconds: float = 10.0


Action = RedirectAction | FormPostAction | FingerprintAction


class DeclineCategory(enum.StrEnum):
    SOFT_SCA = "soft_sca"  # declined because strong customer authentication was missing
    SOFT_RETRYABLE = "soft_retryable"  # a later retry may succeed (issuer unavailable, timeout)
    HARD = "hard"  # do not retry this card for this payment
    FRAUD = "fraud"  # declined as fraud or suspected fraud; do not retry
    UNKNOWN = "unknown"  # the provider did not say why (Payments AI does not expose decline codes)


@attrs.frozen
class Decline:
    """Why a payment was declined: the provider's code and message, and our category for it."""

    code: str | None
    message: str | None
    category: DeclineCategory


@attrs.frozen
class ThreeDSResult:
    """What 3-D Secure said, when it ran. ``status_reason`` is the EMVCo transStatusReason code
    (01–30, from the EMV 3-D Secure specification, as PXP's "3DS states" guide lists them);
    ``status_reason_text`` its meaning."""

    version: str | None = None
    eci: str | None = None
    challenged: bool | None = None
    authenticated: bool | None = None
    status_reason: str | None = None
    status_reason_text: str | None = None


# The provider's typed model behind an outcome: each client says which (``Checkout`` answers
# ``Outcome[CheckoutModel]``, a union of the generated models its answers parse into). The default
# (PEP 696) is for type checkers only, which read it from their own typing_extensions stubs: a bare
# ``Outcome`` annotation stays valid under ``mypy --strict``, and nothing is needed at run time.
if TYPE_CHECKING:
    from typing_extensions import TypeVar

    Raw = TypeVar("Raw", default=Any)
else:
    from typing import TypeVar

    Raw = TypeVar("Raw")


@attrs.frozen
class Outcome(Generic[Raw]):
    """The result of a call: ``state`` always; ``action`` when the customer must act; ``decline``
    when declined; ``three_ds`` when 3DS ran; ``handle`` to resume, poll or wait from any process.

    ``provider_status`` is the provider's own status word, ``raw`` the provider's typed model
    (from the generated client) for everything the common shape does not carry.
    """

    state: State
    provider: str
    payment_id: str | None
    provider_status: str | None
    handle: Handle
    action: Action | None = None
    upgraded: bool = False
    decline: Decline | None = None
    three_ds: ThreeDSResult | None = None
    request_ids: tuple[str, ...] = ()
    raw: Raw | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def is_final(self) -> bool:
        return self.state.is_final

    def __attrs_post_init__(self) -> None:
        if (self.state is State.ACTION_REQUIRED) != (self.action is not None):
            raise ValueError("an action is present exactly when the state is ACTION_REQUIRED")
