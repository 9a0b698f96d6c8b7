from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskResult")


@_attrs_define
class RiskResult:
    """Risk assessment result."""

    flagged: bool | Unset = UNSET
    score: int | Unset = UNSET
    """ Risk score (newer accounts). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flagged = self.flagged

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flagged = d.pop("flagged", UNSET)
        if not isinstance(flagged, Unset) and not (isinstance(flagged, bool)):
            raise TypeError("flagged: expected a boolean, got " + type(flagged).__name__)

        score = d.pop("score", UNSET)
        if not isinstance(score, Unset) and not (isinstance(score, int) and not isinstance(score, bool)):
            raise TypeError("score: expected an integer, got " + type(score).__name__)

        risk_result = cls(
            flagged=flagged,
            score=score,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        risk_result.additional_properties = additional_properties
        return risk_result

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
