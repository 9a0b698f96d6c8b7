"""``python -m bench``: print the benchmark ratios (see bench/__init__.py)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import httpx

from scaretry._retry import RetryingTransport, RetryPolicy
from scaretry.sandbox import SandboxServer

ROUNDS = 5
CALLS = 200


def _per_call(fn: Callable[[], object]) -> float:
    """Median over rounds of the mean seconds per call."""
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(CALLS):
            fn()
        samples.append((time.perf_counter() - started) / CALLS)
    return statistics.median(samples)


def transport_overhead(server: SandboxServer) -> tuple[float, float]:
    """The retrying transport vs plain httpx, same loopback endpoint, a GET that succeeds."""
    url = f"{server.url}/_sandbox/health"
    with (
        httpx.Client() as raw,
        httpx.Client(transport=RetryingTransport(httpx.HTTPTransport(), RetryPolicy(), lambda r: True)) as retrying,
    ):
        raw.get(url), retrying.get(url)  # warm the pools
        return _per_call(lambda: raw.get(url)), _per_call(lambda: retrying.get(url))


def main() -> None:
    with SandboxServer() as server:
        raw, wrapped = transport_overhead(server)
    print(
        f"retrying transport vs raw httpx (GET, loopback): {wrapped / raw:.2f}x  ({raw * 1e3:.2f} ms vs {wrapped * 1e3:.2f} ms per call)"
    )


if __name__ == "__main__":
    main()
