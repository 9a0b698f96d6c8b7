from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionStateData")


@_attrs_define
class TransactionStateData:
    """Why the transaction reached its state ("Get transaction details", stateData; e.g. {"code": "CRD000",
    "message": "Approved"}). PXP lists the codes CRD000-CRD007 (approvals: Approved, Honour with
    identification, Approved for partial amount, Approved (VIP), ...), CRD100-CRD129 and CRD180-CRD185.

    """

    code: str | Unset = UNSET
    """ The state details code, e.g. CRD000. """
    message: str | Unset = UNSET
    """ The state details message, e.g. Approved. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if not isinstance(code, Unset) and not (isinstance(code, str)):
            raise TypeError("code: expected a string, got " + type(code).__name__)

        message = d.pop("message", UNSET)
        if not isinstance(message, Unset) and not (isinstance(message, str)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        transaction_state_data = cls(
            code=code,
            message=message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        transaction_state_data.additional_properties = additional_properties
        return transaction_state_data

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
