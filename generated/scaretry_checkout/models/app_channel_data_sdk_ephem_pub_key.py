from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_channel_data_sdk_ephem_pub_key_kty import AppChannelDataSdkEphemPubKeyKty
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppChannelDataSdkEphemPubKey")


@_attrs_define
class AppChannelDataSdkEphemPubKey:
    """Public part of the SDK's ephemeral key pair (JWK)."""

    kty: AppChannelDataSdkEphemPubKeyKty | Unset = UNSET
    crv: str | Unset = UNSET
    x: str | Unset = UNSET
    y: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kty: str | Unset = UNSET
        if not isinstance(self.kty, Unset):
            kty = self.kty.value

        crv = self.crv

        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kty is not UNSET:
            field_dict["kty"] = kty
        if crv is not UNSET:
            field_dict["crv"] = crv
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _kty = d.pop("kty", UNSET)
        kty: AppChannelDataSdkEphemPubKeyKty | Unset
        if isinstance(_kty, Unset):
            kty = UNSET
        else:
            kty = AppChannelDataSdkEphemPubKeyKty(_kty)

        crv = d.pop("crv", UNSET)
        if not isinstance(crv, Unset) and not (isinstance(crv, str)):
            raise TypeError("crv: expected a string, got " + type(crv).__name__)

        x = d.pop("x", UNSET)
        if not isinstance(x, Unset) and not (isinstance(x, str)):
            raise TypeError("x: expected a string, got " + type(x).__name__)

        y = d.pop("y", UNSET)
        if not isinstance(y, Unset) and not (isinstance(y, str)):
            raise TypeError("y: expected a string, got " + type(y).__name__)

        app_channel_data_sdk_ephem_pub_key = cls(
            kty=kty,
            crv=crv,
            x=x,
            y=y,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        app_channel_data_sdk_ephem_pub_key.additional_properties = additional_properties
        return app_channel_data_sdk_ephem_pub_key

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
