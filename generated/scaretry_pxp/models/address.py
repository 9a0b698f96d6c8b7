from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    city: str | Unset = UNSET
    country_numeric_code: str | Unset = UNSET
    """ ISO 3166-1 numeric country code, e.g. "840". """
    line1: str | Unset = UNSET
    line2: str | Unset = UNSET
    line3: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state_code: str | Unset = UNSET
    """ State or province code, e.g. CA. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country_numeric_code = self.country_numeric_code

        line1 = self.line1

        line2 = self.line2

        line3 = self.line3

        postal_code = self.postal_code

        state_code = self.state_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country_numeric_code is not UNSET:
            field_dict["countryNumericCode"] = country_numeric_code
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if line3 is not UNSET:
            field_dict["line3"] = line3
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state_code is not UNSET:
            field_dict["stateCode"] = state_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city", UNSET)
        if not isinstance(city, Unset) and not (isinstance(city, str)):
            raise TypeError("city: expected a string, got " + type(city).__name__)

        country_numeric_code = d.pop("countryNumericCode", UNSET)
        if not isinstance(country_numeric_code, Unset) and not (isinstance(country_numeric_code, str)):
            raise TypeError("countryNumericCode: expected a string, got " + type(country_numeric_code).__name__)

        line1 = d.pop("line1", UNSET)
        if not isinstance(line1, Unset) and not (isinstance(line1, str)):
            raise TypeError("line1: expected a string, got " + type(line1).__name__)

        line2 = d.pop("line2", UNSET)
        if not isinstance(line2, Unset) and not (isinstance(line2, str)):
            raise TypeError("line2: expected a string, got " + type(line2).__name__)

        line3 = d.pop("line3", UNSET)
        if not isinstance(line3, Unset) and not (isinstance(line3, str)):
            raise TypeError("line3: expected a string, got " + type(line3).__name__)

        postal_code = d.pop("postalCode", UNSET)
        if not isinstance(postal_code, Unset) and not (isinstance(postal_code, str)):
            raise TypeError("postalCode: expected a string, got " + type(postal_code).__name__)

        state_code = d.pop("stateCode", UNSET)
        if not isinstance(state_code, Unset) and not (isinstance(state_code, str)):
            raise TypeError("stateCode: expected a string, got " + type(state_code).__name__)

        address = cls(
            city=city,
            country_numeric_code=country_numeric_code,
            line1=line1,
            line2=line2,
            line3=line3,
            postal_code=postal_code,
            state_code=state_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        address.additional_properties = additional_properties
        return address

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
