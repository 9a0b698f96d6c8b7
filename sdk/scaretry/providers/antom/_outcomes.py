"""How Antom's answer becomes an :class:`~scaretry.Outcome`: pay, inquiryPayment and notifyPayment.

- ``pay`` (docs.antom.com/ac/ams/payment_cashier): ``result.resultStatus`` S is authorised, F a
  decline (unless the code refuses the request itself, see :mod:`._results`), U in process. U
  ``PAYMENT_IN_PROCESS`` with ``normalUrl`` or a ``redirectActionForm`` sends the buyer there (see
  :mod:`._actions`: a challenge, Antom's card page, or Antom 3DS-Retry's upgrade).
- ``inquiryPayment`` (docs.antom.com/ac/ams/paymentri_online): ``paymentStatus`` SUCCESS, FAIL,
  CANCELLED are final; PROCESSING (the buyer has not finished: the action is still theirs to do,
  the one pay gave or one the inquiry's ``redirectActionForm`` carries) and PENDING (the buyer
  finished, the result is coming) are not. FAIL ``ORDER_IS_CLOSED`` is a payment Antom closed unpaid
  at its expiry time: EXPIRED. F ``ORDER_NOT_EXIST`` is PROCESSING for a pay whose answer was lost
  or unknown (not there yet) and for a payment session nobody paid yet; an error otherwise.
- ``notifyPayment`` (docs.antom.com/ac/ams/paymentrn_online): ``PAYMENT_RESULT`` carries the
  payment's result in ``result``; ``PAYMENT_PENDING`` says only that the buyer is done.

Status words Antom has not used yet read as not final (PROCESSING), never as a guessed final state.
``outcome.three_ds`` comes from ``paymentResultInfo.threeDSResult``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from scaretry_antom.models import (
    CreatePaymentSessionResponse,
    InquiryPaymentResponse,
    NotifyPaymentRequest,
    NotifyType,
    PaymentResultInfo,
    PayResponse,
    ResultStatusType,
    TransactionStatusType,
)
from scaretry_antom.models import ThreeDSResult as AntomThreeDSResult
from scaretry_antom.types import Unset

from scaretry._adapter import RawResponse
from scaretry._handle import Handle
from scaretry._outcome import Decline, Outcome, State, ThreeDSResult
from scaretry._tables import DeclineTable, StatusMap
from scaretry.providers.antom._actions import action_data, action_of, reason_for, sent_for_upgrade, stored_action
from scaretry.providers.antom._config import PROVIDER
from scaretry.providers.antom._results import AUTH_CODES, REQUEST_CODES, parsed_as, result_error, unexpected

__all__ = [
    "PAYMENT_STATUS",
    "RESULT_NOTIFICATIONS",
    "RESULT_STATUS",
    "UNANSWERED",
    "action_unknown",
    "outcome_of_notification",
    "outcome_of_payment",
    "outcome_of_status",
    "never_received",
    "outcome_never_received",
    "session_handle",
]

#: ``result.resultStatus`` of a pay answer, and of a PAYMENT_RESULT notification.
RESULT_STATUS = StatusMap(
    ResultStatusType,
    {ResultStatusType.S: State.AUTHORIZED, ResultStatusType.F: State.DECLINED, ResultStatusType.U: State.PROCESSING},
)
#: ``paymentStatus`` of inquiryPayment.
PAYMENT_STATUS = StatusMap(
    TransactionStatusType,
    {
        TransactionStatusType.SUCCESS: State.AUTHORIZED,
        TransactionStatusType.FAIL: State.DECLINED,
        TransactionStatusType.CANCELLED: State.CANCELED,
        TransactionStatusType.PROCESSING: State.PROCESSING,
        TransactionStatusType.PENDING: State.PROCESSING,
    },
)
#: ``notifyType`` → whether the notification carries the payment's result (PAYMENT_PENDING: the
#: buyer is done, the result is coming). A type not listed here is surfaced as PROCESSING.
RESULT_NOTIFICATIONS: dict[NotifyType, bool] = {NotifyType.PAYMENT_RESULT: True, NotifyType.PAYMENT_PENDING: False}

_CLOSED = "ORDER_IS_CLOSED"  # Antom closes an unpaid payment at paymentExpiryTime: it expired
#: Handle steps of a pay whose answer showed no action: lost (``pay``: the handle of an error) or
#: unknown (``processing``: U without a redirect). The payment may exist and wait for the buyer.
UNANSWERED = frozenset({"pay", "processing"})


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _text(value: Any) -> str | None:
    value = _opt(value)
    return None if value is None else str(value)


def _boolean(value: Any) -> bool | None:
    value = _opt(value)
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).lower()
    return True if text == "true" else False if text == "false" else None


# -- parts of an outcome ------------------------------------------------------------------------


def _three_ds(info: Any, card_info: Any, table: DeclineTable) -> ThreeDSResult | None:
    result: Any = None
    if isinstance(info, PaymentResultInfo):
        result = _opt(info.three_ds_result)
    if result is None and card_info is not None:
        result = _opt(getattr(card_info, "three_ds_result", None))
    if not isinstance(result, AntomThreeDSResult):
        return None
    version = _text(result.three_ds_version)
    eci = _text(result.eci)
    if version is None and eci is None and _boolean(result.three_ds_offered) is False:
        return None  # 3DS did not run at all
    reason = _text(result.three_d_stransaction_status_reason)
    return ThreeDSResult(
        version=version,
        eci=eci,
        challenged=_boolean(result.challenged),
        authenticated=None if eci is None else eci in ("02", "05"),
        status_reason=reason,
        status_reason_text=table.reason_text(reason),
    )


def _outcome(state: State, handle: Handle, raw: Any, **fields: Any) -> Outcome:
    return Outcome(state=state, provider=PROVIDER, payment_id=handle.payment_id, handle=handle, raw=raw, **fields)


def _final(
    state: State, code: str, message: str | None, handle: Handle, raw: Any, status: str, info: Any, table: DeclineTable
) -> Outcome:
    """A final outcome (AUTHORIZED or DECLINED; a closed payment is EXPIRED) with its 3DS result.

    A payment sent without 3DS in UPGRADE mode whose result shows that 3DS ran was upgraded by Antom
    3DS-Retry (with is3DSAuthentication false Antom starts no 3DS of its own, docs.antom.com/ac/pm/3ds_retry):
    how an upgrade behind Antom's own page (a session, the hosted card page) is recognised."""
    three_ds = _three_ds(info, getattr(raw, "card_info", None), table)
    if three_ds is not None and sent_for_upgrade(handle):
        handle = handle.evolve(upgraded=True)
    handle = handle.evolve(step="final")
    fields: dict[str, Any] = {"provider_status": status, "upgraded": handle.upgraded, "three_ds": three_ds}
    if state is State.AUTHORIZED:
        return _outcome(state, handle, raw, **fields)
    rule = table.lookup(code)
    decline = Decline(code=code, message=message or rule.message, category=rule.category)
    return _outcome(State.EXPIRED if code == _CLOSED else State.DECLINED, handle, raw, decline=decline, **fields)


