"""The contract check: every request and response in a cassette fits the provider's spec.

Run on the cassettes recorded from the sandbox it proves the sandbox and the facade speak the
spec; run on cassettes re-recorded against a provider's real sandbox it shows where the spec is
stale. Validation here is strict (``Spec.strict``): an undeclared property is a failure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from scaretry.sandbox._openapi import Spec
from scaretry.sandbox._sandbox import PROVIDERS, locate, provider_class

__all__ = ["check_cassette", "interactions", "provider_path"]


def provider_path(path: str, provider: str | None = None) -> tuple[str, str] | None:
    """``(provider, API path)`` of a recorded request path: a provider's real path
    (``/ams/sandbox/api/v1/payments/pay``) or its sandbox alias (``/antom/…``); None for anything
    else. ``provider``, when known (a cassette's folder), is the only one considered."""
    if provider in PROVIDERS:
        located = provider_class(provider).locate(path)
        return None if located is None else (provider, located[1])
    found = locate(path)
    return None if found is None else (found[0], found[2])


def interactions(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    yield from enumerate(data.get("interactions", []))


def _json(body: Any, headers: dict[str, Any]) -> tuple[bool, Any]:
    raw = body.get("string") if isinstance(body, dict) else body
    if raw in (None, b"", ""):
        return True, None
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    kind = next(
        (str(v[0] if isinstance(v, list) else v) for k, v in headers.items() if k.lower() == "content-type"), ""
    )
    if "json" not in kind and not str(raw).lstrip().startswith(("{", "[")):
        return False, raw
    return True, json.loads(str(raw))


def _sandbox_only(path: str) -> bool:
    """The sandbox's admin API (a scenario moving the clock), or the customer's browser on the
    sandbox's bank pages: neither is part of a provider's API."""
    first, _, rest = path.lstrip("/").partition("/")
    return first == "_sandbox" or (first in PROVIDERS and rest.startswith("_pages/"))


def check_cassette(path: Path, specs: dict[str, Spec] | None = None) -> list[str]:
    """Problems, each naming the cassette, the interaction and the JSON path; empty if it fits.

    The provider of each interaction is found from its path; a cassette under
    ``cassettes/<provider>/`` is checked against that provider only."""
    specs = specs or {p: Spec.for_provider(p).strict() for p in PROVIDERS}
    folder = path.parent.name if path.parent.name in PROVIDERS else None
    problems: list[str] = []
    for index, interaction in interactions(path):
        request, response = interaction["request"], interaction["response"]
        url = urlsplit(request["uri"])
        where = f"{path.name} interaction {index} ({request['method']} {url.path})"
        if _sandbox_only(url.path):
            continue
        located = provider_path(url.path, folder)
        if located is None:
            problems.append(f"{where}: not a path of {folder or 'any provider'}'s API")
            continue
        provider, api_path = located
        spec = specs[provider]
        operation = spec.find(request["method"], api_path)
        if operation is None:
            problems.append(f"{where}: no operation in specs/{provider}.yaml")
            continue
        is_json, body = _json(request.get("body"), request.get("headers", {}))
        if is_json:
            problems += [f"{where} request {p}" for p in spec.validate_request(operation, body)]
        status = response["status"]["code"]
        is_json, body = _json(response.get("body"), response.get("headers", {}))
        if is_json:
            problems += [f"{where} response {status} {p}" for p in spec.validate_response(operation, status, body)]
    return problems
