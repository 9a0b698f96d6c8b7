"""Payments AI's credentials and options: :class:`PaymentsAIConfig`, the client's constructor
arguments (and what ``from_env()`` reads)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self
from urllib.parse import urlsplit

import attrs

from scaretry._config import FROM_ENV, ClientOptions, validated
from scaretry._errors import ConfigurationError

__all__ = ["PROVIDER", "PaymentsAIConfig"]

PROVIDER = "paymentsai"


def _flag(value: bool | str) -> bool:
    """``gateway_three_ds`` as given, or as written in the environment (``true``/``false``)."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    raise ConfigurationError(
        "paymentsai: gateway_three_ds must be true or false (how the gateway connection is configured)"
    )


def _api_key_ok(value: object) -> bool:
    return isinstance(value, str) and value.count("_") >= 2 and not any(c.isspace() for c in value)


@attrs.frozen
class PaymentsAIConfig(ClientOptions):
    """Payments AI credentials and options (the :class:`PaymentsAI` constructor's arguments).

    ``api_key`` is ``<accountId>_<apiKey>_<apiKeyId>``; ``organization_id`` the organization (a UUID)
    every path carries; ``gateway_three_ds`` whether the merchant's gateway connection has 3-D Secure
    switched on (Payments AI: off by default, set per connection, not per payment);
    ``webhook_secret`` verifies notifications; ``decline_overrides`` amends
    ``scaretry/data/paymentsai.json``. From the environment: ``SCARETRY_PAYMENTSAI_API_KEY``,
    ``_ORGANIZATION_ID``, ``_GATEWAY_THREE_DS`` (``true``/``false``), ``_WEBHOOK_SECRET``,
    ``_BASE_URL``, ``_ENVIRONMENT``.
    """

    provider: ClassVar[str] = PROVIDER
    urls: ClassVar[dict[str, str]] = {
        "sandbox": "https://staging-api.payments.ai",
        "production": "https://api.payments.ai",
    }

    api_key: str = attrs.field(
        repr=False,
        metadata=FROM_ENV,
        validator=validated(_api_key_ok, "api_key must be <accountId>_<apiKey>_<apiKeyId>"),
    )
    organization_id: str = attrs.field(
        metadata=FROM_ENV,
        validator=validated(lambda v: isinstance(v, str) and bool(v), "organization_id is required"),
    )
    gateway_three_ds: bool = attrs.field(kw_only=True, metadata=FROM_ENV, converter=_flag)
    webhook_secret: str | None = attrs.field(default=None, kw_only=True, repr=False, metadata=FROM_ENV)
    decline_overrides: Mapping[str, Mapping[str, Any] | str] | None = attrs.field(default=None, kw_only=True)

    @property
    def production(self) -> bool:
        """Whether requests go to Payments AI's production API (raw cards are refused there)."""
        return self.environment == "production" or urlsplit(self.resolved_url()).hostname == "api.payments.ai"

    def for_organization(self, organization_id: str, *, gateway_three_ds: bool) -> Self:
        """A new client for another organization of the same API key (each organization has its own
        gateway connections, so its own ``gateway_three_ds``). Close it when done."""
        return attrs.evolve(self, organization_id=organization_id, gateway_three_ds=gateway_three_ds)
