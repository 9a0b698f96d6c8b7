from __future__ import annotations

from scaretry._polling import PollPolicy


def test_backoff_grows_to_the_cap_and_retry_after_wins() -> None:
    policy = PollPolicy(initial=0.5, factor=2, maximum=4, jitter=0)
    assert [policy.delay(n) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert policy.delay(0, retry_after=7) == 7


def test_jitter_stays_within_bounds() -> None:
    policy = PollPolicy(initial=1, factor=1, maximum=1, jitter=0.2)
    delays = {policy.delay(0) for _ in range(200)}
    assert all(0.8 <= d <= 1.2 for d in delays)
    assert len(delays) > 1
