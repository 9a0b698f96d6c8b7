"""Reads are spaced by what the payment waits for: the provider (soon, then backing off) or the
customer at their bank (not before a human could have acted); Retry-After wins; jitter stays bounded."""

from __future__ import annotations

import pytest

from scaretry._outcome import State
from scaretry._polling import PollPolicy


def test_waiting_for_the_provider_starts_soon_and_backs_off_to_the_cap() -> None:
    policy = PollPolicy(initial=0.5, factor=2, maximum=4, jitter=0)
    assert [policy.delay(n, state=State.PROCESSING) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert [policy.delay(n) for n in range(3)] == [0.5, 1.0, 2.0]  # an unknown state: the provider's spacing


def test_waiting_for_the_customer_gives_them_time_first() -> None:
    policy = PollPolicy(customer_initial=3, customer_interval=1.5, customer_factor=2, maximum=5, jitter=0)
    assert [policy.delay(n, state=State.ACTION_REQUIRED) for n in range(5)] == [3, 1.5, 3.0, 5, 5]


def test_the_defaults() -> None:
    policy = PollPolicy(jitter=0)
    assert policy.delay(0, state=State.PROCESSING) == pytest.approx(0.3)
    assert policy.delay(1, state=State.PROCESSING) == pytest.approx(0.39)
    assert policy.delay(0, state=State.ACTION_REQUIRED) == 3.0
    assert policy.delay(1, state=State.ACTION_REQUIRED) == 1.5
    assert policy.delay(100, state=State.ACTION_REQUIRED) == 10.0


def test_retry_after_wins_in_every_state() -> None:
    policy = PollPolicy(jitter=0)
    assert policy.delay(0, retry_after=7) == 7
    assert policy.delay(3, retry_after=0.0, state=State.ACTION_REQUIRED) == 0.0


def test_jitter_stays_within_bounds() -> None:
    policy = PollPolicy(initial=1, factor=1, maximum=1, jitter=0.2)
    delays = {policy.delay(0) for _ in range(200)}
    assert all(0.8 <= d <= 1.2 for d in delays)
    assert len(delays) > 1
