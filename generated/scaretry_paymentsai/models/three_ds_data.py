from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.three_ds_data_trans_status import ThreeDSDataTransStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreeDSData")


@_attrs_define
class ThreeDSData:
    """3-D Secure authentication data of the transaction (the `data3ds` field)."""

    version: str | Unset = UNSET
    """ 3DS protocol version, e.g. 2.2.0. """
    eci: str | Unset = UNSET
    """ Electronic Commerce Indicator (e.g. 05 full authentication, 06 attempted, 07 none for Visa). """
    challenged: bool | Unset = UNSET
    """ Whether the cardholder was challenged. """
    trans_status: ThreeDSDataTransStatus | Unset = UNSET
    """ EMV 3DS transStatus (Y authenticated, A attempted, N not authenticated, U unavailable, R rejected, C
    challenge required, D decoupled, I informational). """
    trans_status_reason: str | Unset = UNSET
    """ EMV 3DS transStatusReason code (01-99) when transStatus is N, U or R. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        eci = self.eci

        challenged = self.challenged

        trans_status: str | Unset = UNSET
        if not isinstance(self.trans_status, Unset):
            trans_status = self.trans_status.value

        trans_status_reason = self.trans_status_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if eci is not UNSET:
            field_dict["eci"] = eci
        if challenged is not UNSET:
            field_dict["challenged"] = challenged
        if trans_status is not UNSET:
            field_dict["transStatus"] = trans_status
        if trans_status_reason is not UNSET:
            field_dict["transStatusReason"] = trans_status_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version", UNSET)
        if not isinstance(version, Unset) and not (isinstance(version, str)):
            raise TypeError("version: expected a string, got " + type(version).__name__)

        eci = d.pop("eci", UNSET)
        if not isinstance(eci, Unset) and not (isinstance(eci, str)):
            raise TypeError("eci: expected a string, got " + type(eci).__name__)

        challenged = d.pop("challenged", UNSET)
        if not isinstance(challenged, Unset) and not (isinstance(challenged, bool)):
            raise TypeError("challenged: expected a boolean, got " + type(challenged).__name__)

        _trans_status = d.pop("transStatus", UNSET)
        trans_status: ThreeDSDataTransStatus | Unset
        if isinstance(_trans_status, Unset):
            trans_status = UNSET
        else:
            trans_status = ThreeDSDataTransStatus(_trans_status)

        trans_status_reason = d.pop("transStatusReason", UNSET)
        if not isinstance(trans_status_reason, Unset) and not (isinstance(trans_status_reason, str)):
            raise TypeError("transStatusReason: expected a string, got " + type(trans_status_reason).__name__)

        three_ds_data = cls(
            version=version,
            eci=eci,
            challenged=challenged,
            trans_status=trans_status,
            trans_status_reason=trans_status_reason,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        three_ds_data.additional_properties = additional_properties
        return three_ds_data

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
