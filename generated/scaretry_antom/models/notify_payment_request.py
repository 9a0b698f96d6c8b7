from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notify_type import NotifyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.payment_result_info import PaymentResultInfo
    from ..models.psp_customer_info import PspCustomerInfo
    from ..models.result import Result


T = TypeVar("T", bound="NotifyPaymentRequest")


@_attrs_define
class NotifyPaymentRequest:
    """Body Antom POSTs to the merchant's paymentNotifyUrl. Antom documents notifyType, result, paymentRequestId,
    paymentId, paymentAmount and paymentCreateTime as always present; only what decides the outcome and names the
    payment is required on read.

    """

    notify_type: NotifyType
    """ PAYMENT_RESULT — the payment reached a final state (result S paid, F failed); PAYMENT_PENDING — the buyer
    finished and the final result is awaited (result S). """
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
    payment_request_id: str
    payment_id: str | Unset = UNSET
    payment_amount: Amount | Unset = UNSET
    """ An amount of money in minor units of the currency. """
    actual_payment_amount: Amount | Unset = UNSET
    """ An amount of money in minor units of the currency. """
    payment_create_time: str | Unset = UNSET
    """ ISO 8601 with offset. """
    payment_time: str | Unset = UNSET
    """ When the payment succeeded, ISO 8601 with offset. """
    auth_expiry_time: str | Unset = UNSET
    payment_method_type: str | Unset = UNSET
    payment_result_info: PaymentResultInfo | Unset = UNSET
    """ Card details and processing results of a payment (pay, inquiryPayment, notifyPayment). """
    psp_customer_info: PspCustomerInfo | Unset = UNSET
    """ Wallet (Alipay+) customer details. """
    acquirer_reference_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notify_type = self.notify_type.value

        result = self.result.to_dict()

        payment_request_id = self.payment_request_id

        payment_id = self.payment_id

        payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_amount, Unset):
            payment_amount = self.payment_amount.to_dict()

        actual_payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual_payment_amount, Unset):
            actual_payment_amount = self.actual_payment_amount.to_dict()

        payment_create_time = self.payment_create_time

        payment_time = self.payment_time

        auth_expiry_time = self.auth_expiry_time

        payment_method_type = self.payment_method_type

        payment_result_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_result_info, Unset):
            payment_result_info = self.payment_result_info.to_dict()

        psp_customer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.psp_customer_info, Unset):
            psp_customer_info = self.psp_customer_info.to_dict()

        acquirer_reference_no = self.acquirer_reference_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notifyType": notify_type,
                "result": result,
                "paymentRequestId": payment_request_id,
            }
        )
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if payment_amount is not UNSET:
            field_dict["paymentAmount"] = payment_amount
        if actual_payment_amount is not UNSET:
            field_dict["actualPaymentAmount"] = actual_payment_amount
        if payment_create_time is not UNSET:
            field_dict["paymentCreateTime"] = payment_create_time
        if payment_time is not UNSET:
            field_dict["paymentTime"] = payment_time
        if auth_expiry_time is not UNSET:
            field_dict["authExpiryTime"] = auth_expiry_time
        if payment_method_type is not UNSET:
            field_dict["paymentMethodType"] = payment_method_type
        if payment_result_info is not UNSET:
            field_dict["paymentResultInfo"] = payment_result_info
        if psp_customer_info is not UNSET:
            field_dict["pspCustomerInfo"] = psp_customer_info
        if acquirer_reference_no is not UNSET:
            field_dict["acquirerReferenceNo"] = acquirer_reference_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.payment_result_info import PaymentResultInfo  # noqa: PLC0415
        from ..models.psp_customer_info import PspCustomerInfo  # noqa: PLC0415
        from ..models.result import Result  # noqa: PLC0415

        d = dict(src_dict)
        notify_type = NotifyType(d.pop("notifyType"))

        result = Result.from_dict(d.pop("result"))

        payment_request_id = d.pop("paymentRequestId")
        if not (isinstance(payment_request_id, str)):
            raise TypeError("paymentRequestId: expected a string, got " + type(payment_request_id).__name__)

        payment_id = d.pop("paymentId", UNSET)
        if not isinstance(payment_id, Unset) and not (isinstance(payment_id, str)):
            raise TypeError("paymentId: expected a string, got " + type(payment_id).__name__)

        _payment_amount = d.pop("paymentAmount", UNSET)
        payment_amount: Amount | Unset
        if isinstance(_payment_amount, Unset):
            payment_amount = UNSET
        else:
            payment_amount = Amount.from_dict(_payment_amount)

        _actual_payment_amount = d.pop("actualPaymentAmount", UNSET)
        actual_payment_amount: Amount | Unset
        if isinstance(_actual_payment_amount, Unset):
            actual_payment_amount = UNSET
        else:
            actual_payment_amount = Amount.from_dict(_actual_payment_amount)

        payment_create_time = d.pop("paymentCreateTime", UNSET)
        if not isinstance(payment_create_time, Unset) and not (isinstance(payment_create_time, str)):
            raise TypeError("paymentCreateTime: expected a string, got " + type(payment_create_time).__name__)

        payment_time = d.pop("paymentTime", UNSET)
        if not isinstance(payment_time, Unset) and not (isinstance(payment_time, str)):
            raise TypeError("paymentTime: expected a string, got " + type(payment_time).__name__)

        auth_expiry_time = d.pop("authExpiryTime", UNSET)
        if not isinstance(auth_expiry_time, Unset) and not (isinstance(auth_expiry_time, str)):
            raise TypeError("authExpiryTime: expected a string, got " + type(auth_expiry_time).__name__)

        payment_method_type = d.pop("paymentMethodType", UNSET)
        if not isinstance(payment_method_type, Unset) and not (isinstance(payment_method_type, str)):
            raise TypeError("paymentMethodType: expected a string, got " + type(payment_method_type).__name__)

        _payment_result_info = d.pop("paymentResultInfo", UNSET)
        payment_result_info: PaymentResultInfo | Unset
        if isinstance(_payment_result_info, Unset):
            payment_result_info = UNSET
        else:
            payment_result_info = PaymentResultInfo.from_dict(_payment_result_info)

        _psp_customer_info = d.pop("pspCustomerInfo", UNSET)
        psp_customer_info: PspCustomerInfo | Unset
        if isinstance(_psp_customer_info, Unset):
            psp_customer_info = UNSET
        else:
            psp_customer_info = PspCustomerInfo.from_dict(_psp_customer_info)

        acquirer_reference_no = d.pop("acquirerReferenceNo", UNSET)
        if not isinstance(acquirer_reference_no, Unset) and not (isinstance(acquirer_reference_no, str)):
            raise TypeError("acquirerReferenceNo: expected a string, got " + type(acquirer_reference_no).__name__)

        notify_payment_request = cls(
            notify_type=notify_type,
            result=result,
            payment_request_id=payment_request_id,
            payment_id=payment_id,
            payment_amount=payment_amount,
            actual_payment_amount=actual_payment_amount,
            payment_create_time=payment_create_time,
            payment_time=payment_time,
            auth_expiry_time=auth_expiry_time,
            payment_method_type=payment_method_type,
            payment_result_info=payment_result_info,
            psp_customer_info=psp_customer_info,
            acquirer_reference_no=acquirer_reference_no,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notify_payment_request.additional_properties = additional_properties
        return notify_payment_request

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
