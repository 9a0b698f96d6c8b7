"""How Checkout.com's answers become an :class:`~scaretry.Outcome`: the payment request's 201/202,
"Get payment details", and a Sessions authentication.

Statuses are data (:class:`~scaretry._tables.StatusMap`, one per status field), decline codes too
(``scaretry/data/checkout.json``). A status the spec does not list yet reads PROCESSING: poll again.
"""

from __future__ import annotations

from typing import Any

from scaretry_checkout.models import (
    Error,
    ErrorResponse,
    PaymentAcceptedLinks,
    PaymentAcceptedResponse,
    PaymentDetails,
    PaymentDetailsStatus,
    PaymentLinks,
    PaymentResponse,
    PaymentResponseStatus,
    Session,
    SessionAccepted,
    SessionLinks,
    SessionsErrorResponse,
    SessionStatus,
    ThreeDSData,
    ThreeDSEnrollmentData,
)
from scaretry_checkout.models import ValidationError as CkoValidationError
from scaretry_checkout.types import Unset

from scaretry._adapter import RawResponse, api_error, unexpected
from scaretry._errors import ProviderError
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, Decline, DeclineCategory, Outcome, RedirectAction, State, ThreeDSResult
from scaretry._tables import DeclineTable, StatusMap
from scaretry.providers.checkout._config import PROVIDER

__all__ = [
    "DETAILS_STATUS",
    "PAYMENT_STATUS",
    "SESSION_STATUS",
    "error_of",
    "expect",
    "optional",
    "outcome_of_details",
    "outcome_of_payment",
    "outcome_of_session",
    "request_id",
    "text",
    "three_ds_result",
]

#: The payment request's 201 ("Request a payment or payout"). A 202 is always Pending.
PAYMENT_STATUS = StatusMap(
    PaymentResponseStatus,
    {
        PaymentResponseStatus.AUTHORIZED: State.AUTHORIZED,
        PaymentResponseStatus.CARD_VERIFIED: State.AUTHORIZED,
        PaymentResponseStatus.CAPTURED: State.AUTHORIZED,
        PaymentResponseStatus.DECLINED: State.DECLINED,
        PaymentResponseStatus.PENDING: State.PROCESSING,
        PaymentResponseStatus.RETRY_SCHEDULED: State.PROCESSING,
    },
)

#: "Get payment details". Authorized-and-later statuses all mean the authorization succeeded; what
#: happened to the money afterwards is in ``provider_status``.
DETAILS_STATUS = StatusMap(
    PaymentDetailsStatus,
    {
        PaymentDetailsStatus.AUTHORIZED: State.AUTHORIZED,
        PaymentDetailsStatus.CARD_VERIFIED: State.AUTHORIZED,
        PaymentDetailsStatus.CAPTURED: State.AUTHORIZED,
        PaymentDetailsStatus.PARTIALLY_CAPTURED: State.AUTHORIZED,
        PaymentDetailsStatus.PAID: State.AUTHORIZED,
        PaymentDetailsStatus.PARTIALLY_REFUNDED: State.AUTHORIZED,
        PaymentDetailsStatus.REFUNDED: State.AUTHORIZED,
        PaymentDetailsStatus.DECLINED: State.DECLINED,
        PaymentDetailsStatus.EXPIRED: State.EXPIRED,
        PaymentDetailsStatus.VOIDED: State.CANCELED,
        PaymentDetailsStatus.CANCELED: State.CANCELED,
        PaymentDetailsStatus.PENDING: State.PROCESSING,
        PaymentDetailsStatus.RETRY_SCHEDULED: State.PROCESSING,
        PaymentDetailsStatus.AUTHENTICATION_REQUESTED: State.PROCESSING,
        PaymentDetailsStatus.ACTIVE: State.PROCESSING,
        PaymentDetailsStatus.REQUESTED: State.PROCESSING,
    },
)

#: A Sessions authentication ("Get session details"): AUTHORIZED means *authenticated* (no money
#: moved; pay with it through ``pay_with_session``).
SESSION_STATUS = StatusMap(
    SessionStatus,
    {
        SessionStatus.APPROVED: State.AUTHORIZED,
        SessionStatus.ATTEMPTED: State.AUTHORIZED,
        SessionStatus.DECLINED: State.DECLINED,
        SessionStatus.REJECTED: State.DECLINED,
        SessionStatus.CHALLENGE_ABANDONED: State.EXPIRED,
        SessionStatus.EXPIRED: State.EXPIRED,
        SessionStatus.UNAVAILABLE: State.FAILED,
        SessionStatus.PENDING: State.PROCESSING,
        SessionStatus.CHALLENGED: State.PROCESSING,
        SessionStatus.PROCESSING: State.PROCESSING,
    },
)

