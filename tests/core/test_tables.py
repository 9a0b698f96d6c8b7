"""Decline and 3DS tables are data the user can read and override: what a code means, what happens
next (upgrade with 3DS, retry, or report), and what a provider status word reads as."""

from __future__ import annotations

import enum
import importlib
import json
import pkgutil
from typing import Any

import httpx
import pytest

from scaretry import (
    Card,
    Checkout,
    Decision,
    DeclineCategory,
    DeclineRule,
    DeclineTable,
    Money,
    PaymentRequest,
    RedirectAction,
    State,
)
from scaretry._outcome import ActionReason
from scaretry._tables import STATUS_MAPS, StatusMap
from scaretry.sandbox._credentials import CHECKOUT

PROVIDERS = ["antom", "checkout", "paymentsai", "pxp"]
FALLBACK = DeclineRule(DeclineCategory.UNKNOWN, Decision.FINAL, None)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_shipped_table_loads_for_its_provider_and_defaults_to_unknown_and_final(provider: str) -> None:
    table = DeclineTable.load(provider)
    assert table.provider == provider
    assert table.lookup(None) == FALLBACK
    assert table.lookup("no such code") == FALLBACK
    assert table.reason_text("01") == "Card authentication failed."
    assert table.reason_text("99") is None
    assert table.reason_text(None) is None


def test_a_known_code_reads_as_its_category_decision_and_message() -> None:
    table = DeclineTable.load("checkout")
    assert table.lookup("20154") == DeclineRule(
        DeclineCategory.SOFT_SCA, Decision.UPGRADE, "3DS authentication required"
    )
    assert table.lookup("20051") == DeclineRule(DeclineCategory.HARD, Decision.FINAL, "Insufficient Funds")


def test_pxp_may_retry_a_failed_authentication_but_never_a_rejected_one() -> None:
    table = DeclineTable.load("pxp")
    assert table.threeds_decision("AuthenticationFailed") is Decision.RETRY
    assert table.threeds_decision("AuthenticationRejected") is Decision.FINAL
    assert table.threeds_decision("SomethingNew") is Decision.FINAL
    assert DeclineTable.load("checkout").threeds_decision("AuthenticationFailed") is Decision.FINAL


@pytest.mark.parametrize(
    ("category", "decision"),
    [
        ("soft_sca", Decision.UPGRADE),
        ("soft_retryable", Decision.FINAL),
        ("hard", Decision.FINAL),
        ("fraud", Decision.FINAL),
        ("unknown", Decision.FINAL),
    ],
)
def test_an_override_given_as_a_category_decides_like_one(category: str, decision: Decision) -> None:
    table = DeclineTable.load("checkout", {"20051": category, "X1": category})
    for code in ("20051", "X1"):
        assert table.lookup(code) == DeclineRule(DeclineCategory(category), decision, None)
    assert DeclineTable.load("checkout").lookup("20051").category is DeclineCategory.HARD  # others keep theirs


def test_an_override_given_as_a_rule_fills_what_it_leaves_out() -> None:
    table = DeclineTable.load(
        "checkout",
        {
            "20051": {"category": "soft_sca", "decision": "upgrade", "message": "Ask for 3DS"},
            "20005": {"category": "soft_retryable"},
            "20012": {"decision": "retry"},
            "20014": {"message": "Try another card"},
        },
    )
    assert table.lookup("20051") == DeclineRule(DeclineCategory.SOFT_SCA, Decision.UPGRADE, "Ask for 3DS")
    assert table.lookup("20005") == DeclineRule(DeclineCategory.SOFT_RETRYABLE, Decision.FINAL, None)
    assert table.lookup("20012") == DeclineRule(DeclineCategory.UNKNOWN, Decision.RETRY, None)
    assert table.lookup("20014") == DeclineRule(DeclineCategory.UNKNOWN, Decision.FINAL, "Try another card")


def test_an_override_with_a_category_that_does_not_exist_is_refused() -> None:
    with pytest.raises(ValueError, match="soft"):
        DeclineTable.load("checkout", {"20051": "soft"})


# -- the override decides what the client does -----------------------------------------------------------

