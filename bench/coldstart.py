"""Section 3: cold start, as whole processes: ``python -c '<import>'`` from start to exit.

Run in the runtime-only environment (scaretry as users install it, no extras) and, for the
official SDK, in the SDKs' environment. ``python -c pass`` in the same environment is the
interpreter's own start, for reference. Every command runs once to warm the file cache and the
bytecode, then the rounds interleave them (order reversed every other round).
"""

from __future__ import annotations

import subprocess
import time
from typing import Any

from bench._environment import Environments
from bench._report import Spread, spread, table

__all__ = ["GOALS", "run", "show"]

#: Goals (ms, whole process) the issue sets.
GOALS = {"import scaretry": 60.0, "from scaretry import Checkout": 100.0}
_COMMANDS = {
    "python -c pass": "pass",
    "import httpx": "import httpx",
    "import scaretry": "import scaretry",
    "from scaretry import Checkout": "from scaretry import Checkout",
}


def _commands(environments: Environments) -> tuple[dict[str, tuple[str, str]], str, dict[str, str]]:
    """label → (python, code); where they run; what is missing and why."""
    missing: dict[str, str] = {}
    python = environments.runtime
    where = "runtime-only venv (.venv-bench-runtime: pip install ., no extras)"
    if python is None:
        python = environments.dev
        where = "development venv (.venv, editable install with every extra): no runtime-only venv here"
    commands = {label: (python, code) for label, code in _COMMANDS.items()}
    if environments.sdks is not None:
        commands["import checkout_sdk (official)"] = (environments.sdks, "import checkout_sdk")
    else:
        missing["import checkout_sdk (official)"] = "not installed (make bench makes .venv-bench-sdks)"
    return commands, where, missing


def _once(python: str, code: str) -> float:
    started = time.perf_counter()
    subprocess.run([python, "-c", code], check=True, stdout=subprocess.DEVNULL)  # noqa: S603 - the bench's own
    return time.perf_counter() - started


def run(environments: Environments, rounds: int) -> dict[str, Any]:
    commands, where, missing = _commands(environments)
    for python, code in commands.values():
        _once(python, code)
    samples: dict[str, list[float]] = {label: [] for label in commands}
    labels = list(commands)
    for index in range(rounds):
        for label in labels if index % 2 == 0 else reversed(labels):
            samples[label].append(_once(*commands[label]))
    return {"where": where, "figures": {label: spread(values) for label, values in samples.items()}, "missing": missing}


def show(result: dict[str, Any], rounds: int) -> str:
    figures: dict[str, Spread] = result["figures"]
    rows = []
    for label, figure in figures.items():
        goal = GOALS.get(label)
        verdict = "" if goal is None else f"≤{goal:.0f} ms: " + ("met" if figure.median * 1e3 <= goal else "missed")
        rows.append([label, figure.show(1e3, unit=" ms"), verdict])
    rows += [[label, why, ""] for label, why in result["missing"].items()]
    title = f"3. Cold start, whole process (wall ms, median [p25–p75] over {rounds} interleaved rounds), in the {result['where']}"
    return "\n".join([title, table(["command", "wall", "goal"], rows)])
