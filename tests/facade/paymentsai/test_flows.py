"""PaymentsAI / AsyncPaymentsAI against the sandbox: every scenario, refusals, auth, configuration,
retries; and the adapter's flows driven by hand."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Literal

import httpx
import pytest
from scaretry_paymentsai.models import Transaction

from scaretry._errors import (
    AuthenticationError,
    ConfigurationError,
    ProviderError,
    UnsupportedError,
    ValidationError,
    WaitTimeout,
)
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, DeclineCategory, Outcome, RedirectAction, State
from scaretry._request import CardToken, ThreeDSMode
from scaretry.providers.paymentsai import (
    AsyncPaymentsAI,
    PaymentsAI,
    PaymentsAIAuth,
)
from scaretry.sandbox._credentials import PAYMENTSAI
from scaretry.testing import Customer
from scaretry.testing._scenario import Scenario, Trace
from scaretry.testing.scenarios.paymentsai import CARDS, SCENARIOS, async_client_for, client_for
from tests.facade.paymentsai._support import ORG, ORG_NO_3DS, counts, request, stage_token

BY_NAME = {scenario.name: scenario for scenario in SCENARIOS}


# -- every scenario ---------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario(client: PaymentsAI, customer: Customer, scenario: Scenario) -> None:
    trace = Trace()
    outcome = scenario.run(client, customer, trace)
    assert outcome.state is scenario.expected, trace.path
    assert outcome.is_final
    assert outcome.provider == "paymentsai"
    assert outcome.upgraded is False
    assert isinstance(outcome.raw, Transaction)
    assert outcome.payment_id == outcome.raw.id == outcome.handle.payment_id
    assert trace.steps
    assert trace.requests >= 1
    assert "4000000000" not in json.dumps(outcome.handle.to_dict())  # ids only, never card data


def test_scenario_names_are_unique_snake_case() -> None:
    names = [s.name for s in SCENARIOS]
    assert len(names) == len(set(names))
    assert all(name.replace("_", "").isalnum() and name.islower() for name in names)
    assert {
        "frictionless",
        "challenge_approved",
        "upgrade_unsupported",
        "upgrade_disabled_declined",
        "merchant_initiated_not_upgraded",
        "hard_decline",
        "challenge_abandoned",
        "timeout",
    } <= set(names)
    assert [s.name for s in SCENARIOS if s.upgrade] == ["upgrade_unsupported"]


def run(name: str, client: PaymentsAI, customer: Customer) -> tuple[Outcome, Trace]:
    trace = Trace()
    return BY_NAME[name].run(client, customer, trace), trace


def test_frictionless_details(client: PaymentsAI, customer: Customer) -> None:
    outcome, _ = run("frictionless", client, customer)
    assert outcome.provider_status == "completed/approved"
    assert outcome.three_ds is not None
    assert (outcome.three_ds.version, outcome.three_ds.eci) == ("2.2.0", "05")
    assert (outcome.three_ds.challenged, outcome.three_ds.authenticated) == (False, True)
    assert outcome.decline is None
    assert outcome.handle.reference == "pai-frictionless"


@pytest.mark.parametrize(
    ("choice", "returned_result", "state"),
    [
        ("approve", "approved", State.AUTHORIZED),
        ("reject", "declined", State.DECLINED),
        ("abandon", "abandoned", State.EXPIRED),
    ],
)
def test_the_customer_returns_with_the_result(
    client: PaymentsAI,
    customer: Customer,
    choice: Literal["approve", "reject", "abandon"],
    returned_result: str,
    state: State,
) -> None:
    """The guide's step 5: back at ``redirectUrl`` with ``{id}`` and ``{result}``; resume confirms it."""
    started = client.pay(request("challenge"))
    assert started.state is State.ACTION_REQUIRED
    assert isinstance(started.action, RedirectAction)
    assert started.action.reason is ActionReason.CHALLENGE
    assert started.provider_status == "waiting/unknown"
    returned = customer.act(started.action, choice)
    assert returned.params == {"id": started.payment_id, "result": returned_result}
    resumed = client.resume(started.handle, returned.params)
    assert resumed.state is state
    assert resumed.three_ds is not None
    assert resumed.three_ds.challenged is True
    assert resumed.three_ds.authenticated is (True if choice == "approve" else False if choice == "reject" else None)


def test_a_slow_issuer_is_polled_after_the_return(client: PaymentsAI, customer: Customer) -> None:
    started = client.pay(request("challenge_slow_issuer"))
    assert started.action is not None
    returned = customer.act(started.action, "approve")
    assert returned.params == {"id": started.payment_id, "result": "unknown"}
    resumed = client.resume(started.handle, returned.params)
    assert resumed.state is State.PROCESSING  # offsite until the issuer answers: polling is real
    final = client.wait(resumed.handle, timeout=5)
    assert final.state is State.AUTHORIZED
    assert final.three_ds is not None
    assert (final.three_ds.challenged, final.three_ds.authenticated) == (True, True)


