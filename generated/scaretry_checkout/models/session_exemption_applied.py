from enum import StrEnum


class SessionExemptionApplied(StrEnum):
    """Open enum: a value the spec does not list parses instead of raising (providers add values).

    Such a value becomes a pseudo-member whose ``value`` is the string the provider sent and whose
    ``is_known`` is False; ``to_dict()`` writes it back unchanged.
    """

    LOW_RISK_PROGRAM = "low_risk_program"
    LOW_VALUE = "low_value"
    NONE = "none"
    OTHER = "other"
    OUT_OF_SCA_SCOPE = "out_of_sca_scope"
    SCA_DELEGATION = "sca_delegation"
    SECURE_CORPORATE_PAYMENT = "secure_corporate_payment"
    TRANSACTION_RISK_ASSESSMENT = "transaction_risk_assessment"
    TRUSTED_LISTING = "trusted_listing"
    VALUE_5 = "3ds_outage"

    @classmethod
    def _missing_(cls, value: object) -> "SessionExemptionApplied | None":
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
