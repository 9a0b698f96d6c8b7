"""Sections 4 and 6: many payments awaited at once on one event loop (the runs are ``bench.flows``).

4. Scale: ``payments`` concurrent ``AsyncCheckout`` ``pay()`` + ``wait()`` with default settings,
   payments settling at random in 0.3–2 s, against raw httpx with at most 100 requests in flight;
   each after a warm-up payment, and again on a cold client (the burst arrives first: a service
   just started). When scaretry has client options for pool limits and an in-flight bound, one more
   variant sets them to the raw client's numbers.
6. Polling lateness (issue 12): payments final 0.3–10 s after they were made — half paid by a
   customer already back from their bank (the issuer answers 0.3–2 s later), half by one still
   there (acting after 2–8 s, the issuer answering 0.3–2 s after that); how late ``wait()`` sees
   the final state and how many requests each payment costs, per poll policy, and with the
   provider's notifications.

Each run is a fresh server (settle mode, one seed for the whole section, so every variant faces the
same settle times) and a fresh client process; the variants alternate order round by round.
"""

from __future__ import annotations

import inspect
import socket
import subprocess
from typing import Any

import httpx

from bench import _notifications
from bench._environment import Environments
from bench._process import run_json, server
from bench._report import pairwise, percentile, spread, table
from bench.flows import WARMUP

__all__ = ["polling", "scale", "show_polling", "show_scale"]

_LIMITS_NAMES = ("limits", "pool_limits")
_IN_FLIGHT_NAMES = ("max_in_flight", "in_flight", "max_concurrency", "concurrency")
_RAW = "raw httpx, ≤100 in flight"
_RAW_COLD = "raw httpx, ≤100 in flight, cold"
_SCARETRY_COLD = "scaretry, cold client"
#: Run in the first round only: a cold client that collapses takes minutes, and ``make bench`` has ~10.
_FIRST_ROUND_ONLY = frozenset({_SCARETRY_COLD, _RAW_COLD})
#: The loop merchants write by hand: a read every second, whatever the payment waits for.
_FIXED_1S = {
    "initial": 1.0,
    "factor": 1.0,
    "maximum": 1.0,
    "customer_initial": 1.0,
    "customer_interval": 1.0,
    "customer_factor": 1.0,
    "jitter": 0.0,
}
SEED = 12


def _default_schedule() -> tuple[dict[str, float], str]:
    """The default PollPolicy's numbers, for the raw client to poll on the same schedule."""
    from scaretry import PollPolicy

    policy = PollPolicy()
    try:
        return {name: float(getattr(policy, name)) for name in ("initial", "factor", "maximum", "jitter")}, ""
    except AttributeError:
        return {"initial": 0.5, "factor": 1.6, "maximum": 10.0, "jitter": 0.2}, (
            "PollPolicy() no longer has initial/factor/maximum/jitter: the raw client polls on 0.5 s ×1.6 up to 10 s"
        )


