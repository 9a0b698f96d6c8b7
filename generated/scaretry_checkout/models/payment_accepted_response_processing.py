from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentAcceptedResponseProcessing")


@_attrs_define
class PaymentAcceptedResponseProcessing:
    """Redirect-flow processing data (used by alternative payment methods)."""

    continuation_payload: str | Unset = UNSET
    partner_payment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        continuation_payload = self.continuation_payload

        partner_payment_id = self.partner_payment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if continuation_payload is not UNSET:
            field_dict["continuation_payload"] = continuation_payload
        if partner_payment_id is not UNSET:
            field_dict["partner_payment_id"] = partner_payment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        continuation_payload = d.pop("continuation_payload", UNSET)
        if not isinstance(continuation_payload, Unset) and not (isinstance(continuation_payload, str)):
            raise TypeError("continuation_payload: expected a string, got " + type(continuation_payload).__name__)

        partner_payment_id = d.pop("partner_payment_id", UNSET)
        if not isinstance(partner_payment_id, Unset) and not (isinstance(partner_payment_id, str)):
            raise TypeError("partner_payment_id: expected a string, got " + type(partner_payment_id).__name__)

        payment_accepted_response_processing = cls(
            continuation_payload=continuation_payload,
            partner_payment_id=partner_payment_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_accepted_response_processing.additional_properties = additional_properties
        return payment_accepted_response_processing

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
