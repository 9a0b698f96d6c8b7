"""The Checkout.com facade against the sandbox: every scenario, sync and async, handles, refusals before
anything is sent, configuration and provider errors, the decline table."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest

from scaretry._errors import (
    AuthenticationError,
    ConfigurationError,
    ProviderError,
    TransportError,
    UnsupportedError,
    ValidationError,
    WaitTimeout,
)
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, DeclineCategory, RedirectAction, State
from scaretry._request import CardToken, Initiator, ThreeDSMode
from scaretry.providers.checkout import Checkout
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing import Customer
from scaretry.testing._scenario import Scenario, Trace
from scaretry.testing.scenarios.checkout import CARDS, SCENARIOS, async_client_for, client_for, request_for

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


def test_scenariodetails(client: Checkout, customer: Customer) -> None:
    by_name = {s.name: s for s in SCENARIOS}
    upgraded = by_name["soft_decline_upgrade_approved"].run(client, customer, Trace())
    assert upgraded.three_ds is not None
    assert upgraded.three_ds.challenged is True
    assert upgraded.three_ds.authenticated is True
    assert upgraded.three_ds.eci == "05"
    assert upgraded.three_ds.version == "2.2.0"
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


def test_configuration_errors_never_show_thekey_of(monkeypatch: pytest.MonkeyPatch) -> None:
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
