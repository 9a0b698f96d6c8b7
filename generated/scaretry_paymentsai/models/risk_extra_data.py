from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskExtraData")


@_attrs_define
class RiskExtraData:
    """Session ids of third-party fraud tools."""

    kount_fraud_session_id: str | Unset = UNSET
    pay_pal_merchant_session_id: str | Unset = UNSET
    threat_metrix_session_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kount_fraud_session_id = self.kount_fraud_session_id

        pay_pal_merchant_session_id = self.pay_pal_merchant_session_id

        threat_metrix_session_id = self.threat_metrix_session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kount_fraud_session_id is not UNSET:
            field_dict["kountFraudSessionId"] = kount_fraud_session_id
        if pay_pal_merchant_session_id is not UNSET:
            field_dict["payPalMerchantSessionId"] = pay_pal_merchant_session_id
        if threat_metrix_session_id is not UNSET:
            field_dict["threatMetrixSessionId"] = threat_metrix_session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kount_fraud_session_id = d.pop("kountFraudSessionId", UNSET)

        pay_pal_merchant_session_id = d.pop("payPalMerchantSessionId", UNSET)

        threat_metrix_session_id = d.pop("threatMetrixSessionId", UNSET)

        risk_extra_data = cls(
            kount_fraud_session_id=kount_fraud_session_id,
            pay_pal_merchant_session_id=pay_pal_merchant_session_id,
            threat_metrix_session_id=threat_metrix_session_id,
        )

        risk_extra_data.additional_properties = d
        return risk_extra_data

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
