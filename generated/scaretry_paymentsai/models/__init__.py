"""Contains all the data models used in inputs/outputs"""

from .attach_payment_instrument_request import AttachPaymentInstrumentRequest
from .billing_address import BillingAddress
from .browser_data import BrowserData
from .create_token_request import CreateTokenRequest
from .credit_card import CreditCard
from .customer import Customer
from .customer_address import CustomerAddress
from .customer_address_summary import CustomerAddressSummary
from .customer_create_request import CustomerCreateRequest
from .customer_envelope import CustomerEnvelope
from .customer_money import CustomerMoney
from .customer_primary_address import CustomerPrimaryAddress
from .error_response import ErrorResponse
from .gateway_check_response import GatewayCheckResponse
from .other_event_object import OtherEventObject
from .payment_instrument import PaymentInstrument
from .payment_instrument_envelope import PaymentInstrumentEnvelope
from .payment_instrument_instruction import PaymentInstrumentInstruction
from .payment_instrument_status import PaymentInstrumentStatus
from .payment_instrument_token import PaymentInstrumentToken
from .permission_bundle import PermissionBundle
from .risk_extra_data import RiskExtraData
from .risk_metadata import RiskMetadata
from .risk_metadata_http_headers import RiskMetadataHttpHeaders
from .three_ds_data import ThreeDSData
from .three_ds_data_trans_status import ThreeDSDataTransStatus
from .token_envelope import TokenEnvelope
from .token_instruction import TokenInstruction
from .transaction import Transaction
from .transaction_envelope import TransactionEnvelope
from .transaction_invoice import TransactionInvoice
from .transaction_metadata import TransactionMetadata
from .transaction_payment_type import TransactionPaymentType
from .transaction_request import TransactionRequest
from .transaction_request_metadata import TransactionRequestMetadata
from .transaction_result import TransactionResult
from .transaction_result_status_combined import TransactionResultStatusCombined
from .transaction_status import TransactionStatus
from .transaction_type import TransactionType
from .webhook_event import WebhookEvent
from .webhook_event_type import WebhookEventType

__all__ = (
    "AttachPaymentInstrumentRequest",
    "BillingAddress",
    "BrowserData",
    "CreateTokenRequest",
    "CreditCard",
    "Customer",
    "CustomerAddress",
    "CustomerAddressSummary",
    "CustomerCreateRequest",
    "CustomerEnvelope",
    "CustomerMoney",
    "CustomerPrimaryAddress",
    "ErrorResponse",
    "GatewayCheckResponse",
    "OtherEventObject",
    "PaymentInstrument",
    "PaymentInstrumentEnvelope",
    "PaymentInstrumentInstruction",
    "PaymentInstrumentStatus",
    "PaymentInstrumentToken",
    "PermissionBundle",
    "RiskExtraData",
    "RiskMetadata",
    "RiskMetadataHttpHeaders",
    "ThreeDSData",
    "ThreeDSDataTransStatus",
    "TokenEnvelope",
    "TokenInstruction",
    "Transaction",
    "TransactionEnvelope",
    "TransactionInvoice",
    "TransactionMetadata",
    "TransactionPaymentType",
    "TransactionRequest",
    "TransactionRequestMetadata",
    "TransactionResult",
    "TransactionResultStatusCombined",
    "TransactionStatus",
    "TransactionType",
    "WebhookEvent",
    "WebhookEventType",
)
