from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingAddress")


@_attrs_define
class BillingAddress:
    """Billing address of a payment instrument (tokeniser naming, `postalCode` not `zip`)."""

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    address: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        address = self.address

        address2 = self.address2

        city = self.city

        region = self.region

        postal_code = self.postal_code

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if address is not UNSET:
            field_dict["address"] = address
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)
        if not isinstance(first_name, Unset) and not (isinstance(first_name, str)):
            raise TypeError("firstName: expected a string, got " + type(first_name).__name__)

        last_name = d.pop("lastName", UNSET)
        if not isinstance(last_name, Unset) and not (isinstance(last_name, str)):
            raise TypeError("lastName: expected a string, got " + type(last_name).__name__)

        address = d.pop("address", UNSET)
        if not isinstance(address, Unset) and not (isinstance(address, str)):
            raise TypeError("address: expected a string, got " + type(address).__name__)

        address2 = d.pop("address2", UNSET)
        if not isinstance(address2, Unset) and not (isinstance(address2, str)):
            raise TypeError("address2: expected a string, got " + type(address2).__name__)

        city = d.pop("city", UNSET)
        if not isinstance(city, Unset) and not (isinstance(city, str)):
            raise TypeError("city: expected a string, got " + type(city).__name__)

        region = d.pop("region", UNSET)
        if not isinstance(region, Unset) and not (isinstance(region, str)):
            raise TypeError("region: expected a string, got " + type(region).__name__)

        postal_code = d.pop("postalCode", UNSET)
        if not isinstance(postal_code, Unset) and not (isinstance(postal_code, str)):
            raise TypeError("postalCode: expected a string, got " + type(postal_code).__name__)

        country = d.pop("country", UNSET)
        if not isinstance(country, Unset) and not (isinstance(country, str)):
            raise TypeError("country: expected a string, got " + type(country).__name__)

        billing_address = cls(
            first_name=first_name,
            last_name=last_name,
            address=address,
            address2=address2,
            city=city,
            region=region,
            postal_code=postal_code,
            country=country,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        billing_address.additional_properties = additional_properties
        return billing_address

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