def client_options() -> dict[str, str | None]:
    """Which of the options issue 13 asks for the client has (by the constructor's options)."""
    from scaretry import AsyncCheckout, ClientOptions

    names = set(getattr(ClientOptions, "__annotations__", {})) | set(inspect.signature(AsyncCheckout).parameters)
    return {
        "limits": next((name for name in _LIMITS_NAMES if name in names), None),
        "in_flight": next((name for name in _IN_FLIGHT_NAMES if name in names), None),
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _one_run(
    environments: Environments,
    credentials: dict[str, Any],
    config: dict[str, Any],
    args: dict[str, Any],
    timeout: float,
) -> dict[str, Any]:
    """One fresh server and one client process; per payment: lateness and requests."""
    with server({"antom_private": credentials["antom"]["antom_private"], **config}) as url:
        try:
            result = run_json(
                environments.dev, "bench.flows", {**args, "base_url": url, "credentials": credentials}, timeout
            )
        except subprocess.TimeoutExpired:
            return {"timed_out": timeout}
        payments = httpx.get(f"{url}/_bench/payments", timeout=30).json()
    payments = {pid: p for pid, p in payments.items() if p["reference"] != WARMUP}
    returned = result.pop("returned")
    result["lateness"] = [returned[pid] - p["final_at"] for pid, p in payments.items() if pid in returned]
    result["requests"] = [p["requests"] for p in payments.values()]
    return result


def scale(
    environments: Environments, credentials: dict[str, Any], payments: int, rounds: int, settle: tuple[float, float]
) -> dict[str, Any]:
    schedule, schedule_note = _default_schedule()
    options = client_options()
    raw = {"variant": "raw", "in_flight": 100, "schedule": schedule}
    # name -> (the run's arguments, the raw variant its wall time is divided by)
    variants: dict[str, tuple[dict[str, Any], str]] = {
        "scaretry (defaults)": ({"variant": "scaretry"}, _RAW),
        _RAW: (raw, _RAW),
        _SCARETRY_COLD: ({"variant": "scaretry", "cold": True}, _RAW_COLD),
        _RAW_COLD: ({**raw, "cold": True}, _RAW_COLD),
    }
    if options["limits"] or options["in_flight"]:
        tuned = {"variant": "scaretry", "tuned": {**options, "value": 100}}
        variants["scaretry (limits/in-flight = 100)"] = (tuned, _RAW)
    config = {"settle": list(settle), "seed": SEED}
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in variants}
    order = list(variants)
    for index in range(rounds):
        for name in order if index % 2 == 0 else reversed(order):
            if index and name in _FIRST_ROUND_ONLY:
                continue
            args = {**variants[name][0], "payments": payments}
            runs[name].append(_one_run(environments, credentials, config, args, timeout=600))
    notes = [schedule_note] if schedule_note else []
    baselines = {name: baseline for name, (_, baseline) in variants.items()}
    return {
        "payments": payments,
        "settle": settle,
        "runs": runs,
        "baselines": baselines,
        "options": options,
        "notes": notes,
    }


def polling(
    environments: Environments, credentials: dict[str, Any], payments: int, rounds: int, settle: tuple[float, float]
) -> dict[str, Any]:
    config = {
        "settle": list(settle),
        "customers": True,
        "seed": SEED,
        "webhook_key": credentials["checkout"]["webhook_signature_key"],
    }
    # name -> (the client's arguments, None or the share of notifications the server drops)
    variants: dict[str, tuple[dict[str, Any], float | None]] = {
        "polling only, default PollPolicy()": ({"variant": "scaretry"}, None),
        "polling only, fixed 1 s": ({"variant": "scaretry", "poll": _FIXED_1S}, None),
    }
    notified = {"notifications + polling": 0.0, "notifications, 30 % dropped": 0.3}
    unavailable = _notifications.availability()
    if unavailable is None:
        variants |= {name: ({"variant": "scaretry"}, drop) for name, drop in notified.items()}
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in variants}
    order = list(variants)
    for index in range(rounds):
        for name in order if index % 2 == 0 else reversed(order):
            args, drop = variants[name]
            run_config = dict(config)
            if drop is not None:
                port = _free_port()
                run_config |= {"notify": f"http://127.0.0.1:{port}/webhooks/checkout", "drop": drop}
                args = {**args, "notify_port": port}
            runs[name].append(_one_run(environments, credentials, run_config, {**args, "payments": payments}, 300))
    missing = {} if unavailable is None else dict.fromkeys(notified, unavailable)
    return {"payments": payments, "settle": settle, "runs": runs, "missing": missing}


def _range(settle: tuple[float, float]) -> str:
    return f"{settle[0]:g}–{settle[1]:g} s"


def _errors(runs: list[dict[str, Any]]) -> str:
    kinds = sorted({kind for run in runs for kind in run.get("errors", {})})
    if not kinds:
        return "0"
    return "; ".join(f"{kind}: " + ", ".join(str(run.get("errors", {}).get(kind, 0)) for run in runs) for kind in kinds)


