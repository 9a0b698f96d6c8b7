"""The published test credentials the bench uses: the sandbox's, so that nothing here is a secret.

The sandbox is being reorganised, so the module holding Antom's key pairs is looked up by the names
it exports rather than by its path. The bench's server checks no credential; it only signs what
Antom signs, with the sandbox's "Antom" key, so that the clients' verification runs for real.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Any

__all__ = ["credentials"]

_PEMS = {
    "antom_private": "SANDBOX_PRIVATE_KEY_PEM",  # Antom's key: signs answers
    "antom_public": "SANDBOX_PUBLIC_KEY_PEM",
    "merchant_private": "MERCHANT_TEST_PRIVATE_KEY_PEM",  # the merchant's key: signs requests
    "merchant_public": "MERCHANT_TEST_PUBLIC_KEY_PEM",
}


def _holds_keys(module: ModuleType) -> bool:
    return all(isinstance(getattr(module, name, None), str) for name in _PEMS.values())


def _antom_keys_module() -> ModuleType:
    try:
        module = importlib.import_module("scaretry.sandbox.providers._antom_keys")
        if _holds_keys(module):
            return module
    except ImportError:
        pass
    package = importlib.import_module("scaretry.sandbox")
    for info in pkgutil.walk_packages(package.__path__, "scaretry.sandbox."):
        if "antom" in info.name and "key" in info.name:
            module = importlib.import_module(info.name)
            if _holds_keys(module):
                return module
    raise LookupError("the sandbox's published Antom test keys were not found under scaretry.sandbox")


def credentials() -> dict[str, Any]:
    """``{"checkout": {...}, "antom": {client_id, antom_private, antom_public, merchant_private,
    merchant_public}, "paymentsai": {...}, "pxp": {...}}``: JSON-safe, for the workers."""
    from scaretry.sandbox import _credentials

    keys = _antom_keys_module()
    antom = dict(_credentials.ANTOM) | {name: getattr(keys, attr) for name, attr in _PEMS.items()}
    return {
        "checkout": dict(_credentials.CHECKOUT),
        "antom": antom,
        "paymentsai": dict(_credentials.PAYMENTSAI),
        "pxp": dict(_credentials.PXP),
    }
