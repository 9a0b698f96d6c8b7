"""Property: whatever a provider answers, at any step of any flow, the adapter raises nothing but a
:class:`~scaretry.ScaRetryError`, and reports AUTHORIZED only on an answer that documents an
authorisation.

Each example takes a recorded flow (``tests.fuzz.recorded``), replays it sans I/O with the recorded
answers up to one step, and answers that step and every later one from
:class:`~tests.fuzz.answers.Answers`: every ``Call.prepared.build(httpx.Response(...))`` is fed to
the flow as the client would feed it (the generated package's parse error counts as the client's
:class:`~scaretry.UnexpectedResponse`, as ``Client._exchange`` turns it into one).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from scaretry import Outcome, ScaRetryError, State
from tests.fuzz.answers import Answers
from tests.fuzz.conftest import CASES
from tests.fuzz.failures import Failures
from tests.fuzz.notifications import loads
from tests.fuzz.recorded import RecordedFlow, Recording
from tests.reliability.operations import Operations

PROVIDERS = ("antom", "checkout", "paymentsai", "pxp")
MAX_STEPS = 12

_CKO = {"Authorized", "Card Verified", "Captured", "Partially Captured", "Paid", "Partially Refunded", "Refunded"}


def _at(value: Any, *path: str) -> Any:
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


#: Whether an answer (status, JSON body) documents an authorised payment (or, for Checkout.com's
#: Sessions API, an authenticated session), in each provider's API reference.
AUTHORISED = {
    "checkout": lambda status, body: (
        200 <= status < 300
        and (
            (_at(body, "status") in _CKO and _at(body, "approved") in (True, None))
            or _at(body, "status") in ("approved", "attempted")
        )
    ),
    "antom": lambda status, body: (
        status == 200 and _at(body, "result", "resultStatus") == "S" and _at(body, "paymentStatus") in ("SUCCESS", None)
    ),
    "paymentsai": lambda status, body: (
        200 <= status < 300
        and _at(body, "data", "result") == "approved"
        and _at(body, "data", "status") in ("completed", "partially-refunded", "refunded", "disputed")
    ),
    "pxp": lambda status, body: 200 <= status < 300 and _at(body, "state") in ("Authorised", "Captured"),
}


def drive(
    recording: Recording, flow: RecordedFlow, step: int, answers: Answers, data: st.DataObject, drawn: list[str]
) -> None:
    """Run ``flow`` with its own answers up to ``step`` and drawn ones from there (described in
    ``drawn``). Raises what the adapter raises beyond a ScaRetryError, or AssertionError."""
    operations = Operations(recording.provider, "")
    generator = flow.start(recording.adapter)
    last: httpx.Response | None = None
    try:
        call = next(generator)
        for index in range(MAX_STEPS):
            request = call.prepared.request
            operation = operations.name(str(request["method"]).upper(), str(request["url"]))
            if index < step and index < len(flow.answers) and flow.answers[index].operation == operation:
                last = flow.answers[index].response()
            else:
                last = data.draw(answers.response(operation), label=f"answer {index} to {operation}")
                drawn.append(f"{operation} ← HTTP {last.status_code} {last.content[:160]!r}")
            try:
                parsed = call.prepared.build(last)
            except recording.adapter.unparseable:
                return  # the client raises UnexpectedResponse with the bytes
            call = generator.send(parsed)
        generator.close()
    except StopIteration as stop:
        result = stop.value
        if isinstance(result, Outcome) and result.state is State.AUTHORIZED:
            assert last is not None
            body = loads(last.content)
            assert AUTHORISED[recording.provider](last.status_code, body), (
                f"AUTHORIZED from an answer that does not say so: HTTP {last.status_code} {last.content[:300]!r}"
            )
            CASES[f"{recording.provider} answers: AUTHORIZED"] += 1
    except ScaRetryError:
        return


def _answers(recording: Recording) -> Answers:
    recorded: dict[str, list[tuple[int, bytes]]] = {}
    for flow in recording.flows:
        for answer in flow.answers:
            recorded.setdefault(answer.operation, []).append((answer.status, answer.content))
    return Answers(recording.provider, recorded)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_any_answer_at_any_step_gives_an_outcome_or_a_typed_error(
    recordings: dict[str, Recording], provider: str
) -> None:
    recording = recordings[provider]
    answers = _answers(recording)
    flows = recording.flows

    failures = Failures()

    @given(st.data())
    def check(data: st.DataObject) -> None:
        flow = data.draw(st.sampled_from(flows), label="flow")
        step = data.draw(st.integers(0, len(flow.answers) - 1), label="fuzzed step")
        CASES[f"{provider} answers"] += 1
        drawn: list[str] = []
        try:
            drive(recording, flow, step, answers, data, drawn)
        except Exception as error:  # everything but a ScaRetryError is a finding
            failures.add(error, f"{flow} (answers from step {step}): {'; '.join(drawn) or 'see the traceback'}")

    check()
    CASES["undocumented exceptions"] += failures.cases - failures.violations
    CASES["false AUTHORIZED"] += failures.violations
    if failures.seen:
        pytest.fail(f"{provider}: {failures.cases} cases failed\n{failures.report()}", pytrace=False)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_recorded_flows_replay_to_their_outcome(recordings: dict[str, Recording], provider: str) -> None:
    """The fuzzer is not vacuous: replayed with their own answers, the flows end as they did."""
    recording = recordings[provider]
    ended = 0
    for flow in recording.flows:
        generator = flow.start(recording.adapter)
        call = next(generator)
        try:
            for answer in flow.answers:
                call = generator.send(call.prepared.build(answer.response()))
        except StopIteration:
            ended += 1
    assert ended == len(recording.flows)
    assert len({a.operation for f in recording.flows for a in f.answers}) >= 2
