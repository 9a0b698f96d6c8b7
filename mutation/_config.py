"""``mutation/targets.toml``: what is mutated, with which tests, and how much of it."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import attrs

__all__ = ["Settings", "Target", "load"]

_TARGET_KEYS = {"mutate", "tests", "sample", "default", "min_score"}


@attrs.frozen
class Target:
    """A module (or a package) and the tests that are relevant to it.

    ``mutate``: globs under ``sdk/`` (``scaretry/_retry.py``, ``scaretry/providers/checkout/*``);
    ``tests``: pytest arguments selecting its tests; ``sample``: at most this many mutants;
    ``default``: whether a plain ``make mutation`` runs it; ``min_score``: the killed share below
    which the run fails.
    """

    name: str
    mutate: tuple[str, ...]
    tests: tuple[str, ...]
    min_score: float
    sample: int | None = None
    default: bool = True


@attrs.frozen
class Settings:
    seed: str
    targets: tuple[Target, ...]

    def chosen(self, names: list[str]) -> list[Target]:
        """The targets named (any of them), or every default target."""
        known = {t.name: t for t in self.targets}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise SystemExit(f"unknown mutation target(s): {', '.join(unknown)}; known: {', '.join(known)}")
        return [known[n] for n in names] if names else [t for t in self.targets if t.default]


def _target(name: str, raw: dict[str, Any], min_score: float) -> Target:
    extra = set(raw) - _TARGET_KEYS
    if extra:
        raise ValueError(f"target {name}: unknown key(s) {sorted(extra)}")
    if not raw.get("mutate") or not raw.get("tests"):
        raise ValueError(f"target {name}: 'mutate' and 'tests' are both needed")
    sample = raw.get("sample")
    if sample is not None and (not isinstance(sample, int) or sample < 1):
        raise ValueError(f"target {name}: 'sample' must be a positive int")
    return Target(
        name=name,
        mutate=tuple(raw["mutate"]),
        tests=tuple(raw["tests"]),
        min_score=float(raw.get("min_score", min_score)),
        sample=sample,
        default=bool(raw.get("default", True)),
    )


def load(path: Path) -> Settings:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    min_score = float(raw.get("min_score", 0.0))
    targets = tuple(_target(name, value, min_score) for name, value in raw.get("targets", {}).items())
    return Settings(seed=str(raw["seed"]), targets=targets)
