"""Card-number checks every emulated provider makes the same way.

The sandbox keeps its own copy rather than the facade's: it is the oracle the facade is tested
against, so a bug in one must not hide the same bug in the other.
"""

from __future__ import annotations

__all__ = ["luhn_ok"]


def luhn_ok(number: str) -> bool:
    """Whether ``number`` (digits only) passes the Luhn check (ISO/IEC 7812-1 annex B)."""
    total = 0
    for position, char in enumerate(reversed(number)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0
