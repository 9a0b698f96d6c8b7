from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.challenge_action_form import ChallengeActionForm
    from ..models.payment_result_info import PaymentResultInfo
    from ..models.psp_customer_info import PspCustomerInfo
    from ..models.redirect_action_form import RedirectActionForm
    from ..models.result import Result


T = TypeVar("T", bound="PayResponse")


@_attrs_define
class PayResponse:
    """Answer to pay. Always carries result; the payment fields are present once a payment was created (at least with S and
    with PAYMENT_IN_PROCESS). With PAYMENT_IN_PROCESS at least one of normalUrl, schemeUrl, applinkUrl (or a
    redirectActionForm) is returned: redirect the buyer there.

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
    payment_request_id: str | Unset = UNSET
    payment_id: str | Unset = UNSET
    """ Antom's id for the payment. """
    payment_amount: Amount | Unset = UNSET
    """ An amount of money in minor units of the currency. """
    actual_payment_amount: Amount | Unset = UNSET
    """ An amount of money in minor units of the currency. """
    processing_amount: Amount | Unset = UNSET
    """ An amount of money in minor units of the currency. """
    payment_create_time: str | Unset = UNSET
    """ When the payment was created, ISO 8601 with offset. """
    payment_time: str | Unset = UNSET
    """ When the payment succeeded, ISO 8601 with offset. """
    auth_expiry_time: str | Unset = UNSET
    """ Card authorisations — capture deadline, ISO 8601 with offset. """
    normal_url: str | Unset = UNSET
    """ Web/WAP page to redirect the buyer to. For a card with PAYMENT_IN_PROCESS this is the 3DS page (a challenge,
    or the 3DS-Retry upgrade). """
    scheme_url: str | Unset = UNSET
    applink_url: str | Unset = UNSET
    app_identifier: str | Unset = UNSET
    payment_data: str | Unset = UNSET
    """ Data for Antom's client SDK (app integrations). """
    redirect_action_form: RedirectActionForm | Unset = UNSET
    """ A redirect the buyer must follow: GET redirectUrl, or POST the `parameters` to redirectUrl as a form. """
    challenge_action_form: ChallengeActionForm | Unset = UNSET
    """ A non-3DS challenge (OTP and similar) the buyer must answer. """
    payment_result_info: PaymentResultInfo | Unset = UNSET
    """ Card details and processing results of a payment (pay, inquiryPayment, notifyPayment). """
    psp_customer_info: PspCustomerInfo | Unset = UNSET
    """ Wallet (Alipay+) customer details. """
    extend_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.to_dict()

        payment_request_id = self.payment_request_id

        payment_id = self.payment_id

        payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_amount, Unset):
            payment_amount = self.payment_amount.to_dict()

        actual_payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual_payment_amount, Unset):
            actual_payment_amount = self.actual_payment_amount.to_dict()

        processing_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_amount, Unset):
            processing_amount = self.processing_amount.to_dict()

        payment_create_time = self.payment_create_time

        payment_time = self.payment_time

        auth_expiry_time = self.auth_expiry_time

        normal_url = self.normal_url

        scheme_url = self.scheme_url

        applink_url = self.applink_url

        app_identifier = self.app_identifier

        payment_data = self.payment_data

        redirect_action_form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirect_action_form, Unset):
            redirect_action_form = self.redirect_action_form.to_dict()

        challenge_action_form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.challenge_action_form, Unset):
            challenge_action_form = self.challenge_action_form.to_dict()

        payment_result_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_result_info, Unset):
            payment_result_info = self.payment_result_info.to_dict()

        psp_customer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.psp_customer_info, Unset):
            psp_customer_info = self.psp_customer_info.to_dict()

        extend_info = self.extend_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if payment_request_id is not UNSET:
            field_dict["paymentRequestId"] = payment_request_id
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if payment_amount is not UNSET:
            field_dict["paymentAmount"] = payment_amount
        if actual_payment_amount is not UNSET:
            field_dict["actualPaymentAmount"] = actual_payment_amount
        if processing_amount is not UNSET:
            field_dict["processingAmount"] = processing_amount
        if payment_create_time is not UNSET:
            field_dict["paymentCreateTime"] = payment_create_time
        if payment_time is not UNSET:
            field_dict["paymentTime"] = payment_time
        if auth_expiry_time is not UNSET:
            field_dict["authExpiryTime"] = auth_expiry_time
        if normal_url is not UNSET:
            field_dict["normalUrl"] = normal_url
        if scheme_url is not UNSET:
            field_dict["schemeUrl"] = scheme_url
        if applink_url is not UNSET:
            field_dict["applinkUrl"] = applink_url
        if app_identifier is not UNSET:
            field_dict["appIdentifier"] = app_identifier
        if payment_data is not UNSET:
            field_dict["paymentData"] = payment_data
        if redirect_action_form is not UNSET:
            field_dict["redirectActionForm"] = redirect_action_form
        if challenge_action_form is not UNSET:
            field_dict["challengeActionForm"] = challenge_action_form
        if payment_result_info is not UNSET:
            field_dict["paymentResultInfo"] = payment_result_info
        if psp_customer_info is not UNSET:
            field_dict["pspCustomerInfo"] = psp_customer_info
        if extend_info is not UNSET:
            field_dict["extendInfo"] = extend_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.challenge_action_form import ChallengeActionForm  # noqa: PLC0415
        from ..models.payment_result_info import PaymentResultInfo  # noqa: PLC0415
        from ..models.psp_customer_info import PspCustomerInfo  # noqa: PLC0415
        from ..models.redirect_action_form import RedirectActionForm  # noqa: PLC0415
        from ..models.result import Result  # noqa: PLC0415

        d = dict(src_dict)
        result = Result.from_dict(d.pop("result"))

        payment_request_id = d.pop("paymentRequestId", UNSET)
        if not isinstance(payment_request_id, Unset) and not (isinstance(payment_request_id, str)):
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

        _processing_amount = d.pop("processingAmount", UNSET)
        processing_amount: Amount | Unset
        if isinstance(_processing_amount, Unset):
            processing_amount = UNSET
        else:
            processing_amount = Amount.from_dict(_processing_amount)

        payment_create_time = d.pop("paymentCreateTime", UNSET)
        if not isinstance(payment_create_time, Unset) and not (isinstance(payment_create_time, str)):
            raise TypeError("paymentCreateTime: expected a string, got " + type(payment_create_time).__name__)

        payment_time = d.pop("paymentTime", UNSET)
        if not isinstance(payment_time, Unset) and not (isinstance(payment_time, str)):
            raise TypeError("paymentTime: expected a string, got " + type(payment_time).__name__)

        auth_expiry_time = d.pop("authExpiryTime", UNSET)
        if not isinstance(auth_expiry_time, Unset) and not (isinstance(auth_expiry_time, str)):
            raise TypeError("authExpiryTime: expected a string, got " + type(auth_expiry_time).__name__)

        normal_url = d.pop("normalUrl", UNSET)
        if not isinstance(normal_url, Unset) and not (isinstance(normal_url, str)):
            raise TypeError("normalUrl: expected a string, got " + type(normal_url).__name__)

        scheme_url = d.pop("schemeUrl", UNSET)
        if not isinstance(scheme_url, Unset) and not (isinstance(scheme_url, str)):
            raise TypeError("schemeUrl: expected a string, got " + type(scheme_url).__name__)

        applink_url = d.pop("applinkUrl", UNSET)
        if not isinstance(applink_url, Unset) and not (isinstance(applink_url, str)):
            raise TypeError("applinkUrl: expected a string, got " + type(applink_url).__name__)

        app_identifier = d.pop("appIdentifier", UNSET)
        if not isinstance(app_identifier, Unset) and not (isinstance(app_identifier, str)):
            raise TypeError("appIdentifier: expected a string, got " + type(app_identifier).__name__)

        payment_data = d.pop("paymentData", UNSET)
        if not isinstance(payment_data, Unset) and not (isinstance(payment_data, str)):
            raise TypeError("paymentData: expected a string, got " + type(payment_data).__name__)

        _redirect_action_form = d.pop("redirectActionForm", UNSET)
        redirect_action_form: RedirectActionForm | Unset
        if isinstance(_redirect_action_form, Unset):
            redirect_action_form = UNSET
        else:
            redirect_action_form = RedirectActionForm.from_dict(_redirect_action_form)

        _challenge_action_form = d.pop("challengeActionForm", UNSET)
        challenge_action_form: ChallengeActionForm | Unset
        if isinstance(_challenge_action_form, Unset):
            challenge_action_form = UNSET
        else:
            challenge_action_form = ChallengeActionForm.from_dict(_challenge_action_form)

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

        extend_info = d.pop("extendInfo", UNSET)
        if not isinstance(extend_info, Unset) and not (isinstance(extend_info, str)):
            raise TypeError("extendInfo: expected a string, got " + type(extend_info).__name__)

        pay_response = cls(
            result=result,
            payment_request_id=payment_request_id,
            payment_id=payment_id,
            payment_amount=payment_amount,
            actual_payment_amount=actual_payment_amount,
            processing_amount=processing_amount,
            payment_create_time=payment_create_time,
            payment_time=payment_time,
            auth_expiry_time=auth_expiry_time,
            normal_url=normal_url,
            scheme_url=scheme_url,
            applink_url=applink_url,
            app_identifier=app_identifier,
            payment_data=payment_data,
            redirect_action_form=redirect_action_form,
            challenge_action_form=challenge_action_form,
            payment_result_info=payment_result_info,
            psp_customer_info=psp_customer_info,
            extend_info=extend_info,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pay_response.additional_properties = additional_properties
        return pay_response

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
