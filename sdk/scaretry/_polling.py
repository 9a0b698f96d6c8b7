"""How ``wait()`` spaces its polls: backoff with jitter, ``Retry-After`` first, a deadline always.

Defaults: first poll after 0.5 s, then ×1.6 up to 10 s between polls, ±20 % jitter so that many
waiting workers do not poll in step; a provider's ``Retry-After`` replaces the computed delay.
"""

from __future__ import annotations

import random
from typing import Generic

import attrs

from scaretry._outcome import Outcome, Raw

__all__ = ["Poll", "PollPolicy"]


@attrs.frozen
class PollPolicy:
    """Spacing of status polls. ``PollPolicy(initial=0.01, maximum=0.01, jitter=0)`` for tests."""

    initial: float = 0.5
    factor: float = 1.6
    maximum: float = 10.0
    jitter: float = 0.2
    default_timeout: float = 900.0  # Checkout.com expires an unfinished 3DS payment after 15 minutes
    #: With a notification inbox, polls are this many times further apart: notifications carry the
    #: fast path, polls are the safety net for a lost one.
    notified_factor: float = 4.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before poll number ``attempt + 1`` (``attempt`` counts from 0)."""
        if retry_after is not None:
            return retry_after
        base = min(self.maximum, self.initial * self.factor**attempt)
        return max(0.0, base * (1 + random.uniform(-self.jitter, self.jitter)))


@attrs.frozen
class Poll(Generic[Raw]):
    """One poll's answer: the outcome, and when to poll next (None once the outcome is final)."""

    outcome: Outcome[Raw]
    next_poll_in: float | None
