"""Checkout.com Sessions (standalone 3DS) through the public client against the sandbox: what each
result reads as, the customer's page, and the sources a session takes."""

from __future__ import annotations

import pytest

from scaretry._outcome import ActionReason, DeclineCategory, RedirectAction, State
from scaretry._request import CardToken
from scaretry.providers.checkout import Checkout
from scaretry.testing import Customer
from scaretry.testing.scenarios.checkout import request_for
from tests.facade.checkout._helpers import Recording


def test_a_challenged_session_sends_the_customer_to_its_page(recorded: Checkout) -> None:
    started = recorded.authenticate(request_for("challenge"))
    assert started.state is State.ACTION_REQUIRED
    assert isinstance(started.action, RedirectAction)
    assert started.action.reason is ActionReason.CHALLENGE
    assert started.action.url.endswith(f"/checkout/_pages/sessions/{started.payment_id}")
    assert started.payment_id is not None
    assert started.payment_id.startswith("sid_")


@pytest.mark.parametrize(
    ("choice", "state", "code"),
    [("approve", State.AUTHORIZED, None), ("reject", State.DECLINED, "N"), ("abandon", State.EXPIRED, None)],
)
def test_a_session_result_reads_as_what_the_cardholder_did(
    recorded: Checkout, customer: Customer, choice: str, state: State, code: str | None
) -> None:
    started = recorded.authenticate(request_for("challenge"))
    assert started.action is not None
    customer.act(started.action, choice)  # type: ignore[arg-type]
    final = recorded.wait(started.handle, timeout=10)
    assert final.state is state
    assert final.payment_id == started.payment_id
    assert final.three_ds is not None
    assert final.three_ds.version == "2.2.0"
    assert final.three_ds.challenged is True
    if code is None:
        assert final.decline is None
    else:
        assert final.decline is not None
        assert (final.decline.code, final.decline.category) == (code, DeclineCategory.HARD)
        assert final.three_ds.status_reason_text == "Card authentication failed."
        assert final.three_ds.authenticated is False


def test_a_session_takes_a_token_or_a_stored_source(recorded: Checkout, wire: Recording, customer: Customer) -> None:
    paid = recorded.pay(request_for("approve"))
    stored = paid.raw.source.id
    assert stored.startswith("src_")
    token = "tok_" + "t" * 26
    for source, sent in [
        (CardToken(stored), {"type": "id", "id": stored}),
        (CardToken(token), {"type": "token", "token": token}),
    ]:
        started = recorded.authenticate(request_for("approve").evolve(source=source))
        assert wire.bodies("POST", "/sessions")[-1]["source"] == sent
        assert started.state is State.ACTION_REQUIRED  # the hosted page (frictionless there)
        assert started.action is not None
        returned = customer.act(started.action, "approve")
        assert returned.params["cko-session-id"] == started.payment_id
        assert recorded.resume(started.handle, returned.params).state is State.AUTHORIZED
