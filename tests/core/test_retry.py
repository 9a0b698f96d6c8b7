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
    script: Script,
    method: str = "GET",
    *,
    safe: bool | None = None,
    policy: RetryPolicy = NO_JITTER,
    processing: Callable[[httpx.Response], bool] | None = None,
) -> httpx.Response:
    extensions = {} if safe is None else {RETRY_SAFE: safe}
    transport = AsyncRetryingTransport(script, policy, processing or (lambda r: False))
    async with httpx.AsyncClient(transport=transport) as client:
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


class Bare(Script):
    """Answers as httpx's own transports do: without the request (the client sets it later)."""

    def _next(self, request: httpx.Request) -> httpx.Response:
        answer = super()._next(request)
        return httpx.Response(answer.status_code, content=answer.content)


def test_still_processing_is_replayed_past_the_attempts_until_the_original_answer(slept: list[float]) -> None:
    busy = httpx.Response(429, json={"error_type": "duplicate_request"})
    script = Script(busy, busy, busy, busy, busy, 201)
    response = send(script, "POST", safe=True, processing=lambda r: r.status_code == 429)
    assert response.status_code == 201
    assert script.calls == 6  # more than the 3 attempts: a still-processing answer is not a failure


def test_still_processing_sees_the_request_a_real_transport_leaves_off(slept: list[float]) -> None:
    """httpx's own transports return responses without their request (the client sets it later):
    the adapter's hook may look at the request it answers (method, idempotency header)."""

    seen: list[str] = []

    def processing(response: httpx.Response) -> bool:
        seen.append(response.request.method)
        return response.status_code == 429

    busy = httpx.Response(429, json={"error_type": "duplicate_request"})
    response = send(Bare(busy, 201), "POST", safe=True, processing=processing)
    assert response.status_code == 201
    assert seen == ["POST", "POST"]


@pytest.mark.anyio
async def test_the_async_twin_also_shows_still_processing_the_request() -> None:
    seen: list[str] = []

    def processing(response: httpx.Response) -> bool:
        seen.append(response.request.method)
        return response.status_code == 429

    busy = httpx.Response(429, json={"error_type": "duplicate_request"})
    response = await asend(Bare(busy, 201), "POST", safe=True, processing=processing)
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


# -- what a user of the policy and the transports can observe ------------------------------------------


class Recorder(Script):
    """A script that also keeps every request it was handed, as it was sent."""

    def __init__(self, *answers: int | Exception | httpx.Response) -> None:
        super().__init__(*answers)
        self.sent: list[tuple[str, str, str | None, bytes]] = []

    def _next(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, str(request.url), request.headers.get("Idempotency-Key"), request.read()))
        return super()._next(request)


def test_a_retried_post_sends_the_same_body_and_key_every_time() -> None:
    script = Recorder(httpx.ConnectError("refused"), 503, 201)
    transport = RetryingTransport(script, NO_JITTER)
    with httpx.Client(transport=transport) as client:
        response = client.post(
            "http://p.invalid/payments",
            content=b'{"amount":6510}',
            headers={"Idempotency-Key": "k-1"},
            extensions={RETRY_SAFE: True},
        )
    assert response.status_code == 201
    assert script.sent == [("POST", "http://p.invalid/payments", "k-1", b'{"amount":6510}')] * 3


@pytest.mark.anyio
async def test_the_async_transport_sends_the_same_body_and_key_every_time() -> None:
    script = Recorder(httpx.ReadError("dropped"), 201)
    async with httpx.AsyncClient(transport=AsyncRetryingTransport(script, NO_JITTER)) as client:
        response = await client.post(
            "http://p.invalid/payments",
            content=b"{}",
            headers={"Idempotency-Key": "k-2"},
            extensions={RETRY_SAFE: True},
        )
    assert response.status_code == 201
    assert script.sent == [("POST", "http://p.invalid/payments", "k-2", b"{}")] * 2


@pytest.mark.anyio
async def test_the_async_transport_never_retries_an_unsafe_post_after_a_lost_answer() -> None:
    """The duplicate-charge case: the POST may have reached the provider, and nothing makes a repeat harmless."""
    script = Script(httpx.RemoteProtocolError("dropped mid-answer"), 201)
    with pytest.raises(httpx.RemoteProtocolError):
        await asend(script, "POST")
    assert script.calls == 1
    one = Script(503, 201)
    assert (await asend(one, "POST", safe=True, policy=RetryPolicy(attempts=1))).status_code == 503
    assert one.calls == 1


