"""What the Antom facade tests share: clients on the sandbox, the sandbox's judgement, signed answers
and notifications made with the sandbox's published "Antom" key."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from anyio.from_thread import start_blocking_portal

from scaretry._outcome import Outcome
from scaretry._request import PaymentRequest
from scaretry._retry import RetryPolicy
from scaretry.providers.antom import Antom, AsyncAntom
from scaretry.sandbox._credentials import ANTOM
from scaretry.sandbox.providers._antom_keys import MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM
from scaretry.sandbox.providers.antom import sandbox_signature
from scaretry.testing._scenario import SANDBOX_RETRY
from scaretry.testing.scenarios.antom import POLL

KEYS = (ANTOM["client_id"], MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM)
NOWHERE = "http://127.0.0.1:9/ams/sandbox"  # nothing listens: any request would fail loudly
NOTIFY_PATH = "/webhooks/antom"


def antom(base_url: str = NOWHERE, **options: Any) -> Antom:
    """A sync client with the sandbox's published test credentials (``antom_public_key=`` replaces Antom's)."""
    options.setdefault("retry", SANDBOX_RETRY)
    options.setdefault("poll", POLL)
    client_id, private_key, public_key = KEYS
    return Antom(client_id, private_key, options.pop("antom_public_key", public_key), base_url=base_url, **options)


def async_antom(base_url: str, **options: Any) -> AsyncAntom:
    options.setdefault("retry", SANDBOX_RETRY)
    options.setdefault("poll", POLL)
    return AsyncAntom(*KEYS, base_url=base_url, **options)


#: No retries at all: the first answer, whatever it is, is what the flow reads.
NO_RETRY = RetryPolicy(attempts=1)


def payments(admin: httpx.Client) -> int:
    """How many payments the sandbox's Antom holds: the judge of "one payment, never two"."""
    count: int = admin.get("/_sandbox/state").json()["antom"]["payments"]
    return count


class Either:
    """One client API for a test that runs sync and async: the async client's calls run on one event
    loop in a portal thread, so the same test body drives both."""

    def __init__(self, base_url: str, asynchronous: bool, **options: Any) -> None:
        self.asynchronous = asynchronous
        self.sync = None if asynchronous else antom(base_url, **options)
        self.aio = async_antom(base_url, **options) if asynchronous else None
        self._portal_cm = start_blocking_portal() if asynchronous else None
        self._portal = self._portal_cm.__enter__() if self._portal_cm is not None else None

    def _do(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if self.sync is not None:
            return getattr(self.sync, name)(*args, **kwargs)
        assert self.aio is not None
        assert self._portal is not None
        method: Callable[..., Awaitable[Any]] = getattr(self.aio, name)
        return self._portal.call(lambda: method(*args, **kwargs))

    def pay(self, request: PaymentRequest, **kwargs: Any) -> Outcome:
        result: Outcome = self._do("pay", request, **kwargs)
        return result

    def recover(self, handle: Any) -> Outcome:
        result: Outcome = self._do("recover", handle)
        return result

    def resume(self, handle: Any, params: Any = None) -> Outcome:
        result: Outcome = self._do("resume", handle, params)
        return result

    def wait(self, handle: Any, timeout: float = 5) -> Outcome:
        result: Outcome = self._do("wait", handle, timeout)
        return result

    def poll_once(self, handle: Any) -> Any:
        return self._do("poll_once", handle)

    def close(self) -> None:
        if self.sync is not None:
            self.sync.close()
        if self.aio is not None and self._portal is not None and self._portal_cm is not None:
            self._portal.call(self.aio.aclose)
            self._portal_cm.__exit__(None, None, None)


def notification(
    body: dict[str, Any] | bytes,
    *,
    path: str = NOTIFY_PATH,
    when: str | None = None,
    client_id: str = ANTOM["client_id"],
) -> tuple[dict[str, str], bytes]:
    """Headers and raw body of a notifyPayment signed with the sandbox's "Antom" key, as Antom
    signs one: over ``POST <path>\\n<Client-Id>.<Request-Time>.<body>``."""
    raw = body if isinstance(body, bytes) else json.dumps(body, separators=(",", ":")).encode()
    when = when or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    headers = {
        "Content-Type": "application/json; charset=UTF-8",
        "Client-Id": client_id,
        "Request-Time": when,
        "Signature": sandbox_signature("POST", path, client_id, when, raw),
    }
    return headers, raw


def result(code: str, status: str, message: str = "") -> dict[str, str]:
    return {"resultCode": code, "resultStatus": status, "resultMessage": message or code}


def notify_body(
    kind: str = "PAYMENT_RESULT", code: str = "SUCCESS", status: str = "S", **fields: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "notifyType": kind,
        "result": result(code, status),
        "paymentRequestId": "scr_notified",
        "paymentId": "20261130000000000000000000000000001",
        "paymentAmount": {"currency": "USD", "value": "4999"},
        "paymentCreateTime": "2026-11-30T10:00:00+00:00",
    }
    return body | fields


class Recorder(httpx.BaseTransport):
    """The network, recording every answer as it arrived (bytes and headers, signature included):
    what an attacker on the path, or a cache, could serve again later."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self.answers: list[tuple[str, int, bytes, dict[str, str]]] = []
        self.sent: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.read())
        response = self._inner.handle_request(request)
        content = response.read()
        self.answers.append((request.url.path, response.status_code, content, dict(response.headers)))
        return httpx.Response(response.status_code, headers=response.headers, content=content)

    def close(self) -> None:
        self._inner.close()


class Replayer(httpx.BaseTransport):
    """Answers every request with one recorded answer (a genuinely signed one, for another payment)."""

    def __init__(self, status: int, content: bytes, headers: dict[str, str]) -> None:
        self.answer = (status, content, headers)
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, content, headers = self.answer
        headers = {k: v for k, v in headers.items() if k.lower() not in ("content-length", "content-encoding")}
        return httpx.Response(status, content=content, headers=headers)
