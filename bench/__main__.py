"""``python -m bench`` (``make bench``): every figure of issues 13 and 12, measured in one run.

1. Per call, client CPU: scaretry vs raw httpx (same requests, same auth) vs the official SDKs.
2. The server: a fixed-response server in its own process (``bench.server``), described here.
3. Cold start as whole processes, in a runtime-only environment.
4. Many at once: 1,000 concurrent ``AsyncCheckout`` payments vs raw httpx.
5. Memory per retained ``Outcome`` and ``Handle``.
6. Polling lateness and requests per payment, per poll policy (and with notifications).

``--quick`` runs every section on a few samples, for a smoke test that the bench still works (the
test suite runs it; it asserts nothing about time). ``--only 1,3`` runs some sections. Results are
also written as JSON (``bench/results.json`` unless ``--json`` says where).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from bench import coldstart, concurrency, memory, percall
from bench._environment import Environments, machine
from bench._keys import credentials
from bench._process import ROOT, server
from bench._report import Spread

__all__ = ["main"]


@attrs.frozen
class Settings:
    percall_rounds: int = 9
    percall_seconds: float = 0.25
    coldstart_rounds: int = 15
    scale_payments: int = 1000
    scale_rounds: int = 2
    scale_settle: tuple[float, float] = (0.3, 2.0)
    memory_count: int = 500
    memory_repeats: int = 3
    polling_payments: int = 200
    polling_rounds: int = 2
    polling_settle: tuple[float, float] = (0.3, 10.0)


QUICK = Settings(
    percall_rounds=2,
    percall_seconds=0.01,
    coldstart_rounds=1,
    scale_payments=30,
    scale_rounds=1,
    scale_settle=(0.05, 0.2),
    memory_count=20,
    memory_repeats=1,
    polling_payments=10,
    polling_rounds=1,
    polling_settle=(0.05, 0.3),
)


def _server_section(environments: Environments) -> str:
    lines = [
        "2. The server: bench.server, a fixed-response HTTP/1.1 server in its own process on loopback (its CPU is",
        "   never the client's). Canned answers from the recorded cassettes, at the providers' real paths:",
        "   Checkout.com /payments, /payments/{id}; Antom /ams/sandbox/api/v1/payments/{pay,inquiryPayment}, signed",
        "   with the sandbox's published Antom test key (so every client verifies a real signature); Payments AI",
        "   /v1/public-api/organizations/{org}/transactions[/{id}]; PXP /api/v1/transactions and",
        "   /api/v1/transactions/{merchant}/{site}?merchantTransactionId=….",
        "   Sections 4 and 6 run it in settle mode: Pending until each payment's settle time, then Authorized.",
    ]
    if environments.sdks is not None:
        found = environments.versions(environments.sdks, "checkout-sdk", "global-open-sdk-python", "requests")
        lines.append("   Official SDKs (.venv-bench-sdks): " + ", ".join(f"{k} {v}" for k, v in found.items()))
    else:
        lines.append(
            "   Official SDKs: not installed (make bench makes .venv-bench-sdks from bench/requirements-sdks.txt)"
        )
    found = environments.versions(environments.dev, "scaretry", "httpx", "httpcore", "cryptography")
    lines.append("   Clients (.venv): " + ", ".join(f"{k} {v}" for k, v in found.items()))
    return "\n".join(lines)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Spread):
        return value.to_dict()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def run(settings: Settings, sections: set[int]) -> tuple[list[str], dict[str, Any]]:
    environments = Environments()
    keys = credentials()
    about = machine()
    fixed = {"antom_private": keys["antom"]["antom_private"]}
    printed = [
        f"Machine: {about['cpu']}, {about['cores']} cores; {about['python']}; {about['os']}; commit {about['commit']}"
    ]
    results: dict[str, Any] = {"machine": about, "settings": attrs.asdict(settings), "seconds_by_section": {}}
    print(printed[0] + "\n", flush=True)

    def section(number: int, measure: Callable[[], Any], show: Callable[[Any], str], key: str) -> None:
        if number not in sections:
            return
        started = time.monotonic()
        results[key] = measure()
        results["seconds_by_section"][key] = time.monotonic() - started
        printed.append(show(results[key]))
        print(printed[-1] + "\n", flush=True)

    s = settings
    with server(fixed) as url:
        section(
            1,
            lambda: percall.run(environments, url, keys, s.percall_rounds, s.percall_seconds),
            lambda result: percall.show(result, s.percall_rounds, environments.sdks is not None),
            "per_call",
        )
    section(2, lambda: None, lambda _: _server_section(environments), "server")
    section(
        3,
        lambda: coldstart.run(environments, s.coldstart_rounds),
        lambda r: coldstart.show(r, s.coldstart_rounds),
        "cold_start",
    )
    section(
        4,
        lambda: concurrency.scale(environments, keys, s.scale_payments, s.scale_rounds, s.scale_settle),
        concurrency.show_scale,
        "scale",
    )
    with server(fixed) as url:
        section(
            5,
            lambda: memory.run(environments.dev, url, keys, s.memory_count, s.memory_repeats),
            lambda result: memory.show(result, s.memory_count, s.memory_repeats),
            "memory",
        )
    section(
        6,
        lambda: concurrency.polling(environments, keys, s.polling_payments, s.polling_rounds, s.polling_settle),
        concurrency.show_polling,
        "polling",
    )
    return printed, results


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a few samples of every section (a smoke test)")
    parser.add_argument("--only", default="1,2,3,4,5,6", help="comma-separated sections to run (default: all)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json", help="where to write the results")
    options = parser.parse_args()
    sections = {int(part) for part in options.only.split(",") if part.strip()}
    started = time.monotonic()
    printed, results = run(QUICK if options.quick else Settings(), sections)
    results["seconds"] = time.monotonic() - started
    results["printed"] = "\n\n".join(printed)
    options.json.write_text(json.dumps(_jsonable(results), indent=1) + "\n")
    print(f"({results['seconds']:.0f} s; results written to {options.json})")


if __name__ == "__main__":
    main()
