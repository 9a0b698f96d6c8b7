from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.three_ds_method_completion_value import ThreeDsMethodCompletionValue

T = TypeVar("T", bound="ThreeDsMethodCompletion")


@_attrs_define
class ThreeDsMethodCompletion:
    """Result of loading the issuer's 3DS Method URL."""

    three_ds_method_completion: ThreeDsMethodCompletionValue
    """ Y completed, N did not complete, U unavailable (no method URL, or no answer within 10 seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        three_ds_method_completion = self.three_ds_method_completion.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "three_ds_method_completion": three_ds_method_completion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        three_ds_method_completion = ThreeDsMethodCompletionValue(d.pop("three_ds_method_completion"))

        three_ds_method_completion_request = cls(
            three_ds_method_completion=three_ds_method_completion,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        three_ds_method_completion_request.additional_properties = additional_properties
        return three_ds_method_completion_request

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
