"""The contract check names the cassette, the interaction and the JSON path that broke."""

from __future__ import annotations

import copy

from scaretry.sandbox._openapi import Spec
from scaretry.testing._contract import check_cassette
from tests.contract.conftest import CASSETTES

CASSETTE = CASSETTES / "checkout" / "soft_decline_upgrade_approved.yaml"
PROVIDERS = ("antom", "checkout", "paymentsai", "pxp")


def _specs_with(document: dict[str, object]) -> dict[str, Spec]:
    specs = {p: Spec.for_provider(p).strict() for p in PROVIDERS}
    specs["checkout"] = Spec(document, name="checkout (renamed)").strict()
    return specs


def test_unchanged_spec_passes() -> None:
    assert check_cassette(CASSETTE) == []


def test_renamed_response_property_is_named() -> None:
    document = copy.deepcopy(dict(Spec.for_provider("checkout").document))
    enrollment = document["components"]["schemas"]["ThreeDSEnrollmentData"]  # type: ignore[index]
    enrollment["properties"]["upgrade_cause"] = enrollment["properties"].pop("upgrade_reason")
    problems = check_cassette(CASSETTE, _specs_with(document))
    assert problems
    first = problems[0]
    assert first.startswith("soft_decline_upgrade_approved.yaml interaction 0 (POST /payments) response 202")
    assert "$.3ds" in first
    assert "upgrade_reason" in first


def test_renamed_required_property_is_named() -> None:
    document = copy.deepcopy(dict(Spec.for_provider("checkout").document))
    accepted = document["components"]["schemas"]["PaymentAcceptedResponse"]  # type: ignore[index]
    accepted["properties"]["state"] = accepted["properties"].pop("status")
    accepted["required"] = ["state" if r == "status" else r for r in accepted["required"]]
    problems = check_cassette(CASSETTE, _specs_with(document))
    assert any("interaction 0" in p and "'state' is a required property" in p for p in problems)
