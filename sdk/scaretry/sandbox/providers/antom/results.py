"""Antom's ``result`` object: codes, statuses (S, F, U) and messages, and the gateway's errors.

Business results, failures included, are HTTP 200 ("API fundamentals": ``resultStatus`` S success,
F failed, U unknown); only the gateway's own refusals use other HTTP statuses.
"""

from __future__ import annotations

from starlette.responses import Response

from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._provider import ErrorKind, json_response

__all__ = ["MESSAGES", "REFUSALS", "error_response", "failed", "result"]

#: resultCode → (refusalCodeRaw, refusalReasonRaw): the issuer's own code behind a card decline.
REFUSALS = {
    "DO_NOT_HONOR": ("05", "Do not honor"),
    "USER_BALANCE_NOT_ENOUGH": ("51", "Insufficient funds"),
    "AUTHENTICATION_REQUIRED": ("1A", "Additional customer authentication required"),
    "PROCESS_FAIL": ("91", "Issuer or switch inoperative"),
}
MESSAGES = {
    "SUCCESS": "success.",
    "PAYMENT_IN_PROCESS": "payment in process",
    "UNKNOWN_EXCEPTION": "An API call has failed, which is caused by unknown reasons.",
    "PARAM_ILLEGAL": "Illegal parameters. For example, non-numeric input, invalid date.",
    "INVALID_SIGNATURE": "The signature is invalid.",
    "INVALID_CLIENT": "The client ID is invalid.",
    "KEY_NOT_FOUND": "The key is not found.",
    "NO_INTERFACE_DEF": "API is not defined.",
    "REPEAT_REQ_INCONSISTENT": (
        "The submitted request is inconsistent with the previous request with the same paymentRequestId."
    ),
    "REQUEST_TRAFFIC_EXCEED_LIMIT": "The request traffic exceeds the limit.",
    "ORDER_NOT_EXIST": "The order does not exist.",
    "ORDER_IS_CLOSED": "The order is closed.",
    "DO_NOT_HONOR": "The payment is declined by the issuing bank.",
    "RISK_REJECT": "The request is rejected because of the risk control.",
    "USER_BALANCE_NOT_ENOUGH": "The payment failed because the balance is not enough.",
    "AUTHENTICATION_REQUIRED": "The issuer requires 3D Secure authentication for this payment.",
    "USER_PAYMENT_VERIFICATION_FAILED": "The user failed the payment verification.",
    "PROCESS_FAIL": "A general business failure occurred. The issuer did not answer in time.",
    "INVALID_CARD_NUMBER": "The card number is invalid.",
    "INVALID_CARD": "The card is invalid.",
    "CARD_EXPIRED": "The card has expired.",
    "INVALID_PAYMENT_METHOD_META_DATA": "The payment method metadata is invalid.",
    "PAYMENT_NOT_QUALIFIED": "The merchant is not qualified to use this payment method.",
}


def result(code: str, status: str, message: str | None = None) -> dict[str, str]:
    return {"resultCode": code, "resultStatus": status, "resultMessage": (message or MESSAGES.get(code, code))[:256]}


def failed(code: str, message: str | None = None, *, status: int = 200) -> Response:
    """An answer carrying only an F ``result``."""
    return json_response(status, {"result": result(code, "F", message)})


def error_response(kind: str, status: int, message: str, problems: list[Problem] | None) -> Response:
    """The answer to a request the pipeline refused (see :class:`ErrorKind`)."""
    if kind in (ErrorKind.MALFORMED, ErrorKind.INVALID):
        fields = ", ".join(p.path.removeprefix("$.") for p in (problems or [])[:5])
        return failed("PARAM_ILLEGAL", f"{MESSAGES['PARAM_ILLEGAL']} {fields or message}")
    if kind == ErrorKind.UNAUTHORIZED:
        return failed("INVALID_SIGNATURE")
    if kind == ErrorKind.CONFLICT:
        return failed("REPEAT_REQ_INCONSISTENT")
    if kind == ErrorKind.TOO_LARGE:
        return failed("PARAM_ILLEGAL", f"{MESSAGES['PARAM_ILLEGAL']} {message}", status=413)
    if kind == ErrorKind.NOT_FOUND:
        return failed("NO_INTERFACE_DEF", f"API is not defined: {message}", status=status)
    if kind == ErrorKind.RATE_LIMITED or status == 503:
        return json_response(status, {"result": result("REQUEST_TRAFFIC_EXCEED_LIMIT", "U")})
    return json_response(status, {"result": result("UNKNOWN_EXCEPTION", "U")})
