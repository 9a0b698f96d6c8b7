"""What the merchant stores while the customer is at their bank, and how it is authenticated.

A handle comes back from storage, so it is input: the client that issued it signs it (HMAC-SHA256
with a key derived from the provider credentials, or the ``handle_key`` you configure), and a
client accepts only handles that verify. A handle therefore cannot be edited to send a customer to
another URL or to poll someone else's payment; a malformed one is a :class:`~scaretry.ValidationError`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

import attrs

from scaretry._errors import ValidationError

__all__ = ["Handle", "handle_key"]

Scalar = str | int | float | bool | None
_VERSION = 1
_FIELDS = ("provider", "payment_id", "reference", "idempotency_key", "step", "upgraded", "data", "state")


def handle_key(secret: bytes) -> bytes:
    """The key handles are signed with, derived from a provider credential (never the credential itself)."""
    return hmac.new(b"scaretry handle v1", secret, hashlib.sha256).digest()


def _expect(value: Mapping[str, Any], name: str, kinds: type | tuple[type, ...]) -> Any:
    if name not in value:
        raise ValidationError(f"handle.{name}", "missing")
    item = value[name]
    if not isinstance(item, kinds):
        raise ValidationError(f"handle.{name}", f"has the wrong type ({type(item).__name__})")
    return item


@attrs.frozen
class Handle:
    """A small JSON-safe value that lets any process ``resume()``, ``poll_once()``, ``wait()`` or
    ``recover()`` a payment.

    It holds ids and the flow's position, never card data or secrets. ``step`` and ``data`` belong
    to the provider's adapter (PXP's client-side upgrade has several steps; Checkout.com has one).
    ``state`` is the payment's state when the handle was issued (``wait()`` spaces its first read
    by it); ``mac`` is the issuing client's signature over everything else.
    """

    provider: str
    payment_id: str | None
    reference: str
    idempotency_key: str
    step: str
    upgraded: bool = False
    data: Mapping[str, Scalar] = attrs.field(factory=dict)
    state: str | None = None
    mac: str | None = attrs.field(default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe: ``json.dumps(handle.to_dict())`` and store it with the order."""
        value = self._content()
        if self.mac is not None:
            value["mac"] = self.mac
        return value

    @classmethod
    def from_dict(cls, value: Mapping[str, Any]) -> Handle:
        """The inverse of :meth:`to_dict`. Raises :class:`~scaretry.ValidationError` on anything
        that is not a handle of this version; whether it is authentic is checked by the client."""
        if not isinstance(value, Mapping) or value.get("v") != _VERSION:
            raise ValidationError("handle", f"not a scaretry handle of version {_VERSION}")
        data = _expect(value, "data", Mapping)
        if not all(isinstance(k, str) and isinstance(v, Scalar) for k, v in data.items()):
            raise ValidationError("handle.data", "must map names to JSON scalars")
        payment_id = value.get("payment_id")
        if payment_id is not None and not isinstance(payment_id, str):
            raise ValidationError("handle.payment_id", "must be a string or null")
        state = value.get("state")
        if state is not None and not isinstance(state, str):
            raise ValidationError("handle.state", "must be a string or null")
        mac = value.get("mac")
        if mac is not None and not isinstance(mac, str):
            raise ValidationError("handle.mac", "must be a string")
        return cls(
            provider=_expect(value, "provider", str),
            payment_id=payment_id,
            reference=_expect(value, "reference", str),
            idempotency_key=_expect(value, "idempotency_key", str),
            step=_expect(value, "step", str),
            upgraded=_expect(value, "upgraded", bool) if "upgraded" in value else False,
            data=dict(data),
            state=state,
            mac=mac,
        )

    def evolve(self, **changes: Any) -> Handle:
        """A copy with ``changes``; the copy is unsigned until the client that issues it signs it."""
        return attrs.evolve(self, mac=None, **changes)

    def signed(self, key: bytes) -> Handle:
        """This handle signed with ``key`` (the issuing client does this)."""
        return attrs.evolve(self, mac=self._mac(key))

    def verify(self, key: bytes) -> None:
        """Raise :class:`~scaretry.ValidationError` unless this handle was signed with ``key``."""
        if self.mac is None or not hmac.compare_digest(self.mac.encode("ascii", "replace"), self._mac(key).encode()):
            raise ValidationError(
                "handle", "not issued by this client, or altered since (its signature does not verify)"
            )

    def _content(self) -> dict[str, Any]:
        value: dict[str, Any] = {"v": _VERSION}
        for name in _FIELDS:
            item = getattr(self, name)
            value[name] = dict(item) if name == "data" else item
        return value

    def _mac(self, key: bytes) -> str:
        canonical = json.dumps(self._content(), sort_keys=True, separators=(",", ":"), allow_nan=False)
        return hmac.new(key, canonical.encode(), hashlib.sha256).hexdigest()
