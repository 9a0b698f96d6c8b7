from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_channel_data_sdk_interface_type import AppChannelDataSdkInterfaceType
from ..models.app_channel_data_sdk_ui_elements_item import AppChannelDataSdkUiElementsItem

if TYPE_CHECKING:
    from ..models.app_channel_data_sdk_ephem_pub_key import AppChannelDataSdkEphemPubKey


T = TypeVar("T", bound="AppChannelData")


@_attrs_define
class AppChannelData:
    """3DS SDK data for in-app authentication."""

    channel: Literal["app"]
    sdk_app_id: str
    sdk_max_timeout: int
    """ Maximum time in minutes for all exchanges. """
    sdk_ephem_pub_key: AppChannelDataSdkEphemPubKey
    """ Public part of the SDK's ephemeral key pair (JWK). """
    sdk_reference_number: str
    sdk_encrypted_data: str
    """ JWE (compact serialization) with device data for the DS. """
    sdk_transaction_id: str
    sdk_interface_type: AppChannelDataSdkInterfaceType
    sdk_ui_elements: list[AppChannelDataSdkUiElementsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        sdk_app_id = self.sdk_app_id

        sdk_max_timeout = self.sdk_max_timeout

        sdk_ephem_pub_key = self.sdk_ephem_pub_key.to_dict()

        sdk_reference_number = self.sdk_reference_number

        sdk_encrypted_data = self.sdk_encrypted_data

        sdk_transaction_id = self.sdk_transaction_id

        sdk_interface_type = self.sdk_interface_type.value

        sdk_ui_elements = []
        for sdk_ui_elements_item_data in self.sdk_ui_elements:
            sdk_ui_elements_item = sdk_ui_elements_item_data.value
            sdk_ui_elements.append(sdk_ui_elements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "sdk_app_id": sdk_app_id,
                "sdk_max_timeout": sdk_max_timeout,
                "sdk_ephem_pub_key": sdk_ephem_pub_key,
                "sdk_reference_number": sdk_reference_number,
                "sdk_encrypted_data": sdk_encrypted_data,
                "sdk_transaction_id": sdk_transaction_id,
                "sdk_interface_type": sdk_interface_type,
                "sdk_ui_elements": sdk_ui_elements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_channel_data_sdk_ephem_pub_key import AppChannelDataSdkEphemPubKey  # noqa: PLC0415

        d = dict(src_dict)
        channel = cast(Literal["app"], d.pop("channel"))
        if channel != "app":
            raise ValueError(f"channel must match const 'app', got '{channel}'")

        sdk_app_id = d.pop("sdk_app_id")
        if not (isinstance(sdk_app_id, str)):
            raise TypeError("sdk_app_id: expected a string, got " + type(sdk_app_id).__name__)

        sdk_max_timeout = d.pop("sdk_max_timeout")
        if not (isinstance(sdk_max_timeout, int) and not isinstance(sdk_max_timeout, bool)):
            raise TypeError("sdk_max_timeout: expected an integer, got " + type(sdk_max_timeout).__name__)

        sdk_ephem_pub_key = AppChannelDataSdkEphemPubKey.from_dict(d.pop("sdk_ephem_pub_key"))

        sdk_reference_number = d.pop("sdk_reference_number")
        if not (isinstance(sdk_reference_number, str)):
            raise TypeError("sdk_reference_number: expected a string, got " + type(sdk_reference_number).__name__)

        sdk_encrypted_data = d.pop("sdk_encrypted_data")
        if not (isinstance(sdk_encrypted_data, str)):
            raise TypeError("sdk_encrypted_data: expected a string, got " + type(sdk_encrypted_data).__name__)

        sdk_transaction_id = d.pop("sdk_transaction_id")
        if not (isinstance(sdk_transaction_id, str)):
            raise TypeError("sdk_transaction_id: expected a string, got " + type(sdk_transaction_id).__name__)

        sdk_interface_type = AppChannelDataSdkInterfaceType(d.pop("sdk_interface_type"))

        sdk_ui_elements = []
        _sdk_ui_elements = d.pop("sdk_ui_elements")
        for sdk_ui_elements_item_data in _sdk_ui_elements:
            sdk_ui_elements_item = AppChannelDataSdkUiElementsItem(sdk_ui_elements_item_data)

            sdk_ui_elements.append(sdk_ui_elements_item)

        app_channel_data = cls(
            channel=channel,
            sdk_app_id=sdk_app_id,
            sdk_max_timeout=sdk_max_timeout,
            sdk_ephem_pub_key=sdk_ephem_pub_key,
            sdk_reference_number=sdk_reference_number,
            sdk_encrypted_data=sdk_encrypted_data,
            sdk_transaction_id=sdk_transaction_id,
            sdk_interface_type=sdk_interface_type,
            sdk_ui_elements=sdk_ui_elements,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        app_channel_data.additional_properties = additional_properties
        return app_channel_data

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
