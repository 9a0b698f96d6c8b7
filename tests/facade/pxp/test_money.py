"""No PXP payment lost, none made twice (issue 8): a fault at every step of every flow, through the
public client against the sandbox, sync and async; the sandbox's state is the judge.

A careful merchant (``_faults.settle``) recovers from every error with the handle it carries, and
every payment below must end AUTHORIZED with exactly the transactions the flow makes: one without
3DS, or the refused one and its re-authorisation ``<base>-3ds``.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from scaretry._errors import ProviderError, ScaRetryError, TransportError, ValidationError
from scaretry._outcome import ActionReason, State
from scaretry._request import ThreeDSMode
from scaretry.providers.pxp import PXP
from scaretry.sandbox import SandboxServer
from scaretry.testing import Customer
from scaretry.testing.scenarios.pxp import async_client_for, client_for, request_for
from tests.facade.pxp._faults import AsyncStepFaults, StepFaults, asettle, settle

FAULTS = {
    "dropped after commit": "drop-after-commit",
    "503": "status=503",
    "429 with Retry-After": "status=429;retry-after=0.05",
    "429 without Retry-After": "status=429",
    "slower than the timeout": "latency=0.8",
}
#: step → (card, 3DS mode, transactions the payment makes, whether the step is retried)
FLOWS = {
    "transaction": ("approve", ThreeDSMode.UPGRADE, 1, True),
    "pre_initiate": ("frictionless_3ds", ThreeDSMode.UPGRADE, 2, False),
    "browser_authentication": ("frictionless_3ds", ThreeDSMode.UPGRADE, 2, False),
    "get_authentication": ("fingerprint_challenge", ThreeDSMode.UPGRADE, 2, True),
    "get_transaction": ("frictionless_3ds", ThreeDSMode.ALWAYS, 1, True),
    "reauthorisation": ("frictionless_3ds", ThreeDSMode.UPGRADE, 2, True),
}
TIMEOUT = httpx.Timeout(0.4, connect=2.0)


def transactions(admin: httpx.Client) -> int:
    count: int = admin.get("/_sandbox/state").json()["pxp"]["transactions"]
    return count


@pytest.fixture
def url(scaretry_sandbox: SandboxServer) -> str:
    return scaretry_sandbox.url_for("pxp")


@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
@pytest.mark.parametrize("step", FLOWS)
def test_a_fault_at_every_step_loses_nothing_and_makes_nothing_twice(
    step: str, fault: str, url: str, customer: Customer, sandbox_admin: httpx.Client
) -> None:
    card, mode, made, retried = FLOWS[step]
    before = transactions(sandbox_admin)
    # A retried step fails on every attempt (the retries are exhausted); the others fail once.
    transport = StepFaults(step, fault, times=3 if retried else 1)
    errors: list[ScaRetryError] = []
    with client_for(url, transport=transport, timeout=TIMEOUT) as pxp:
        final = settle(pxp, customer, request_for(card, mode), errors)
        assert transport.marking.hits >= 1, "the fault never landed: the step was not reached"
        assert errors, "the fault was absorbed silently where it cannot be"
        assert final.state is State.AUTHORIZED
        assert transactions(sandbox_admin) == before + made
        # What the merchant stored reads the same transaction back.
        assert pxp.poll_once(final.handle).outcome.payment_id == final.payment_id


@pytest.mark.anyio
@pytest.mark.parametrize("fault", ["drop-after-commit", "status=503"])
@pytest.mark.parametrize("step", FLOWS)
async def test_async_a_fault_at_every_step_loses_nothing(
    step: str, fault: str, url: str, customer: Customer, sandbox_admin: httpx.Client
) -> None:
    card, mode, made, retried = FLOWS[step]
    before = transactions(sandbox_admin)
    transport = AsyncStepFaults(step, fault, times=3 if retried else 1)
    errors: list[ScaRetryError] = []
    async with async_client_for(url, transport=transport, timeout=TIMEOUT) as pxp:
        final = await asettle(pxp, customer, request_for(card, mode), errors)
        assert errors
        assert final.state is State.AUTHORIZED
        assert transactions(sandbox_admin) == before + made


@pytest.mark.parametrize("step", [step for step, flow in FLOWS.items() if flow[3]])
def test_one_fault_on_a_repeatable_step_is_retried_unseen(
    step: str, url: str, customer: Customer, sandbox_admin: httpx.Client
) -> None:
    card, mode, made, _ = FLOWS[step]
    before = transactions(sandbox_admin)
    errors: list[ScaRetryError] = []
    transport = StepFaults(step, "drop-after-commit", times=1)
    with client_for(url, transport=transport) as pxp:
        final = settle(pxp, customer, request_for(card, mode), errors)
    assert transport.marking.hits == 1
    assert errors == []
    assert final.state is State.AUTHORIZED
    assert transactions(sandbox_admin) == before + made


# -- what each error carries and what recover() makes of it --------------------------------------


def test_a_lost_pre_initiation_is_never_received_until_paid_again_with_the_same_key(
    url: str, customer: Customer, sandbox_admin: httpx.Client
) -> None:
    before = transactions(sandbox_admin)
    request = request_for("frictionless_3ds")
    with client_for(url, transport=StepFaults("pre_initiate", "drop-after-commit")) as pxp:
        with pytest.raises(TransportError) as error:
            pxp.pay(request)
        handle = error.value.handle
        assert handle is not None
        recovered = pxp.recover(handle)
        # PXP holds the refused transaction, which is not the outcome: the upgrade never got an
        # authentication, so its re-authorisation never reached PXP. Never the soft decline as final.
        assert (recovered.state, recovered.provider_status, recovered.payment_id) == (State.FAILED, "NotFound", None)
        assert recovered.upgraded is True
        again = pxp.pay(request, idempotency_key=handle.idempotency_key)
    assert (again.state, again.upgraded) == (State.AUTHORIZED, True)
    assert again.handle.idempotency_key == handle.idempotency_key
    assert transactions(sandbox_admin) == before + 2  # the refused one was reused, not made again


def test_an_error_mid_3ds_recovers_where_the_flow_stood(url: str, customer: Customer) -> None:
    with client_for(url, transport=StepFaults("browser_authentication", "status=503")) as pxp:
        started = pxp.pay(request_for("fingerprint_challenge"))
        assert started.action is not None
        params = customer.act(started.action).params
        with pytest.raises(ProviderError) as error:
            pxp.resume(started.handle, params)
        assert error.value.status_code == 503
        assert error.value.handle is not None
        recovered = pxp.recover(error.value.handle)
        # The browser authentication never arrived: the 3DS Method callback can be resumed again.
        assert recovered.state is State.ACTION_REQUIRED
        assert recovered.action == started.action
        challenged = pxp.resume(recovered.handle, params)
    assert challenged.action is not None
    assert challenged.action.reason is ActionReason.SCA_RETRY


def test_recover_finds_nothing_when_nothing_reached_pxp(url: str) -> None:
    with client_for(url, transport=StepFaults("transaction", "status=503", times=3)) as pxp:
        with pytest.raises(ProviderError) as error:
            pxp.pay(request_for("approve", ThreeDSMode.NEVER).evolve(browser=None))
        assert error.value.handle is not None
        nothing = pxp.recover(error.value.handle)
    assert (nothing.state, nothing.provider_status, nothing.payment_id) == (State.FAILED, "NotFound", None)


def test_the_same_key_never_makes_a_second_transaction(
    url: str, customer: Customer, sandbox_admin: httpx.Client
) -> None:
    before = transactions(sandbox_admin)
    with client_for(url) as pxp:
        first = pxp.pay(request_for("approve"), idempotency_key="order-42_attempt.1")
        again = pxp.pay(request_for("approve"), idempotency_key="order-42_attempt.1")
        assert (again.state, again.payment_id) == (first.state, first.payment_id)
        upgraded = pxp.pay(request_for("frictionless_3ds"), idempotency_key="order-43")
        repeated = pxp.pay(request_for("frictionless_3ds"), idempotency_key="order-43")
        assert (repeated.state, repeated.payment_id, repeated.upgraded) == (State.AUTHORIZED, upgraded.payment_id, True)
        always = pxp.pay(request_for("frictionless_3ds", ThreeDSMode.ALWAYS), idempotency_key="order-44")
        repeated_always = pxp.pay(request_for("frictionless_3ds", ThreeDSMode.ALWAYS), idempotency_key="order-44")
        assert repeated_always.payment_id == always.payment_id
        # The same key for another amount is another payment: refused, nothing made.
        with pytest.raises(ProviderError) as error:
            pxp.pay(
                request_for("approve").evolve(amount=request_for("approve").amount.__class__(100, "EUR")),
                idempotency_key="order-42_attempt.1",
            )
        assert error.value.code == "DuplicateMerchantTransactionId"
    assert transactions(sandbox_admin) == before + 4


@pytest.mark.parametrize(
    ("key", "why"),
    [("x" * 47, "at most 46"), ("order/42", "letters, digits"), ("ordre-42-é", "printable ASCII")],
)
def test_keys_pxp_cannot_take_are_refused_before_sending(key: str, why: str) -> None:
    with client_for("http://127.0.0.1:9/api") as offline, pytest.raises(ValidationError) as error:
        offline.pay(request_for("approve"), idempotency_key=key)
    assert error.value.field == "idempotency_key"
    assert why in str(error.value)


@pytest.fixture
def pxp(url: str) -> Iterator[PXP]:
    with client_for(url) as client:
        yield client


def test_a_46_character_key_fits_pxp_with_its_3ds_suffix(pxp: PXP, customer: Customer) -> None:
    key = "k" * 46
    outcome = pxp.pay(request_for("frictionless_3ds"), idempotency_key=key)
    assert (outcome.state, outcome.upgraded) == (State.AUTHORIZED, True)
    assert outcome.handle.data["merchant_transaction_id"] == key + "-3ds"
