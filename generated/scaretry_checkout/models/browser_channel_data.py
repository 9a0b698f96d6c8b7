from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.three_ds_method_completion_value import ThreeDsMethodCompletionValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserChannelData")


@_attrs_define
class BrowserChannelData:
    """Browser data for 3DS2."""

    channel: Literal["browser"]
    accept_header: str
    java_enabled: bool
    language: str
    color_depth: str
    screen_height: str
    screen_width: str
    timezone: str
    """ UTC offset of the browser in minutes. """
    user_agent: str
    ip_address: str
    three_ds_method_completion: ThreeDsMethodCompletionValue | Unset = UNSET
    """ Y completed, N did not complete, U unavailable (no method URL, or no answer within 10 seconds). """
    javascript_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        accept_header = self.accept_header

        java_enabled = self.java_enabled

        language = self.language

        color_depth = self.color_depth

        screen_height = self.screen_height

        screen_width = self.screen_width

        timezone = self.timezone

        user_agent = self.user_agent

        ip_address = self.ip_address

        three_ds_method_completion: str | Unset = UNSET
        if not isinstance(self.three_ds_method_completion, Unset):
            three_ds_method_completion = self.three_ds_method_completion.value

        javascript_enabled = self.javascript_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "accept_header": accept_header,
                "java_enabled": java_enabled,
                "language": language,
                "color_depth": color_depth,
                "screen_height": screen_height,
                "screen_width": screen_width,
                "timezone": timezone,
                "user_agent": user_agent,
                "ip_address": ip_address,
            }
        )
        if three_ds_method_completion is not UNSET:
            field_dict["three_ds_method_completion"] = three_ds_method_completion
        if javascript_enabled is not UNSET:
            field_dict["javascript_enabled"] = javascript_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = cast(Literal["browser"], d.pop("channel"))
        if channel != "browser":
            raise ValueError(f"channel must match const 'browser', got '{channel}'")

        accept_header = d.pop("accept_header")
        if not (isinstance(accept_header, str)):
            raise TypeError("accept_header: expected a string, got " + type(accept_header).__name__)

        java_enabled = d.pop("java_enabled")
        if not (isinstance(java_enabled, bool)):
            raise TypeError("java_enabled: expected a boolean, got " + type(java_enabled).__name__)

        language = d.pop("language")
        if not (isinstance(language, str)):
            raise TypeError("language: expected a string, got " + type(language).__name__)

        color_depth = d.pop("color_depth")
        if not (isinstance(color_depth, str)):
            raise TypeError("color_depth: expected a string, got " + type(color_depth).__name__)

        screen_height = d.pop("screen_height")
        if not (isinstance(screen_height, str)):
            raise TypeError("screen_height: expected a string, got " + type(screen_height).__name__)

        screen_width = d.pop("screen_width")
        if not (isinstance(screen_width, str)):
            raise TypeError("screen_width: expected a string, got " + type(screen_width).__name__)

        timezone = d.pop("timezone")
        if not (isinstance(timezone, str)):
            raise TypeError("timezone: expected a string, got " + type(timezone).__name__)

        user_agent = d.pop("user_agent")
        if not (isinstance(user_agent, str)):
            raise TypeError("user_agent: expected a string, got " + type(user_agent).__name__)

        ip_address = d.pop("ip_address")
        if not (isinstance(ip_address, str)):
            raise TypeError("ip_address: expected a string, got " + type(ip_address).__name__)

        _three_ds_method_completion = d.pop("three_ds_method_completion", UNSET)
        three_ds_method_completion: ThreeDsMethodCompletionValue | Unset
        if isinstance(_three_ds_method_completion, Unset):
            three_ds_method_completion = UNSET
        else:
            three_ds_method_completion = ThreeDsMethodCompletionValue(_three_ds_method_completion)

        javascript_enabled = d.pop("javascript_enabled", UNSET)
        if not isinstance(javascript_enabled, Unset) and not (isinstance(javascript_enabled, bool)):
            raise TypeError("javascript_enabled: expected a boolean, got " + type(javascript_enabled).__name__)

        browser_channel_data = cls(
            channel=channel,
            accept_header=accept_header,
            java_enabled=java_enabled,
            language=language,
            color_depth=color_depth,
            screen_height=screen_height,
            screen_width=screen_width,
            timezone=timezone,
            user_agent=user_agent,
            ip_address=ip_address,
            three_ds_method_completion=three_ds_method_completion,
            javascript_enabled=javascript_enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        browser_channel_data.additional_properties = additional_properties
        return browser_channel_data

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
