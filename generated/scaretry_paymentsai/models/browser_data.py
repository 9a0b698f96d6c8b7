from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserData")


@_attrs_define
class BrowserData:
    """Browser facts for 3DS2; all but isAdBlockEnabled are required for 3DS2 by the guide."""

    color_depth: int | Unset = UNSET
    """ Screen colour depth in bits. """
    is_java_enabled: bool | Unset = UNSET
    language: str | Unset = UNSET
    """ Browser language, e.g. en-US. """
    screen_width: int | Unset = UNSET
    screen_height: int | Unset = UNSET
    time_zone_offset: int | Unset = UNSET
    """ UTC offset in minutes as the browser reports it (300 for UTC-5). """
    is_ad_block_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color_depth = self.color_depth

        is_java_enabled = self.is_java_enabled

        language = self.language

        screen_width = self.screen_width

        screen_height = self.screen_height

        time_zone_offset = self.time_zone_offset

        is_ad_block_enabled = self.is_ad_block_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color_depth is not UNSET:
            field_dict["colorDepth"] = color_depth
        if is_java_enabled is not UNSET:
            field_dict["isJavaEnabled"] = is_java_enabled
        if language is not UNSET:
            field_dict["language"] = language
        if screen_width is not UNSET:
            field_dict["screenWidth"] = screen_width
        if screen_height is not UNSET:
            field_dict["screenHeight"] = screen_height
        if time_zone_offset is not UNSET:
            field_dict["timeZoneOffset"] = time_zone_offset
        if is_ad_block_enabled is not UNSET:
            field_dict["isAdBlockEnabled"] = is_ad_block_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color_depth = d.pop("colorDepth", UNSET)
        if not isinstance(color_depth, Unset) and not (
            isinstance(color_depth, int) and not isinstance(color_depth, bool)
        ):
            raise TypeError("colorDepth: expected an integer, got " + type(color_depth).__name__)

        is_java_enabled = d.pop("isJavaEnabled", UNSET)
        if not isinstance(is_java_enabled, Unset) and not (isinstance(is_java_enabled, bool)):
            raise TypeError("isJavaEnabled: expected a boolean, got " + type(is_java_enabled).__name__)

        language = d.pop("language", UNSET)
        if not isinstance(language, Unset) and not (isinstance(language, str)):
            raise TypeError("language: expected a string, got " + type(language).__name__)

        screen_width = d.pop("screenWidth", UNSET)
        if not isinstance(screen_width, Unset) and not (
            isinstance(screen_width, int) and not isinstance(screen_width, bool)
        ):
            raise TypeError("screenWidth: expected an integer, got " + type(screen_width).__name__)

        screen_height = d.pop("screenHeight", UNSET)
        if not isinstance(screen_height, Unset) and not (
            isinstance(screen_height, int) and not isinstance(screen_height, bool)
        ):
            raise TypeError("screenHeight: expected an integer, got " + type(screen_height).__name__)

        time_zone_offset = d.pop("timeZoneOffset", UNSET)
        if not isinstance(time_zone_offset, Unset) and not (
            isinstance(time_zone_offset, int) and not isinstance(time_zone_offset, bool)
        ):
            raise TypeError("timeZoneOffset: expected an integer, got " + type(time_zone_offset).__name__)

        is_ad_block_enabled = d.pop("isAdBlockEnabled", UNSET)
        if not isinstance(is_ad_block_enabled, Unset) and not (isinstance(is_ad_block_enabled, bool)):
            raise TypeError("isAdBlockEnabled: expected a boolean, got " + type(is_ad_block_enabled).__name__)

        browser_data = cls(
            color_depth=color_depth,
            is_java_enabled=is_java_enabled,
            language=language,
            screen_width=screen_width,
            screen_height=screen_height,
            time_zone_offset=time_zone_offset,
            is_ad_block_enabled=is_ad_block_enabled,
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
