from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_data import BrowserData
    from ..models.risk_extra_data import RiskExtraData
    from ..models.risk_metadata_http_headers import RiskMetadataHttpHeaders


T = TypeVar("T", bound="RiskMetadata")


@_attrs_define
class RiskMetadata:
    """Customer and device signals the issuer uses to decide between frictionless and challenge."""

    ip_address: str | Unset = UNSET
    """ The customer's IP at checkout (not the server's). """
    fingerprint: str | Unset = UNSET
    """ Client-side device fingerprint, stable across a returning customer's sessions. """
    http_headers: RiskMetadataHttpHeaders | Unset = UNSET
    """ The customer's browser request headers, e.g. Accept. """
    browser_data: BrowserData | Unset = UNSET
    """ Browser facts for 3DS2; all but isAdBlockEnabled are required for 3DS2 by the guide. """
    extra_data: RiskExtraData | Unset = UNSET
    """ Session ids of third-party fraud tools. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address = self.ip_address

        fingerprint = self.fingerprint

        http_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_headers, Unset):
            http_headers = self.http_headers.to_dict()

        browser_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser_data, Unset):
            browser_data = self.browser_data.to_dict()

        extra_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_data, Unset):
            extra_data = self.extra_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if http_headers is not UNSET:
            field_dict["httpHeaders"] = http_headers
        if browser_data is not UNSET:
            field_dict["browserData"] = browser_data
        if extra_data is not UNSET:
            field_dict["extraData"] = extra_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.browser_data import BrowserData  # noqa: PLC0415
        from ..models.risk_extra_data import RiskExtraData  # noqa: PLC0415
        from ..models.risk_metadata_http_headers import RiskMetadataHttpHeaders  # noqa: PLC0415

        d = dict(src_dict)
        ip_address = d.pop("ipAddress", UNSET)
        if not isinstance(ip_address, Unset) and not (isinstance(ip_address, str)):
            raise TypeError("ipAddress: expected a string, got " + type(ip_address).__name__)

        fingerprint = d.pop("fingerprint", UNSET)
        if not isinstance(fingerprint, Unset) and not (isinstance(fingerprint, str)):
            raise TypeError("fingerprint: expected a string, got " + type(fingerprint).__name__)

        _http_headers = d.pop("httpHeaders", UNSET)
        http_headers: RiskMetadataHttpHeaders | Unset
        if isinstance(_http_headers, Unset):
            http_headers = UNSET
        else:
            http_headers = RiskMetadataHttpHeaders.from_dict(_http_headers)

        _browser_data = d.pop("browserData", UNSET)
        browser_data: BrowserData | Unset
        if isinstance(_browser_data, Unset):
            browser_data = UNSET
        else:
            browser_data = BrowserData.from_dict(_browser_data)

        _extra_data = d.pop("extraData", UNSET)
        extra_data: RiskExtraData | Unset
        if isinstance(_extra_data, Unset):
            extra_data = UNSET
        else:
            extra_data = RiskExtraData.from_dict(_extra_data)

        risk_metadata = cls(
            ip_address=ip_address,
            fingerprint=fingerprint,
            http_headers=http_headers,
            browser_data=browser_data,
            extra_data=extra_data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        risk_metadata.additional_properties = additional_properties
        return risk_metadata

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
