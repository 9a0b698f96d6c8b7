"""The Checkout.com adapter driven sans I/O: the bodies it sends, what it makes of odd answers."""

from __future__ import annotations

import httpx
import pytest
from scaretry_checkout.api.payments import get_payment_details
from scaretry_checkout.models import (
    PaymentAcceptedResponse,
    PaymentResponse,
)
from scaretry_checkout.models import (
    ValidationError as CkoValidationError,
)
from scaretry_checkout.types import Response

from scaretry._errors import (
    AuthenticationError,
    ProviderError,
    UnexpectedResponse,
)
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, RedirectAction, State
from scaretry._request import Card, CardToken, Initiator, ThreeDSMode
from scaretry.providers.checkout._notifications import EVENT_TYPE
from scaretry.providers.checkout._outcomes import DETAILS_STATUS, PAYMENT_STATUS, SESSION_STATUS
from scaretry.testing.scenarios.checkout import CARDS, request_for
from tests.facade.checkout._helpers import (
    DECLINED_20154,
    adapter,
    body_of,
    details,
    finish,
    key_of,
    response,
    status_of,
)

# -- the adapter, sans I/O ---------------------------------------------------------------------------------


def test_adapter_upgrades_itself_when_checkout_did_not() -> None:
    cko = adapter()
    accepted = {
        "id": "pay_" + "b" * 26,
        "status": "Pending",
        "3ds": {"enrolled": "Y"},
        "_links": {"self": {"href": "https://x"}, "redirect": {"href": "https://acs/3ds"}},
    }
    calls, outcome = finish(
        cko.pay(request_for("sca_required"), "key-1"),
        response(201, DECLINED_20154, PaymentResponse),
        response(202, accepted, PaymentAcceptedResponse),
    )
    assert [c.name for c in calls] == ["request_payment", "request_payment"]
    first, second = (body_of(c)["3ds"] for c in calls)
    assert first == {"enabled": False, "allow_upgrade": True}
    assert second == {"enabled": True}
    assert key_of(calls[0]) == "key-1" != key_of(calls[1])
    assert all(c.retry_safe for c in calls)
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.upgraded
    assert isinstance(outcome.action, RedirectAction)
    assert outcome.action.reason is ActionReason.SCA_RETRY
    assert outcome.handle.idempotency_key == "key-1"


def test_adapter_never_upgrades_never_or_merchant_initiated() -> None:
    for request in (
        request_for("sca_required", ThreeDSMode.NEVER),
        request_for("sca_required", initiator=Initiator.MERCHANT),
    ):
        calls, outcome = finish(adapter().pay(request, "key-1"), response(201, DECLINED_20154, PaymentResponse))
        assert len(calls) == 1
        body = body_of(calls[0])
        assert body["3ds"] == {"enabled": False, "allow_upgrade": False}
        assert outcome.state is State.DECLINED
        assert not outcome.upgraded
    assert body["merchant_initiated"] is True
    assert body["payment_type"] == "Recurring"
    assert body["source"]["stored"] is True


def test_unknown_status_values_do_not_crash() -> None:
    unknown = status_of(details("Settling Soon", **{"3ds": {"authentication_response": "Z", "enrolled": "Q"}}))
    assert unknown.state is State.PROCESSING
    assert unknown.provider_status == "Settling Soon"
    assert unknown.three_ds is not None
    assert unknown.three_ds.authenticated is None
    assert status_of(details("Settled Later", approved=True)).state is State.PROCESSING  # never guessed authorised
    assert status_of(details("Captured", approved=True)).state is State.AUTHORIZED
    assert status_of(details("Voided")).state is State.CANCELED


