from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAddress")


@_attrs_define
class CustomerAddress:
    """Address as the customer endpoint takes it (note `zip`, not `postalCode`)."""

    address: str | Unset = UNSET
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    country: str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country code. """
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        city = self.city

        region = self.region

        country = self.country

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)
        if not isinstance(address, Unset) and not (isinstance(address, str)):
            raise TypeError("address: expected a string, got " + type(address).__name__)

        city = d.pop("city", UNSET)
        if not isinstance(city, Unset) and not (isinstance(city, str)):
            raise TypeError("city: expected a string, got " + type(city).__name__)

        region = d.pop("region", UNSET)
        if not isinstance(region, Unset) and not (isinstance(region, str)):
            raise TypeError("region: expected a string, got " + type(region).__name__)

        country = d.pop("country", UNSET)
        if not isinstance(country, Unset) and not (isinstance(country, str)):
            raise TypeError("country: expected a string, got " + type(country).__name__)

        zip_ = d.pop("zip", UNSET)
        if not isinstance(zip_, Unset) and not (isinstance(zip_, str)):
            raise TypeError("zip: expected a string, got " + type(zip_).__name__)

        customer_address = cls(
            address=address,
            city=city,
            region=region,
            country=country,
            zip_=zip_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_address.additional_properties = additional_properties
        return customer_address

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
