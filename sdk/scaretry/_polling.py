"""How ``wait()`` and ``poll_once()`` space status reads: by what the payment is waiting for.

A payment is waiting for one of two things, and the outcome says which:

- **the provider** (PROCESSING: the customer came back from the challenge, the issuer's answer is
  on its way): it settles within a second or two, so the first read comes after 0.3 s and the
  following ones ×1.3 further apart, up to 10 s;
- **the customer** (ACTION_REQUIRED: they are on their bank's page): nothing changes until they act,
  which takes a human a few seconds at least, so the first read comes after 3 s, then every 1.5 s,
  growing ×1.1, up to 10 s.

When the state changes the spacing starts again from the new state's first delay. Every delay
has ±20 % jitter (waiting workers do not read in step), and a provider's ``Retry-After`` replaces
it. Against the loop merchants write by hand (read now, then every second), this reads less and
notices sooner for a mix of both kinds of payment (the README's bench figures).
"""

from __future__ import annotations

import random
from typing import Generic

import attrs

from scaretry._outcome import Outcome, Raw, State

__all__ = ["Poll", "PollPolicy"]


@attrs.frozen
class PollPolicy:
    """Spacing of status reads. ``PollPolicy(initial=0.01, maximum=0.01, jitter=0)`` for tests; a
    fixed interval is ``PollPolicy(initial=1, factor=1, customer_initial=1, customer_interval=1,
    customer_factor=1, jitter=0)``."""

    initial: float = 0.3
    factor: float = 1.3
    maximum: float = 10.0
    customer_initial: float = 3.0
    customer_interval: float = 1.5
    customer_factor: float = 1.1
    jitter: float = 0.2
    default_timeout: float = 900.0  # Checkout.com expires an unfinished 3DS payment after 15 minutes
    #: With a notification inbox, reads are this many times further apart: notifications carry the
    #: fast path, reads are the safety net for a lost one.
    notified_factor: float = 4.0

    def delay(self, attempt: int, retry_after: float | None = None, *, state: State | None = None) -> float:
        """Seconds before the next read, ``attempt`` reads after the payment entered ``state``
        (counting from 0)."""
        if retry_after is not None:
            return retry_after
        if state is State.ACTION_REQUIRED:
            base = (
                self.customer_initial
                if attempt == 0
                else self.customer_interval * self.customer_factor ** (attempt - 1)
            )
        else:
            base = self.initial * self.factor**attempt
        return max(0.0, min(self.maximum, base) * (1 + random.uniform(-self.jitter, self.jitter)))


@attrs.frozen
class Poll(Generic[Raw]):
    """One read's answer: the outcome, and when to read next (None once the outcome is final)."""

    outcome: Outcome[Raw]
    next_poll_in: float | None
