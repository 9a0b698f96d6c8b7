"""Capture, void and refund through ``client.api`` (the generated client on the facade's connection,
auth and key) against the sandbox: what the payment reads afterwards, what is refused, and that a
repeated ``Cko-Idempotency-Key`` acts once."""

from __future__ import annotations

from scaretry_checkout.api.payments import capture_payment, refund_payment, void_payment
from scaretry_checkout.models import CaptureAcceptedResponse, CaptureRequest, RefundRequest, VoidRequest
from scaretry_checkout.models import ValidationError as CkoValidationError

from scaretry._outcome import Outcome, State
from scaretry.providers.checkout import Checkout
from scaretry.testing.scenarios.checkout import request_for


def _authorized(client: Checkout) -> Outcome:
    outcome = client.pay(request_for("approve").evolve(capture=False))
    assert outcome.state is State.AUTHORIZED
    assert outcome.payment_id is not None
    return outcome


def _read(client: Checkout, payment_id: str) -> tuple[str, dict[str, int]]:
    details = client.api.get_httpx_client().get(f"/payments/{payment_id}").json()
    return details["status"], details["balances"]


def test_captures_then_a_refund(client: Checkout) -> None:
    paid = _authorized(client)
    payment_id = str(paid.payment_id)
    first = capture_payment.sync_detailed(
        payment_id, client=client.api, body=CaptureRequest(amount=4000), cko_idempotency_key="cap-1"
    )
    assert first.status_code == 202
    assert isinstance(first.parsed, CaptureAcceptedResponse)
    again = capture_payment.sync_detailed(
        payment_id, client=client.api, body=CaptureRequest(amount=4000), cko_idempotency_key="cap-1"
    )
    assert again.parsed.action_id == first.parsed.action_id  # type: ignore[union-attr]  # replayed, not captured twice
    status, balances = _read(client, payment_id)
    assert status == "Partially Captured"
    assert (balances["total_captured"], balances["available_to_capture"]) == (4000, 2510)
    too_much = capture_payment.sync_detailed(payment_id, client=client.api, body=CaptureRequest(amount=9999))
    assert too_much.status_code == 422
    assert isinstance(too_much.parsed, CkoValidationError)
    assert too_much.parsed.error_codes == ["amount_invalid"]
    assert capture_payment.sync_detailed(payment_id, client=client.api, body=CaptureRequest()).status_code == 202
    assert _read(client, payment_id)[0] == "Captured"
    assert void_payment.sync_detailed(payment_id, client=client.api, body=VoidRequest()).status_code == 403
    refund = refund_payment.sync_detailed(payment_id, client=client.api, body=RefundRequest(amount=1000))
    assert refund.status_code == 202
    status, balances = _read(client, payment_id)
    assert (status, balances["available_to_refund"]) == ("Partially Refunded", 5510)
    read = client.poll_once(paid.handle).outcome  # what the facade makes of it: still authorised money
    assert (read.state, read.provider_status) == (State.AUTHORIZED, "Partially Refunded")


def test_a_void_cancels_an_uncaptured_payment(client: Checkout) -> None:
    paid = _authorized(client)
    payment_id = str(paid.payment_id)
    assert refund_payment.sync_detailed(payment_id, client=client.api, body=RefundRequest()).status_code == 403
    assert void_payment.sync_detailed(payment_id, client=client.api, body=VoidRequest()).status_code == 202
    status, balances = _read(client, payment_id)
    assert status == "Voided"
    assert balances["total_voided"] == 6510
    assert client.poll_once(paid.handle).outcome.state is State.CANCELED
    assert capture_payment.sync_detailed(payment_id, client=client.api, body=CaptureRequest()).status_code == 403
    assert void_payment.sync_detailed("pay_" + "n" * 26, client=client.api, body=VoidRequest()).status_code == 404
