"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time its name is used (PEP 562), so that importing one
model does not import the hundreds of others: a client that reads a payment loads what it reads.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .transaction_amounts import TransactionAmounts
    from .transaction_card import TransactionCard
    from .transaction_event import TransactionEvent
    from .transaction_funding_data import TransactionFundingData
    from .transaction_gateway_token import TransactionGatewayToken
    from .transaction_intent import TransactionIntent
    from .transaction_method import TransactionMethod
    from .transaction_recurring import TransactionRecurring
    from .transaction_scheme_token import TransactionSchemeToken
    from .transaction_shopper import TransactionShopper
    from .transaction_state import TransactionState
    from .transaction_state_data import TransactionStateData
    from .transaction_three_d_secure_result import TransactionThreeDSecureResult

_MODULES = {
    "Address": ".address",
    "Amounts": ".amounts",
    "Authentication": ".authentication",
    "AuthenticationAmounts": ".authentication_amounts",
    "AuthenticationEvent": ".authentication_event",
    "AuthenticationIntent": ".authentication_intent",
    "AuthenticationRecurring": ".authentication_recurring",
    "AuthenticationState": ".authentication_state",
    "BrowserData": ".browser_data",
    "Card": ".card",
    "ChallengeIndicator": ".challenge_indicator",
    "EntryType": ".entry_type",
    "EventOwner": ".event_owner",
    "ExemptionType": ".exemption_type",
    "FundingData": ".funding_data",
    "FundingType": ".funding_type",
    "GatewayToken": ".gateway_token",
    "InitiateBrowserAuthenticationRequest": ".initiate_browser_authentication_request",
    "InitiateTransactionRequest": ".initiate_transaction_request",
    "MaskedCard": ".masked_card",
    "PreInitiateAuthenticationResponse": ".pre_initiate_authentication_response",
    "PreInitiateIntegratedAuthenticationRequest": ".pre_initiate_integrated_authentication_request",
    "PreInitiateIntegratedAuthenticationResponse": ".pre_initiate_integrated_authentication_response",
    "PreInitiateStandaloneAuthenticationRequest": ".pre_initiate_standalone_authentication_request",
    "ProcessingModel": ".processing_model",
    "ProviderResponse": ".provider_response",
    "PxpError": ".pxp_error",
    "PxpErrorDetail": ".pxp_error_detail",
    "ReportingEvent": ".reporting_event",
    "ReportingEventEventData": ".reporting_event_event_data",
    "RequestorAuthenticationIndicator": ".requestor_authentication_indicator",
    "SchemeToken": ".scheme_token",
    "SchemeTokenExternal": ".scheme_token_external",
    "StateData": ".state_data",
    "ThreeDSecureData": ".three_d_secure_data",
    "ThreeDSecureTransactionStatus": ".three_d_secure_transaction_status",
    "TokenEvent": ".token_event",
    "TokenEventEventData": ".token_event_event_data",
    "Transaction": ".transaction",
    "TransactionAmounts": ".transaction_amounts",
    "TransactionCard": ".transaction_card",
    "TransactionEvent": ".transaction_event",
    "TransactionFundingData": ".transaction_funding_data",
    "TransactionGatewayToken": ".transaction_gateway_token",
    "TransactionIntent": ".transaction_intent",
    "TransactionMethod": ".transaction_method",
    "TransactionRecurring": ".transaction_recurring",
    "TransactionSchemeToken": ".transaction_scheme_token",
    "TransactionShopper": ".transaction_shopper",
    "TransactionState": ".transaction_state",
    "TransactionStateData": ".transaction_state_data",
    "TransactionThreeDSecureResult": ".transaction_three_d_secure_result",
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
    "TransactionAmounts",
    "TransactionCard",
    "TransactionEvent",
    "TransactionFundingData",
    "TransactionGatewayToken",
    "TransactionIntent",
    "TransactionMethod",
    "TransactionRecurring",
    "TransactionSchemeToken",
    "TransactionShopper",
    "TransactionState",
    "TransactionStateData",
    "TransactionThreeDSecureResult",
)
