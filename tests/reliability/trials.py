"""Randomised fault trials: every scenario of every provider, sync and async, under faults on any
of its requests, judged by the sandbox's own state.

One trial: a provider's scenario (``scaretry.testing.scenarios.<provider>.SCENARIOS``: pay, the
upgrade retry, 3DS steps, the customer at the challenge page, resume, status reads, sessions) is
run by :class:`~tests.reliability.merchant.Merchant` over a client whose transport applies a seeded
:class:`~tests.reliability.faults.FaultPlan`. Then the judge reads the sandbox:

- **duplicate**: more money objects (``GET /_sandbox/state``) or more authorised ones than the
  same scenario leaves without faults;
- **lost**: an error without a handle, a handle that recovers nothing, a payment the client never
  learned of, or a final state other than the scenario's without faults;
- **wrong**: the outcome the client reports disagrees with the provider's GET endpoint about its
  own payment.

Each worker owns a sandbox, so counting what a trial created is exact; trials are seeded from
``(seed, provider, mode, index)`` and a failing one prints the command that runs it again.
"""

from __future__ import annotations

import importlib
import logging
import queue
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from typing import Any
from urllib.parse import urlsplit

import attrs
import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal

from scaretry import Outcome, State
from scaretry.sandbox import SandboxServer, SandboxSettings
from scaretry.testing import Customer
from scaretry.testing._scenario import Scenario, Trace
from tests.reliability.faults import AsyncFaultyTransport, FaultPlan, FaultyTransport, Kind, Wire
from tests.reliability.judge import JUDGES, Money, Truth, own_verdict
from tests.reliability.merchant import Lost, Merchant
from tests.reliability.operations import Operations

__all__ = ["MODES", "PROVIDERS", "Baseline", "Result", "Workers", "run_trials"]

PROVIDERS = ("antom", "checkout", "paymentsai", "pxp")
MODES = ("sync", "async")
#: The trial clients' timeout, and the latency of a ``timeout`` fault (the sandbox commits after it).
TIMEOUT = 0.5
LATENCY = 0.8
SETTLE = 0.05


def scenarios(provider: str) -> list[Scenario]:
    module = importlib.import_module(f"scaretry.testing.scenarios.{provider}")
    found: list[Scenario] = module.SCENARIOS
    return found


@attrs.frozen
class Baseline:
    """What a scenario leaves in the sandbox without faults."""

    provider: str
    scenario: str
    expected: State
    created: int
    attempts: int
    authorised_elsewhere: int
    problem: str | None = None


@attrs.define
class Result:
    provider: str
    mode: str
    index: int
    seed: int
    scenario: str
    plan: FaultPlan
    final: str = "-"
    duplicate: str | None = None
    lost: str | None = None
    wrong: str | None = None
    stats: Counter[str] = attrs.Factory(Counter)
    faulted: Counter[tuple[str, Kind]] = attrs.Factory(Counter)
    #: every exception the client raised, and the authenticating header values on the wire
    errors: list[BaseException] = attrs.field(factory=list, repr=False)
    secrets: set[str] = attrs.field(factory=set, repr=False)
    path: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.duplicate or self.lost or self.wrong)

    def reproduction(self) -> str:
        return (
            f"python -m tests.reliability trials --seed {self.seed} --provider {self.provider} "
            f"--mode {self.mode} --only {self.index}"
        )

    def report(self) -> str:
        reasons = "; ".join(
            f"{name}: {why}"
            for name, why in (("DUPLICATE", self.duplicate), ("LOST", self.lost), ("WRONG", self.wrong))
            if why
        )
        return (
            f"{self.provider}/{self.mode} trial {self.index} {self.scenario} [{self.plan}] → {self.final}\n"
            f"    {reasons}\n    attempts: {self.path}\n    reproduce: {self.reproduction()}"
        )


def draw(seed: int, provider: str, mode: str, index: int, baselines: dict[str, Baseline]) -> tuple[Scenario, FaultPlan]:
    """The scenario and fault plan of one trial, from its seed alone."""
    rng = random.Random(f"{seed}:{provider}:{mode}:{index}")
    candidates = [s for s in scenarios(provider) if baselines[s.name].problem is None]
    scenario = rng.choice(candidates)
    return scenario, FaultPlan.draw(rng, baselines[scenario.name].attempts)


