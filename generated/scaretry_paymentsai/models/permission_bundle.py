from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PermissionBundle")


@_attrs_define
class PermissionBundle:
    """What the merchant may do next with the transaction."""

    is_refundable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_refundable = self.is_refundable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_refundable is not UNSET:
            field_dict["isRefundable"] = is_refundable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_refundable = d.pop("isRefundable", UNSET)
        if not isinstance(is_refundable, Unset) and not (isinstance(is_refundable, bool)):
            raise TypeError("isRefundable: expected a boolean, got " + type(is_refundable).__name__)

        permission_bundle = cls(
            is_refundable=is_refundable,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        permission_bundle.additional_properties = additional_properties
        return permission_bundle

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
