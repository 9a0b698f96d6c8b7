"""The fuzzers' shared set-up: Hypothesis profiles, the recorded flows, and the count of cases.

``SCARETRY_FUZZ_PROFILE=reliability`` (``make reliability``) runs many cases (``SCARETRY_FUZZ_EXAMPLES``
per test, 4,000 by default) with a fresh seed;
the default profile runs few, derandomized, so ``make test`` is fast and always the same.
``SCARETRY_FUZZ_REPORT=<file>`` writes the number of cases run to that file (JSON).
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

#: cases run, by "<provider> answers" / "<provider> notifications"
CASES: Counter[str] = Counter()

if importlib.util.find_spec("hypothesis") is None:
    # The fuzzers need the dev dependency group; ``make test-lowest`` installs the runtime only.
    collect_ignore_glob = ["test_*.py"]
else:
    from hypothesis import HealthCheck, settings

    _SLOW = [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
    ]
    _MANY = int(os.environ.get("SCARETRY_FUZZ_EXAMPLES", "4000"))
    settings.register_profile(
        "ci", max_examples=80, derandomize=True, deadline=None, database=None, suppress_health_check=_SLOW
    )
    settings.register_profile(
        "reliability", max_examples=_MANY, deadline=None, database=None, suppress_health_check=_SLOW
    )
    settings.load_profile(os.environ.get("SCARETRY_FUZZ_PROFILE", "ci"))


@pytest.fixture(scope="session")
def recordings() -> Iterator[dict[str, Any]]:
    from tests.fuzz.recorded import record

    found = {provider: record(provider) for provider in ("antom", "checkout", "paymentsai", "pxp")}
    yield found
    for recording in found.values():
        recording.client.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not CASES:
        return
    cases = sum(v for k, v in CASES.items() if k.endswith(("answers", "notifications")))
    terminalreporter.write_line(f"fuzz cases: {cases} ({', '.join(f'{k} {v}' for k, v in sorted(CASES.items()))})")
    report = os.environ.get("SCARETRY_FUZZ_REPORT")
    if report:
        with open(report, "w") as file:
            json.dump({"cases": cases, **CASES}, file, indent=2)
