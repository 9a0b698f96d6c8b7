from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NotifyAckResult")


@_attrs_define
class NotifyAckResult:
    """The fixed result of the merchant's acknowledgement."""

    result_code: Literal["SUCCESS"]
    result_status: Literal["S"]
    result_message: str
    """ Free text; Antom's pages use "success". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_code = self.result_code

        result_status = self.result_status

        result_message = self.result_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resultCode": result_code,
                "resultStatus": result_status,
                "resultMessage": result_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_code = cast(Literal["SUCCESS"], d.pop("resultCode"))
        if result_code != "SUCCESS":
            raise ValueError(f"resultCode must match const 'SUCCESS', got '{result_code}'")

        result_status = cast(Literal["S"], d.pop("resultStatus"))
        if result_status != "S":
            raise ValueError(f"resultStatus must match const 'S', got '{result_status}'")

        result_message = d.pop("resultMessage")
        if not (isinstance(result_message, str)):
            raise TypeError("resultMessage: expected a string, got " + type(result_message).__name__)

        notify_ack_result = cls(
            result_code=result_code,
            result_status=result_status,
            result_message=result_message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notify_ack_result.additional_properties = additional_properties
        return notify_ack_result

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
