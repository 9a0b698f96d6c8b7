"""Strange answers from PXP (issue 8): every field that decides an outcome is checked when read; a
missing or mis-typed one is an UnexpectedResponse naming it and carrying the raw body, an unknown
state is PROCESSING, never AUTHORIZED, and an answer about another transaction is refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from scaretry import State
from scaretry._errors import UnexpectedResponse
from scaretry._request import ThreeDSMode
from scaretry.testing.scenarios.pxp import client_for, request_for

Body = Callable[[dict[str, Any]], Any]


def answered(body: Body) -> httpx.MockTransport:
    """PXP answering every transaction with ``body(request body)``."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(body(json.loads(request.content))).encode())

    return httpx.MockTransport(answer)


def transaction(sent: dict[str, Any], **changes: Any) -> dict[str, Any]:
    body = {
        "systemTransactionId": "1d4e7a90-3b6c-4f2e-8a15-9c0b2d7e4f31",
        "merchantTransactionId": sent["merchantTransactionId"],
        "state": "Authorised",
        "providerResponse": {"code": "00", "message": "Approved"},
    }
    return {k: v for k, v in (body | changes).items() if v is not ...}


def pay(body: Body) -> Any:
    with client_for("https://pxp.test/api", transport=answered(body)) as pxp:
        return pxp.pay(request_for("approve", ThreeDSMode.NEVER).evolve(browser=None))


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (lambda sent: transaction(sent, state=...), "state"),
        (lambda sent: transaction(sent, state=5), "TransactionState"),
        (lambda sent: transaction(sent, state=None), "TransactionState"),
        (lambda sent: transaction(sent, systemTransactionId=...), "systemTransactionId"),
        (lambda sent: transaction(sent, systemTransactionId=7), "systemTransactionId"),
        # Inside a nullable union the generated parser loses the field's name (reported to the lead).
        (lambda sent: transaction(sent, providerResponse={"code": 0}), None),
        (lambda sent: transaction(sent, merchantTransactionId=...), "merchantTransactionId"),
        (lambda sent: [transaction(sent)], None),
        (lambda sent: "Authorised", None),
    ],
    ids=[
        "no state",
        "state a number",
        "state null",
        "no id",
        "id a number",
        "code a number",
        "no merchantTransactionId",
        "a list",
        "a string",
    ],
)
def test_a_decisive_field_missing_or_mistyped_is_an_unexpected_response(body: Body, named: str | None) -> None:
    with pytest.raises(UnexpectedResponse) as error:
        pay(body)
    assert named is None or named in str(error.value)
    assert error.value.body  # the raw answer, for the merchant's investigation
    assert error.value.handle is not None  # and the payment can be recovered


@pytest.mark.parametrize("state", ["OnHold", "Authorized", "AUTHORISED", ""])
def test_a_state_pxp_never_documented_is_processing_never_authorized(state: str) -> None:
    outcome = pay(lambda sent: transaction(sent, state=state))
    assert (outcome.state, outcome.provider_status) == (State.PROCESSING, state)


def test_an_answer_about_another_transaction_is_refused() -> None:
    with pytest.raises(UnexpectedResponse, match="merchantTransactionId"):
        pay(lambda sent: transaction(sent, merchantTransactionId="someone-elses-order"))


def test_unknown_fields_and_enum_values_are_read_past() -> None:
    outcome = pay(
        lambda sent: transaction(
            sent, riskScore={"value": 3}, providerResponse={"code": "00", "message": "ok", "new": [1, {"x": None}]}
        )
    )
    assert outcome.state is State.AUTHORIZED
