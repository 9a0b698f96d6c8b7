"""A handle is what the merchant stores while the customer is at their bank: JSON-safe, signed by the
client that issued it, and refused with a clear error when it is malformed, altered or foreign."""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import Any

import pytest

from scaretry import Handle, ValidationError
from scaretry._handle import handle_key

KEY = handle_key(b"sk_test")  # computed once, at import: tests of handle_key itself call it
HANDLE = Handle(
    "checkout", "pay_x", "ORD-1", "key-1", "payment", upgraded=True, data={"sid": "sid_x", "n": 2, "f": 0.5, "ok": True}
)


def test_a_handle_signed_today_verifies_after_an_upgrade() -> None:
    """Handles sit in merchants' databases across deployments: the key derivation and the signed
    form must not change within a handle version (change the version instead)."""
    assert handle_key(b"sk_test").hex() == "e56baa9c3bac8453db6bcd5b0d6b43290ca24530cf6ff1647940de0fc356aab9"
    stored = {
        "v": 1,
        "provider": "checkout",
        "payment_id": "pay_x",
        "reference": "ORD-1",
        "idempotency_key": "key-1",
        "step": "payment",
        "upgraded": True,
        "data": {"sid": "sid_x", "n": 2, "f": 0.5, "ok": True, "none": None},
        "mac": "f88d81645217e982e72d2a4d51f85614d7f539c3a0beda3669f9dab769452814",
    }
    handle = Handle.from_dict(stored)
    handle.verify(KEY)
    assert handle.signed(KEY).mac == stored["mac"]
    assert handle.to_dict() == stored


def test_a_changed_copy_is_unsigned_until_its_client_signs_it() -> None:
    signed = HANDLE.signed(KEY)
    moved = signed.evolve(step="session", payment_id="pay_y")
    assert (moved.step, moved.payment_id, moved.reference) == ("session", "pay_y", "ORD-1")
    assert moved.mac is None
    assert signed.evolve().mac is None
    assert (signed.step, signed.mac) == ("payment", HANDLE.signed(KEY).mac)
    with pytest.raises(ValidationError):
        moved.verify(KEY)
    moved.signed(KEY).verify(KEY)


@pytest.mark.parametrize("mac", [None, "0" * 64, "é" * 64, "foreign"])
def test_an_unsigned_forged_or_foreign_handle_is_refused_with_a_validation_error(mac: str | None) -> None:
    if mac == "foreign":
        mac = HANDLE.signed(handle_key(b"other")).mac
    with pytest.raises(ValidationError) as caught:
        Handle.from_dict(HANDLE.to_dict() | {"mac": mac}).verify(KEY)
    assert str(caught.value) == "handle: not issued by this client, or altered since (its signature does not verify)"
    assert caught.value.field == "handle"


def test_to_dict_is_json_and_a_copy() -> None:
    handle = Handle("checkout", None, "ORD-1", "key-1", "payment", data=MappingProxyType({"n": 1}))
    stored = handle.to_dict()
    assert json.loads(json.dumps(stored)) == stored
    stored["data"]["n"] = 2
    assert handle.data["n"] == 1
    assert "mac" not in stored
    assert handle.signed(KEY).to_dict()["mac"] == handle.signed(KEY).mac


def test_a_handle_that_json_cannot_carry_is_never_signed() -> None:
    with pytest.raises(ValueError, match="JSON"):
        Handle("checkout", None, "ORD-1", "key-1", "payment", data={"x": float("nan")}).signed(KEY)


def test_a_handle_stored_without_upgraded_reads_as_not_upgraded() -> None:
    stored = {k: v for k, v in HANDLE.to_dict().items() if k != "upgraded"}
    assert Handle.from_dict(stored).upgraded is False


def test_the_state_a_handle_was_issued_in_comes_back_from_storage_and_verifies() -> None:
    issued = HANDLE.evolve(state="action_required").signed(KEY)
    stored = json.loads(json.dumps(issued.to_dict()))
    assert stored["state"] == "action_required"
    restored = Handle.from_dict(stored)
    assert restored.state == "action_required"
    restored.verify(KEY)


def _stored(**changes: Any) -> dict[str, Any]:
    value = HANDLE.to_dict() | changes
    return {k: v for k, v in value.items() if v is not ...}


@pytest.mark.parametrize(
    ("stored", "message"),
    [
        ({"v": 2}, "handle: not a scaretry handle of version 1"),
        (_stored(step=...), "handle.step: missing"),
        (_stored(reference=7), "handle.reference: has the wrong type (int)"),
        (_stored(upgraded="yes"), "handle.upgraded: has the wrong type (str)"),
        (_stored(data=...), "handle.data: missing"),
        (_stored(data=[1]), "handle.data: has the wrong type (list)"),
        (_stored(data={"a": {"b": 1}}), "handle.data: must map names to JSON scalars"),
        (_stored(payment_id=5), "handle.payment_id: must be a string or null"),
        (_stored(state=3), "handle.state: must be a string or null"),
        (_stored(mac=12), "handle.mac: must be a string"),
    ],
)
def test_a_malformed_handle_names_what_is_wrong(stored: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Handle.from_dict(stored)
    assert str(caught.value) == message
    assert caught.value.field == message.split(":")[0]
