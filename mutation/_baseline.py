"""The ``mutation-baseline`` file: every mutant left alive, and why; and a run compared with it.

One entry per line: the mutant's identity, its verdict, a colon, the reason. Lines starting with
``#`` are comments; by convention each entry is followed by its change as comment lines, so that
a reader sees what survived without running anything::

    scaretry._retry:_Attempts.after:3f2a9c1b7e equivalent: only the log line's wording changes
    #   - why += " (the provider is still processing the first attempt)"
    #   + why += "XX (the provider is still processing the first attempt)XX"

Verdicts: ``equivalent`` (the mutant changes nothing anyone can observe: say why) and ``accepted``
(observable, but deliberately left untested: say why).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs

from mutation._identity import Mutant

__all__ = ["VERDICTS", "BaselineError", "Comparison", "Entry", "compare", "entry_text", "parse", "read"]

VERDICTS = ("equivalent", "accepted")
_LINE = re.compile(r"^(?P<id>\S+)\s+(?P<verdict>[a-z]+):\s*(?P<reason>.*?)\s*$")


class BaselineError(ValueError):
    """The baseline file cannot be read: a malformed line, an unknown verdict, a missing reason or
    an entry given twice."""


@attrs.frozen
class Entry:
    id: str
    verdict: str
    reason: str

    @property
    def module(self) -> str:
        return self.id.split(":", 1)[0]


def parse(text: str) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            raise BaselineError(f"line {number}: expected '<mutant id> <verdict>: <reason>', got {line!r}")
        entry = Entry(match["id"], match["verdict"], match["reason"])
        if entry.verdict not in VERDICTS:
            raise BaselineError(f"line {number}: the verdict must be one of {', '.join(VERDICTS)}")
        if not entry.reason:
            raise BaselineError(f"line {number}: {entry.id} has no reason")
        if entry.id in entries:
            raise BaselineError(f"line {number}: {entry.id} is listed twice")
        entries[entry.id] = entry
    return entries


def read(path: Path) -> dict[str, Entry]:
    return parse(path.read_text(encoding="utf-8")) if path.exists() else {}


def entry_text(mutant: Mutant, verdict: str = "<equivalent|accepted>", reason: str = "<why>") -> str:
    """The baseline entry for ``mutant``, with its change as comment lines."""
    return "\n".join([f"{mutant.id} {verdict}: {reason}", *(f"#   {line}" for line in mutant.change)])


@attrs.frozen
class Comparison:
    """A run against the baseline. ``new`` fails the run; the rest is reported."""

    new: list[Mutant]  # alive, and not in the baseline
    kept: list[Mutant]  # alive, and in the baseline
    now_killed: list[Entry]  # in the baseline, killed this run: delete the entry
    stale: list[Entry]  # in the baseline for a module that ran, but no such mutant exists any more

    @property
    def ok(self) -> bool:
        return not self.new


def compare(generated: Iterable[Mutant], alive: Mapping[Mutant, bool], baseline: Mapping[str, Entry]) -> Comparison:
    """Compare a run (``alive``: each mutant run, and whether it survived) with the baseline.
    ``generated`` is every mutant of the modules that ran, sampled or not: an entry of one of
    those modules that is not among them refers to code that has changed."""
    existing = {m.id for m in generated}
    modules = {m.module for m in alive} | {i.split(":", 1)[0] for i in existing}
    return Comparison(
        new=[m for m, survived in alive.items() if survived and m.id not in baseline],
        kept=[m for m, survived in alive.items() if survived and m.id in baseline],
        now_killed=[baseline[m.id] for m, survived in alive.items() if not survived and m.id in baseline],
        stale=[e for e in baseline.values() if e.module in modules and e.id not in existing],
    )
