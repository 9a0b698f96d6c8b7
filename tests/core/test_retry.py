"""The transport retries reads and idempotent writes on 429/5xx/connection errors, honours
Retry-After, stops after the policy's attempts, and never retries an unsafe POST."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import stamina

from scaretry._retry import AsyncRetryingTransport, RetryingTransport, RetryPolicy, retry_after_seconds


@pytest.fixture(autouse=True)
def _no_backoff() -> Iterator[None]:
    with stamina.set_testing(True, attempts=3, cap=True):
        yield


class Script(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, *answers: int | Exception, headers: dict[str, str] | None = None) -> None:
        self.answers = list(answers)
        self.calls = 0
        self.headers = headers or {}

    def _next(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer, headers=self.headers, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)


def safe(request: httpx.Request) -> bool:
    return request.method == "GET" or "idempotency-key" in request.headers


def send(script: Script, method: str = "GET", headers: dict[str, str] | None = None) -> httpx.Response:
    with httpx.Client(transport=RetryingTransport(script, RetryPolicy(), safe)) as client:
        return client.request(method, "http://p.invalid/x", headers=headers)


def test_get_retried_until_success() -> None:
    script = Script(503, httpx.ConnectError("refused"), 200)
    assert send(script).status_code == 200
    assert script.calls == 3


def test_gives_up_after_attempts_and_returns_last_response() -> None:
    script = Script(503, 503, 503, 200)
    assert send(script).status_code == 503
    assert script.calls == 3


def test_post_without_idempotency_is_not_retried() -> None:
    script = Script(503, 200)
    assert send(script, "POST").status_code == 503
    assert script.calls == 1
    with pytest.raises(httpx.ConnectError):
        send(Script(httpx.ConnectError("dropped"), 200), "POST")


def test_post_with_idempotency_key_is_retried() -> None:
    script = Script(httpx.RemoteProtocolError("dropped"), 201)
    assert send(script, "POST", {"Idempotency-Key": "k1"}).status_code == 201
    assert script.calls == 2


def test_client_errors_are_not_retried() -> None:
    script = Script(422, 200)
    assert send(script).status_code == 422
    assert script.calls == 1


def test_retry_after_too_long_is_not_waited_for() -> None:
    script = Script(429, 200, headers={"Retry-After": "3600"})
    assert send(script).status_code == 429
    assert script.calls == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2", 2.0), ("0.5", 0.5), ("-1", 0.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("soon", None)],
)
def test_retry_after_parsing(value: str, expected: float | None) -> None:
    assert retry_after_seconds(httpx.Headers({"Retry-After": value})) == expected


@pytest.mark.anyio
async def test_async_twin_retries_the_same_way() -> None:
    script = Script(502, 200)
    transport = AsyncRetryingTransport(script, RetryPolicy(), safe)
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.get("http://p.invalid/x")).status_code == 200
    assert script.calls == 2
