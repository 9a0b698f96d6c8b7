"""Figures with their spread, and the plain-text tables ``make bench`` prints.

Every figure is ``median [p25–p75]`` of its samples (quartiles, inclusive method; with fewer than
four samples, min–max). A ratio is computed pair by pair — one ratio per round, from two variants
measured next to each other — and then summarised the same way, never as a ratio of medians.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any

import attrs

__all__ = ["Spread", "pairwise", "percentile", "spread", "table"]


@attrs.frozen
class Spread:
    """The median of ``samples`` and the range around it (quartiles, or min–max when few)."""

    median: float
    low: float
    high: float
    samples: tuple[float, ...]

    @property
    def kind(self) -> str:
        return "p25–p75" if len(self.samples) >= 4 else "min–max"

    def show(self, scale: float = 1.0, digits: int = 0, unit: str = "") -> str:
        def number(value: float) -> str:
            return f"{value * scale:.{digits}f}"

        return f"{number(self.median)}{unit} [{number(self.low)}–{number(self.high)}]"

    def to_dict(self) -> dict[str, Any]:
        return {"median": self.median, "low": self.low, "high": self.high, "range": self.kind, "samples": self.samples}


def spread(samples: Sequence[float]) -> Spread:
    values = tuple(samples)
    if not values:
        raise ValueError("no samples")
    if len(values) < 4:
        return Spread(statistics.median(values), min(values), max(values), values)
    p25, _, p75 = statistics.quantiles(values, n=4, method="inclusive")
    return Spread(statistics.median(values), p25, p75, values)


def pairwise(numerators: Sequence[float], denominators: Sequence[float]) -> Spread:
    """The ratio of each pair (same round), summarised."""
    if len(numerators) != len(denominators):
        raise ValueError("pairwise ratios need one denominator per numerator")
    return spread([a / b for a, b in zip(numerators, denominators, strict=True)])


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` percentile (0–1) of ``values``, by linear interpolation."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "  ") -> str:
    """Columns padded to their widest cell; the first column left-aligned, the others too (text)."""
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    lines = [indent + "  ".join(str(cell).ljust(width) for cell, width in zip(headers, widths, strict=True))]
    lines.append(indent + "  ".join("-" * width for width in widths))
    lines += [
        indent + "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines)
