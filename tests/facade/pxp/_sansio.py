"""Driving :class:`~scaretry.providers.pxp.PXPAdapter` without I/O: its flows yield the calls they
would send, and are answered here with generated models, as the client would parse PXP's answers."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from scaretry_pxp.models import Authentication, PreInitiateIntegratedAuthenticationResponse, PxpError, Transaction
from scaretry_pxp.types import Response

from scaretry._adapter import Call, Flow
from scaretry._outcome import Outcome
from scaretry.providers.pxp import PXPAdapter, PXPConfig
from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.testing.scenarios.pxp import settings

__all__ = [
    "adapter",
    "authentication",
    "challenge",
    "described",
    "duplicate",
    "finish",
    "not_found",
    "pre_initiated",
    "respond",
    "run",
    "transaction",
]


def adapter(**changes: Any) -> PXPAdapter:
    return PXPAdapter(PXPConfig(**settings(**changes)))


def respond(status: int, parsed: Any, content: bytes = b"{}", headers: dict[str, str] | None = None) -> Any:
    return Response(
        status_code=HTTPStatus(status), content=content, headers=httpx.Headers(headers or {}), parsed=parsed
    )


def transaction(state: str, code: str = "00", **extra: Any) -> Transaction:
    body = {
        "systemTransactionId": str(uuid.uuid4()),
        "merchantTransactionId": "T-1",
        "merchant": CREDENTIALS["merchant"],
        "site": CREDENTIALS["site"],
        "state": state,
        "providerResponse": {"code": code, "message": "m", "merchantAdvice": None},
    }
    return Transaction.from_dict(body | extra)


def authentication(authentication_id: str, state: str, code: str | None = None) -> Authentication:
    body: dict[str, Any] = {"authenticationId": authentication_id, "state": state}
    if code is not None:
        body["stateData"] = {"code": code, "reason": "r"}
    if state == "AuthenticationSuccessful":
        body |= {"transactionStatus": "Y", "electronicCommerceIndicator": "05", "threeDSecureVersion": "2.2.0"}
    return Authentication.from_dict(body)


def pre_initiated(authentication_id: str) -> PreInitiateIntegratedAuthenticationResponse:
    """A pre-initiation without a 3DS Method: the browser authentication comes next."""
    return PreInitiateIntegratedAuthenticationResponse.from_dict(
        {
            "authenticationId": authentication_id,
            "state": "PendingClientData",
            "threeDSecureSupported": True,
            "scaMandated": True,
        }
    )


def challenge(authentication_id: str) -> Authentication:
    """The ACS wants the customer: PendingCustomerChallenge with where to send them."""
    return Authentication.from_dict(
        {
            "authenticationId": authentication_id,
            "state": "PendingCustomerChallenge",
            "challengeUrl": "https://acs.example/challenge",
            "challengeData": "creq-1",
        }
    )


def not_found() -> Any:
    return respond(404, PxpError.from_dict({"errorCode": "TransactionNotFound", "errorReason": "none"}))


def duplicate() -> Any:
    return respond(409, PxpError.from_dict({"errorCode": "DuplicateMerchantTransactionId", "errorReason": "used"}))


def finish(flow: Flow, response: Any) -> Outcome:
    with pytest.raises(StopIteration) as stop:
        flow.send(response)
    outcome: Outcome = stop.value.value
    return outcome


def described(call: Call) -> str:
    """A call's operation, and for a read of a transaction the ``merchantTransactionId`` it reads."""
    if call.name == "get_transaction":
        return f"{call.name} {call.prepared.request['url'].rsplit('/', 1)[1]}"
    return call.name


def run(flow: Flow, script: Sequence[tuple[str, Any]]) -> tuple[Outcome, list[Call]]:
    """Answer ``flow``'s calls in order from ``script`` (each call as :func:`described` must give
    it, and its answer); the outcome and the calls made. A call beyond the script fails the test."""
    calls: list[Call] = []
    call = next(flow)
    for expected, answer in script:
        calls.append(call)
        assert described(call) == expected, f"call {len(calls)}: {described(call)}, expected {expected}"
        try:
            call = flow.send(answer)
        except StopIteration as stop:
            assert len(calls) == len(script), f"the flow ended after {len(calls)} of {len(script)} calls"
            outcome: Outcome = stop.value
            return outcome, calls
    raise AssertionError(f"the flow went on with {call.name} after the script ended")
