"""No money misreported: an outcome is AUTHORIZED only when Checkout.com's status says so
unambiguously, and a payment whose answer was lost is found again.

Odd answers are served through the public client with an ``httpx.MockTransport`` (the client takes
``transport=``); lost answers are made by the sandbox (``X-Sandbox-Fault``), whose state is the judge.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from scaretry._errors import ProviderError, TransportError, UnexpectedResponse
from scaretry._outcome import ActionReason, RedirectAction, State
from scaretry._request import Money
from scaretry.providers.checkout import Checkout
from scaretry.providers.checkout._outcomes import DETAILS_STATUS, PAYMENT_STATUS
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing import Customer
from scaretry.testing._scenario import SANDBOX_RETRY
from scaretry.testing.scenarios.checkout import request_for
from tests.facade.checkout._helpers import (
    LINKS,
    PAY_ID,
    Faulting,
    async_sandbox_client,
    count,
    details,
    payment_posts,
    sandbox_client,
)

Handler = Callable[[httpx.Request], httpx.Response]

APPROVED_201: dict[str, Any] = {
    "id": PAY_ID,
    "action_id": "act_" + "a" * 26,
    "amount": 6510,
    "currency": "EUR",
    "approved": True,
    "status": "Authorized",
    "response_code": "10000",
    "processed_on": "2026-01-01T00:00:00Z",
    "_links": LINKS,
}
DECLINED_201 = APPROVED_201 | {"approved": False, "status": "Declined", "response_code": "20051"}


def mocked(answer: Handler) -> Checkout:
    """A client whose provider is ``answer``."""
    return Checkout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        base_url="https://api.checkout.test",
        transport=httpx.MockTransport(answer),
        retry=SANDBOX_RETRY,
    )


def answering(status: int, body: Any) -> Handler:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    return answer


def paid(status: int, body: Any) -> Any:
    with mocked(answering(status, body)) as client:
        return client.pay(request_for("approve"))


PENDING_202 = {"id": PAY_ID, "status": "Pending", "_links": {"self": {"href": "https://x"}}}


def polled(body: Any) -> Any:
    """What a poll makes of ``body`` ("Get payment details"), after a 202 gave the handle."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(202, json=PENDING_202)
        return httpx.Response(200, json=body)

    with mocked(answer) as client:
        return client.poll_once(client.pay(request_for("approve")).handle).outcome


# -- AUTHORIZED only when the status says so ------------------------------------------------------


@pytest.mark.parametrize("status", [s for s, state in PAYMENT_STATUS.table.items() if state is State.AUTHORIZED])
def test_a_201_reads_authorized_only_for_an_authorised_status_that_is_approved(status: Any) -> None:
    assert paid(201, APPROVED_201 | {"status": status.value}).state is State.AUTHORIZED


@pytest.mark.parametrize("status", [s for s, state in DETAILS_STATUS.table.items() if state is State.AUTHORIZED])
def test_a_read_authorised_status_with_approved_is_authorized(status: Any) -> None:
    assert polled(details(status.value, approved=True)).state is State.AUTHORIZED


def test_a_status_the_spec_does_not_know_is_polled_again_even_when_approved() -> None:
    outcome = paid(201, APPROVED_201 | {"status": "Settled Somewhere"})
    assert outcome.state is State.PROCESSING
    assert outcome.provider_status == "Settled Somewhere"
    assert outcome.decline is None
    assert polled(details("Settled Somewhere", approved=True)).state is State.PROCESSING


@pytest.mark.parametrize(
    ("body", "contradiction"),
    [
        (APPROVED_201 | {"approved": False}, "'Authorized' contradicts approved=False"),
        (DECLINED_201 | {"approved": True}, "'Declined' contradicts approved=True"),
    ],
)
def test_a_status_that_contradicts_approved_is_an_unexpected_response(body: Any, contradiction: str) -> None:
    with pytest.raises(UnexpectedResponse) as caught:
        paid(201, body)
    assert contradiction in str(caught.value)
    assert json.loads(caught.value.body) == body
    assert caught.value.handle is not None  # the payment may exist: the error can find it again
    with pytest.raises(UnexpectedResponse, match="contradicts"):
        polled(details("Captured", approved=False))


@pytest.mark.parametrize(
    ("field", "value"),
    [("approved", "false"), ("approved", 0), ("status", 7), ("status", None), ("id", 12), ("response_code", 20051)],
)
def test_a_decisive_field_of_the_wrong_type_is_an_unexpected_response(field: str, value: Any) -> None:
    """Issue 8's case: ``"approved": "false"`` (a string) once read as AUTHORIZED."""
    with pytest.raises(UnexpectedResponse) as caught:
        paid(201, DECLINED_201 | {field: value})
    assert field in str(caught.value).lower()  # "approved: expected a boolean", "… PaymentResponseStatus"
    assert caught.value.handle is not None


@pytest.mark.parametrize("field", ["id", "status", "approved"])
def test_a_missing_decisive_field_is_an_unexpected_response_naming_it(field: str) -> None:
    body = {k: v for k, v in APPROVED_201.items() if k != field}
    with pytest.raises(UnexpectedResponse) as caught:
        paid(201, body)
    assert repr(field) in str(caught.value)
    with pytest.raises(UnexpectedResponse) as read:
        polled({k: v for k, v in details("Authorized", approved=True).items() if k != field})
    assert repr(field) in str(read.value)


