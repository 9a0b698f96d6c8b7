from __future__ import annotations

import json

import pytest

from scaretry._errors import ValidationError
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, DeclineCategory, Outcome, RedirectAction, State
from scaretry._tables import Decision, DeclineTable

HANDLE = Handle("checkout", "pay_x", "ORD-1", "key-1", "pending", upgraded=True, data={"sid": "sid_x", "n": 2})


@pytest.mark.parametrize("state", list(State))
def test_every_state_has_a_finality(state: State) -> None:
    expected = state not in (State.ACTION_REQUIRED, State.PROCESSING)
    assert state.is_final is expected


def test_action_present_exactly_when_action_required() -> None:
    action = RedirectAction("https://acs.example/c", ActionReason.SCA_RETRY)
    Outcome(State.ACTION_REQUIRED, "checkout", "pay_x", "Pending", HANDLE, action=action)
    message = "^an action is present exactly when the state is ACTION_REQUIRED$"
    with pytest.raises(ValueError, match=message):
        Outcome(State.ACTION_REQUIRED, "checkout", "pay_x", "Pending", HANDLE)
    with pytest.raises(ValueError, match=message):
        Outcome(State.AUTHORIZED, "checkout", "pay_x", "Authorized", HANDLE, action=action)


def test_handle_survives_json() -> None:
    assert Handle.from_dict(json.loads(json.dumps(HANDLE.to_dict()))) == HANDLE


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ({"v": 99}, "handle"),
        ("not a dict", "handle"),
        ({**HANDLE.to_dict(), "data": {"x": [1]}}, "handle.data"),
        ({k: v for k, v in HANDLE.to_dict().items() if k != "step"}, "handle.step"),
    ],
)
def test_bad_handle_is_a_validation_error(value: object, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Handle.from_dict(value)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_decline_table_lookup_default_and_override() -> None:
    table = DeclineTable.load("checkout")
    assert table.lookup("20154").category is DeclineCategory.SOFT_SCA
    assert table.lookup("20154").decision is Decision.UPGRADE
    assert table.lookup("99999") == table.default
    changed = DeclineTable.load("checkout", {"20051": "soft_retryable"})
    assert changed.lookup("20051").category is DeclineCategory.SOFT_RETRYABLE
    assert table.lookup("20051").category is not DeclineCategory.SOFT_RETRYABLE
