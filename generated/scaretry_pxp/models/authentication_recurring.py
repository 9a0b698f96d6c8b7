from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticationRecurring")


@_attrs_define
class AuthenticationRecurring:
    """Recurring details for the authentication."""

    expiration_date: str | Unset = UNSET
    """ Date after which no further recurring payments occur, ISO 8601 date-time (e.g. 2030-12-31T23:59:59Z). """
    frequency_in_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration_date = self.expiration_date

        frequency_in_days = self.frequency_in_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if frequency_in_days is not UNSET:
            field_dict["frequencyInDays"] = frequency_in_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expiration_date = d.pop("expirationDate", UNSET)
        if not isinstance(expiration_date, Unset) and not (isinstance(expiration_date, str)):
            raise TypeError("expirationDate: expected a string, got " + type(expiration_date).__name__)

        frequency_in_days = d.pop("frequencyInDays", UNSET)
        if not isinstance(frequency_in_days, Unset) and not (
            isinstance(frequency_in_days, int) and not isinstance(frequency_in_days, bool)
        ):
            raise TypeError("frequencyInDays: expected an integer, got " + type(frequency_in_days).__name__)

        authentication_recurring = cls(
            expiration_date=expiration_date,
            frequency_in_days=frequency_in_days,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        authentication_recurring.additional_properties = additional_properties
        return authentication_recurring

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
