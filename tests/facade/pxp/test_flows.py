"""The PXP facade: every scenario against the sandbox, sync and async, plus what only the adapter can
be asked directly (sans I/O): unknown enum values, malformed bodies, error mapping, retry safety."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from scaretry_pxp.models import Authentication, PreInitiateIntegratedAuthenticationResponse, PxpError, Transaction

from scaretry._adapter import Call
from scaretry._errors import (
    AuthenticationError,
    ConfigurationError,
    ProviderError,
    TransportError,
    UnexpectedResponse,
    UnsupportedError,
    ValidationError,
    WaitTimeout,
)
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, DeclineCategory, FingerprintAction, FormPostAction, Outcome, State
from scaretry._request import Card, CardToken, Initiator, Money, PaymentRequest, ThreeDSMode
from scaretry.providers.pxp import PXP, PXPAuth
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.testing import Customer
from scaretry.testing._scenario import Scenario, Trace
from scaretry.testing.scenarios.pxp import (
    BROWSER,
    CARDS,
    SCENARIOS,
    async_client_for,
    client_for,
    request_for,
)
from tests.facade.pxp._faults import StepFaults
from tests.facade.pxp._sansio import adapter, finish, respond, transaction


@pytest.fixture
def client(scaretry_sandbox: SandboxServer) -> Iterator[PXP]:
    with client_for(scaretry_sandbox.url_for("pxp")) as pxp:
        yield pxp


def count(admin: httpx.Client, what: str = "transactions") -> int:
    value: int = admin.get("/_sandbox/state").json()["pxp"][what]
    return value


@pytest.fixture
def offline() -> Iterator[PXP]:
    """A client whose every request would fail: a refusal seen here was made before sending."""
    with client_for("http://127.0.0.1:9/pxp/api") as pxp:
        yield pxp


# -- every scenario, end to end ----------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario(scenario: Scenario, client: PXP, customer: Customer) -> None:
    trace = Trace()
    outcome = scenario.run(client, customer, trace)
    assert outcome.state is scenario.expected, trace.path
    assert outcome.provider == "pxp"
    assert outcome.is_final
    assert outcome.upgraded is scenario.upgrade, trace.path
    assert trace.steps
    assert trace.requests >= 1
    json.dumps(outcome.handle.to_dict())  # always storable


def run(name: str, client: PXP, customer: Customer) -> tuple[Outcome, Trace]:
    scenario = next(s for s in SCENARIOS if s.name == name)
    trace = Trace()
    return scenario.run(client, customer, trace), trace


def test_upgrade_details(client: PXP, customer: Customer) -> None:
    first = client.pay(request_for("fingerprint_challenge"))
    assert first.state is State.ACTION_REQUIRED
    assert first.upgraded is True
    assert isinstance(first.action, FingerprintAction)
    assert first.action.timeout_seconds == 10.0
    assert first.action.reason is ActionReason.FINGERPRINT
    refused_id = first.payment_id
    assert refused_id is not None
    assert first.handle.step == "fingerprint"
    assert str(first.handle.data["merchant_transaction_id"]).endswith("-3ds")
    assert str(first.handle.data["merchant_transaction_id"]).startswith(first.handle.idempotency_key)
    assert "4012006822076852" not in json.dumps(first.handle.to_dict())

    second = client.resume(first.handle, customer.act(first.action).params)
    assert isinstance(second.action, FormPostAction)
    assert second.action.reason is ActionReason.SCA_RETRY
    assert set(second.action.fields) == {"creq"}
    assert second.three_ds is not None
    assert second.three_ds.challenged is True

    back = customer.act(second.action, "approve")
    assert back.method == "POST"
    third = client.resume(second.handle, back.params)
    assert third.state is State.PROCESSING  # the ACS result settles asynchronously
    final = client.wait(third.handle, timeout=5)
    assert final.state is State.AUTHORIZED
    assert final.upgraded is True
    assert final.payment_id not in (None, refused_id)
    assert final.provider_status == "Authorised"
    assert final.three_ds is not None
    assert (final.three_ds.eci, final.three_ds.challenged, final.three_ds.authenticated) == ("05", True, True)
    assert isinstance(final.raw, Transaction)
    # A later poll reads the same transaction back.
    assert client.poll_once(final.handle).outcome.payment_id == final.payment_id


def test_always_reports_challenge_not_sca_retry(client: PXP, customer: Customer) -> None:
    outcome = client.pay(request_for("mastercard_challenge", ThreeDSMode.ALWAYS))
    assert isinstance(outcome.action, FormPostAction)
    assert outcome.action.reason is ActionReason.CHALLENGE
    assert outcome.upgraded is False
    assert outcome.payment_id is None  # no transaction before the authentication


def test_3ds_failure_details(client: PXP, customer: Customer, sandbox_admin: httpx.Client) -> None:
    before = count(sandbox_admin, "authentications")
    timeout, _ = run("timeout", client, customer)
    assert count(sandbox_admin, "authentications") == before + 2  # retried once, bounded
    assert timeout.decline is not None
    assert (timeout.decline.code, timeout.decline.category) == ("14", DeclineCategory.SOFT_RETRYABLE)
    assert timeout.three_ds is not None
    assert timeout.three_ds.status_reason == "14"
    assert timeout.three_ds.status_reason_text == "Transaction timed out at the ACS."

    before = count(sandbox_admin, "authentications")
    rejected, _ = run("authentication_rejected", client, customer)
    assert count(sandbox_admin, "authentications") == before + 1  # never retried
    assert rejected.decline is not None
    assert (rejected.decline.code, rejected.decline.category) == ("11", DeclineCategory.FRAUD)

    error, _ = run("authentication_error", client, customer)
    assert error.decline is not None
    assert (error.decline.code, error.decline.category) == ("22", DeclineCategory.SOFT_RETRYABLE)

    abandoned, _ = run("challenge_abandoned", client, customer)
    assert abandoned.three_ds is not None
    assert abandoned.three_ds.status_reason == "26"
    assert abandoned.decline is None

    not_enrolled, _ = run("not_enrolled", client, customer)
    assert not_enrolled.decline is not None
    assert not_enrolled.decline.category is DeclineCategory.SOFT_SCA

    retried, trace = run("authentication_failed_retried", client, customer)
    assert retried.handle.data["attempts"] == 2
    assert "authentication failed, retried" in trace.steps


def test_declines_without_3ds(client: PXP, customer: Customer) -> None:
    never, _ = run("upgrade_disabled_declined", client, customer)
    assert never.decline is not None
    assert (never.decline.code, never.decline.category) == ("1A", DeclineCategory.SOFT_SCA)
    mit, _ = run("merchant_initiated_not_upgraded", client, customer)
    assert mit.upgraded is False
    assert mit.decline is not None
    assert mit.decline.category is DeclineCategory.SOFT_SCA
    assert mit.raw.recurring.processing_model == "MerchantInitiatedSubsequentRecurring"
    hard, _ = run("hard_decline", client, customer)
    assert hard.decline is not None
    assert (hard.decline.code, hard.decline.category) == ("05", DeclineCategory.HARD)
    assert hard.decline.message == "Do not honour"  # PXP's providerResponse.message
    assert (hard.three_ds, hard.upgraded, hard.action) == (None, False, None)
    fraud, _ = run("fraud_decline", client, customer)
    assert fraud.decline is not None
    assert (fraud.decline.code, fraud.decline.category) == ("59", DeclineCategory.FRAUD)
    funds, _ = run("insufficient_funds", client, customer)
    assert funds.decline is not None
    assert (funds.decline.code, funds.decline.category) == ("51", DeclineCategory.SOFT_RETRYABLE)
    unavailable, _ = run("issuer_unavailable", client, customer)
    assert unavailable.decline is not None
    assert unavailable.decline.category is DeclineCategory.SOFT_RETRYABLE


@pytest.mark.anyio
async def test_async_main_flows(scaretry_sandbox: SandboxServer, customer: Customer) -> None:
    async with async_client_for(scaretry_sandbox.url_for("pxp")) as pxp:
        approved = await pxp.pay(request_for("approve"))
        assert approved.state is State.AUTHORIZED

        outcome = await pxp.pay(request_for("fingerprint_challenge"))
        assert isinstance(outcome.action, FingerprintAction)
        outcome = await pxp.resume(outcome.handle, customer.act(outcome.action).params)
        assert isinstance(outcome.action, FormPostAction)
        outcome = await pxp.resume(outcome.handle, customer.act(outcome.action, "approve").params)
        final = await pxp.wait(outcome.handle, timeout=5)
        assert final.state is State.AUTHORIZED
        assert final.upgraded is True

        frictionless = await pxp.pay(request_for("frictionless_3ds"))
        assert (frictionless.state, frictionless.upgraded) == (State.AUTHORIZED, True)

        declined = await pxp.pay(request_for("hard_decline"))
        assert declined.state is State.DECLINED


def test_handle_survives_json_and_a_fresh_client(scaretry_sandbox: SandboxServer, customer: Customer) -> None:
    url = scaretry_sandbox.url_for("pxp")
    with client_for(url) as first:
        started = first.pay(request_for("fingerprint_challenge"))
    assert started.action is not None
    stored = json.dumps(started.handle.to_dict())
    with client_for(url) as second:
        challenged = second.resume(Handle.from_dict(json.loads(stored)), customer.act(started.action).params)
    assert challenged.action is not None
    stored = json.dumps(challenged.handle.to_dict())
    back = customer.act(challenged.action, "approve")
    with client_for(url) as third:
        handle = Handle.from_dict(json.loads(stored))
        resumed = third.resume(handle, back.params)
        final = third.wait(resumed.handle, timeout=5)
    with client_for(url) as fourth:
        again = fourth.wait(Handle.from_dict(json.loads(json.dumps(final.handle.to_dict()))), timeout=5)
    assert final.state is State.AUTHORIZED
    assert (again.state, again.payment_id, again.upgraded) == (final.state, final.payment_id, True)


def test_a_repeated_fingerprint_callback_reads_where_the_authentication_is(client: PXP, customer: Customer) -> None:
    started = client.pay(request_for("fingerprint_challenge"))
    assert started.action is not None
    params = customer.act(started.action).params
    once = client.resume(started.handle, params)
    twice = client.resume(started.handle, params)  # the PUT answers 409; the adapter reads instead
    assert once.state is twice.state is State.ACTION_REQUIRED
    assert once.action == twice.action


def test_resume_refuses_another_payments_callback(client: PXP, customer: Customer) -> None:
    one = client.pay(request_for("mastercard_challenge"))
    other = client.pay(request_for("mastercard_challenge"))
    assert one.action is not None
    assert other.action is not None
    cres = customer.act(one.action, "approve").params
    with pytest.raises(ValidationError) as error:
        client.resume(other.handle, cres)
    assert error.value.field == "cres"
    fingerprinted = client.pay(request_for("fingerprint_challenge"))
    with pytest.raises(ValidationError) as error:
        client.resume(fingerprinted.handle, {"threeDSMethodData": "not-base64-json"})
    assert error.value.field == "threeDSMethodData"


def test_fingerprint_step_polls_as_action_required(client: PXP) -> None:
    started = client.pay(request_for("fingerprint_challenge"))
    poll = client.poll_once(started.handle)
    assert poll.outcome.state is State.ACTION_REQUIRED
    assert poll.outcome.action == started.action
    assert poll.next_poll_in is not None


def test_wait_times_out_with_the_last_outcome(client: PXP) -> None:
    pending = client.pay(request_for("mastercard_challenge"))
    with pytest.raises(WaitTimeout) as timeout:
        client.wait(pending.handle, timeout=0.2)
    assert timeout.value.outcome.state is State.ACTION_REQUIRED


# -- refusals, errors, logs ------------------------------------------------------------------


def test_refusals_happen_before_any_request(offline: PXP) -> None:
    with pytest.raises(ValidationError) as error:
        offline.pay(request_for("approve").evolve(browser=None))
    assert error.value.field == "browser"
    with pytest.raises(ValidationError) as error:
        offline.pay(request_for("approve", ThreeDSMode.ALWAYS).evolve(browser=None))
    assert error.value.field == "browser"
    with pytest.raises(UnsupportedError):
        offline.pay(request_for("approve", ThreeDSMode.ALWAYS, initiator=Initiator.MERCHANT))
    with pytest.raises(ValidationError) as error:
        offline.pay(request_for("approve").evolve(source=CardToken("tok_not_a_guid")))
    assert error.value.field == "token"
    with pytest.raises(ValidationError) as error:
        offline.pay(request_for("approve").evolve(source=Card(CARDS["approve"], 12, 2030, holder_name="X")))
    assert error.value.field == "card.holder_name"
    # NEVER and merchant-initiated UPGRADE need no browser: those do try to send (and fail offline).
    with pytest.raises(TransportError):
        offline.pay(request_for("approve", ThreeDSMode.NEVER).evolve(browser=None))
    with pytest.raises(TransportError):
        offline.pay(request_for("approve", initiator=Initiator.MERCHANT).evolve(browser=None))


def test_configuration_errors_never_show_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError):
        PXP(client_id="c", token_id="t", token_value="", merchant="m", site="s")
    for name in ("CLIENT_ID", "TOKEN_ID", "TOKEN_VALUE", "MERCHANT", "SITE", "WEBHOOK_HASH_KEY", "BASE_URL"):
        monkeypatch.delenv(f"SCARETRY_PXP_{name}", raising=False)
    monkeypatch.setenv("SCARETRY_PXP_TOKEN_VALUE", "very-secret-token-value")
    with pytest.raises(ConfigurationError) as error:
        PXP.from_env()
    assert "very-secret" not in str(error.value)
    assert "SCARETRY_PXP_CLIENT_ID" in str(error.value)
    for name in ("client_id", "token_id", "merchant", "site"):
        monkeypatch.setenv(f"SCARETRY_PXP_{name.upper()}", CREDENTIALS[name])
    monkeypatch.setenv("SCARETRY_PXP_BASE_URL", "http://127.0.0.1:9/pxp/api")
    with PXP.from_env() as pxp:
        assert str(pxp.api._base_url) == "http://127.0.0.1:9/pxp/api"


def test_wrong_token_is_an_authentication_error(scaretry_sandbox: SandboxServer) -> None:
    url = scaretry_sandbox.url_for("pxp")
    with (
        PXP(
            client_id=CREDENTIALS["client_id"],
            token_id=CREDENTIALS["token_id"],
            token_value="wrong-value",
            merchant=CREDENTIALS["merchant"],
            site=CREDENTIALS["site"],
            base_url=url,
        ) as pxp,
        pytest.raises(AuthenticationError) as error,
    ):
        pxp.pay(request_for("approve"))
    assert (error.value.status_code, error.value.code) == (401, "Unauthorised")
    assert "wrong-value" not in str(error.value)


def test_provider_validation_error_is_typed(scaretry_sandbox: SandboxServer) -> None:
    url = scaretry_sandbox.url_for("pxp")
    with (
        PXP(
            client_id=CREDENTIALS["client_id"],
            token_id=CREDENTIALS["token_id"],
            token_value=CREDENTIALS["token_value"],
            merchant="NOT-OURS",
            site=CREDENTIALS["site"],
            base_url=url,
        ) as pxp,
        pytest.raises(ProviderError) as error,
    ):
        pxp.pay(request_for("approve"))
    assert (error.value.status_code, error.value.code) == (400, "ValidationFailed")
    assert error.value.request_id
    assert b"merchant" in error.value.body


def test_no_card_data_or_secrets_in_logs(client: PXP, customer: Customer, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        run("soft_decline_upgrade_approved", client, customer)
    text = caplog.text
    assert "pxp initiate_transaction -> 200" in text
    for secret in (CARDS["fingerprint_challenge"], CREDENTIALS["token_value"], "PXP-UST1"):
        assert secret not in text


# -- transport retries -----------------------------------------------------------------------


def test_post_retried_after_a_dropped_connection_creates_one_transaction(
    client: PXP, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = count(sandbox_admin)
    sandbox_faults("drop-after-commit;times=1")
    outcome = client.pay(request_for("approve"))
    assert outcome.state is State.AUTHORIZED
    assert count(sandbox_admin) == before + 1


def test_post_retried_on_503(client: PXP, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]) -> None:
    before = count(sandbox_admin)
    sandbox_faults("status=503;retry-after=0.05;times=1")
    assert client.pay(request_for("approve")).state is State.AUTHORIZED
    assert count(sandbox_admin) == before + 1


def test_pre_initiate_is_not_retried(scaretry_sandbox: SandboxServer, sandbox_admin: httpx.Client) -> None:
    before = count(sandbox_admin, "authentications")
    transport = StepFaults("pre_initiate", "drop-after-commit")
    with client_for(scaretry_sandbox.url_for("pxp"), transport=transport) as pxp, pytest.raises(TransportError):
        pxp.pay(request_for("frictionless_3ds", ThreeDSMode.ALWAYS))
    assert count(sandbox_admin, "authentications") == before + 1  # committed once, never sent again


def test_browser_authentication_is_not_retried_and_can_be_resumed(
    client: PXP, customer: Customer, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    started = client.pay(request_for("fingerprint_challenge"))
    assert started.action is not None
    params = customer.act(started.action).params
    sandbox_faults("status=503;retry-after=0.05;times=1")
    with pytest.raises(ProviderError) as error:
        client.resume(started.handle, params)
    assert (error.value.status_code, error.value.code) == (503, "ServiceUnavailable")
    sandbox_admin.delete("/_sandbox/faults")
    assert client.resume(started.handle, params).state is State.ACTION_REQUIRED


# -- decline table ---------------------------------------------------------------------------


def test_decline_overrides(scaretry_sandbox: SandboxServer, customer: Customer, sandbox_admin: httpx.Client) -> None:
    url = scaretry_sandbox.url_for("pxp")
    options: dict[str, Any] = {
        "client_id": CREDENTIALS["client_id"],
        "token_id": CREDENTIALS["token_id"],
        "token_value": CREDENTIALS["token_value"],
        "merchant": CREDENTIALS["merchant"],
        "site": CREDENTIALS["site"],
        "base_url": url,
    }
    overrides: dict[str, Any] = {
        "05": "soft_retryable",
        "1A": "hard",
        "3ds:AuthenticationFailed:14": {"category": "hard", "decision": "final"},
    }
    with PXP(**options, decline_overrides=overrides) as pxp:
        hard = pxp.pay(request_for("hard_decline"))
        assert hard.decline is not None
        assert hard.decline.category is DeclineCategory.SOFT_RETRYABLE
        no_upgrade = pxp.pay(request_for("fingerprint_challenge"))
        assert (no_upgrade.state, no_upgrade.upgraded) == (State.DECLINED, False)
        assert no_upgrade.decline is not None
        assert no_upgrade.decline.category is DeclineCategory.HARD
        before = count(sandbox_admin, "authentications")
        timeout = pxp.pay(request_for("acs_timeout", ThreeDSMode.ALWAYS))
        assert count(sandbox_admin, "authentications") == before + 1  # the override made 14 final
        assert timeout.decline is not None
        assert timeout.decline.category is DeclineCategory.HARD
    with PXP(**options) as pxp:  # the shipped table is untouched
        assert pxp.pay(request_for("fingerprint_challenge")).upgraded is True


# -- the adapter, sans I/O -------------------------------------------------------------------


def test_pay_upgrades_only_a_customer_initiated_upgrade() -> None:
    pxp = adapter()
    flow = pxp.pay(request_for("fingerprint_challenge"), "T-1")
    first: Call = next(flow)
    assert first.name == "initiate_transaction"
    body = first.prepared.request["json"]
    assert body["amounts"] == {"transaction": 65.1, "currencyCode": "EUR"}
    assert body["fundingData"]["card"]["expiryMonth"] == "12"
    assert "recurring" not in body
    second = flow.send(respond(200, transaction("Refused", "1A")))
    assert second.name == "pre_initiate_integrated_authentication"
    card = second.prepared.request["json"]["card"]
    assert (card["expiryMonth"], card["expiryYear"]) == (12, 2030)

    for request in (
        request_for("fingerprint_challenge", ThreeDSMode.NEVER),
        request_for("fingerprint_challenge", initiator=Initiator.MERCHANT),
    ):
        flow = pxp.pay(request, "T-1")
        call = next(flow)
        if request.initiator is Initiator.MERCHANT:
            assert call.prepared.request["json"]["recurring"] == {
                "processingModel": "MerchantInitiatedSubsequentRecurring"
            }
        outcome = finish(flow, respond(200, transaction("Refused", "1A")))
        assert (outcome.state, outcome.upgraded) == (State.DECLINED, False)


def test_always_authenticates_first_and_retries_a_failure_once() -> None:
    pxp = adapter()
    flow = pxp.pay(request_for("frictionless_3ds", ThreeDSMode.ALWAYS), "T-1")
    assert next(flow).name == "get_transaction"  # a transaction made by an earlier pay() with this key?
    assert flow.send(respond(404, None)).name == "pre_initiate_integrated_authentication"
    auth_id = str(uuid.uuid4())
    pre = PreInitiateIntegratedAuthenticationResponse.from_dict(
        {"authenticationId": auth_id, "state": "PendingClientData", "threeDSecureSupported": True, "scaMandated": True}
    )
    put = flow.send(respond(200, pre))
    assert put.name == "initiate_integrated_authentication"
    request_body = put.prepared.request["json"]
    assert request_body["browserData"]["userAgent"] == BROWSER.user_agent
    assert request_body["requestorChallengeIndicator"] == "01"
    failed = Authentication.from_dict(
        {"authenticationId": auth_id, "state": "AuthenticationFailed", "stateData": {"code": "01", "reason": "x"}}
    )
    assert flow.send(respond(200, failed)).name == "pre_initiate_integrated_authentication"  # the one retry
    assert flow.send(respond(200, pre)).name == "initiate_integrated_authentication"
    outcome = finish(flow, respond(200, failed))
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.category) == ("01", DeclineCategory.HARD)
    assert outcome.handle.data["attempts"] == 2


def test_unknown_status_values_do_not_crash() -> None:
    pxp = adapter()
    flow = pxp.pay(request_for("approve"), "T-1")
    next(flow)
    outcome = finish(flow, respond(200, transaction("OnHold", "00")))
    assert (outcome.state, outcome.provider_status) == (State.PROCESSING, "OnHold")

    auth_id = str(uuid.uuid4())
    handle = Handle("pxp", None, "r", "k", step="challenge", data={"authentication_id": auth_id, "attempts": 1})
    flow = pxp.status(handle)
    assert next(flow).name == "get_integrated_authentication"
    odd = Authentication.from_dict({"authenticationId": auth_id, "state": "PendingDecoupled"})
    outcome = finish(flow, respond(200, odd))
    assert (outcome.state, outcome.provider_status) == (State.PROCESSING, "PendingDecoupled")


def test_bad_bodies_and_errors_are_typed() -> None:
    pxp = adapter()
    handle = Handle("pxp", "x", "r", "k", step="transaction", data={"merchant_transaction_id": "k"})
    cases: list[tuple[Any, type[Exception]]] = [
        (respond(200, None, b"<html>"), UnexpectedResponse),
        (respond(200, PxpError.from_dict({"errorCode": "X", "errorReason": "y"})), UnexpectedResponse),
        (respond(500, PxpError.from_dict({"errorCode": "InternalError", "errorReason": "boom"})), ProviderError),
        (respond(401, PxpError.from_dict({"errorCode": "Unauthorised", "errorReason": "no"})), AuthenticationError),
        (respond(418, None, b"teapot"), ProviderError),
    ]
    for response, error in cases:
        flow = pxp.status(handle)
        assert next(flow).name == "get_transaction"
        with pytest.raises(error) as raised:
            flow.send(response)
        assert getattr(raised.value, "body", None) == response.content
    with pytest.raises(ValidationError):
        next(pxp.status(handle.evolve(provider="checkout")))
    with pytest.raises(ValidationError):
        next(pxp.status(handle.evolve(step="nowhere")))


def test_malformed_body_through_the_client_is_unexpected_response() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"systemTransactionId": ', headers={"X-Request-Id": "r-1"})

    credentials = {k: CREDENTIALS[k] for k in ("client_id", "token_id", "token_value", "merchant", "site")}
    with (
        PXP(**credentials, base_url="https://pxp.test/api", transport=httpx.MockTransport(answer)) as pxp,
        pytest.raises(UnexpectedResponse) as error,
    ):
        pxp.pay(request_for("approve"))
    assert error.value.body == b'{"systemTransactionId": '


def test_retry_safety_and_signing() -> None:
    pxp = adapter()
    base = "https://api-services.test.pxp.io/api"
    httpx.Request("GET", f"{base}/v1/transactions/M/S/T")
    httpx.Request("POST", f"{base}/v1/transactions", json={"merchantTransactionId": "T-1"})
    httpx.Request("POST", f"{base}/v1/threedsecure/integrated/authentications", json={"site": "S"})
    httpx.Request("PUT", f"{base}/v1/threedsecure/integrated/authentications/x/browser-authentication")
    # a transaction carries merchantTransactionId and may be repeated; a pre-initiate and a browser
    # authentication have no idempotency mechanism (a repeat starts a second one); reads are safe
    transaction_call = next(pxp.pay(request_for("approve", ThreeDSMode.NEVER), "T-1"))
    assert transaction_call.retry_safe
    assert transaction_call.prepared.request["json"]["merchantTransactionId"] == "T-1"
    flow = pxp.pay(request_for("fingerprint_challenge"), "T-1")
    next(flow)
    pre_call = flow.send(respond(200, transaction("Refused", "1A")))
    assert pre_call.name == "pre_initiate_integrated_authentication"
    assert not pre_call.retry_safe

    auth = PXPAuth("client-1", "token-1", "value-1")
    request = httpx.Request("POST", f"{base}/v1/transactions?x=1", content=b'{"a":1}', headers={"X-Request-Id": "r"})
    signed = next(auth.auth_flow(request))
    scheme, _, value = signed.headers["Authorization"].partition(" ")
    token_id, timestamp, mac = value.split(":")
    assert (scheme, token_id, signed.headers["X-Client-Id"]) == ("PXP-UST1", "token-1", "client-1")
    assert abs(int(timestamp) - time.time()) < 5
    message = f"{timestamp}r/api/v1/transactions?x=1".encode() + b'{"a":1}'
    assert mac == base64.b64encode(hmac.new(b"value-1", message, hashlib.sha256).digest()).decode()


def test_amounts_are_exact_major_units() -> None:
    pxp = adapter()
    for money, expected in ((Money(6510, "EUR"), 65.1), (Money(1000, "JPY"), 1000), (Money(1234, "KWD"), 1.234)):
        request = PaymentRequest(money, Card(CARDS["approve"], 12, 2030), "r", "https://x.example/", browser=BROWSER)
        call = next(pxp.pay(request, "T-1"))
        amount = call.prepared.request["json"]["amounts"]["transaction"]
        assert amount == expected
        assert type(amount) is type(expected)


def test_every_status_pxp_documents_is_mapped() -> None:
    """A status added to the spec's enums fails here until someone decides what it means."""
    from scaretry.providers.pxp._outcomes import AUTHENTICATION_STATES, TRANSACTION_STATES

    assert TRANSACTION_STATES.unmapped() == []
    assert AUTHENTICATION_STATES.unmapped() == []


def test_the_3ds_result_of_each_scheme(client: PXP, customer: Customer) -> None:
    """ECI 05 (Visa) and 02 (Mastercard) are authenticated; the outcome says which, and challenged."""
    mastercard, _ = run("soft_decline_upgrade_mastercard", client, customer)
    assert mastercard.three_ds is not None
    assert (mastercard.three_ds.eci, mastercard.three_ds.authenticated, mastercard.three_ds.challenged) == (
        "02",
        True,
        True,
    )
    frictionless, _ = run("upgrade_frictionless", client, customer)
    assert frictionless.three_ds is not None
    assert (frictionless.three_ds.eci, frictionless.three_ds.authenticated) == ("05", True)
    assert frictionless.three_ds.challenged is False
    assert frictionless.three_ds.version == "2.2.0"