# -- answers ------------------------------------------------------------------------------------


def _bound(response: RawResponse, operation: str, handle: Handle, parsed: Any, *, required: bool) -> None:
    """Refuse an answer about another payment: a genuinely signed answer can be replayed for another
    request (the signature covers the answer, not the question), so its ``paymentRequestId`` must be
    the request's and its ``paymentId`` the handle's, where both are known. ``required``: an answer
    that decides the payment must name it."""
    answered_request, answered_payment = _text(parsed.payment_request_id), _text(parsed.payment_id)
    if answered_request is not None and answered_request != handle.idempotency_key:
        raise unexpected(
            response,
            f"{operation}: the answer is about paymentRequestId {answered_request!r}, not this payment's "
            f"{handle.idempotency_key!r}",
        )
    if answered_payment is not None and handle.payment_id is not None and answered_payment != handle.payment_id:
        raise unexpected(
            response, f"{operation}: the answer is about paymentId {answered_payment!r}, not {handle.payment_id!r}"
        )
    if required and answered_request is None and (answered_payment is None or handle.payment_id is None):
        raise unexpected(
            response, f"{operation}: the answer lacks paymentRequestId, so it cannot be bound to this payment"
        )


def outcome_of_payment(response: RawResponse, handle: Handle, table: DeclineTable) -> Outcome:
    """A pay answer, for the payment ``handle`` stands for (its data holds the request's flags)."""
    parsed = parsed_as(response, "pay", PayResponse)
    result = parsed.result
    code = result.result_code
    state = RESULT_STATUS.state(result.result_status)
    # A success or a redirect decides the payment: it must say which payment it is about.
    _bound(response, "pay", handle, parsed, required=state is State.AUTHORIZED or code == "PAYMENT_IN_PROCESS")
    handle = handle.evolve(payment_id=_text(parsed.payment_id))
    info = parsed.payment_result_info
    if state is State.AUTHORIZED:
        return _final(state, code, _text(result.result_message), handle, parsed, code, info, table)
    if state is State.DECLINED:
        if code in AUTH_CODES or code in REQUEST_CODES:
            raise result_error(result, response, "pay")
        return _final(state, code, _text(result.result_message), handle, parsed, code, info, table)
    # U (or a status letter Antom has not used yet): the payment is in process or unknown.
    if code == "PAYMENT_IN_PROCESS" and (outcome := _waiting_for_buyer(handle, parsed, code)) is not None:
        return outcome
    handle = handle.evolve(step="processing")
    return _outcome(State.PROCESSING, handle, parsed, provider_status=code)


