"""How Payments AI's answer becomes an :class:`~scaretry.Outcome`: a transaction's ``status`` and
``result``, its ``approvalLink`` and its ``data3ds``.

Payments AI answers 201 for every created transaction, declines included: the outcome is read from
``status`` and ``result``, never from the HTTP status ("Transactions",
https://api-docs.payments.ai/docs/get-started/concepts/transactions; "Transaction statuses",
https://api-docs.payments.ai/docs/get-started/concepts/transaction-statuses). A challenge is
``waiting`` with an ``approvalLink`` ("3D Secure 2 (3DS2) guide", step 2). The API exposes no issuer
decline code, so the decline table is keyed on what it does say: the result or status word and,
when 3-D Secure failed, ``3ds-`` + the EMV ``transStatusReason``.
"""

from __future__ import annotations

from typing import TypeVar

from scaretry_paymentsai.models import ThreeDSData, Transaction, TransactionResult, TransactionStatus
from scaretry_paymentsai.types import Unset

from scaretry._handle import Handle
from scaretry._outcome import ActionReason, Decline, Outcome, RedirectAction, State, ThreeDSResult
from scaretry._tables import DeclineTable, StatusMap
from scaretry.providers.paymentsai._config import PROVIDER

__all__ = ["RESULT_STATES", "STATUS_STATES", "outcome_of_transaction", "three_ds_result"]

#: What ``status`` says on its own. AUTHORIZED here means "finished at the issuer": ``result`` then
#: decides (:data:`RESULT_STATES`), so an outcome is AUTHORIZED only when both say so — a refunded
#: transaction whose result is ``unknown`` or a new word is not. ``waiting`` is ACTION_REQUIRED only
#: with an ``approvalLink`` (without one there is nowhere to send the customer: PROCESSING).
STATUS_STATES = StatusMap(
    TransactionStatus,
    {
        TransactionStatus.WAITING: State.ACTION_REQUIRED,
        TransactionStatus.SENDING: State.PROCESSING,
        TransactionStatus.OFFSITE: State.PROCESSING,
        TransactionStatus.SUSPENDED: State.PROCESSING,
        TransactionStatus.COMPLETED: State.AUTHORIZED,
        # The payment went through; provider_status says what followed.
        TransactionStatus.PARTIALLY_REFUNDED: State.AUTHORIZED,
        TransactionStatus.REFUNDED: State.AUTHORIZED,
        TransactionStatus.DISPUTED: State.AUTHORIZED,
        TransactionStatus.VOIDED: State.CANCELED,
        TransactionStatus.TIMEOUT: State.EXPIRED,
        TransactionStatus.NOT_SENT: State.FAILED,
    },
)

#: What ``result`` says of a finished transaction. Abandoned is EXPIRED, not CANCELED: the customer
#: left the challenge, nobody cancelled; CANCELED is a void.
RESULT_STATES = StatusMap(
    TransactionResult,
    {
        TransactionResult.APPROVED: State.AUTHORIZED,
        TransactionResult.DECLINED: State.DECLINED,
        TransactionResult.ABANDONED: State.EXPIRED,
        TransactionResult.CANCELED: State.CANCELED,
        TransactionResult.UNKNOWN: State.PROCESSING,
    },
)

T = TypeVar("T")

_DECLINED = (State.DECLINED, State.EXPIRED, State.FAILED)
_AUTHENTICATED = {"Y": True, "N": False, "R": False, "U": False}


def _set(value: T | Unset) -> T | None:
    return None if isinstance(value, Unset) else value


def outcome_of_transaction(txn: Transaction, handle: Handle, table: DeclineTable) -> Outcome:
    """The outcome of a transaction: ``status`` + ``result`` → state, ``approvalLink`` → the
    customer's redirect, ``data3ds`` → the 3DS result, and the decline when there is one."""
    approval_link = _set(txn.approval_link)
    state = STATUS_STATES.state(txn.status)
    if state is State.AUTHORIZED:
        state = RESULT_STATES.state(txn.result)
    action = None
    if state is State.ACTION_REQUIRED:
        if approval_link:
            action = RedirectAction(approval_link, ActionReason.CHALLENGE)
        else:
            state = State.PROCESSING
    three_ds = three_ds_result(_set(txn.data3ds), table)
    decline = _decline(str(txn.status), str(txn.result), three_ds, table) if state in _DECLINED else None
    return Outcome(
        state=state,
        provider=PROVIDER,
        payment_id=txn.id,
        provider_status=f"{txn.status}/{txn.result}",
        handle=handle,
        action=action,
        upgraded=False,
        decline=decline,
        three_ds=three_ds,
        raw=txn,
    )


def three_ds_result(data: ThreeDSData | None, table: DeclineTable) -> ThreeDSResult | None:
    """``data3ds`` as a :class:`~scaretry.ThreeDSResult`: authenticated for ``transStatus`` Y, not
    for N, R and U, unknown otherwise; the EMV reason with its text."""
    if data is None:
        return None
    reason = _set(data.trans_status_reason)
    return ThreeDSResult(
        version=_set(data.version),
        eci=_set(data.eci),
        challenged=_set(data.challenged),
        authenticated=_AUTHENTICATED.get(str(_set(data.trans_status))),
        status_reason=reason,
        status_reason_text=table.reason_text(reason),
    )


def _decline(status: str, result: str, three_ds: ThreeDSResult | None, table: DeclineTable) -> Decline:
    # The API has no issuer decline code: the table is keyed on what it does say.
    code = status if status in ("timeout", "not-sent") else result
    if result == "declined" and three_ds is not None and three_ds.authenticated is False and three_ds.status_reason:
        code = f"3ds-{three_ds.status_reason}"
    rule = table.lookup(code)
    return Decline(code=code, message=rule.message, category=rule.category)
