from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserName")


@_attrs_define
class UserName:
    """A person's name."""

    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)
        if not isinstance(first_name, Unset) and not (isinstance(first_name, str)):
            raise TypeError("firstName: expected a string, got " + type(first_name).__name__)

        middle_name = d.pop("middleName", UNSET)
        if not isinstance(middle_name, Unset) and not (isinstance(middle_name, str)):
            raise TypeError("middleName: expected a string, got " + type(middle_name).__name__)

        last_name = d.pop("lastName", UNSET)
        if not isinstance(last_name, Unset) and not (isinstance(last_name, str)):
            raise TypeError("lastName: expected a string, got " + type(last_name).__name__)

        full_name = d.pop("fullName", UNSET)
        if not isinstance(full_name, Unset) and not (isinstance(full_name, str)):
            raise TypeError("fullName: expected a string, got " + type(full_name).__name__)

        user_name = cls(
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            full_name=full_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_name.additional_properties = additional_properties
        return user_name

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
