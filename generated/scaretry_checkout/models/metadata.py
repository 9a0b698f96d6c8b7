from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Metadata")


@_attrs_define
class Metadata:
    """Flat key-value pairs attached to the payment (one level only; values are primitives). `udf1`…`udf5` are reporting
    fields.

    """

    additional_properties: dict[str, bool | float | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> bool | float | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    additional_property_type_0 = data
                    if not (isinstance(additional_property_type_0, str)):
                        raise TypeError(
                            "AdditionalProperty_type_0: expected a string, got "
                            + type(additional_property_type_0).__name__
                        )

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, (int, float)) and not isinstance(data, bool):
                        raise TypeError()
                    additional_property_type_1 = data
                    if not (
                        isinstance(additional_property_type_1, (int, float))
                        and not isinstance(additional_property_type_1, bool)
                    ):
                        raise TypeError(
                            "AdditionalProperty_type_1: expected a number, got "
                            + type(additional_property_type_1).__name__
                        )

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, bool):
                    raise TypeError()
                additional_property_type_2 = data
                if not (isinstance(additional_property_type_2, bool)):
                    raise TypeError(
                        "AdditionalProperty_type_2: expected a boolean, got "
                        + type(additional_property_type_2).__name__
                    )

                return additional_property_type_2

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        metadata.additional_properties = additional_properties
        return metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