def test_connection_errors_are_bounded_by_the_attempts_too() -> None:
    script = Script(*[httpx.ConnectError("refused")] * 5)
    with pytest.raises(httpx.ConnectError):
        send(script)
    assert script.calls == 3
    two = Script(httpx.ConnectTimeout("slow"), httpx.ReadTimeout("slow"), 200)
    with pytest.raises(httpx.ReadTimeout):
        send(two, policy=RetryPolicy(attempts=2, wait_jitter=0))
    assert two.calls == 2


def test_a_head_is_safe_to_repeat_like_a_get() -> None:
    script = Script(503, 200)
    assert send(script, "HEAD").status_code == 200
    assert script.calls == 2


def test_a_retry_after_at_the_cap_is_still_honoured(slept: list[float]) -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "30"}), 200)
    assert send(script).status_code == 200
    assert slept == [30.0]


def test_jitter_only_ever_adds_to_the_backoff(slept: list[float]) -> None:
    policy = RetryPolicy(attempts=2, wait_initial=1.0, wait_jitter=0.5)
    for _ in range(50):
        send(Script(503, 200), policy=policy)
    assert all(1.0 <= delay <= 1.5 for delay in slept)
    assert len(set(slept)) > 1


def test_one_attempt_also_stops_replays_of_a_request_still_processing() -> None:
    busy = httpx.Response(409, json={"code": "idempotency_key_in_use"})
    script = Script(busy, 201)
    policy = RetryPolicy(attempts=1)
    assert send(script, "POST", safe=True, policy=policy, processing=lambda r: True).status_code == 409
    assert script.calls == 1


def test_a_still_processing_answer_is_replayed_whatever_its_status(slept: list[float]) -> None:
    """A provider may say "in progress" with a status that is not otherwise retried (409 here)."""
    busy = httpx.Response(409, json={"code": "idempotency_key_in_use"})
    script = Script(busy, busy, 201)
    response = send(script, "POST", safe=True, processing=lambda r: r.status_code == 409)
    assert response.status_code == 201
    assert script.calls == 3


def test_replays_back_off_like_retries_up_to_the_sixth_step(slept: list[float]) -> None:
    busy = httpx.Response(429, json={"error_type": "duplicate_request"})
    script = Script(*[busy] * 9, 201)
    policy = RetryPolicy(wait_initial=1.0, wait_max=1000.0, wait_jitter=0.0, timeout=10_000.0)
    response = send(script, "POST", safe=True, policy=policy, processing=lambda r: r.status_code == 429)
    assert response.status_code == 201
    assert slept == [1.0] * 9  # the failures count stays at one: a replay is not a failed attempt
    # and the policy's own answer for a long-processing request stops growing at the sixth step
    delays = [policy.next_delay(retry_safe=True, failures=n, elapsed=0, processing=True) for n in range(1, 9)]
    assert delays == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 32.0, 32.0]


def test_next_delay_treats_an_answer_as_an_ordinary_failure_unless_told_otherwise() -> None:
    policy = RetryPolicy(wait_jitter=0.0)
    busy = httpx.Response(503)
    assert policy.next_delay(retry_safe=True, failures=3, elapsed=0, response=busy) is None
    assert policy.next_delay(retry_safe=True, failures=2, elapsed=0, response=busy) == 1.0
    assert policy.next_delay(retry_safe=False, failures=1, elapsed=0, response=busy) is None


def test_every_retry_is_logged_with_the_request_and_why(caplog: pytest.LogCaptureFixture) -> None:
    busy = httpx.Response(429, json={"error_type": "duplicate_request"})
    script = Script(503, httpx.ConnectError("refused"), busy, 201)
    policy = RetryPolicy(attempts=5, wait_jitter=0.0)
    with caplog.at_level("INFO", logger="scaretry"):
        send(script, "POST", safe=True, policy=policy, processing=lambda r: r.status_code == 429)
    assert [r.getMessage() for r in caplog.records if r.name == "scaretry"] == [
        "retrying POST /x in 0.50s: HTTP 503",
        "retrying POST /x in 1.00s: ConnectError",
        "retrying POST /x in 1.00s: HTTP 429 (the provider is still processing the first attempt)",
    ]


def test_a_retry_that_would_end_exactly_at_the_deadline_is_still_made() -> None:
    policy = RetryPolicy(wait_jitter=0.0)  # 60 s in all; the first backoff is 0.5 s
    busy = httpx.Response(503)
    assert policy.next_delay(retry_safe=True, failures=1, elapsed=59.5, response=busy) == 0.5
    assert policy.next_delay(retry_safe=True, failures=1, elapsed=59.6, response=busy) is None
