"""The fuzzers' shared set-up: Hypothesis profiles, the recorded flows, and the count of cases.

``SCARETRY_FUZZ_PROFILE=reliability`` (``make reliability``) runs many cases with a fresh seed;
the default profile runs few, derandomized, so ``make test`` is fast and always the same.
``SCARETRY_FUZZ_REPORT=<file>`` writes the number of cases run to that file (JSON).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="the fuzzers need the dev dependency group (hypothesis)")

from hypothesis import HealthCheck, settings  # noqa: E402

from tests.fuzz.recorded import Recording, record  # noqa: E402

_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much, HealthCheck.large_base_example]
settings.register_profile(
    "ci", max_examples=80, derandomize=True, deadline=None, database=None, suppress_health_check=_SLOW
)
settings.register_profile("reliability", max_examples=3000, deadline=None, database=None, suppress_health_check=_SLOW)
settings.load_profile(os.environ.get("SCARETRY_FUZZ_PROFILE", "ci"))

#: cases run, by "<provider> answers" / "<provider> notifications"
CASES: Counter[str] = Counter()


@pytest.fixture(scope="session")
def recordings() -> Iterator[dict[str, Recording]]:
    found = {provider: record(provider) for provider in ("antom", "checkout", "paymentsai", "pxp")}
    yield found
    for recording in found.values():
        recording.client.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not CASES:
        return
    terminalreporter.write_line(
        f"fuzz cases: {sum(CASES.values())} ({', '.join(f'{k} {v}' for k, v in sorted(CASES.items()))})"
    )
    report = os.environ.get("SCARETRY_FUZZ_REPORT")
    if report:
        with open(report, "w") as file:
            json.dump({"cases": sum(CASES.values()), **CASES}, file, indent=2)
