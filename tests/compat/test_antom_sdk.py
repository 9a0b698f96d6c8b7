"""Antom's official Python SDK (``global-open-sdk-python``, pinned in
tests/compat/requirements.txt), unmodified, against the sandbox: the seed scenarios, and both
signature directions (the SDK signs every request, which the sandbox verifies; the SDK verifies
the signature of every answer, which the sandbox signs).

Cards are the sandbox's own table (Antom publishes none; docs/providers/antom.md):
4054695723100768 frictionless, 4000000000000028 challenged when 3DS runs, 4000000000000044
soft-declined for missing SCA unless 3DS runs.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from scaretry import RedirectAction
from scaretry._outcome import ActionReason
from scaretry.testing import Customer
from tests.compat._process import MerchantProcess, SDKError, until

FRICTIONLESS = "4054695723100768"
CHALLENGE = "4000000000000028"
SCA_REQUIRED = "4000000000000044"


def _request_id() -> str:
    return "compat-" + uuid.uuid4().hex


def _final(merchant: MerchantProcess, request_id: str) -> dict[str, Any]:
    answer = until(
        lambda: merchant.call("inquire", request_id=request_id),
        lambda a: a["payment_status"] in ("SUCCESS", "FAIL", "CANCELLED"),
    )
    assert answer["result"]["status"] == "S"
    return dict(answer)


def test_authorised(antom_merchant: MerchantProcess) -> None:
    request_id = _request_id()

    paid = antom_merchant.call("pay", request_id=request_id, number=FRICTIONLESS)

    assert paid["result"] == {"code": "SUCCESS", "status": "S", "message": "success."}
    assert paid["payment_id"]
    read = antom_merchant.call("inquire", request_id=request_id)
    assert (read["payment_status"], read["payment_id"]) == ("SUCCESS", paid["payment_id"])


def test_soft_decline_is_upgraded_to_3ds(antom_merchant: MerchantProcess) -> None:
    paid = antom_merchant.call("pay", request_id=_request_id(), number=SCA_REQUIRED, three_ds=False, upgrade=True)

    assert (paid["result"]["code"], paid["result"]["status"]) == ("PAYMENT_IN_PROCESS", "U")
    assert paid["normal_url"].startswith("https://")


def test_opt_out_of_the_upgrade_is_declined(antom_merchant: MerchantProcess) -> None:
    paid = antom_merchant.call("pay", request_id=_request_id(), number=SCA_REQUIRED, three_ds=False, upgrade=False)

    assert (paid["result"]["code"], paid["result"]["status"]) == ("AUTHENTICATION_REQUIRED", "F")


@pytest.mark.parametrize(
    ("number", "three_ds", "choice", "status", "code"),
    [
        (CHALLENGE, True, "approve", "SUCCESS", "SUCCESS"),
        (CHALLENGE, True, "reject", "FAIL", "USER_PAYMENT_VERIFICATION_FAILED"),
        (SCA_REQUIRED, False, "approve", "SUCCESS", "SUCCESS"),  # the upgraded payment's challenge
    ],
    ids=["challenge-approved", "challenge-rejected", "upgrade-approved"],
)
def test_challenge_then_status_reads(
    antom_merchant: MerchantProcess,
    antom_customer: Customer,
    number: str,
    three_ds: bool,
    choice: str,
    status: str,
    code: str,
) -> None:
    request_id = _request_id()
    paid = antom_merchant.call("pay", request_id=request_id, number=number, three_ds=three_ds)
    assert paid["result"]["code"] == "PAYMENT_IN_PROCESS"

    returned = antom_customer.act(RedirectAction(paid["normal_url"], ActionReason.CHALLENGE), choice)
    final = _final(antom_merchant, request_id)

    assert returned.url == f"https://merchant.example/antom/return?order={request_id}"
    assert (final["payment_status"], final["payment_result_code"]) == (status, code)
    assert final["payment_id"] == paid["payment_id"]
    assert final["three_ds"]["challenged"] is True
    assert final["three_ds"]["eci"] == ("05" if choice == "approve" else "07")


def test_create_payment_session(antom_merchant: MerchantProcess) -> None:
    session = antom_merchant.call("create_payment_session", request_id=_request_id())

    assert session["result"] == {"code": "SUCCESS", "status": "S", "message": "success."}
    assert session["payment_session_id"]
    assert session["payment_session_data"]
    assert session["payment_session_expiry_time"]


def test_sandbox_refuses_a_request_the_sdk_signed_with_an_unregistered_key(antom_merchant: MerchantProcess) -> None:
    # Every successful call above proves the sandbox accepts the SDK's signatures; this one proves
    # it checks them: the request is refused and no payment exists afterwards.
    request_id = _request_id()

    with pytest.raises(SDKError) as raised:
        antom_merchant.call("pay", request_id=request_id, number=FRICTIONLESS, keys="foreign_merchant_key")

    assert raised.value.type == "AlipayApiException"
    read = antom_merchant.call("inquire", request_id=request_id)
    assert (read["result"]["code"], read["result"]["status"]) == ("ORDER_NOT_EXIST", "F")


def test_sdk_verifies_the_sandboxs_response_signature(antom_merchant: MerchantProcess) -> None:
    # The SDK checks every answer against the Antom public key it was given: given another key, it
    # refuses the sandbox's (correctly signed) answer. So verification is on, and the successful
    # calls above verified the sandbox's signatures.
    with pytest.raises(SDKError) as raised:
        antom_merchant.call("pay", request_id=_request_id(), number=FRICTIONLESS, keys="foreign_antom_key")

    assert raised.value.type == "AlipayApiException"
    assert "verify failed" in raised.value.error["message"]
