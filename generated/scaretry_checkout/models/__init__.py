"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time its name is used (PEP 562), so that importing one
model does not import the hundreds of others: a client that reads a payment loads what it reads.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_accepted_links import ActionAcceptedLinks
    from .address import Address
    from .app_channel_data import AppChannelData
    from .app_channel_data_sdk_ephem_pub_key import AppChannelDataSdkEphemPubKey
    from .app_channel_data_sdk_ephem_pub_key_kty import AppChannelDataSdkEphemPubKeyKty
    from .app_channel_data_sdk_interface_type import AppChannelDataSdkInterfaceType
    from .app_channel_data_sdk_ui_elements_item import AppChannelDataSdkUiElementsItem
    from .billing_descriptor import BillingDescriptor
    from .browser_channel_data import BrowserChannelData
    from .capture_accepted_response import CaptureAcceptedResponse
    from .capture_request import CaptureRequest
    from .capture_request_capture_type import CaptureRequestCaptureType
    from .customer_request import CustomerRequest
    from .customer_response import CustomerResponse
    from .error import Error
    from .error_response import ErrorResponse
    from .get_session_details_channel import GetSessionDetailsChannel
    from .hosted_completion import HostedCompletion
    from .link import Link
    from .merchant_initiated_channel_data import MerchantInitiatedChannelData
    from .merchant_initiated_channel_data_request_type import MerchantInitiatedChannelDataRequestType
    from .metadata import Metadata
    from .non_hosted_completion import NonHostedCompletion
    from .payment_accepted_links import PaymentAcceptedLinks
    from .payment_accepted_response import PaymentAcceptedResponse
    from .payment_accepted_response_processing import PaymentAcceptedResponseProcessing
    from .payment_accepted_response_status import PaymentAcceptedResponseStatus
    from .payment_action import PaymentAction
    from .payment_action_authorization_type import PaymentActionAuthorizationType
    from .payment_action_processing import PaymentActionProcessing
    from .payment_action_summary import PaymentActionSummary
    from .payment_action_type import PaymentActionType
    from .payment_balances import PaymentBalances
    from .payment_details import PaymentDetails
    from .payment_details_payment_type import PaymentDetailsPaymentType
    from .payment_details_status import PaymentDetailsStatus
    from .payment_links import PaymentLinks
    from .payment_list import PaymentList
    from .payment_processing import PaymentProcessing
    from .payment_request import PaymentRequest
    from .payment_request_authorization_type import PaymentRequestAuthorizationType
    from .payment_request_card_source import PaymentRequestCardSource
    from .payment_request_id_source import PaymentRequestIdSource
    from .payment_request_payment_type import PaymentRequestPaymentType
    from .payment_request_token_source import PaymentRequestTokenSource
    from .payment_response import PaymentResponse
    from .payment_response_card_source import PaymentResponseCardSource
    from .payment_response_card_source_card_category import PaymentResponseCardSourceCardCategory
    from .payment_response_card_source_card_type import PaymentResponseCardSourceCardType
    from .payment_response_status import PaymentResponseStatus
    from .phone_number import PhoneNumber
    from .refund_accepted_response import RefundAcceptedResponse
    from .refund_request import RefundRequest
    from .risk_request import RiskRequest
    from .risk_result import RiskResult
    from .session import Session
    from .session_accepted import SessionAccepted
    from .session_accepted_challenge_indicator import SessionAcceptedChallengeIndicator
    from .session_acs import SessionAcs
    from .session_acs_challenge_cancel_reason import SessionAcsChallengeCancelReason
    from .session_acs_interface import SessionAcsInterface
    from .session_acs_ui_template import SessionAcsUiTemplate
    from .session_address import SessionAddress
    from .session_authentication_category import SessionAuthenticationCategory
    from .session_authentication_type import SessionAuthenticationType
    from .session_card_info import SessionCardInfo
    from .session_card_info_metadata import SessionCardInfoMetadata
    from .session_card_info_metadata_card_category import SessionCardInfoMetadataCardCategory
    from .session_card_info_metadata_card_type import SessionCardInfoMetadataCardType
    from .session_card_source import SessionCardSource
    from .session_challenge_indicator import SessionChallengeIndicator
    from .session_ds import SessionDs
    from .session_exemption import SessionExemption
    from .session_exemption_applied import SessionExemptionApplied
    from .session_flow_type import SessionFlowType
    from .session_id_source import SessionIdSource
    from .session_links import SessionLinks
    from .session_next_action import SessionNextAction
    from .session_phone import SessionPhone
    from .session_request import SessionRequest
    from .session_request_billing_descriptor import SessionRequestBillingDescriptor
    from .session_request_challenge_indicator import SessionRequestChallengeIndicator
    from .session_response_code import SessionResponseCode
    from .session_scheme import SessionScheme
    from .session_scheme_info import SessionSchemeInfo
    from .session_status import SessionStatus
    from .session_status_reason import SessionStatusReason
    from .session_token_source import SessionTokenSource
    from .session_transaction_type import SessionTransactionType
    from .sessions_error_response import SessionsErrorResponse
    from .sessions_error_response_error_type import SessionsErrorResponseErrorType
    from .three_ds_data import ThreeDSData
    from .three_ds_data_authentication_response import ThreeDSDataAuthenticationResponse
    from .three_ds_data_challenge_indicator import ThreeDSDataChallengeIndicator
    from .three_ds_data_enrolled import ThreeDSDataEnrolled
    from .three_ds_data_exemption_applied import ThreeDSDataExemptionApplied
    from .three_ds_data_signature_valid import ThreeDSDataSignatureValid
    from .three_ds_enrollment_data import ThreeDSEnrollmentData
    from .three_ds_enrollment_data_enrolled import ThreeDSEnrollmentDataEnrolled
    from .three_ds_exemption import ThreeDSExemption
    from .three_ds_method_completion_request import ThreeDsMethodCompletion
    from .three_ds_method_completion_value import ThreeDsMethodCompletionValue
    from .three_ds_request import ThreeDSRequest
    from .three_ds_request_challenge_indicator import ThreeDSRequestChallengeIndicator
    from .three_ds_request_standalone import ThreeDSRequestStandalone
    from .three_ds_request_third_party import ThreeDSRequestThirdParty
    from .three_ds_request_third_party_flow_type import ThreeDSRequestThirdPartyFlowType
    from .upgrade_reason import UpgradeReason
    from .validation_error import ValidationError
    from .void_accepted_response import VoidAcceptedResponse
    from .void_request import VoidRequest
    from .webhook_event import WebhookEvent
    from .webhook_event_type import WebhookEventType
    from .webhook_links import WebhookLinks
    from .webhook_payment_data import WebhookPaymentData
    from .webhook_payment_data_customer import WebhookPaymentDataCustomer
    from .webhook_payment_data_payment_type import WebhookPaymentDataPaymentType
    from .webhook_payment_source import WebhookPaymentSource

