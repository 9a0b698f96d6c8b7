"""Antom's ``result`` object, and the errors an answer that is not a payment's outcome becomes.

Business results, failures included, come back as HTTP 200 with ``result.resultStatus`` S, F or U
("API fundamentals", docs.antom.com/ac/ams/api_fund). Some F codes refuse our request or our
credentials rather than the card: those raise (:class:`~scaretry.AuthenticationError`,
:class:`~scaretry.ProviderError`) instead of reading as a decline. Any other status is Antom's
gateway (overload, fault), a :class:`~scaretry.ProviderError` carrying Antom's ``result`` when the
body has one.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from scaretry_antom.models import GatewayErrorResponse, Result

from scaretry._adapter import RawResponse, api_error, unexpected
from scaretry._errors import AuthenticationError, ProviderError
from scaretry.providers.antom._config import PROVIDER

__all__ = ["AUTH_CODES", "REQUEST_CODES", "gateway_error", "parsed_as", "result_error"]

T = TypeVar("T")

#: F codes that are not a decline of the card but a refusal of our request or credentials.
AUTH_CODES = frozenset({"INVALID_SIGNATURE", "INVALID_CLIENT", "KEY_NOT_FOUND", "ACCESS_DENIED"})
REQUEST_CODES = frozenset(
    {
        "PARAM_ILLEGAL",
        "INVALID_PAYMENT_METHOD_META_DATA",
        "REPEAT_REQ_INCONSISTENT",
        "NO_INTERFACE_DEF",
        "INVALID_API",
        "INVALID_CONTRACT",
        "INVALID_MERCHANT_STATUS",
        "MERCHANT_KYB_NOT_QUALIFIED",
        "MERCHANT_NOT_REGISTERED",
        "SETTLE_CONTRACT_NOT_MATCH",
        "PAYMENT_NOT_QUALIFIED",
        "CURRENCY_NOT_SUPPORT",
        "ORDER_NOT_EXIST",
    }
)


def result_error(result: Result, response: RawResponse, operation: str) -> ProviderError:
    """A ``result`` that refuses the call (not a payment's outcome)."""
    cls = AuthenticationError if result.result_code in AUTH_CODES else ProviderError
    return cls(
        f"{operation}: {result.result_status.value} {result.result_code} {result.result_message or ''}".strip(),
        provider=PROVIDER,
        status_code=response.status_code,
        code=result.result_code,
        body=response.content,
        headers=response.headers,
    )


def gateway_error(response: RawResponse, operation: str) -> ProviderError:
    """A non-200 answer: Antom's gateway (overload, fault) rather than a business result."""
    parsed = response.parsed
    code = message = None
    if isinstance(parsed, GatewayErrorResponse):
        code, message = parsed.result.result_code, parsed.result.result_message or None
    else:
        try:  # undocumented statuses (429, 413, 404) still carry Antom's Result in our experience
            raw = json.loads(response.content)["result"]
            code, message = str(raw["resultCode"]), str(raw.get("resultMessage", ""))
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            pass
    return api_error(PROVIDER, response, f"{operation}: HTTP {response.status_code} {message or ''}".strip(), code)


def parsed_as(response: RawResponse, operation: str, kind: type[T]) -> T:
    """The parsed body of a 200 answer as ``kind``; a gateway error or an UnexpectedResponse otherwise."""
    if response.status_code != 200:
        raise gateway_error(response, operation)
    parsed: Any = response.parsed
    if not isinstance(parsed, kind):
        raise unexpected(PROVIDER, response, f"{operation}: the answer is not a {kind.__name__}")
    return parsed
