"""How ``wait()`` spends its time, read off its plan with a clock that moves only when the plan waits:
when it polls, with which handle, how long it listens for a notification, what it returns and when it
gives up."""

from __future__ import annotations

import attrs
import pytest

from scaretry import ActionReason, Handle, Outcome, Poll, PollPolicy, RedirectAction, State, WaitTimeout
from scaretry._waiting import Listen, PollNow, Waiting, waiting

START = 1000.0
HANDLE = Handle("checkout", None, "ORD-1", "key-1", "payment")
POLICY = PollPolicy(initial=0.5, factor=1.6, maximum=10.0, jitter=0.0, notified_factor=4.0)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr("scaretry._waiting.time.monotonic", clock)
    return clock


def outcome(state: State, request_id: str, payment_id: str = "pay_x") -> Outcome:
    handle = HANDLE.evolve(payment_id=payment_id, step=f"after-{request_id}")
    return Outcome(state, "checkout", payment_id, state.value, handle, request_ids=(request_id,))


def pending(request_id: str) -> Outcome:
    return outcome(State.PROCESSING, request_id)


def authorized(request_id: str) -> Outcome:
    return outcome(State.AUTHORIZED, request_id)


Step = tuple[str, float, int | str | None]


def run(
    plan: Waiting,
    clock: Clock,
    polls: list[Poll],
    notices: dict[int, Outcome] | None = None,
    early: set[int] | frozenset[int] = frozenset(),
) -> tuple[list[Step], Outcome]:
    """Drive ``plan`` as a client does. Listening number n (from 0) hears ``notices[n]`` at once if
    given; listening numbers in ``early`` wake before their time with nothing; otherwise the clock
    moves to the end of the listening. Steps: ("poll", time, attempt, handle step) and
    ("listen", time, until)."""
    steps: list[Step] = []
    listened = 0
    answer: Poll | Outcome | None = None
    try:
        for _ in range(50):
            step = plan.send(answer)
            if isinstance(step, PollNow):
                steps.append(("poll", clock.now - START, step.attempt))
                steps.append(("with", clock.now - START, step.handle.step))
                answer = polls.pop(0)
            else:
                assert isinstance(step, Listen)
                steps.append(("listen", clock.now - START, round(step.until - START, 6)))
                if notices and listened in notices:
                    answer = notices[listened]
                elif listened in early:
                    answer = None
                else:
                    clock.now = max(clock.now, step.until)
                    answer = None
                listened += 1
    except StopIteration as stop:
        return steps, stop.value
    raise AssertionError(f"the plan never ended: {steps}")


def test_without_notifications_it_polls_at_once_then_as_each_answer_says(clock: Clock) -> None:
    plan = waiting(HANDLE, 60, POLICY, notified=False, confirm=False)
    polls = [Poll(pending("r1"), 2.0), Poll(pending("r2"), 3.0), Poll(authorized("r3"), None)]
    steps, result = run(plan, clock, polls)
    assert steps == [
        ("poll", 0.0, 0),
        ("with", 0.0, "payment"),
        ("listen", 0.0, 2.0),
        ("poll", 2.0, 1),
        ("with", 2.0, "after-r1"),  # each poll with the handle the previous one returned
        ("listen", 2.0, 5.0),
        ("poll", 5.0, 2),
        ("with", 5.0, "after-r2"),
    ]
    assert result == attrs.evolve(authorized("r3"), request_ids=("r1", "r2", "r3"))


def test_a_wake_with_nothing_before_its_time_listens_again_rather_than_polling_early(clock: Clock) -> None:
    plan = waiting(HANDLE, 60, POLICY, notified=False, confirm=False)
    steps, result = run(plan, clock, [Poll(pending("r1"), 2.0), Poll(authorized("r2"), None)], early={0})
    assert [s for s in steps if s[0] != "with"] == [
        ("poll", 0.0, 0),
        ("listen", 0.0, 2.0),
        ("listen", 0.0, 2.0),
        ("poll", 2.0, 1),
    ]
    assert result.state is State.AUTHORIZED


def test_the_deadline_ends_the_wait_with_the_last_outcome_and_every_request_id(clock: Clock) -> None:
    plan = waiting(HANDLE, 3.5, POLICY, notified=False, confirm=False)
    polls = [Poll(pending("r1"), 3.0), Poll(pending("r2"), 3.0), Poll(pending("r3"), 3.0)]
    with pytest.raises(WaitTimeout) as caught:
        run(plan, clock, polls)
    assert caught.value.outcome == attrs.evolve(pending("r3"), request_ids=("r1", "r2", "r3"))
    assert caught.value.waited == 3.5
    assert caught.value.handle.step == "after-r3"
    assert clock.now - START == 3.5  # the last listening is cut short by the deadline, then one last poll
    assert polls == []


def test_a_final_state_read_at_the_deadline_is_returned_not_timed_out(clock: Clock) -> None:
    plan = waiting(HANDLE, 3.0, POLICY, notified=False, confirm=False)
    _, result = run(plan, clock, [Poll(pending("r1"), 3.0), Poll(authorized("r2"), None)])
    assert result.state is State.AUTHORIZED
    assert result.request_ids == ("r1", "r2")


