"""Schemathesis against the sandbox: requests generated from each provider's spec (positive and
negative), sent with the provider's real authentication so they pass the auth check and reach
validation and the handlers. The sandbox must answer every one in time and never with a 5xx.

Every operation of the four specs is exercised; path ids are whatever Schemathesis makes up (so
reads mostly meet 404s, which is an answer too).
"""

from __future__ import annotations

import importlib
import time
from collections import Counter
from typing import Any

import attrs
import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from scaretry import ScaRetryError
from scaretry.sandbox import SandboxServer, SandboxSettings
from tests.reliability.operations import SPECS

__all__ = ["HANG_SECONDS", "Findings", "fuzz_sandbox"]

#: An answer later than this is a hang (the sandbox answers in milliseconds).
HANG_SECONDS = 10.0


@attrs.define
class Findings:
    requests: int = 0
    statuses: Counter[int] = attrs.Factory(Counter)
    server_errors: list[str] = attrs.Factory(list)
    hangs: list[str] = attrs.Factory(list)
    dropped: list[str] = attrs.Factory(list)
    seconds: float = 0.0


def _auth(provider: str, base_url: str) -> httpx.Auth:
    client = importlib.import_module(f"scaretry.testing.scenarios.{provider}").client_for(base_url)
    auth: httpx.Auth = client.api.get_httpx_client().auth
    client.close()
    return auth


def fuzz_sandbox(provider: str, examples: int, server: SandboxServer, findings: Findings) -> None:
    """``examples`` positive and ``examples`` negative requests per operation of ``provider``."""
    base_url = server.url_for(provider)
    schema = schemathesis.openapi.from_path(str(SPECS / f"{provider}.yaml"))
    started = time.monotonic()
    with httpx.Client(auth=_auth(provider, base_url), timeout=HANG_SECONDS) as http:
        for result in schema.get_all_operations():
            operation = result.ok()
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                _send_all(operation, mode, examples, http, base_url, findings)
    findings.seconds += time.monotonic() - started


def _send_all(
    operation: Any, mode: GenerationMode, examples: int, http: httpx.Client, base_url: str, findings: Findings
) -> None:
    label = f"{operation.method.upper()} {operation.path} ({mode.value})"

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[p for p in settings.default.phases if p.name != "shrink"],
    )
    @given(operation.as_strategy(generation_mode=mode))
    def send(case: Any) -> None:
        kwargs = case.as_transport_kwargs(base_url=base_url)
        headers = {
            k: v for k, v in kwargs.pop("headers", {}).items() if k.lower() not in ("authorization", "user-agent")
        }
        kwargs.pop("cookies", None)
        findings.requests += 1
        try:
            response = http.request(headers=headers, **kwargs)
        except httpx.TimeoutException:
            findings.hangs.append(label)
            return
        except ScaRetryError as exc:  # Antom's auth refuses an answer that is not signed
            findings.statuses[getattr(exc, "status_code", None) or 0] += 1
            return
        except httpx.TransportError as exc:
            findings.dropped.append(f"{label}: {type(exc).__name__}")
            return
        findings.statuses[response.status_code] += 1
        if response.status_code >= 500:
            findings.server_errors.append(f"{label}: HTTP {response.status_code} {response.text[:200]}")

    try:
        send()
    except (ValueError, TypeError) as exc:  # a case httpx cannot even send (not the sandbox's doing)
        findings.statuses[-1] += 1
        findings.dropped.append(f"{label}: not sendable ({type(exc).__name__}: {str(exc)[:80]})")


def run(examples: int) -> Findings:
    findings = Findings()
    with SandboxServer(settings=SandboxSettings(settle_seconds=0.05)) as server:
        for provider in ("antom", "checkout", "paymentsai", "pxp"):
            fuzz_sandbox(provider, examples, server, findings)
    return findings
