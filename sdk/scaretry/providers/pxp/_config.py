"""The PXP client's configuration: credentials from the Unity Portal, and the options of the flow."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from scaretry._config import FROM_ENV, ClientOptions, validated

__all__ = ["PROVIDER", "WEBHOOK_TOLERANCE", "MerchantDetails", "PXPConfig"]

PROVIDER = "pxp"
#: A webhook signed longer ago than this many seconds is refused (replay protection; PXP documents
#: no window, so this is ours: the inbox's five minutes).
WEBHOOK_TOLERANCE = 300.0


def _required(value: object) -> bool:
    return isinstance(value, str) and bool(value)


def _credential(name: str) -> Any:
    return validated(_required, f"{name} is required (Unity Portal, Merchant setup)")


@attrs.frozen
class MerchantDetails:
    """Merchant data PXP's browser authentication forwards to the ACS (all optional in the spec):
    ``category_code`` (MCC, "5411"), ``country_numeric_code`` (ISO 3166-1 numeric, "826"),
    ``legal_name``, ``acquirer_merchant_id``."""

    category_code: str | None = None
    country_numeric_code: str | None = None
    legal_name: str | None = None
    acquirer_merchant_id: str | None = None


@attrs.frozen
class PXPConfig(ClientOptions):
    """PXP credentials and options (the :class:`PXP` constructor's keyword arguments).

    ``client_id``, ``token_id`` and ``token_value`` come from the Unity Portal (Merchant setup >
    Merchant groups > group > Inbound calls, see PXP's "Quickstart"); ``merchant`` and ``site`` are
    assigned by PXP; ``webhook_hash_key`` is the group's webhook hash key (needed by
    ``parse_webhook``, see PXP's "About webhooks"); ``webhook_tolerance`` how many seconds a
    webhook's signed timestamp may be off (default 300; None switches the check off);
    ``decline_overrides`` maps a scheme code (``"05"``) or a 3DS outcome
    (``"3ds:AuthenticationFailed:01"``) to a category or a full rule. From the environment:
    ``SCARETRY_PXP_CLIENT_ID``, ``_TOKEN_ID``, ``_TOKEN_VALUE``, ``_MERCHANT``, ``_SITE``,
    ``_WEBHOOK_HASH_KEY``, ``_BASE_URL``, ``_ENVIRONMENT``.
    """

    provider: ClassVar[str] = PROVIDER
    urls: ClassVar[dict[str, str]] = {
        "sandbox": "https://api-services.test.pxp.io/api",
        "production": "https://api-services.pxp.io/api",
    }

    client_id: str = attrs.field(kw_only=True, metadata=FROM_ENV, validator=_credential("client_id"))
    token_id: str = attrs.field(kw_only=True, metadata=FROM_ENV, validator=_credential("token_id"))
    token_value: str = attrs.field(kw_only=True, repr=False, metadata=FROM_ENV, validator=_credential("token_value"))
    merchant: str = attrs.field(kw_only=True, metadata=FROM_ENV, validator=_credential("merchant"))
    site: str = attrs.field(kw_only=True, metadata=FROM_ENV, validator=_credential("site"))
    webhook_hash_key: str | None = attrs.field(default=None, kw_only=True, repr=False, metadata=FROM_ENV)
    merchant_details: MerchantDetails = attrs.field(factory=MerchantDetails, kw_only=True)
    challenge_window_size: int = attrs.field(
        default=5,
        kw_only=True,
        validator=validated(
            lambda v: isinstance(v, int) and 1 <= v <= 5, "challenge_window_size must be an EMV window code, 1 to 5"
        ),
    )
    decline_overrides: Mapping[str, Mapping[str, Any] | str] | None = attrs.field(default=None, kw_only=True)
    webhook_tolerance: float | None = attrs.field(
        default=WEBHOOK_TOLERANCE,
        kw_only=True,
        validator=validated(
            lambda v: v is None or (isinstance(v, int | float) and v > 0), "webhook_tolerance must be positive or None"
        ),
    )
