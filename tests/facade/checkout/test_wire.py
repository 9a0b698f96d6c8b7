"""What the Checkout.com client puts on the wire, whole: every body compared field by field with what
"Request a payment or payout" and "Request a session" take, and every refusal before anything is
sent named with its field and its reason. The provider is an ``httpx.MockTransport`` that keeps what
it was sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scaretry._errors import UnsupportedError, ValidationError
from scaretry._request import (
    Address,
    AgreementType,
    Browser,
    Card,
    CardToken,
    Exemption,
    Initiator,
    Money,
    PaymentRequest,
    StoredCredential,
    ThreeDSMode,
)
from scaretry.providers.checkout import Checkout
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing._scenario import SANDBOX_RETRY
from tests.facade.checkout._helpers import AUTHORIZED, PAY_ID

CHANNEL = CHECKOUT["processing_channel_id"]
RETURN = "https://shop.example/return"
SESSION_ID = "sid_" + "s" * 26
BROWSER = Browser(
    ip_address="90.197.169.245",
    user_agent="Mozilla/5.0 (X11; Linux x86_64)",
    accept_header="text/html,application/xhtml+xml",
    language="fr-FR",
    color_depth=30,
    screen_height=1440,
    screen_width=2560,
    time_zone_offset_minutes=-60,
    java_enabled=True,
    javascript_enabled=False,
)
ADDRESS = Address(line1="1 Rue de Rivoli", line2="Bâtiment B", city="Paris", country="FR", zip="75001", state="IDF")
CARD = Card("4242424242424242", 7, 2031, cvv="123", holder_name="Ada Lovelace")
PENDING_SESSION = {"id": SESSION_ID, "status": "pending", "_links": {"redirect_url": {"href": "https://3ds.test/s"}}}


class Wire:
    """Checkout.com as a mock: a payment is authorised, a session pending; every request is kept."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        body = PENDING_SESSION if request.url.path == "/sessions" else AUTHORIZED
        return httpx.Response(201, json=body)

    def body(self) -> Any:
        (request,) = self.sent
        return json.loads(request.content)


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def client(wire: Wire) -> Iterator[Checkout]:
    with Checkout(
        CHECKOUT["secret_key"], CHANNEL, base_url="https://api.checkout.test", transport=httpx.MockTransport(wire)
    ) as checkout:
        yield checkout


def request(**changes: Any) -> PaymentRequest:
    return PaymentRequest(amount=Money(6510, "EUR"), source=CARD, reference="ORD-W-1", return_url=RETURN).evolve(
        **changes
    )


# -- payments -----------------------------------------------------------------------------------------


def test_a_customers_payment_sends_everything_the_request_says(client: Checkout, wire: Wire) -> None:
    client.pay(
        request(
            billing_address=ADDRESS,
            customer_phone="+33612345678",
            customer_email="ada@example.com",
            description="Three masks",
            browser=BROWSER,
            capture=False,
            metadata={"order": "42"},
        ),
        idempotency_key="key-w-1",
    )
    assert wire.body() == {
        "currency": "EUR",
        "amount": 6510,
        "reference": "ORD-W-1",
        "capture": False,
        "processing_channel_id": CHANNEL,
        "success_url": RETURN,
        "failure_url": RETURN,
        "3ds": {"enabled": False, "allow_upgrade": True},
        "description": "Three masks",
        "customer": {"email": "ada@example.com"},
        "payment_ip": "90.197.169.245",
        "metadata": {"order": "42", "scaretry_idempotency_key": "key-w-1"},
        "source": {
            "type": "card",
            "number": "4242424242424242",
            "expiry_month": 7,
            "expiry_year": 2031,
            "cvv": "123",
            "name": "Ada Lovelace",
            "billing_address": {
                "address_line1": "1 Rue de Rivoli",
                "address_line2": "Bâtiment B",
                "city": "Paris",
                "state": "IDF",
                "zip": "75001",
                "country": "FR",
            },
            "phone": {"country_code": "+33", "number": "612345678"},
        },
    }
    assert wire.sent[0].headers["Cko-Idempotency-Key"] == "key-w-1"


