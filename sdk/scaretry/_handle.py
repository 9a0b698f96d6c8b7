"""What the merchant stores while the customer is at their bank."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from scaretry._errors import ValidationError

__all__ = ["Handle"]

_Scalar = str | int | float | bool | None
_VERSION = 1


@attrs.frozen
class Handle:
    """A small JSON-safe value that lets any process ``resume()``, ``poll_once()`` or ``wait()``.

    It holds ids and the flow's position, never card data or secrets. ``step`` and ``data`` belong
    to the provider's adapter (PXP's client-side upgrade has several steps; Checkout.com has one).
    """

    provider: str
    payment_id: str | None
    reference: str
    idempotency_key: str
    step: str
    upgraded: bool = False
    data: Mapping[str, _Scalar] = attrs.field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe: ``json.dumps(handle.to_dict())`` and store it with the order."""
        return {
            "v": _VERSION,
            "provider": self.provider,
            "payment_id": self.payment_id,
            "reference": self.reference,
            "idempotency_key": self.idempotency_key,
            "step": self.step,
            "upgraded": self.upgraded,
            "data": dict(self.data),
        }

    @classmethod
    def from_dict(cls, value: Mapping[str, Any]) -> Handle:
        """The inverse of :meth:`to_dict`; raises :class:`~scaretry.ValidationError` on a bad value."""
        if not isinstance(value, Mapping) or value.get("v") != _VERSION:
            raise ValidationError("handle", f"not a scaretry handle of version {_VERSION}")
        try:
            data = value.get("data") or {}
            if not isinstance(data, Mapping) or not all(isinstance(v, _Scalar) for v in data.values()):
                raise ValidationError("handle.data", "must map names to JSON scalars")
            return cls(
                provider=str(value["provider"]),
                payment_id=None if value["payment_id"] is None else str(value["payment_id"]),
                reference=str(value["reference"]),
                idempotency_key=str(value["idempotency_key"]),
                step=str(value["step"]),
                upgraded=bool(value.get("upgraded", False)),
                data=dict(data),
            )
        except KeyError as exc:
            raise ValidationError(f"handle.{exc.args[0]}", "missing") from None

    def evolve(self, **changes: Any) -> Handle:
        return attrs.evolve(self, **changes)
