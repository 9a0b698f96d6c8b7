from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="SessionLinks")


@_attrs_define
class SessionLinks:
    """Links of a session; which ones appear depends on `next_actions` and the completion type."""

    self_: Link | Unset = UNSET
    """ A hypermedia link. """
    redirect_url: Link | Unset = UNSET
    """ A hypermedia link. """
    collect_channel_data: Link | Unset = UNSET
    """ A hypermedia link. """
    issuer_fingerprint: Link | Unset = UNSET
    """ A hypermedia link. """
    three_ds_method_url: Link | Unset = UNSET
    """ A hypermedia link. """
    acs_url: Link | Unset = UNSET
    """ A hypermedia link. """
    term_url: Link | Unset = UNSET
    """ A hypermedia link. """
    complete: Link | Unset = UNSET
    """ A hypermedia link. """
    success_url: Link | Unset = UNSET
    """ A hypermedia link. """
    failure_url: Link | Unset = UNSET
    """ A hypermedia link. """
    callback_url: Link | Unset = UNSET
    """ A hypermedia link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        redirect_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirect_url, Unset):
            redirect_url = self.redirect_url.to_dict()

        collect_channel_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collect_channel_data, Unset):
            collect_channel_data = self.collect_channel_data.to_dict()

        issuer_fingerprint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issuer_fingerprint, Unset):
            issuer_fingerprint = self.issuer_fingerprint.to_dict()

        three_ds_method_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.three_ds_method_url, Unset):
            three_ds_method_url = self.three_ds_method_url.to_dict()

        acs_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acs_url, Unset):
            acs_url = self.acs_url.to_dict()

        term_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term_url, Unset):
            term_url = self.term_url.to_dict()

        complete: dict[str, Any] | Unset = UNSET
        if not isinstance(self.complete, Unset):
            complete = self.complete.to_dict()

        success_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.success_url, Unset):
            success_url = self.success_url.to_dict()

        failure_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failure_url, Unset):
            failure_url = self.failure_url.to_dict()

        callback_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_url, Unset):
            callback_url = self.callback_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if collect_channel_data is not UNSET:
            field_dict["collect_channel_data"] = collect_channel_data
        if issuer_fingerprint is not UNSET:
            field_dict["issuer_fingerprint"] = issuer_fingerprint
        if three_ds_method_url is not UNSET:
            field_dict["three_ds_method_url"] = three_ds_method_url
        if acs_url is not UNSET:
            field_dict["acs_url"] = acs_url
        if term_url is not UNSET:
            field_dict["term_url"] = term_url
        if complete is not UNSET:
            field_dict["complete"] = complete
        if success_url is not UNSET:
            field_dict["success_url"] = success_url
        if failure_url is not UNSET:
            field_dict["failure_url"] = failure_url
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

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

        _redirect_url = d.pop("redirect_url", UNSET)
        redirect_url: Link | Unset
        if isinstance(_redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = Link.from_dict(_redirect_url)

        _collect_channel_data = d.pop("collect_channel_data", UNSET)
        collect_channel_data: Link | Unset
        if isinstance(_collect_channel_data, Unset):
            collect_channel_data = UNSET
        else:
            collect_channel_data = Link.from_dict(_collect_channel_data)

        _issuer_fingerprint = d.pop("issuer_fingerprint", UNSET)
        issuer_fingerprint: Link | Unset
        if isinstance(_issuer_fingerprint, Unset):
            issuer_fingerprint = UNSET
        else:
            issuer_fingerprint = Link.from_dict(_issuer_fingerprint)

        _three_ds_method_url = d.pop("three_ds_method_url", UNSET)
        three_ds_method_url: Link | Unset
        if isinstance(_three_ds_method_url, Unset):
            three_ds_method_url = UNSET
        else:
            three_ds_method_url = Link.from_dict(_three_ds_method_url)

        _acs_url = d.pop("acs_url", UNSET)
        acs_url: Link | Unset
        if isinstance(_acs_url, Unset):
            acs_url = UNSET
        else:
            acs_url = Link.from_dict(_acs_url)

        _term_url = d.pop("term_url", UNSET)
        term_url: Link | Unset
        if isinstance(_term_url, Unset):
            term_url = UNSET
        else:
            term_url = Link.from_dict(_term_url)

        _complete = d.pop("complete", UNSET)
        complete: Link | Unset
        if isinstance(_complete, Unset):
            complete = UNSET
        else:
            complete = Link.from_dict(_complete)

        _success_url = d.pop("success_url", UNSET)
        success_url: Link | Unset
        if isinstance(_success_url, Unset):
            success_url = UNSET
        else:
            success_url = Link.from_dict(_success_url)

        _failure_url = d.pop("failure_url", UNSET)
        failure_url: Link | Unset
        if isinstance(_failure_url, Unset):
            failure_url = UNSET
        else:
            failure_url = Link.from_dict(_failure_url)

        _callback_url = d.pop("callback_url", UNSET)
        callback_url: Link | Unset
        if isinstance(_callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = Link.from_dict(_callback_url)

        session_links = cls(
            self_=self_,
            redirect_url=redirect_url,
            collect_channel_data=collect_channel_data,
            issuer_fingerprint=issuer_fingerprint,
            three_ds_method_url=three_ds_method_url,
            acs_url=acs_url,
            term_url=term_url,
            complete=complete,
            success_url=success_url,
            failure_url=failure_url,
            callback_url=callback_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_links.additional_properties = additional_properties
        return session_links

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
