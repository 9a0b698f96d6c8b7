from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_accepted_links import ActionAcceptedLinks


T = TypeVar("T", bound="VoidAcceptedResponse")


@_attrs_define
class VoidAcceptedResponse:
    """202 of a void."""

    action_id: str
    """ Action identifier, `act_` followed by 26 characters. """
    reference: str | Unset = UNSET
    field_links: ActionAcceptedLinks | Unset = UNSET
    """ Links of an accepted payment action. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        reference = self.reference

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_accepted_links import ActionAcceptedLinks  # noqa: PLC0415

        d = dict(src_dict)
        action_id = d.pop("action_id")
        if not (isinstance(action_id, str)):
            raise TypeError("action_id: expected a string, got " + type(action_id).__name__)

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, Unset) and not (isinstance(reference, str)):
            raise TypeError("reference: expected a string, got " + type(reference).__name__)

        _field_links = d.pop("_links", UNSET)
        field_links: ActionAcceptedLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = ActionAcceptedLinks.from_dict(_field_links)

        void_accepted_response = cls(
            action_id=action_id,
            reference=reference,
            field_links=field_links,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        void_accepted_response.additional_properties = additional_properties
        return void_accepted_response

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
