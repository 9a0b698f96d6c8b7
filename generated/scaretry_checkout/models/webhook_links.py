from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="WebhookLinks")


@_attrs_define
class WebhookLinks:
    """Links of the event."""

    self_: Link | Unset = UNSET
    """ A hypermedia link. """
    subject: Link | Unset = UNSET
    """ A hypermedia link. """
    payment: Link | Unset = UNSET
    """ A hypermedia link. """
    payment_actions: Link | Unset = UNSET
    """ A hypermedia link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        payment_actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_actions, Unset):
            payment_actions = self.payment_actions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if payment is not UNSET:
            field_dict["payment"] = payment
        if payment_actions is not UNSET:
            field_dict["payment_actions"] = payment_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        _self_ = d.pop("self", UNSET)
        self_: Link | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = Link.from_dict(_self_)

        _subject = d.pop("subject", UNSET)
        subject: Link | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = Link.from_dict(_subject)

        _payment = d.pop("payment", UNSET)
        payment: Link | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = Link.from_dict(_payment)

        _payment_actions = d.pop("payment_actions", UNSET)
        payment_actions: Link | Unset
        if isinstance(_payment_actions, Unset):
            payment_actions = UNSET
        else:
            payment_actions = Link.from_dict(_payment_actions)

        webhook_links = cls(
            self_=self_,
            subject=subject,
            payment=payment,
            payment_actions=payment_actions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        webhook_links.additional_properties = additional_properties
        return webhook_links

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