def _waiting_for_buyer(handle: Handle, parsed: PayResponse | InquiryPaymentResponse, status: str) -> Outcome | None:
    """ACTION_REQUIRED with the action the answer carries (kept in the handle), or None."""
    reason, upgraded = reason_for(handle)
    action = action_of(parsed, reason)
    if action is None:
        return None
    handle = handle.evolve(step="customer_action", upgraded=upgraded, data={**handle.data, **action_data(action)})
    return _outcome(State.ACTION_REQUIRED, handle, parsed, provider_status=status, action=action, upgraded=upgraded)


def outcome_of_status(response: RawResponse, handle: Handle, table: DeclineTable) -> Outcome:
    """An inquiryPayment answer, for the payment ``handle`` stands for."""
    parsed = parsed_as(response, "inquiryPayment", InquiryPaymentResponse)
    result = parsed.result
    status = result.result_status
    if status is ResultStatusType.F:
        if result.result_code == "ORDER_NOT_EXIST" and handle.step == "session":
            return _session_unpaid(handle, parsed)
        if result.result_code == "ORDER_NOT_EXIST" and handle.step in UNANSWERED and not handle.payment_id:
            # pay's answer was lost or unknown, so its request may still be in flight: Antom answers
            # U for "inquire later, or send the same request again", and what is in flight can still
            # create the payment. Not there yet is not known to be absent: keep polling.
            return _outcome(State.PROCESSING, handle, parsed, provider_status=result.result_code)
        raise result_error(result, response, "inquiryPayment")
    if status is not ResultStatusType.S:  # U: the inquiry itself did not work out; the payment is where it was
        return _outcome(State.PROCESSING, handle, parsed, provider_status=result.result_code, upgraded=handle.upgraded)
    _bound(response, "inquiryPayment", handle, parsed, required=True)
    handle = handle.evolve(payment_id=_text(parsed.payment_id) or handle.payment_id)
    payment_status = _text(parsed.payment_status)
    if payment_status is None:
        raise unexpected(response, "inquiryPayment: an S answer without paymentStatus (the payment's state)")
    code = _text(parsed.payment_result_code) or payment_status
    state = PAYMENT_STATUS.state(payment_status)
    if state in (State.AUTHORIZED, State.DECLINED):
        message = _text(parsed.payment_result_message)
        return _final(state, code, message, handle, parsed, payment_status, parsed.payment_result_info, table)
    if state.is_final:
        handle = handle.evolve(step="final")
        return _outcome(state, handle, parsed, provider_status=payment_status, upgraded=handle.upgraded)
    if payment_status == "PROCESSING" and handle.step in (*UNANSWERED, "customer_action"):
        # The buyer has not come back: the redirect pay gave, or the one this answer carries.
        action = stored_action(handle)
        if action is not None:
            upgraded = handle.upgraded
            return _outcome(
                State.ACTION_REQUIRED, handle, parsed, provider_status=payment_status, action=action, upgraded=upgraded
            )
        if (outcome := _waiting_for_buyer(handle, parsed, payment_status)) is not None:
            return outcome
    # PENDING (the buyer is done, the result is coming), PROCESSING after the buyer came back or
    # without a redirect we know of (see :func:`action_unknown`), or a status Antom has not used
    # yet: not final, keep polling.
    return _outcome(State.PROCESSING, handle, parsed, provider_status=payment_status, upgraded=handle.upgraded)


