"""Distinct failures of a fuzz test, collected instead of raised, so that one run counts every case
and reports every distinct bug (the known one does not hide the next), each with an example."""

from __future__ import annotations

import traceback
from pathlib import Path

import attrs

__all__ = ["Failures"]

_ROOT = Path(__file__).resolve().parents[2]
_OURS = (str(_ROOT / "sdk"), str(_ROOT / "generated"))


def _where(error: BaseException) -> str:
    """The innermost frame in scaretry's own code (sdk/, generated/), else the innermost frame."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if f.filename.startswith(_OURS)]
    frame = (ours or frames or [None])[-1]
    if frame is None:
        return "?"
    return f"{Path(frame.filename).relative_to(_ROOT) if frame.filename.startswith(str(_ROOT)) else frame.filename}:{frame.lineno} in {frame.name}"


@attrs.define
class Failures:
    #: "<exception type> at <where>" → (how many cases, the first case's description)
    seen: dict[str, tuple[int, str]] = attrs.Factory(dict)

    def add(self, error: BaseException, example: str) -> None:
        if isinstance(error, AssertionError):
            key = f"property violated: {str(error).split(':')[0]}"
            example = f"{example}\n      {str(error)[:400]}"
        else:
            key = f"{type(error).__name__} at {_where(error)}"
        count, first = self.seen.get(key, (0, example))
        self.seen[key] = (count + 1, first)

    @property
    def cases(self) -> int:
        return sum(count for count, _ in self.seen.values())

    @property
    def violations(self) -> int:
        """Cases where the property failed (a false AUTHORIZED), not an exception."""
        return sum(count for key, (count, _) in self.seen.items() if key.startswith("property violated"))

    def report(self) -> str:
        return "\n".join(f"  {count} × {key}\n    e.g. {example}" for key, (count, example) in self.seen.items())
