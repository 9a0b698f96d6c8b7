from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_status_type import TransactionStatusType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.card_info import CardInfo
    from ..models.payment_result_info import PaymentResultInfo
    from ..models.psp_customer_info import PspCustomerInfo
    from ..models.redirect_action_form import RedirectActionForm
    from ..models.result import Result
    from ..models.transaction import Transaction


T = TypeVar("T", bound="InquiryPaymentResponse")


@_attrs_define
class InquiryPaymentResponse:
    """Answer to inquiryPayment. `result` is about the inquiry call only; the payment's state is paymentStatus (returned
    when result.resultStatus is S). There is no normalUrl here: keep the one pay returned (or send pay again with the
    same paymentRequestId).

    """

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
    payment_status: TransactionStatusType | Unset = UNSET
    """ State of a payment or transaction. SUCCESS — paid/authorised (final); FAIL — failed (final); PROCESSING — in
    progress, e.g. the buyer is at the 3DS challenge; CANCELLED — cancelled (final); PENDING — the buyer finished
    and the final result is awaited. """
    payment_result_code: str | Unset = UNSET
    """ The payment's own result code (same vocabulary as Result.resultCode). """
    payment_result_message: str | Unset = UNSET
    payment_request_id: str | Unset = UNSET
    payment_id: str | Unset = UNSET
    auth_payment_id: str | Unset = UNSET
    payment_amount: Amount | Unset = UNSET
    """ An amount of money in minor units of the currency. """
    actual_payment_amount: Amount | Unset = UNSET
    """ An amount of money in minor units of the currency. """
    payment_create_time: str | Unset = UNSET
    """ ISO 8601 with offset. """
    payment_time: str | Unset = UNSET
    """ When the payment succeeded (paymentStatus SUCCESS only), ISO 8601 with offset. """
    auth_expiry_time: str | Unset = UNSET
    """ Card authorisations — capture deadline, ISO 8601 with offset. """
    payment_method_type: str | Unset = UNSET
    payment_result_info: PaymentResultInfo | Unset = UNSET
    """ Card details and processing results of a payment (pay, inquiryPayment, notifyPayment). """
    card_info: CardInfo | Unset = UNSET
    """ Older card-details block of inquiryPayment; newer answers use paymentResultInfo. """
    redirect_action_form: RedirectActionForm | Unset = UNSET
    """ A redirect the buyer must follow: GET redirectUrl, or POST the `parameters` to redirectUrl as a form. """
    transactions: list[Transaction] | Unset = UNSET
    acquirer_reference_no: str | Unset = UNSET
    psp_customer_info: PspCustomerInfo | Unset = UNSET
    """ Wallet (Alipay+) customer details. """
    merchant_account_id: str | Unset = UNSET
    extend_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.to_dict()

        payment_status: str | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status.value

        payment_result_code = self.payment_result_code

        payment_result_message = self.payment_result_message

        payment_request_id = self.payment_request_id

        payment_id = self.payment_id

        auth_payment_id = self.auth_payment_id

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

        card_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_info, Unset):
            card_info = self.card_info.to_dict()

        redirect_action_form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirect_action_form, Unset):
            redirect_action_form = self.redirect_action_form.to_dict()

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        acquirer_reference_no = self.acquirer_reference_no

        psp_customer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.psp_customer_info, Unset):
            psp_customer_info = self.psp_customer_info.to_dict()

        merchant_account_id = self.merchant_account_id

        extend_info = self.extend_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if payment_result_code is not UNSET:
            field_dict["paymentResultCode"] = payment_result_code
        if payment_result_message is not UNSET:
            field_dict["paymentResultMessage"] = payment_result_message
        if payment_request_id is not UNSET:
            field_dict["paymentRequestId"] = payment_request_id
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if auth_payment_id is not UNSET:
            field_dict["authPaymentId"] = auth_payment_id
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
        if card_info is not UNSET:
            field_dict["cardInfo"] = card_info
        if redirect_action_form is not UNSET:
            field_dict["redirectActionForm"] = redirect_action_form
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if acquirer_reference_no is not UNSET:
            field_dict["acquirerReferenceNo"] = acquirer_reference_no
        if psp_customer_info is not UNSET:
            field_dict["pspCustomerInfo"] = psp_customer_info
        if merchant_account_id is not UNSET:
            field_dict["merchantAccountId"] = merchant_account_id
        if extend_info is not UNSET:
            field_dict["extendInfo"] = extend_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.card_info import CardInfo  # noqa: PLC0415
        from ..models.payment_result_info import PaymentResultInfo  # noqa: PLC0415
        from ..models.psp_customer_info import PspCustomerInfo  # noqa: PLC0415
        from ..models.redirect_action_form import RedirectActionForm  # noqa: PLC0415
        from ..models.result import Result  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415

        d = dict(src_dict)
        result = Result.from_dict(d.pop("result"))

        _payment_status = d.pop("paymentStatus", UNSET)
        payment_status: TransactionStatusType | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = TransactionStatusType(_payment_status)

        payment_result_code = d.pop("paymentResultCode", UNSET)
        if not isinstance(payment_result_code, Unset) and not (isinstance(payment_result_code, str)):
            raise TypeError("paymentResultCode: expected a string, got " + type(payment_result_code).__name__)

        payment_result_message = d.pop("paymentResultMessage", UNSET)
        if not isinstance(payment_result_message, Unset) and not (isinstance(payment_result_message, str)):
            raise TypeError("paymentResultMessage: expected a string, got " + type(payment_result_message).__name__)

        payment_request_id = d.pop("paymentRequestId", UNSET)
        if not isinstance(payment_request_id, Unset) and not (isinstance(payment_request_id, str)):
            raise TypeError("paymentRequestId: expected a string, got " + type(payment_request_id).__name__)

        payment_id = d.pop("paymentId", UNSET)
        if not isinstance(payment_id, Unset) and not (isinstance(payment_id, str)):
            raise TypeError("paymentId: expected a string, got " + type(payment_id).__name__)

        auth_payment_id = d.pop("authPaymentId", UNSET)
        if not isinstance(auth_payment_id, Unset) and not (isinstance(auth_payment_id, str)):
            raise TypeError("authPaymentId: expected a string, got " + type(auth_payment_id).__name__)

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

        _card_info = d.pop("cardInfo", UNSET)
        card_info: CardInfo | Unset
        if isinstance(_card_info, Unset):
            card_info = UNSET
        else:
            card_info = CardInfo.from_dict(_card_info)

        _redirect_action_form = d.pop("redirectActionForm", UNSET)
        redirect_action_form: RedirectActionForm | Unset
        if isinstance(_redirect_action_form, Unset):
            redirect_action_form = UNSET
        else:
            redirect_action_form = RedirectActionForm.from_dict(_redirect_action_form)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[Transaction] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = Transaction.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        acquirer_reference_no = d.pop("acquirerReferenceNo", UNSET)
        if not isinstance(acquirer_reference_no, Unset) and not (isinstance(acquirer_reference_no, str)):
            raise TypeError("acquirerReferenceNo: expected a string, got " + type(acquirer_reference_no).__name__)

        _psp_customer_info = d.pop("pspCustomerInfo", UNSET)
        psp_customer_info: PspCustomerInfo | Unset
        if isinstance(_psp_customer_info, Unset):
            psp_customer_info = UNSET
        else:
            psp_customer_info = PspCustomerInfo.from_dict(_psp_customer_info)

        merchant_account_id = d.pop("merchantAccountId", UNSET)
        if not isinstance(merchant_account_id, Unset) and not (isinstance(merchant_account_id, str)):
            raise TypeError("merchantAccountId: expected a string, got " + type(merchant_account_id).__name__)

        extend_info = d.pop("extendInfo", UNSET)
        if not isinstance(extend_info, Unset) and not (isinstance(extend_info, str)):
            raise TypeError("extendInfo: expected a string, got " + type(extend_info).__name__)

        inquiry_payment_response = cls(
            result=result,
            payment_status=payment_status,
            payment_result_code=payment_result_code,
            payment_result_message=payment_result_message,
            payment_request_id=payment_request_id,
            payment_id=payment_id,
            auth_payment_id=auth_payment_id,
            payment_amount=payment_amount,
            actual_payment_amount=actual_payment_amount,
            payment_create_time=payment_create_time,
            payment_time=payment_time,
            auth_expiry_time=auth_expiry_time,
            payment_method_type=payment_method_type,
            payment_result_info=payment_result_info,
            card_info=card_info,
            redirect_action_form=redirect_action_form,
            transactions=transactions,
            acquirer_reference_no=acquirer_reference_no,
            psp_customer_info=psp_customer_info,
            merchant_account_id=merchant_account_id,
            extend_info=extend_info,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        inquiry_payment_response.additional_properties = additional_properties
        return inquiry_payment_response

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