def test_with_notifications_polls_are_spaced_wider_and_a_notified_final_state_ends_the_wait(clock: Clock) -> None:
    plan = waiting(HANDLE, 60, POLICY, notified=True, confirm=False)
    notified = authorized("evt")
    steps, result = run(plan, clock, [Poll(pending("r1"), 1.0)], notices={1: notified})
    assert [s for s in steps if s[0] != "with"] == [
        ("listen", 0.0, 2.0),  # the first poll after 0.5 s x 4
        ("poll", 2.0, 0),
        ("listen", 2.0, 6.0),  # the answer's 1 s x 4
    ]
    assert result == attrs.evolve(notified, request_ids=("r1",))


def test_a_notification_before_any_poll_ends_the_wait_without_one(clock: Clock) -> None:
    plan = waiting(HANDLE, 60, POLICY, notified=True, confirm=False)
    steps, result = run(plan, clock, [], notices={0: authorized("evt")})
    assert steps == [("listen", 0.0, 2.0)]
    assert result == attrs.evolve(authorized("evt"), request_ids=())


def test_where_notifications_are_hints_one_read_confirms_them_at_once(clock: Clock) -> None:
    plan = waiting(HANDLE, 60, POLICY, notified=True, confirm=True)
    steps, result = run(plan, clock, [Poll(authorized("r1"), None)], notices={0: authorized("evt")})
    assert [s for s in steps if s[0] != "with"] == [("listen", 0.0, 2.0), ("poll", 0.0, 0)]
    assert result == authorized("r1")  # the read's answer, not the notification's


def test_one_poll_is_made_even_when_the_deadline_comes_before_the_first_notified_poll(clock: Clock) -> None:
    plan = waiting(HANDLE, 1.0, POLICY, notified=True, confirm=False)  # the first poll would be at 2 s
    with pytest.raises(WaitTimeout) as caught:
        run(plan, clock, [Poll(pending("r1"), 1.0)])
    assert caught.value.outcome.request_ids == ("r1",)
    assert clock.now - START == 1.0


def in_state(handle: Handle, state: State, request_id: str) -> Outcome:
    """An answer as the client issues it: its handle says the state it was issued in."""
    moved = handle.evolve(payment_id="pay_x", step=f"after-{request_id}", state=state.value)
    action = RedirectAction("https://acs.example/c", ActionReason.CHALLENGE) if state is State.ACTION_REQUIRED else None
    return Outcome(state, "checkout", "pay_x", state.value, moved, action=action, request_ids=(request_id,))


def test_a_handle_issued_while_the_customer_acts_is_first_read_after_the_customers_first_delay(clock: Clock) -> None:
    at_the_bank = HANDLE.evolve(state=State.ACTION_REQUIRED.value)
    plan = waiting(at_the_bank, 60, POLICY, notified=False, confirm=False)
    steps, _ = run(plan, clock, [Poll(in_state(at_the_bank, State.AUTHORIZED, "r1"), None)])
    assert [s for s in steps if s[0] != "with"] == [("listen", 0.0, POLICY.customer_initial), ("poll", 3.0, 0)]


def test_a_handle_issued_while_the_provider_works_is_first_read_after_the_providers_first_delay(clock: Clock) -> None:
    processing = HANDLE.evolve(state=State.PROCESSING.value)
    plan = waiting(processing, 60, POLICY, notified=False, confirm=False)
    steps, _ = run(plan, clock, [Poll(in_state(processing, State.AUTHORIZED, "r1"), None)])
    assert [s for s in steps if s[0] != "with"] == [("listen", 0.0, 0.5), ("poll", 0.5, 0)]


def test_with_notifications_the_first_read_of_a_known_state_is_spaced_wider_too(clock: Clock) -> None:
    at_the_bank = HANDLE.evolve(state=State.ACTION_REQUIRED.value)
    plan = waiting(at_the_bank, 60, POLICY, notified=True, confirm=False)
    steps, _ = run(plan, clock, [Poll(in_state(at_the_bank, State.AUTHORIZED, "r1"), None)])
    assert [s for s in steps if s[0] != "with"] == [("listen", 0.0, 12.0), ("poll", 12.0, 0)]


def test_a_handle_issued_in_a_final_state_is_read_at_once(clock: Clock) -> None:
    done = HANDLE.evolve(state=State.AUTHORIZED.value)
    steps, _ = run(waiting(done, 60, POLICY, notified=False, confirm=False), clock, [Poll(authorized("r1"), None)])
    assert steps[0] == ("poll", 0.0, 0)


def test_reads_are_counted_again_from_one_when_the_state_changes(clock: Clock) -> None:
    at_the_bank = HANDLE.evolve(state=State.ACTION_REQUIRED.value)
    polls = [
        Poll(in_state(at_the_bank, State.ACTION_REQUIRED, "r1"), 1.0),
        Poll(in_state(at_the_bank, State.ACTION_REQUIRED, "r2"), 1.0),
        Poll(in_state(at_the_bank, State.PROCESSING, "r3"), 1.0),
        Poll(in_state(at_the_bank, State.PROCESSING, "r4"), 1.0),
        Poll(in_state(at_the_bank, State.AUTHORIZED, "r5"), None),
    ]
    steps, _ = run(waiting(at_the_bank, 60, POLICY, notified=False, confirm=False), clock, polls)
    assert [s[2] for s in steps if s[0] == "poll"] == [0, 1, 2, 1, 2]
