"""Contains all the data models used in inputs/outputs"""

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
