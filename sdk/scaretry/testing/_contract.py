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

from scaretry.sandbox._app import PROVIDERS
from scaretry.sandbox._openapi import Spec

__all__ = ["check_cassette", "interactions"]

# Where each provider's server URL sits under the sandbox (see the sandbox's ``server_prefix``).
SERVER_PREFIX = {"antom": "/ams/sandbox", "checkout": "", "paymentsai": "", "pxp": "/api"}


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


def check_cassette(path: Path, specs: dict[str, Spec] | None = None) -> list[str]:
    """Problems, each naming the cassette, the interaction and the JSON path; empty if it fits."""
    specs = specs or {p: Spec.for_provider(p).strict() for p in PROVIDERS}
    problems: list[str] = []
    for index, interaction in interactions(path):
        request, response = interaction["request"], interaction["response"]
        url = urlsplit(request["uri"])
        provider, _, rest = url.path.lstrip("/").partition("/")
        where = f"{path.name} interaction {index} ({request['method']} {url.path})"
        if provider == "_sandbox":
            continue  # the sandbox's own admin API (a scenario moving the clock)
        if provider not in specs:
            problems.append(f"{where}: not a provider path")
            continue
        if rest.startswith("_pages/"):
            continue  # the customer's browser on the sandbox's bank pages: not part of the provider API
        api_path = "/" + rest
        api_path = api_path.removeprefix(SERVER_PREFIX[provider]) or "/"
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
