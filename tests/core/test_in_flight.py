"""A client keeps at most ``max_in_flight`` requests in flight (default: its pool's size); the
others wait their turn instead of timing out in the connection pool."""

from __future__ import annotations

import threading
import time
from typing import Any

import anyio
import httpx
import pytest

from scaretry import AsyncCheckout, Checkout, ConfigurationError, Handle, PollPolicy, State
from scaretry.sandbox._credentials import CHECKOUT
from tests.generated._examples import modelled_examples

DETAILS = next(
    v for _, n, _, v in modelled_examples("checkout") if n == "PaymentDetails" and v["status"] == "Authorized"
)


class Gauge:
    def __init__(self) -> None:
        self.now = 0
        self.most = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)

    def leave(self) -> None:
        with self.lock:
            self.now -= 1


def options(transport: Any, **extra: Any) -> dict[str, Any]:
    return {"base_url": "https://api.example", "transport": transport, "poll": PollPolicy(jitter=0), **extra}


@pytest.mark.anyio
async def test_an_async_client_bounds_what_is_in_flight() -> None:
    gauge = Gauge()

    async def slow(request: httpx.Request) -> httpx.Response:
        gauge.enter()
        await anyio.sleep(0.02)
        gauge.leave()
        return httpx.Response(200, json=DETAILS)

    async with AsyncCheckout(
        CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"], **options(httpx.MockTransport(slow), max_in_flight=4)
    ) as client:
        handle = Handle("checkout", DETAILS["id"], "r", "k", "payment").signed(client._key)
        results: list[State] = []

        async def poll() -> None:
            results.append((await client.poll_once(handle)).outcome.state)

        async with anyio.create_task_group() as group:
            for _ in range(40):
                group.start_soon(poll)
    assert results == [State.AUTHORIZED] * 40
    assert gauge.most == 4


def test_a_sync_client_bounds_its_threads_too() -> None:
    gauge = Gauge()

    def slow(request: httpx.Request) -> httpx.Response:
        gauge.enter()
        time.sleep(0.02)
        gauge.leave()
        return httpx.Response(200, json=DETAILS)

    with Checkout(
        CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"], **options(httpx.MockTransport(slow), max_in_flight=3)
    ) as client:
        handle = Handle("checkout", DETAILS["id"], "r", "k", "payment").signed(client._key)
        threads = [threading.Thread(target=client.poll_once, args=(handle,)) for _ in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert gauge.most == 3


def test_the_default_bound_is_the_pool_size_and_a_bad_one_is_refused() -> None:
    with Checkout(CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"]) as client:
        assert client.in_flight_bound() == 100
    limits = httpx.Limits(max_connections=7)
    with Checkout(CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"], limits=limits) as client:
        assert client.in_flight_bound() == 7
    for bad in (0, -1, 2.5):
        with pytest.raises(ConfigurationError, match="max_in_flight"):
            Checkout(CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"], max_in_flight=bad)  # type: ignore[arg-type]
