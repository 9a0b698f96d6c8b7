"""How Checkout.com answers: its headers, its two error shapes (payments and sessions), its links.

Errors follow "API reference › Errors": a bad body is 422 with ``error_type`` and
``<field>_required`` / ``<field>_invalid`` codes (the Sessions API names fields plainly); a bad key
is a bare 401 with the request id in the header only.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from scaretry.sandbox._openapi import Problem
from scaretry.sandbox._provider import ErrorKind

__all__ = [
    "api_link",
    "empty",
    "error_body",
    "error_codes",
    "error_response",
    "headers",
    "json_answer",
    "now_iso",
    "page_link",
    "payments_invalid",
    "sessions_error",
]

NAME = "checkout"
_VERSION = "2026.11.0"


def now_iso() -> str:
    """A timestamp as Checkout.com's answers write it (``processed_on``, ``requested_on``)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def headers() -> dict[str, str]:
    return {"Cko-Request-Id": str(uuid.uuid4()), "Cko-Version": _VERSION}


def json_answer(status: int, body: Any) -> Response:
    return Response(json.dumps(body).encode(), status_code=status, headers=headers(), media_type="application/json")


def empty(status: int) -> Response:
    return Response(status_code=status, headers=headers())


def error_body(error_type: str, codes: list[str] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"request_id": str(uuid.uuid4()), "error_type": error_type}
    if codes is not None:
        body["error_codes"] = codes
    return body


def sessions_error(status: int, error_type: str, *codes: str) -> Response:
    return json_answer(status, error_body(error_type, list(codes)))


def payments_invalid(*codes: str) -> Response:
    return json_answer(422, error_body("request_invalid", list(codes)))


def error_codes(problems: list[Problem], *, sessions: bool = False) -> list[str]:
    """Checkout.com's ``<field>_required`` / ``<field>_invalid`` codes from JSON-schema problems."""
    codes: list[str] = []
    for problem in problems:
        parts: list[str] = re.findall(r"\.([A-Za-z0-9_]+)", problem.path)
        missing = re.match(r"'([^']+)' is a required property", problem.message)
        if missing:
            parts.append(missing.group(1))
        name = "_".join(parts) or "request"
        if not sessions:  # the Sessions API names fields plainly (source_required, completion_required)
            name = {
                "source": "payment_source",
                "source_number": "card_number",
                "source_expiry_month": "card_expiry_month",
                "source_expiry_year": "card_expiry_year",
                "source_cvv": "cvv",
                "3ds": "three_ds",
            }.get(name, name.replace("3ds_", "three_ds_"))
        code = f"{name}_required" if missing else f"{name}_invalid"
        if code not in codes:
            codes.append(code)
    return codes


def error_response(kind: str, status: int, problems: list[Problem] | None, *, sessions: bool) -> Response:
    """The answer to a request the pipeline refused (see :class:`ErrorKind`)."""
    if kind == ErrorKind.UNAUTHORIZED:
        return empty(401)  # Checkout.com documents no 401 body; the request id is in the header
    if kind == ErrorKind.NOT_FOUND:
        if sessions and status == 404:
            return sessions_error(404, "not_found", "session_not_found")
        return empty(status)
    if kind in (ErrorKind.MALFORMED, ErrorKind.INVALID):
        # The documented 4xx for a bad body is 422 (payments: request_invalid; sessions:
        # unprocessable_entity); a body that is not JSON answers the same, with request_malformed.
        malformed = kind == ErrorKind.MALFORMED
        codes = ["request_body_malformed"] if malformed else error_codes(problems or [], sessions=sessions)
        if sessions:
            return sessions_error(422, "unprocessable_entity", *codes)
        error_type = "request_invalid" if kind == ErrorKind.INVALID else "request_malformed"
        return json_answer(422, error_body(error_type, codes))
    if kind == ErrorKind.TOO_LARGE:
        return json_answer(413, error_body("request_too_large"))
    if kind == ErrorKind.CONFLICT:
        if sessions:
            return sessions_error(409, "duplicate_requests_detected", "session_already_in_use")
        # "Idempotency": a concurrent request with the same key gets 429, without Retry-After.
        return json_answer(429, error_body("duplicate_request", ["duplicate_request"]))
    if kind == ErrorKind.RATE_LIMITED:
        return json_answer(429, error_body("too_many_requests", ["too_many_requests"]))
    if sessions:
        error_type = "bad_gateway" if status == 502 else "service_not_available"
        return sessions_error(status, error_type, error_type)
    return json_answer(status, error_body("bad_gateway" if status == 502 else "service_unavailable"))


def _origin(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def api_link(request: Request, path: str) -> dict[str, str]:
    """A ``_links`` entry to an API resource, on the host, port and base path the client used."""
    return {"href": f"{_origin(request)}{request.state.api_base}{path}"}


def page_link(request: Request, path: str) -> dict[str, str]:
    """A ``_links`` entry to one of the sandbox's pages (the cardholder's 3DS page)."""
    return {"href": f"{_origin(request)}/{NAME}/_pages{path}"}
