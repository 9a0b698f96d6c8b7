from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventOwner")


@_attrs_define
class EventOwner:
    """Merchant group, merchant and site the event belongs to."""

    merchant_group: None | str | Unset = UNSET
    merchant: None | str | Unset = UNSET
    site: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_group: None | str | Unset
        if isinstance(self.merchant_group, Unset):
            merchant_group = UNSET
        else:
            merchant_group = self.merchant_group

        merchant: None | str | Unset
        if isinstance(self.merchant, Unset):
            merchant = UNSET
        else:
            merchant = self.merchant

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merchant_group is not UNSET:
            field_dict["merchantGroup"] = merchant_group
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_merchant_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merchant_group_type_0 = data
                if not (isinstance(merchant_group_type_0, str)):
                    raise TypeError(
                        "merchantGroup_type_0: expected a string, got " + type(merchant_group_type_0).__name__
                    )

                return merchant_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            merchant_group_type_1 = data

            return merchant_group_type_1

        merchant_group = _parse_merchant_group(d.pop("merchantGroup", UNSET))

        def _parse_merchant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merchant_type_0 = data
                if not (isinstance(merchant_type_0, str)):
                    raise TypeError("merchant_type_0: expected a string, got " + type(merchant_type_0).__name__)

                return merchant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            merchant_type_1 = data

            return merchant_type_1

        merchant = _parse_merchant(d.pop("merchant", UNSET))

        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                site_type_0 = data
                if not (isinstance(site_type_0, str)):
                    raise TypeError("site_type_0: expected a string, got " + type(site_type_0).__name__)

                return site_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            site_type_1 = data

            return site_type_1

        site = _parse_site(d.pop("site", UNSET))

        event_owner = cls(
            merchant_group=merchant_group,
            merchant=merchant,
            site=site,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        event_owner.additional_properties = additional_properties
        return event_owner

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
