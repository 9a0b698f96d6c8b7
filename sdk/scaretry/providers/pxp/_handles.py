"""What a PXP handle holds: where the client-side flow stands (``step``) and what the later steps
need (``data``), never card data.

PXP's upgrade runs in the merchant's processes over several requests of the customer's browser, so
each step's input travels in the signed handle: the transaction to read or send, the authentication
and its 3DS Method or challenge, and the browser data the browser-authentication request needs.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping

from scaretry._handle import Handle, Scalar
from scaretry._request import PaymentRequest
from scaretry.providers.pxp._config import PROVIDER

__all__ = ["Step", "base_id", "browser_value", "evolve_data", "first_handle", "text", "upgrade_id"]


class Step(enum.StrEnum):
    """Where a PXP payment stands; what ``status()``/``resume()`` do next."""

    TRANSACTION = "transaction"  # a transaction exists (or is being sent): read it
    PRE_INITIATED = "pre_initiated"  # an authentication exists; browser authentication comes next
    FINGERPRINT = "fingerprint"  # the customer's browser runs the issuer's 3DS Method
    CHALLENGE = "challenge"  # the customer is at the ACS
    AUTHENTICATING = "authenticating"  # the customer is back; the ACS result settles
    AUTHENTICATION = "authentication"  # a webhook's handle: an authentication on its own
    EVENT = "event"  # a webhook's handle for an event not about a payment: nothing to read


# Handle data keys (one place, so a flow and a mapping cannot disagree on a spelling).
MERCHANT_TRANSACTION_ID = "merchant_transaction_id"  # the transaction to read or send: <base> or <base>-3ds
MERCHANT_TRANSACTION_DATE = "merchant_transaction_date"  # sent with it: a replay must be the same body
AMOUNT = "amount"  # minor units
CURRENCY = "currency"
INTENT = "intent"  # Authorisation or Purchase
RETURN_URL = "return_url"  # the fingerprint and challenge callbacks
REASON = "reason"  # ActionReason of the challenge: challenge (ALWAYS) or sca_retry (UPGRADE)
ATTEMPTS = "attempts"  # authentications started for this payment
CHALLENGED = "challenged"
EXEMPTION_FALLBACK = "exemption_after_failed_authentication"  # the merchant opted in (PaymentRequest)
UPGRADE = "upgrade"  # the request wants a soft decline upgraded (UPGRADE, customer-initiated)
REPEATED = "repeated"  # a pay() with a key an earlier pay() used: its transactions may exist already
APPLICABLE_EXEMPTIONS = "applicable_exemptions"  # PXP's pre-initiation answer, "LVP,TRA"
# What the successful authentication said, for the transaction's outcome (PXP's transaction answer
# need not echo it): its stateData code, ECI and protocol version.
STATUS_REASON = "status_reason"
ECI = "eci"
THREE_DS_VERSION = "three_ds_version"
AUTHENTICATION_ID = "authentication_id"
FINGERPRINT_URL = "fingerprint_url"
FINGERPRINT_DATA = "fingerprint_data"
CHALLENGE_URL = "challenge_url"
CHALLENGE_DATA = "challenge_data"
_BROWSER = "browser."  # + each field of scaretry.Browser that PXP's browserData takes

#: The Browser fields PXP's browserData carries (the others are other providers').
BROWSER_FIELDS = (
    "ip_address",
    "user_agent",
    "accept_header",
    "language",
    "color_depth",
    "screen_height",
    "screen_width",
    "time_zone_offset_minutes",
    "java_enabled",
    "javascript_enabled",
)

#: The suffix of the re-authorisation's merchantTransactionId after a soft decline.
THREE_DS_SUFFIX = "-3ds"


def first_handle(request: PaymentRequest, base: str) -> Handle:
    """The handle of a new payment whose base ``merchantTransactionId`` is ``base``."""
    data: dict[str, Scalar] = {
        MERCHANT_TRANSACTION_ID: base,
        MERCHANT_TRANSACTION_DATE: dt.datetime.now(dt.UTC).isoformat(sep=" "),
        AMOUNT: request.amount.amount,
        CURRENCY: request.amount.currency,
        INTENT: "Purchase" if request.capture else "Authorisation",
        RETURN_URL: request.return_url,
        ATTEMPTS: 0,
        CHALLENGED: False,
        EXEMPTION_FALLBACK: request.exemption_after_failed_authentication,
        UPGRADE: request.wants_upgrade,
        REPEATED: False,
    }
    if request.browser is not None:
        data |= {_BROWSER + name: getattr(request.browser, name) for name in BROWSER_FIELDS}
    return Handle(PROVIDER, None, request.reference, base, step=Step.TRANSACTION, data=data)


def browser_value(data: Mapping[str, Scalar], name: str) -> Scalar:
    """One field of the customer's browser, as kept in a handle (``name`` of :data:`BROWSER_FIELDS`)."""
    return data[_BROWSER + name]


def text(data: Mapping[str, Scalar], key: str) -> str:
    """A string kept in a handle's data."""
    return str(data[key])


def base_id(handle: Handle) -> str:
    """The payment's first ``merchantTransactionId`` (the idempotency key)."""
    return handle.idempotency_key


def upgrade_id(handle: Handle) -> str:
    """The ``merchantTransactionId`` of the re-authorisation with 3DS after a soft decline."""
    return handle.idempotency_key + THREE_DS_SUFFIX


def evolve_data(handle: Handle, data: Mapping[str, Scalar], step: Step | None = None) -> Handle:
    """``handle`` with ``data`` merged into its data (and at ``step``)."""
    changes: dict[str, object] = {"data": {**handle.data, **data}}
    if step is not None:
        changes["step"] = step
    return handle.evolve(**changes)
