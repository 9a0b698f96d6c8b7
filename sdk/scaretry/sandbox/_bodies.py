"""Reading what clients send: JSON bodies, nesting, and the URLs the sandbox will use later.

Whatever arrives, the answer is a refusal in the provider's own shape, never a crash: a body that
is not JSON, not UTF-8, nested deeper than any payment request (``json.loads`` itself would raise
``RecursionError`` on a few thousand levels, and ``jsonschema`` recurses too), or carrying numbers
JSON cannot hold (``NaN``, ``1e309``) is malformed; a URL the sandbox would later send a browser to,
or call back, must be absolute http(s), as the providers require.
"""

from __future__ import annotations

import json
import math
from typing import Any
from urllib.parse import urlsplit

__all__ = ["MAX_DEPTH", "BodyError", "depth", "is_web_url", "parse_json"]

#: No provider's request nests anywhere near this deep (Checkout.com's deepest is about 6).
MAX_DEPTH = 64


class BodyError(ValueError):
    """A body the sandbox refuses before reading it further; the message says why."""


def depth(value: Any) -> int:
    """How deeply ``value`` nests objects and arrays (a scalar is 0), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children)
    return deepest


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise BodyError(f"number {text[:20]} is out of range")
    return number


def _no_constant(name: str) -> Any:
    raise BodyError(f"{name} is not JSON")


def parse_json(raw: bytes | str) -> Any:
    """The JSON value of ``raw``; :class:`BodyError` if it is not one the sandbox will read."""
    try:
        value = json.loads(raw, parse_float=_finite, parse_constant=_no_constant)
    except RecursionError:
        raise BodyError(f"JSON nested deeper than {MAX_DEPTH} levels") from None
    except BodyError:
        raise
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError, or an integer over Python's limit
        raise BodyError(f"not valid JSON ({type(exc).__name__})") from None
    if depth(value) > MAX_DEPTH:
        raise BodyError(f"JSON nested deeper than {MAX_DEPTH} levels")
    return value


def is_web_url(value: object) -> bool:
    """Whether ``value`` is an absolute http(s) URL with a host (no ``javascript:``, no relative
    reference, no whitespace or control characters)."""
    if not isinstance(value, str) or not value or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in value):
        return False
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)
