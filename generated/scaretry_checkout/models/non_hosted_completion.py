from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NonHostedCompletion")


@_attrs_define
class NonHostedCompletion:
    """The merchant drives the flow; Checkout.com POSTs the result to callback_url when the session is completed."""

    type_: Literal["non_hosted"]
    callback_url: str
    challenge_notification_url: str | Unset = UNSET
    """ Where the ACS posts the challenge result (browser challenges). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        callback_url = self.callback_url

        challenge_notification_url = self.challenge_notification_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "callback_url": callback_url,
            }
        )
        if challenge_notification_url is not UNSET:
            field_dict["challenge_notification_url"] = challenge_notification_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["non_hosted"], d.pop("type"))
        if type_ != "non_hosted":
            raise ValueError(f"type must match const 'non_hosted', got '{type_}'")

        callback_url = d.pop("callback_url")
        if not (isinstance(callback_url, str)):
            raise TypeError("callback_url: expected a string, got " + type(callback_url).__name__)

        challenge_notification_url = d.pop("challenge_notification_url", UNSET)
        if not isinstance(challenge_notification_url, Unset) and not (isinstance(challenge_notification_url, str)):
            raise TypeError(
                "challenge_notification_url: expected a string, got " + type(challenge_notification_url).__name__
            )

        non_hosted_completion = cls(
            type_=type_,
            callback_url=callback_url,
            challenge_notification_url=challenge_notification_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        non_hosted_completion.additional_properties = additional_properties
        return non_hosted_completion

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
