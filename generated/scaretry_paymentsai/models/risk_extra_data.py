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
        if not isinstance(kount_fraud_session_id, Unset) and not (isinstance(kount_fraud_session_id, str)):
            raise TypeError("kountFraudSessionId: expected a string, got " + type(kount_fraud_session_id).__name__)

        pay_pal_merchant_session_id = d.pop("payPalMerchantSessionId", UNSET)
        if not isinstance(pay_pal_merchant_session_id, Unset) and not (isinstance(pay_pal_merchant_session_id, str)):
            raise TypeError(
                "payPalMerchantSessionId: expected a string, got " + type(pay_pal_merchant_session_id).__name__
            )

        threat_metrix_session_id = d.pop("threatMetrixSessionId", UNSET)
        if not isinstance(threat_metrix_session_id, Unset) and not (isinstance(threat_metrix_session_id, str)):
            raise TypeError("threatMetrixSessionId: expected a string, got " + type(threat_metrix_session_id).__name__)

        risk_extra_data = cls(
            kount_fraud_session_id=kount_fraud_session_id,
            pay_pal_merchant_session_id=pay_pal_merchant_session_id,
            threat_metrix_session_id=threat_metrix_session_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        risk_extra_data.additional_properties = additional_properties
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
