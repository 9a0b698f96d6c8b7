from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_exemption_applied import SessionExemptionApplied
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionExemption")


@_attrs_define
class SessionExemption:
    """Exemption requested and applied."""

    requested: str | Unset = UNSET
    applied: SessionExemptionApplied | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested = self.requested

        applied: str | Unset = UNSET
        if not isinstance(self.applied, Unset):
            applied = self.applied.value

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requested is not UNSET:
            field_dict["requested"] = requested
        if applied is not UNSET:
            field_dict["applied"] = applied
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requested = d.pop("requested", UNSET)
        if not isinstance(requested, Unset) and not (isinstance(requested, str)):
            raise TypeError("requested: expected a string, got " + type(requested).__name__)

        _applied = d.pop("applied", UNSET)
        applied: SessionExemptionApplied | Unset
        if isinstance(_applied, Unset):
            applied = UNSET
        else:
            applied = SessionExemptionApplied(_applied)

        code = d.pop("code", UNSET)
        if not isinstance(code, Unset) and not (isinstance(code, str)):
            raise TypeError("code: expected a string, got " + type(code).__name__)

        session_exemption = cls(
            requested=requested,
            applied=applied,
            code=code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_exemption.additional_properties = additional_properties
        return session_exemption

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
