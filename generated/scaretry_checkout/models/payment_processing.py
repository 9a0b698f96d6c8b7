from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentProcessing")


@_attrs_define
class PaymentProcessing:
    """Processing details from the acquirer and scheme."""

    retrieval_reference_number: str | Unset = UNSET
    acquirer_transaction_id: str | Unset = UNSET
    recommendation_code: str | Unset = UNSET
    """ Recommended next action for the payment (scheme advice). """
    partner_merchant_advice_code: str | Unset = UNSET
    """ Merchant advice code from the scheme. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retrieval_reference_number = self.retrieval_reference_number

        acquirer_transaction_id = self.acquirer_transaction_id

        recommendation_code = self.recommendation_code

        partner_merchant_advice_code = self.partner_merchant_advice_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retrieval_reference_number is not UNSET:
            field_dict["retrieval_reference_number"] = retrieval_reference_number
        if acquirer_transaction_id is not UNSET:
            field_dict["acquirer_transaction_id"] = acquirer_transaction_id
        if recommendation_code is not UNSET:
            field_dict["recommendation_code"] = recommendation_code
        if partner_merchant_advice_code is not UNSET:
            field_dict["partner_merchant_advice_code"] = partner_merchant_advice_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retrieval_reference_number = d.pop("retrieval_reference_number", UNSET)
        if not isinstance(retrieval_reference_number, Unset) and not (isinstance(retrieval_reference_number, str)):
            raise TypeError(
                "retrieval_reference_number: expected a string, got " + type(retrieval_reference_number).__name__
            )

        acquirer_transaction_id = d.pop("acquirer_transaction_id", UNSET)
        if not isinstance(acquirer_transaction_id, Unset) and not (isinstance(acquirer_transaction_id, str)):
            raise TypeError("acquirer_transaction_id: expected a string, got " + type(acquirer_transaction_id).__name__)

        recommendation_code = d.pop("recommendation_code", UNSET)
        if not isinstance(recommendation_code, Unset) and not (isinstance(recommendation_code, str)):
            raise TypeError("recommendation_code: expected a string, got " + type(recommendation_code).__name__)

        partner_merchant_advice_code = d.pop("partner_merchant_advice_code", UNSET)
        if not isinstance(partner_merchant_advice_code, Unset) and not (isinstance(partner_merchant_advice_code, str)):
            raise TypeError(
                "partner_merchant_advice_code: expected a string, got " + type(partner_merchant_advice_code).__name__
            )

        payment_processing = cls(
            retrieval_reference_number=retrieval_reference_number,
            acquirer_transaction_id=acquirer_transaction_id,
            recommendation_code=recommendation_code,
            partner_merchant_advice_code=partner_merchant_advice_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_processing.additional_properties = additional_properties
        return payment_processing

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
