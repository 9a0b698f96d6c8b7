from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedCompletion")


@_attrs_define
class HostedCompletion:
    """Checkout.com hosts the 3DS pages and redirects the cardholder to success_url or failure_url."""

    type_: Literal["hosted"]
    success_url: str
    failure_url: str
    callback_url: str | Unset = UNSET
    """ Optional URL that also receives the result. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        success_url = self.success_url

        failure_url = self.failure_url

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "success_url": success_url,
                "failure_url": failure_url,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["hosted"], d.pop("type"))
        if type_ != "hosted":
            raise ValueError(f"type must match const 'hosted', got '{type_}'")

        success_url = d.pop("success_url")
        if not (isinstance(success_url, str)):
            raise TypeError("success_url: expected a string, got " + type(success_url).__name__)

        failure_url = d.pop("failure_url")
        if not (isinstance(failure_url, str)):
            raise TypeError("failure_url: expected a string, got " + type(failure_url).__name__)

        callback_url = d.pop("callback_url", UNSET)
        if not isinstance(callback_url, Unset) and not (isinstance(callback_url, str)):
            raise TypeError("callback_url: expected a string, got " + type(callback_url).__name__)

        hosted_completion = cls(
            type_=type_,
            success_url=success_url,
            failure_url=failure_url,
            callback_url=callback_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        hosted_completion.additional_properties = additional_properties
        return hosted_completion

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
