"""Named end-to-end flows against the sandbox: one definition serves the tests, the recorded
contract tests (one cassette per scenario) and ``make demo`` (one table row per scenario)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from scaretry._outcome import Outcome, State
from scaretry._polling import PollPolicy
from scaretry._retry import RetryPolicy
from scaretry.testing._customer import Customer

__all__ = ["SANDBOX_POLL", "SANDBOX_RETRY", "Scenario", "Trace"]

# Fast and without jitter for the sandbox (settle 0.2 s): a recorded run sends the same requests
# in the same order, and a replay does not wait for nothing.
SANDBOX_POLL = PollPolicy(initial=0.05, factor=1.5, maximum=0.5, jitter=0.0)
SANDBOX_RETRY = RetryPolicy(wait_initial=0.05, wait_max=0.2, wait_jitter=0.0)


@attrs.define
class Trace:
    """What a scenario did: the path taken, in words, and how many HTTP requests it made."""

    steps: list[str] = attrs.Factory(list)
    requests: int = 0

    def note(self, text: str) -> None:
        self.steps.append(text)

    def seen(self, outcome: Outcome) -> Outcome:
        """Count the requests behind ``outcome`` (returns it, to wrap facade calls inline)."""
        self.requests += len(outcome.request_ids)
        return outcome

    @property
    def path(self) -> str:
        return " → ".join(self.steps)


@attrs.frozen
class Scenario:
    """``run(client, customer, trace)`` drives a sync facade client through one flow and returns the
    final outcome; ``expected`` is the state it must end in."""

    provider: str
    name: str
    title: str
    expected: State
    run: Callable[[Any, Customer, Trace], Outcome]
    #: an upgrade flow: shown by ``make demo``
    upgrade: bool = False
