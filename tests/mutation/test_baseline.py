"""The mutation runner's bookkeeping: identities that survive code moving, a sample that is the same
every run, and a baseline that fails a new survivor and reports a killed or stale entry."""

from __future__ import annotations

import pytest

from mutation._baseline import BaselineError, compare, entry_text, parse
from mutation._identity import Mutant, function_of, identify, sample


def diff(old: str, new: str, context: str = "x = 1") -> str:
    return f"--- a.py\n+++ a.py\n@@ -1,3 +1,3 @@\n def f():\n     {context}\n-    {old}\n+    {new}\n"


def test_names_give_the_module_and_the_function_or_method() -> None:
    assert function_of("scaretry._retry.x_retry_after_seconds__mutmut_4") == ("scaretry._retry", "retry_after_seconds")
    assert function_of("scaretry._retry.xǁ_Attemptsǁafter__mutmut_28") == ("scaretry._retry", "_Attempts.after")
    with pytest.raises(ValueError, match="not a mutmut mutant name"):
        function_of("scaretry._retry.after__mutmut_1")


def test_an_identity_follows_the_change_not_mutmuts_number_or_the_indentation() -> None:
    (before,) = identify([("m.x_f__mutmut_3", "src/m.py", diff("a = b + c", "a = b - c"))])
    (after,) = identify([("m.x_f__mutmut_9", "src/m.py", diff("  a = b + c", "  a = b - c", "y = 2"))])
    assert before.id == after.id
    assert before.id.startswith("m:f:")
    (other,) = identify([("m.x_f__mutmut_3", "src/m.py", diff("a = b + c", "a = b * c"))])
    assert other.id != before.id


def test_the_same_change_to_two_copies_of_a_line_gets_two_identities() -> None:
    same = diff("return None", 'return ""')
    first, second = identify([("m.x_f__mutmut_1", "m.py", same), ("m.x_f__mutmut_2", "m.py", same)])
    assert second.id == first.id + "~2"


def test_a_diff_that_changes_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="changes nothing"):
        identify([("m.x_f__mutmut_1", "m.py", "--- a\n+++ a\n")])


def _mutants(count: int) -> list[Mutant]:
    return identify((f"m.x_f__mutmut_{n}", "m.py", diff(f"a = {n}", f"a = {n + 1}")) for n in range(count))


def test_a_sample_is_the_same_every_time_keeps_source_order_and_depends_on_the_seed() -> None:
    mutants = _mutants(50)
    chosen = sample(mutants, 10, "seed")
    assert len(chosen) == 10
    assert chosen == [m for m in mutants if m in chosen]  # source order
    assert chosen == sample(mutants, 10, "seed")
    assert chosen != sample(mutants, 10, "another seed")
    assert sample(mutants, None, "seed") == mutants
    # a sampled mutant stays sampled when other mutants go (code removed elsewhere)
    assert {m for m in chosen if m in mutants[:40]} <= set(sample(mutants[:40], 10, "seed"))


def test_the_baseline_needs_a_known_verdict_a_reason_and_one_entry_per_mutant() -> None:
    text = "# comment\n\nm:f:0123456789 equivalent: only the log text changes\n#   - a\n#   + b\n"
    (entry,) = parse(text).values()
    assert (entry.id, entry.verdict, entry.reason) == ("m:f:0123456789", "equivalent", "only the log text changes")
    for bad, message in [
        ("m:f:0123456789 maybe: why", "verdict"),
        ("m:f:0123456789 accepted:", "no reason"),
        ("m:f:0123456789", "expected"),
        ("m:f:0 accepted: a\nm:f:0 accepted: b", "twice"),
    ]:
        with pytest.raises(BaselineError, match=message):
            parse(bad)


def test_a_run_compared_with_the_baseline() -> None:
    listed, killed_now, new, killed, gone = _mutants(5)
    baseline = parse(
        "\n".join(
            [
                f"{listed.id} accepted: reason",
                f"{killed_now.id} equivalent: reason",
                "m:f:ffffffffff accepted: code since changed",
                "other:g:ffffffffff accepted: a module that did not run",
            ]
        )
    )
    alive = {listed: True, killed_now: False, new: True, killed: False}
    result = compare([listed, killed_now, new, killed, gone], alive, baseline)
    assert result.new == [new]
    assert not result.ok
    assert result.kept == [listed]
    assert [e.id for e in result.now_killed] == [killed_now.id]
    assert [e.id for e in result.stale] == ["m:f:ffffffffff"]
    assert compare([listed], {listed: True}, baseline).ok


def test_a_new_survivors_entry_parses_once_its_reason_is_written() -> None:
    (mutant,) = _mutants(1)
    text = entry_text(mutant, "accepted", "why")
    assert parse(text)[mutant.id].reason == "why"
    assert "#   - a = 0" in text
    assert "#   + a = 1" in text
