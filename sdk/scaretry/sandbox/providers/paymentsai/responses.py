"""Payments AI's error body ``{errorCode, statusCode, message, details?}`` and its statuses.

Payments AI documents 400 "Bad request" with ``details`` (not 422) for validation failures; the
sandbox never echoes a card number back in ``details``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._provider import ErrorKind, json_response

__all__ = ["Refused", "error_response", "forbidden", "ok"]

_PAN_RUN = re.compile(r"\d{12,19}")

_ERRORS: Mapping[str, tuple[str, str]] = {
    ErrorKind.MALFORMED: ("BAD_REQUEST", "Bad request"),
    ErrorKind.INVALID: ("BAD_REQUEST", "Bad request"),
    ErrorKind.UNAUTHORIZED: ("UNAUTHORIZED", "Missing auth token"),
    ErrorKind.NOT_FOUND: ("NOT_FOUND", "Not found"),
    ErrorKind.TOO_LARGE: ("PAYLOAD_TOO_LARGE", "Request entity too large"),
    ErrorKind.CONFLICT: ("CONFLICT", "Conflict"),
    ErrorKind.RATE_LIMITED: ("TOO_MANY_REQUESTS", "Too many requests"),
    ErrorKind.UNAVAILABLE: ("SERVICE_UNAVAILABLE", "Service unavailable"),
    ErrorKind.INTERNAL: ("INTERNAL_SERVER_ERROR", "Internal server error"),
}


class Refused(Exception):
    """A request that passed the spec but cannot be applied: answered as ``status`` + ``details``."""

    def __init__(self, status: int, details: str) -> None:
        self.status = status
        self.details = details
        super().__init__(details)


def ok(status: int, body: Any) -> Response:
    return json_response(status, body, {"X-Request-Id": str(uuid.uuid4())})


def error_response(kind: str, status: int, message: str, problems: list[Problem] | None) -> Response:
    """The answer to a refused request (see :class:`ErrorKind`)."""
    code, text = _ERRORS.get(kind, ("BAD_REQUEST", "Bad request"))
    if kind == ErrorKind.INVALID:
        status = 400  # Payments AI answers validation failures with 400 and `details`
    if kind == ErrorKind.NOT_FOUND and status == 405:
        code, text = "METHOD_NOT_ALLOWED", "Method not allowed"
    if status == 422:
        code, text = "UNPROCESSABLE_ENTITY", "Unprocessable entity"
    if kind == ErrorKind.UNAVAILABLE and status == 500:
        code, text = "INTERNAL_SERVER_ERROR", "Internal server error"
    body: dict[str, Any] = {"errorCode": code, "statusCode": status, "message": text}
    if status in (400, 422):
        details = "; ".join(str(p) for p in problems) if problems else message
        body["details"] = _PAN_RUN.sub("[redacted]", details)  # never echo a card number back
    return ok(status, body)


def forbidden() -> Response:
    return ok(403, {"errorCode": "FORBIDDEN", "statusCode": 403, "message": "Forbidden access"})
