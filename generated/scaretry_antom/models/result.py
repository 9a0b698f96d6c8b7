from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_status_type import ResultStatusType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """Outcome of a call (in responses) or of a payment (in notifications). Result codes seen in Antom's code lists, with
    their usual status: SUCCESS (S); PAYMENT_IN_PROCESS, UNKNOWN_EXCEPTION, REQUEST_TRAFFIC_EXCEED_LIMIT (U);
    PARAM_ILLEGAL, INVALID_PAYMENT_METHOD_META_DATA, REPEAT_REQ_INCONSISTENT, ACCESS_DENIED, INVALID_API,
    NO_INTERFACE_DEF, KEY_NOT_FOUND, INVALID_SIGNATURE, INVALID_CLIENT, INVALID_CONTRACT, INVALID_MERCHANT_STATUS,
    MERCHANT_KYB_NOT_QUALIFIED, MERCHANT_NOT_REGISTERED, PAYMENT_NOT_QUALIFIED, SETTLE_CONTRACT_NOT_MATCH,
    CURRENCY_NOT_SUPPORT, NO_PAY_OPTIONS, PAYMENT_AMOUNT_EXCEED_LIMIT, PAYMENT_COUNT_EXCEED_LIMIT,
    USER_AMOUNT_EXCEED_LIMIT, ORDER_IS_CLOSED, ORDER_IS_CANCELED, ORDER_STATUS_INVALID, ORDER_NOT_EXIST, RISK_REJECT,
    FRAUD_REJECT, SUSPECTED_CARD, PROCESS_FAIL, SYSTEM_ERROR, USER_BALANCE_NOT_ENOUGH, USER_NOT_EXIST,
    USER_STATUS_ABNORMAL, USER_KYC_NOT_QUALIFIED, INVALID_CARD_NUMBER, INVALID_CARD, CARD_BIN_QUERY_ERROR,
    INVALID_EXPIRATION_DATE, INVALID_EXPIRY_DATE_FORMAT, CARD_EXPIRED, INVALID_CVV, CARD_NOT_SUPPORTED,
    SELECTED_CARD_BRAND_NOT_AVAILABLE, ISSUER_REJECTS_TRANSACTION, DO_NOT_HONOR, PAYMENT_PROHIBITED,
    USER_PAYMENT_VERIFICATION_FAILED, AUTHENTICATION_REQUIRED, VERIFY_UNMATCHED, VERIFY_TIMES_EXCEED_LIMIT (F). The code
    is kept an open string: Antom adds codes and not every code applies to every method.

    """

    result_code: str
    """ Result code (see the list above). """
    result_status: ResultStatusType
    """ S — success; F — failed, final for this request (a retry needs a new paymentRequestId); U — unknown or in
    process: with PAYMENT_IN_PROCESS the payment exists and may need the buyer (redirect URL), otherwise inquire or
    resend with the same paymentRequestId. """
    result_message: str | Unset = UNSET
    """ Human-readable explanation of resultCode; wording is not stable, never branch on it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_code = self.result_code

        result_status = self.result_status.value

        result_message = self.result_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resultCode": result_code,
                "resultStatus": result_status,
            }
        )
        if result_message is not UNSET:
            field_dict["resultMessage"] = result_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_code = d.pop("resultCode")
        if not (isinstance(result_code, str)):
            raise TypeError("resultCode: expected a string, got " + type(result_code).__name__)

        result_status = ResultStatusType(d.pop("resultStatus"))

        result_message = d.pop("resultMessage", UNSET)
        if not isinstance(result_message, Unset) and not (isinstance(result_message, str)):
            raise TypeError("resultMessage: expected a string, got " + type(result_message).__name__)

        result = cls(
            result_code=result_code,
            result_status=result_status,
            result_message=result_message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        result.additional_properties = additional_properties
        return result

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
