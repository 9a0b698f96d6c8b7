from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.other_event_object import OtherEventObject
    from ..models.transaction import Transaction


T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """Envelope of a transaction webhook delivery. The docs show all four fields; only `type` and
    `metadata` are required of a delivery (without `deduplicationId` a redelivery is recognised
    by its body, without `organizationId` the receiving client's organization is assumed).

    """

    type_: WebhookEventType
    """ transaction-processed (captured payment or completed refund) or transaction-declined
    (any declined attempt, 3DS failures included); a destination may also receive the
    subscription events ("Subscription webhooks"), whose metadata is a subscription, not a
    transaction. """
    metadata: OtherEventObject | Transaction
    """ The transaction of a transaction event; the subscription or dispute of another event. """
    deduplication_id: str | Unset = UNSET
    """ Unique per event; the same value is re-sent on retries. """
    organization_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.transaction import Transaction  # noqa: PLC0415

        type_ = self.type_.value

        metadata: dict[str, Any]
        if isinstance(self.metadata, Transaction):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata.to_dict()

        deduplication_id = self.deduplication_id

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "metadata": metadata,
            }
        )
        if deduplication_id is not UNSET:
            field_dict["deduplicationId"] = deduplication_id
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.other_event_object import OtherEventObject  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415

        d = dict(src_dict)
        type_ = WebhookEventType(d.pop("type"))

        def _parse_metadata(data: object) -> OtherEventObject | Transaction:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Transaction.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            metadata_type_1 = OtherEventObject.from_dict(data)

            return metadata_type_1

        metadata = _parse_metadata(d.pop("metadata"))

        deduplication_id = d.pop("deduplicationId", UNSET)
        if not isinstance(deduplication_id, Unset) and not (isinstance(deduplication_id, str)):
            raise TypeError("deduplicationId: expected a string, got " + type(deduplication_id).__name__)

        organization_id = d.pop("organizationId", UNSET)
        if not isinstance(organization_id, Unset) and not (isinstance(organization_id, str)):
            raise TypeError("organizationId: expected a string, got " + type(organization_id).__name__)

        webhook_event = cls(
            type_=type_,
            metadata=metadata,
            deduplication_id=deduplication_id,
            organization_id=organization_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        webhook_event.additional_properties = additional_properties
        return webhook_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
