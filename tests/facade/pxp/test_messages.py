"""What a PXP merchant reads (issue 14): the refusals and errors word for word, the answer an
error carries, each webhook's outcome with the model it came from, the 3DS result and the decline
of an authentication that ended, and which exemption an opted-in merchant authorises with.

Sans I/O where the flow makes no transaction read (the adapter answered call by call), else through
the public client against the sandbox: never through the read's request itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from scaretry_pxp.models import Authentication, PreInitiateIntegratedAuthenticationResponse, TokenEvent

from scaretry import SignatureError, State
from scaretry._errors import ProviderError, TransportError, UnexpectedResponse, UnsupportedError, ValidationError
from scaretry._outcome import Outcome
from scaretry._request import Browser, Card, Exemption, Money, ThreeDSMode
from scaretry.providers.pxp import PXP, PXPAdapter
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.testing.scenarios.pxp import CARDS, card_for, client_for, request_for
from tests.facade.pxp._faults import StepFaults
from tests.facade.pxp._sansio import adapter, pre_initiated, respond, run, transaction
from tests.facade.pxp._spy import Spy

KEY = "order-9"
AUTH_ID = str(uuid.uuid4())
HASH_KEY = CREDENTIALS["webhook_hash_key"]
SOFT_DECLINE = ("initiate_transaction", respond(200, transaction("Refused", "1A", merchantTransactionId=KEY)))


@pytest.fixture
def spy() -> Spy:
    return Spy()


@pytest.fixture
def pxp(scaretry_sandbox: SandboxServer, spy: Spy) -> Iterator[PXP]:
    with client_for(scaretry_sandbox.url_for("pxp"), transport=spy) as client:
        yield client


# -- refusals and errors, word for word -------------------------------------------------------------


def test_a_key_pxp_cannot_carry_is_refused_saying_what_it_takes() -> None:
    with client_for("http://127.0.0.1:9/api") as offline, pytest.raises(ValidationError) as raised:
        offline.pay(request_for("approve"), idempotency_key="order 9")
    assert str(raised.value) == "idempotency_key: PXP takes only letters, digits, '.', '_' and '-' here"


def test_an_answer_about_another_transaction_carries_its_status_and_headers() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        other = {"systemTransactionId": str(uuid.uuid4()), "merchantTransactionId": "someone-else"}
        body = other | {"state": "Authorised", "providerResponse": {"code": "00", "message": "Approved"}}
        return httpx.Response(200, json=body, headers={"X-Trace": "t-77"})

    transport = httpx.MockTransport(answer)
    with client_for("https://pxp.test/api", transport=transport) as pxp, pytest.raises(UnexpectedResponse) as raised:
        pxp.pay(request_for("approve", ThreeDSMode.NEVER).evolve(browser=None), idempotency_key=KEY)
    error = raised.value
    assert error.status_code == 200
    assert error.headers is not None
    assert error.headers["x-trace"] == "t-77"
    assert str(error) == f"pxp: initiate transaction: the answer's merchantTransactionId is not {KEY!r} (HTTP 200)"


def test_a_retry_after_the_exemption_authorised_is_refused_pointing_at_the_poll(pxp: PXP) -> None:
    # The ACS timed out twice (14, retryable) and the opted-in merchant authorised with TRA.
    authorised = pxp.pay(request_for("acs_timeout", exemption_after_failed_authentication=True))
    assert authorised.state is State.AUTHORIZED
    with pytest.raises(ValidationError) as raised:
        pxp.retry_authentication(authorised.handle, card_for("acs_timeout"))
    assert raised.value.field == "handle"
    assert str(raised.value) == "handle: the payment has a transaction since (Authorised): poll it instead"


def _failed(code: str, reason: str, state: str = "AuthenticationFailed") -> Any:
    body: dict[str, Any] = {"authenticationId": AUTH_ID, "state": state}
    body["stateData"] = {"code": code, "reason": reason}
    return respond(200, Authentication.from_dict(body))


def _soft_declined_then(answer: Any) -> Outcome:
    """pay() with the upgrade, the browser authentication answered with ``answer``."""
    outcome, _ = run(
        adapter().pay(request_for("frictionless_3ds"), KEY),
        [
            SOFT_DECLINE,
            ("pre_initiate_integrated_authentication", respond(200, pre_initiated(AUTH_ID))),
            ("initiate_integrated_authentication", answer),
        ],
    )
    return outcome


def test_a_retry_of_an_authentication_whose_code_allows_none_names_the_code() -> None:
    # 26: the cardholder left the challenge; AuthenticationFailed alone would be retried.
    expired = _soft_declined_then(_failed("26", "abandoned"))
    assert expired.state is State.EXPIRED
    flow = adapter().retry_authentication(expired.handle, card_for("frictionless_3ds"))
    call = next(flow)
    assert call.name == "get_integrated_authentication"
    with pytest.raises(ValidationError) as raised:
        flow.send(_failed("26", "abandoned"))
    assert str(raised.value) == "handle: the authentication is AuthenticationFailed (26): PXP allows no retry"


# -- an authentication that ended -------------------------------------------------------------------


def test_a_failed_authentication_is_declined_with_the_code_and_its_meaning() -> None:
    # A rejection is final; EMV names 07 ("Invalid transaction"): the table's text is the message.
    declined = _soft_declined_then(_failed("07", "PXP's own words", "AuthenticationRejected"))
    assert declined.decline is not None
    assert (declined.state, declined.decline.code) == (State.DECLINED, "07")
    assert declined.decline.message == "Invalid transaction."


def test_a_code_the_table_does_not_know_is_declined_with_pxps_reason() -> None:
    declined = _soft_declined_then(_failed("93", "Nope", "AuthenticationRejected"))
    assert declined.decline is not None
    assert (declined.state, declined.decline.code, declined.decline.message) == (State.DECLINED, "93", "Nope")


def test_a_card_not_enrolled_is_declined_never_authenticated() -> None:
    not_enrolled = PreInitiateIntegratedAuthenticationResponse.from_dict(
        {
            "authenticationId": AUTH_ID,
            "state": "AuthenticationFailed",
            "stateData": {"code": "13", "reason": "not enrolled"},
            "threeDSecureVersion": "2.1.0",
        }
    )
    declined, _ = run(
        adapter().pay(request_for("frictionless_3ds"), KEY),
        [
            SOFT_DECLINE,
            ("pre_initiate_integrated_authentication", respond(200, not_enrolled)),
        ],
    )
    assert declined.state is State.DECLINED
    assert declined.three_ds is not None
    three_ds = declined.three_ds
    assert (three_ds.authenticated, three_ds.version, three_ds.status_reason) == (False, "2.1.0", "13")


def test_an_authentication_without_state_data_falls_back_to_the_exemption() -> None:
    errored = respond(200, Authentication.from_dict({"authenticationId": AUTH_ID, "state": "AuthenticationError"}))
    pre = pre_initiated(AUTH_ID)
    pre.applicable_exemptions = "LVP,TRA"
    request = request_for("frictionless_3ds", exemption_after_failed_authentication=True)
    outcome, calls = run(
        adapter().pay(request, KEY),
        [
            SOFT_DECLINE,
            ("pre_initiate_integrated_authentication", respond(200, pre)),
            ("initiate_integrated_authentication", errored),
            ("initiate_transaction", respond(200, transaction("Authorised", merchantTransactionId=KEY + "-3ds"))),
        ],
    )
    assert (outcome.state, outcome.upgraded) == (State.AUTHORIZED, True)
    assert calls[-1].prepared.request["json"]["scaExemption"] == "TRA"


def test_where_both_exemptions_apply_pxps_preferred_one_is_used(
    pxp: PXP, spy: Spy, caplog: pytest.LogCaptureFixture
) -> None:
    # EUR 25: low value and TRA both apply; PXP recommends TRA.
    request = request_for("error", exemption_after_failed_authentication=True, amount=Money(2500, "EUR"))
    with caplog.at_level(logging.INFO, logger="scaretry"):
        outcome = pxp.pay(request)
    assert outcome.state is State.AUTHORIZED
    assert spy.sent[-1]["scaExemption"] == "TRA"
    assert "pxp: authentication AuthenticationError; authorising with the TRA exemption" in caplog.messages


# -- webhooks ----------------------------------------------------------------------------------------


def signed(event: dict[str, Any], *, request_id: str = "req-1", at: float | None = None) -> dict[str, str]:
    stamp = str(int(time.time() if at is None else at))
    body = json.dumps(event).encode()
    digest = hmac.new(HASH_KEY.encode(), f"{request_id}{stamp}".encode() + body, hashlib.sha256).digest()
    return {
        "X-Request-Id": request_id,
        "X-Signature-Timestamp": stamp,
        "X-Signature": base64.b64encode(digest).decode(),
    }


TOKEN_EVENT = {"eventCategory": "Token", "eventCode": "token-updated", "eventDate": "d", "eventData": {}}


@pytest.fixture
def offline() -> Iterator[PXP]:
    with client_for("http://127.0.0.1:9/api") as client:
        yield client


@pytest.mark.parametrize("header", ["X-Request-Id", "X-Signature-Timestamp", "X-Signature"])
def test_a_delivery_missing_a_signing_header_is_refused_saying_so(offline: PXP, header: str) -> None:
    headers = {name: value for name, value in signed(TOKEN_EVENT).items() if name != header}
    with pytest.raises(SignatureError) as raised:
        offline.parse_webhook(headers, json.dumps(TOKEN_EVENT).encode())
    assert str(raised.value) == "pxp: webhook without X-Request-Id, X-Signature-Timestamp or X-Signature"


def test_a_header_that_is_not_text_is_refused_never_a_crash(offline: PXP) -> None:
    headers = signed(TOKEN_EVENT) | {"X-Request-Id": "req-\udcff"}
    with pytest.raises(SignatureError, match="does not verify"):
        offline.parse_webhook(headers, json.dumps(TOKEN_EVENT).encode())


def test_a_stale_delivery_is_refused_with_its_request_id(offline: PXP) -> None:
    headers = signed(TOKEN_EVENT, request_id="req-stale", at=time.time() - 3600)
    with pytest.raises(SignatureError) as raised:
        offline.parse_webhook(headers, json.dumps(TOKEN_EVENT).encode())
    assert raised.value.request_id == "req-stale"


def test_a_token_event_is_surfaced_as_pxps_token_event(offline: PXP) -> None:
    outcome = offline.parse_webhook(signed(TOKEN_EVENT), json.dumps(TOKEN_EVENT).encode())
    assert (outcome.state, outcome.provider_status) == (State.PROCESSING, "Token:token-updated")
    assert isinstance(outcome.raw, TokenEvent)


def test_a_successful_authentication_event_carries_the_authentication(offline: PXP) -> None:
    event = {
        "eventCategory": "Authentication",
        "eventCode": "challenge-completed",
        "eventDate": "d",
        "eventData": {"authenticationId": AUTH_ID, "state": "AuthenticationSuccessful", "transactionStatus": "Y"},
    }
    outcome = offline.parse_webhook(signed(event), json.dumps(event).encode())
    assert outcome.state is State.PROCESSING
    assert isinstance(outcome.raw, Authentication)
    assert outcome.raw.authentication_id == AUTH_ID


# -- the 3DS Method's callback ----------------------------------------------------------------------


def _method_data(authentication_id: str) -> str:
    """``threeDSMethodData`` as an ACS posts it back: base64url JSON without its padding, here of a
    length (a multiple of 5, not of 4) that only the right padding decodes."""
    for filler in range(40):
        value = base64.urlsafe_b64encode(
            json.dumps({"threeDSServerTransID": authentication_id, "x": "y" * filler}).encode()
        )
        unpadded = value.decode().rstrip("=")
        if len(unpadded) % 5 == 0 and len(unpadded) % 4:
            return unpadded
    raise AssertionError("no filler gives such a length")


def _at_the_3ds_method(pxp: PXPAdapter) -> Outcome:
    """pay() with the upgrade, up to the issuer's 3DS Method in the customer's browser."""
    pre = pre_initiated(AUTH_ID)
    pre.three_d_secure_fingerprint_url = "https://acs.example/method"
    pre.three_d_secure_fingerprint_data = "method-data"
    started, _ = run(
        pxp.pay(request_for("frictionless_3ds"), KEY),
        [SOFT_DECLINE, ("pre_initiate_integrated_authentication", respond(200, pre))],
    )
    return started


def test_the_3ds_methods_unpadded_callback_is_this_payments() -> None:
    pxp = adapter()
    started = _at_the_3ds_method(pxp)
    assert started.state is State.ACTION_REQUIRED
    call = next(pxp.resume(started.handle, {"threeDSMethodData": _method_data(AUTH_ID)}))
    assert call.name == "initiate_integrated_authentication"
    with pytest.raises(ValidationError, match="threeDSMethodData"):
        next(pxp.resume(started.handle, {"threeDSMethodData": _method_data(str(uuid.uuid4()))}))


# -- what PXP is sent -------------------------------------------------------------------------------


def test_the_browser_authentication_sends_the_customers_browser_as_it_is() -> None:
    browser = Browser(ip_address="198.51.100.7", user_agent="UA/1", java_enabled=True, color_depth=32)
    flow = adapter().pay(request_for("frictionless_3ds", browser=browser), KEY)
    assert next(flow).name == "initiate_transaction"
    assert flow.send(respond(200, transaction("Refused", "1A", merchantTransactionId=KEY))).name == (
        "pre_initiate_integrated_authentication"
    )
    call = flow.send(respond(200, pre_initiated(AUTH_ID)))
    assert call.name == "initiate_integrated_authentication"
    sent = call.prepared.request["json"]["browserData"]
    assert (sent["javaEnabled"], sent["javaScriptEnabled"], sent["colorDepth"]) == (True, True, 32)
    assert (sent["ipAddress"], sent["userAgent"]) == ("198.51.100.7", "UA/1")


def test_a_payments_key_is_its_reference_and_sixteen_hex_digits() -> None:
    keys: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)["merchantTransactionId"]
        keys.append(sent)
        body = {"systemTransactionId": str(uuid.uuid4()), "merchantTransactionId": sent, "state": "Authorised"}
        return httpx.Response(200, json=body | {"providerResponse": {"code": "00", "message": "Approved"}})

    with client_for("https://pxp.test/api", transport=httpx.MockTransport(answer)) as pxp:
        request = request_for("approve", ThreeDSMode.NEVER, reference="order/2026:41-for-a-long-name")
        outcome = pxp.pay(request.evolve(browser=None))
    assert outcome.handle.idempotency_key == keys[0]
    assert re.fullmatch(r"order_2026_41-for-a-long-[0-9a-f]{16}", keys[0])


# -- recover() says in the log why PXP holds no outcome -----------------------------------------


@pytest.mark.parametrize(
    ("step", "why"),
    [
        ("pre_initiate", ": the upgrade's pre-initiation never answered"),
        ("transaction", " soft-declined; its upgrade never started"),
    ],
)
def test_recover_logs_why_the_payment_never_reached_pxp(
    step: str, why: str, scaretry_sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    faults = StepFaults(step, "drop-after-commit", times=10)
    with client_for(scaretry_sandbox.url_for("pxp"), transport=faults) as pxp:
        with pytest.raises(TransportError) as error:
            pxp.pay(request_for("frictionless_3ds"))
        handle = error.value.handle
        assert handle is not None
        with caplog.at_level(logging.INFO, logger="scaretry"):
            recovered = pxp.recover(handle)
    assert (recovered.state, recovered.provider_status, recovered.payment_id) == (State.FAILED, "NotFound", None)
    assert f"pxp: {handle.idempotency_key}{why}" in caplog.messages


def test_a_browser_authentication_answered_for_another_is_refused_saying_which_step() -> None:
    other = Authentication.from_dict({"authenticationId": str(uuid.uuid4()), "state": "AuthenticationSuccessful"})
    flow = adapter().pay(request_for("frictionless_3ds"), KEY)
    next(flow)
    flow.send(respond(200, transaction("Refused", "1A", merchantTransactionId=KEY)))
    flow.send(respond(200, pre_initiated(AUTH_ID)))
    with pytest.raises(UnexpectedResponse) as raised:
        flow.send(respond(200, other))
    assert (
        str(raised.value)
        == "pxp: browser authentication: the answer's authenticationId is not this payment's (HTTP 200)"
    )


def test_an_authentication_that_fails_at_pre_initiation_is_tried_once_more() -> None:
    failed = PreInitiateIntegratedAuthenticationResponse.from_dict(
        {"authenticationId": AUTH_ID, "state": "AuthenticationFailed", "stateData": {"code": "14", "reason": "timeout"}}
    )
    declined, _ = run(
        adapter().pay(request_for("frictionless_3ds"), KEY),
        [
            SOFT_DECLINE,
            ("pre_initiate_integrated_authentication", respond(200, failed)),
            ("pre_initiate_integrated_authentication", respond(200, failed)),
        ],
    )
    assert declined.decline is not None
    assert (declined.state, declined.decline.code, declined.handle.data["attempts"]) == (State.DECLINED, "14", 2)


def _browser_authentication_answered(answer: Authentication) -> Any:
    """pay() with the upgrade up to the browser authentication, and the flow after ``answer``."""
    flow = adapter().pay(request_for("frictionless_3ds"), KEY)
    next(flow)
    flow.send(respond(200, transaction("Refused", "1A", merchantTransactionId=KEY)))
    flow.send(respond(200, pre_initiated(AUTH_ID)))
    return flow, respond(200, answer)


def test_a_challenge_says_pxps_state_and_the_issuers_reason() -> None:
    asked = Authentication.from_dict(
        {
            "authenticationId": AUTH_ID,
            "state": "PendingCustomerChallenge",
            "challengeUrl": "https://acs.example/challenge",
            "challengeData": "creq-1",
            "stateData": {"code": "93", "reason": "The issuer wants to see the cardholder"},
        }
    )
    flow, answer = _browser_authentication_answered(asked)
    with pytest.raises(StopIteration) as stop:
        flow.send(answer)
    challenge: Outcome = stop.value.value
    assert (challenge.state, challenge.provider_status) == (State.ACTION_REQUIRED, "PendingCustomerChallenge")
    assert challenge.three_ds is not None
    assert (challenge.three_ds.status_reason, challenge.three_ds.status_reason_text) == (
        "93",
        "The issuer wants to see the cardholder",
    )


def test_a_rejected_authentication_says_the_cardholder_was_not_authenticated() -> None:
    rejected = Authentication.from_dict(
        {"authenticationId": AUTH_ID, "state": "AuthenticationRejected", "transactionStatus": "R"}
    )
    flow, answer = _browser_authentication_answered(rejected)
    with pytest.raises(StopIteration) as stop:
        flow.send(answer)
    declined: Outcome = stop.value.value
    assert declined.state is State.DECLINED
    assert declined.three_ds is not None
    assert declined.three_ds.authenticated is False


def test_an_authentication_state_pxp_adds_later_is_processing_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    flow, answer = _browser_authentication_answered(
        Authentication.from_dict({"authenticationId": AUTH_ID, "state": "AuthenticationDeferred"})
    )
    with caplog.at_level(logging.WARNING, logger="scaretry"), pytest.raises(StopIteration) as stop:
        flow.send(answer)
    assert stop.value.value.state is State.PROCESSING
    assert "pxp: unknown authentication state 'AuthenticationDeferred'; reporting PROCESSING" in caplog.messages


def test_a_re_authorisation_answered_for_another_is_refused_saying_which_step() -> None:
    flow, answer = _browser_authentication_answered(
        Authentication.from_dict({"authenticationId": AUTH_ID, "state": "AuthenticationSuccessful"})
    )
    reauthorisation = flow.send(answer)
    assert reauthorisation.name == "initiate_transaction"
    assert reauthorisation.handle.step == "transaction"  # an error here carries a handle recover() reads as sent
    answer = respond(
        200, transaction("Authorised", merchantTransactionId="someone-else"), headers={"X-Request-Id": "r-5d"}
    )
    with pytest.raises(UnexpectedResponse) as raised:
        flow.send(answer)
    assert str(raised.value) == (
        f"pxp: initiate transaction with 3DS: the answer's merchantTransactionId is not '{KEY}-3ds' "
        "(HTTP 200, request id r-5d)"
    )
    assert raised.value.request_id == "r-5d", "support finds the mixed-up answer by PXP's request id"


def test_a_polled_webhook_authentication_that_failed_is_declined_with_its_reason(offline: PXP) -> None:
    event = {
        "eventCategory": "Authentication",
        "eventCode": "authentication-updated",
        "eventDate": "d",
        "eventData": {"authenticationId": AUTH_ID, "state": "PendingCustomerChallenge"},
    }
    notified = offline.parse_webhook(signed(event), json.dumps(event).encode())
    flow = adapter().status(notified.handle)
    assert next(flow).name == "get_integrated_authentication"
    with pytest.raises(StopIteration) as stop:
        flow.send(_failed("07", "PXP's own words", "AuthenticationRejected"))
    declined: Outcome = stop.value.value
    assert declined.decline is not None
    assert (declined.state, declined.decline.message) == (State.DECLINED, "Invalid transaction.")


def test_a_poll_before_the_3ds_method_called_back_says_pxps_state() -> None:
    pxp = adapter()
    started = _at_the_3ds_method(pxp)
    waiting = Authentication.from_dict({"authenticationId": AUTH_ID, "state": "PendingClientData"})
    polled, _ = run(pxp.status(started.handle), [("get_integrated_authentication", respond(200, waiting))])
    assert (polled.state, polled.provider_status, polled.action) == (
        State.ACTION_REQUIRED,
        "PendingClientData",
        started.action,
    )


def test_a_transaction_state_pxp_adds_later_is_processing_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)["merchantTransactionId"]
        body = {"systemTransactionId": str(uuid.uuid4()), "merchantTransactionId": sent, "state": "Deferred"}
        return httpx.Response(200, json=body | {"providerResponse": {"code": "00", "message": "m"}})

    transport = httpx.MockTransport(answer)
    with client_for("https://pxp.test/api", transport=transport) as pxp, caplog.at_level(logging.WARNING):
        outcome = pxp.pay(request_for("approve", ThreeDSMode.NEVER).evolve(browser=None))
    assert outcome.state is State.PROCESSING
    assert "pxp: unknown transaction state 'Deferred'; reporting PROCESSING" in caplog.messages


def test_a_key_used_for_another_amount_is_refused_saying_so(pxp: PXP) -> None:
    pxp.pay(request_for("approve"), idempotency_key="order-77")
    with pytest.raises(ProviderError) as raised:
        pxp.pay(request_for("approve", amount=Money(100, "EUR")), idempotency_key="order-77")
    assert str(raised.value).startswith("pxp: initiate transaction: the idempotency key belongs to another payment: ")


def test_what_pxp_cannot_take_is_refused_saying_what_it_takes(offline: PXP) -> None:
    with pytest.raises(UnsupportedError) as raised:
        offline.pay(request_for("exemption", exemption=Exemption.TRUSTED_LISTING))
    assert str(raised.value) == (
        "pxp cannot apply the trusted_listing exemption: PXP's integrated authentication and its card service "
        "take only low value (LVP) and transaction risk analysis (TRA)"
    )
    card = Card(CARDS["approve"], 12, 2030, cvv="100", holder_name="A")
    with pytest.raises(ValidationError) as refused:
        offline.pay(request_for("approve").evolve(source=card))
    assert str(refused.value) == "card.holder_name: PXP accepts 2 to 45 characters"
