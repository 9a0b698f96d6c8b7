"""Recorded contract tests: one cassette per provider scenario in ``cassettes/<provider>/``.

- ``make test`` replays them offline (pytest-recording's default ``--record-mode=none``): no
  sandbox runs, every request must be in the cassette, a missing cassette fails the run.
- ``make cassettes`` (``--record-mode=rewrite``) re-records all of them from the embedded sandbox.
- With a provider's real-sandbox credentials in the environment (``SCARETRY_<PROVIDER>_*``, see the
  README) the same tests re-record against the provider instead of the embedded sandbox.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from scaretry.testing._scenario import Scenario

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "cassettes"
PROVIDERS = ("antom", "checkout", "paymentsai", "pxp")


def all_scenarios() -> list[Scenario]:
    found: list[Scenario] = []
    for provider in PROVIDERS:
        found += importlib.import_module(f"scaretry.testing.scenarios.{provider}").SCENARIOS
    return found


def cassette_path(scenario: Scenario) -> Path:
    return CASSETTES / scenario.provider / f"{scenario.name}.yaml"
