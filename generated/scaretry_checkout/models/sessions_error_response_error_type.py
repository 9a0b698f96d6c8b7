from enum import StrEnum


class SessionsErrorResponseErrorType(StrEnum):
    """Open enum: a value the spec does not list parses instead of raising (providers add values).

    Such a value becomes a pseudo-member whose ``value`` is the string the provider sent and whose
    ``is_known`` is False; ``to_dict()`` writes it back unchanged.
    """

    BAD_GATEWAY = "bad_gateway"
    CALLBACK_FAILED = "callback_failed"
    CONFLICT = "conflict"
    DUPLICATE_REQUESTS_DETECTED = "duplicate_requests_detected"
    FORBIDDEN = "forbidden"
    INTERNAL_SERVER_ERROR = "internal_server_error"
    NOT_FOUND = "not_found"
    NOT_IMPLEMENTED = "not_implemented"
    OPERATION_NOT_ALLOWED = "operation_not_allowed"
    SERVICE_NOT_AVAILABLE = "service_not_available"
    TOO_MANY_REQUESTS = "too_many_requests"
    UNPROCESSABLE_ENTITY = "unprocessable_entity"

    @classmethod
    def _missing_(cls, value: object) -> "SessionsErrorResponseErrorType | None":
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
