from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.os_type import OsType
from ..models.terminal_type import TerminalType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_info import BrowserInfo


T = TypeVar("T", bound="Env")


@_attrs_define
class Env:
    """The buyer's environment. For CARD Antom asks for clientIp; the browser fields feed 3DS 2 and make a frictionless
    outcome more likely.

    """

    terminal_type: TerminalType | Unset = UNSET
    """ Kind of terminal the buyer pays from. """
    os_type: OsType | Unset = UNSET
    """ Operating system of the buyer's device; specify for WAP and APP terminals. """
    user_agent: str | Unset = UNSET
    device_token_id: str | Unset = UNSET
    """ Token from Antom's device-fingerprint client, when integrated. """
    client_ip: str | Unset = UNSET
    """ IP address of the buyer's device. """
    cookie_id: str | Unset = UNSET
    browser_info: BrowserInfo | Unset = UNSET
    """ Browser data forwarded to 3DS 2. """
    color_depth: int | str | Unset = UNSET
    """ An integer as Antom accepts it: a native JSON integer or a string of digits (optionally negative), the form
    Antom's pages ask for. """
    screen_height: int | str | Unset = UNSET
    """ An integer as Antom accepts it: a native JSON integer or a string of digits (optionally negative), the form
    Antom's pages ask for. """
    screen_width: int | str | Unset = UNSET
    """ An integer as Antom accepts it: a native JSON integer or a string of digits (optionally negative), the form
    Antom's pages ask for. """
    time_zone_offset: int | str | Unset = UNSET
    """ An integer as Antom accepts it: a native JSON integer or a string of digits (optionally negative), the form
    Antom's pages ask for. """
    device_brand: str | Unset = UNSET
    device_model: str | Unset = UNSET
    device_language: str | Unset = UNSET
    device_id: str | Unset = UNSET
    os_version: str | Unset = UNSET
    extend_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        terminal_type: str | Unset = UNSET
        if not isinstance(self.terminal_type, Unset):
            terminal_type = self.terminal_type.value

        os_type: str | Unset = UNSET
        if not isinstance(self.os_type, Unset):
            os_type = self.os_type.value

        user_agent = self.user_agent

        device_token_id = self.device_token_id

        client_ip = self.client_ip

        cookie_id = self.cookie_id

        browser_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser_info, Unset):
            browser_info = self.browser_info.to_dict()

        color_depth: int | str | Unset
        if isinstance(self.color_depth, Unset):
            color_depth = UNSET
        else:
            color_depth = self.color_depth

        screen_height: int | str | Unset
        if isinstance(self.screen_height, Unset):
            screen_height = UNSET
        else:
            screen_height = self.screen_height

        screen_width: int | str | Unset
        if isinstance(self.screen_width, Unset):
            screen_width = UNSET
        else:
            screen_width = self.screen_width

        time_zone_offset: int | str | Unset
        if isinstance(self.time_zone_offset, Unset):
            time_zone_offset = UNSET
        else:
            time_zone_offset = self.time_zone_offset

        device_brand = self.device_brand

        device_model = self.device_model

        device_language = self.device_language

        device_id = self.device_id

        os_version = self.os_version

        extend_info = self.extend_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if terminal_type is not UNSET:
            field_dict["terminalType"] = terminal_type
        if os_type is not UNSET:
            field_dict["osType"] = os_type
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if device_token_id is not UNSET:
            field_dict["deviceTokenId"] = device_token_id
        if client_ip is not UNSET:
            field_dict["clientIp"] = client_ip
        if cookie_id is not UNSET:
            field_dict["cookieId"] = cookie_id
        if browser_info is not UNSET:
            field_dict["browserInfo"] = browser_info
        if color_depth is not UNSET:
            field_dict["colorDepth"] = color_depth
        if screen_height is not UNSET:
            field_dict["screenHeight"] = screen_height
        if screen_width is not UNSET:
            field_dict["screenWidth"] = screen_width
        if time_zone_offset is not UNSET:
            field_dict["timeZoneOffset"] = time_zone_offset
        if device_brand is not UNSET:
            field_dict["deviceBrand"] = device_brand
        if device_model is not UNSET:
            field_dict["deviceModel"] = device_model
        if device_language is not UNSET:
            field_dict["deviceLanguage"] = device_language
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if os_version is not UNSET:
            field_dict["osVersion"] = os_version
        if extend_info is not UNSET:
            field_dict["extendInfo"] = extend_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.browser_info import BrowserInfo  # noqa: PLC0415

        d = dict(src_dict)
        _terminal_type = d.pop("terminalType", UNSET)
        terminal_type: TerminalType | Unset
        if isinstance(_terminal_type, Unset):
            terminal_type = UNSET
        else:
            terminal_type = TerminalType(_terminal_type)

        _os_type = d.pop("osType", UNSET)
        os_type: OsType | Unset
        if isinstance(_os_type, Unset):
            os_type = UNSET
        else:
            os_type = OsType(_os_type)

        user_agent = d.pop("userAgent", UNSET)
        if not isinstance(user_agent, Unset) and not (isinstance(user_agent, str)):
            raise TypeError("userAgent: expected a string, got " + type(user_agent).__name__)

        device_token_id = d.pop("deviceTokenId", UNSET)
        if not isinstance(device_token_id, Unset) and not (isinstance(device_token_id, str)):
            raise TypeError("deviceTokenId: expected a string, got " + type(device_token_id).__name__)

        client_ip = d.pop("clientIp", UNSET)
        if not isinstance(client_ip, Unset) and not (isinstance(client_ip, str)):
            raise TypeError("clientIp: expected a string, got " + type(client_ip).__name__)

        cookie_id = d.pop("cookieId", UNSET)
        if not isinstance(cookie_id, Unset) and not (isinstance(cookie_id, str)):
            raise TypeError("cookieId: expected a string, got " + type(cookie_id).__name__)

        _browser_info = d.pop("browserInfo", UNSET)
        browser_info: BrowserInfo | Unset
        if isinstance(_browser_info, Unset):
            browser_info = UNSET
        else:
            browser_info = BrowserInfo.from_dict(_browser_info)

        def _parse_color_depth(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int) and not isinstance(data, bool):
                    raise TypeError()
                componentsschemas_antom_integer_type_0 = data
                if not (
                    isinstance(componentsschemas_antom_integer_type_0, int)
                    and not isinstance(componentsschemas_antom_integer_type_0, bool)
                ):
                    raise TypeError(
                        "/components/schemas/AntomInteger_type_0: expected an integer, got "
                        + type(componentsschemas_antom_integer_type_0).__name__
                    )

                return componentsschemas_antom_integer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_antom_integer_type_1 = data
            if not (isinstance(componentsschemas_antom_integer_type_1, str)):
                raise TypeError(
                    "/components/schemas/AntomInteger_type_1: expected a string, got "
                    + type(componentsschemas_antom_integer_type_1).__name__
                )

            return componentsschemas_antom_integer_type_1

        color_depth = _parse_color_depth(d.pop("colorDepth", UNSET))

        def _parse_screen_height(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int) and not isinstance(data, bool):
                    raise TypeError()
                componentsschemas_antom_integer_type_0 = data
                if not (
                    isinstance(componentsschemas_antom_integer_type_0, int)
                    and not isinstance(componentsschemas_antom_integer_type_0, bool)
                ):
                    raise TypeError(
                        "/components/schemas/AntomInteger_type_0: expected an integer, got "
                        + type(componentsschemas_antom_integer_type_0).__name__
                    )

                return componentsschemas_antom_integer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_antom_integer_type_1 = data
            if not (isinstance(componentsschemas_antom_integer_type_1, str)):
                raise TypeError(
                    "/components/schemas/AntomInteger_type_1: expected a string, got "
                    + type(componentsschemas_antom_integer_type_1).__name__
                )

            return componentsschemas_antom_integer_type_1

        screen_height = _parse_screen_height(d.pop("screenHeight", UNSET))

        def _parse_screen_width(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int) and not isinstance(data, bool):
                    raise TypeError()
                componentsschemas_antom_integer_type_0 = data
                if not (
                    isinstance(componentsschemas_antom_integer_type_0, int)
                    and not isinstance(componentsschemas_antom_integer_type_0, bool)
                ):
                    raise TypeError(
                        "/components/schemas/AntomInteger_type_0: expected an integer, got "
                        + type(componentsschemas_antom_integer_type_0).__name__
                    )

                return componentsschemas_antom_integer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_antom_integer_type_1 = data
            if not (isinstance(componentsschemas_antom_integer_type_1, str)):
                raise TypeError(
                    "/components/schemas/AntomInteger_type_1: expected a string, got "
                    + type(componentsschemas_antom_integer_type_1).__name__
                )

            return componentsschemas_antom_integer_type_1

        screen_width = _parse_screen_width(d.pop("screenWidth", UNSET))

        def _parse_time_zone_offset(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int) and not isinstance(data, bool):
                    raise TypeError()
                componentsschemas_antom_integer_type_0 = data
                if not (
                    isinstance(componentsschemas_antom_integer_type_0, int)
                    and not isinstance(componentsschemas_antom_integer_type_0, bool)
                ):
                    raise TypeError(
                        "/components/schemas/AntomInteger_type_0: expected an integer, got "
                        + type(componentsschemas_antom_integer_type_0).__name__
                    )

                return componentsschemas_antom_integer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_antom_integer_type_1 = data
            if not (isinstance(componentsschemas_antom_integer_type_1, str)):
                raise TypeError(
                    "/components/schemas/AntomInteger_type_1: expected a string, got "
                    + type(componentsschemas_antom_integer_type_1).__name__
                )

            return componentsschemas_antom_integer_type_1

        time_zone_offset = _parse_time_zone_offset(d.pop("timeZoneOffset", UNSET))

        device_brand = d.pop("deviceBrand", UNSET)
        if not isinstance(device_brand, Unset) and not (isinstance(device_brand, str)):
            raise TypeError("deviceBrand: expected a string, got " + type(device_brand).__name__)

        device_model = d.pop("deviceModel", UNSET)
        if not isinstance(device_model, Unset) and not (isinstance(device_model, str)):
            raise TypeError("deviceModel: expected a string, got " + type(device_model).__name__)

        device_language = d.pop("deviceLanguage", UNSET)
        if not isinstance(device_language, Unset) and not (isinstance(device_language, str)):
            raise TypeError("deviceLanguage: expected a string, got " + type(device_language).__name__)

        device_id = d.pop("deviceId", UNSET)
        if not isinstance(device_id, Unset) and not (isinstance(device_id, str)):
            raise TypeError("deviceId: expected a string, got " + type(device_id).__name__)

        os_version = d.pop("osVersion", UNSET)
        if not isinstance(os_version, Unset) and not (isinstance(os_version, str)):
            raise TypeError("osVersion: expected a string, got " + type(os_version).__name__)

        extend_info = d.pop("extendInfo", UNSET)
        if not isinstance(extend_info, Unset) and not (isinstance(extend_info, str)):
            raise TypeError("extendInfo: expected a string, got " + type(extend_info).__name__)

        env = cls(
            terminal_type=terminal_type,
            os_type=os_type,
            user_agent=user_agent,
            device_token_id=device_token_id,
            client_ip=client_ip,
            cookie_id=cookie_id,
            browser_info=browser_info,
            color_depth=color_depth,
            screen_height=screen_height,
            screen_width=screen_width,
            time_zone_offset=time_zone_offset,
            device_brand=device_brand,
            device_model=device_model,
            device_language=device_language,
            device_id=device_id,
            os_version=os_version,
            extend_info=extend_info,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        env.additional_properties = additional_properties
        return env

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
