from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.merchant_initiated_channel_data_request_type import MerchantInitiatedChannelDataRequestType

T = TypeVar("T", bound="MerchantInitiatedChannelData")


@_attrs_define
class MerchantInitiatedChannelData:
    """A merchant-initiated (3RI) authentication, with no cardholder present."""

    channel: Literal["merchant_initiated"]
    request_type: MerchantInitiatedChannelDataRequestType
    """ Why the merchant authenticates without the cardholder. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        request_type = self.request_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "request_type": request_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = cast(Literal["merchant_initiated"], d.pop("channel"))
        if channel != "merchant_initiated":
            raise ValueError(f"channel must match const 'merchant_initiated', got '{channel}'")

        request_type = MerchantInitiatedChannelDataRequestType(d.pop("request_type"))

        merchant_initiated_channel_data = cls(
            channel=channel,
            request_type=request_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        merchant_initiated_channel_data.additional_properties = additional_properties
        return merchant_initiated_channel_data

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
