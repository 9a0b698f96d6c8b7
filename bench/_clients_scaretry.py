"""scaretry's side of the per-call comparison: ``pay()`` and ``poll_once()`` of each provider's sync
client, through the public API only.

Every request uses the provider's default mode where it has one (``UPGRADE``: Checkout.com, Antom,
PXP, which then needs the browser); Payments AI honours only the mode its gateway connection is set
to, so it pays ``NEVER`` with a token (one request, as the raw client sends).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scaretry import (
    PXP,
    Antom,
    Browser,
    Card,
    CardToken,
    Checkout,
    Money,
    PaymentRequest,
    PaymentsAI,
    ThreeDSMode,
)

__all__ = ["REQUEST", "build", "client"]

#: One approved card payment (the fixed server approves everything).
REQUEST = PaymentRequest(
    amount=Money(6510, "EUR"),
    source=Card("4242424242424242", 12, 2030, cvv="100", holder_name="Ada Lovelace"),
    reference="ORD-BENCH-1",
    return_url="https://shop.example/checkout/return",
)
_BROWSER = Browser(ip_address="203.0.113.24", user_agent="Mozilla/5.0 (X11; Linux x86_64) bench")
_REQUESTS = {
    "checkout": REQUEST,
    "antom": REQUEST,
    "paymentsai": REQUEST.evolve(source=CardToken("tok_bench"), three_ds=ThreeDSMode.NEVER),
    "pxp": REQUEST.evolve(browser=_BROWSER),
}


def client(provider: str, base_url: str, credentials: dict[str, Any], **options: Any) -> Any:
    """The provider's sync client pointed at the bench server (``base_url`` is its root)."""
    keys = credentials[provider]
    if provider == "checkout":
        return Checkout(keys["secret_key"], keys["processing_channel_id"], base_url=base_url, **options)
    if provider == "antom":
        url = f"{base_url}/ams/sandbox"
        return Antom(keys["client_id"], keys["merchant_private"], keys["antom_public"], base_url=url, **options)
    if provider == "paymentsai":
        return PaymentsAI(
            keys["api_key"], keys["organization_id"], gateway_three_ds=False, base_url=base_url, **options
        )
    names = ("client_id", "token_id", "token_value", "merchant", "site")
    return PXP(**{name: keys[name] for name in names}, base_url=f"{base_url}/api", **options)


def request_for(provider: str) -> PaymentRequest:
    return _REQUESTS[provider]


def build(provider: str, operation: str, base_url: str, credentials: dict[str, Any]) -> Callable[[], Any]:
    """A no-argument callable doing one ``pay()`` or one ``poll_once()``; it returns the state."""
    sdk = client(provider, base_url, credentials)
    request = _REQUESTS[provider]
    if operation == "pay":
        return lambda: sdk.pay(request).state
    handle = sdk.pay(request).handle
    return lambda: sdk.poll_once(handle).outcome.state
