from enum import StrEnum


class ThreeDSDataChallengeIndicator(StrEnum):
    """Open enum: a value the spec does not list parses instead of raising (providers add values).

    Such a value becomes a pseudo-member whose ``value`` is the string the provider sent and whose
    ``is_known`` is False; ``to_dict()`` writes it back unchanged.
    """

    CHALLENGE_REQUESTED = "challenge_requested"
    CHALLENGE_REQUESTED_MANDATE = "challenge_requested_mandate"
    NO_CHALLENGE_REQUESTED = "no_challenge_requested"
    NO_PREFERENCE = "no_preference"

    @classmethod
    def _missing_(cls, value: object) -> "ThreeDSDataChallengeIndicator | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)
