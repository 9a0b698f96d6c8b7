from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.antom_boolean_string import AntomBooleanString
from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserInfo")


@_attrs_define
class BrowserInfo:
    """Browser data forwarded to 3DS 2."""

    accept_header: str | Unset = UNSET
    java_enabled: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    java_script_enabled: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    language: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accept_header = self.accept_header

        java_enabled: bool | str | Unset
        if isinstance(self.java_enabled, Unset):
            java_enabled = UNSET
        elif isinstance(self.java_enabled, AntomBooleanString):
            java_enabled = self.java_enabled.value
        else:
            java_enabled = self.java_enabled

        java_script_enabled: bool | str | Unset
        if isinstance(self.java_script_enabled, Unset):
            java_script_enabled = UNSET
        elif isinstance(self.java_script_enabled, AntomBooleanString):
            java_script_enabled = self.java_script_enabled.value
        else:
            java_script_enabled = self.java_script_enabled

        language = self.language

        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accept_header is not UNSET:
            field_dict["acceptHeader"] = accept_header
        if java_enabled is not UNSET:
            field_dict["javaEnabled"] = java_enabled
        if java_script_enabled is not UNSET:
            field_dict["javaScriptEnabled"] = java_script_enabled
        if language is not UNSET:
            field_dict["language"] = language
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accept_header = d.pop("acceptHeader", UNSET)
        if not isinstance(accept_header, Unset) and not (isinstance(accept_header, str)):
            raise TypeError("acceptHeader: expected a string, got " + type(accept_header).__name__)

        def _parse_java_enabled(data: object) -> AntomBooleanString | bool | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                componentsschemas_antom_boolean_type_0 = data
                if not (isinstance(componentsschemas_antom_boolean_type_0, bool)):
                    raise TypeError(
                        "/components/schemas/AntomBoolean_type_0: expected a boolean, got "
                        + type(componentsschemas_antom_boolean_type_0).__name__
                    )

                return componentsschemas_antom_boolean_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_antom_boolean_type_1 = AntomBooleanString(data)

            return componentsschemas_antom_boolean_type_1

        java_enabled = _parse_java_enabled(d.pop("javaEnabled", UNSET))

        def _parse_java_script_enabled(data: object) -> AntomBooleanString | bool | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                componentsschemas_antom_boolean_type_0 = data
                if not (isinstance(componentsschemas_antom_boolean_type_0, bool)):
                    raise TypeError(
                        "/components/schemas/AntomBoolean_type_0: expected a boolean, got "
                        + type(componentsschemas_antom_boolean_type_0).__name__
                    )

                return componentsschemas_antom_boolean_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_antom_boolean_type_1 = AntomBooleanString(data)

            return componentsschemas_antom_boolean_type_1

        java_script_enabled = _parse_java_script_enabled(d.pop("javaScriptEnabled", UNSET))

        language = d.pop("language", UNSET)
        if not isinstance(language, Unset) and not (isinstance(language, str)):
            raise TypeError("language: expected a string, got " + type(language).__name__)

        user_agent = d.pop("userAgent", UNSET)
        if not isinstance(user_agent, Unset) and not (isinstance(user_agent, str)):
            raise TypeError("userAgent: expected a string, got " + type(user_agent).__name__)

        browser_info = cls(
            accept_header=accept_header,
            java_enabled=java_enabled,
            java_script_enabled=java_script_enabled,
            language=language,
            user_agent=user_agent,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        browser_info.additional_properties = additional_properties
        return browser_info

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
