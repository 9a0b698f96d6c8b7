from enum import StrEnum


class WebhookEventType(StrEnum):
    """Open enum: a value the spec does not list parses instead of raising (providers add values).

    Such a value becomes a pseudo-member whose ``value`` is the string the provider sent and whose
    ``is_known`` is False; ``to_dict()`` writes it back unchanged.
    """

    SUBSCRIPTION_ACTIVATED = "subscription-activated"
    SUBSCRIPTION_CANCELED = "subscription-canceled"
    SUBSCRIPTION_CHURNED = "subscription-churned"
    SUBSCRIPTION_DOWNGRADED = "subscription-downgraded"
    SUBSCRIPTION_ITEMS_CHANGED = "subscription-items-changed"
    SUBSCRIPTION_MODIFIED = "subscription-modified"
    SUBSCRIPTION_REACTIVATED = "subscription-reactivated"
    SUBSCRIPTION_RENEWAL_REMINDER = "subscription-renewal-reminder"
    SUBSCRIPTION_RENEWED = "subscription-renewed"
    SUBSCRIPTION_TRIAL_CHANGED = "subscription-trial-changed"
    SUBSCRIPTION_TRIAL_ENDED = "subscription-trial-ended"
    SUBSCRIPTION_TRIAL_END_REMINDER = "subscription-trial-end-reminder"
    SUBSCRIPTION_UPGRADED = "subscription-upgraded"
    TRANSACTION_DECLINED = "transaction-declined"
    TRANSACTION_PROCESSED = "transaction-processed"

    @classmethod
    def _missing_(cls, value: object) -> "WebhookEventType | None":
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
