from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_links import WebhookLinks
    from ..models.webhook_payment_data import WebhookPaymentData


T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """Gateway event envelope POSTed to the merchant's webhook URL."""

    id: str
    """ Event id; deduplicate deliveries on it. """
    type_: WebhookEventType
    """ Event type. """
    data: WebhookPaymentData
    """ The payment the event is about. """
    version: str | Unset = UNSET
    """ Version of the event schema, e.g. `1.0.29`. """
    created_on: str | Unset = UNSET
    """ ISO 8601 timestamp (up to 7 fractional digits). """
    field_links: WebhookLinks | Unset = UNSET
    """ Links of the event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        data = self.data.to_dict()

        version = self.version

        created_on = self.created_on

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "data": data,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_links import WebhookLinks  # noqa: PLC0415
        from ..models.webhook_payment_data import WebhookPaymentData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        type_ = WebhookEventType(d.pop("type"))

        data = WebhookPaymentData.from_dict(d.pop("data"))

        version = d.pop("version", UNSET)
        if not isinstance(version, Unset) and not (isinstance(version, str)):
            raise TypeError("version: expected a string, got " + type(version).__name__)

        created_on = d.pop("created_on", UNSET)
        if not isinstance(created_on, Unset) and not (isinstance(created_on, str)):
            raise TypeError("created_on: expected a string, got " + type(created_on).__name__)

        _field_links = d.pop("_links", UNSET)
        field_links: WebhookLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = WebhookLinks.from_dict(_field_links)

        webhook_event = cls(
            id=id,
            type_=type_,
            data=data,
            version=version,
            created_on=created_on,
            field_links=field_links,
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
