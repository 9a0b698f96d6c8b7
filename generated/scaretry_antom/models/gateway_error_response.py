from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.result import Result


T = TypeVar("T", bound="GatewayErrorResponse")


@_attrs_define
class GatewayErrorResponse:
    """Body of a non-200 gateway answer."""

    result: Result
    """ Outcome of a call (in responses) or of a payment (in notifications). Result codes seen in Antom's code
    lists, with their usual status: SUCCESS (S); PAYMENT_IN_PROCESS, UNKNOWN_EXCEPTION, REQUEST_TRAFFIC_EXCEED_LIMIT
    (U); PARAM_ILLEGAL, INVALID_PAYMENT_METHOD_META_DATA, REPEAT_REQ_INCONSISTENT, ACCESS_DENIED, INVALID_API,
    NO_INTERFACE_DEF, KEY_NOT_FOUND, INVALID_SIGNATURE, INVALID_CLIENT, INVALID_CONTRACT, INVALID_MERCHANT_STATUS,
    MERCHANT_KYB_NOT_QUALIFIED, MERCHANT_NOT_REGISTERED, PAYMENT_NOT_QUALIFIED, SETTLE_CONTRACT_NOT_MATCH,
    CURRENCY_NOT_SUPPORT, NO_PAY_OPTIONS, PAYMENT_AMOUNT_EXCEED_LIMIT, PAYMENT_COUNT_EXCEED_LIMIT,
    USER_AMOUNT_EXCEED_LIMIT, ORDER_IS_CLOSED, ORDER_IS_CANCELED, ORDER_STATUS_INVALID, ORDER_NOT_EXIST,
    RISK_REJECT, FRAUD_REJECT, SUSPECTED_CARD, PROCESS_FAIL, SYSTEM_ERROR, USER_BALANCE_NOT_ENOUGH, USER_NOT_EXIST,
    USER_STATUS_ABNORMAL, USER_KYC_NOT_QUALIFIED, INVALID_CARD_NUMBER, INVALID_CARD, CARD_BIN_QUERY_ERROR,
    INVALID_EXPIRATION_DATE, INVALID_EXPIRY_DATE_FORMAT, CARD_EXPIRED, INVALID_CVV, CARD_NOT_SUPPORTED,
    SELECTED_CARD_BRAND_NOT_AVAILABLE, ISSUER_REJECTS_TRANSACTION, DO_NOT_HONOR, PAYMENT_PROHIBITED,
    USER_PAYMENT_VERIFICATION_FAILED, AUTHENTICATION_REQUIRED, VERIFY_UNMATCHED, VERIFY_TIMES_EXCEED_LIMIT (F). The
    code is kept an open string: Antom adds codes and not every code applies to every method. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.result import Result  # noqa: PLC0415

        d = dict(src_dict)
        result = Result.from_dict(d.pop("result"))

        gateway_error_response = cls(
            result=result,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        gateway_error_response.additional_properties = additional_properties
        return gateway_error_response

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
