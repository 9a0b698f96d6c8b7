"""Decline and 3DS-state tables: data, not if-statements (Hyperswitch's gateway status map).

Each provider ships ``scaretry/data/<provider>.json``::

    {"declines": {"20154": {"category": "soft_sca", "decision": "upgrade", "message": "…"}, …},
     "default": {"category": "unknown", "decision": "final"},
     "threeds": {"AuthenticationFailed": {"decision": "retry"}, …},
     "reasons": {"01": "Card authentication failed.", …}}

and a client takes overrides (``decline_overrides={"20051": "soft_retryable"}``) for codes your
acquirer treats differently.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs

from scaretry._outcome import DeclineCategory, State

__all__ = ["STATUS_MAPS", "Decision", "DeclineRule", "DeclineTable", "StatusMap"]


class Decision(enum.StrEnum):
    UPGRADE = "upgrade"  # retry with 3DS (a soft decline for missing SCA)
    RETRY = "retry"  # the same step may be tried again, bounded (PXP AuthenticationFailed)
    FINAL = "final"  # nothing to do but report it


@attrs.frozen
class DeclineRule:
    category: DeclineCategory
    decision: Decision
    message: str | None = None


def _rule(value: Mapping[str, Any] | str) -> DeclineRule:
    if isinstance(value, str):  # an override given as just a category
        category = DeclineCategory(value)
        decision = Decision.UPGRADE if category is DeclineCategory.SOFT_SCA else Decision.FINAL
        return DeclineRule(category, decision)
    return DeclineRule(
        DeclineCategory(value.get("category", "unknown")),
        Decision(value.get("decision", "final")),
        value.get("message"),
    )


@attrs.frozen
class DeclineTable:
    """Provider code → category and decision, with a default for codes the table does not know."""

    provider: str
    declines: Mapping[str, DeclineRule]
    default: DeclineRule
    threeds: Mapping[str, Decision] = attrs.field(factory=dict)
    reasons: Mapping[str, str] = attrs.field(factory=dict)

    @classmethod
    def load(cls, provider: str, overrides: Mapping[str, Mapping[str, Any] | str] | None = None) -> DeclineTable:
        from importlib import resources  # on first use: it is slow to import

        text = resources.files("scaretry.data").joinpath(f"{provider}.json").read_text(encoding="utf-8")
        raw = json.loads(text)
        declines = {code: _rule(value) for code, value in raw.get("declines", {}).items()}
        declines |= {code: _rule(value) for code, value in (overrides or {}).items()}
        return cls(
            provider=provider,
            declines=declines,
            default=_rule(raw.get("default", {})),
            threeds={state: Decision(v["decision"]) for state, v in raw.get("threeds", {}).items()},
            reasons=dict(raw.get("reasons", {})),
        )

    def lookup(self, code: str | None) -> DeclineRule:
        if code is None:
            return self.default
        return self.declines.get(code, self.default)

    def threeds_decision(self, state: str) -> Decision:
        return self.threeds.get(state, Decision.FINAL)

    def reason_text(self, code: str | None) -> str | None:
        return None if code is None else self.reasons.get(code)


E = TypeVar("E", bound=enum.Enum)

#: Every status map built, so that one test can check them all (``StatusMap.unmapped``).
STATUS_MAPS: list[StatusMap[Any]] = []


class StatusMap(Generic[E]):
    """A provider's status enum (generated, open) → :class:`~scaretry.State`: one table per status
    field, written as data. A regeneration that adds a member fails the suite (``unmapped()`` is
    checked for every map) until someone decides what the new status means; a value the provider
    sends that no spec lists yet reads as ``unknown`` (default PROCESSING: keep polling, never a
    guessed final state).
    """

    def __init__(self, statuses: type[E], table: Mapping[E, State], *, unknown: State = State.PROCESSING) -> None:
        self.statuses = statuses
        self.table = dict(table)
        self.unknown = unknown
        self._by_value = {member.value: state for member, state in self.table.items()}
        STATUS_MAPS.append(self)

    def state(self, status: E | str | None) -> State:
        """The state for ``status`` (a member, or the provider's raw string)."""
        if status is None:
            return self.unknown
        return self._by_value.get(getattr(status, "value", status), self.unknown)

    def unmapped(self) -> list[E]:
        """Members the spec lists that this table does not map."""
        return [member for member in self.statuses if member not in self.table]
