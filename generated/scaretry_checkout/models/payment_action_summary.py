from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_action_type import PaymentActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentActionSummary")


@_attrs_define
class PaymentActionSummary:
    """One action of a payment, as embedded in GET payment details."""

    type_: PaymentActionType
    id: str | Unset = UNSET
    """ Action identifier, `act_` followed by 26 characters. """
    response_code: str | Unset = UNSET
    """ Gateway response code of this action (decline code of a failed authorization). """
    response_summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        response_code = self.response_code

        response_summary = self.response_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if response_summary is not UNSET:
            field_dict["response_summary"] = response_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = PaymentActionType(d.pop("type"))

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        response_code = d.pop("response_code", UNSET)
        if not isinstance(response_code, Unset) and not (isinstance(response_code, str)):
            raise TypeError("response_code: expected a string, got " + type(response_code).__name__)

        response_summary = d.pop("response_summary", UNSET)
        if not isinstance(response_summary, Unset) and not (isinstance(response_summary, str)):
            raise TypeError("response_summary: expected a string, got " + type(response_summary).__name__)

        payment_action_summary = cls(
            type_=type_,
            id=id,
            response_code=response_code,
            response_summary=response_summary,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_action_summary.additional_properties = additional_properties
        return payment_action_summary

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
