"""Every request body the official SDKs build in this suite fits specs/ (issue 9 §3): the SDK
serialises it (its own JSON serializer / ``to_ams_json``), and it is validated against the
operation's request schema, as the sandbox validates what it receives. No network involved."""

from __future__ import annotations

from typing import Any

import pytest

from scaretry.sandbox._openapi import Spec
from tests.compat._process import MerchantProcess

A26 = "a" * 26


@pytest.fixture(scope="module")
def bodies() -> dict[str, dict[str, list[Any]]]:
    configs = {
        "checkout": {"root": "http://127.0.0.1:9", "processing_channel_id": f"pc_{A26}"},
        "antom": {},
    }
    found = {}
    for provider, config in configs.items():
        merchant = MerchantProcess(provider, config)
        try:
            found[provider] = merchant.call("request_bodies")
        finally:
            merchant.close()
    return found


CASES = [
    ("checkout", "requestPayment"),
    ("checkout", "requestSession"),
    ("checkout", "updateSessionChannelData"),
    ("checkout", "updateIssuerFingerprint"),
    ("antom", "pay"),
    ("antom", "inquiryPayment"),
    ("antom", "createPaymentSession"),
]


@pytest.mark.parametrize(("provider", "operation_id"), CASES)
def test_sdk_request_fits_the_spec(bodies: dict[str, dict[str, list[Any]]], provider: str, operation_id: str) -> None:
    spec = Spec.for_provider(provider)
    sent = bodies[provider][operation_id]

    problems = [
        (index, str(p))
        for index, body in enumerate(sent)
        for p in spec.validate_request(spec.operation(operation_id), body)
    ]

    assert sent
    assert problems == []


def test_the_sdks_3ds_example_is_the_integrated_variant(bodies: dict[str, dict[str, list[Any]]]) -> None:
    # enabled true with empty eci, cryptogram and xid: Checkout.com runs 3DS, it is no MPI data.
    spec = Spec.for_provider("checkout")
    three_ds = bodies["checkout"]["requestPayment"][1]["3ds"]

    assert (three_ds["eci"], three_ds["cryptogram"], three_ds["xid"]) == ("", "", "")
    assert spec.validate("/components/schemas/ThreeDSRequest", three_ds) == []
    assert spec.validate("/components/schemas/ThreeDSRequestThirdParty", three_ds) != []
