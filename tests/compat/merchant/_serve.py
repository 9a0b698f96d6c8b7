"""The merchant side of the compatibility suite: a line-oriented JSON loop around a module of
merchant functions, run in the official SDKs' own venv (``.venv-compat``, see
``tests/compat/requirements.txt``).

Standard library only: this runs beside the official SDKs, never beside scaretry. The test process
writes ``{"call": name, "kwargs": {...}}`` lines; each gets one line back, ``{"value": …}`` or
``{"error": {"type", "message", …}}`` carrying what the SDK's exception exposes to a merchant.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable, Mapping
from typing import Any


def describe(exc: BaseException) -> dict[str, Any]:
    """What a merchant sees of an SDK exception: its type, message and public attributes."""
    error: dict[str, Any] = {"type": type(exc).__name__, "message": str(exc)}
    metadata = getattr(exc, "http_metadata", None)
    if metadata is not None:
        error["status_code"] = getattr(metadata, "status_code", None)
    for name in ("error_type", "error_details", "request_id"):
        if getattr(exc, name, None) is not None:
            error[name] = getattr(exc, name)
    return error


def serve(calls: Mapping[str, Callable[..., Any]]) -> None:
    """Answer calls read from stdin until it closes."""
    out = sys.stdout
    sys.stdout = sys.stderr  # an SDK printing something must not corrupt the protocol
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            answer: dict[str, Any] = {"value": calls[request["call"]](**request.get("kwargs", {}))}
        except Exception as exc:  # every SDK error goes back to the test, which decides
            answer = {"error": describe(exc) | {"traceback": traceback.format_exc()}}
        out.write(json.dumps(answer, default=str) + "\n")
        out.flush()