def test_a_forged_return_is_confirmed_by_the_read(client: PaymentsAI, customer: Customer) -> None:
    started = client.pay(request("challenge"))
    assert started.action is not None
    returned = customer.act(started.action, "reject")
    forged = {"id": returned.params["id"], "result": "approved"}
    assert client.resume(started.handle, forged).state is State.DECLINED


@pytest.mark.parametrize(
    ("name", "code", "category"),
    [
        ("upgrade_disabled_declined", "declined", DeclineCategory.UNKNOWN),
        ("merchant_initiated_not_upgraded", "declined", DeclineCategory.UNKNOWN),
        ("hard_decline", "declined", DeclineCategory.UNKNOWN),
        ("fraud_decline", "3ds-11", DeclineCategory.FRAUD),
        ("challenge_rejected", "3ds-01", DeclineCategory.HARD),
        ("challenge_abandoned", "abandoned", DeclineCategory.SOFT_RETRYABLE),
        ("timeout", "timeout", DeclineCategory.SOFT_RETRYABLE),
        ("not_sent", "not-sent", DeclineCategory.SOFT_RETRYABLE),
    ],
)
def test_declines(client: PaymentsAI, customer: Customer, name: str, code: str, category: DeclineCategory) -> None:
    outcome, _ = run(name, client, customer)
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.category) == (code, category)
    assert outcome.decline.message


def test_3ds_reason_text(client: PaymentsAI, customer: Customer) -> None:
    outcome, _ = run("fraud_decline", client, customer)
    assert outcome.three_ds is not None
    assert (outcome.three_ds.status_reason, outcome.three_ds.status_reason_text) == ("11", "Suspected fraud.")
    assert outcome.three_ds.authenticated is False


def test_no_3ds_on_a_3ds_off_gateway(client: PaymentsAI, customer: Customer) -> None:
    outcome, trace = run("no_3ds_approved", client, customer)
    assert outcome.three_ds is None
    assert outcome.handle.data["organization_id"] == ORG_NO_3DS
    assert "non-3DS" in trace.steps


def test_acs_timeout_expires(client: PaymentsAI, sandbox_admin: httpx.Client) -> None:
    started = client.pay(request("challenge"))
    assert sandbox_admin.post("/_sandbox/clock/advance", json={"seconds": 601}).status_code == 200
    outcome = client.poll_once(started.handle).outcome
    assert outcome.state is State.EXPIRED
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.category) == ("3ds-14", DeclineCategory.SOFT_RETRYABLE)


def test_poll_once_says_when_to_poll_again(client: PaymentsAI) -> None:
    started = client.pay(request("issuer_timeout"))
    assert started.state is State.PROCESSING
    first = client.poll_once(started.handle)
    assert first.outcome.state is State.PROCESSING
    assert first.next_poll_in is not None
    assert first.next_poll_in > 0
    time.sleep(0.3)
    last = client.poll_once(first.outcome.handle, attempt=1)
    assert (last.outcome.state, last.next_poll_in) == (State.EXPIRED, None)


def test_wait_timeout_carries_the_last_outcome(client: PaymentsAI) -> None:
    started = client.pay(request("challenge"))
    with pytest.raises(WaitTimeout) as raised:
        client.wait(started.handle, timeout=0.2)
    assert raised.value.outcome.state is State.ACTION_REQUIRED


def test_decline_table_override(base: str, customer: Customer) -> None:
    with PaymentsAI(
        PAYMENTSAI["api_key"],
        ORG,
        gateway_three_ds=True,
        base_url=base,
        decline_overrides={"declined": "soft_retryable", "3ds-11": {"category": "hard", "message": "ours"}},
    ) as paymentsai:
        hard, _ = run("hard_decline", paymentsai, customer)
        fraud, _ = run("fraud_decline", paymentsai, customer)
    assert hard.decline is not None
    assert hard.decline.category is DeclineCategory.SOFT_RETRYABLE
    assert fraud.decline is not None
    assert (fraud.decline.category, fraud.decline.message) == (DeclineCategory.HARD, "ours")


# -- handle -------------------------------------------------------------------------------------------


