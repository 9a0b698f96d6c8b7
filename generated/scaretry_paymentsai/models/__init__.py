"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time its name is used (PEP 562), so that importing one
model does not import the hundreds of others: a client that reads a payment loads what it reads.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "AttachPaymentInstrumentRequest": ".attach_payment_instrument_request",
    "BillingAddress": ".billing_address",
    "BrowserData": ".browser_data",
    "CreateTokenRequest": ".create_token_request",
    "CreditCard": ".credit_card",
    "Customer": ".customer",
    "CustomerAddress": ".customer_address",
    "CustomerAddressSummary": ".customer_address_summary",
    "CustomerCreateRequest": ".customer_create_request",
    "CustomerEnvelope": ".customer_envelope",
    "CustomerMoney": ".customer_money",
    "CustomerPrimaryAddress": ".customer_primary_address",
    "ErrorResponse": ".error_response",
    "GatewayCheckResponse": ".gateway_check_response",
    "OtherEventObject": ".other_event_object",
    "PaymentInstrument": ".payment_instrument",
    "PaymentInstrumentEnvelope": ".payment_instrument_envelope",
    "PaymentInstrumentInstruction": ".payment_instrument_instruction",
    "PaymentInstrumentStatus": ".payment_instrument_status",
    "PaymentInstrumentToken": ".payment_instrument_token",
    "PermissionBundle": ".permission_bundle",
    "RiskExtraData": ".risk_extra_data",
    "RiskMetadata": ".risk_metadata",
    "RiskMetadataHttpHeaders": ".risk_metadata_http_headers",
    "ThreeDSData": ".three_ds_data",
    "ThreeDSDataTransStatus": ".three_ds_data_trans_status",
    "TokenEnvelope": ".token_envelope",
    "TokenInstruction": ".token_instruction",
    "Transaction": ".transaction",
    "TransactionEnvelope": ".transaction_envelope",
    "TransactionInvoice": ".transaction_invoice",
    "TransactionMetadata": ".transaction_metadata",
    "TransactionPaymentType": ".transaction_payment_type",
    "TransactionRequest": ".transaction_request",
    "TransactionRequestMetadata": ".transaction_request_metadata",
    "TransactionResult": ".transaction_result",
    "TransactionResultStatusCombined": ".transaction_result_status_combined",
    "TransactionStatus": ".transaction_status",
    "TransactionType": ".transaction_type",
    "WebhookEvent": ".webhook_event",
    "WebhookEventType": ".webhook_event_type",
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
