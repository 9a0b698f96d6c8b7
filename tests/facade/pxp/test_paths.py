"""The seed's other PXP paths (issue 11), through the public client against the sandbox: PSD2
exemptions (asked up front, and after a failed authentication), the merchant's retry of a failed
authentication, stateData on every outcome, and a decision for each decoupled-authentication code."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scaretry._errors import UnsupportedError, ValidationError
from scaretry._outcome import ActionReason, DeclineCategory, FormPostAction, State
from scaretry._request import Exemption, Money, ThreeDSMode
from scaretry.providers.pxp import PXP
from scaretry.sandbox import SandboxServer
from scaretry.testing import Customer
from scaretry.testing.scenarios.pxp import async_client_for, card_for, client_for, request_for
from tests.facade.pxp._spy import Spy


@pytest.fixture
def spy() -> Spy:
    return Spy()


@pytest.fixture
def pxp(scaretry_sandbox: SandboxServer, spy: Spy) -> Iterator[PXP]:
    with client_for(scaretry_sandbox.url_for("pxp"), transport=spy) as client:
        yield client


def transactions(admin: httpx.Client) -> int:
    count: int = admin.get("/_sandbox/state").json()["pxp"]["transactions"]
    return count


# -- exemptions asked up front ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exemption", "amount", "sent"),
    [(Exemption.TRANSACTION_RISK_ANALYSIS, 6510, "TRA"), (Exemption.LOW_VALUE, 2500, "LVP")],
)
def test_an_exemption_the_issuer_accepts_authorises_without_3ds(
    exemption: Exemption, amount: int, sent: str, pxp: PXP, spy: Spy
) -> None:
    request = request_for("exemption", exemption=exemption, amount=Money(amount, "EUR"))
    outcome = pxp.pay(request)
    assert (outcome.state, outcome.upgraded, outcome.three_ds) == (State.AUTHORIZED, False, None)
    assert [body["scaExemption"] for body in spy.sent] == [sent]


def test_a_refused_exemption_is_a_soft_decline_the_upgrade_handles(
    pxp: PXP, spy: Spy, sandbox_admin: httpx.Client
) -> None:
    before = transactions(sandbox_admin)
    outcome = pxp.pay(request_for("frictionless_3ds", exemption=Exemption.TRANSACTION_RISK_ANALYSIS))
    assert (outcome.state, outcome.upgraded) == (State.AUTHORIZED, True)
    assert transactions(sandbox_admin) == before + 2
    asked, upgraded = spy.sent
    assert asked["scaExemption"] == "TRA"
    assert "scaExemption" not in upgraded  # the re-authorisation carries the authentication instead
    assert upgraded["threeDSecureData"]["authenticationId"]
    # An exemption PXP does not find applicable (LVP above 30) is refused the same way.
    over = pxp.pay(request_for("exemption", exemption=Exemption.LOW_VALUE))
    assert (over.state, over.upgraded) == (State.AUTHORIZED, True)
    # Without the upgrade, the refusal is the answer.
    never = pxp.pay(request_for("frictionless_3ds", ThreeDSMode.NEVER, exemption=Exemption.LOW_VALUE))
    assert never.decline is not None
    assert (never.state, never.decline.category) == (State.DECLINED, DeclineCategory.SOFT_SCA)


@pytest.mark.parametrize("exemption", [Exemption.TRUSTED_LISTING, Exemption.SECURE_CORPORATE])
def test_an_exemption_pxp_cannot_apply_is_refused_before_sending(exemption: Exemption) -> None:
    with client_for("http://127.0.0.1:9/api") as offline, pytest.raises(UnsupportedError, match="LVP"):
        offline.pay(request_for("exemption", exemption=exemption))


# -- an exemption after a failed authentication ----------------------------------------------------


@pytest.mark.parametrize(
    ("card", "mode"),
    [("error", ThreeDSMode.UPGRADE), ("acs_timeout", ThreeDSMode.UPGRADE), ("error", ThreeDSMode.ALWAYS)],
)
def test_after_a_failed_authentication_an_opted_in_merchant_authorises_with_an_exemption(
    card: str, mode: ThreeDSMode, pxp: PXP, spy: Spy
) -> None:
    outcome = pxp.pay(request_for(card, mode, exemption_after_failed_authentication=True))
    assert outcome.state is State.AUTHORIZED
    assert outcome.upgraded is (mode is ThreeDSMode.UPGRADE)
    last = spy.sent[-1]
    assert last["scaExemption"] == "TRA"  # EUR 65.10: PXP's evaluation finds TRA, not LVP
    assert last["threeDSecureData"]["authenticationId"]  # PXP takes the card from the authentication
    assert "fundingData" not in last
    assert last["merchantTransactionId"].endswith("-3ds") is (mode is ThreeDSMode.UPGRADE)
    # Without the opt-in the failure stands.
    sent = len(spy.sent)
    declined = pxp.pay(request_for(card, mode))
    assert declined.state is State.DECLINED
    assert all("scaExemption" not in body for body in spy.sent[sent:])


@pytest.mark.parametrize(("card", "expected"), [("rejected", State.DECLINED), ("mastercard_challenge", State.EXPIRED)])
def test_no_exemption_after_a_rejection_or_an_abandoned_challenge(
    card: str, expected: State, pxp: PXP, spy: Spy, customer: Customer
) -> None:
    outcome = pxp.pay(request_for(card, exemption_after_failed_authentication=True))
    if outcome.action is not None:  # the challenge: the customer leaves it, nothing comes back
        customer.act(outcome.action, "abandon")
        outcome = pxp.wait(pxp.resume(outcome.handle, {}).handle, timeout=5)
    assert outcome.state is expected
    assert all("scaExemption" not in body for body in spy.sent)


def test_no_exemption_when_pxp_finds_none_applicable(pxp: PXP, spy: Spy) -> None:
    outcome = pxp.pay(request_for("error", exemption_after_failed_authentication=True, amount=Money(60000, "EUR")))
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert outcome.decline.code == "22"
    assert all("scaExemption" not in body for body in spy.sent)


# -- the merchant retries a failed authentication ---------------------------------------------------


def _failed_challenge(pxp: PXP, customer: Customer) -> Any:
    started = pxp.pay(request_for("challenge_fails_first"))
    assert isinstance(started.action, FormPostAction)
    back = pxp.resume(started.handle, customer.act(started.action, "approve").params)
    failed = pxp.wait(back.handle, timeout=5)
    assert failed.state is State.DECLINED
    assert failed.three_ds is not None
    assert failed.three_ds.status_reason == "01"
    return failed


def test_a_failed_authentication_is_retried_with_the_card_entered_again(
    pxp: PXP, customer: Customer, sandbox_admin: httpx.Client
) -> None:
    before = transactions(sandbox_admin)
    failed = _failed_challenge(pxp, customer)
    retried = pxp.retry_authentication(failed.handle, card_for("challenge_fails_first"))
    assert isinstance(retried.action, FormPostAction)
    assert retried.action.reason is ActionReason.SCA_RETRY
    assert retried.handle.data["attempts"] == 2
    back = pxp.resume(retried.handle, customer.act(retried.action, "approve").params)
    final = pxp.wait(back.handle, timeout=5)
    assert (final.state, final.upgraded) == (State.AUTHORIZED, True)
    assert transactions(sandbox_admin) == before + 2  # the refusal and the re-authorisation
    with pytest.raises(ValidationError, match="authentication is AuthenticationSuccessful"):
        pxp.retry_authentication(final.handle, card_for("challenge_fails_first"))


@pytest.mark.anyio
async def test_async_retry_authentication(scaretry_sandbox: SandboxServer, customer: Customer) -> None:
    async with async_client_for(scaretry_sandbox.url_for("pxp")) as pxp:
        started = await pxp.pay(request_for("challenge_fails_first"))
        assert started.action is not None
        back = await pxp.resume(started.handle, customer.act(started.action, "approve").params)
        failed = await pxp.wait(back.handle, timeout=5)
        retried = await pxp.retry_authentication(failed.handle, card_for("challenge_fails_first"))
        assert retried.action is not None
        back = await pxp.resume(retried.handle, customer.act(retried.action, "approve").params)
        assert (await pxp.wait(back.handle, timeout=5)).state is State.AUTHORIZED


def test_a_retry_is_refused_where_pxp_allows_none(pxp: PXP, customer: Customer) -> None:
    rejected = pxp.pay(request_for("rejected"))
    with pytest.raises(ValidationError, match="AuthenticationRejected"):
        pxp.retry_authentication(rejected.handle, card_for("rejected"))
    declined = pxp.pay(request_for("hard_decline"))
    with pytest.raises(ValidationError, match="no authentication"):
        pxp.retry_authentication(declined.handle, card_for("hard_decline"))
    # Bounded: the ACS times out every authentication (14, retryable); pay() ran two already.
    timeout = pxp.pay(request_for("acs_timeout"))
    assert timeout.handle.data["attempts"] == 2
    again = pxp.retry_authentication(timeout.handle, card_for("acs_timeout"))
    assert (again.state, again.handle.data["attempts"]) == (State.DECLINED, 3)
    with pytest.raises(ValidationError, match="3 authentications"):
        pxp.retry_authentication(again.handle, card_for("acs_timeout"))
