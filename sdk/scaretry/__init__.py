"""scaretry: card payments with 3-D Secure across Antom, Checkout.com, Payments AI and PXP.

A payment soft-declined because strong customer authentication was missing is retried with 3DS
instead of being lost, and every provider answers with the same :class:`Outcome`::

    with Checkout(secret_key, processing_channel_id) as client:
        outcome = client.pay(PaymentRequest(amount=Money(6510, "EUR"), source=card,
                                            reference="ORD-1", return_url="https://shop.example/r"))
        if outcome.state is State.ACTION_REQUIRED:
            ...  # send the customer to outcome.action; store outcome.handle.to_dict()

The value types and errors load with the package; a provider's client, and the HTTP stack under
it, load the first time its name is used (``from scaretry import Checkout`` loads Checkout.com's
generated client, not the other three).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scaretry._errors import (
    AuthenticationError,
    ConfigurationError,
    PoolTimeout,
    ProviderError,
    RepeatRequired,
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
from scaretry._lazy import lazy_exports
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
from scaretry._request import (
    Address,
    AgreementType,
    Browser,
    Card,
    CardToken,
    Exemption,
    Initiator,
    Money,
    PaymentRequest,
    StoredCredential,
    ThreeDSMode,
)
from scaretry._tables import Decision, DeclineRule, DeclineTable

if TYPE_CHECKING:
    from scaretry._adapter import Capabilities
    from scaretry._config import DEFAULT_LIMITS, DEFAULT_TIMEOUT, ClientOptions
    from scaretry._in_memory_store import InMemoryNotificationStore
    from scaretry._inbox import Inbox, Receipt
    from scaretry._notification_store import (
        AsyncSubscription,
        Message,
        NotificationStore,
        NotificationStoreError,
        Subscription,
        SubscriptionLost,
    )
    from scaretry._notifications import Acknowledgement
    from scaretry._retry import RetryPolicy
    from scaretry.providers.antom import Antom, AntomConfig, AsyncAntom
    from scaretry.providers.checkout import AsyncCheckout, Checkout, CheckoutConfig
    from scaretry.providers.paymentsai import AsyncPaymentsAI, PaymentsAI, PaymentsAIConfig
    from scaretry.providers.pxp import PXP, AsyncPXP, PXPConfig

__all__ = [
    "DEFAULT_LIMITS",
    "Acknowledgement",
    "AsyncSubscription",
    "InMemoryNotificationStore",
    "Inbox",
    "Message",
    "NotificationStore",
    "NotificationStoreError",
    "Receipt",
    "Subscription",
    "SubscriptionLost",
    "DEFAULT_TIMEOUT",
    "PXP",
    "Action",
    "ActionReason",
    "Address",
    "AgreementType",
    "Antom",
    "AntomConfig",
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
    "CheckoutConfig",
    "ClientOptions",
    "ConfigurationError",
    "Decision",
    "Decline",
    "DeclineCategory",
    "DeclineRule",
    "DeclineTable",
    "Exemption",
    "FingerprintAction",
    "FormPostAction",
    "Handle",
    "Initiator",
    "Money",
    "Outcome",
    "PXPConfig",
    "PaymentRequest",
    "PaymentsAI",
    "PaymentsAIConfig",
    "Poll",
    "PollPolicy",
    "PoolTimeout",
    "ProviderError",
    "RedirectAction",
    "RepeatRequired",
    "RequestTimeout",
    "RetryPolicy",
    "ScaRetryError",
    "SignatureError",
    "State",
    "StoredCredential",
    "ThreeDSMode",
    "ThreeDSResult",
    "TransportError",
    "UnexpectedResponse",
    "UnsupportedError",
    "ValidationError",
    "WaitTimeout",
    "__version__",
]

_lazy = lazy_exports(
    __name__,
    {
        "Acknowledgement": "scaretry._notifications",
        "Inbox": "scaretry._inbox",
        "Receipt": "scaretry._inbox",
        "InMemoryNotificationStore": "scaretry._in_memory_store",
        "AsyncSubscription": "scaretry._notification_store",
        "Message": "scaretry._notification_store",
        "NotificationStore": "scaretry._notification_store",
        "NotificationStoreError": "scaretry._notification_store",
        "Subscription": "scaretry._notification_store",
        "SubscriptionLost": "scaretry._notification_store",
        "Capabilities": "scaretry._adapter",
        "ClientOptions": "scaretry._config",
        "DEFAULT_LIMITS": "scaretry._config",
        "DEFAULT_TIMEOUT": "scaretry._config",
        "RetryPolicy": "scaretry._retry",
        "Antom": "scaretry.providers.antom",
        "AntomConfig": "scaretry.providers.antom",
        "AsyncAntom": "scaretry.providers.antom",
        "Checkout": "scaretry.providers.checkout",
        "CheckoutConfig": "scaretry.providers.checkout",
        "AsyncCheckout": "scaretry.providers.checkout",
        "PaymentsAI": "scaretry.providers.paymentsai",
        "PaymentsAIConfig": "scaretry.providers.paymentsai",
        "AsyncPaymentsAI": "scaretry.providers.paymentsai",
        "PXP": "scaretry.providers.pxp",
        "PXPConfig": "scaretry.providers.pxp",
        "AsyncPXP": "scaretry.providers.pxp",
    },
)


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("scaretry")
        except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
            return "0+unknown"
    return _lazy(name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