def test_a_bare_card_payment_sends_only_what_it_has(client: Checkout, wire: Wire) -> None:
    client.pay(request(source=Card("4242424242424242", 7, 2031), three_ds=ThreeDSMode.ALWAYS), idempotency_key="k")
    body = wire.body()
    assert body["source"] == {"type": "card", "number": "4242424242424242", "expiry_month": 7, "expiry_year": 2031}
    assert body["3ds"] == {"enabled": True, "allow_upgrade": True}
    assert body["capture"] is True
    assert not {"customer", "description", "payment_ip", "payment_type", "merchant_initiated"} & set(body)


def test_a_merchant_initiated_payment_names_its_agreement_and_the_payment_before(client: Checkout, wire: Wire) -> None:
    client.pay(
        request(
            initiator=Initiator.MERCHANT,
            stored_credential=StoredCredential(AgreementType.UNSCHEDULED),
            previous_payment_id="pay_previous",
        )
    )
    body = wire.body()
    assert body["merchant_initiated"] is True
    assert body["previous_payment_id"] == "pay_previous"
    assert body["payment_type"] == "Unscheduled"
    assert body["source"]["stored"] is True
    assert "store_for_future_use" not in body["source"]
    assert body["3ds"] == {"enabled": False, "allow_upgrade": False}


def test_the_first_payment_of_an_agreement_stores_the_card_and_mandates_a_challenge(
    client: Checkout, wire: Wire
) -> None:
    client.pay(request(stored_credential=StoredCredential(AgreementType.INSTALMENT, first=True)))
    body = wire.body()
    assert body["payment_type"] == "Installment"
    assert body["source"]["store_for_future_use"] is True
    assert "stored" not in body["source"]
    assert body["3ds"] == {"enabled": True, "challenge_indicator": "challenge_requested_mandate", "allow_upgrade": True}
    assert "merchant_initiated" not in body


@pytest.mark.parametrize(
    ("token", "source"),
    [
        ("tok_" + "t" * 26, {"type": "token", "token": "tok_" + "t" * 26}),
        ("src_" + "c" * 26, {"type": "id", "id": "src_" + "c" * 26}),
    ],
)
def test_a_token_or_a_stored_source_is_sent_as_itself(
    client: Checkout, wire: Wire, token: str, source: dict[str, str]
) -> None:
    client.pay(request(source=CardToken(token)))
    assert wire.body()["source"] == source


def test_a_tokens_billing_address_and_phone_go_with_it(client: Checkout, wire: Wire) -> None:
    client.pay(request(source=CardToken("tok_" + "t" * 26), billing_address=ADDRESS, customer_phone="+12125551234"))
    source = wire.body()["source"]
    assert source["phone"] == {"country_code": "+1", "number": "2125551234"}
    assert source["billing_address"]["address_line1"] == "1 Rue de Rivoli"


def test_a_payment_with_a_session_sends_the_sessions_id_as_its_3ds(client: Checkout, wire: Wire) -> None:
    client.pay_with_session(request(), SESSION_ID, idempotency_key="key-s-1")
    body = wire.body()
    assert body["3ds"] == {"enabled": True, "authentication_id": SESSION_ID}
    assert wire.sent[0].headers["Cko-Idempotency-Key"] == "key-s-1"


# -- sessions -----------------------------------------------------------------------------------------


def test_a_hosted_session_sends_the_card_the_customer_and_both_return_urls(client: Checkout, wire: Wire) -> None:
    client.authenticate(
        request(
            source=Card("5555555555554444", 7, 2031, cvv="123"),
            customer_email="ada@example.com",
            billing_address=Address(line1="1 High St.", city="London", country="GB"),
            customer_phone="+441234567890",
        )
    )
    assert wire.body() == {
        "source": {
            "type": "card",
            "number": "5555555555554444",
            "expiry_month": 7,
            "expiry_year": 2031,
            "scheme": "mastercard",
            "email": "ada@example.com",
            "billing_address": {"address_line1": "1 High St.", "city": "London", "country": "GB"},
            "mobile_phone": {"country_code": "44", "number": "1234567890"},
        },
        "currency": "EUR",
        "amount": 6510,
        "processing_channel_id": CHANNEL,
        "reference": "ORD-W-1",
        "completion": {"type": "hosted", "success_url": RETURN, "failure_url": RETURN},
    }
    assert "Cko-Idempotency-Key" not in wire.sent[0].headers


