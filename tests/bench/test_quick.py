"""The bench keeps working: ``python -m bench --quick`` runs every section end to end.

A smoke test of the measuring instrument, not of scaretry's speed: it checks that every section
printed and that every variant produced figures (the raw baselines completed every payment), and
never looks at a time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ("1. Per call", "2. The server", "3. Cold start", "4. Many at once", "5. Memory", "6. Polling lateness")


def test_quick_bench_runs_every_section(tmp_path: Path) -> None:
    results_path = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--json", str(results_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    for heading in SECTIONS:
        assert heading in done.stdout
    results = json.loads(results_path.read_text())

    for case in results["per_call"]:
        assert case["failures"] == {}, case
        assert {"scaretry", "raw"} <= case["figures"].keys()
        assert case["ratios"]["scaretry"]["samples"]
    assert len(results["per_call"]) == 8  # four providers, pay() and poll_once()

    assert all(figure["samples"] for figure in results["cold_start"]["figures"].values())

    payments = results["scale"]["payments"]
    for name, runs in results["scale"]["runs"].items():
        for run in runs:
            assert run["completed"] + sum(run["errors"].values()) == payments, (name, run)
            if name.startswith("raw"):
                assert run["completed"] == payments, run

    for kinds in results["memory"].values():
        assert all(kinds[kind]["median"] > 0 for kind in ("outcome", "handle", "json"))

    for name, runs in results["polling"]["runs"].items():
        for run in runs:
            assert len(run["lateness"]) + sum(run["errors"].values()) == results["polling"]["payments"], (name, run)
