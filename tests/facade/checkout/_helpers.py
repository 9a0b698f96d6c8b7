"""What the Checkout.com facade tests share: the sandbox's counts, and an adapter driven sans I/O."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
from scaretry_checkout.models import PaymentDetails
from scaretry_checkout.types import Response

from scaretry._adapter import Call, Flow
from scaretry._handle import Handle
from scaretry._outcome import Outcome
from scaretry.providers.checkout import AsyncCheckout, Checkout, CheckoutAdapter, CheckoutConfig
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing._scenario import SANDBOX_POLL, SANDBOX_RETRY

PAY_ID = "pay_" + "a" * 26
LINKS = {"self": {"href": "https://x/payments/" + PAY_ID}, "actions": {"href": "https://x/a"}}
DECLINED_20154 = {
    "id": PAY_ID,
    "action_id": "act_" + "a" * 26,
    "amount": 6510,
    "currency": "EUR",
    "approved": False,
    "status": "Declined",
    "response_code": "20154",
    "processed_on": "2026-01-01T00:00:00Z",
    "_links": LINKS,
}
AUTHORIZED = DECLINED_20154 | {"approved": True, "status": "Authorized", "response_code": "10000"}


def count(admin: httpx.Client, what: str = "payments") -> int:
    """How many payments (or sessions …) the sandbox holds: the judge of "one payment"."""
    value: int = admin.get("/_sandbox/state").json()["checkout"][what]
    return value


def adapter() -> CheckoutAdapter:
    return CheckoutAdapter(CheckoutConfig(CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"]))


def body_of(call: Call) -> Any:
    return call.prepared.request["json"]


def key_of(call: Call) -> str:
    return str(call.prepared.request["headers"]["Cko-Idempotency-Key"])


def response(status: int, body: Any, model: Any) -> Response[Any]:
    content = json.dumps(body).encode()
    parsed = model.from_dict(body) if model is not None else None
    return Response(
        status_code=status, content=content, headers=httpx.Headers({"Cko-Request-Id": "req-1"}), parsed=parsed
    )


def finish(flow: Flow[Outcome], *responses: Response[Any]) -> tuple[list[Call], Outcome]:
    """Drive ``flow`` with ``responses``: the calls it made and what it returned."""
    calls = [next(flow)]
    for answer in responses:
        try:
            calls.append(flow.send(answer))
        except StopIteration as stop:
            return calls, stop.value
    raise AssertionError("the flow wanted more responses")


def details(status: str, **extra: Any) -> dict[str, Any]:
    """A "Get payment details" body in ``status``."""
    return {
        "id": PAY_ID,
        "requested_on": "2026-01-01T00:00:00Z",
        "amount": 6510,
        "currency": "EUR",
        "approved": False,
        "status": status,
        "_links": LINKS,
    } | extra


def status_of(body: dict[str, Any]) -> Outcome:
    """What the adapter makes of one "Get payment details" answer."""
    handle = Handle("checkout", PAY_ID, "ORD-1", "k", "payment")
    return finish(adapter().status(handle), response(200, body, PaymentDetails))[1]


class Faulting(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport (the client's ``transport=``) that asks the sandbox for ``fault``
    (``X-Sandbox-Fault``) on the requests ``when`` picks, ``times`` times in all (None: always).
    It sits under the client's retries, so it sees every attempt."""

    def __init__(self, fault: str, when: Callable[[httpx.Request], bool], times: int | None = None) -> None:
        self.fault = fault
        self.when = when
        self.times = times
        self.faulted = 0
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def _mark(self, request: httpx.Request) -> None:
        if self.when(request) and (self.times is None or self.faulted < self.times):
            self.faulted += 1
            request.headers["X-Sandbox-Fault"] = self.fault

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._mark(request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._mark(request)
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


def payment_posts(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.path == "/payments"


def sandbox_client(url: str, transport: httpx.BaseTransport | None = None, **options: Any) -> Checkout:
    """A sync client on the sandbox with its published credentials, fast polls and retries."""
    return _client(Checkout, url, transport, options)


def async_sandbox_client(url: str, transport: httpx.AsyncBaseTransport | None = None, **options: Any) -> AsyncCheckout:
    """The async twin of :func:`sandbox_client`."""
    return _client(AsyncCheckout, url, transport, options)


def _client(cls: Any, url: str, transport: Any, options: dict[str, Any]) -> Any:
    defaults = {
        "webhook_signature_key": CHECKOUT["webhook_signature_key"],
        "poll": SANDBOX_POLL,
        "retry": SANDBOX_RETRY,
    }
    channel = options.pop("processing_channel_id", CHECKOUT["processing_channel_id"])
    return cls(CHECKOUT["secret_key"], channel, **(defaults | options), base_url=url, transport=transport)


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The real transport, keeping every request the client sent (what went on the wire)."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []
        self._sync = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return self._sync.handle_request(request)

    def bodies(self, method: str, path: str) -> list[Any]:
        """The JSON bodies sent to ``method path``, in order."""
        return [json.loads(r.content) for r in self.sent if r.method == method and r.url.path == path]