def test_a_non_hosted_session_sends_the_browser_as_checkout_names_its_fields(client: Checkout, wire: Wire) -> None:
    client.authenticate(request(browser=BROWSER), callback_url="https://shop.example/3ds/callback")
    body = wire.body()
    assert body["completion"] == {
        "type": "non_hosted",
        "callback_url": "https://shop.example/3ds/callback",
        "challenge_notification_url": RETURN,
    }
    assert body["channel_data"] == {
        "channel": "browser",
        "accept_header": "text/html,application/xhtml+xml",
        "java_enabled": True,
        "javascript_enabled": False,
        "language": "fr-FR",
        "color_depth": "30",
        "screen_height": "1440",
        "screen_width": "2560",
        "timezone": "-60",
        "user_agent": "Mozilla/5.0 (X11; Linux x86_64)",
        "ip_address": "90.197.169.245",
        "three_ds_method_completion": "U",
    }


def test_a_hosted_session_never_sends_the_browser(client: Checkout, wire: Wire) -> None:
    client.authenticate(request(browser=BROWSER))
    assert "channel_data" not in wire.body()


@pytest.mark.parametrize(
    ("number", "scheme"),
    [
        ("4111111111111111", "visa"),
        ("2221000000000009", "mastercard"),
        ("378282246310005", "amex"),
        ("36227206271667", "diners"),
        ("6011111111111117", "discover"),
        ("3530111333300000", "jcb"),
        ("9999999999999995", None),
    ],
)
def test_a_session_names_the_cards_scheme_from_its_leading_digits(
    client: Checkout, wire: Wire, number: str, scheme: str | None
) -> None:
    client.authenticate(request(source=Card(number, 7, 2031)))
    assert wire.body()["source"].get("scheme") == scheme


@pytest.mark.parametrize(
    ("token", "source"),
    [
        ("tok_" + "t" * 26, {"type": "token", "token": "tok_" + "t" * 26}),
        ("src_" + "c" * 26, {"type": "id", "id": "src_" + "c" * 26}),
    ],
)
def test_a_session_takes_a_token_or_a_stored_source_as_itself(
    client: Checkout, wire: Wire, token: str, source: dict[str, str]
) -> None:
    client.authenticate(request(source=CardToken(token)))
    assert wire.body()["source"] == source


# -- refused before anything is sent ------------------------------------------------------------------

REFUSED_PAYMENTS = [
    (
        request(initiator=Initiator.MERCHANT, three_ds=ThreeDSMode.ALWAYS),
        UnsupportedError,
        "checkout: a merchant-initiated payment cannot be authenticated with 3DS (the cardholder is not there); "
        "use three_ds=NEVER or UPGRADE (merchant-initiated payments are never upgraded)",
    ),
    (
        request(three_ds=ThreeDSMode.NEVER, stored_credential=StoredCredential(AgreementType.RECURRING, first=True)),
        UnsupportedError,
        'checkout: the first payment of an agreement must be authenticated with a challenge ("SCA compliance"), '
        "which three_ds=NEVER forbids; use UPGRADE or ALWAYS",
    ),
    (
        request(metadata={"scaretry_idempotency_key": "mine"}),
        ValidationError,
        "metadata.scaretry_idempotency_key: is reserved: it carries the payment's idempotency key",
    ),
    (
        request(source=CardToken("card_123")),
        ValidationError,
        "source.token: must be a Checkout.com card token (tok_…) or stored source (src_…)",
    ),
    (request(description="x" * 101), ValidationError, "description: Checkout.com takes at most 100 characters"),
]


