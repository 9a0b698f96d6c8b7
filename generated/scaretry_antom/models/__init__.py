"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time its name is used (PEP 562), so that importing one
model does not import the hundreds of others: a client that reads a payment loads what it reads.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .amount import Amount
    from .antom_boolean_string import AntomBooleanString
    from .available_payment_method import AvailablePaymentMethod
    from .browser_info import BrowserInfo
    from .buyer import Buyer
    from .capture_mode import CaptureMode
    from .card_brand import CardBrand
    from .card_info import CardInfo
    from .card_payment_method_meta_data import CardPaymentMethodMetaData
    from .challenge_action_form import ChallengeActionForm
    from .challenge_action_form_challenge_type import ChallengeActionFormChallengeType
    from .challenge_action_form_trigger_source import ChallengeActionFormTriggerSource
    from .create_payment_session_request import CreatePaymentSessionRequest
    from .create_payment_session_request_product_scene import CreatePaymentSessionRequestProductScene
    from .create_payment_session_response import CreatePaymentSessionResponse
    from .credential_type import CredentialType
    from .env import Env
    from .funding_type import FundingType
    from .gateway_error_response import GatewayErrorResponse
    from .goods import Goods
    from .goods_delivery_method_type import GoodsDeliveryMethodType
    from .inquiry_payment_request import InquiryPaymentRequest
    from .inquiry_payment_response import InquiryPaymentResponse
    from .mpi_data import MpiData
    from .notify_ack import NotifyAck
    from .notify_ack_result import NotifyAckResult
    from .notify_payment_request import NotifyPaymentRequest
    from .notify_type import NotifyType
    from .order import Order
    from .os_type import OsType
    from .pa_res_status import PaResStatus
    from .pay_request import PayRequest
    from .pay_response import PayResponse
    from .payment_factor import PaymentFactor
    from .payment_method import PaymentMethod
    from .payment_method_type_item import PaymentMethodTypeItem
    from .payment_result_info import PaymentResultInfo
    from .payment_result_info_card_category import PaymentResultInfoCardCategory
    from .payment_result_info_exemption_requested import PaymentResultInfoExemptionRequested
    from .product_code_type import ProductCodeType
    from .psp_customer_info import PspCustomerInfo
    from .redirect_action_form import RedirectActionForm
    from .redirect_action_form_method import RedirectActionFormMethod
    from .result import Result
    from .result_status_type import ResultStatusType
    from .settlement_strategy import SettlementStrategy
    from .shipping import Shipping
    from .terminal_type import TerminalType
    from .three_ds_result import ThreeDSResult
    from .three_ds_result_challenge_cancel import ThreeDSResultChallengeCancel
    from .three_ds_result_eci import ThreeDSResultEci
    from .three_ds_result_exemption_type import ThreeDSResultExemptionType
    from .three_ds_result_three_ds_version import ThreeDSResultThreeDSVersion
    from .transaction import Transaction
    from .transaction_status_type import TransactionStatusType
    from .transaction_type import TransactionType
    from .user_name import UserName

