from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.processing_model import ProcessingModel

T = TypeVar("T", bound="TransactionRecurring")


@_attrs_define
class TransactionRecurring:
    """Stored-credential data; the one field scaretry uses to tell CIT from MIT."""

    processing_model: ProcessingModel
    """ Stored-credential processing model. `CardOnFileShopperConsent` and `CardOnFileShopperInitiated` are
    customer-initiated (CIT, SCA applies); the `MerchantInitiated*` values are merchant-initiated
    (MIT, out of SCA scope and never upgraded) except `MerchantInitiatedInitialRecurring`, which sets up
    recurring payments with the cardholder present and needs SCA. Omit `recurring` for a one-off CIT.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processing_model = self.processing_model.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processingModel": processing_model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        processing_model = ProcessingModel(d.pop("processingModel"))

        transaction_recurring = cls(
            processing_model=processing_model,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        transaction_recurring.additional_properties = additional_properties
        return transaction_recurring

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