@pytest.mark.parametrize(("refused", "error", "message"), REFUSED_PAYMENTS)
def test_a_payment_checkout_cannot_take_is_refused_with_its_reason(
    client: Checkout, wire: Wire, refused: PaymentRequest, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        client.pay(refused)
    assert str(caught.value) == message
    assert wire.sent == []


def test_a_description_of_100_characters_is_sent(client: Checkout, wire: Wire) -> None:
    client.pay(request(description="x" * 100))
    assert wire.body()["description"] == "x" * 100


REFUSED_SESSIONS = [
    (
        request(initiator=Initiator.MERCHANT),
        None,
        UnsupportedError,
        "checkout: a Sessions authentication needs the cardholder (customer-initiated only)",
    ),
    (
        request(source=CardToken("card_123")),
        None,
        ValidationError,
        "source.token: must be a Checkout.com card token (tok_…) or stored source (src_…)",
    ),
    (
        request(billing_address=Address(line1="1 High St.", city="London", country="GB", state="London")),
        None,
        ValidationError,
        "billing_address.state: Checkout.com Sessions take an ISO 3166-2 code such as ENG",
    ),
    (
        request(),
        "https://shop.example/3ds/callback",
        ValidationError,
        "browser: a non-hosted session sends the browser's data: give request.browser",
    ),
    (
        request(browser=BROWSER),
        "ftp://shop.example/cb",
        ValidationError,
        "callback_url: must be an absolute http(s) URL",
    ),
    (request(browser=BROWSER), "https:///cb", ValidationError, "callback_url: must be an absolute http(s) URL"),
]


@pytest.mark.parametrize(("refused", "callback_url", "error", "message"), REFUSED_SESSIONS)
def test_a_session_checkout_cannot_take_is_refused_with_its_reason(
    client: Checkout,
    wire: Wire,
    refused: PaymentRequest,
    callback_url: str | None,
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error) as caught:
        client.authenticate(refused, callback_url=callback_url)
    assert str(caught.value) == message
    assert wire.sent == []


def test_a_three_letter_state_and_an_http_callback_are_taken(client: Checkout, wire: Wire) -> None:
    address = Address(line1="1 High St.", city="London", country="GB", state="ENG")
    client.authenticate(request(browser=BROWSER, billing_address=address), callback_url="http://shop.example/cb")
    assert wire.body()["source"]["billing_address"]["state"] == "ENG"


def test_a_session_id_that_is_not_one_is_refused_before_paying(client: Checkout, wire: Wire) -> None:
    with pytest.raises(ValidationError) as caught:
        client.pay_with_session(request(), "pay_" + "s" * 26)
    assert str(caught.value) == "session_id: must be a Checkout.com session id (sid_…)"
    assert wire.sent == []


def test_an_exemption_is_refused_for_a_merchant_initiated_payment_with_its_reason(client: Checkout, wire: Wire) -> None:
    with pytest.raises(ValidationError) as caught:
        client.pay(request(initiator=Initiator.MERCHANT, exemption=Exemption.LOW_VALUE))
    assert str(caught.value) == "exemption: a merchant-initiated payment is out of SCA's scope: no exemption"
    assert wire.sent == []


def test_retries_repeat_a_payment_with_a_session_under_its_key() -> None:
    """A payment with a session carries ``Cko-Idempotency-Key`` like any payment: a 503 is repeated."""
    seen: list[str | None] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Cko-Idempotency-Key"))
        return httpx.Response(503) if len(seen) == 1 else httpx.Response(201, json=AUTHORIZED)

    with Checkout(
        CHECKOUT["secret_key"],
        CHANNEL,
        base_url="https://api.checkout.test",
        transport=httpx.MockTransport(flaky),
        retry=SANDBOX_RETRY,
    ) as client:
        outcome = client.pay_with_session(request(), SESSION_ID, idempotency_key="key-r")
    assert outcome.payment_id == PAY_ID
    assert seen == ["key-r", "key-r"]
