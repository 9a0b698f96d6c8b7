"""Which mutant is which, across runs: a name that does not move when code around it moves.

mutmut numbers a function's mutants in order (``x_lookup__mutmut_7``), so adding a line renumbers
every mutant after it. The identity used here is the module, the function, and a hash of what the
mutation changed: the lines it removed and the lines it added, without their indentation::

    scaretry._retry:_Attempts.after:3f2a9c1b7e

Two mutants of one function that make the very same change to two copies of the same line get
``~2``, ``~3``… in source order. The sample of a large module is taken by the same hash, keyed by
a seed: the same mutants every run, and a mutant stays in the sample while its change stays.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

__all__ = ["Mutant", "identify", "sample"]

_CLASS = "ǁ"  # mutmut's separator in the name of a method's mutants: xǁClassǁmethod__mutmut_3


@attrs.frozen
class Mutant:
    """One mutant: mutmut's ``name`` for it, its stable ``id``, and the lines it changes."""

    name: str
    id: str
    path: str
    removed: tuple[str, ...]
    added: tuple[str, ...]

    @property
    def module(self) -> str:
        return self.id.split(":", 1)[0]

    @property
    def change(self) -> list[str]:
        """The change as diff lines (``- old`` / ``+ new``), for people."""
        return [f"- {line}" for line in self.removed] + [f"+ {line}" for line in self.added]


def function_of(name: str) -> tuple[str, str]:
    """``(module, qualified function)`` of a mutmut mutant name."""
    module, _, mangled = name.partition("__mutmut_")[0].rpartition(".")
    if mangled.startswith("x" + _CLASS):
        _, cls, method = mangled.split(_CLASS)
        return module, f"{cls}.{method}"
    if not mangled.startswith("x_"):
        raise ValueError(f"not a mutmut mutant name: {name!r}")
    return module, mangled[2:]


def changed_lines(diff: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The removed and the added lines of a unified diff, without indentation."""
    removed: list[str] = []
    added: list[str] = []
    for line in diff.splitlines():
        if line.startswith(("---", "+++", "@@")):
            continue
        if line.startswith("-"):
            removed.append(line[1:].strip())
        elif line.startswith("+"):
            added.append(line[1:].strip())
    return tuple(removed), tuple(added)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def identify(generated: Iterable[tuple[str, str, str]]) -> list[Mutant]:
    """Mutants from mutmut's ``(name, path, diff)`` triples, in the order given (source order)."""
    seen: Counter[str] = Counter()
    mutants = []
    for name, path, diff in generated:
        module, function = function_of(name)
        removed, added = changed_lines(diff)
        if not removed and not added:
            raise ValueError(f"mutmut's diff of {name} changes nothing")
        key = f"{module}:{function}:{_digest(*removed, '→', *added)[:10]}"
        seen[key] += 1
        mutant_id = key if seen[key] == 1 else f"{key}~{seen[key]}"
        mutants.append(Mutant(name, mutant_id, path, removed, added))
    return mutants


def sample(mutants: Sequence[Mutant], size: int | None, seed: str) -> list[Mutant]:
    """At most ``size`` of ``mutants`` (all when ``size`` is None), chosen by a seeded hash of each
    identity; returned in their original order."""
    if size is None or size >= len(mutants):
        return list(mutants)
    chosen = {m.id for m in sorted(mutants, key=lambda m: _digest(seed, m.id))[:size]}
    return [m for m in mutants if m.id in chosen]
