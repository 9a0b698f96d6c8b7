"""How ``wait()`` spends its time: one sans-I/O plan for the sync and the async client.

The plan yields what to do next — :class:`PollNow` (read the status once) or :class:`Listen` (wait
until a moment, for a notified final outcome if an inbox is given, else just sleep) — and the
client's driver does it and sends the result back. So the rules live here once:

- without notifications, read as the poll policy spaces it by what the payment waits for (the
  handle says what it was when issued; a handle that does not know is read at once), then as each
  read's answer says (``Retry-After`` first);
- with notifications, a final outcome notified ends the wait at once; polls go on under them, only
  spaced ``PollPolicy.notified_factor`` times wider (a lost notification costs time, not the
  payment); where the provider calls its notifications hints (Payments AI), a notified final state
  is confirmed by one status read before it is returned;
- the deadline raises :class:`~scaretry.WaitTimeout` carrying the last outcome seen (one poll is
  always made, so there is one).
"""

from __future__ import annotations

import time
from collections.abc import Generator

import attrs

from scaretry._errors import WaitTimeout
from scaretry._handle import Handle
from scaretry._outcome import Outcome, State
from scaretry._polling import Poll, PollPolicy

__all__ = ["Listen", "PollNow", "Waiting", "waiting"]


@attrs.frozen
class PollNow:
    """Read the status of ``handle`` once (``attempt`` polls came before)."""

    handle: Handle
    attempt: int


@attrs.frozen
class Listen:
    """Wait until the monotonic clock reads ``until``; answer a notified final outcome, or None."""

    until: float


Waiting = Generator[PollNow | Listen, Poll | Outcome | None, Outcome]


def waiting(handle: Handle, limit: float, policy: PollPolicy, *, notified: bool, confirm: bool) -> Waiting:
    """The plan of one ``wait(handle, timeout=limit)``."""
    deadline = time.monotonic() + limit
    known = State(handle.state) if handle.state in set(State) else None
    first = policy.delay(0, state=known) if known is not None and not known.is_final else 0.0
    poll_at = time.monotonic() + first * (policy.notified_factor if notified else 1.0)
    attempt = 0
    request_ids: list[str] = []
    last: Outcome | None = None
    while True:
        if time.monotonic() < poll_at:
            notice = yield Listen(min(poll_at, deadline))
            if isinstance(notice, Outcome):
                if not confirm:
                    return attrs.evolve(notice, request_ids=tuple(request_ids))
                poll_at = time.monotonic()  # a hint: confirm it with one read now
                continue
            if time.monotonic() < min(poll_at, deadline):
                continue
        answer = yield PollNow(handle, attempt)
        assert isinstance(answer, Poll)
        last = answer.outcome
        request_ids += last.request_ids
        if answer.next_poll_in is None:
            return attrs.evolve(last, request_ids=tuple(request_ids))
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeout(attrs.evolve(last, request_ids=tuple(request_ids)), limit)
        delay = answer.next_poll_in * (policy.notified_factor if notified else 1.0)
        poll_at = time.monotonic() + min(delay, remaining)
        # reads in the state the payment is in now (the delay just computed started it again if it changed)
        attempt = attempt + 1 if last.handle.state == handle.state else 1
        handle = last.handle
