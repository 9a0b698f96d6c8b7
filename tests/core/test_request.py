"""Bad input is rejected when the request is built, naming the field, and without echoing card data."""

from __future__ import annotations

import datetime as dt

import pytest

from scaretry import _currency
from scaretry._errors import ValidationError
from scaretry._request import Browser, Card, CardToken, Initiator, Money, PaymentRequest, ThreeDSMode, luhn_ok

NEXT_YEAR = dt.date.today().year + 1
CARD = Card("4242424242424242", 12, NEXT_YEAR, "100")


def request(**changes: object) -> PaymentRequest:
    base = PaymentRequest(
        amount=Money(6510, "EUR"), source=CARD, reference="ORD-1", return_url="https://shop.example/r"
    )
    return base.evolve(**changes)


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Card("4242424242424241", 12, NEXT_YEAR), "card.number"),
        (lambda: Card("4242abcd42424242", 12, NEXT_YEAR), "card.number"),
        (lambda: Card("4242424242424242", 13, NEXT_YEAR), "card.expiry_month"),
        (lambda: Card("4242424242424242", 1, 2020), "card.expiry_year"),
        (lambda: Card("4242424242424242", 12, NEXT_YEAR, "12"), "card.cvv"),
        (lambda: Money(0, "EUR"), "amount"),
        (lambda: Money(-5, "EUR"), "amount"),
        (lambda: Money(10.5, "EUR"), "amount"),  # type: ignore[arg-type]
        (lambda: Money(100, "EURO"), "currency"),
        (lambda: Money(100, "eur"), "currency"),
        (lambda: CardToken(" "), "token"),
        (lambda: request(return_url="/relative"), "return_url"),
        (lambda: request(return_url="ftp://shop.example/r"), "return_url"),
        (lambda: request(reference=""), "reference"),
        (lambda: request(reference="x" * 51), "reference"),
        (lambda: request(three_ds="sometimes"), "three_ds"),
        (lambda: request(customer_email="nobody"), "customer_email"),
    ],
)
def test_bad_input_names_the_field(build: object, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build()  # type: ignore[operator]
    assert caught.value.field == field
    assert "4242424242424241" not in str(caught.value)


def test_card_repr_hides_number_and_cvv() -> None:
    assert repr(CARD) == f"Card(424242…4242, 12/{NEXT_YEAR})"
    assert "100" not in repr(request())


def test_luhn() -> None:
    assert luhn_ok("4500622868341387")
    assert not luhn_ok("4500622868341388")


def test_upgrade_only_for_customer_initiated_upgrade_mode() -> None:
    assert request().wants_upgrade
    assert not request(initiator=Initiator.MERCHANT).wants_upgrade
    assert not request(three_ds=ThreeDSMode.NEVER).wants_upgrade
    assert not request(three_ds=ThreeDSMode.ALWAYS).wants_upgrade


def test_browser_defaults_are_a_plausible_desktop() -> None:
    browser = Browser(ip_address="203.0.113.7", user_agent="Mozilla/5.0")
    assert browser.javascript_enabled
    assert browser.color_depth == 24


@pytest.mark.parametrize(
    ("minor", "code", "major"), [(6510, "EUR", "65.10"), (500, "JPY", "500"), (1234, "KWD", "1.234")]
)
def test_currency_exponents(minor: int, code: str, major: str) -> None:
    assert str(_currency.to_major(minor, code)) == major
    assert _currency.to_minor(major, code) == minor


def test_to_minor_refuses_extra_decimals() -> None:
    with pytest.raises(ValueError, match="decimals"):
        _currency.to_minor("1.234", "GBP")


def test_exemptions_agreements_addresses_and_phones_are_checked() -> None:
    from scaretry._request import Address, AgreementType, Exemption, StoredCredential

    assert request(exemption=Exemption.LOW_VALUE).exemption is Exemption.LOW_VALUE
    with pytest.raises(ValidationError, match="exemption"):
        request(exemption=Exemption.LOW_VALUE, three_ds=ThreeDSMode.ALWAYS)
    with pytest.raises(ValidationError, match="exemption"):
        request(exemption="low_value")
    first = StoredCredential(AgreementType.UNSCHEDULED, first=True)
    assert request(stored_credential=first).agreement is AgreementType.UNSCHEDULED
    with pytest.raises(ValidationError, match="stored_credential"):
        request(stored_credential=first, initiator=Initiator.MERCHANT)
    assert request(initiator=Initiator.MERCHANT).agreement is AgreementType.RECURRING
    assert request().agreement is None
    assert request(customer_phone="+447700900123").customer_phone == "+447700900123"
    for phone in ("07700900123", "+44 7700", "+0123456789"):
        with pytest.raises(ValidationError, match="customer_phone"):
            request(customer_phone=phone)
    assert Address("1 Main St", "London", "GB").country == "GB"
    for country in ("gb", "GBR", "G1"):
        with pytest.raises(ValidationError, match="country"):
            Address("1 Main St", "London", country)


def test_only_a_providers_page_can_do_without_a_card() -> None:
    without = request(source=None)
    with pytest.raises(ValidationError, match="source"):
        without.require_source()
    assert request().require_source() is CARD