PAYMENT = "pay_" + "a" * 26
DECLINED_20051 = {
    "id": PAYMENT,
    "action_id": "act_" + "a" * 26,
    "amount": 6510,
    "currency": "EUR",
    "approved": False,
    "status": "Declined",
    "response_code": "20051",
    "processed_on": "2026-01-01T00:00:00Z",
    "_links": {"self": {"href": f"https://x/payments/{PAYMENT}"}, "actions": {"href": "https://x/a"}},
}
CHALLENGE = {
    "id": "pay_" + "b" * 26,
    "status": "Pending",
    "3ds": {"enrolled": "Y"},
    "_links": {"self": {"href": "https://x"}, "redirect": {"href": "https://acs.example/3ds"}},
}
REQUEST = PaymentRequest(Money(6510, "EUR"), Card("4242424242424242", 12, 2099, "100"), "ORD-1", "https://s.example/r")


def _pay(overrides: dict[str, Any] | None) -> tuple[list[Any], Any]:
    sent: list[Any] = []

    def provider(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(201, json=DECLINED_20051) if len(sent) == 1 else httpx.Response(202, json=CHALLENGE)

    with Checkout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        base_url="https://api.example",
        transport=httpx.MockTransport(provider),
        decline_overrides=overrides,
    ) as client:
        return sent, client.pay(REQUEST)


def test_a_code_overridden_as_soft_sca_is_retried_with_3ds() -> None:
    sent, outcome = _pay({"20051": "soft_sca"})
    assert [body["3ds"] for body in sent] == [{"enabled": False, "allow_upgrade": True}, {"enabled": True}]
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.upgraded
    assert outcome.action == RedirectAction("https://acs.example/3ds", ActionReason.SCA_RETRY)


def test_without_the_override_the_same_decline_is_reported() -> None:
    sent, outcome = _pay(None)
    assert len(sent) == 1
    assert outcome.state is State.DECLINED
    assert not outcome.upgraded
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.category) == ("20051", DeclineCategory.HARD)


# -- provider status words ------------------------------------------------------------------------------


class Status(enum.Enum):
    CAPTURED = "Captured"
    DECLINED = "Declined"
    PENDING = "Pending"


def test_a_status_map_reads_members_and_raw_words_alike() -> None:
    table = {Status.CAPTURED: State.AUTHORIZED, Status.DECLINED: State.DECLINED}
    statuses = StatusMap(Status, table)
    assert statuses.state(Status.CAPTURED) is State.AUTHORIZED
    assert statuses.state("Declined") is State.DECLINED
    assert statuses.state(Status.PENDING) is State.PROCESSING  # listed by the spec, not mapped
    assert statuses.state("Teleported") is State.PROCESSING  # sent by the provider, in no spec yet
    assert statuses.state(None) is State.PROCESSING
    assert statuses.unmapped() == [Status.PENDING]
    assert statuses in STATUS_MAPS
    table[Status.PENDING] = State.FAILED  # the map keeps what it was built with
    assert statuses.state(Status.PENDING) is State.PROCESSING
    assert statuses.unmapped() == [Status.PENDING]


def test_a_status_map_may_read_an_unknown_word_otherwise() -> None:
    statuses = StatusMap(Status, dict.fromkeys(Status, State.AUTHORIZED), unknown=State.FAILED)
    assert statuses.state("Teleported") is State.FAILED
    assert statuses.state(None) is State.FAILED
    assert statuses.unmapped() == []


# -- every provider's maps -------------------------------------------------------------------------


def test_every_provider_status_the_specs_list_is_mapped() -> None:
    """A regenerated spec that adds a status fails here until someone decides what it means."""
    for provider in ("antom", "checkout", "paymentsai", "pxp"):
        package = importlib.import_module(f"scaretry.providers.{provider}")
        for module in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{module.name}")
    generated = [m for m in STATUS_MAPS if m.statuses.__module__.startswith("scaretry_")]
    assert {m.statuses.__module__.split(".")[0] for m in generated} == {
        "scaretry_antom",
        "scaretry_checkout",
        "scaretry_paymentsai",
        "scaretry_pxp",
    }
    unmapped = {f"{m.statuses.__module__}.{m.statuses.__name__}": m.unmapped() for m in generated if m.unmapped()}
    assert unmapped == {}
