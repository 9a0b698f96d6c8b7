from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentInstrumentInstruction")


@_attrs_define
class PaymentInstrumentInstruction:
    """Charge a payment instrument already attached to a customer."""

    payment_instrument_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_instrument_id = self.payment_instrument_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentInstrumentId": payment_instrument_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_instrument_id = d.pop("paymentInstrumentId")
        if not (isinstance(payment_instrument_id, str)):
            raise TypeError("paymentInstrumentId: expected a string, got " + type(payment_instrument_id).__name__)

        payment_instrument_instruction = cls(
            payment_instrument_id=payment_instrument_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_instrument_instruction.additional_properties = additional_properties
        return payment_instrument_instruction

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
