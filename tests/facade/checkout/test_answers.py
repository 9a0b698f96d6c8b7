"""What each Checkout.com answer reads as, field by field: the state, the decline with its message,
the customer's action, ``upgraded``, the 3DS result, and the typed error of an answer that cannot be
used. Served through the public client by an ``httpx.MockTransport`` playing Checkout.com's script
("Request a payment or payout", "Get payment details", "Sessions", "Webhooks")."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scaretry._errors import ProviderError, UnexpectedResponse
from scaretry._handle import Handle, handle_key
from scaretry._outcome import ActionReason, Decline, DeclineCategory, RedirectAction, State, ThreeDSResult
from scaretry.providers.checkout import Checkout
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing._scenario import SANDBOX_RETRY
from scaretry.testing.scenarios.checkout import request_for
from tests.facade.checkout._helpers import AUTHORIZED, DECLINED_20154, LINKS, PAY_ID, details

SESSION_ID = "sid_" + "s" * 26
HANDLES = handle_key(b"handles of these tests")  # stored handles, signed as the client signs them


class Script:
    """Checkout.com as a mock: each request gets the next (status, body) of the script; every
    request is kept."""

    def __init__(self, *answers: tuple[int, Any]) -> None:
        self.answers = list(answers)
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        status, body = self.answers.pop(0)
        headers = {"Cko-Request-Id": f"req-{len(self.sent)}"}
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    @property
    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.sent]


def client(script: Script) -> Checkout:
    return Checkout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        webhook_signature_key=CHECKOUT["webhook_signature_key"],
        base_url="https://api.checkout.test",
        transport=httpx.MockTransport(script),
        retry=SANDBOX_RETRY,
        handle_key=b"handles of these tests",
    )


@pytest.fixture
def offline() -> Iterator[Checkout]:
    """A client no answer reaches (webhooks only)."""
    with client(Script()) as checkout:
        yield checkout


def session(status: str, **extra: Any) -> dict[str, Any]:
    """A "Get session details" body."""
    return {"id": SESSION_ID, "status": status, "protocol_version": "2.2.0"} | extra


def read(body: dict[str, Any], step: str = "payment", **data: Any) -> Any:
    """What one status read of ``body`` reads as."""
    script = Script((200, body))
    with client(script) as checkout:
        handle = Handle("checkout", body["id"], "ORD-1", "k", step, data=data).signed(HANDLES)
        return checkout.poll_once(handle).outcome


# -- payments -----------------------------------------------------------------------------------------


def test_a_202_without_links_is_still_processing_without_an_action() -> None:
    with client(Script((202, {"id": PAY_ID, "status": "Pending"}))) as checkout:
        outcome = checkout.pay(request_for("approve"))
    assert (outcome.state, outcome.action, outcome.payment_id) == (State.PROCESSING, None, PAY_ID)


def test_the_clients_own_upgrade_answered_at_once_is_a_frictionless_3ds_result() -> None:
    """The account's automatic retry is off: the client retries the 20154 with 3DS itself, and the
    issuer answers frictionless (a 201 with enrollment data)."""
    frictionless = AUTHORIZED | {"eci": "05", "3ds": {"enrolled": "Y", "downgraded": False}}
    script = Script((201, DECLINED_20154), (201, frictionless))
    with client(script) as checkout:
        outcome = checkout.pay(request_for("sca_required"))
    assert script.paths == ["POST /payments", "POST /payments"]
    assert outcome.state is State.AUTHORIZED
    assert outcome.upgraded
    assert outcome.three_ds == ThreeDSResult(eci="05", challenged=False)


def test_a_payment_with_a_session_leaves_whether_it_was_challenged_to_the_session() -> None:
    with client(Script((201, AUTHORIZED | {"eci": "05"}))) as checkout:
        outcome = checkout.pay_with_session(request_for("approve"), SESSION_ID)
    assert outcome.state is State.AUTHORIZED
    assert outcome.three_ds == ThreeDSResult(eci="05")
    assert not outcome.upgraded


def test_a_payment_without_3ds_has_no_3ds_result() -> None:
    with client(Script((201, AUTHORIZED | {"3ds": {"enrolled": "N", "downgraded": True}}))) as checkout:
        assert checkout.pay(request_for("approve")).three_ds is None


@pytest.mark.parametrize(
    ("script", "message"),
    [
        ((201, AUTHORIZED | {"approved": False}), "requestPayment: status 'Authorized' contradicts approved=False"),
        ((201, AUTHORIZED | {"status": "Declined"}), "requestPayment: status 'Declined' contradicts approved=True"),
    ],
)
def test_a_contradicting_payment_answer_is_an_error_naming_the_operation(script: Any, message: str) -> None:
    with client(Script(script)) as checkout, pytest.raises(UnexpectedResponse) as caught:
        checkout.pay(request_for("approve"))
    assert str(caught.value) == f"checkout: {message} (HTTP 201, request id req-1)"


def test_a_contradicting_read_is_an_error_naming_the_operation_with_the_raw_answer() -> None:
    body = details("Captured", approved=False)
    with pytest.raises(UnexpectedResponse) as caught:
        read(body)
    message = "getPaymentDetails: status 'Captured' contradicts approved=False (HTTP 200, request id req-1)"
    assert str(caught.value) == f"checkout: {message}"
    assert json.loads(caught.value.body) == body


def test_a_contradicting_answer_on_the_return_url_is_an_error_with_the_raw_answer() -> None:
    body = details("Authorized", approved=False)
    with client(Script((202, {"id": PAY_ID, "status": "Pending"}), (200, body))) as checkout:
        started = checkout.pay(request_for("approve"))
        with pytest.raises(UnexpectedResponse) as caught:
            checkout.resume(started.handle, {"cko-session-id": SESSION_ID})
    message = "getPaymentDetails: status 'Authorized' contradicts approved=False (HTTP 200, request id req-2)"
    assert str(caught.value) == f"checkout: {message}"
    assert json.loads(caught.value.body) == body


def test_an_unusable_2xx_carries_checkouts_request_id() -> None:
    with client(Script((200, AUTHORIZED))) as checkout, pytest.raises(UnexpectedResponse) as caught:
        checkout.pay(request_for("approve"))  # "Request a payment" answers 201 or 202, never 200
    assert (
        str(caught.value) == "checkout: requestPayment: HTTP 200 without the expected body (HTTP 200, request id req-1)"
    )
    assert caught.value.request_id == "req-1"
    assert caught.value.provider == "checkout"


def test_a_read_decline_takes_its_code_and_message_from_the_latest_authorization() -> None:
    actions = [
        {"id": "act_1", "type": "Authorization", "response_code": "20005", "response_summary": "Do not honor (bank)"},
        {"id": "act_0", "type": "Capture", "response_code": "10000"},
    ]
    outcome = read(details("Declined", actions=actions))
    assert outcome.state is State.DECLINED
    assert outcome.decline == Decline("20005", "Do not honor (bank)", DeclineCategory.HARD)


def test_a_read_decline_without_actions_is_still_a_decline() -> None:
    outcome = read(details("Declined"))
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert outcome.decline.code is None


def test_an_expired_read_without_actions_has_no_decline() -> None:
    outcome = read(details("Expired"))
    assert (outcome.state, outcome.decline) == (State.EXPIRED, None)


def test_a_read_pending_payment_with_a_redirect_sends_the_customer_to_its_challenge() -> None:
    body = details("Pending", _links=LINKS | {"redirect": {"href": "https://acs.test/c"}})
    outcome = read(body)
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.action == RedirectAction("https://acs.test/c", ActionReason.CHALLENGE)
    assert not outcome.upgraded


def test_a_read_keeps_every_3ds_field_the_payment_carries() -> None:
    three_ds = {
        "version": "2.2.0",
        "eci": "05",
        "challenged": True,
        "authentication_response": "N",
        "authentication_status_reason": "01",
    }
    outcome = read(details("Declined", eci="07", **{"3ds": three_ds}))
    assert outcome.three_ds == ThreeDSResult(
        version="2.2.0",
        eci="05",
        challenged=True,
        authenticated=False,
        status_reason="01",
        status_reason_text="Card authentication failed.",
    )
    no_eci = dict(three_ds, eci=None, authentication_response="A")
    del no_eci["eci"]
    fallback = read(details("Authorized", approved=True, eci="06", **{"3ds": no_eci}))
    assert fallback.three_ds is not None
    assert (fallback.three_ds.eci, fallback.three_ds.authenticated) == ("06", True)


def test_recover_with_nothing_found_is_a_failed_outcome_of_checkout() -> None:
    with client(Script((200, {"data": []}))) as checkout:
        handle = Handle("checkout", None, "ORD-1", "k", "payment").signed(HANDLES)
        outcome = checkout.recover(handle)
    assert (outcome.state, outcome.provider, outcome.provider_status) == (State.FAILED, "checkout", "not_found")


# -- sessions -----------------------------------------------------------------------------------------


def test_an_approved_session_reads_authenticated_with_its_whole_3ds_result() -> None:
    body = session("approved", eci="05", challenged=True, response_code="Y", response_status_reason="12")
    outcome = read(body, step="session")
    assert outcome.state is State.AUTHORIZED
    assert outcome.payment_id == SESSION_ID
    assert outcome.decline is None
    assert outcome.three_ds == ThreeDSResult(
        version="2.2.0",
        eci="05",
        challenged=True,
        authenticated=True,
        status_reason="12",
        status_reason_text="Transaction not permitted to Cardholder.",
    )


def test_a_declined_session_is_a_hard_decline_with_the_cardholders_message() -> None:
    body = session("declined", response_code="N", response_status_reason="01", cardholder_info="Call your bank")
    outcome = read(body, step="session")
    assert outcome.state is State.DECLINED
    assert outcome.decline == Decline("N", "Call your bank", DeclineCategory.HARD)
    assert outcome.action is None
    without = read(session("rejected", response_code="R", response_status_reason="01"), step="session")
    assert without.decline == Decline("R", "Card authentication failed.", DeclineCategory.HARD)


@pytest.mark.parametrize("status", ["challenge_abandoned", "expired"])
def test_an_abandoned_or_expired_session_reads_expired(status: str) -> None:
    outcome = read(session(status), step="session")
    assert (outcome.state, outcome.decline, outcome.action) == (State.EXPIRED, None, None)


@pytest.mark.parametrize("status", ["pending", "challenged"])
@pytest.mark.parametrize("link", ["redirect_url", "acs_url"])
def test_a_session_waiting_for_the_cardholder_sends_them_to_its_page(status: str, link: str) -> None:
    outcome = read(session(status, _links={link: {"href": "https://3ds.test/page"}}), step="session")
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.action == RedirectAction("https://3ds.test/page", ActionReason.CHALLENGE)


def test_a_session_waiting_without_a_page_is_processing() -> None:
    outcome = read(session("challenged"), step="session")
    assert (outcome.state, outcome.action) == (State.PROCESSING, None)
    processing = read(session("processing", _links={"redirect_url": {"href": "https://3ds.test/p"}}), step="session")
    assert (processing.state, processing.action) == (State.PROCESSING, None)


def test_a_session_read_is_repeated_after_a_transient_failure() -> None:
    script = Script((503, None), (200, session("approved")))
    with client(script) as checkout:
        handle = Handle("checkout", SESSION_ID, "ORD-1", "", "session").signed(HANDLES)
        assert checkout.poll_once(handle).outcome.state is State.AUTHORIZED
    assert script.paths == [f"GET /sessions/{SESSION_ID}"] * 2


# -- completing a non-hosted session ------------------------------------------------------------------


def completing(body: dict[str, Any], non_hosted: bool, *completion: tuple[int, Any]) -> tuple[Any, list[str]]:
    script = Script((200, body), *completion)
    with client(script) as checkout:
        handle = Handle("checkout", SESSION_ID, "ORD-1", "", "session", data={"non_hosted": non_hosted})
        outcome = checkout.poll_once(handle.signed(HANDLES)).outcome
    return outcome, script.paths


def test_a_final_non_hosted_session_is_completed() -> None:
    outcome, paths = completing(session("approved", next_actions=["complete"]), True, (204, None))
    assert outcome.state is State.AUTHORIZED
    assert paths == [f"GET /sessions/{SESSION_ID}", f"POST /sessions/{SESSION_ID}/complete"]


@pytest.mark.parametrize(
    ("body", "non_hosted"),
    [
        (session("approved", next_actions=["complete"]), False),  # hosted: Checkout.com completes it
        (session("pending", next_actions=["complete"]), True),  # not final yet
        (session("approved", next_actions=["redirect_cardholder"]), True),  # nothing to complete
        (session("approved"), True),
    ],
)
def test_a_session_is_completed_only_when_final_non_hosted_and_asked(body: dict[str, Any], non_hosted: bool) -> None:
    _, paths = completing(body, non_hosted)
    assert paths == [f"GET /sessions/{SESSION_ID}"]


def test_a_session_completed_elsewhere_meanwhile_reads_as_its_result() -> None:
    already = {
        "request_id": "r",
        "error_type": "operation_not_allowed",
        "error_codes": ["update_not_allowed_due_to_state"],
    }
    outcome, paths = completing(session("declined", next_actions=["complete"]), True, (403, already))
    assert outcome.state is State.DECLINED
    assert len(paths) == 2


def test_a_completion_that_fails_is_a_provider_error() -> None:
    with pytest.raises(ProviderError) as caught:
        completing(session("approved", next_actions=["complete"]), True, (500, {"request_id": "r"}))
    assert str(caught.value) == "checkout: completeSession failed (HTTP 500, request id req-2)"


# -- webhooks -----------------------------------------------------------------------------------------


def signed(event: dict[str, Any]) -> tuple[dict[str, str], bytes]:
    body = json.dumps(event).encode()
    key = CHECKOUT["webhook_signature_key"].encode()
    return {"Cko-Signature": hmac.new(key, body, hashlib.sha256).hexdigest()}, body


def event(kind: str, **data: Any) -> dict[str, Any]:
    return {"id": "evt_" + "e" * 26, "type": kind, "data": {"id": PAY_ID, "reference": "ORD-HOOK"} | data}


def test_a_declined_webhook_keeps_checkouts_own_message(offline: Checkout) -> None:
    outcome = offline.parse_webhook(*signed(event("payment_declined", response_code="20051", response_summary="NSF")))
    assert outcome.decline == Decline("20051", "NSF", DeclineCategory.HARD)
    assert outcome.handle.reference == "ORD-HOOK"


def test_an_expired_webhook_keeps_its_code_and_message(offline: Checkout) -> None:
    outcome = offline.parse_webhook(
        *signed(event("payment_authentication_failed", response_code="20152", response_summary="Too late"))
    )
    assert outcome.state is State.EXPIRED
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.message) == ("20152", "Too late")


def test_an_approved_webhook_has_no_decline_and_no_3ds_result(offline: Checkout) -> None:
    outcome = offline.parse_webhook(*signed(event("payment_approved", response_code="10000")))
    assert (outcome.state, outcome.decline, outcome.three_ds, outcome.upgraded) == (
        State.AUTHORIZED,
        None,
        None,
        False,
    )


def test_a_webhook_without_a_reference_reads_with_an_empty_one(offline: Checkout) -> None:
    body = {"id": "evt_" + "e" * 26, "type": "payment_approved", "data": {"id": PAY_ID}}
    assert offline.parse_webhook(*signed(body)).handle.reference == ""


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (b'{"id": "evt_x", "type": "payment_approved"}', "KeyError"),
        (b"not json", "JSONDecodeError"),
        (b'["a list"]', "ValueError"),
    ],
)
def test_a_signed_body_that_does_not_parse_is_an_error_of_checkout_naming_why(
    offline: Checkout, body: bytes, name: str
) -> None:
    key = CHECKOUT["webhook_signature_key"].encode()
    with pytest.raises(UnexpectedResponse) as caught:
        offline.parse_webhook({"cko-signature": hmac.new(key, body, hashlib.sha256).hexdigest()}, body)
    assert str(caught.value) == f"checkout: webhook body is not a Checkout.com event ({name})"
    assert caught.value.provider == "checkout"
    assert caught.value.body == body
