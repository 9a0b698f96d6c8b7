from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InquiryPaymentRequest")


@_attrs_define
class InquiryPaymentRequest:
    """Body of inquiryPayment. At least one of paymentRequestId and paymentId; paymentId wins when both are given."""

    payment_request_id: str | Unset = UNSET
    payment_id: str | Unset = UNSET
    merchant_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_request_id = self.payment_request_id

        payment_id = self.payment_id

        merchant_account_id = self.merchant_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_request_id is not UNSET:
            field_dict["paymentRequestId"] = payment_request_id
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if merchant_account_id is not UNSET:
            field_dict["merchantAccountId"] = merchant_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_request_id = d.pop("paymentRequestId", UNSET)
        if not isinstance(payment_request_id, Unset) and not (isinstance(payment_request_id, str)):
            raise TypeError("paymentRequestId: expected a string, got " + type(payment_request_id).__name__)

        payment_id = d.pop("paymentId", UNSET)
        if not isinstance(payment_id, Unset) and not (isinstance(payment_id, str)):
            raise TypeError("paymentId: expected a string, got " + type(payment_id).__name__)

        merchant_account_id = d.pop("merchantAccountId", UNSET)
        if not isinstance(merchant_account_id, Unset) and not (isinstance(merchant_account_id, str)):
            raise TypeError("merchantAccountId: expected a string, got " + type(merchant_account_id).__name__)

        inquiry_payment_request = cls(
            payment_request_id=payment_request_id,
            payment_id=payment_id,
            merchant_account_id=merchant_account_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        inquiry_payment_request.additional_properties = additional_properties
        return inquiry_payment_request

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
