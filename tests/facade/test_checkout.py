"""The Checkout.com facade: every scenario against the sandbox, sync and async, plus what only the
adapter can be asked directly (sans I/O): unknown enum values, malformed bodies, error mapping."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from scaretry_checkout.api.payments import get_payment_details
from scaretry_checkout.models import (
    PaymentAcceptedResponse,
    PaymentDetails,
    PaymentResponse,
)
from scaretry_checkout.models import (
    ValidationError as CkoValidationError,
)
from scaretry_checkout.types import Response

from scaretry._adapter import Call, Flow
from scaretry._errors import (
    AuthenticationError,
    ConfigurationError,
    ProviderError,
    SignatureError,
    TransportError,
    UnexpectedResponse,
    UnsupportedError,
    ValidationError,
    WaitTimeout,
)
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, DeclineCategory, Outcome, RedirectAction, State
from scaretry._request import Card, CardToken, Initiator, ThreeDSMode
from scaretry.providers.checkout import Checkout, CheckoutAdapter, CheckoutConfig
from scaretry.providers.checkout._notifications import EVENT_TYPE
from scaretry.providers.checkout._outcomes import DETAILS_STATUS, PAYMENT_STATUS, SESSION_STATUS
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing import Customer, WebhookReceiver
from scaretry.testing._scenario import Scenario, Trace
from scaretry.testing.scenarios.checkout import CARDS, SCENARIOS, async_client_for, client_for, request_for


@pytest.fixture
def client(scaretry_sandbox: SandboxServer) -> Iterator[Checkout]:
    with client_for(scaretry_sandbox.url_for("checkout")) as checkout:
        yield checkout


def count(admin: httpx.Client, what: str = "payments") -> int:
    value: int = admin.get("/_sandbox/state").json()["checkout"][what]
    return value


# -- every scenario -------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario(scenario: Scenario, client: Checkout, customer: Customer) -> None:
    trace = Trace()
    outcome = scenario.run(client, customer, trace)
    assert outcome.state is scenario.expected, trace.path
    assert outcome.provider == "checkout"
    assert outcome.upgraded is scenario.upgrade
    assert trace.requests >= 1
    assert trace.steps[-1] == outcome.provider_status
    assert outcome.raw is not None


def test_scenario_details(client: Checkout, customer: Customer) -> None:
    by_name = {s.name: s for s in SCENARIOS}
    upgraded = by_name["soft_decline_upgrade_approved"].run(client, customer, Trace())
    assert upgraded.three_ds is not None
    assert upgraded.three_ds.challenged is True
    assert upgraded.three_ds.authenticated is True
    assert upgraded.three_ds.eci == "05"
    rejected = by_name["challenge_rejected"].run(client, customer, Trace())
    assert rejected.decline is not None
    assert rejected.decline.code == "20151"
    assert rejected.three_ds is not None
    assert rejected.three_ds.status_reason == "01"
    assert rejected.three_ds.status_reason_text == "Card authentication failed."
    abandoned = by_name["challenge_abandoned"].run(client, customer, Trace())
    assert abandoned.decline is not None
    assert abandoned.decline.code == "20152"
    never = by_name["upgrade_disabled_declined"].run(client, customer, Trace())
    assert never.decline is not None
    assert never.decline.category is DeclineCategory.SOFT_SCA
    for name, category in [
        ("hard_decline", DeclineCategory.HARD),
        ("fraud_decline", DeclineCategory.FRAUD),
        ("timeout", DeclineCategory.SOFT_RETRYABLE),
    ]:
        outcome = by_name[name].run(client, customer, Trace())
        assert outcome.decline is not None
        assert outcome.decline.category is category, name


def test_upgrade_action_says_why(client: Checkout) -> None:
    upgraded = client.pay(request_for("sca_required"))
    assert upgraded.state is State.ACTION_REQUIRED
    assert isinstance(upgraded.action, RedirectAction)
    assert upgraded.action.reason is ActionReason.SCA_RETRY
    assert upgraded.upgraded
    assert upgraded.handle.upgraded
    challenged = client.pay(request_for("challenge", ThreeDSMode.ALWAYS))
    assert isinstance(challenged.action, RedirectAction)
    assert challenged.action.reason is ActionReason.CHALLENGE
    assert not challenged.upgraded


# -- async -----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_main_flows(scaretry_sandbox: SandboxServer, customer: Customer) -> None:
    async with async_client_for(scaretry_sandbox.url_for("checkout")) as client:
        approved = await client.pay(request_for("approve"))
        assert approved.state is State.AUTHORIZED

        declined = await client.pay(request_for("hard_decline"))
        assert declined.state is State.DECLINED
        assert declined.decline is not None
        assert declined.decline.code == "20051"

        upgraded = await client.pay(request_for("sca_required"))
        assert upgraded.state is State.ACTION_REQUIRED
        assert upgraded.upgraded
        assert upgraded.action is not None
        returned = customer.act(upgraded.action, "approve")
        resumed = await client.resume(upgraded.handle, returned.params)
        final = await client.wait(resumed.handle, timeout=10)
        assert final.state is State.AUTHORIZED
        assert final.upgraded

        session = await client.authenticate(request_for("challenge", ThreeDSMode.ALWAYS))
        assert session.state is State.ACTION_REQUIRED
        assert session.action is not None
        customer.act(session.action, "approve")
        authenticated = await client.wait(session.handle, timeout=10)
        assert authenticated.state is State.AUTHORIZED
        assert authenticated.payment_id is not None
        paid = await client.pay_with_session(request_for("challenge"), authenticated.payment_id)
        assert paid.state is State.AUTHORIZED


# -- handles -----------------------------------------------------------------------------------------


def test_handle_survives_json_and_a_fresh_client(scaretry_sandbox: SandboxServer, customer: Customer) -> None:
    with client_for(scaretry_sandbox.url_for("checkout")) as first:
        started = first.pay(request_for("sca_required"))
    stored = json.dumps(started.handle.to_dict())
    assert CARDS["sca_required"] not in stored
    assert started.action is not None
    returned = customer.act(started.action, "approve")
    with client_for(scaretry_sandbox.url_for("checkout")) as second:
        handle = Handle.from_dict(json.loads(stored))
        resumed = second.resume(handle, returned.params)
        assert resumed.payment_id == started.payment_id
        final = second.wait(resumed.handle, timeout=10)
    with client_for(scaretry_sandbox.url_for("checkout")) as third:
        again = third.wait(Handle.from_dict(json.loads(stored)), timeout=10)
    assert final.state is again.state is State.AUTHORIZED
    assert final.payment_id == again.payment_id
    assert final.upgraded
    assert again.upgraded


def test_resume_refuses_another_payments_session(client: Checkout, customer: Customer) -> None:
    first = client.pay(request_for("challenge", ThreeDSMode.ALWAYS))
    second = client.pay(request_for("challenge", ThreeDSMode.ALWAYS))
    assert first.action is not None
    returned = customer.act(first.action, "approve")
    with pytest.raises(ValidationError) as caught:
        client.resume(second.handle, returned.params)
    assert caught.value.field == "cko-session-id"


def test_wait_times_out_with_the_last_outcome(client: Checkout) -> None:
    started = client.pay(request_for("challenge", ThreeDSMode.ALWAYS))
    with pytest.raises(WaitTimeout) as caught:
        client.wait(started.handle, timeout=0.2)
    assert caught.value.outcome.state is State.ACTION_REQUIRED


# -- refused before anything is sent -------------------------------------------------------------------


@pytest.fixture
def offline() -> Iterator[Checkout]:
    """A client whose server does not exist: any request would be a TransportError."""
    with client_for("http://127.0.0.1:9") as checkout:
        yield checkout


def test_refusals_happen_before_any_request(offline: Checkout) -> None:
    with pytest.raises(UnsupportedError):
        offline.pay(request_for("approve", ThreeDSMode.ALWAYS, initiator=Initiator.MERCHANT))
    with pytest.raises(ValidationError) as caught:
        offline.pay(request_for("approve").evolve(source=CardToken("not-a-checkout-token")))
    assert caught.value.field == "source.token"
    with pytest.raises(ValidationError) as caught:
        offline.pay(request_for("approve").evolve(description="x" * 101))
    assert caught.value.field == "description"
    with pytest.raises(ValidationError) as caught:
        offline.pay_with_session(request_for("approve"), "sess_123")
    assert caught.value.field == "session_id"
    with pytest.raises(UnsupportedError):
        offline.authenticate(request_for("approve", initiator=Initiator.MERCHANT))
    with pytest.raises(TransportError):  # the same client does reach for the network otherwise
        offline.pay(request_for("approve"))


def test_configuration_errors_never_show_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Checkout("pk_sbox_publickeypublickeypublickey", CHECKOUT["processing_channel_id"])
    assert "publickey" not in str(caught.value)
    with pytest.raises(ConfigurationError):
        Checkout(CHECKOUT["secret_key"], "channel-1")
    with pytest.raises(ConfigurationError):
        Checkout(CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"], environment="staging")
    monkeypatch.delenv("SCARETRY_CHECKOUT_SECRET_KEY", raising=False)
    with pytest.raises(ConfigurationError):
        Checkout.from_env()
    monkeypatch.setenv("SCARETRY_CHECKOUT_SECRET_KEY", CHECKOUT["secret_key"])
    monkeypatch.setenv("SCARETRY_CHECKOUT_PROCESSING_CHANNEL_ID", CHECKOUT["processing_channel_id"])
    monkeypatch.setenv("SCARETRY_CHECKOUT_PREFIX", "vkuhvk4v")
    with Checkout.from_env() as from_env:
        assert str(from_env.api._base_url) == "https://vkuhvk4v.api.sandbox.checkout.com"
    monkeypatch.setenv("SCARETRY_CHECKOUT_BASE_URL", "http://127.0.0.1:9/checkout")
    with Checkout.from_env() as from_env:
        assert str(from_env.api._base_url) == "http://127.0.0.1:9/checkout"


def test_wrong_key_is_an_authentication_error(scaretry_sandbox: SandboxServer) -> None:
    wrong = "sk_sbox_" + "a" * 27
    client = Checkout(wrong, CHECKOUT["processing_channel_id"], base_url=scaretry_sandbox.url_for("checkout"))
    with client, pytest.raises(AuthenticationError) as caught:
        client.pay(request_for("approve"))
    assert caught.value.status_code == 401
    assert caught.value.request_id
    assert wrong not in str(caught.value)


def test_provider_validation_error_is_typed(client: Checkout) -> None:
    request = request_for("approve").evolve(source=CardToken("src_" + "a" * 26))  # unknown stored source
    with pytest.raises(ProviderError) as caught:
        client.pay(request)
    assert caught.value.status_code == 422
    assert caught.value.code == "source_id_invalid"
    assert caught.value.request_id


def test_no_card_data_in_logs(client: Checkout, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        client.pay(request_for("approve"))
    assert caplog.records
    assert CARDS["approve"] not in caplog.text
    assert CHECKOUT["secret_key"] not in caplog.text


# -- transport retries ------------------------------------------------------------------------------------


def test_post_retried_after_a_dropped_connection_creates_one_payment(
    client: Checkout, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = count(sandbox_admin)
    sandbox_faults("drop-after-commit;times=1")
    outcome = client.pay(request_for("approve"))
    assert outcome.state is State.AUTHORIZED
    assert count(sandbox_admin) == before + 1


@pytest.mark.anyio
async def test_async_post_retried_after_a_dropped_connection(
    scaretry_sandbox: SandboxServer, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = count(sandbox_admin)
    sandbox_faults("drop-after-commit;times=1")
    async with async_client_for(scaretry_sandbox.url_for("checkout")) as client:
        assert (await client.pay(request_for("approve"))).state is State.AUTHORIZED
    assert count(sandbox_admin) == before + 1


def test_post_retried_on_503(
    client: Checkout, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = count(sandbox_admin)
    sandbox_faults("status=503;times=1")
    assert client.pay(request_for("approve")).state is State.AUTHORIZED
    assert count(sandbox_admin) == before + 1


def test_post_without_idempotency_is_not_retried(
    client: Checkout, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = count(sandbox_admin, "sessions")
    sandbox_faults("drop-after-commit;times=1")
    with pytest.raises(TransportError):
        client.authenticate(request_for("challenge"))
    assert count(sandbox_admin, "sessions") == before + 1  # one attempt only
    sandbox_faults("status=503;times=1")
    with pytest.raises(ProviderError) as caught:
        client.authenticate(request_for("challenge"))
    assert caught.value.status_code == 503


# -- webhooks ----------------------------------------------------------------------------------------------


@pytest.fixture
def receiver(sandbox_admin: httpx.Client, webhook_receiver: WebhookReceiver) -> Iterator[WebhookReceiver]:
    """The receiver, registered as Checkout.com's webhook endpoint."""
    sandbox_admin.put("/_sandbox/webhooks/checkout", json={"url": webhook_receiver.url}).raise_for_status()
    yield webhook_receiver
    sandbox_admin.delete("/_sandbox/webhooks/checkout")


