from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ThreeDSRequestStandalone")


@_attrs_define
class ThreeDSRequestStandalone:
    """Use the result of a finished Sessions authentication."""

    enabled: Literal[True]
    """ Always true for this variant (boolean; written without `type` so the generated parser enforces the
    constant). """
    authentication_id: str
    """ The session id of an `approved` or `attempted` session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        authentication_id = self.authentication_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "authentication_id": authentication_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = cast(Literal[True], d.pop("enabled"))
        if enabled != True:
            raise ValueError(f"enabled must match const True, got '{enabled}'")

        authentication_id = d.pop("authentication_id")
        if not (isinstance(authentication_id, str)):
            raise TypeError("authentication_id: expected a string, got " + type(authentication_id).__name__)

        three_ds_request_standalone = cls(
            enabled=enabled,
            authentication_id=authentication_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        three_ds_request_standalone.additional_properties = additional_properties
        return three_ds_request_standalone

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
