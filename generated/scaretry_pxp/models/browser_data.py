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
        if not (isinstance(accept_header, str)):
            raise TypeError("acceptHeader: expected a string, got " + type(accept_header).__name__)

        java_script_enabled = d.pop("javaScriptEnabled")
        if not (isinstance(java_script_enabled, bool)):
            raise TypeError("javaScriptEnabled: expected a boolean, got " + type(java_script_enabled).__name__)

        language = d.pop("language")
        if not (isinstance(language, str)):
            raise TypeError("language: expected a string, got " + type(language).__name__)

        user_agent = d.pop("userAgent")
        if not (isinstance(user_agent, str)):
            raise TypeError("userAgent: expected a string, got " + type(user_agent).__name__)

        color_depth = d.pop("colorDepth", UNSET)
        if not isinstance(color_depth, Unset) and not (
            isinstance(color_depth, int) and not isinstance(color_depth, bool)
        ):
            raise TypeError("colorDepth: expected an integer, got " + type(color_depth).__name__)

        ip_address = d.pop("ipAddress", UNSET)
        if not isinstance(ip_address, Unset) and not (isinstance(ip_address, str)):
            raise TypeError("ipAddress: expected a string, got " + type(ip_address).__name__)

        java_enabled = d.pop("javaEnabled", UNSET)
        if not isinstance(java_enabled, Unset) and not (isinstance(java_enabled, bool)):
            raise TypeError("javaEnabled: expected a boolean, got " + type(java_enabled).__name__)

        screen_height = d.pop("screenHeight", UNSET)
        if not isinstance(screen_height, Unset) and not (
            isinstance(screen_height, int) and not isinstance(screen_height, bool)
        ):
            raise TypeError("screenHeight: expected an integer, got " + type(screen_height).__name__)

        screen_width = d.pop("screenWidth", UNSET)
        if not isinstance(screen_width, Unset) and not (
            isinstance(screen_width, int) and not isinstance(screen_width, bool)
        ):
            raise TypeError("screenWidth: expected an integer, got " + type(screen_width).__name__)

        time_zone_offset_in_minutes = d.pop("timeZoneOffsetInMinutes", UNSET)
        if not isinstance(time_zone_offset_in_minutes, Unset) and not (
            isinstance(time_zone_offset_in_minutes, int) and not isinstance(time_zone_offset_in_minutes, bool)
        ):
            raise TypeError(
                "timeZoneOffsetInMinutes: expected an integer, got " + type(time_zone_offset_in_minutes).__name__
            )

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        browser_data.additional_properties = additional_properties
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
