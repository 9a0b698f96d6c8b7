"""Antom's client configuration: credentials and options, the keyword arguments of :class:`Antom`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs
from cryptography.hazmat.primitives.asymmetric import rsa

from scaretry._config import FROM_ENV, ClientOptions, from_env, validated
from scaretry._errors import ConfigurationError
from scaretry.providers.antom._keys import load_private_key, load_public_key

__all__ = ["PROVIDER", "AntomConfig"]

PROVIDER = "antom"


@attrs.frozen
class AntomConfig(ClientOptions):
    """Antom credentials and options (the :class:`Antom` constructor's arguments).

    ``client_id`` is Antom's Client-Id (sandbox ids start with ``SANDBOX_``); ``private_key`` the
    merchant's RSA key whose public half is registered in Antom Dashboard (PEM, or Antom's bare
    base64); ``antom_public_key`` the key Antom issued (not one you generated), to verify its answers
    and notifications. ``notify_url`` is sent as ``paymentNotifyUrl`` when a request has none, and
    its path is what notifications are verified over. ``notification_tolerance`` (seconds, default
    300; None switches it off) is how far a notification's signed ``Request-Time`` may be from now:
    an older one is a replay, refused with :class:`~scaretry.SignatureError`. From the environment:
    ``SCARETRY_ANTOM_CLIENT_ID``, ``_PRIVATE_KEY``, ``_PUBLIC_KEY`` (Antom's), ``_KEY_VERSION``,
    ``_NOTIFY_URL``, ``_BASE_URL``, ``_ENVIRONMENT``.
    """

    provider: ClassVar[str] = PROVIDER
    urls: ClassVar[dict[str, str]] = {
        # Antom's recommended default domain is North America; sandbox is the /ams/sandbox prefix
        # ("API fundamentals", docs.antom.com/ac/ams/api_fund).
        "sandbox": "https://open-na-global.alipay.com/ams/sandbox",
        "production": "https://open-na-global.alipay.com/ams",
        "sandbox-asia": "https://open-sea-global.alipay.com/ams/sandbox",
        "production-asia": "https://open-sea-global.alipay.com/ams",
        "sandbox-europe": "https://open-de-global.alipay.com/ams/sandbox",
        "production-europe": "https://open-de-global.alipay.com/ams",
    }

    client_id: str = attrs.field(
        metadata=FROM_ENV,
        validator=validated(
            lambda v: isinstance(v, str) and 0 < len(v) <= 64,
            "client_id must be the 1-64 character Client-Id Antom issued",
        ),
    )
    private_key: rsa.RSAPrivateKey = attrs.field(repr=False, metadata=FROM_ENV, converter=load_private_key)
    antom_public_key: rsa.RSAPublicKey = attrs.field(metadata=from_env("public_key"), converter=load_public_key)
    key_version: str = attrs.field(
        default="1",
        kw_only=True,
        metadata=FROM_ENV,
        validator=validated(
            lambda v: isinstance(v, str) and v.isdigit(), "key_version must be digits (Antom's keyVersion, usually 1)"
        ),
    )
    notify_url: str | None = attrs.field(default=None, kw_only=True, metadata=FROM_ENV)
    decline_overrides: Mapping[str, Mapping[str, Any] | str] | None = attrs.field(default=None, kw_only=True)
    notification_tolerance: float | None = attrs.field(
        default=300.0,
        kw_only=True,
        validator=validated(
            lambda v: v is None or (isinstance(v, int | float) and not isinstance(v, bool) and 0 < v < float("inf")),
            "notification_tolerance must be a positive number of seconds, or None to switch the check off",
        ),
    )

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.client_id.startswith("SANDBOX_") and self.environment.startswith("production") and not self.base_url:
            raise ConfigurationError("antom: a SANDBOX_ client id only works on the sandbox environment")