# EMV 3DS transStatus: Y authenticated, A attempted (counts as success); N, U, R did not authenticate.
_AUTHENTICATED = {"Y": True, "A": True, "N": False, "U": False, "R": False}


def optional(value: Any) -> Any:
    """The value, or None where the generated model says UNSET."""
    return None if isinstance(value, Unset) else value


def text(value: Any) -> str | None:
    value = optional(value)
    return None if value is None else str(value)


# -- answers ----------------------------------------------------------------------------------------


def request_id(response: RawResponse) -> str | None:
    value: str | None = response.headers.get("cko-request-id")
    return value


def expect(response: RawResponse, operation: str, *types: type[Any]) -> Any:
    """The parsed body of a 2xx answer of one of ``types``; else the typed error."""
    parsed = response.parsed
    if 200 <= response.status_code < 300:
        if isinstance(parsed, types):
            return parsed
        raise unexpected(
            PROVIDER,
            response,
            f"{operation}: HTTP {response.status_code} without the expected body",
            request_id(response),
        )
    raise error_of(response, operation)


def error_of(response: RawResponse, operation: str) -> ProviderError:
    """The typed error for an error answer, with Checkout.com's first error code."""
    parsed = response.parsed
    code: str | None = None
    detail = ""
    if isinstance(parsed, CkoValidationError | ErrorResponse | SessionsErrorResponse | Error):
        codes = [str(c) for c in (optional(parsed.error_codes) or [])]
        error_type = str(parsed.error_type)
        code = codes[0] if codes else error_type
        detail = f": {error_type}" + (f" ({', '.join(codes)})" if codes else "")
    return api_error(PROVIDER, response, f"{operation} failed{detail}", code=code, request_id=request_id(response))


# -- parts ------------------------------------------------------------------------------------------


def decline(table: DeclineTable, code: str | None, summary: str | None) -> Decline:
    rule = table.lookup(code)
    return Decline(code=code, message=summary or rule.message, category=rule.category)


def three_ds_result(table: DeclineTable, data: ThreeDSData, eci: str | None) -> ThreeDSResult:
    """A payment's (or a webhook's) ``3ds`` block."""
    reason = text(data.authentication_status_reason)
    response = text(data.authentication_response)
    return ThreeDSResult(
        version=text(data.version),
        eci=text(data.eci) or eci,
        challenged=optional(data.challenged),
        authenticated=_AUTHENTICATED.get(response) if response else None,
        status_reason=reason,
        status_reason_text=table.reason_text(reason),
    )


def _redirect(href: str, upgraded: bool) -> RedirectAction:
    return RedirectAction(url=href, reason=ActionReason.SCA_RETRY if upgraded else ActionReason.CHALLENGE)


# -- outcomes ---------------------------------------------------------------------------------------


def _unambiguous(state: State, approved: bool, status: str, answer: RawResponse, operation: str) -> State:
    """``state`` if ``approved`` agrees with it: an authorised status that is not approved (or a
    decline that is) is a contradiction, never guessed either way."""
    if (state is State.AUTHORIZED and not approved) or (state is State.DECLINED and approved):
        raise unexpected(
            PROVIDER, answer, f"{operation}: status {status!r} contradicts approved={approved}", request_id(answer)
        )
    return state


