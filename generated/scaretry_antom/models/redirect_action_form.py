from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redirect_action_form_method import RedirectActionFormMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedirectActionForm")


@_attrs_define
class RedirectActionForm:
    """A redirect the buyer must follow: GET redirectUrl, or POST the `parameters` to redirectUrl as a form."""

    method: RedirectActionFormMethod
    redirect_url: str
    parameters: str | Unset = UNSET
    """ Form fields as key-value pairs, only with POST. """
    action_form_type: Literal["RedirectActionForm"] | Unset = UNSET
    """ Always RedirectActionForm. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        redirect_url = self.redirect_url

        parameters = self.parameters

        action_form_type = self.action_form_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "redirectUrl": redirect_url,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if action_form_type is not UNSET:
            field_dict["actionFormType"] = action_form_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = RedirectActionFormMethod(d.pop("method"))

        redirect_url = d.pop("redirectUrl")
        if not (isinstance(redirect_url, str)):
            raise TypeError("redirectUrl: expected a string, got " + type(redirect_url).__name__)

        parameters = d.pop("parameters", UNSET)
        if not isinstance(parameters, Unset) and not (isinstance(parameters, str)):
            raise TypeError("parameters: expected a string, got " + type(parameters).__name__)

        action_form_type = cast(Literal["RedirectActionForm"] | Unset, d.pop("actionFormType", UNSET))
        if action_form_type != "RedirectActionForm" and not isinstance(action_form_type, Unset):
            raise ValueError(f"actionFormType must match const 'RedirectActionForm', got '{action_form_type}'")

        redirect_action_form = cls(
            method=method,
            redirect_url=redirect_url,
            parameters=parameters,
            action_form_type=action_form_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        redirect_action_form.additional_properties = additional_properties
        return redirect_action_form

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
