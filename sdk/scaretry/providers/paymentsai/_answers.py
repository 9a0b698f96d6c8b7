"""Reading Payments AI's answers: the model a step expects, or a typed error carrying the raw answer.

Every error body is ``{errorCode, statusCode, message, details?}`` ("Errors",
https://api-docs.payments.ai/docs/api/errors); ``errorCode`` is logged, never branched on.
"""

from __future__ import annotations

import json
import re
from typing import TypeVar

from scaretry_paymentsai.models import ErrorResponse

from scaretry._adapter import RawResponse, api_error
from scaretry._errors import UnexpectedResponse
from scaretry.providers.paymentsai._config import PROVIDER

__all__ = ["expected", "request_id"]

M = TypeVar("M")

_CARD_RUN = re.compile(r"\d{12,19}")


def request_id(response: RawResponse) -> str | None:
    """``X-Request-Id`` when an answer carries one (Payments AI documents none; the sandbox, or a
    gateway in front, may send it)."""
    value = response.headers.get("x-request-id")
    return str(value) if value else None


def expected(response: RawResponse, status: int, model: type[M], operation: str) -> M:
    """The parsed ``model`` of a ``status`` answer; else the typed error for what came instead."""
    parsed = response.parsed
    if response.status_code == status and isinstance(parsed, model):
        return parsed
    if response.status_code >= 400:
        error = parsed if isinstance(parsed, ErrorResponse) else _error_body(response.content)
        said = [] if error is None else [_text(error.message), _text(error.details)]
        text = "; ".join(word for word in said if word)
        # A validation message may quote what was sent: never a card number.
        message = f"{operation} failed" + (f": {_CARD_RUN.sub('[redacted]', text)}" if text else "")
        code = None if error is None else _text(error.error_code)
        raise api_error(PROVIDER, response, message, code=code, request_id=request_id(response))
    raise UnexpectedResponse(
        f"{operation}: expected HTTP {status} with a {model.__name__}",
        provider=PROVIDER,
        status_code=response.status_code,
        request_id=request_id(response),
        body=response.content,
        headers=dict(response.headers),
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _error_body(content: bytes) -> ErrorResponse | None:
    try:
        return ErrorResponse.from_dict(json.loads(content))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None
