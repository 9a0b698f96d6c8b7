"""scaretry: card payments with 3-D Secure across Antom, Checkout.com, Payments AI and PXP.

A payment soft-declined because strong customer authentication was missing is retried with 3DS
instead of being lost, and every provider answers with the same :class:`Outcome`::

    with Checkout(secret_key, processing_channel_id) as client:
        outcome = client.pay(PaymentRequest(amount=Money(6510, "EUR"), source=card,
                                            reference="ORD-1", return_url="https://shop.example/r"))
        if outcome.state is State.ACTION_REQUIRED:
            ...  # send the customer to outcome.action; store outcome.handle.to_dict()
"""

from scaretry._adapter import Capabilities
from scaretry._client import DEFAULT_TIMEOUT, ClientOptions
from scaretry._errors import (
    AuthenticationError,
    ConfigurationError,
    ProviderError,
    RequestTimeout,
    ScaRetryError,
    SignatureError,
    TransportError,
    UnexpectedResponse,
    UnsupportedError,
    ValidationError,
    WaitTimeout,
)
from scaretry._handle import Handle
from scaretry._outcome import (
    Action,
    ActionReason,
    Decline,
    DeclineCategory,
    FingerprintAction,
    FormPostAction,
    Outcome,
    RedirectAction,
    State,
    ThreeDSResult,
)
from scaretry._polling import Poll, PollPolicy
from scaretry._request import Browser, Card, CardToken, Initiator, Money, PaymentRequest, ThreeDSMode
from scaretry._retry import RetryPolicy
from scaretry._tables import Decision, DeclineRule, DeclineTable
from scaretry.providers.antom import Antom, AsyncAntom
from scaretry.providers.checkout import AsyncCheckout, Checkout
from scaretry.providers.paymentsai import AsyncPaymentsAI, PaymentsAI
from scaretry.providers.pxp import PXP, AsyncPXP

__all__ = [
    "DEFAULT_TIMEOUT",
    "PXP",
    "Action",
    "ActionReason",
    "Antom",
    "AsyncAntom",
    "AsyncCheckout",
    "AsyncPXP",
    "AsyncPaymentsAI",
    "AuthenticationError",
    "Browser",
    "Capabilities",
    "Card",
    "CardToken",
    "Checkout",
    "ClientOptions",
    "ConfigurationError",
    "Decision",
    "Decline",
    "DeclineCategory",
    "DeclineRule",
    "DeclineTable",
    "FingerprintAction",
    "FormPostAction",
    "Handle",
    "Initiator",
    "Money",
    "Outcome",
    "PaymentRequest",
    "PaymentsAI",
    "Poll",
    "PollPolicy",
    "ProviderError",
    "RedirectAction",
    "RequestTimeout",
    "RetryPolicy",
    "ScaRetryError",
    "SignatureError",
    "State",
    "ThreeDSMode",
    "ThreeDSResult",
    "TransportError",
    "UnexpectedResponse",
    "UnsupportedError",
    "ValidationError",
    "WaitTimeout",
]
