from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentActionProcessing")


@_attrs_define
class PaymentActionProcessing:
    retrieval_reference_number: str | Unset = UNSET
    acquirer_reference_number: str | Unset = UNSET
    acquirer_transaction_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retrieval_reference_number = self.retrieval_reference_number

        acquirer_reference_number = self.acquirer_reference_number

        acquirer_transaction_id = self.acquirer_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retrieval_reference_number is not UNSET:
            field_dict["retrieval_reference_number"] = retrieval_reference_number
        if acquirer_reference_number is not UNSET:
            field_dict["acquirer_reference_number"] = acquirer_reference_number
        if acquirer_transaction_id is not UNSET:
            field_dict["acquirer_transaction_id"] = acquirer_transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retrieval_reference_number = d.pop("retrieval_reference_number", UNSET)
        if not isinstance(retrieval_reference_number, Unset) and not (isinstance(retrieval_reference_number, str)):
            raise TypeError(
                "retrieval_reference_number: expected a string, got " + type(retrieval_reference_number).__name__
            )

        acquirer_reference_number = d.pop("acquirer_reference_number", UNSET)
        if not isinstance(acquirer_reference_number, Unset) and not (isinstance(acquirer_reference_number, str)):
            raise TypeError(
                "acquirer_reference_number: expected a string, got " + type(acquirer_reference_number).__name__
            )

        acquirer_transaction_id = d.pop("acquirer_transaction_id", UNSET)
        if not isinstance(acquirer_transaction_id, Unset) and not (isinstance(acquirer_transaction_id, str)):
            raise TypeError("acquirer_transaction_id: expected a string, got " + type(acquirer_transaction_id).__name__)

        payment_action_processing = cls(
            retrieval_reference_number=retrieval_reference_number,
            acquirer_reference_number=acquirer_reference_number,
            acquirer_transaction_id=acquirer_transaction_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_action_processing.additional_properties = additional_properties
        return payment_action_processing

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
