from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PspCustomerInfo")


@_attrs_define
class PspCustomerInfo:
    """Wallet (Alipay+) customer details."""

    psp_name: str | Unset = UNSET
    psp_customer_id: str | Unset = UNSET
    display_customer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        psp_name = self.psp_name

        psp_customer_id = self.psp_customer_id

        display_customer_id = self.display_customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if psp_name is not UNSET:
            field_dict["pspName"] = psp_name
        if psp_customer_id is not UNSET:
            field_dict["pspCustomerId"] = psp_customer_id
        if display_customer_id is not UNSET:
            field_dict["displayCustomerId"] = display_customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        psp_name = d.pop("pspName", UNSET)
        if not isinstance(psp_name, Unset) and not (isinstance(psp_name, str)):
            raise TypeError("pspName: expected a string, got " + type(psp_name).__name__)

        psp_customer_id = d.pop("pspCustomerId", UNSET)
        if not isinstance(psp_customer_id, Unset) and not (isinstance(psp_customer_id, str)):
            raise TypeError("pspCustomerId: expected a string, got " + type(psp_customer_id).__name__)

        display_customer_id = d.pop("displayCustomerId", UNSET)
        if not isinstance(display_customer_id, Unset) and not (isinstance(display_customer_id, str)):
            raise TypeError("displayCustomerId: expected a string, got " + type(display_customer_id).__name__)

        psp_customer_info = cls(
            psp_name=psp_name,
            psp_customer_id=psp_customer_id,
            display_customer_id=display_customer_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        psp_customer_info.additional_properties = additional_properties
        return psp_customer_info

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
