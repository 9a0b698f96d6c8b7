"""The provider-neutral payment request. Everything is validated when it is built, so bad input is
rejected with a :class:`~scaretry.ValidationError` naming the field before any request is sent."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs

from scaretry import _currency
from scaretry._errors import ValidationError

__all__ = [
    "Address",
    "AgreementType",
    "Browser",
    "Card",
    "CardToken",
    "Exemption",
    "Initiator",
    "Money",
    "PaymentRequest",
    "StoredCredential",
    "ThreeDSMode",
    "luhn_ok",
]


class ThreeDSMode(enum.StrEnum):
    """When to authenticate with 3-D Secure; the decision table of Antom's 3DS-Retry, for every provider.

    - ``ALWAYS``: authenticate with 3DS from the start.
    - ``UPGRADE`` (default): try without 3DS; on a soft decline for missing SCA, retry with 3DS.
    - ``NEVER``: no 3DS and no retry; a soft decline comes back as a decline.
    """

    ALWAYS = "always"
    UPGRADE = "upgrade"
    NEVER = "never"


class Initiator(enum.StrEnum):
    """Who starts the payment. Merchant-initiated payments are never upgraded: the cardholder is not
    there to authenticate (Checkout.com, "Manage SCA retries": only CITs are eligible)."""

    CUSTOMER = "customer"
    MERCHANT = "merchant"


class Exemption(enum.StrEnum):
    """A PSD2 exemption from strong customer authentication (EBA RTS on SCA, articles 13–18), as the
    providers name them in their APIs: Checkout.com ``3ds.exemption``, PXP ``applicableExemptions``.
    An issuer may refuse one with a soft decline for missing SCA, which the upgrade then handles. A
    provider that cannot send one raises :class:`~scaretry.UnsupportedError` before sending."""

    LOW_VALUE = "low_value"  # article 16: under EUR 30 (with counters the issuer keeps)
    TRANSACTION_RISK_ANALYSIS = "transaction_risk_analysis"  # article 18: acquirer's or issuer's TRA
    TRUSTED_LISTING = "trusted_listing"  # article 13: the payee is whitelisted by the cardholder
    SECURE_CORPORATE = "secure_corporate"  # article 17: dedicated corporate processes and protocols


class AgreementType(enum.StrEnum):
    """What a stored card may be charged for later (credentials on file, the card schemes' framework)."""

    RECURRING = "recurring"  # a fixed schedule: subscriptions
    UNSCHEDULED = "unscheduled"  # when needed: top-ups, usage billing
    INSTALMENT = "instalment"  # one purchase paid in a fixed number of parts


@attrs.frozen
class StoredCredential:
    """The card is stored under an agreement. On the customer-initiated payment that sets the
    agreement up, ``first=True`` (a challenge is requested and the credential stored); on the
    merchant-initiated payments that follow, ``first=False`` with ``previous_payment_id``. A
    merchant-initiated payment without one is sent as a recurring agreement's."""

    agreement: AgreementType = AgreementType.RECURRING
    first: bool = False


@attrs.frozen
class Address:
    """A billing address. ``country`` is ISO 3166-1 alpha-2 (``GB``)."""

    line1: str
    city: str
    country: str
    zip: str | None = None
    line2: str | None = None
    state: str | None = None

    def __attrs_post_init__(self) -> None:
        _check(
            "address.country",
            len(self.country) == 2 and self.country.isalpha() and self.country.isupper(),
            "must be an ISO 3166-1 alpha-2 code such as GB",
        )
        _check("address.line1", bool(self.line1.strip()), "must not be empty")
        _check("address.city", bool(self.city.strip()), "must not be empty")


def luhn_ok(number: str) -> bool:
    """Whether ``number`` (digits only) passes the Luhn check."""
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def _check(field: str, ok: bool, message: str) -> None:
    if not ok:
        raise ValidationError(field, message)


@attrs.frozen
class Money:
    """An amount in minor units of an ISO 4217 currency: ``Money(6510, "EUR")`` is EUR 65.10."""

    amount: int
    currency: str

    def __attrs_post_init__(self) -> None:
        _check("amount", type(self.amount) is int, "must be an int of minor units (6510 for 65.10)")
        _check("amount", self.amount > 0, "must be positive")
        _check("currency", _currency.is_currency(self.currency), "must be an ISO 4217 code such as EUR")


def _masked(number: str) -> str:
    return f"{number[:6]}…{number[-4:]}" if len(number) > 10 else "…"


@attrs.frozen(repr=False)
class Card:
    """Raw card data. Its ``repr`` shows only the BIN and last four digits, never the CVV."""

    number: str
    expiry_month: int
    expiry_year: int
    cvv: str | None = None
    holder_name: str | None = None

    def __attrs_post_init__(self) -> None:
        number = self.number
        _check("card.number", number.isdigit() and 12 <= len(number) <= 19, "must be 12 to 19 digits")
        _check("card.number", luhn_ok(number), "fails the Luhn check")
        _check("card.expiry_month", 1 <= self.expiry_month <= 12, "must be 1 to 12")
        _check("card.expiry_year", 2000 <= self.expiry_year <= 2099, "must be a four-digit year")
        today = dt.datetime.now(dt.UTC).date()
        _check(
            "card.expiry_year",
            (self.expiry_year, self.expiry_month) >= (today.year, today.month),
            "the card has expired",
        )
        if self.cvv is not None:
            _check("card.cvv", self.cvv.isdigit() and len(self.cvv) in (3, 4), "must be 3 or 4 digits")

    @property
    def last4(self) -> str:
        return self.number[-4:]

    @property
    def bin(self) -> str:
        return self.number[:6]

    def __repr__(self) -> str:
        return f"Card({_masked(self.number)}, {self.expiry_month:02d}/{self.expiry_year})"


@attrs.frozen
class CardToken:
    """A card the provider already holds: a Checkout.com ``tok_``/``src_``, an Antom ``cardToken``,
    a Payments AI token or payment instrument id, a PXP gateway token."""

    token: str

    def __attrs_post_init__(self) -> None:
        _check("token", bool(self.token.strip()), "must not be empty")


@attrs.frozen
class Browser:
    """The customer's browser, as 3DS2 needs it (EMVCo browser fields). Collect it client-side."""

    ip_address: str
    user_agent: str
    accept_header: str = "text/html"
    language: str = "en-GB"
    color_depth: int = 24
    screen_height: int = 1080
    screen_width: int = 1920
    time_zone_offset_minutes: int = 0
    java_enabled: bool = False
    javascript_enabled: bool = True
    #: A device fingerprint from the provider's own script (Payments AI ``riskMetadata.fingerprint``).
    fingerprint: str | None = None
    #: Whether an ad blocker is on (Payments AI ``browserData.isAdBlockEnabled``), when you know it.
    ad_block_enabled: bool | None = None


_REFERENCE = re.compile(r"^[A-Za-z0-9._:/-]{1,50}$")
_PHONE = re.compile(r"^\+[1-9][0-9]{7,14}$")


def _check_url(field: str, url: str | None) -> None:
    if url is None:
        return
    parts = urlsplit(url)
    _check(field, parts.scheme in ("http", "https") and bool(parts.netloc), "must be an absolute http(s) URL")


@attrs.frozen
class PaymentRequest:
    """One card payment, the same for every provider.

    ``source`` is the card, a token of one, or None where the provider's own page or front end
    collects the card (Antom's payment sessions and hosted card page); paying needs one otherwise.
    ``return_url`` is where the customer's browser comes back after 3DS; ``reference`` is your order
    reference (1–50 of ``A-Za-z0-9._:/-``, the narrowest rule of the four providers).
    ``previous_payment_id`` links a merchant-initiated payment to the customer-initiated one that
    set up the agreement (the provider's payment id or scheme transaction id); ``stored_credential``
    says under which agreement. ``exemption`` asks for a PSD2 exemption from SCA;
    ``exemption_after_failed_authentication`` lets a provider that offers it (PXP) authorise with an
    exemption it says applies when 3DS authentication failed or errored.
    """

    amount: Money
    source: Card | CardToken | None
    reference: str
    return_url: str
    three_ds: ThreeDSMode = ThreeDSMode.UPGRADE
    initiator: Initiator = Initiator.CUSTOMER
    browser: Browser | None = None
    notify_url: str | None = None
    customer_email: str | None = None
    description: str | None = None
    capture: bool = True
    previous_payment_id: str | None = None
    metadata: Mapping[str, str] = attrs.field(factory=dict)
    exemption: Exemption | None = None
    exemption_after_failed_authentication: bool = False
    stored_credential: StoredCredential | None = None
    billing_address: Address | None = None
    customer_phone: str | None = None

    def __attrs_post_init__(self) -> None:
        _check("reference", bool(_REFERENCE.match(self.reference)), "must be 1-50 of A-Za-z0-9._:/-")
        _check_url("return_url", self.return_url)
        _check_url("notify_url", self.notify_url)
        _check("three_ds", isinstance(self.three_ds, ThreeDSMode), "must be a ThreeDSMode")
        _check("initiator", isinstance(self.initiator, Initiator), "must be an Initiator")
        if self.customer_email is not None:
            _check("customer_email", "@" in self.customer_email, "must be an e-mail address")
        if self.exemption is not None:
            _check("exemption", isinstance(self.exemption, Exemption), "must be an Exemption")
            _check(
                "exemption",
                self.three_ds is not ThreeDSMode.ALWAYS,
                "an exemption is asked instead of 3DS, not with ALWAYS",
            )
        if self.stored_credential is not None and self.stored_credential.first:
            _check(
                "stored_credential", self.customer_initiated, "the first payment of an agreement is customer-initiated"
            )
        if self.customer_phone is not None:
            _check("customer_phone", bool(_PHONE.match(self.customer_phone)), "must be E.164: + and 8 to 15 digits")

    @property
    def customer_initiated(self) -> bool:
        return self.initiator is Initiator.CUSTOMER

    def require_source(self) -> Card | CardToken:
        """The card or token; ValidationError where there is none (only a provider's own page can
        collect the card)."""
        if self.source is None:
            raise ValidationError("source", "a card or a card token is needed here")
        return self.source

    @property
    def agreement(self) -> AgreementType | None:
        """The credentials-on-file agreement: the stored credential's, or RECURRING for a
        merchant-initiated payment that names none."""
        if self.stored_credential is not None:
            return self.stored_credential.agreement
        return None if self.customer_initiated else AgreementType.RECURRING

    @property
    def wants_upgrade(self) -> bool:
        """UPGRADE mode on a customer-initiated payment: the only case a soft decline is retried."""
        return self.three_ds is ThreeDSMode.UPGRADE and self.customer_initiated

    def evolve(self, **changes: Any) -> PaymentRequest:
        return attrs.evolve(self, **changes)
