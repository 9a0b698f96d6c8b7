"""The transport retries what is declared safe to repeat, on connection errors, timeouts, 408/425/429
and transient 5xx; honours Retry-After; replays a request the provider is still processing; stops
after the policy's attempts and deadline; and never retries an unsafe POST or a pool timeout."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from scaretry import _retry
from scaretry._retry import (
    RETRY_SAFE,
    RETRY_STATUSES,
    AsyncRetryingTransport,
    RetryingTransport,
    RetryPolicy,
    retry_after_seconds,
)

NO_JITTER = RetryPolicy(wait_jitter=0.0)


@pytest.fixture(autouse=True)
def slept(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Every delay the transport asked for, instead of sleeping."""
    delays: list[float] = []

    async def asleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(_retry.time, "sleep", delays.append)
    monkeypatch.setattr(_retry.anyio, "sleep", asleep)
    return delays


class Script(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, *answers: int | Exception | httpx.Response) -> None:
        self.answers = list(answers)
        self.calls = 0

    def _next(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content, request=request)
        return httpx.Response(answer, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)


def send(
    script: Script,
    method: str = "GET",
    *,
    safe: bool | None = None,
    policy: RetryPolicy = NO_JITTER,
    processing: Callable[[httpx.Response], bool] | None = None,
) -> httpx.Response:
    extensions = {} if safe is None else {RETRY_SAFE: safe}
    transport = RetryingTransport(script, policy, processing or (lambda r: False))
    with httpx.Client(transport=transport) as client:
        return client.request(method, "http://p.invalid/x", extensions=extensions)


async def asend(
    script: Script, method: str = "GET", *, safe: bool | None = None, policy: RetryPolicy = NO_JITTER
) -> httpx.Response:
    extensions = {} if safe is None else {RETRY_SAFE: safe}
    async with httpx.AsyncClient(transport=AsyncRetryingTransport(script, policy)) as client:
        return await client.request(method, "http://p.invalid/x", extensions=extensions)


def test_a_read_is_retried_until_it_succeeds(slept: list[float]) -> None:
    script = Script(503, httpx.ConnectError("refused"), 200)
    assert send(script).status_code == 200
    assert script.calls == 3
    assert slept == [0.5, 1.0]  # backoff doubles from 0.5 s


def test_attempts_bound_the_retries_and_the_last_answer_is_returned() -> None:
    script = Script(503, 503, 503, 200)
    assert send(script).status_code == 503
    assert script.calls == 3


def test_one_attempt_switches_retries_off_and_two_still_retry() -> None:
    off = Script(503, 200)
    assert send(off, policy=RetryPolicy(attempts=1)).status_code == 503
    assert off.calls == 1
    two = Script(503, 503, 200)
    assert send(two, policy=RetryPolicy(attempts=2, wait_jitter=0)).status_code == 503
    assert two.calls == 2


def test_a_post_is_retried_only_when_declared_safe() -> None:
    undeclared = Script(503, 200)
    assert send(undeclared, "POST").status_code == 503
    assert undeclared.calls == 1
    with pytest.raises(httpx.ConnectError):
        send(Script(httpx.ConnectError("dropped"), 200), "POST")
    declared = Script(httpx.RemoteProtocolError("dropped"), 201)
    assert send(declared, "POST", safe=True).status_code == 201
    assert declared.calls == 2
    # and a read declared unsafe is not retried either
    assert send(Script(503, 200), safe=False).status_code == 503


@pytest.mark.anyio
async def test_the_async_twin_retries_the_same_way_and_refuses_unsafe_posts(slept: list[float]) -> None:
    script = Script(502, 200)
    assert (await asend(script)).status_code == 200
    assert script.calls == 2
    unsafe = Script(503, 200)
    assert (await asend(unsafe, "POST")).status_code == 503
    assert unsafe.calls == 1
    with pytest.raises(httpx.ReadError):
        await asend(Script(httpx.ReadError("dropped"), 201), "POST")
    safe = Script(httpx.ReadError("dropped"), 201)
    assert (await asend(safe, "POST", safe=True)).status_code == 201
    assert slept == [0.5, 0.5]


@pytest.mark.parametrize("status", sorted({408, 425, 429, 500, 502, 503, 504, 507, 520, 599}))
def test_transient_statuses_are_retried(status: int) -> None:
    script = Script(status, 200)
    assert send(script).status_code == 200
    assert status in RETRY_STATUSES


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422, 501, 505, 511])
def test_statuses_a_repeat_cannot_change_are_not(status: int) -> None:
    script = Script(status, 200)
    assert send(script).status_code == status
    assert script.calls == 1


def test_retry_after_within_the_cap_replaces_the_backoff(slept: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "7"}), 200)
    assert send(script).status_code == 200
    assert slept == [7.0]


def test_a_retry_after_over_the_cap_is_not_waited_for(slept: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}), 200)
    assert send(script).status_code == 429
    assert script.calls == 1
    assert slept == []


def test_a_pool_timeout_is_never_retried() -> None:
    """Nothing was sent: the client is saturated, and a retry would only queue again."""
    script = Script(httpx.PoolTimeout("pool"), 200)
    with pytest.raises(httpx.PoolTimeout):
        send(script, safe=True)
    assert script.calls == 1


def test_still_processing_is_replayed_past_the_attempts_until_the_original_answer(slept: list[float]) -> None:
    busy = httpx.Response(429, json={"error_type": "duplicate_request"})
    script = Script(busy, busy, busy, busy, busy, 201)
    response = send(script, "POST", safe=True, processing=lambda r: r.status_code == 429)
    assert response.status_code == 201
    assert script.calls == 6  # more than the 3 attempts: a still-processing answer is not a failure


def test_still_processing_sees_the_request_a_real_transport_leaves_off(slept: list[float]) -> None:
    """httpx's own transports return responses without their request (the client sets it later):
    the adapter's hook may look at the request it answers (method, idempotency header)."""

    class Bare(Script):  # as httpx.HTTPTransport answers
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            answer = self._next(request)
            return httpx.Response(answer.status_code, content=answer.content)

    seen: list[str] = []

    def processing(response: httpx.Response) -> bool:
        seen.append(response.request.method)
        return response.status_code == 429

    busy = httpx.Response(429, json={"error_type": "duplicate_request"})
    response = send(Bare(busy, 201), "POST", safe=True, processing=processing)
    assert response.status_code == 201
    assert seen == ["POST", "POST"]


def test_still_processing_stops_at_the_deadline(slept: list[float]) -> None:
    busy = httpx.Response(429, json={"error_type": "duplicate_request"})
    script = Script(*([busy] * 50))
    policy = RetryPolicy(wait_initial=1.0, wait_max=1.0, wait_jitter=0.0, timeout=0.0)
    assert send(script, "POST", safe=True, policy=policy, processing=lambda r: True).status_code == 429
    assert script.calls == 1


def test_the_deadline_bounds_ordinary_retries_too() -> None:
    script = Script(503, 200)
    assert send(script, policy=RetryPolicy(timeout=0.1, wait_jitter=0)).status_code == 503
    assert script.calls == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2", 2.0), ("0.5", 0.5), ("-1", 0.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("soon", None)],
)
def test_retry_after_parsing(value: str, expected: float | None) -> None:
    assert retry_after_seconds(httpx.Headers({"Retry-After": value})) == expected