def test_handle_survives_json_and_a_fresh_client(base: str, client: PaymentsAI, customer: Customer) -> None:
    started = client.pay(request("challenge"))
    stored = json.dumps(started.handle.to_dict())
    returned = customer.act(started.action, "approve")  # type: ignore[arg-type]
    with client_for(base) as fresh:
        handle = Handle.from_dict(json.loads(stored))
        resumed = fresh.resume(handle, returned.params)
        final = fresh.wait(resumed.handle, timeout=5)
    assert final.state is State.AUTHORIZED
    assert final.payment_id == started.payment_id
    assert final.handle.idempotency_key == started.handle.idempotency_key
    assert client.wait(started.handle, timeout=5).state is State.AUTHORIZED  # the same answer from the first


def test_resume_refuses_another_transactions_return(client: PaymentsAI) -> None:
    started = client.pay(request("challenge"))
    with pytest.raises(ValidationError) as raised:
        client.resume(started.handle, {"id": "someone-else", "result": "approved"})
    assert raised.value.field == "params.id"


def test_status_refuses_a_foreign_handle(client: PaymentsAI) -> None:
    handle = Handle(provider="checkout", payment_id="pay_x", reference="r", idempotency_key="k", step="payment")
    with pytest.raises(ValidationError):
        client.poll_once(handle)


# -- refusals before anything is sent -----------------------------------------------------------------


def test_a_token_is_charged_in_production(base: str, sandbox_admin: httpx.Client) -> None:
    before = counts(sandbox_admin)
    # base_url points at the sandbox so that a request, if one were sent, would be counted.
    with PaymentsAI(
        PAYMENTSAI["api_key"], ORG, gateway_three_ds=True, environment="production", base_url=base
    ) as paymentsai:
        with pytest.raises(UnsupportedError, match="FramePay"):
            paymentsai.pay(request())
        assert paymentsai.pay(request(source=CardToken(stage_token(base)))).state is State.AUTHORIZED
    assert counts(sandbox_admin)["tokens"] == before["tokens"] + 1  # only the test's own token


def client_base(client: PaymentsAI) -> str:
    return str(client.api.get_httpx_client().base_url).rstrip("/")


def test_a_customer_id_is_checked_by_payments_ai(client: PaymentsAI, sandbox_admin: httpx.Client) -> None:
    """The sandbox, as Payments AI, refuses a customer that does not exist or does not own the card."""
    before = counts(sandbox_admin)
    with pytest.raises(ProviderError) as raised:
        client.pay(request(source=CardToken(stage_token(client_base(client)))), customer_id="no-such-customer")
    assert (raised.value.status_code, raised.value.code) == (400, "BAD_REQUEST")
    assert "customerId" in str(raised.value)
    assert counts(sandbox_admin)["transactions"] == before["transactions"]


def test_capabilities(client: PaymentsAI) -> None:
    assert client.capabilities.three_ds_modes == frozenset({ThreeDSMode.ALWAYS, ThreeDSMode.NEVER})
    assert client.capabilities.native_upgrade is False


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [({"api_key": "nounderscores"}, "api_key"), ({"organization_id": ""}, "organization_id")],
)
def test_configuration_errors(kwargs: dict[str, str], needle: str) -> None:
    arguments = {"api_key": PAYMENTSAI["api_key"], "organization_id": ORG} | kwargs
    with pytest.raises(ConfigurationError, match=needle):
        PaymentsAI(arguments["api_key"], arguments["organization_id"], gateway_three_ds=True)


# -- auth -------------------------------------------------------------------------------------------


def test_wrong_key_is_an_authentication_error(base: str) -> None:
    key = "acct0sandbox_wrongwrongwrong_kid0sandbox"
    with (
        PaymentsAI(key, ORG, gateway_three_ds=True, base_url=base) as paymentsai,
        pytest.raises(AuthenticationError) as raised,
    ):
        paymentsai.pay(request())
    assert (raised.value.status_code, raised.value.code) == (401, "UNAUTHORIZED")
    assert key not in str(raised.value)
    assert raised.value.request_id


def test_foreign_organization_is_forbidden(base: str) -> None:
    other = "00000000-0000-4000-8000-000000000000"
    with (
        PaymentsAI(PAYMENTSAI["api_key"], other, gateway_three_ds=True, base_url=base) as paymentsai,
        pytest.raises(AuthenticationError) as raised,
    ):
        paymentsai.pay(request(source=CardToken("token:abc")))
    assert (raised.value.status_code, raised.value.code) == (403, "FORBIDDEN")


def test_auth_scheme_and_repr() -> None:
    auth = PaymentsAIAuth("a_b_c")
    sent = next(auth.auth_flow(httpx.Request("GET", "https://api.payments.ai/x")))
    assert sent.headers["Authorization"] == "ApiKey a_b_c"
    assert "a_b_c" not in repr(auth)


