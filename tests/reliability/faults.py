"""Faults, and the transports that inject them into one trial's requests.

A trial's :class:`FaultPlan` says which attempts fail and how: attempt ``at`` (counting every HTTP
attempt the client makes in the trial, retries and recovery calls included) and the ``times - 1``
attempts after it get the fault. The transport sits under the client's retries (``transport=``), so
a fault repeated fewer times than the retry policy's attempts is absorbed by the transport, and one
repeated more reaches the caller as an error carrying the handle.

What each fault does (the sandbox's ``X-Sandbox-Fault`` header, or the transport itself):

- ``timeout``: the sandbox answers later than the client's read timeout, then commits anyway;
- ``5xx``: an error status before the provider does anything (500, 502, 503, 504, 520, 599, 501);
- ``429`` and ``429+retry-after``: rate limited, without and with ``Retry-After`` (0 to 0.2 s, or
  31 s, beyond what the retry policy waits for);
- ``drop-after-commit``: the provider commits, then the connection drops mid-answer;
- ``drop-before-commit``: the connection drops before anything reached the provider, and the
  client sees the same error as after a commit (``ReadError``): it cannot tell the two apart.
"""

from __future__ import annotations

import enum
import random
import threading
import time
from collections import Counter

import attrs
import httpx

from tests.reliability.operations import Operations

__all__ = ["AsyncFaultyTransport", "Exchange", "Fault", "FaultPlan", "FaultyTransport", "Kind", "Wire"]

HEADER = "X-Sandbox-Fault"
_AUTHENTICATING = frozenset({"authorization", "signature", "cko-signature", "x-signature"})
#: the most consecutive attempts one fault hits (the retry policy makes 3)
MAX_TIMES = 4


class Kind(enum.StrEnum):
    TIMEOUT = "timeout"
    STATUS_5XX = "5xx"
    RATE_LIMITED = "429"
    RATE_LIMITED_RETRY_AFTER = "429+retry-after"
    DROP_BEFORE_COMMIT = "drop-before-commit"
    DROP_AFTER_COMMIT = "drop-after-commit"


@attrs.frozen
class Fault:
    kind: Kind
    at: int
    times: int
    status: int | None = None
    retry_after: float | None = None

    def covers(self, attempt: int) -> bool:
        return self.at <= attempt < self.at + self.times

    def header(self, latency: float) -> str | None:
        """The ``X-Sandbox-Fault`` value, or None for a fault the transport makes itself."""
        match self.kind:
            case Kind.TIMEOUT:
                return f"latency={latency:g}"
            case Kind.STATUS_5XX:
                return f"status={self.status}"
            case Kind.RATE_LIMITED:
                return "status=429"
            case Kind.RATE_LIMITED_RETRY_AFTER:
                return f"status=429;retry-after={self.retry_after:g}"
            case Kind.DROP_AFTER_COMMIT:
                return "drop-after-commit"
            case Kind.DROP_BEFORE_COMMIT:
                return None

    def __str__(self) -> str:
        detail = self.status or (f"{self.retry_after:g}s" if self.retry_after is not None else "")
        return f"{self.kind}{f'({detail})' if detail else ''}@{self.at}x{self.times}"


@attrs.frozen
class FaultPlan:
    faults: tuple[Fault, ...]

    @classmethod
    def draw(cls, rng: random.Random, attempts: int) -> FaultPlan:
        """One to three faults on the attempts of a flow that makes ``attempts`` attempts without
        faults (a little beyond, so that recovery calls are hit too)."""
        faults = []
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            kind = rng.choice(list(Kind))
            status = rng.choice((500, 502, 503, 504, 520, 599, 501)) if kind is Kind.STATUS_5XX else None
            retry_after = rng.choice((0.0, 0.05, 0.2, 31.0)) if kind is Kind.RATE_LIMITED_RETRY_AFTER else None
            at = rng.randrange(attempts + 2)
            faults.append(Fault(kind, at, rng.randint(1, MAX_TIMES), status, retry_after))
        return cls(tuple(sorted(faults, key=lambda f: f.at)))

    def at(self, attempt: int) -> Fault | None:
        return next((f for f in self.faults if f.covers(attempt)), None)

    def __str__(self) -> str:
        return ", ".join(map(str, self.faults)) or "no fault"


