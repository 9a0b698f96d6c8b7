"""Checkout.com's secret-key authentication, as an ``httpx.Auth``.

"API reference › Authentication": default (NAS) accounts send ``Authorization: Bearer sk_…``;
previous-platform accounts (``sk_test_<uuid>`` keys) send the bare key, as Checkout.com's official
SDKs do.
"""

from __future__ import annotations

import re
from collections.abc import Generator

import httpx

__all__ = ["CheckoutAuth", "is_secret_key"]

_PREVIOUS_KEY = re.compile(r"^sk_(test_)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def is_secret_key(value: object) -> bool:
    """Whether ``value`` looks like a Checkout.com secret key (``sk_…``, no whitespace)."""
    return isinstance(value, str) and value.startswith("sk_") and not any(c.isspace() for c in value)


class CheckoutAuth(httpx.Auth):
    """Checkout.com's secret-key scheme: ``Authorization: Bearer sk_…`` for default accounts; the
    bare key for previous-platform accounts (``sk_test_<uuid>``), as the official SDK sends it."""

    def __init__(self, secret_key: str) -> None:
        self._value = secret_key if _PREVIOUS_KEY.match(secret_key) else f"Bearer {secret_key}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._value
        yield request

    def __repr__(self) -> str:
        return "CheckoutAuth(<secret key>)"
