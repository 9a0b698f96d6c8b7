from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address (billing or shipping)."""

    region: str | Unset = UNSET
    """ ISO 3166 two-letter country or region code. """
    state: str | Unset = UNSET
    """ State or province. For US merchant entities and cards from CA, US or GB, a two- or three-character region
    code. """
    city: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    """ Postal code; for US merchant entities digits, letters, hyphens and spaces, at most ten characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        state = self.state

        city = self.city

        address1 = self.address1

        address2 = self.address2

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region is not UNSET:
            field_dict["region"] = region
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region = d.pop("region", UNSET)
        if not isinstance(region, Unset) and not (isinstance(region, str)):
            raise TypeError("region: expected a string, got " + type(region).__name__)

        state = d.pop("state", UNSET)
        if not isinstance(state, Unset) and not (isinstance(state, str)):
            raise TypeError("state: expected a string, got " + type(state).__name__)

        city = d.pop("city", UNSET)
        if not isinstance(city, Unset) and not (isinstance(city, str)):
            raise TypeError("city: expected a string, got " + type(city).__name__)

        address1 = d.pop("address1", UNSET)
        if not isinstance(address1, Unset) and not (isinstance(address1, str)):
            raise TypeError("address1: expected a string, got " + type(address1).__name__)

        address2 = d.pop("address2", UNSET)
        if not isinstance(address2, Unset) and not (isinstance(address2, str)):
            raise TypeError("address2: expected a string, got " + type(address2).__name__)

        zip_code = d.pop("zipCode", UNSET)
        if not isinstance(zip_code, Unset) and not (isinstance(zip_code, str)):
            raise TypeError("zipCode: expected a string, got " + type(zip_code).__name__)

        address = cls(
            region=region,
            state=state,
            city=city,
            address1=address1,
            address2=address2,
            zip_code=zip_code,
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
