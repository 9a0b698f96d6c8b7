from enum import StrEnum


class MerchantInitiatedChannelDataRequestType(StrEnum):
    """Open enum: a value the spec does not list parses instead of raising (providers add values).

    Such a value becomes a pseudo-member whose ``value`` is the string the provider sent and whose
    ``is_known`` is False; ``to_dict()`` writes it back unchanged.
    """

    ACCOUNT_VERIFICATION = "account_verification"
    ADD_CARD = "add_card"
    INSTALLMENT_TRANSACTION = "installment_transaction"
    MAIL_ORDER = "mail_order"
    MAINTAIN_CARD_INFORMATION = "maintain_card_information"
    OTHER_PAYMENT = "other_payment"
    RECURRING_TRANSACTION = "recurring_transaction"
    SPLIT_OR_DELAYED_SHIPMENT = "split_or_delayed_shipment"
    TELEPHONE_ORDER = "telephone_order"
    TOP_UP = "top_up"
    WHITELIST_STATUS_CHECK = "whitelist_status_check"

    @classmethod
    def _missing_(cls, value: object) -> "MerchantInitiatedChannelDataRequestType | None":
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
