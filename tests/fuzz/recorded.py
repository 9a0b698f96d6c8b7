"""Every flow of every provider scenario, as the adapter ran it against the sandbox: which adapter
method started it (and with what), and each call's answer. The fuzzer replays a flow sans I/O up to
a step with the recorded answers, then answers that step (and what follows) itself.

Notifications are recorded too: the sandbox's webhooks for the same scenarios, as they arrived.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Generator
from typing import Any

import attrs
import httpx

from scaretry.sandbox import SandboxServer, SandboxSettings
from scaretry.testing import Customer, Received, WebhookReceiver
from scaretry.testing._scenario import Trace
from tests.reliability.operations import Operations

__all__ = ["Answer", "RecordedFlow", "Recording", "record"]


@attrs.frozen
class Answer:
    """One call of a flow and the answer it got."""

    operation: str
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes

    def response(self) -> httpx.Response:
        return httpx.Response(self.status, headers=list(self.headers), content=self.content)


@attrs.frozen
class RecordedFlow:
    """``adapter.<method>(*args, **kwargs)`` and the answers its calls got, in order."""

    scenario: str
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    answers: tuple[Answer, ...]

    def start(self, adapter: Any) -> Generator[Any, Any, Any]:
        flow: Generator[Any, Any, Any] = getattr(adapter, self.method)(*self.args, **self.kwargs)
        return flow

    def __str__(self) -> str:
        return f"{self.scenario}: {self.method} → {', '.join(a.operation for a in self.answers)}"


@attrs.define
class Recording:
    provider: str
    client: Any
    adapter: Any
    flows: list[RecordedFlow]
    notifications: list[Received]


class _Recorder:
    """Stands in for a client's adapter; records the flows the client runs."""

    def __init__(self, adapter: Any, operations: Operations, flows: list[RecordedFlow]) -> None:
        self._adapter = adapter
        self._operations = operations
        self._flows = flows
        self.scenario = ""

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._adapter, name)
        if not inspect.isgeneratorfunction(getattr(type(self._adapter), name, None)):
            return target

        def started(*args: Any, **kwargs: Any) -> Generator[Any, Any, Any]:
            return self._recorded(name, target(*args, **kwargs), args, kwargs)

        return started

    def _recorded(
        self, name: str, flow: Generator[Any, Any, Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Generator[Any, Any, Any]:
        answers: list[Answer] = []
        try:
            call = next(flow)
            while True:
                response = yield call
                request = call.prepared.request
                operation = self._operations.name(str(request["method"]).upper(), str(request["url"]))
                answers.append(
                    Answer(operation, response.status_code, tuple(response.headers.items()), response.content)
                )
                call = flow.send(response)
        except StopIteration as stop:
            return stop.value
        finally:
            self._flows.append(RecordedFlow(self.scenario, name, args, kwargs, tuple(answers)))


def record(provider: str) -> Recording:
    """Run every scenario of ``provider`` once against a sandbox of its own, recording flows and webhooks."""
    module = importlib.import_module(f"scaretry.testing.scenarios.{provider}")
    flows: list[RecordedFlow] = []
    with (
        SandboxServer(settings=SandboxSettings(settle_seconds=0.05)) as server,
        WebhookReceiver() as receiver,
        httpx.Client(base_url=server.url, timeout=10) as admin,
    ):
        admin.put(f"/_sandbox/webhooks/{provider}", json={"url": receiver.url + "/notify"}).raise_for_status()
        client = module.client_for(server.url_for(provider))
        adapter = client._adapter
        recorder = _Recorder(adapter, Operations(provider, ""), flows)
        object.__setattr__(client, "_adapter", recorder)
        customer = Customer()
        for scenario in module.SCENARIOS:
            recorder.scenario = scenario.name
            scenario.run(client, customer, Trace())
        customer.close()
        admin.get("/_sandbox/deliveries")  # waits until every delivery was attempted
        object.__setattr__(client, "_adapter", adapter)
        notifications = receiver.received
    return Recording(provider, client, adapter, [f for f in flows if f.answers], notifications)
