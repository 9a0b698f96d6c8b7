from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="PaymentLinks")


@_attrs_define
class PaymentLinks:
    """Links of a processed payment; which optional links appear depends on what can be done next."""

    self_: Link | Unset = UNSET
    """ A hypermedia link. """
    actions: Link | Unset = UNSET
    """ A hypermedia link. """
    authorize: Link | Unset = UNSET
    """ A hypermedia link. """
    void: Link | Unset = UNSET
    """ A hypermedia link. """
    capture: Link | Unset = UNSET
    """ A hypermedia link. """
    refund: Link | Unset = UNSET
    """ A hypermedia link. """
    redirect: Link | Unset = UNSET
    """ A hypermedia link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions.to_dict()

        authorize: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorize, Unset):
            authorize = self.authorize.to_dict()

        void: dict[str, Any] | Unset = UNSET
        if not isinstance(self.void, Unset):
            void = self.void.to_dict()

        capture: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capture, Unset):
            capture = self.capture.to_dict()

        refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund, Unset):
            refund = self.refund.to_dict()

        redirect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirect, Unset):
            redirect = self.redirect.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if actions is not UNSET:
            field_dict["actions"] = actions
        if authorize is not UNSET:
            field_dict["authorize"] = authorize
        if void is not UNSET:
            field_dict["void"] = void
        if capture is not UNSET:
            field_dict["capture"] = capture
        if refund is not UNSET:
            field_dict["refund"] = refund
        if redirect is not UNSET:
            field_dict["redirect"] = redirect

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

        _actions = d.pop("actions", UNSET)
        actions: Link | Unset
        if isinstance(_actions, Unset):
            actions = UNSET
        else:
            actions = Link.from_dict(_actions)

        _authorize = d.pop("authorize", UNSET)
        authorize: Link | Unset
        if isinstance(_authorize, Unset):
            authorize = UNSET
        else:
            authorize = Link.from_dict(_authorize)

        _void = d.pop("void", UNSET)
        void: Link | Unset
        if isinstance(_void, Unset):
            void = UNSET
        else:
            void = Link.from_dict(_void)

        _capture = d.pop("capture", UNSET)
        capture: Link | Unset
        if isinstance(_capture, Unset):
            capture = UNSET
        else:
            capture = Link.from_dict(_capture)

        _refund = d.pop("refund", UNSET)
        refund: Link | Unset
        if isinstance(_refund, Unset):
            refund = UNSET
        else:
            refund = Link.from_dict(_refund)

        _redirect = d.pop("redirect", UNSET)
        redirect: Link | Unset
        if isinstance(_redirect, Unset):
            redirect = UNSET
        else:
            redirect = Link.from_dict(_redirect)

        payment_links = cls(
            self_=self_,
            actions=actions,
            authorize=authorize,
            void=void,
            capture=capture,
            refund=refund,
            redirect=redirect,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_links.additional_properties = additional_properties
        return payment_links

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
