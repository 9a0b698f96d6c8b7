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

        state = d.pop("state", UNSET)

        city = d.pop("city", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        address = cls(
            region=region,
            state=state,
            city=city,
            address1=address1,
            address2=address2,
            zip_code=zip_code,
        )

        address.additional_properties = d
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
