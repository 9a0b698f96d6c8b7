"""The fault trials, a few per provider and mode on a fixed seed (``make reliability`` runs 1,000).

Each test fails with the report of every failing trial: what happened, the attempts it made, and
the command that runs it again.
"""

from __future__ import annotations

import os

import pytest

from tests.reliability.trials import MODES, PROVIDERS, Result, Workers, run_trials

TRIALS = 25
SEED = int(os.environ.get("SCARETRY_RELIABILITY_SEED", "20261130"))


@pytest.fixture(scope="module")
def results() -> list[Result]:
    with Workers(8) as workers:
        found, baselines = run_trials(workers, SEED, TRIALS)
    left_out = [
        f"{b.provider}/{b.scenario}: {b.problem}" for known in baselines.values() for b in known.values() if b.problem
    ]
    assert not left_out, "scenarios that fail without faults:\n" + "\n".join(left_out)
    return found


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", PROVIDERS)
def test_no_payment_duplicated_lost_or_misreported(results: list[Result], provider: str, mode: str) -> None:
    mine = [r for r in results if r.provider == provider and r.mode == mode]
    assert len(mine) == TRIALS
    failed = [r.report() for r in mine if not r.ok]
    assert not failed, f"seed {SEED}: {len(failed)} of {TRIALS} trials failed\n" + "\n".join(failed)


def test_every_fault_kind_reached_the_providers(results: list[Result]) -> None:
    """The instrument is not vacuous: faults hit more than the first request of the flows."""
    for provider in PROVIDERS:
        hit = {op for r in results if r.provider == provider for op, _ in r.faulted}
        assert len(hit) >= 3, f"{provider}: faults hit only {sorted(hit)}"
    kinds = {kind for r in results for _, kind in r.faulted}
    assert len(kinds) == 6, kinds