def test_no_card_number_or_key_in_logs(client: PaymentsAI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client.pay(request("hard_decline"))
    assert CARDS["hard_decline"] not in caplog.text
    assert PAYMENTSAI["api_key"] not in caplog.text
    assert "createTransaction" in caplog.text or "create_transaction" in caplog.text


def test_from_env(monkeypatch: pytest.MonkeyPatch, base: str) -> None:
    monkeypatch.setenv("SCARETRY_PAYMENTSAI_API_KEY", PAYMENTSAI["api_key"])
    monkeypatch.setenv("SCARETRY_PAYMENTSAI_ORGANIZATION_ID", ORG_NO_3DS)
    monkeypatch.setenv("SCARETRY_PAYMENTSAI_GATEWAY_THREE_DS", "false")
    monkeypatch.setenv("SCARETRY_PAYMENTSAI_BASE_URL", base)
    with PaymentsAI.from_env() as paymentsai:
        assert paymentsai.organization_id == ORG_NO_3DS
        assert paymentsai.pay(request(mode=ThreeDSMode.NEVER)).state is State.AUTHORIZED
    monkeypatch.delenv("SCARETRY_PAYMENTSAI_GATEWAY_THREE_DS")
    with pytest.raises(ConfigurationError, match="GATEWAY_THREE_DS"):
        PaymentsAI.from_env()
    monkeypatch.delenv("SCARETRY_PAYMENTSAI_API_KEY")
    with pytest.raises(ConfigurationError, match="API_KEY"):
        PaymentsAI.from_env()


# -- transport retries and idempotency ------------------------------------------------------------------


def test_transaction_post_retried_after_a_drop_creates_one_payment(
    client: PaymentsAI, base: str, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    token = stage_token(base)
    before = counts(sandbox_admin)
    sandbox_faults("drop-after-commit;times=1")
    outcome = client.pay(request(source=CardToken(token)))
    assert outcome.state is State.AUTHORIZED
    assert counts(sandbox_admin)["transactions"] == before["transactions"] + 1


def test_transaction_post_retried_after_503(
    client: PaymentsAI, base: str, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    token = stage_token(base)
    before = counts(sandbox_admin)
    sandbox_faults("status=503;retry-after=0;times=1")
    assert client.pay(request(source=CardToken(token))).state is State.AUTHORIZED
    assert counts(sandbox_admin)["transactions"] == before["transactions"] + 1


# -- async ------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_challenge_approved(base: str, customer: Customer) -> None:
    async with async_client_for(base) as paymentsai:
        started = await paymentsai.pay(request("challenge"))
        assert started.state is State.ACTION_REQUIRED
        assert started.action is not None
        returned = customer.act(started.action, "approve")
        resumed = await paymentsai.resume(started.handle, returned.params)
        final = await paymentsai.wait(resumed.handle, timeout=5)
    assert final.state is State.AUTHORIZED
    assert final.payment_id == started.payment_id


@pytest.mark.anyio
async def test_async_frictionless_and_timeout(base: str) -> None:
    async with async_client_for(base) as paymentsai:
        assert (await paymentsai.pay(request())).state is State.AUTHORIZED
        pending = await paymentsai.pay(request("issuer_timeout"))
        assert pending.state is State.PROCESSING
        poll = await paymentsai.poll_once(pending.handle)
        assert poll.next_poll_in is not None
        final = await paymentsai.wait(pending.handle, timeout=5)
    assert final.state is State.EXPIRED


@pytest.mark.anyio
async def test_async_no_3ds_organization_and_refusals(base: str) -> None:
    async with async_client_for(base) as paymentsai:
        with pytest.raises(UnsupportedError):
            await paymentsai.pay(request(mode=ThreeDSMode.UPGRADE))
        async with paymentsai.for_organization(ORG_NO_3DS, gateway_three_ds=False) as other:
            assert isinstance(other, AsyncPaymentsAI)
            declined = await other.pay(request("sca_required", ThreeDSMode.NEVER))
    assert declined.state is State.DECLINED
    assert declined.decline is not None
    assert declined.decline.category is DeclineCategory.UNKNOWN


def test_for_organization_keeps_the_options(client: PaymentsAI) -> None:
    with client.for_organization(ORG_NO_3DS, gateway_three_ds=False) as other:
        assert isinstance(other, PaymentsAI)
        assert other.organization_id == ORG_NO_3DS
        assert client_base(other) == client_base(client)
        assert other.pay(request(mode=ThreeDSMode.NEVER)).state is State.AUTHORIZED
        with pytest.raises(UnsupportedError):
            other.pay(request(mode=ThreeDSMode.ALWAYS))


def test_every_status_and_result_is_mapped() -> None:
    """A status or result added to the spec fails here until someone decides what it means."""
    from scaretry.providers.paymentsai._outcomes import RESULT_STATES, STATUS_STATES

    assert STATUS_STATES.unmapped() == []
    assert RESULT_STATES.unmapped() == []