def action_unknown(outcome: Outcome) -> bool:
    """A payment Antom holds in process (PROCESSING: the buyer has not finished) whose action, if it
    has one, scaretry never saw: pay's answer was lost or said nothing (``handle.step`` in
    :data:`UNANSWERED`), and the inquiry carried no redirect. Only pay sent again with the same
    ``paymentRequestId`` gives the redirect back."""
    return (
        outcome.state is State.PROCESSING
        and outcome.provider_status == "PROCESSING"
        and outcome.handle.step in UNANSWERED
    )


def never_received(response: RawResponse) -> bool:
    """An inquiry answering F ``ORDER_NOT_EXIST``: Antom holds no payment with that id."""
    parsed: Any = response.parsed
    return (
        response.status_code == 200
        and isinstance(parsed, InquiryPaymentResponse)
        and parsed.result.result_status is ResultStatusType.F
        and parsed.result.result_code == "ORDER_NOT_EXIST"
    )


def outcome_never_received(response: RawResponse, handle: Handle) -> Outcome:
    """FAILED: the payment a lost pay answer was for does not exist at Antom."""
    return _outcome(State.FAILED, handle.evolve(step="final"), response.parsed, provider_status="ORDER_NOT_EXIST")


def _session_unpaid(handle: Handle, parsed: InquiryPaymentResponse) -> Outcome:
    """No payment yet for a session's paymentRequestId: the buyer has not paid (or never will)."""
    expiry = handle.data.get("session_expires_at")
    if isinstance(expiry, str):
        try:
            if dt.datetime.fromisoformat(expiry) <= dt.datetime.now(dt.UTC):
                return _outcome(State.EXPIRED, handle.evolve(step="final"), parsed, provider_status="ORDER_NOT_EXIST")
        except (ValueError, TypeError):
            pass
    return _outcome(State.PROCESSING, handle, parsed, provider_status="ORDER_NOT_EXIST")


def session_handle(response: RawResponse, handle: Handle) -> tuple[CreatePaymentSessionResponse, Handle]:
    """A createPaymentSession answer: the parsed session, and the handle that waits for its payment."""
    parsed = parsed_as(response, "createPaymentSession", CreatePaymentSessionResponse)
    if parsed.result.result_status is not ResultStatusType.S:
        raise result_error(parsed.result, response, "createPaymentSession")
    if not _text(parsed.payment_session_id) or not _text(parsed.payment_session_data):
        raise unexpected(response, "createPaymentSession: S without paymentSessionId/paymentSessionData")
    expiry = _text(parsed.payment_session_expiry_time)
    return parsed, handle.evolve(data={**handle.data, "session_expires_at": expiry})


def outcome_of_notification(notice: NotifyPaymentRequest, table: DeclineTable) -> Outcome:
    """A verified notifyPayment. Its handle carries the ``paymentRequestId`` as idempotency key."""
    handle = Handle(
        provider=PROVIDER,
        payment_id=_text(notice.payment_id),
        reference=notice.payment_request_id,
        idempotency_key=notice.payment_request_id,
        step="processing",
    )
    result, kind = notice.result, notice.notify_type
    if not RESULT_NOTIFICATIONS.get(kind, False):  # PAYMENT_PENDING, or a type Antom added since
        return _outcome(State.PROCESSING, handle, notice, provider_status=kind.value)
    state = RESULT_STATUS.state(result.result_status)
    if state is State.PROCESSING:
        return _outcome(state, handle, notice, provider_status=result.result_code)
    code = result.result_code
    return _final(state, code, _text(result.result_message), handle, notice, code, notice.payment_result_info, table)
