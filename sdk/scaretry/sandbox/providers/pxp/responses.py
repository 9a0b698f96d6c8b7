"""PXP's error body and the checks every PXP handler shares.

PXP Unity documents 400 for every validation failure (no 413, no 422) and an error body of
``errorCode``, ``errorReason`` and ``details`` (field, message); the correlation id is echoed.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from starlette.responses import Response

from scaretry.sandbox._currency import minor_units
from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._provider import ErrorKind, json_response

__all__ = ["PXPError", "check_amount", "check_known", "detail", "error_body", "error_response"]


def detail(field: str, message: str) -> dict[str, str]:
    return {"field": field, "message": message}


def error_body(
    code: str, reason: str, details: list[dict[str, str]], correlation_id: str | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"errorCode": code, "errorReason": reason, "details": details}
    if correlation_id:
        body["correlationId"] = correlation_id
    return body


class PXPError(Exception):
    """A request a handler refuses: answered as ``status`` with PXP's error body."""

    def __init__(self, status: int, code: str, reason: str, details: list[dict[str, str]] | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.code = code
        self.reason = reason
        self.details = details or []

    @classmethod
    def invalid(cls, *details: dict[str, str]) -> PXPError:
        return cls(400, "ValidationFailed", "One or more fields are invalid.", list(details))


def error_response(kind: str, status: int, message: str, problems: list[Problem] | None) -> Response:
    """The answer to a request the pipeline refused (see :class:`ErrorKind`)."""
    details = [detail(p.path.removeprefix("$").lstrip("."), p.message) for p in problems or []]
    match kind:
        case ErrorKind.MALFORMED | ErrorKind.INVALID | ErrorKind.TOO_LARGE:
            # PXP documents 400 for every validation failure (no 413, no 422).
            status, code = 400, "ValidationFailed"
            details = details or [{"message": message}]
        case ErrorKind.UNAUTHORIZED:
            status, code = 401, "Unauthorised"
        case ErrorKind.NOT_FOUND:
            code = "NotFound" if status == 404 else "MethodNotAllowed"
        case ErrorKind.CONFLICT:
            code = "Conflict"
        case ErrorKind.RATE_LIMITED:
            code = "TooManyRequests"
        case _:
            code = "InternalError" if status == 500 else "ServiceUnavailable"
    return json_response(status, error_body(code, message, details))


def check_amount(value: Any, currency: str, field: str) -> None:
    """A positive amount in major units, with no more decimals than ``currency`` has."""
    exponent = minor_units(currency)
    if exponent is None:
        raise PXPError(400, "ValidationFailed", "Unknown currency.", [detail(f"{field}.currencyCode", "unknown")])
    try:
        decimals = -min(0, int(Decimal(str(value)).as_tuple().exponent))
    except (InvalidOperation, ValueError, TypeError):
        decimals = 99
    too_precise = decimals > exponent or (exponent == 0 and isinstance(value, float))
    if too_precise or value <= 0:
        raise PXPError.invalid(detail(field, f"Must be positive with at most {exponent} decimals for {currency}."))


def check_known(body: Mapping[str, Any], **expected: tuple[str, str]) -> None:
    """The body's account fields (``merchant=(value, message)``…) name the client's own: each one
    that does not is refused together, one ``detail`` a field, as PXP lists every invalid field."""
    problems = [detail(field, message) for field, (value, message) in expected.items() if body[field] != value]
    if problems:
        raise PXPError.invalid(*problems)
