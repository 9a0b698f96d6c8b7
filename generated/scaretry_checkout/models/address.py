from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address."""

    address_line1: str | Unset = UNSET
    address_line2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    """ State or province, ideally its ISO 3166-2 subdivision code (for example `CA` for California). """
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line1 = self.address_line1

        address_line2 = self.address_line2

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line1 is not UNSET:
            field_dict["address_line1"] = address_line1
        if address_line2 is not UNSET:
            field_dict["address_line2"] = address_line2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_line1 = d.pop("address_line1", UNSET)
        if not isinstance(address_line1, Unset) and not (isinstance(address_line1, str)):
            raise TypeError("address_line1: expected a string, got " + type(address_line1).__name__)

        address_line2 = d.pop("address_line2", UNSET)
        if not isinstance(address_line2, Unset) and not (isinstance(address_line2, str)):
            raise TypeError("address_line2: expected a string, got " + type(address_line2).__name__)

        city = d.pop("city", UNSET)
        if not isinstance(city, Unset) and not (isinstance(city, str)):
            raise TypeError("city: expected a string, got " + type(city).__name__)

        state = d.pop("state", UNSET)
        if not isinstance(state, Unset) and not (isinstance(state, str)):
            raise TypeError("state: expected a string, got " + type(state).__name__)

        zip_ = d.pop("zip", UNSET)
        if not isinstance(zip_, Unset) and not (isinstance(zip_, str)):
            raise TypeError("zip: expected a string, got " + type(zip_).__name__)

        country = d.pop("country", UNSET)
        if not isinstance(country, Unset) and not (isinstance(country, str)):
            raise TypeError("country: expected a string, got " + type(country).__name__)

        address = cls(
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
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
