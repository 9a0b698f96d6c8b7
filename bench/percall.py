"""Section 1: the client's CPU time per call, scaretry against raw httpx and the official SDKs.

One worker process per variant (scaretry, raw httpx, the official SDKs in their own environment)
holds the client of the case at hand (each provider, ``pay()`` and ``poll_once()``); every worker is
warmed up on each case, then the rounds interleave the variants (A B C, then C B A, …) so that a
drift of the machine hits them alike. One round is a batch of calls sized to take about
``batch_seconds`` of CPU in that variant; its figure is CPU seconds per call. Ratios are taken round
by round against raw httpx.
"""

from __future__ import annotations

from typing import Any

from bench._environment import Environments
from bench._process import Worker, WorkerError
from bench._report import Spread, pairwise, spread, table

__all__ = ["GOAL", "run", "show"]

PROVIDERS = ("checkout", "antom", "paymentsai", "pxp")
OPERATIONS = {"pay": "pay()", "poll": "poll_once()"}
OFFICIAL = {"checkout": "checkout-sdk", "antom": "global-open-sdk-python"}
GOAL = 1.10


def _batch_size(worker: Worker, seconds: float, minimum: int) -> int:
    """Warm the worker up (about ``seconds`` of calls) and size a batch to take about ``seconds``."""
    probe = worker.call({"n": minimum})
    per_call = max(probe["cpu"] / probe["n"], 1e-6)
    worker.call({"n": max(minimum, int(seconds / per_call))})  # the warm-up proper
    return max(minimum, int(seconds / per_call))


def _case(workers: dict[str, Worker], setup: dict[str, Any], rounds: int, seconds: float) -> dict[str, Any]:
    """Set every worker up for this case, warm it up, then the interleaved rounds."""
    ready: dict[str, Worker] = {}
    failures: dict[str, str] = {}
    for name, worker in workers.items():
        try:
            worker.call({**setup, "variant": name})
            ready[name] = worker
        except WorkerError as exc:
            failures[name] = str(exc)
    sizes = {name: _batch_size(worker, seconds, 5) for name, worker in ready.items()}
    samples: dict[str, list[float]] = {name: [] for name in ready}
    order = list(ready)
    for index in range(rounds):
        for name in order if index % 2 == 0 else reversed(order):
            batch = ready[name].call({"n": sizes[name]})
            samples[name].append(batch["cpu"] / batch["n"])
    figures = {name: spread(values) for name, values in samples.items()}
    ratios = {name: pairwise(values, samples["raw"]) for name, values in samples.items() if name != "raw"}
    return {
        "provider": setup["provider"],
        "operation": setup["operation"],
        "figures": figures,
        "ratios": ratios,
        "failures": failures,
    }


def run(
    environments: Environments, base_url: str, credentials: dict[str, Any], rounds: int, seconds: float
) -> list[dict[str, Any]]:
    pythons = {"scaretry": environments.dev, "raw": environments.dev}
    if environments.sdks is not None:
        pythons["official"] = environments.sdks
    workers = {name: Worker(python) for name, python in pythons.items()}
    results = []
    try:
        for provider in PROVIDERS:
            for operation in OPERATIONS:
                names = [name for name in workers if name != "official" or provider in OFFICIAL]
                for name in names:
                    if not workers[name].alive:  # a worker that died in an earlier case: a fresh one
                        workers[name].close()
                        workers[name] = Worker(pythons[name])
                setup = {"provider": provider, "operation": operation, "base_url": base_url, "credentials": credentials}
                results.append(_case({name: workers[name] for name in names}, setup, rounds, seconds))
    finally:
        for worker in workers.values():
            worker.close()
    return results


def _cell(figure: Spread | None) -> str:
    return "—" if figure is None else figure.show(1e6)


def _ratio(figure: Spread | None) -> str:
    return "—" if figure is None else figure.show(digits=2, unit="×")


def show(results: list[dict[str, Any]], rounds: int, sdks_available: bool) -> str:
    rows = []
    notes = []
    for case in results:
        figures, ratios = case["figures"], case["ratios"]
        scaretry_ratio = ratios.get("scaretry")
        verdict = "—" if scaretry_ratio is None else ("met" if scaretry_ratio.median <= GOAL else "missed")
        official = OFFICIAL.get(case["provider"])
        if official is None:
            official_cell = official_ratio = "—"
        elif "official" in case["failures"]:
            official_cell = official_ratio = "failed (below)"
            notes.append(f"  {official} {case['operation']}: {case['failures']['official']}")
        elif not sdks_available:
            official_cell = official_ratio = "not installed"
        else:
            official_cell, official_ratio = _cell(figures.get("official")), _ratio(ratios.get("official"))
        rows.append(
            [
                case["provider"],
                OPERATIONS[case["operation"]],
                _cell(figures.get("scaretry")),
                _cell(figures.get("raw")),
                _ratio(scaretry_ratio),
                verdict,
                official_cell,
                official_ratio,
            ]
        )
        notes += [
            f"  {name} {case['provider']} {case['operation']}: {why}"
            for name, why in case["failures"].items()
            if name != "official"
        ]
    headers = [
        "provider",
        "call",
        "scaretry µs",
        "raw httpx µs",
        "scaretry ÷ raw",
        f"goal ≤{GOAL:.2f}×",
        "official SDK µs",
        "official ÷ raw",
    ]
    title = (
        f"1. Per call, client CPU (µs of the client process's CPU per call, median [p25–p75] over {rounds} "
        "interleaved rounds; ratios round by round)"
    )
    notes.append(
        "  official SDKs: Checkout.com checkout-sdk, Antom global-open-sdk-python (bench/requirements-sdks.txt); "
        "Payments AI and PXP publish no server-side Python SDK"
    )
    return "\n".join([title, table(headers, rows), *notes])
