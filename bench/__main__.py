"""``python -m bench`` (``make bench``): the ratios quoted in the README, measured in one run.

1. Facade vs raw httpx, same loopback endpoint (the sandbox's Checkout.com ``GET /payments/{id}``):
   what ``poll_once`` costs over a bare authenticated GET + ``json()`` (retrying transport, auth,
   generated-model parsing, outcome mapping).
2. The retrying transport vs plain httpx on the same GET.
3. Adaptive polling (``PollPolicy()`` defaults: 0.5 s ×1.6 up to 10 s, jitter) vs fixed-interval
   polling every 0.25 s, waiting for payments that settle after 0.3–4 s: requests made, and how late
   the final state is seen.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import httpx

from scaretry import PollPolicy, State, ThreeDSMode
from scaretry._retry import RetryingTransport, RetryPolicy
from scaretry.sandbox import SandboxServer, SandboxSettings
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing import Customer
from scaretry.testing.scenarios.checkout import request_for

ROUNDS = 9
CALLS = 200
SETTLE_TIMES = (0.3, 1.0, 2.0, 4.0)


def _per_call(*fns: Callable[[], object]) -> list[float]:
    """Median over rounds of the mean seconds per call of each function. Rounds interleave the
    functions, so a drift of the machine (the sandbox shares this process) hits them alike."""
    samples: list[list[float]] = [[] for _ in fns]
    for _ in range(ROUNDS):
        for index, fn in enumerate(fns):
            started = time.perf_counter()
            for _ in range(CALLS):
                fn()
            samples[index].append((time.perf_counter() - started) / CALLS)
    return [statistics.median(s) for s in samples]


def _checkout(server: SandboxServer, poll: PollPolicy | None = None) -> object:
    from scaretry import Checkout

    return Checkout(
        CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"], base_url=server.url_for("checkout"), poll=poll
    )


def facade_vs_raw(server: SandboxServer) -> tuple[float, float, float]:
    client = _checkout(server)
    outcome = client.pay(request_for("approve", ThreeDSMode.NEVER))  # type: ignore[attr-defined]
    url = f"{server.url_for('checkout')}/payments/{outcome.payment_id}"
    headers = {"Authorization": f"Bearer {CHECKOUT['secret_key']}"}
    retrying = RetryingTransport(httpx.HTTPTransport(), RetryPolicy(), lambda r: True)
    with httpx.Client(headers=headers) as raw, httpx.Client(headers=headers, transport=retrying) as wrapped:
        raw.get(url).json(), wrapped.get(url).json()  # warm the pools
        plain, transport, facade = _per_call(
            lambda: raw.get(url).json(),
            lambda: wrapped.get(url).json(),
            lambda: client.poll_once(outcome.handle),  # type: ignore[attr-defined]
        )
    client.close()  # type: ignore[attr-defined]
    return plain, transport, facade


def _settled_wait(server: SandboxServer, poll: PollPolicy, settle: float) -> tuple[int, float]:
    """Requests made by wait() and seconds between the payment settling and wait() returning."""
    httpx.put(f"{server.url}/_sandbox/settings", json={"settle_seconds": settle})
    client = _checkout(server, poll)
    customer = Customer()
    try:
        outcome = client.pay(request_for("challenge", ThreeDSMode.ALWAYS))  # type: ignore[attr-defined]
        assert outcome.action is not None
        customer.act(outcome.action, "approve")
        approved = time.monotonic()
        final = client.wait(outcome.handle, timeout=60)  # type: ignore[attr-defined]
        assert final.state is State.AUTHORIZED
        return len(final.request_ids), time.monotonic() - approved - settle
    finally:
        customer.close()
        client.close()  # type: ignore[attr-defined]


def polling(server: SandboxServer) -> list[tuple[float, int, float, int, float]]:
    adaptive, fixed = PollPolicy(), PollPolicy(initial=0.25, factor=1.0, maximum=0.25, jitter=0.0)
    rows = []
    for settle in SETTLE_TIMES:
        a_requests, a_lag = _settled_wait(server, adaptive, settle)
        f_requests, f_lag = _settled_wait(server, fixed, settle)
        rows.append((settle, a_requests, a_lag, f_requests, f_lag))
    return rows


def main() -> None:
    with SandboxServer(settings=SandboxSettings(settle_seconds=0.0)) as server:
        plain, transport, facade = facade_vs_raw(server)
        rows = polling(server)
    print(
        f"1. facade poll_once vs raw httpx GET+json (loopback): {facade / plain:.2f}x "
        f"({facade * 1e3:.2f} ms vs {plain * 1e3:.2f} ms per call)"
    )
    print(
        f"2. retrying transport vs plain httpx transport:        {transport / plain:.2f}x "
        f"({transport * 1e3:.2f} ms vs {plain * 1e3:.2f} ms per call)"
    )
    print("3. wait(): adaptive PollPolicy() vs fixed 0.25 s interval")
    print("   settles after   adaptive: polls, seen late by   fixed: polls, seen late by")
    for settle, a_requests, a_lag, f_requests, f_lag in rows:
        print(f"   {settle:>9.1f} s   {a_requests:>15}  {a_lag:>10.2f} s   {f_requests:>12}  {f_lag:>10.2f} s")
    total_a, total_f = sum(r[1] for r in rows), sum(r[3] for r in rows)
    print(
        f"   requests, fixed / adaptive: {total_f / total_a:.2f}x; mean lateness adaptive "
        f"{statistics.mean(r[2] for r in rows):.2f} s vs fixed {statistics.mean(r[4] for r in rows):.2f} s"
    )


if __name__ == "__main__":
    main()