def test_webhooks_parse_into_outcomes(client: Checkout, customer: Customer, receiver: WebhookReceiver) -> None:
    approved = client.pay(request_for("approve"))
    upgraded = client.pay(request_for("sca_required"))
    assert upgraded.action is not None
    customer.act(upgraded.action, "abandon")
    hooks = receiver.wait(2)
    outcomes = {o.payment_id: o for o in (client.parse_webhook(h.headers, h.body) for h in hooks)}
    assert outcomes[approved.payment_id].state is State.AUTHORIZED
    expired = outcomes[upgraded.payment_id]
    assert expired.state is State.EXPIRED
    assert expired.upgraded
    assert expired.decline is not None
    assert expired.decline.code == "20152"
    assert expired.provider_status == "payment_authentication_failed"

    headers, body = hooks[0].headers, hooks[0].body
    with pytest.raises(SignatureError):
        client.parse_webhook(headers | {"cko-signature": "0" * 64}, body)
    with pytest.raises(SignatureError):
        client.parse_webhook({k: v for k, v in headers.items() if k != "cko-signature"}, body)
    with pytest.raises(SignatureError):
        client.parse_webhook(headers, body.replace(b"checkout", b"checkouT", 1) + b" ")
    keyless = Checkout(CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"])
    with keyless, pytest.raises(ConfigurationError):
        keyless.parse_webhook(headers, body)


def test_webhook_with_a_valid_signature_but_a_bad_body(client: Checkout) -> None:
    body = b'{"id": "evt_x", "type": "payment_approved"}'
    signature = hmac.new(CHECKOUT["webhook_signature_key"].encode(), body, hashlib.sha256).hexdigest()
    with pytest.raises(UnexpectedResponse) as caught:
        client.parse_webhook({"Cko-Signature": signature}, body)
    assert caught.value.body == body


# -- decline table --------------------------------------------------------------------------------------


def test_decline_overrides(scaretry_sandbox: SandboxServer) -> None:
    overrides = {"20051": "soft_retryable", "20154": "hard"}
    with Checkout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        decline_overrides=overrides,
        base_url=scaretry_sandbox.url_for("checkout"),
    ) as client:
        declined = client.pay(request_for("hard_decline"))
        assert declined.decline is not None
        assert declined.decline.category is DeclineCategory.SOFT_RETRYABLE
        # 20154 no longer upgrades: Checkout.com's own retry is switched off as well.
        not_upgraded = client.pay(request_for("sca_required"))
    assert not_upgraded.state is State.DECLINED
    assert not not_upgraded.upgraded
    assert not_upgraded.decline is not None
    assert not_upgraded.decline.category is DeclineCategory.HARD


