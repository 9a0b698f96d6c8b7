"""Checkout.com: the ``Checkout`` / ``AsyncCheckout`` clients over Checkout.com's unified payments
API and its Sessions API (standalone 3DS).

Checkout.com upgrades natively ("Manage SCA retries"): the adapter sets ``3ds.enabled`` and
``3ds.allow_upgrade`` for the request's mode and reads the answer, a 202 with
``3ds.upgrade_reason: "sca_retry"`` being the upgrade.

Modules: :mod:`._config` (credentials and options), :mod:`._auth` (the secret-key scheme),
:mod:`._requests` (request → Checkout.com bodies), :mod:`._outcomes` (answers → Outcome, with the
status maps), :mod:`._notifications` (webhooks), :mod:`._flows` (the adapter), :mod:`._client`.
"""

from typing import TYPE_CHECKING

from scaretry._lazy import lazy_exports
from scaretry.providers.checkout._auth import CheckoutAuth
from scaretry.providers.checkout._client import AsyncCheckout, Checkout
from scaretry.providers.checkout._config import CheckoutConfig

if TYPE_CHECKING:
    from scaretry.providers.checkout._flows import CheckoutAdapter
    from scaretry.providers.checkout._models import CheckoutModel

__all__ = ["AsyncCheckout", "Checkout", "CheckoutAdapter", "CheckoutAuth", "CheckoutConfig", "CheckoutModel"]


# The adapter and the generated models load on first use (a client loads them when made).
__getattr__ = lazy_exports(
    __name__,
    {
        "CheckoutAdapter": "._flows",
        "CheckoutModel": "._models",
    },
)
