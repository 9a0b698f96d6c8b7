from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionSchemeInfo")


@_attrs_define
class SessionSchemeInfo:
    name: str | Unset = UNSET
    score: str | Unset = UNSET
    avalgo: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        score = self.score

        avalgo = self.avalgo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if score is not UNSET:
            field_dict["score"] = score
        if avalgo is not UNSET:
            field_dict["avalgo"] = avalgo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        score = d.pop("score", UNSET)
        if not isinstance(score, Unset) and not (isinstance(score, str)):
            raise TypeError("score: expected a string, got " + type(score).__name__)

        avalgo = d.pop("avalgo", UNSET)
        if not isinstance(avalgo, Unset) and not (isinstance(avalgo, str)):
            raise TypeError("avalgo: expected a string, got " + type(avalgo).__name__)

        session_scheme_info = cls(
            name=name,
            score=score,
            avalgo=avalgo,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_scheme_info.additional_properties = additional_properties
        return session_scheme_info

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
