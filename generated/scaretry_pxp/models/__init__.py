"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .amounts import Amounts
from .authentication import Authentication
from .authentication_amounts import AuthenticationAmounts
from .authentication_event import AuthenticationEvent
from .authentication_intent import AuthenticationIntent
from .authentication_recurring import AuthenticationRecurring
from .authentication_state import AuthenticationState
from .browser_data import BrowserData
from .card import Card
from .challenge_indicator import ChallengeIndicator
from .entry_type import EntryType
from .event_owner import EventOwner
from .exemption_type import ExemptionType
from .funding_data import FundingData
from .funding_type import FundingType
from .gateway_token import GatewayToken
from .initiate_browser_authentication_request import InitiateBrowserAuthenticationRequest
from .initiate_transaction_request import InitiateTransactionRequest
from .masked_card import MaskedCard
from .pre_initiate_authentication_response import PreInitiateAuthenticationResponse
from .pre_initiate_integrated_authentication_request import PreInitiateIntegratedAuthenticationRequest
from .pre_initiate_integrated_authentication_response import PreInitiateIntegratedAuthenticationResponse
from .pre_initiate_standalone_authentication_request import PreInitiateStandaloneAuthenticationRequest
from .processing_model import ProcessingModel
from .provider_response import ProviderResponse
from .pxp_error import PxpError
from .pxp_error_detail import PxpErrorDetail
from .reporting_event import ReportingEvent
from .reporting_event_event_data import ReportingEventEventData
from .requestor_authentication_indicator import RequestorAuthenticationIndicator
from .scheme_token import SchemeToken
from .scheme_token_external import SchemeTokenExternal
from .state_data import StateData
from .three_d_secure_data import ThreeDSecureData
from .three_d_secure_transaction_status import ThreeDSecureTransactionStatus
from .token_event import TokenEvent
from .token_event_event_data import TokenEventEventData
from .transaction import Transaction
from .transaction_card import TransactionCard
from .transaction_event import TransactionEvent
from .transaction_funding_data import TransactionFundingData
from .transaction_gateway_token import TransactionGatewayToken
from .transaction_intent import TransactionIntent
from .transaction_method import TransactionMethod
from .transaction_recurring import TransactionRecurring
from .transaction_scheme_token import TransactionSchemeToken
from .transaction_state import TransactionState
from .transaction_three_d_secure_result import TransactionThreeDSecureResult

__all__ = (
    "Address",
    "Amounts",
    "Authentication",
    "AuthenticationAmounts",
    "AuthenticationEvent",
    "AuthenticationIntent",
    "AuthenticationRecurring",
    "AuthenticationState",
    "BrowserData",
    "Card",
    "ChallengeIndicator",
    "EntryType",
    "EventOwner",
    "ExemptionType",
    "FundingData",
    "FundingType",
    "GatewayToken",
    "InitiateBrowserAuthenticationRequest",
    "InitiateTransactionRequest",
    "MaskedCard",
    "PreInitiateAuthenticationResponse",
    "PreInitiateIntegratedAuthenticationRequest",
    "PreInitiateIntegratedAuthenticationResponse",
    "PreInitiateStandaloneAuthenticationRequest",
    "ProcessingModel",
    "ProviderResponse",
    "PxpError",
    "PxpErrorDetail",
    "ReportingEvent",
    "ReportingEventEventData",
    "RequestorAuthenticationIndicator",
    "SchemeToken",
    "SchemeTokenExternal",
    "StateData",
    "ThreeDSecureData",
    "ThreeDSecureTransactionStatus",
    "TokenEvent",
    "TokenEventEventData",
    "Transaction",
    "TransactionCard",
    "TransactionEvent",
    "TransactionFundingData",
    "TransactionGatewayToken",
    "TransactionIntent",
    "TransactionMethod",
    "TransactionRecurring",
    "TransactionSchemeToken",
    "TransactionState",
    "TransactionThreeDSecureResult",
)
