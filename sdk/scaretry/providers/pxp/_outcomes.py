"""How PXP's answers become an :class:`~scaretry.Outcome`.

Two status fields decide an outcome, each mapped as data (``StatusMap``): a transaction's ``state``
(the twelve values of PXP's "Get transaction details",
https://developer.pxp.io/apis/transaction/other/get-transaction-details) and an authentication's
``state`` (PXP's "3DS states" guide). Only ``Authorised`` and ``Captured`` say that a card
authorisation holds funds; ``Executed``, ``Confirmed``, ``Updated`` and ``Approved`` are listed
without a meaning and read PROCESSING, never a guessed final state, as does a state PXP adds later.
A refused transaction's code — the scheme code in ``providerResponse.code`` where the answer carries
one, else the documented ``stateData.code`` (``CRD…``) — and a finished authentication's
``stateData.code`` (the EMV transStatusReason) are looked up in the decline table
(``data/pxp.json``): category, decision (upgrade, retry, final) and message.
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

import attrs
from scaretry_pxp.models import (
    Authentication,
    AuthenticationState,
    PreInitiateIntegratedAuthenticationResponse,
    ProviderResponse,
    PxpError,
    StateData,
    ThreeDSecureTransactionStatus,
    Transaction,
    TransactionState,
    TransactionStateData,
    TransactionThreeDSecureResult,
)
from scaretry_pxp.types import Unset

from scaretry._adapter import RawResponse, api_error, unexpected
from scaretry._handle import Handle
from scaretry._outcome import Action, Decline, Outcome, State, ThreeDSResult
from scaretry._tables import Decision, DeclineRule, DeclineTable, StatusMap
from scaretry.providers.pxp import _handles as keys
from scaretry.providers.pxp._config import PROVIDER

__all__ = [
    "ABANDONED",
    "AUTHENTICATION_STATES",
    "TRANSACTION_STATES",
    "authentication_for",
    "authentication_rule",
    "expect",
    "outcome",
    "outcome_of_authentication",
    "outcome_of_failed_authentication",
    "outcome_of_transaction",
    "three_ds_of_authentication",
    "transaction_for",
]

log = logging.getLogger("scaretry")

T = TypeVar("T")

TRANSACTION_STATES = StatusMap(
    TransactionState,
    {
        TransactionState.AUTHORISED: State.AUTHORIZED,  # funds reserved
        TransactionState.CAPTURED: State.AUTHORIZED,  # funds reserved and taken (a Purchase)
        TransactionState.REFUSED: State.DECLINED,
        TransactionState.REJECTED: State.DECLINED,  # refused by PXP before it reached the issuer
        TransactionState.ERROR: State.FAILED,
        TransactionState.CANCELLED: State.CANCELED,
        TransactionState.REFUNDED: State.CANCELED,  # the funds went back: nothing is held
        TransactionState.PENDING: State.PROCESSING,
        # Listed by PXP without a meaning for a card authorisation: reading them as funds held (or
        # not) would be a guess either way, so the payment stays open and is read again.
        TransactionState.EXECUTED: State.PROCESSING,
        TransactionState.CONFIRMED: State.PROCESSING,
        TransactionState.UPDATED: State.PROCESSING,
        TransactionState.APPROVED: State.PROCESSING,
    },
)

#: An authentication's state as the payment's, when the authentication is all there is (a webhook,
#: or a poll before the transaction): a success still needs its transaction, so it is PROCESSING.
AUTHENTICATION_STATES = StatusMap(
    AuthenticationState,
    {
        AuthenticationState.PENDINGCLIENTDATA: State.PROCESSING,
        AuthenticationState.PENDINGCUSTOMERCHALLENGE: State.ACTION_REQUIRED,
        AuthenticationState.AUTHENTICATIONSUCCESSFUL: State.PROCESSING,
        AuthenticationState.AUTHENTICATIONFAILED: State.DECLINED,
        AuthenticationState.AUTHENTICATIONREJECTED: State.DECLINED,
        AuthenticationState.AUTHENTICATIONERROR: State.DECLINED,
    },
)

#: stateData codes meaning the cardholder never finished the challenge: the payment expired.
ABANDONED = frozenset({"26"})
#: ECI values of an authenticated (05 Visa, 02 Mastercard) and an attempted-only (06, 01) 3DS.
_AUTHENTICATED_ECI = {"05": True, "02": True, "06": False, "01": False}


def _set(value: T | Unset | None) -> T | None:
    return None if isinstance(value, Unset) else value


def request_id(response: RawResponse) -> str | None:
    """The ``X-Request-Id`` PXP echoes, else the error body's ``correlationId``."""
    echoed: str | None = response.headers.get("x-request-id")
    if echoed:
        return echoed
    parsed = response.parsed
    if isinstance(parsed, PxpError) and isinstance(parsed.correlation_id, str):
        return parsed.correlation_id
    return None


