from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_owner import EventOwner
    from ..models.token_event_event_data import TokenEventEventData


T = TypeVar("T", bound="TokenEvent")


@_attrs_define
class TokenEvent:
    """Webhook event of category Token (scheme-token lifecycle); eventData is passed through untyped."""

    event_category: Literal["Token"]
    event_data: TokenEventEventData
    event_code: str | Unset = UNSET
    event_date: str | Unset = UNSET
    event_owner: EventOwner | Unset = UNSET
    """ Merchant group, merchant and site the event belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_category = self.event_category

        event_data = self.event_data.to_dict()

        event_code = self.event_code

        event_date = self.event_date

        event_owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_owner, Unset):
            event_owner = self.event_owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventCategory": event_category,
                "eventData": event_data,
            }
        )
        if event_code is not UNSET:
            field_dict["eventCode"] = event_code
        if event_date is not UNSET:
            field_dict["eventDate"] = event_date
        if event_owner is not UNSET:
            field_dict["eventOwner"] = event_owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_owner import EventOwner  # noqa: PLC0415
        from ..models.token_event_event_data import TokenEventEventData  # noqa: PLC0415

        d = dict(src_dict)
        event_category = cast(Literal["Token"], d.pop("eventCategory"))
        if event_category != "Token":
            raise ValueError(f"eventCategory must match const 'Token', got '{event_category}'")

        event_data = TokenEventEventData.from_dict(d.pop("eventData"))

        event_code = d.pop("eventCode", UNSET)
        if not isinstance(event_code, Unset) and not (isinstance(event_code, str)):
            raise TypeError("eventCode: expected a string, got " + type(event_code).__name__)

        event_date = d.pop("eventDate", UNSET)
        if not isinstance(event_date, Unset) and not (isinstance(event_date, str)):
            raise TypeError("eventDate: expected a string, got " + type(event_date).__name__)

        _event_owner = d.pop("eventOwner", UNSET)
        event_owner: EventOwner | Unset
        if isinstance(_event_owner, Unset):
            event_owner = UNSET
        else:
            event_owner = EventOwner.from_dict(_event_owner)

        token_event = cls(
            event_category=event_category,
            event_data=event_data,
            event_code=event_code,
            event_date=event_date,
            event_owner=event_owner,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        token_event.additional_properties = additional_properties
        return token_event

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
