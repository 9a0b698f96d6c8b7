from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserData")


@_attrs_define
class BrowserData:
    """The cardholder's browser as seen by the merchant's page; required for a browser-based authentication."""

    accept_header: str
    java_script_enabled: bool
    language: str
    """ Browser language (IETF BCP 47), e.g. en-GB. """
    user_agent: str
    color_depth: int | Unset = UNSET
    """ Screen colour depth in bits. """
    ip_address: str | Unset = UNSET
    java_enabled: bool | Unset = UNSET
    screen_height: int | Unset = UNSET
    screen_width: int | Unset = UNSET
    time_zone_offset_in_minutes: int | Unset = UNSET
    """ Offset from UTC in minutes, as the browser reports it (getTimezoneOffset). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accept_header = self.accept_header

        java_script_enabled = self.java_script_enabled

        language = self.language

        user_agent = self.user_agent

        color_depth = self.color_depth

        ip_address = self.ip_address

        java_enabled = self.java_enabled

        screen_height = self.screen_height

        screen_width = self.screen_width

        time_zone_offset_in_minutes = self.time_zone_offset_in_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acceptHeader": accept_header,
                "javaScriptEnabled": java_script_enabled,
                "language": language,
                "userAgent": user_agent,
            }
        )
        if color_depth is not UNSET:
            field_dict["colorDepth"] = color_depth
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if java_enabled is not UNSET:
            field_dict["javaEnabled"] = java_enabled
        if screen_height is not UNSET:
            field_dict["screenHeight"] = screen_height
        if screen_width is not UNSET:
            field_dict["screenWidth"] = screen_width
        if time_zone_offset_in_minutes is not UNSET:
            field_dict["timeZoneOffsetInMinutes"] = time_zone_offset_in_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accept_header = d.pop("acceptHeader")

        java_script_enabled = d.pop("javaScriptEnabled")

        language = d.pop("language")

        user_agent = d.pop("userAgent")

        color_depth = d.pop("colorDepth", UNSET)

        ip_address = d.pop("ipAddress", UNSET)

        java_enabled = d.pop("javaEnabled", UNSET)

        screen_height = d.pop("screenHeight", UNSET)

        screen_width = d.pop("screenWidth", UNSET)

        time_zone_offset_in_minutes = d.pop("timeZoneOffsetInMinutes", UNSET)

        browser_data = cls(
            accept_header=accept_header,
            java_script_enabled=java_script_enabled,
            language=language,
            user_agent=user_agent,
            color_depth=color_depth,
            ip_address=ip_address,
            java_enabled=java_enabled,
            screen_height=screen_height,
            screen_width=screen_width,
            time_zone_offset_in_minutes=time_zone_offset_in_minutes,
        )

        browser_data.additional_properties = d
        return browser_data

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