def expect(response: RawResponse, kind: type[T], what: str) -> T:
    """The answer's ``kind`` model, or the typed error: PXP's error body (``api_error``), or
    UnexpectedResponse for a 200 that is not ``kind``."""
    parsed = response.parsed
    if response.status_code != 200:
        if isinstance(parsed, PxpError):
            message = f"{what}: {_set(parsed.error_reason) or parsed.error_code}"
            raise api_error(PROVIDER, response, message, parsed.error_code, request_id(response))
        raise api_error(PROVIDER, response, f"{what}: HTTP {response.status_code}", None, request_id(response))
    if not isinstance(parsed, kind):
        raise unexpected(PROVIDER, response, f"{what}: the 200 answer is not a {kind.__name__}", request_id(response))
    return parsed


def transaction_for(response: RawResponse, merchant_transaction_id: str, what: str) -> Transaction:
    """The answer's transaction, bound to the one asked for: another ``merchantTransactionId`` is
    someone else's transaction (a mix-up on the way), never this payment's outcome."""
    transaction = expect(response, Transaction, what)
    if transaction.merchant_transaction_id != merchant_transaction_id:
        message = f"{what}: the answer's merchantTransactionId is not {merchant_transaction_id!r}"
        raise unexpected(PROVIDER, response, message, request_id(response))
    return transaction


def authentication_for(response: RawResponse, authentication_id: str, what: str) -> Authentication:
    """The answer's authentication, bound to the one asked for (its ``authenticationId``)."""
    auth = expect(response, Authentication, what)
    if auth.authentication_id != authentication_id:
        message = f"{what}: the answer's authenticationId is not this payment's"
        raise unexpected(PROVIDER, response, message, request_id(response))
    return auth


def outcome(
    state: State,
    handle: Handle,
    status: str,
    raw: Any,
    *,
    action: Action | None = None,
    decline: Decline | None = None,
    three_ds: ThreeDSResult | None = None,
) -> Outcome:
    return Outcome(
        state=state,
        provider=PROVIDER,
        payment_id=handle.payment_id,
        provider_status=status,
        handle=handle,
        action=action,
        upgraded=handle.upgraded,
        decline=decline,
        three_ds=three_ds,
        raw=raw,
    )


# -- 3DS -------------------------------------------------------------------------------------------


def with_reason(table: DeclineTable, three_ds: ThreeDSResult, state_data: StateData | Unset | None) -> ThreeDSResult:
    """``three_ds`` with the stateData code (EMV transStatusReason) and its text: PXP's "3DS states"
    guide says it applies to every state, success included."""
    if not isinstance(state_data, StateData):
        return three_ds
    text = table.reason_text(state_data.code) or _set(state_data.reason)
    return attrs.evolve(three_ds, status_reason=state_data.code, status_reason_text=text)


def three_ds_of_authentication(table: DeclineTable, auth: Authentication, challenged: bool | None) -> ThreeDSResult:
    status = _set(auth.transaction_status)
    authenticated = None if status in (None, ThreeDSecureTransactionStatus.C) else status == "Y"
    result = ThreeDSResult(
        version=_set(auth.three_d_secure_version),
        eci=_set(auth.electronic_commerce_indicator),
        challenged=challenged,
        authenticated=authenticated,
    )
    return with_reason(table, result, auth.state_data)


def three_ds_of_pre_initiation(table: DeclineTable, pre: PreInitiateIntegratedAuthenticationResponse) -> ThreeDSResult:
    """An authentication that ended at pre-initiation (the card is not enrolled): never authenticated."""
    return with_reason(
        table, ThreeDSResult(version=_set(pre.three_d_secure_version), authenticated=False), pre.state_data
    )


def authentication_rule(table: DeclineTable, state: str, code: str | None) -> tuple[DeclineRule, Decision]:
    """Category and decision of a finished authentication: ``3ds:<state>:<code>`` in the decline
    table decides both, else ``3ds:any:<code>`` (a code that means the same in every state: the
    decoupled-authentication ones), else ``3ds:<state>`` the category and the ``threeds`` table
    the decision."""
    for key in (f"3ds:{state}:{code}", f"3ds:any:{code}") if code else ():
        specific = table.declines.get(key)
        if specific is not None:
            return specific, specific.decision
    return table.lookup(f"3ds:{state}"), table.threeds_decision(state)