def test_a_read_says_upgraded_when_the_payment_does() -> None:
    """The handle knew nothing of an upgrade (a 202 without upgrade_reason); the payment's own
    ``3ds.upgrade_reason`` says it, and the action is the SCA retry's."""
    pending = details("Pending", **{"3ds": {"enrolled": "Y", "upgrade_reason": "sca_retry"}})
    pending["_links"] = LINKS | {"redirect": {"href": "https://acs.test/3ds"}}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(202, json=PENDING_202) if request.method == "POST" else httpx.Response(200, json=pending)

    with mocked(answer) as client:
        started = client.pay(request_for("approve"))
        assert not started.upgraded
        outcome = client.poll_once(started.handle).outcome
    assert outcome.upgraded
    assert outcome.handle.upgraded
    assert outcome.action == RedirectAction("https://acs.test/3ds", ActionReason.SCA_RETRY)


def test_a_declined_201_keeps_its_code_and_message() -> None:
    outcome = paid(201, DECLINED_201 | {"response_summary": "Insufficient Funds"})
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.message) == ("20051", "Insufficient Funds")


# -- lost answers: recover(handle) ----------------------------------------------------------------


@pytest.fixture
def faulted(scaretry_sandbox: SandboxServer) -> Iterator[Callable[[str], Checkout]]:
    """A sandbox client whose every ``POST /payments`` asks the sandbox for ``fault``."""
    opened: list[Checkout] = []

    def make(fault: str) -> Checkout:
        opened.append(sandbox_client(scaretry_sandbox.url_for("checkout"), Faulting(fault, payment_posts)))
        return opened[-1]

    yield make
    for client in opened:
        client.close()


def test_an_answer_lost_after_commit_is_recovered_and_never_paid_twice(
    faulted: Callable[[str], Checkout], client: Checkout, sandbox_admin: httpx.Client
) -> None:
    request = request_for("approve", reference="ORD-LOST-1")
    before = count(sandbox_admin)
    with pytest.raises(TransportError) as caught:
        faulted("drop-after-commit").pay(request)  # every attempt: the answer never arrives
    handle = caught.value.handle
    assert handle is not None
    assert handle.payment_id is None
    assert count(sandbox_admin) == before + 1  # it was created, once, whatever the retries did

    recovered = client.recover(handle)
    assert recovered.state is State.AUTHORIZED
    assert recovered.payment_id is not None
    assert recovered.handle.payment_id == recovered.payment_id
    assert recovered.request_ids  # one list read

    again = client.pay(request, idempotency_key=handle.idempotency_key)
    assert again.payment_id == recovered.payment_id
    assert count(sandbox_admin) == before + 1


def test_a_payment_never_created_recovers_as_not_found_then_pays_once(
    faulted: Callable[[str], Checkout], client: Checkout, sandbox_admin: httpx.Client
) -> None:
    request = request_for("approve", reference="ORD-LOST-2")
    before = count(sandbox_admin)
    with pytest.raises(ProviderError) as caught:
        faulted("status=503").pay(request)
    assert caught.value.status_code == 503
    handle = caught.value.handle
    assert handle is not None

    nothing = client.recover(handle)
    assert nothing.state is State.FAILED
    assert nothing.provider_status == "not_found"
    assert nothing.payment_id is None
    assert count(sandbox_admin) == before

    paid_now = client.pay(request, idempotency_key=handle.idempotency_key)
    assert paid_now.state is State.AUTHORIZED
    assert client.pay(request, idempotency_key=handle.idempotency_key).payment_id == paid_now.payment_id
    assert client.recover(handle).payment_id == paid_now.payment_id
    assert count(sandbox_admin) == before + 1


def test_recover_picks_the_payment_made_with_the_handle(
    faulted: Callable[[str], Checkout], client: Checkout, sandbox_admin: httpx.Client
) -> None:
    """Other payments with the same reference (another amount, or made before) are not it."""
    reference = "ORD-LOST-3"
    other = client.pay(request_for("hard_decline", reference=reference).evolve(amount=Money(999, "EUR")))
    with pytest.raises(TransportError) as caught:
        faulted("drop-after-commit").pay(request_for("approve", reference=reference))
    handle = caught.value.handle
    assert handle is not None
    recovered = client.recover(handle)
    assert recovered.payment_id != other.payment_id
    assert recovered.state is State.AUTHORIZED
    assert client.pay(
        request_for("approve", reference=reference), idempotency_key=handle.idempotency_key
    ).payment_id == (recovered.payment_id)


def test_a_recovered_challenge_still_sends_the_customer(
    faulted: Callable[[str], Checkout], client: Checkout, customer: Customer
) -> None:
    request = request_for("sca_required", reference="ORD-LOST-4")
    with pytest.raises(TransportError) as caught:
        faulted("drop-after-commit").pay(request)
    assert caught.value.handle is not None
    recovered = client.recover(caught.value.handle)
    assert recovered.state is State.ACTION_REQUIRED
    assert recovered.upgraded
    assert recovered.action is not None
    returned = customer.act(recovered.action, "approve")
    final = client.wait(client.resume(recovered.handle, returned.params).handle, timeout=10)
    assert final.state is State.AUTHORIZED
    assert final.payment_id == recovered.payment_id


@pytest.mark.anyio
async def test_async_recover(scaretry_sandbox: SandboxServer, sandbox_admin: httpx.Client) -> None:
    request = request_for("approve", reference="ORD-LOST-5")
    before = count(sandbox_admin)
    url = scaretry_sandbox.url_for("checkout")
    async with async_sandbox_client(url, Faulting("drop-after-commit", payment_posts)) as faulted:
        with pytest.raises(TransportError) as caught:
            await faulted.pay(request)
    handle = caught.value.handle
    assert handle is not None
    async with async_sandbox_client(url) as client:
        recovered = await client.recover(handle)
        assert recovered.state is State.AUTHORIZED
        assert (await client.pay(request, idempotency_key=handle.idempotency_key)).payment_id == recovered.payment_id
    assert count(sandbox_admin) == before + 1
