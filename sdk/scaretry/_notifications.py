"""What a verified notification is answered with, and where it is kept for whoever waits.

Small on purpose: the adapters and clients need these two names on every import; the inbox, its
stores and their asyncio machinery load only when notifications are used.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["Acknowledgement", "topics"]


@attrs.frozen
class Acknowledgement:
    """What your endpoint answers the provider: most want any 2xx, Antom wants its fixed result body
    (anything else makes the provider deliver again)."""

    status_code: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = attrs.field(factory=dict)


def topics(provider: str, keys: frozenset[str]) -> list[str]:
    """Where notifications about a payment with these identifiers are kept and announced."""
    return sorted(f"scaretry:{provider}:{key}" for key in keys)
