"""Which operation of a provider's spec a request is: ``POST /payments`` → ``requestPayment``.

The instruments name the steps they fault by the spec's operation ids, so a report says which
step of which flow was hit, whatever the adapters call their calls.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

__all__ = ["SPECS", "Operations", "spec"]

SPECS = Path(__file__).resolve().parents[2] / "specs"


@functools.cache
def spec(provider: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((SPECS / f"{provider}.yaml").read_text())
    return document


class Operations:
    """Matches request paths under ``base_path`` (the client's base URL path) to operation ids."""

    def __init__(self, provider: str, base_path: str) -> None:
        self.base_path = base_path.rstrip("/")
        self._routes: list[tuple[str, re.Pattern[str], str]] = []
        for template, item in spec(provider)["paths"].items():
            pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    self._routes.append((method.upper(), pattern, operation["operationId"]))

    def name(self, method: str, path: str) -> str:
        relative = path[len(self.base_path) :] if path.startswith(self.base_path) else path
        for verb, pattern, operation in self._routes:
            if verb == method and pattern.match(relative):
                return operation
        return f"{method} {relative}"

    def ids(self) -> list[str]:
        return sorted({operation for _, _, operation in self._routes})
