from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingDescriptor")


@_attrs_define
class BillingDescriptor:
    """Text shown on the cardholder's statement."""

    name: str
    city: str
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        city = self.city

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "city": city,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        city = d.pop("city")
        if not (isinstance(city, str)):
            raise TypeError("city: expected a string, got " + type(city).__name__)

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, Unset) and not (isinstance(reference, str)):
            raise TypeError("reference: expected a string, got " + type(reference).__name__)

        billing_descriptor = cls(
            name=name,
            city=city,
            reference=reference,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        billing_descriptor.additional_properties = additional_properties
        return billing_descriptor

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
