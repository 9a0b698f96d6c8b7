"""A recording made with a real-looking card number, CVV and secret contains none of them."""

from __future__ import annotations

import json
from pathlib import Path

import vcr

from scaretry import Card, Money, PaymentRequest, ThreeDSMode
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing._recording import REPLAY_HOST, recording_config, scrub_value
from scaretry.testing.scenarios.checkout import client_for

PAN = "4242424242424242"
CVV = "737"


def test_recorded_cassette_holds_no_card_number_cvv_key_or_signature(
    scaretry_sandbox: SandboxServer, tmp_path: Path
) -> None:
    path = tmp_path / "scrubbed.yaml"
    config = recording_config(scaretry_sandbox.url)
    request = PaymentRequest(
        amount=Money(6510, "EUR"),
        source=Card(PAN, 12, 2030, cvv=CVV),
        reference="ORD-SCRUB-1",
        return_url="https://shop.example/return",
        three_ds=ThreeDSMode.NEVER,
    )
    with vcr.VCR().use_cassette(str(path), **config), client_for(scaretry_sandbox.url_for("checkout")) as client:
        client.pay(request)
    text = path.read_text()
    assert PAN not in text
    assert "000000000000" + PAN[-4:] in text  # only the last four digits survive
    assert f'"cvv":"{CVV}"' not in text
    assert '"cvv":"000"' in text
    assert CHECKOUT["secret_key"] not in text
    assert "Bearer" not in text
    assert f"127.0.0.1:{scaretry_sandbox.port}" not in text
    assert REPLAY_HOST in text


def test_scrub_value_masks_secrets_keeping_their_shape() -> None:
    body = {
        "source": {"number": PAN, "cvv": CVV},
        "session_secret": "sek_Dal7UyiH8rIFXA4PfgiIk2jUyQkVDeEWgVBEL4TsRTE=",
        "paymentMethodMetaData": {"cardNo": "5555555555554444", "cvv": "123"},
        "fundingData": {"card": {"primaryAccountNumber": "4111111111111111", "cardVerificationCode": "999"}},
        "note": "card 4111111111111111 in free text",
        "reference": "ORD-12345678901234567",  # digits that are not a card number stay
    }
    out = json.dumps(scrub_value(body))
    for secret in (PAN, CVV, "5555555555554444", "4111111111111111", "Dal7UyiH8", '"999"', '"123"'):
        assert secret not in out
    assert "sek_" in out
    assert "ORD-12345678901234567" in out
