from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.three_ds_exemption import ThreeDSExemption
from ..models.three_ds_request_third_party_flow_type import ThreeDSRequestThirdPartyFlowType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreeDSRequestThirdParty")


@_attrs_define
class ThreeDSRequestThirdParty:
    """Pass through the result of an external MPI."""

    enabled: Literal[True]
    """ Always true for this variant (boolean; written without `type` so the generated parser enforces the
    constant). """
    eci: str
    cryptogram: str
    """ Base64 CAVV/AAV. """
    version: str
    """ 3DS version used, e.g. `2.2.0`. """
    xid: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Transaction status from the ARes/RReq (3DS2) or PARes (3DS1). """
    status_reason_code: str | Unset = UNSET
    authentication_date: str | Unset = UNSET
    """ ISO 8601 timestamp of the authentication. """
    flow_type: ThreeDSRequestThirdPartyFlowType | Unset = UNSET
    exemption: ThreeDSExemption | Unset = UNSET
    """ SCA exemption requested or applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        eci = self.eci

        cryptogram = self.cryptogram

        version = self.version

        xid = self.xid

        status = self.status

        status_reason_code = self.status_reason_code

        authentication_date = self.authentication_date

        flow_type: str | Unset = UNSET
        if not isinstance(self.flow_type, Unset):
            flow_type = self.flow_type.value

        exemption: str | Unset = UNSET
        if not isinstance(self.exemption, Unset):
            exemption = self.exemption.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "eci": eci,
                "cryptogram": cryptogram,
                "version": version,
            }
        )
        if xid is not UNSET:
            field_dict["xid"] = xid
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason_code is not UNSET:
            field_dict["status_reason_code"] = status_reason_code
        if authentication_date is not UNSET:
            field_dict["authentication_date"] = authentication_date
        if flow_type is not UNSET:
            field_dict["flow_type"] = flow_type
        if exemption is not UNSET:
            field_dict["exemption"] = exemption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = cast(Literal[True], d.pop("enabled"))
        if enabled != True:
            raise ValueError(f"enabled must match const True, got '{enabled}'")

        eci = d.pop("eci")
        if not (isinstance(eci, str)):
            raise TypeError("eci: expected a string, got " + type(eci).__name__)

        cryptogram = d.pop("cryptogram")
        if not (isinstance(cryptogram, str)):
            raise TypeError("cryptogram: expected a string, got " + type(cryptogram).__name__)

        version = d.pop("version")
        if not (isinstance(version, str)):
            raise TypeError("version: expected a string, got " + type(version).__name__)

        xid = d.pop("xid", UNSET)
        if not isinstance(xid, Unset) and not (isinstance(xid, str)):
            raise TypeError("xid: expected a string, got " + type(xid).__name__)

        status = d.pop("status", UNSET)
        if not isinstance(status, Unset) and not (isinstance(status, str)):
            raise TypeError("status: expected a string, got " + type(status).__name__)

        status_reason_code = d.pop("status_reason_code", UNSET)
        if not isinstance(status_reason_code, Unset) and not (isinstance(status_reason_code, str)):
            raise TypeError("status_reason_code: expected a string, got " + type(status_reason_code).__name__)

        authentication_date = d.pop("authentication_date", UNSET)
        if not isinstance(authentication_date, Unset) and not (isinstance(authentication_date, str)):
            raise TypeError("authentication_date: expected a string, got " + type(authentication_date).__name__)

        _flow_type = d.pop("flow_type", UNSET)
        flow_type: ThreeDSRequestThirdPartyFlowType | Unset
        if isinstance(_flow_type, Unset):
            flow_type = UNSET
        else:
            flow_type = ThreeDSRequestThirdPartyFlowType(_flow_type)

        _exemption = d.pop("exemption", UNSET)
        exemption: ThreeDSExemption | Unset
        if isinstance(_exemption, Unset):
            exemption = UNSET
        else:
            exemption = ThreeDSExemption(_exemption)

        three_ds_request_third_party = cls(
            enabled=enabled,
            eci=eci,
            cryptogram=cryptogram,
            version=version,
            xid=xid,
            status=status,
            status_reason_code=status_reason_code,
            authentication_date=authentication_date,
            flow_type=flow_type,
            exemption=exemption,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        three_ds_request_third_party.additional_properties = additional_properties
        return three_ds_request_third_party

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
