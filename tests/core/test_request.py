"""Bad input is rejected when the request is built, naming the field, and without echoing card data."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from scaretry import _currency
from scaretry._errors import ValidationError
from scaretry._request import (
    Address,
    Browser,
    Card,
    CardToken,
    Exemption,
    Initiator,
    Money,
    PaymentRequest,
    StoredCredential,
    ThreeDSMode,
    luhn_ok,
)

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


# -- what the caller is told, exactly, and where the limits are ----------------------------------------------


def _message(build: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        build()
    return str(caught.value)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Card("42424242424", 12, NEXT_YEAR), "card.number: must be 12 to 19 digits"),
        (lambda: Card("4" * 20, 12, NEXT_YEAR), "card.number: must be 12 to 19 digits"),
        (lambda: Card("4242424242424241", 12, NEXT_YEAR), "card.number: fails the Luhn check"),
        (lambda: Card("4242424242424242", 0, NEXT_YEAR), "card.expiry_month: must be 1 to 12"),
        (lambda: Card("4242424242424242", 12, 1999), "card.expiry_year: must be a four-digit year"),
        (lambda: Card("4242424242424242", 12, 2100), "card.expiry_year: must be a four-digit year"),
        (lambda: Card("4242424242424242", 1, 2000), "card.expiry_year: the card has expired"),
        (lambda: Card("4242424242424242", 12, NEXT_YEAR, "12345"), "card.cvv: must be 3 or 4 digits"),
        (lambda: Card("4242424242424242", 12, NEXT_YEAR, "12a"), "card.cvv: must be 3 or 4 digits"),
        (lambda: Money(10.5, "EUR"), "amount: must be an int of minor units (6510 for 65.10)"),  # type: ignore[arg-type]
        (lambda: Money(0, "EUR"), "amount: must be positive"),
        (lambda: Money(100, "XXX1"), "currency: must be an ISO 4217 code such as EUR"),
        (lambda: CardToken(""), "token: must not be empty"),
        (lambda: request(reference="ORD 1"), "reference: must be 1-50 of A-Za-z0-9._:/-"),
        (lambda: request(return_url="https:///r"), "return_url: must be an absolute http(s) URL"),
        (lambda: request(notify_url="mailto:x@y.example"), "notify_url: must be an absolute http(s) URL"),
        (lambda: request(three_ds="always"), "three_ds: must be a ThreeDSMode"),
        (lambda: request(initiator="merchant"), "initiator: must be an Initiator"),
        (lambda: request(customer_email="shop.example"), "customer_email: must be an e-mail address"),
        (lambda: request(exemption="low_value"), "exemption: must be an Exemption"),
        (
            lambda: request(exemption=Exemption.LOW_VALUE, three_ds=ThreeDSMode.ALWAYS),
            "exemption: an exemption is asked instead of 3DS, not with ALWAYS",
        ),
        (
            lambda: request(stored_credential=StoredCredential(first=True), initiator=Initiator.MERCHANT),
            "stored_credential: the first payment of an agreement is customer-initiated",
        ),
        (lambda: request(customer_phone="+44"), "customer_phone: must be E.164: + and 8 to 15 digits"),
        (lambda: request(source=None).require_source(), "source: a card or a card token is needed here"),
        (
            lambda: Address("1 Main St", "London", "uk"),
            "address.country: must be an ISO 3166-1 alpha-2 code such as GB",
        ),
        (lambda: Address(" ", "London", "GB"), "address.line1: must not be empty"),
        (lambda: Address("1 Main St", "", "GB"), "address.city: must not be empty"),
    ],
)
def test_bad_input_is_explained(build: Any, message: str) -> None:
    assert _message(build) == message


def test_the_limits_themselves_are_accepted() -> None:
    today = dt.datetime.now(dt.UTC).date()
    assert Card("424242424242", 12, NEXT_YEAR).last4 == "4242"  # 12 digits
    assert Card("4242424242424242428", 12, NEXT_YEAR).bin == "424242"  # 19 digits
    assert Card("4242424242424242", today.month, today.year).expiry_year == today.year  # expires this month
    assert Card("4242424242424242", 12, 2099).expiry_year == 2099
    assert Card("4242424242424242", 1, NEXT_YEAR, "123").cvv == "123"
    assert Card("378282246310005", 1, NEXT_YEAR, "1234").cvv == "1234"
    assert Money(1, "EUR").amount == 1
    assert CardToken("tok_ubfj2q76miwundwlk72vxt2i7q").token == "tok_ubfj2q76miwundwlk72vxt2i7q"
    for url in ("http://localhost:8000/r", "https://shop.example/r?order=1"):
        assert request(return_url=url, notify_url=url).notify_url == url
    assert request(customer_email="a@shop.example").customer_email == "a@shop.example"


@pytest.mark.parametrize(
    "number",
    ["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "3530111333300000", "79927398713"],
)
def test_luhn_accepts_valid_numbers_and_refuses_each_one_digit_change(number: str) -> None:
    assert luhn_ok(number)
    for index in range(len(number)):
        for other in "0123456789":
            if other != number[index]:
                assert not luhn_ok(number[:index] + other + number[index + 1 :]), (number, index, other)