# -- the adapter, sans I/O ---------------------------------------------------------------------------------


def _adapter() -> CheckoutAdapter:
    return CheckoutConfig(CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"]).make_adapter()


def _body(call: Call) -> Any:
    return call.prepared.request["json"]


def _key(call: Call) -> str:
    return str(call.prepared.request["headers"]["Cko-Idempotency-Key"])


def _response(status: int, body: Any, model: Any) -> Response[Any]:
    content = json.dumps(body).encode()
    parsed = model.from_dict(body) if model is not None else None
    return Response(
        status_code=status, content=content, headers=httpx.Headers({"Cko-Request-Id": "req-1"}), parsed=parsed
    )


def _finish(flow: Flow, *responses: Response[Any]) -> tuple[list[Call], Outcome]:
    calls = [next(flow)]
    for response in responses:
        try:
            calls.append(flow.send(response))
        except StopIteration as stop:
            return calls, stop.value
    raise AssertionError("the flow wanted more responses")


_LINKS = {"self": {"href": "https://x/payments/pay_" + "a" * 26}, "actions": {"href": "https://x/a"}}
_DECLINED_20154 = {
    "id": "pay_" + "a" * 26,
    "action_id": "act_" + "a" * 26,
    "amount": 6510,
    "currency": "EUR",
    "approved": False,
    "status": "Declined",
    "response_code": "20154",
    "processed_on": "2026-01-01T00:00:00Z",
    "_links": _LINKS,
}


def test_adapter_upgrades_itself_when_checkout_did_not() -> None:
    adapter = _adapter()
    accepted = {
        "id": "pay_" + "b" * 26,
        "status": "Pending",
        "3ds": {"enrolled": "Y"},
        "_links": {"self": {"href": "https://x"}, "redirect": {"href": "https://acs/3ds"}},
    }
    calls, outcome = _finish(
        adapter.pay(request_for("sca_required"), "key-1"),
        _response(201, _DECLINED_20154, PaymentResponse),
        _response(202, accepted, PaymentAcceptedResponse),
    )
    assert [c.name for c in calls] == ["request_payment", "request_payment"]
    first, second = (_body(c)["3ds"] for c in calls)
    assert first == {"enabled": False, "allow_upgrade": True}
    assert second == {"enabled": True}
    assert _key(calls[0]) == "key-1" != _key(calls[1])
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
        calls, outcome = _finish(_adapter().pay(request, "key-1"), _response(201, _DECLINED_20154, PaymentResponse))
        assert len(calls) == 1
        body = _body(calls[0])
        assert body["3ds"] == {"enabled": False, "allow_upgrade": False}
        assert outcome.state is State.DECLINED
        assert not outcome.upgraded
    assert body["merchant_initiated"] is True
    assert body["payment_type"] == "Recurring"
    assert body["source"]["stored"] is True


def _details(status: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": "pay_" + "a" * 26,
        "requested_on": "2026-01-01T00:00:00Z",
        "amount": 6510,
        "currency": "EUR",
        "approved": False,
        "status": status,
        "_links": _LINKS,
    } | extra


def _status(body: dict[str, Any]) -> Outcome:
    handle = Handle("checkout", "pay_" + "a" * 26, "ORD-1", "k", "payment")
    return _finish(_adapter().status(handle), _response(200, body, PaymentDetails))[1]


def test_unknown_status_values_do_not_crash() -> None:
    unknown = _status(_details("Settling Soon", **{"3ds": {"authentication_response": "Z", "enrolled": "Q"}}))
    assert unknown.state is State.PROCESSING
    assert unknown.provider_status == "Settling Soon"
    assert unknown.three_ds is not None
    assert unknown.three_ds.authenticated is None
    assert _status(_details("Settled Later", approved=True)).state is State.AUTHORIZED
    assert _status(_details("Captured", approved=True)).state is State.AUTHORIZED
    assert _status(_details("Voided")).state is State.CANCELED


def test_bad_bodies_and_errors_are_typed() -> None:
    adapter = _adapter()
    handle = Handle("checkout", "pay_" + "a" * 26, "ORD-1", "k", "payment")
    # A 2xx whose body is not what the operation answers.
    odd = Response(status_code=200, content=b"[]", headers=httpx.Headers(), parsed=None)
    with pytest.raises(UnexpectedResponse) as caught:
        _finish(adapter.status(handle), odd)
    assert caught.value.body == b"[]"
    # A body that does not parse at all: the generated client raises, the client converts it.
    broken = httpx.Response(200, content=b'{"id": "pay_', request=httpx.Request("GET", "https://x/payments/p"))
    with pytest.raises(adapter.unparseable) as raw:
        get_payment_details.prepare(id="pay_x").build(broken)
    assert getattr(raw.value, "content", None) == b'{"id": "pay_'
    invalid = {"request_id": "r", "error_type": "request_invalid", "error_codes": ["amount_invalid"]}
    with pytest.raises(ProviderError) as error:
        _finish(adapter.pay(request_for("approve"), "k"), _response(422, invalid, CkoValidationError))
    assert error.value.code == "amount_invalid"
    assert error.value.request_id == "req-1"
    with pytest.raises(AuthenticationError):
        _finish(adapter.pay(request_for("approve"), "k"), _response(401, None, None))


def test_retry_safety() -> None:
    """A payment carries its idempotency key and is declared safe to repeat; reads are safe; a
    session (no idempotency mechanism) is not."""
    adapter = _adapter()
    payment = next(adapter.pay(request_for("approve"), "key-9"))
    assert payment.retry_safe
    assert _key(payment) == "key-9"
    read = next(adapter.status(Handle("checkout", "pay_" + "a" * 26, "ORD-1", "k", "payment")))
    assert read.retry_safe
    session = next(adapter.authenticate(request_for("approve")))
    assert session.name == "request_session"
    assert not session.retry_safe


def test_duplicate_request_means_still_processing() -> None:
    adapter = _adapter()
    post = httpx.Request("POST", "https://x/payments")
    busy = httpx.Response(429, json={"error_type": "duplicate_request"}, request=post)
    assert adapter.still_processing(busy)
    assert not adapter.still_processing(httpx.Response(429, json={"error_type": "too_many_requests"}, request=post))
    assert not adapter.still_processing(httpx.Response(429, content=b"<html>", request=post))


def test_source_mapping() -> None:
    adapter = _adapter()
    token = adapter.source(request_for("approve").evolve(source=CardToken("tok_" + "c" * 26)))
    assert token.to_dict() == {"type": "token", "token": "tok_" + "c" * 26}
    card = adapter.source(request_for("approve").evolve(source=Card(CARDS["approve"], 1, 2031)))
    assert card.to_dict() == {"type": "card", "number": CARDS["approve"], "expiry_month": 1, "expiry_year": 2031}
    assert repr(adapter.auth()) == "CheckoutAuth(<secret key>)"


def test_every_status_checkout_lists_is_mapped() -> None:
    """A status added to the spec fails here until someone decides what it means."""
    for status_map in (PAYMENT_STATUS, DETAILS_STATUS, SESSION_STATUS, EVENT_TYPE):
        assert status_map.unmapped() == [], status_map.statuses.__name__
