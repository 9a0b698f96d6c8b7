"""Section 5: memory per retained ``Outcome`` and ``Handle`` (``tracemalloc``, in a process of its own).

- ``Outcome``: what a ``poll_once()`` against the bench server returns, kept in a list ``N`` times
  (with everything it holds: the handle, and ``raw``, the provider's typed model).
- ``Handle``: ``Handle.from_dict(json.loads(stored))``, kept ``N`` times: a handle as a worker
  loads it from storage.
- For reference, the raw httpx client's ``response.json()`` of the same status read, kept ``N``
  times: what a program that keeps the provider's answer as a dict holds.

Bytes per object = (traced memory after − before, with the garbage collected) ÷ N; repeated, and the
spread is min–max over the repeats.
"""

from __future__ import annotations

import functools
import gc
import json
import sys
import tracemalloc
from collections.abc import Callable
from typing import Any

__all__ = ["main", "run", "show"]

PROVIDERS = ("checkout", "antom", "paymentsai", "pxp")


def _retained(make: Callable[[], Any], count: int) -> float:
    gc.collect()
    before = tracemalloc.get_traced_memory()[0]
    kept = [make() for _ in range(count)]
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    del kept
    return (after - before) / count


def measure(args: dict[str, Any]) -> dict[str, dict[str, list[float]]]:
    from bench import _clients_raw
    from bench._clients_scaretry import client, request_for
    from scaretry import Handle

    count, repeats = int(args["count"]), int(args["repeats"])
    results: dict[str, dict[str, list[float]]] = {}
    for provider in PROVIDERS:
        sdk = client(provider, args["base_url"], args["credentials"])
        handle = sdk.pay(request_for(provider)).handle
        stored = json.dumps(handle.to_dict())
        raw_poll = _clients_raw.build(provider, "poll", args["base_url"], args["credentials"])
        for _ in range(20):  # warm: connection pools, caches, lazily imported modules
            sdk.poll_once(handle)
            raw_poll()
        figures: dict[str, list[float]] = {"outcome": [], "handle": [], "json": []}
        makers: dict[str, Callable[[], Any]] = {
            "outcome": functools.partial(lambda sdk, handle: sdk.poll_once(handle).outcome, sdk, handle),
            "handle": functools.partial(lambda stored: Handle.from_dict(json.loads(stored)), stored),
            "json": raw_poll,
        }
        tracemalloc.start()
        for _ in range(repeats):
            for kind, make in makers.items():
                figures[kind].append(_retained(make, count))
        tracemalloc.stop()
        sdk.close()
        results[provider] = figures
    return results


def run(python: str, base_url: str, credentials: dict[str, Any], count: int, repeats: int) -> dict[str, Any]:
    from bench._process import run_json
    from bench._report import spread

    raw = run_json(
        python,
        "bench.memory",
        {"base_url": base_url, "credentials": credentials, "count": count, "repeats": repeats},
        timeout=600,
    )
    return {provider: {kind: spread(values) for kind, values in kinds.items()} for provider, kinds in raw.items()}


def show(result: dict[str, Any], count: int, repeats: int) -> str:
    from bench._report import table

    rows = [
        [provider, kinds["outcome"].show(), kinds["handle"].show(), kinds["json"].show()]
        for provider, kinds in result.items()
    ]
    title = (
        f"5. Memory per retained object (bytes, tracemalloc over {count} kept objects, median [min–max] over "
        f"{repeats} repeats)"
    )
    headers = ["provider", "Outcome from poll_once()", "Handle.from_dict()", "reference: raw response.json()"]
    return "\n".join([title, table(headers, rows)])


def main() -> None:
    print(json.dumps(measure(json.loads(sys.stdin.read()))))


if __name__ == "__main__":
    main()