class Worker:
    """A sandbox of its own, a customer, clean clients for the judge, and a portal for async."""

    def __init__(self, stack: ExitStack) -> None:
        self.server = stack.enter_context(SandboxServer(settings=SandboxSettings(settle_seconds=SETTLE)))
        self.portal: BlockingPortal = stack.enter_context(start_blocking_portal())
        self.customer = Customer(httpx.Client(timeout=10.0))
        stack.callback(self.customer.close)
        self.admin = stack.enter_context(httpx.Client(base_url=self.server.url, timeout=10.0))
        self.clean = {p: stack.enter_context(_module(p).client_for(self.server.url_for(p))) for p in PROVIDERS}

    def count(self, provider: str) -> int:
        value: int = self.admin.get("/_sandbox/state").json()[provider][JUDGES[provider].counter]
        return value

    def client(self, provider: str, mode: str, wire: Wire) -> Any:
        module = _module(provider)
        if mode == "sync":
            seed = module.client_for(self.server.url_for(provider))
            client = attrs.evolve(seed, transport=FaultyTransport(httpx.HTTPTransport(), wire), timeout=TIMEOUT)
            seed.close()
            return client
        seed = module.async_client_for(self.server.url_for(provider))
        transport = AsyncFaultyTransport(httpx.AsyncHTTPTransport(), wire)
        client = attrs.evolve(seed, transport=transport, timeout=TIMEOUT)
        self.portal.call(seed.aclose)
        return client

    def close_client(self, client: Any) -> None:
        if hasattr(client, "aclose"):
            self.portal.call(client.aclose)
        else:
            client.close()

    def run(self, result: Result, scenario: Scenario, baseline: Baseline | None) -> tuple[Outcome | None, list[Truth]]:
        """Run one trial into ``result``; returns the final outcome and the sandbox's truths."""
        provider = result.provider
        base_path = urlsplit(self.server.url_for(provider)).path
        wire = Wire(result.plan, Operations(provider, base_path), LATENCY)
        before = self.count(provider)
        owned: list[Any] = [self.client(provider, result.mode, wire)]
        merchant = Merchant(owned[0], self.clean[provider], self.portal, result.stats, owned)
        started = time.monotonic()
        outcome: Outcome | None = None
        try:
            outcome = scenario.run(merchant, self.customer, Trace())
            if outcome.state is State.PROCESSING:
                # A scenario that expects a final answer at once (a one-shot payment) got one still
                # processing after a fault: a merchant waits for it.
                result.stats["waited after the scenario"] += 1
                outcome = merchant.wait(outcome.handle, timeout=10.0)
            result.final = outcome.state.value
        except Lost as exc:
            result.lost = str(exc)
        except AssertionError as exc:
            # The scenario expected a step recovery has overtaken (an issuer timeout still PROCESSING
            # at pay, but already DECLINED when recover() read it): fine if the payment is final.
            outcome = merchant.last
            if outcome is not None and outcome.is_final:
                result.stats["recovery reached the final state before the scenario expected it"] += 1
                result.final = outcome.state.value
            else:
                outcome = None
                result.lost = f"the flow cannot go on: {str(exc)[:300] or 'assertion failed'}"
        except Exception as exc:  # anything else escaping the client is a bug too
            result.lost = f"{type(exc).__name__} escaped: {str(exc)[:300]}"
            result.errors.append(exc)
        finally:
            result.seconds = time.monotonic() - started
            for client in owned:
                self.close_client(client)
        time.sleep(max(0.0, wire.quiet_at - time.monotonic()))  # requests the client gave up on commit
        created = self.count(provider) - before
        truths = JUDGES[provider].truths(self.clean[provider].api.get_httpx_client(), wire.exchanges)
        result.faulted = wire.faulted()
        result.errors.extend(merchant.errors)
        result.secrets = wire.secrets
        result.path = wire.path()
        if baseline is not None:
            judge(result, outcome, truths, created, baseline)
        else:
            result.stats["created"] = created
        return outcome, truths


