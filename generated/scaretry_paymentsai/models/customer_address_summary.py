from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAddressSummary")


@_attrs_define
class CustomerAddressSummary:
    """Address as the Customer object returns it."""

    country: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        address1 = self.address1

        address2 = self.address2

        city = self.city

        region = self.region

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)
        if not isinstance(country, Unset) and not (isinstance(country, str)):
            raise TypeError("country: expected a string, got " + type(country).__name__)

        address1 = d.pop("address1", UNSET)
        if not isinstance(address1, Unset) and not (isinstance(address1, str)):
            raise TypeError("address1: expected a string, got " + type(address1).__name__)

        address2 = d.pop("address2", UNSET)
        if not isinstance(address2, Unset) and not (isinstance(address2, str)):
            raise TypeError("address2: expected a string, got " + type(address2).__name__)

        city = d.pop("city", UNSET)
        if not isinstance(city, Unset) and not (isinstance(city, str)):
            raise TypeError("city: expected a string, got " + type(city).__name__)

        region = d.pop("region", UNSET)
        if not isinstance(region, Unset) and not (isinstance(region, str)):
            raise TypeError("region: expected a string, got " + type(region).__name__)

        zip_ = d.pop("zip", UNSET)
        if not isinstance(zip_, Unset) and not (isinstance(zip_, str)):
            raise TypeError("zip: expected a string, got " + type(zip_).__name__)

        customer_address_summary = cls(
            country=country,
            address1=address1,
            address2=address2,
            city=city,
            region=region,
            zip_=zip_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_address_summary.additional_properties = additional_properties
        return customer_address_summary

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
