"""A pytest plugin for mutmut's runs (``-p mutation._fast_first``): a mutant's tests in the order
that finds a failure soonest, and none of them allowed to hang.

mutmut runs a mutant's tests with ``-x`` in whatever order it lists them. Some mutants make the
client slow rather than wrong — one that calls every answer "still processing" makes the transport
replay each request until its 60 s budget is spent, then hand back an answer that passes — so a
mutant that one quick sans-I/O test kills could first sit a minute in each sandbox-backed test of
the same function. Hence:

- the tests that do without the sandbox run first, each group fastest first (mutmut has timed every
  test once: ``mutmut-stats.json``, in the folder the tests run from);
- a test that runs longer than :data:`LIMIT` seconds fails (no test of the suite takes more than a
  few seconds): the mutant is killed, as mutmut's own timeouts count.

A survivor runs every test either way.
"""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

LIMIT = 30
_STATS = Path("mutmut-stats.json")
_SANDBOX = "scaretry_sandbox"
_durations: dict[str, float] = {}


def _load() -> dict[str, float]:
    # Read once the stats exist (mutmut writes them after its first run): each mutant's run is a
    # fork of the process that read them.
    if not _durations and _STATS.exists():
        _durations.update(json.loads(_STATS.read_text(encoding="utf-8")).get("duration_by_test", {}))
    return _durations


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    durations = _load()
    items.sort(key=lambda item: (_SANDBOX in getattr(item, "fixturenames", ()), durations.get(item.nodeid, 0.0)))


def _too_slow(signum: int, frame: FrameType | None) -> None:
    pytest.fail(f"took more than {LIMIT} s: a mutant that makes the client wait is killed", pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _too_slow)
    signal.alarm(LIMIT)
    try:
        return (yield)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