def judge(result: Result, outcome: Outcome | None, truths: list[Truth], created: int, baseline: Baseline) -> None:
    authorised_elsewhere = _authorised_elsewhere(outcome, truths)
    if created > baseline.created:
        result.duplicate = f"{created} payments created, {baseline.created} without faults"
    elif authorised_elsewhere > baseline.authorised_elsewhere:
        what = "duplicate" if outcome is not None and outcome.state is State.AUTHORIZED else "unknown to the client"
        message = (
            f"{authorised_elsewhere} other authorised payments ({what}), {baseline.authorised_elsewhere} without faults"
        )
        if outcome is not None and outcome.state is State.AUTHORIZED:
            result.duplicate = message
        else:
            result.wrong = message
    if outcome is not None:
        result.wrong = result.wrong or own_verdict(outcome, truths)
        if result.lost is None and outcome.state is not baseline.expected:
            result.lost = (
                f"ended {outcome.state.value} ({outcome.provider_status}); {baseline.expected.value} without faults"
            )
    if result.lost is None and created > len(truths):
        result.lost = f"{created - len(truths)} payments the client never learned of"


def _authorised_elsewhere(outcome: Outcome | None, truths: list[Truth]) -> int:
    return sum(1 for t in truths if t.money is Money.AUTHORIZED and (outcome is None or not t.names(outcome)))


def _module(provider: str) -> Any:
    return importlib.import_module(f"scaretry.testing.scenarios.{provider}")


def baselines(worker: Worker, provider: str) -> dict[str, Baseline]:
    """Each scenario once without faults (sync): what it creates, how many attempts it makes."""
    found = {}
    for scenario in scenarios(provider):
        result = Result(provider, "sync", -1, 0, scenario.name, FaultPlan(()))
        outcome, truths = worker.run(result, scenario, None)
        problem = result.lost
        if problem is None and outcome is not None and outcome.state is not scenario.expected:
            problem = f"ends {outcome.state.value} without faults, not {scenario.expected.value}"
        found[scenario.name] = Baseline(
            provider,
            scenario.name,
            scenario.expected,
            result.stats["created"],
            max(1, result.path.count("→") + 1) if result.path else 1,
            _authorised_elsewhere(outcome, truths),
            problem,
        )
    return found


class Workers:
    """``count`` workers, each a thread with its own sandbox."""

    def __init__(self, count: int) -> None:
        self._stack = ExitStack()
        self.pool = [Worker(self._stack) for _ in range(count)]
        # The drop-after-commit fault ends a response with an exception on purpose; uvicorn logs each
        # (its logging is configured as each server starts, so this comes after).
        logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stack.close()


def run_trials(
    workers: Workers,
    seed: int,
    trials: int,
    providers: Iterable[str] = PROVIDERS,
    modes: Iterable[str] = MODES,
    only: int | None = None,
    progress: Callable[[Result], None] | None = None,
) -> tuple[list[Result], dict[str, dict[str, Baseline]]]:
    """``trials`` trials per provider and mode (or the one trial ``only``), spread over the workers."""
    providers, modes = list(providers), list(modes)
    known = {p: baselines(workers.pool[0], p) for p in providers}
    work: queue.Queue[tuple[str, str, int]] = queue.Queue()
    for index in [only] if only is not None else range(trials):
        for provider in providers:
            for mode in modes:
                work.put((provider, mode, index))
    results: list[Result] = []
    lock = threading.Lock()

    def serve(worker: Worker) -> None:
        for provider, mode, index in _drain(work):
            scenario, plan = draw(seed, provider, mode, index, known[provider])
            result = Result(provider, mode, index, seed, scenario.name, plan)
            try:
                worker.run(result, scenario, known[provider][scenario.name])
            except Exception as exc:  # the judge could not read the sandbox: counted, never dropped
                result.lost = result.lost or f"the judge failed: {type(exc).__name__}: {str(exc)[:200]}"
            with lock:
                results.append(result)
            if progress is not None:
                progress(result)

    threads = [threading.Thread(target=serve, args=(w,), daemon=True) for w in workers.pool]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.sort(key=lambda r: (r.provider, r.mode, r.index))
    return results, known


def _drain(work: queue.Queue[tuple[str, str, int]]) -> Iterator[tuple[str, str, int]]:
    while True:
        try:
            yield work.get_nowait()
        except queue.Empty:
            return
