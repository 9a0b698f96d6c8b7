from enum import StrEnum


class TransactionState(StrEnum):
    """Open enum: a value the spec does not list parses instead of raising (providers add values).

    Such a value becomes a pseudo-member whose ``value`` is the string the provider sent and whose
    ``is_known`` is False; ``to_dict()`` writes it back unchanged.
    """

    APPROVED = "Approved"
    AUTHORISED = "Authorised"
    CANCELLED = "Cancelled"
    CAPTURED = "Captured"
    CONFIRMED = "Confirmed"
    ERROR = "Error"
    EXECUTED = "Executed"
    PENDING = "Pending"
    REFUNDED = "Refunded"
    REFUSED = "Refused"
    REJECTED = "Rejected"
    UPDATED = "Updated"

    @classmethod
    def _missing_(cls, value: object) -> "TransactionState | None":
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
