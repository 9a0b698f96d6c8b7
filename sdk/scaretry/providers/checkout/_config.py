"""Checkout.com's client configuration: credentials and options, read from keywords or from the
environment (``SCARETRY_CHECKOUT_…``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar, Self

import attrs

from scaretry._config import FROM_ENV, ClientOptions, validated
from scaretry.providers.checkout._auth import is_secret_key

__all__ = ["PROVIDER", "SESSION_ID", "CheckoutConfig"]

PROVIDER = "checkout"
_CHANNEL = re.compile(r"^pc_\w{26}$")
#: A Checkout.com session id (a finished Sessions authentication, or the ``cko-session-id`` a return URL gets).
SESSION_ID = re.compile(r"^sid_\w{26}$")
# "API endpoints": the unique prefix is the first 8 characters of the client id after ``cli_``.
_PREFIX = re.compile(r"^(?:pl-)?[a-z0-9]+$")


@attrs.frozen
class CheckoutConfig(ClientOptions):
    """Checkout.com credentials and options (the :class:`Checkout` constructor's arguments).

    ``secret_key`` (``sk_sbox_…`` / ``sk_…``) and ``processing_channel_id`` (``pc_…``; card payments
    fail with ``processing_channel_id_required`` without one); ``webhook_signature_key`` to verify
    webhooks; ``prefix`` for your account's unique base URL (``https://{prefix}.api.checkout.com``,
    "API endpoints"); ``decline_overrides`` to re-categorise response codes
    (``{"20051": "soft_retryable"}``).
    From the environment: ``SCARETRY_CHECKOUT_SECRET_KEY``, ``_PROCESSING_CHANNEL_ID``,
    ``_WEBHOOK_SIGNATURE_KEY``, ``_PREFIX``, ``_BASE_URL``, ``_ENVIRONMENT``.
    """

    provider: ClassVar[str] = PROVIDER
    urls: ClassVar[dict[str, str]] = {
        "sandbox": "https://api.sandbox.checkout.com",
        "production": "https://api.checkout.com",
    }

    secret_key: str = attrs.field(
        repr=False,
        metadata=FROM_ENV,
        validator=validated(is_secret_key, "secret_key must be a Checkout.com secret key (sk_…)"),
    )
    processing_channel_id: str = attrs.field(
        metadata=FROM_ENV,
        validator=validated(
            lambda v: isinstance(v, str) and bool(_CHANNEL.match(v)),
            "processing_channel_id must look like pc_ followed by 26 characters",
        ),
    )
    webhook_signature_key: str | None = attrs.field(default=None, kw_only=True, repr=False, metadata=FROM_ENV)
    prefix: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=FROM_ENV,
        validator=validated(
            lambda v: v is None or bool(_PREFIX.match(v)),
            "prefix must be your account's unique base-URL prefix (a-z, 0-9)",
        ),
    )
    decline_overrides: Mapping[str, Mapping[str, Any] | str] | None = attrs.field(default=None, kw_only=True)

    def resolved_url(self) -> str:
        """With ``prefix``, the account's unique base URL (``https://{prefix}.api.sandbox.checkout.com``)."""
        url = super().resolved_url()
        if self.prefix and self.base_url is None:
            url = url.replace("https://api.", f"https://{self.prefix}.api.", 1)
        return url

    def for_processing_channel(self, processing_channel_id: str) -> Self:
        """A new client for another processing channel of the same account (each channel has its
        own settings, such as whether SCA retries are on). Close it when done."""
        return attrs.evolve(self, processing_channel_id=processing_channel_id)