def outcome_of_failed_authentication(
    table: DeclineTable,
    state: str,
    state_data: StateData | Unset | None,
    handle: Handle,
    raw: Any,
    three_ds: ThreeDSResult,
) -> Outcome:
    """A failed, rejected or errored authentication, not retried: DECLINED with the stateData code,
    or EXPIRED when the cardholder never completed the challenge (26)."""
    code = state_data.code if isinstance(state_data, StateData) else None
    if state == AuthenticationState.AUTHENTICATIONFAILED and code in ABANDONED:
        return outcome(State.EXPIRED, handle, state, raw, three_ds=three_ds)
    rule, _ = authentication_rule(table, state, code)
    text = table.reason_text(code) or (_set(state_data.reason) if isinstance(state_data, StateData) else None)
    decline = Decline(code, text or rule.message or state, rule.category)
    return outcome(State.DECLINED, handle, state, raw, decline=decline, three_ds=three_ds)


def outcome_of_authentication(table: DeclineTable, auth: Authentication, handle: Handle) -> Outcome:
    """An authentication on its own (a webhook's): successful or pending is PROCESSING — the payment
    continues from the handle stored with the order — and a failure is final."""
    three_ds = three_ds_of_authentication(table, auth, None)
    state = AUTHENTICATION_STATES.state(auth.state)
    if state is State.DECLINED:
        return outcome_of_failed_authentication(table, str(auth.state), auth.state_data, handle, auth, three_ds)
    return outcome(State.PROCESSING, handle, str(auth.state), auth, three_ds=three_ds)


# -- transactions ------------------------------------------------------------------------------


def _three_ds_of_transaction(table: DeclineTable, transaction: Transaction, handle: Handle) -> ThreeDSResult | None:
    """The 3DS a transaction was authorised with: its own echo where PXP sends one, else what the
    authentication said (kept in the handle), with the authentication's stateData code ("3DS
    states" guide: it applies to every state, success included). None without 3DS."""
    data = handle.data
    secure = transaction.three_d_secure_data
    echo = secure if isinstance(secure, TransactionThreeDSecureResult) else None
    if echo is None and data.get(keys.ECI) is None and data.get(keys.STATUS_REASON) is None:
        return None
    eci = (_set(echo.electronic_commerce_indicator) if echo else None) or _text(data.get(keys.ECI))
    reason = _text(data.get(keys.STATUS_REASON))
    return ThreeDSResult(
        version=(_set(echo.three_d_secure_version) if echo else None) or _text(data.get(keys.THREE_DS_VERSION)),
        eci=eci,
        challenged=_flag(data.get(keys.CHALLENGED)),
        authenticated=_AUTHENTICATED_ECI.get(str(eci)),
        status_reason=reason,
        status_reason_text=table.reason_text(reason),
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def outcome_of_transaction(table: DeclineTable, transaction: Transaction, handle: Handle) -> Outcome:
    """A transaction's outcome: its state through :data:`TRANSACTION_STATES`, a decline from its
    code (:func:`response_code`) when refused or in error, the 3DS it carries."""
    code = response_code(transaction)
    state = TRANSACTION_STATES.state(transaction.state)
    if not transaction.state.is_known:
        log.warning("pxp: unknown transaction state %r; reporting PROCESSING", str(transaction.state))
    decline = None
    if state in (State.DECLINED, State.FAILED):
        rule = table.lookup(code)
        decline = Decline(code, _response_message(transaction) or rule.message, rule.category)
    handle = handle.evolve(step=keys.Step.TRANSACTION, payment_id=transaction.system_transaction_id)
    return outcome(
        state,
        handle,
        str(transaction.state),
        transaction,
        decline=decline,
        three_ds=_three_ds_of_transaction(table, transaction, handle),
    )


def response_code(transaction: Transaction) -> str | None:
    """The code that says why: the scheme response code (``providerResponse.code``) where the answer
    carries one — it alone tells a soft decline for missing SCA (1A, 65) — else PXP's documented
    ``stateData.code`` (``CRD…``, "Get transaction details")."""
    provider_response = transaction.provider_response
    if isinstance(provider_response, ProviderResponse):
        return provider_response.code
    state_data = transaction.state_data
    return _set(state_data.code) if isinstance(state_data, TransactionStateData) else None


def _response_message(transaction: Transaction) -> str | None:
    provider_response = transaction.provider_response
    if isinstance(provider_response, ProviderResponse):
        return _set(provider_response.message)
    state_data = transaction.state_data
    return _set(state_data.message) if isinstance(state_data, TransactionStateData) else None