@attrs.frozen
class Exchange:
    """One attempt as the wire saw it. Bodies stay in memory, never printed (they hold card data)."""

    attempt: int
    operation: str
    fault: Fault | None
    request_body: bytes
    status: int | None = None
    response_body: bytes | None = None


@attrs.define
class Wire:
    """Every attempt of one trial, and what the fault plan did to it."""

    plan: FaultPlan
    operations: Operations
    latency: float
    exchanges: list[Exchange] = attrs.Factory(list)
    #: the values of the headers that authenticate requests and answers (the secrets test looks for them)
    secrets: set[str] = attrs.Factory(set)
    #: when every request the client gave up on has finished in the sandbox (``time.monotonic()``)
    quiet_at: float = 0.0
    _lock: threading.Lock = attrs.Factory(threading.Lock)

    def begin(self, request: httpx.Request) -> tuple[int, Fault | None, str]:
        with self._lock:
            attempt = len(self.exchanges)
            fault = self.plan.at(attempt)
            operation = self.operations.name(request.method, request.url.path)
            self.exchanges.append(Exchange(attempt, operation, fault, request.content))
            if fault is not None and fault.kind is Kind.TIMEOUT:
                self.quiet_at = max(self.quiet_at, time.monotonic() + self.latency + 0.3)
        self.keep_secrets(request.headers)
        header = fault.header(self.latency) if fault is not None else None
        if header is not None:
            request.headers[HEADER] = header
        elif HEADER in request.headers:  # the retry of an attempt that had a fault
            del request.headers[HEADER]
        return attempt, fault, operation

    def keep_secrets(self, headers: httpx.Headers) -> None:
        self.secrets.update(v for k, v in headers.items() if k.lower() in _AUTHENTICATING)

    def answered(self, attempt: int, request: httpx.Request, response: httpx.Response, body: bytes) -> httpx.Response:
        """Record the answer to ``attempt``; the response, read, for the layers above."""
        self.end(attempt, response.status_code, body)
        self.keep_secrets(response.headers)
        return httpx.Response(response.status_code, headers=response.headers, content=body, request=request)

    def end(self, attempt: int, status: int | None, body: bytes | None) -> None:
        with self._lock:
            self.exchanges[attempt] = attrs.evolve(self.exchanges[attempt], status=status, response_body=body)

    def faulted(self) -> Counter[tuple[str, Kind]]:
        """(operation, fault kind) → attempts it hit."""
        return Counter((e.operation, e.fault.kind) for e in self.exchanges if e.fault is not None)

    def path(self) -> str:
        """The trial's attempts in a line: operation, fault, status."""
        return " → ".join(
            f"{e.operation}{f'[{e.fault.kind}]' if e.fault else ''}={e.status if e.status is not None else 'x'}"
            for e in self.exchanges
        )


def _dropped(request: httpx.Request) -> httpx.ReadError:
    return httpx.ReadError("connection dropped before the provider received the request", request=request)


class FaultyTransport(httpx.BaseTransport):
    """A sync transport that applies ``wire``'s plan, then records the answer."""

    def __init__(self, inner: httpx.BaseTransport, wire: Wire) -> None:
        self._inner = inner
        self.wire = wire

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt, fault, _ = self.wire.begin(request)
        if fault is not None and fault.kind is Kind.DROP_BEFORE_COMMIT:
            raise _dropped(request)
        response = self._inner.handle_request(request)
        try:
            body = response.read()
        except httpx.TransportError:  # dropped mid-answer: the status arrived, the body did not
            self.wire.end(attempt, response.status_code, None)
            raise
        return self.wire.answered(attempt, request, response, body)

    def close(self) -> None:
        self._inner.close()


class AsyncFaultyTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`FaultyTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, wire: Wire) -> None:
        self._inner = inner
        self.wire = wire

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt, fault, _ = self.wire.begin(request)
        if fault is not None and fault.kind is Kind.DROP_BEFORE_COMMIT:
            raise _dropped(request)
        response = await self._inner.handle_async_request(request)
        try:
            body = await response.aread()
        except httpx.TransportError:  # dropped mid-answer: the status arrived, the body did not
            self.wire.end(attempt, response.status_code, None)
            raise
        return self.wire.answered(attempt, request, response, body)

    async def aclose(self) -> None:
        await self._inner.aclose()