def test_bad_bodies_and_errors_are_typed() -> None:
    cko = adapter()
    handle = Handle("checkout", "pay_" + "a" * 26, "ORD-1", "k", "payment")
    # A 2xx whose body is not what the operation answers.
    odd = Response(status_code=200, content=b"[]", headers=httpx.Headers(), parsed=None)
    with pytest.raises(UnexpectedResponse) as caught:
        finish(cko.status(handle), odd)
    assert caught.value.body == b"[]"
    # A body that does not parse at all: the generated client raises, the client converts it.
    broken = httpx.Response(200, content=b'{"id": "pay_', request=httpx.Request("GET", "https://x/payments/p"))
    with pytest.raises(cko.unparseable) as raw:
        get_payment_details.prepare(id="pay_x").build(broken)
    assert getattr(raw.value, "content", None) == b'{"id": "pay_'
    invalid = {"request_id": "r", "error_type": "request_invalid", "error_codes": ["amount_invalid"]}
    with pytest.raises(ProviderError) as error:
        finish(cko.pay(request_for("approve"), "k"), response(422, invalid, CkoValidationError))
    assert error.value.code == "amount_invalid"
    assert error.value.request_id == "req-1"
    with pytest.raises(AuthenticationError):
        finish(cko.pay(request_for("approve"), "k"), response(401, None, None))


def test_retry_safety() -> None:
    """A payment carries its idempotency key and is declared safe to repeat; reads are safe; a
    session (no idempotency mechanism) is not."""
    cko = adapter()
    payment = next(cko.pay(request_for("approve"), "key-9"))
    assert payment.retry_safe
    assert key_of(payment) == "key-9"
    read = next(cko.status(Handle("checkout", "pay_" + "a" * 26, "ORD-1", "k", "payment")))
    assert read.retry_safe
    session = next(cko.authenticate(request_for("approve")))
    assert session.name == "request_session"
    assert not session.retry_safe


def test_duplicate_request_means_still_processing() -> None:
    """A payment POST with its key answered 429 duplicate_request ("Idempotency") or 409 (Checkout.com's
    newer answer to the same case) is replayed; nothing else is."""
    cko = adapter()
    post = httpx.Request("POST", "https://x/payments", headers={"Cko-Idempotency-Key": "k"})
    assert cko.still_processing(httpx.Response(429, json={"error_type": "duplicate_request"}, request=post))
    codes = {"error_type": "request_invalid", "error_codes": ["duplicate_request"]}
    assert cko.still_processing(httpx.Response(429, json=codes, request=post))
    assert cko.still_processing(httpx.Response(409, json={}, request=post))
    assert not cko.still_processing(httpx.Response(429, json={"error_type": "too_many_requests"}, request=post))
    assert not cko.still_processing(httpx.Response(429, content=b"<html>", request=post))
    assert not cko.still_processing(httpx.Response(429, content=b"[" * 100_000, request=post))
    assert not cko.still_processing(httpx.Response(201, json={}, request=post))
    keyless = httpx.Request("POST", "https://x/sessions")
    assert not cko.still_processing(httpx.Response(409, json={}, request=keyless))
    read = httpx.Request("GET", "https://x/payments/p", headers={"Cko-Idempotency-Key": "k"})
    assert not cko.still_processing(httpx.Response(429, json={"error_type": "duplicate_request"}, request=read))


def test_source_mapping() -> None:
    cko = adapter()
    token = cko.source(request_for("approve").evolve(source=CardToken("tok_" + "c" * 26)))
    assert token.to_dict() == {"type": "token", "token": "tok_" + "c" * 26}
    card = cko.source(request_for("approve").evolve(source=Card(CARDS["approve"], 1, 2031)))
    assert card.to_dict() == {"type": "card", "number": CARDS["approve"], "expiry_month": 1, "expiry_year": 2031}
    assert repr(cko.auth()) == "CheckoutAuth(<secret key>)"


def test_every_status_checkout_lists_is_mapped() -> None:
    """A status added to the spec fails here until someone decides what it means."""
    for status_map in (PAYMENT_STATUS, DETAILS_STATUS, SESSION_STATUS, EVENT_TYPE):
        assert status_map.unmapped() == [], status_map.statuses.__name__
