"""Property: whatever a notification's body (mutated, signed again so that it reaches the parser) or
its signature headers hold, ``client.parse_webhook`` raises nothing but a
:class:`~scaretry.ScaRetryError`, and reports AUTHORIZED only for a notification of an authorised
payment."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scaretry import ScaRetryError, State
from scaretry.testing import Received
from tests.fuzz.answers import encoded, mutated
from tests.fuzz.conftest import CASES
from tests.fuzz.failures import Failures
from tests.fuzz.notifications import AUTHORISED, SIGNERS, loads
from tests.fuzz.recorded import Recording

PROVIDERS = ("antom", "checkout", "paymentsai", "pxp")
_ODD_HEADER = st.sampled_from(["", "\u00e9t\u00e9", "sha256=" + "0" * 64, "x" * 5000, "\u2603", "a,b"])


def _parse(recording: Recording, headers: dict[str, str], body: bytes, path: str) -> object:
    if recording.provider == "antom":
        return recording.client.parse_webhook(headers, body, path=path)
    return recording.client.parse_webhook(headers, body)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_any_notification_gives_an_outcome_or_a_typed_error(recordings: dict[str, Recording], provider: str) -> None:
    recording = recordings[provider]
    sign = SIGNERS[provider]
    assert recording.notifications, "the sandbox sent no notification to fuzz"

    failures = Failures()

    @given(st.data())
    def check(data: st.DataObject) -> None:
        original: Received = data.draw(st.sampled_from(recording.notifications), label="notification")
        value = data.draw(mutated(loads(original.body), []), label="body")
        body = data.draw(encoded(value), label="bytes")
        headers = sign(dict(original.headers), body, original.path)
        if data.draw(st.booleans(), label="odd signature header"):
            name = data.draw(st.sampled_from(sorted(headers)), label="header")
            headers[name] = data.draw(_ODD_HEADER, label="value")
        CASES[f"{provider} notifications"] += 1
        try:
            outcome = _parse(recording, headers, body, original.path)
        except ScaRetryError:
            return
        except Exception as error:  # everything but a ScaRetryError is a finding
            failures.add(error, f"HTTP body {body[:160]!r}")
            return
        if getattr(outcome, "state", None) is State.AUTHORIZED:
            if not AUTHORISED[provider](loads(body)):
                failures.add(AssertionError(f"AUTHORIZED from a notification that does not say so: {body[:300]!r}"), "")
            CASES[f"{provider} notifications: AUTHORIZED"] += 1

    check()
    CASES["undocumented exceptions"] += failures.cases - failures.violations
    CASES["false AUTHORIZED"] += failures.violations
    if failures.seen:
        pytest.fail(f"{provider}: {failures.cases} cases failed\n{failures.report()}", pytrace=False)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_resigned_notification_is_accepted(recordings: dict[str, Recording], provider: str) -> None:
    """The fuzzer is not vacuous: its signatures are the provider's, so mutations reach the parser."""
    recording = recordings[provider]
    for original in recording.notifications:
        headers = SIGNERS[provider](dict(original.headers), original.body, original.path)
        outcome = _parse(recording, headers, original.body, original.path)
        assert outcome is not None