_MODULES = {
    "Address": ".address",
    "Amount": ".amount",
    "AntomBooleanString": ".antom_boolean_string",
    "AvailablePaymentMethod": ".available_payment_method",
    "BrowserInfo": ".browser_info",
    "Buyer": ".buyer",
    "CaptureMode": ".capture_mode",
    "CardBrand": ".card_brand",
    "CardInfo": ".card_info",
    "CardPaymentMethodMetaData": ".card_payment_method_meta_data",
    "ChallengeActionForm": ".challenge_action_form",
    "ChallengeActionFormChallengeType": ".challenge_action_form_challenge_type",
    "ChallengeActionFormTriggerSource": ".challenge_action_form_trigger_source",
    "CreatePaymentSessionRequest": ".create_payment_session_request",
    "CreatePaymentSessionRequestProductScene": ".create_payment_session_request_product_scene",
    "CreatePaymentSessionResponse": ".create_payment_session_response",
    "CredentialType": ".credential_type",
    "Env": ".env",
    "FundingType": ".funding_type",
    "GatewayErrorResponse": ".gateway_error_response",
    "Goods": ".goods",
    "GoodsDeliveryMethodType": ".goods_delivery_method_type",
    "InquiryPaymentRequest": ".inquiry_payment_request",
    "InquiryPaymentResponse": ".inquiry_payment_response",
    "MpiData": ".mpi_data",
    "NotifyAck": ".notify_ack",
    "NotifyAckResult": ".notify_ack_result",
    "NotifyPaymentRequest": ".notify_payment_request",
    "NotifyType": ".notify_type",
    "Order": ".order",
    "OsType": ".os_type",
    "PaResStatus": ".pa_res_status",
    "PayRequest": ".pay_request",
    "PayResponse": ".pay_response",
    "PaymentFactor": ".payment_factor",
    "PaymentMethod": ".payment_method",
    "PaymentMethodTypeItem": ".payment_method_type_item",
    "PaymentResultInfo": ".payment_result_info",
    "PaymentResultInfoCardCategory": ".payment_result_info_card_category",
    "PaymentResultInfoExemptionRequested": ".payment_result_info_exemption_requested",
    "ProductCodeType": ".product_code_type",
    "PspCustomerInfo": ".psp_customer_info",
    "RedirectActionForm": ".redirect_action_form",
    "RedirectActionFormMethod": ".redirect_action_form_method",
    "Result": ".result",
    "ResultStatusType": ".result_status_type",
    "SettlementStrategy": ".settlement_strategy",
    "Shipping": ".shipping",
    "TerminalType": ".terminal_type",
    "ThreeDSResult": ".three_ds_result",
    "ThreeDSResultChallengeCancel": ".three_ds_result_challenge_cancel",
    "ThreeDSResultEci": ".three_ds_result_eci",
    "ThreeDSResultExemptionType": ".three_ds_result_exemption_type",
    "ThreeDSResultThreeDSVersion": ".three_ds_result_three_ds_version",
    "Transaction": ".transaction",
    "TransactionStatusType": ".transaction_status_type",
    "TransactionType": ".transaction_type",
    "UserName": ".user_name",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "Address",
    "Amount",
    "AntomBooleanString",
    "AvailablePaymentMethod",
    "BrowserInfo",
    "Buyer",
    "CaptureMode",
    "CardBrand",
    "CardInfo",
    "CardPaymentMethodMetaData",
    "ChallengeActionForm",
    "ChallengeActionFormChallengeType",
    "ChallengeActionFormTriggerSource",
    "CreatePaymentSessionRequest",
    "CreatePaymentSessionRequestProductScene",
    "CreatePaymentSessionResponse",
    "CredentialType",
    "Env",
    "FundingType",
    "GatewayErrorResponse",
    "Goods",
    "GoodsDeliveryMethodType",
    "InquiryPaymentRequest",
    "InquiryPaymentResponse",
    "MpiData",
    "NotifyAck",
    "NotifyAckResult",
    "NotifyPaymentRequest",
    "NotifyType",
    "Order",
    "OsType",
    "PaResStatus",
    "PaymentFactor",
    "PaymentMethod",
    "PaymentMethodTypeItem",
    "PaymentResultInfo",
    "PaymentResultInfoCardCategory",
    "PaymentResultInfoExemptionRequested",
    "PayRequest",
    "PayResponse",
    "ProductCodeType",
    "PspCustomerInfo",
    "RedirectActionForm",
    "RedirectActionFormMethod",
    "Result",
    "ResultStatusType",
    "SettlementStrategy",
    "Shipping",
    "TerminalType",
    "ThreeDSResult",
    "ThreeDSResultChallengeCancel",
    "ThreeDSResultEci",
    "ThreeDSResultExemptionType",
    "ThreeDSResultThreeDSVersion",
    "Transaction",
    "TransactionStatusType",
    "TransactionType",
    "UserName",
)
