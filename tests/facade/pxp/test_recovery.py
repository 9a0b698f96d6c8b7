"""A PXP payment is idempotent end to end (issue 8, F1): ``recover(handle)`` answers the payment as
PXP holds it at every stage of the client-side upgrade, and a repeated ``pay()`` with the same key
continues it. Sans I/O: the adapter's flows, answered call by call.

The money is in two transactions only, ``<k>`` and its 3DS re-authorisation ``<k>-3ds``: never the
soft decline as final while the upgrade can go on, never DECLINED while ``<k>-3ds`` is authorised,
never a third transaction.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from scaretry._adapter import Call
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, DeclineCategory, FormPostAction, State
from scaretry._request import PaymentRequest, ThreeDSMode
from scaretry.providers.pxp import PXPAdapter
from scaretry.testing.scenarios.pxp import request_for
from tests.facade.pxp._sansio import (
    adapter,
    authentication,
    challenge,
    duplicate,
    not_found,
    pre_initiated,
    respond,
    run,
    transaction,
)

KEY = "order-7"
UPGRADE_ID = KEY + "-3ds"
AUTH_ID = str(uuid.uuid4())
SOFT_DECLINE = ("initiate_transaction", respond(200, transaction("Refused", "1A", merchantTransactionId=KEY)))


def reading(merchant_transaction_id: str, answer: Any) -> tuple[str, Any]:
    """A read of the transaction ``merchant_transaction_id``, and its answer."""
    return f"get_transaction {merchant_transaction_id}", answer


def found(merchant_transaction_id: str, state: str, code: str = "00") -> Any:
    return respond(200, transaction(state, code, merchantTransactionId=merchant_transaction_id))


def sent(calls: list[Call]) -> list[dict[str, Any]]:
    """The bodies of the transactions the calls initiated."""
    return [c.prepared.request["json"] for c in calls if c.name == "initiate_transaction"]


def interrupted(pxp: PXPAdapter, request: PaymentRequest, script: list[tuple[str, Any]]) -> Handle:
    """The handle an error would carry if the call after ``script`` lost its answer."""
    flow = pxp.pay(request, KEY)
    call = next(flow)
    for expected, answer in script:
        assert call.name == expected
        call = flow.send(answer)
    return call.handle


@pytest.fixture
def pxp() -> PXPAdapter:
    return adapter()


REQUEST = request_for("frictionless_3ds")
#: pay() up to the browser authentication: soft decline, pre-initiation without a 3DS Method.
TO_BROWSER_AUTHENTICATION = [
    SOFT_DECLINE,
    ("pre_initiate_integrated_authentication", respond(200, pre_initiated(AUTH_ID))),
]
#: ... and up to the re-authorisation, after a frictionless success.
TO_REAUTHORISATION = [
    *TO_BROWSER_AUTHENTICATION,
    (
        "initiate_integrated_authentication",
        respond(200, authentication(AUTH_ID, "AuthenticationSuccessful")),
    ),
]


# -- recover(): each stage -----------------------------------------------------------------------


def test_a_lost_first_answer_that_was_a_soft_decline_is_never_received(pxp: PXPAdapter) -> None:
    handle = interrupted(pxp, REQUEST, [])
    outcome, _ = run(pxp.recover(handle), [reading(UPGRADE_ID, not_found()), reading(KEY, found(KEY, "Refused", "1A"))])
    # The soft decline is where the upgrade starts, not the outcome: pay() again continues it.
    assert (outcome.state, outcome.provider_status, outcome.payment_id) == (State.FAILED, "NotFound", None)


def test_without_the_upgrade_the_soft_decline_is_the_outcome(pxp: PXPAdapter) -> None:
    handle = interrupted(pxp, request_for("frictionless_3ds", ThreeDSMode.NEVER), [])
    outcome, _ = run(pxp.recover(handle), [reading(KEY, found(KEY, "Refused", "1A"))])
    assert outcome.decline is not None
    assert (outcome.state, outcome.decline.category) == (State.DECLINED, DeclineCategory.SOFT_SCA)
    assert outcome.payment_id is not None


def test_a_payment_pxp_never_received_is_failed_without_a_payment_id(pxp: PXPAdapter) -> None:
    handle = interrupted(pxp, REQUEST, [])
    outcome, _ = run(pxp.recover(handle), [reading(UPGRADE_ID, not_found()), reading(KEY, not_found())])
    assert (outcome.state, outcome.provider_status, outcome.payment_id) == (State.FAILED, "NotFound", None)


@pytest.mark.parametrize(
    ("stage", "script"),
    [("the first transaction", []), ("the browser authentication", TO_BROWSER_AUTHENTICATION)],
)
@pytest.mark.parametrize(
    ("state", "code", "expected"),
    [("Authorised", "00", State.AUTHORIZED), ("Refused", "05", State.DECLINED), ("Pending", "00", State.PROCESSING)],
)
def test_the_re_authorisation_is_the_outcome_at_any_stage(
    stage: str, script: list[tuple[str, Any]], state: str, code: str, expected: State, pxp: PXPAdapter
) -> None:
    handle = interrupted(pxp, REQUEST, script)
    outcome, _ = run(pxp.recover(handle), [reading(UPGRADE_ID, found(UPGRADE_ID, state, code))])
    assert (outcome.state, outcome.upgraded, outcome.handle.step) == (expected, True, "transaction")
    assert outcome.payment_id is not None


def test_a_lost_pre_initiation_is_never_received(pxp: PXPAdapter) -> None:
    handle = interrupted(pxp, REQUEST, [SOFT_DECLINE])
    assert (handle.upgraded, handle.data["authentication_id"]) == (True, None)
    outcome, _ = run(pxp.recover(handle), [reading(UPGRADE_ID, not_found())])
    assert (outcome.state, outcome.provider_status, outcome.payment_id) == (State.FAILED, "NotFound", None)


def test_a_lost_browser_authentication_is_sent_again_and_the_flow_goes_on(pxp: PXPAdapter) -> None:
    handle = interrupted(pxp, REQUEST, TO_BROWSER_AUTHENTICATION)
    outcome, calls = run(
        pxp.recover(handle),
        [
            reading(UPGRADE_ID, not_found()),
            ("get_integrated_authentication", respond(200, authentication(AUTH_ID, "PendingClientData"))),
            ("initiate_integrated_authentication", respond(200, challenge(AUTH_ID))),
        ],
    )
    # After a soft decline the challenge is asked for (EMV 04), and the customer is sent to it.
    assert calls[-1].prepared.request["json"]["requestorChallengeIndicator"] == "04"
    assert isinstance(outcome.action, FormPostAction)
    assert (outcome.state, outcome.action.reason) == (State.ACTION_REQUIRED, ActionReason.SCA_RETRY)


@pytest.mark.parametrize("arrived", [True, False], ids=["browser authentication arrived", "never arrived"])
def test_an_authentication_pay_would_have_retried_is_never_received(arrived: bool, pxp: PXPAdapter) -> None:
    handle = interrupted(pxp, REQUEST, TO_BROWSER_AUTHENTICATION)
    failed = respond(200, authentication(AUTH_ID, "AuthenticationFailed", "14"))  # ACS timeout: retry
    script = [reading(UPGRADE_ID, not_found())]
    if arrived:
        script.append(("get_integrated_authentication", failed))
    else:
        script.append(("get_integrated_authentication", respond(200, authentication(AUTH_ID, "PendingClientData"))))
        script.append(("initiate_integrated_authentication", failed))
    outcome, _ = run(pxp.recover(handle), script)
    # A new authentication needs the card, which only a repeated pay() has.
    assert (outcome.state, outcome.provider_status, outcome.payment_id) == (State.FAILED, "NotFound", None)


def test_an_authentication_pay_would_not_have_retried_is_final(pxp: PXPAdapter) -> None:
    handle = interrupted(pxp, REQUEST, TO_BROWSER_AUTHENTICATION)
    rejected = respond(200, authentication(AUTH_ID, "AuthenticationRejected", "01"))
    outcome, _ = run(
        pxp.recover(handle), [reading(UPGRADE_ID, not_found()), ("get_integrated_authentication", rejected)]
    )
    assert (outcome.state, outcome.upgraded) == (State.DECLINED, True)


def test_a_lost_re_authorisation_is_sent_again_with_the_same_id_and_body(pxp: PXPAdapter) -> None:
    flow = pxp.pay(REQUEST, KEY)
    call = next(flow)
    for _, answer in TO_REAUTHORISATION:
        call = flow.send(answer)
    assert call.name == "initiate_transaction"
    lost = call.prepared.request["json"]
    outcome, calls = run(
        pxp.recover(call.handle),
        [
            reading(UPGRADE_ID, not_found()),
            ("get_integrated_authentication", respond(200, authentication(AUTH_ID, "AuthenticationSuccessful"))),
            ("initiate_transaction", found(UPGRADE_ID, "Authorised")),
        ],
    )
    (again,) = sent(calls)
    # PXP's integrated mode takes the authentication id in place of the card: no card is needed,
    # and the same body is a repeat PXP answers with the original if the first one arrived.
    assert again == lost
    assert (again["merchantTransactionId"], again["threeDSecureData"]) == (UPGRADE_ID, {"authenticationId": AUTH_ID})
    assert "fundingData" not in again
    assert (outcome.state, outcome.upgraded) == (State.AUTHORIZED, True)


def test_always_reads_its_one_transaction_after_the_authentication(pxp: PXPAdapter) -> None:
    request = request_for("frictionless_3ds", ThreeDSMode.ALWAYS)
    flow = pxp.pay(request, KEY)
    assert next(flow).name == "get_transaction"
    assert flow.send(not_found()).name == "pre_initiate_integrated_authentication"
    put = flow.send(respond(200, pre_initiated(AUTH_ID)))
    reauthorisation = flow.send(respond(200, authentication(AUTH_ID, "AuthenticationSuccessful")))
    assert reauthorisation.name == "initiate_transaction"
    assert put.handle.data["upgrade"] is False
    outcome, _ = run(pxp.recover(reauthorisation.handle), [reading(KEY, found(KEY, "Authorised"))])
    assert (outcome.state, outcome.upgraded) == (State.AUTHORIZED, False)


# -- a repeated pay() with the same key ----------------------------------------------------------

#: A repeated pay() up to its browser authentication: the key is taken, its transaction is a soft
#: decline, no re-authorisation exists, so the 3DS runs again.
REPEAT_TO_BROWSER_AUTHENTICATION = [
    ("initiate_transaction", duplicate()),
    reading(KEY, found(KEY, "Refused", "1A")),
    reading(UPGRADE_ID, not_found()),
    ("pre_initiate_integrated_authentication", respond(200, pre_initiated(AUTH_ID))),
]


@pytest.mark.parametrize(
    ("state", "code", "expected"),
    [("Authorised", "00", State.AUTHORIZED), ("Refused", "05", State.DECLINED), ("Pending", "00", State.PROCESSING)],
)
def test_a_repeated_pay_answers_with_the_re_authorisation(
    state: str, code: str, expected: State, pxp: PXPAdapter
) -> None:
    outcome, _ = run(
        pxp.pay(REQUEST, KEY),
        [
            ("initiate_transaction", duplicate()),
            reading(KEY, found(KEY, "Refused", "1A")),
            reading(UPGRADE_ID, found(UPGRADE_ID, state, code)),
        ],
    )
    assert (outcome.state, outcome.upgraded) == (expected, True)


def test_a_repeated_pay_runs_the_3ds_again_and_authorises_the_re_authorisation_once(pxp: PXPAdapter) -> None:
    outcome, calls = run(
        pxp.pay(REQUEST, KEY),
        [
            *REPEAT_TO_BROWSER_AUTHENTICATION,
            ("initiate_integrated_authentication", respond(200, authentication(AUTH_ID, "AuthenticationSuccessful"))),
            ("initiate_transaction", found(UPGRADE_ID, "Authorised")),
        ],
    )
    assert [body["merchantTransactionId"] for body in sent(calls)] == [KEY, UPGRADE_ID]
    assert (outcome.state, outcome.upgraded) == (State.AUTHORIZED, True)


def test_a_repeated_pay_whose_challenge_is_pending_sends_the_customer_again(pxp: PXPAdapter) -> None:
    outcome, _ = run(
        pxp.pay(REQUEST, KEY),
        [
            *REPEAT_TO_BROWSER_AUTHENTICATION,
            ("initiate_integrated_authentication", respond(200, challenge(AUTH_ID))),
        ],
    )
    assert isinstance(outcome.action, FormPostAction)
    assert outcome.action.reason is ActionReason.SCA_RETRY
    assert outcome.handle.data["repeated"] is True


def test_a_repeated_pay_never_reports_declined_what_the_first_attempt_authorised(pxp: PXPAdapter) -> None:
    """The first attempt's re-authorisation arrived after the repeat read it (a timeout): the
    repeat's own authentication fails, but PXP holds the payment authorised."""
    outcome, _ = run(
        pxp.pay(REQUEST, KEY),
        [
            *REPEAT_TO_BROWSER_AUTHENTICATION,
            (
                "initiate_integrated_authentication",
                respond(200, authentication(AUTH_ID, "AuthenticationRejected", "01")),
            ),
            reading(UPGRADE_ID, found(UPGRADE_ID, "Authorised")),
        ],
    )
    assert (outcome.state, outcome.upgraded) == (State.AUTHORIZED, True)


def test_a_first_pay_declares_a_failed_authentication_without_reading(pxp: PXPAdapter) -> None:
    outcome, _ = run(
        pxp.pay(REQUEST, KEY),
        [
            *TO_BROWSER_AUTHENTICATION,
            (
                "initiate_integrated_authentication",
                respond(200, authentication(AUTH_ID, "AuthenticationRejected", "01")),
            ),
        ],
    )
    assert (outcome.state, outcome.upgraded) == (State.DECLINED, True)