_MODULES = {
    "ActionAcceptedLinks": ".action_accepted_links",
    "Address": ".address",
    "AppChannelData": ".app_channel_data",
    "AppChannelDataSdkEphemPubKey": ".app_channel_data_sdk_ephem_pub_key",
    "AppChannelDataSdkEphemPubKeyKty": ".app_channel_data_sdk_ephem_pub_key_kty",
    "AppChannelDataSdkInterfaceType": ".app_channel_data_sdk_interface_type",
    "AppChannelDataSdkUiElementsItem": ".app_channel_data_sdk_ui_elements_item",
    "BillingDescriptor": ".billing_descriptor",
    "BrowserChannelData": ".browser_channel_data",
    "CaptureAcceptedResponse": ".capture_accepted_response",
    "CaptureRequest": ".capture_request",
    "CaptureRequestCaptureType": ".capture_request_capture_type",
    "CustomerRequest": ".customer_request",
    "CustomerResponse": ".customer_response",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "GetSessionDetailsChannel": ".get_session_details_channel",
    "HostedCompletion": ".hosted_completion",
    "Link": ".link",
    "MerchantInitiatedChannelData": ".merchant_initiated_channel_data",
    "MerchantInitiatedChannelDataRequestType": ".merchant_initiated_channel_data_request_type",
    "Metadata": ".metadata",
    "NonHostedCompletion": ".non_hosted_completion",
    "PaymentAcceptedLinks": ".payment_accepted_links",
    "PaymentAcceptedResponse": ".payment_accepted_response",
    "PaymentAcceptedResponseProcessing": ".payment_accepted_response_processing",
    "PaymentAcceptedResponseStatus": ".payment_accepted_response_status",
    "PaymentAction": ".payment_action",
    "PaymentActionAuthorizationType": ".payment_action_authorization_type",
    "PaymentActionProcessing": ".payment_action_processing",
    "PaymentActionSummary": ".payment_action_summary",
    "PaymentActionType": ".payment_action_type",
    "PaymentBalances": ".payment_balances",
    "PaymentDetails": ".payment_details",
    "PaymentDetailsPaymentType": ".payment_details_payment_type",
    "PaymentDetailsStatus": ".payment_details_status",
    "PaymentLinks": ".payment_links",
    "PaymentList": ".payment_list",
    "PaymentProcessing": ".payment_processing",
    "PaymentRequest": ".payment_request",
    "PaymentRequestAuthorizationType": ".payment_request_authorization_type",
    "PaymentRequestCardSource": ".payment_request_card_source",
    "PaymentRequestIdSource": ".payment_request_id_source",
    "PaymentRequestPaymentType": ".payment_request_payment_type",
    "PaymentRequestTokenSource": ".payment_request_token_source",
    "PaymentResponse": ".payment_response",
    "PaymentResponseCardSource": ".payment_response_card_source",
    "PaymentResponseCardSourceCardCategory": ".payment_response_card_source_card_category",
    "PaymentResponseCardSourceCardType": ".payment_response_card_source_card_type",
    "PaymentResponseStatus": ".payment_response_status",
    "PhoneNumber": ".phone_number",
    "RefundAcceptedResponse": ".refund_accepted_response",
    "RefundRequest": ".refund_request",
    "RiskRequest": ".risk_request",
    "RiskResult": ".risk_result",
    "Session": ".session",
    "SessionAccepted": ".session_accepted",
    "SessionAcceptedChallengeIndicator": ".session_accepted_challenge_indicator",
    "SessionAcs": ".session_acs",
    "SessionAcsChallengeCancelReason": ".session_acs_challenge_cancel_reason",
    "SessionAcsInterface": ".session_acs_interface",
    "SessionAcsUiTemplate": ".session_acs_ui_template",
    "SessionAddress": ".session_address",
    "SessionAuthenticationCategory": ".session_authentication_category",
    "SessionAuthenticationType": ".session_authentication_type",
    "SessionCardInfo": ".session_card_info",
    "SessionCardInfoMetadata": ".session_card_info_metadata",
    "SessionCardInfoMetadataCardCategory": ".session_card_info_metadata_card_category",
    "SessionCardInfoMetadataCardType": ".session_card_info_metadata_card_type",
    "SessionCardSource": ".session_card_source",
    "SessionChallengeIndicator": ".session_challenge_indicator",
    "SessionDs": ".session_ds",
    "SessionExemption": ".session_exemption",
    "SessionExemptionApplied": ".session_exemption_applied",
    "SessionFlowType": ".session_flow_type",
    "SessionIdSource": ".session_id_source",
    "SessionLinks": ".session_links",
    "SessionNextAction": ".session_next_action",
    "SessionPhone": ".session_phone",
    "SessionRequest": ".session_request",
    "SessionRequestBillingDescriptor": ".session_request_billing_descriptor",
    "SessionRequestChallengeIndicator": ".session_request_challenge_indicator",
    "SessionResponseCode": ".session_response_code",
    "SessionScheme": ".session_scheme",
    "SessionSchemeInfo": ".session_scheme_info",
    "SessionStatus": ".session_status",
    "SessionStatusReason": ".session_status_reason",
    "SessionTokenSource": ".session_token_source",
    "SessionTransactionType": ".session_transaction_type",
    "SessionsErrorResponse": ".sessions_error_response",
    "SessionsErrorResponseErrorType": ".sessions_error_response_error_type",
    "ThreeDSData": ".three_ds_data",
    "ThreeDSDataAuthenticationResponse": ".three_ds_data_authentication_response",
    "ThreeDSDataChallengeIndicator": ".three_ds_data_challenge_indicator",
    "ThreeDSDataEnrolled": ".three_ds_data_enrolled",
    "ThreeDSDataExemptionApplied": ".three_ds_data_exemption_applied",
    "ThreeDSDataSignatureValid": ".three_ds_data_signature_valid",
    "ThreeDSEnrollmentData": ".three_ds_enrollment_data",
    "ThreeDSEnrollmentDataEnrolled": ".three_ds_enrollment_data_enrolled",
    "ThreeDSExemption": ".three_ds_exemption",
    "ThreeDsMethodCompletion": ".three_ds_method_completion_request",
    "ThreeDsMethodCompletionValue": ".three_ds_method_completion_value",
    "ThreeDSRequest": ".three_ds_request",
    "ThreeDSRequestChallengeIndicator": ".three_ds_request_challenge_indicator",
    "ThreeDSRequestStandalone": ".three_ds_request_standalone",
    "ThreeDSRequestThirdParty": ".three_ds_request_third_party",
    "ThreeDSRequestThirdPartyFlowType": ".three_ds_request_third_party_flow_type",
    "UpgradeReason": ".upgrade_reason",
    "ValidationError": ".validation_error",
    "VoidAcceptedResponse": ".void_accepted_response",
    "VoidRequest": ".void_request",
    "WebhookEvent": ".webhook_event",
    "WebhookEventType": ".webhook_event_type",
    "WebhookLinks": ".webhook_links",
    "WebhookPaymentData": ".webhook_payment_data",
    "WebhookPaymentDataCustomer": ".webhook_payment_data_customer",
    "WebhookPaymentDataPaymentType": ".webhook_payment_data_payment_type",
    "WebhookPaymentSource": ".webhook_payment_source",
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
    "ActionAcceptedLinks",
    "Address",
    "AppChannelData",
    "AppChannelDataSdkEphemPubKey",
    "AppChannelDataSdkEphemPubKeyKty",
    "AppChannelDataSdkInterfaceType",
    "AppChannelDataSdkUiElementsItem",
    "BillingDescriptor",
    "BrowserChannelData",
    "CaptureAcceptedResponse",
    "CaptureRequest",
    "CaptureRequestCaptureType",
    "CustomerRequest",
    "CustomerResponse",
    "Error",
    "ErrorResponse",
    "GetSessionDetailsChannel",
    "HostedCompletion",
    "Link",
    "MerchantInitiatedChannelData",
    "MerchantInitiatedChannelDataRequestType",
    "Metadata",
    "NonHostedCompletion",
    "PaymentAcceptedLinks",
    "PaymentAcceptedResponse",
    "PaymentAcceptedResponseProcessing",
    "PaymentAcceptedResponseStatus",
    "PaymentAction",
    "PaymentActionAuthorizationType",
    "PaymentActionProcessing",
    "PaymentActionSummary",
    "PaymentActionType",
    "PaymentBalances",
    "PaymentDetails",
    "PaymentDetailsPaymentType",
    "PaymentDetailsStatus",
    "PaymentLinks",
    "PaymentList",
    "PaymentProcessing",
    "PaymentRequest",
    "PaymentRequestAuthorizationType",
    "PaymentRequestCardSource",
    "PaymentRequestIdSource",
    "PaymentRequestPaymentType",
    "PaymentRequestTokenSource",
    "PaymentResponse",
    "PaymentResponseCardSource",
    "PaymentResponseCardSourceCardCategory",
    "PaymentResponseCardSourceCardType",
    "PaymentResponseStatus",
    "PhoneNumber",
    "RefundAcceptedResponse",
    "RefundRequest",
    "RiskRequest",
    "RiskResult",
    "Session",
    "SessionAccepted",
    "SessionAcceptedChallengeIndicator",
    "SessionAcs",
    "SessionAcsChallengeCancelReason",
    "SessionAcsInterface",
    "SessionAcsUiTemplate",
    "SessionAddress",
    "SessionAuthenticationCategory",
    "SessionAuthenticationType",
    "SessionCardInfo",
    "SessionCardInfoMetadata",
    "SessionCardInfoMetadataCardCategory",
    "SessionCardInfoMetadataCardType",
    "SessionCardSource",
    "SessionChallengeIndicator",
    "SessionDs",
    "SessionExemption",
    "SessionExemptionApplied",
    "SessionFlowType",
    "SessionIdSource",
    "SessionLinks",
    "SessionNextAction",
    "SessionPhone",
    "SessionRequest",
    "SessionRequestBillingDescriptor",
    "SessionRequestChallengeIndicator",
    "SessionResponseCode",
    "SessionScheme",
    "SessionSchemeInfo",
    "SessionsErrorResponse",
    "SessionsErrorResponseErrorType",
    "SessionStatus",
    "SessionStatusReason",
    "SessionTokenSource",
    "SessionTransactionType",
    "ThreeDSData",
    "ThreeDSDataAuthenticationResponse",
    "ThreeDSDataChallengeIndicator",
    "ThreeDSDataEnrolled",
    "ThreeDSDataExemptionApplied",
    "ThreeDSDataSignatureValid",
    "ThreeDSEnrollmentData",
    "ThreeDSEnrollmentDataEnrolled",
    "ThreeDSExemption",
    "ThreeDsMethodCompletion",
    "ThreeDsMethodCompletionValue",
    "ThreeDSRequest",
    "ThreeDSRequestChallengeIndicator",
    "ThreeDSRequestStandalone",
    "ThreeDSRequestThirdParty",
    "ThreeDSRequestThirdPartyFlowType",
    "UpgradeReason",
    "ValidationError",
    "VoidAcceptedResponse",
    "VoidRequest",
    "WebhookEvent",
    "WebhookEventType",
    "WebhookLinks",
    "WebhookPaymentData",
    "WebhookPaymentDataCustomer",
    "WebhookPaymentDataPaymentType",
    "WebhookPaymentSource",
)