def outcome_of_payment(
    table: DeclineTable,
    answer: RawResponse,
    handle: Handle,
    *,
    ran_three_ds: bool,
    integrated: bool = True,
) -> Outcome:
    """The payment request's answer: 201 (processed: authorised or declined) or 202 (Pending: the
    cardholder must be redirected, for a challenge or for Checkout.com's SCA retry).

    Only a status the map calls authorised, with ``approved: true``, reads AUTHORIZED; a status the
    spec does not list reads PROCESSING (the payment is polled until it says more)."""
    parsed: PaymentResponse | PaymentAcceptedResponse = expect(
        answer, "requestPayment", PaymentResponse, PaymentAcceptedResponse
    )
    handle = handle.evolve(payment_id=parsed.id)
    enrollment: ThreeDSEnrollmentData | None = optional(parsed.field_3ds)
    upgraded = handle.upgraded or (enrollment is not None and text(enrollment.upgrade_reason) == "sca_retry")
    handle = handle.evolve(upgraded=upgraded)
    status = str(parsed.status)
    if isinstance(parsed, PaymentAcceptedResponse):
        accepted_links: PaymentAcceptedLinks | None = optional(parsed.field_links)
        redirect = None if accepted_links is None else optional(accepted_links.redirect)
        action = None if redirect is None else _redirect(redirect.href, upgraded)
        return Outcome(
            state=State.ACTION_REQUIRED if action else State.PROCESSING,
            provider=PROVIDER,
            payment_id=parsed.id,
            provider_status=status,
            handle=handle,
            action=action,
            upgraded=upgraded,
            raw=parsed,
        )
    # A 201 carries only enrollment data: integrated 3DS that answered at once was frictionless;
    # a session's result is the session's (its outcome carries it).
    result = None
    if ran_three_ds and (enrollment is not None or not integrated):
        result = ThreeDSResult(eci=text(parsed.eci), challenged=False if integrated else None)
    state = _unambiguous(PAYMENT_STATUS.state(parsed.status), parsed.approved, status, answer, "requestPayment")
    return Outcome(
        state=state,
        provider=PROVIDER,
        payment_id=parsed.id,
        provider_status=status,
        handle=handle,
        upgraded=upgraded,
        decline=decline(table, text(parsed.response_code), text(parsed.response_summary))
        if state is State.DECLINED
        else None,
        three_ds=result,
        raw=parsed,
    )


def outcome_of_details(table: DeclineTable, details: PaymentDetails, handle: Handle, answer: RawResponse) -> Outcome:
    """The payment where it is now, from "Get payment details" (or one item of "Get payment
    lists"; ``answer`` is the response it came in, for the error of a contradiction)."""
    data: ThreeDSData | None = optional(details.field_3ds)
    upgraded = handle.upgraded or (data is not None and text(data.upgrade_reason) == "sca_retry")
    handle = handle.evolve(payment_id=details.id, upgraded=upgraded)
    status = str(details.status)
    state = _unambiguous(DETAILS_STATUS.state(details.status), details.approved, status, answer, "getPaymentDetails")
    action = None
    links: PaymentLinks | None = optional(details.field_links)
    redirect = None if links is None else optional(links.redirect)
    if details.status == PaymentDetailsStatus.PENDING and redirect is not None:
        action = _redirect(redirect.href, upgraded)
        state = State.ACTION_REQUIRED
    found = None
    if state in (State.DECLINED, State.EXPIRED):
        # No top-level response code on GET: the latest authorization action carries it.
        latest = next(
            (a for a in optional(details.actions) or [] if str(a.type_) in ("Authorization", "Card Verification")),
            None,
        )
        if latest is not None:
            found = decline(table, text(latest.response_code), text(latest.response_summary))
        elif state is State.DECLINED:
            found = decline(table, None, None)
    return Outcome(
        state=state,
        provider=PROVIDER,
        payment_id=details.id,
        provider_status=status,
        handle=handle,
        action=action,
        upgraded=upgraded,
        decline=found,
        three_ds=three_ds_result(table, data, text(details.eci)) if data is not None else None,
        raw=details,
    )


def outcome_of_session(table: DeclineTable, session: Session | SessionAccepted, handle: Handle) -> Outcome:
    """A Sessions authentication: AUTHORIZED means authenticated, DECLINED carries the 3DS
    ``response_code`` (N, R) as a hard decline."""
    links: SessionLinks | None = optional(session.field_links)
    link = None if links is None else optional(links.redirect_url) or optional(links.acs_url)
    reason = text(getattr(session, "response_status_reason", None))
    response_code = text(getattr(session, "response_code", None))
    result = ThreeDSResult(
        version=text(session.protocol_version),
        eci=text(getattr(session, "eci", None)),
        challenged=optional(getattr(session, "challenged", None)),
        authenticated=_AUTHENTICATED.get(response_code) if response_code else None,
        status_reason=reason,
        status_reason_text=table.reason_text(reason),
    )
    state = SESSION_STATUS.state(session.status)
    action = None
    found = None
    if state is State.DECLINED:
        info = text(getattr(session, "cardholder_info", None))
        found = Decline(code=response_code, message=info or result.status_reason_text, category=DeclineCategory.HARD)
    elif link is not None and session.status in (SessionStatus.PENDING, SessionStatus.CHALLENGED):
        state = State.ACTION_REQUIRED
        action = RedirectAction(url=link.href, reason=ActionReason.CHALLENGE)
    return Outcome(
        state=state,
        provider=PROVIDER,
        payment_id=session.id,
        provider_status=str(session.status),
        handle=handle.evolve(payment_id=session.id),
        action=action,
        decline=found,
        three_ds=result,
        raw=session,
    )