def show_scale(result: dict[str, Any]) -> str:
    runs = result["runs"]
    rows = []
    for name, variant_runs in runs.items():
        if any("timed_out" in run for run in variant_runs):
            rows.append([name, f"did not finish within {variant_runs[0].get('timed_out', '?')} s", "", "", "", ""])
            continue
        walls = [run["wall"] for run in variant_runs]
        baseline = result["baselines"][name]
        ratio = (
            "—"
            if name == baseline or any("timed_out" in run for run in runs[baseline])
            else pairwise(walls, [run["wall"] for run in runs[baseline]]).show(digits=2, unit="×")
        )
        completed = ", ".join(str(run["completed"]) for run in variant_runs)
        rss = spread([run["peak_rss_mb"] for run in variant_runs]).show(unit=" MB")
        requests = spread([sum(run["requests"]) / max(1, len(run["requests"])) for run in variant_runs]).show(digits=1)
        rows.append(
            [
                name,
                spread(walls).show(digits=1, unit=" s"),
                ratio,
                f"{completed} / {_errors(variant_runs)}",
                rss,
                requests,
            ]
        )
    options = result["options"]
    found = [f"{what}: {name}" for what, name in options.items() if name]
    rounds = max(len(variant_runs) for variant_runs in runs.values())
    title = (
        f"4. Many at once: {result['payments']} concurrent AsyncCheckout pay()+wait() on one loop, settling in "
        f"{_range(result['settle'])} (median [min–max] over {rounds} interleaved runs; goals: 0 errors, wall ≤1.2× raw, peak RSS ≤150 MB)"
    )
    headers = ["variant", "wall", "wall ÷ raw", "completed / errors by type (per run)", "peak RSS", "requests/payment"]
    lines = [title, table(headers, rows)]
    lines.append(
        "  client options for pool limits / an in-flight bound: "
        + (", ".join(found) if found else "not available (scaretry's clients take neither yet)")
    )
    samples = {
        kind: text for runs_ in runs.values() for run in runs_ for kind, text in run.get("error_samples", {}).items()
    }
    lines += [f"  {kind}, e.g.: {text}" for kind, text in samples.items()]
    lines.append(
        "  cold: the payments start on a client that has sent nothing yet (no warm-up payment); each cold "
        "variant is divided by the cold raw run; the cold pair runs in the first round only"
    )
    lines += [f"  {note}" for note in result["notes"]]
    return "\n".join(lines)


def show_polling(result: dict[str, Any]) -> str:
    rows = []
    for name, variant_runs in result["runs"].items():
        if any("timed_out" in run for run in variant_runs):
            rows.append([name, "did not finish", "", "", ""])
            continue
        measured = [run for run in variant_runs if run["lateness"]]
        if not measured:
            rows.append([name, "no payment completed", "", "", _errors(variant_runs)])
            continue
        medians = [percentile(run["lateness"], 0.5) for run in measured]
        p95s = [percentile(run["lateness"], 0.95) for run in measured]
        requests = [sum(run["requests"]) / max(1, len(run["requests"])) for run in measured]
        rows.append(
            [
                name,
                spread(medians).show(1e3, unit=" ms"),
                spread(p95s).show(1e3, unit=" ms"),
                spread(requests).show(digits=2),
                _errors(variant_runs),
            ]
        )
    rows += [[name, "not available", "", "", ""] for name in result["missing"]]
    notes = [f"  {why}" for why in dict.fromkeys(result["missing"].values())]
    rounds = len(next(iter(result["runs"].values())))
    title = (
        f"6. Polling lateness: {result['payments']} concurrent payments, final 0.3–10 s after they were made "
        "(half by a customer back from their bank: 0.3–2 s; half by one still there: acting after 2–8 s, then "
        "0.3–2 s); lateness = wait() "
        f"returned − final on the server (median [min–max] over {rounds} runs; goal with notifications: median "
        "≤50 ms, ≤1.5 requests/payment)"
    )
    headers = ["variant", "lateness median", "lateness p95", "requests/payment", "errors"]
    return "\n".join([title, table(headers, rows), *notes])
