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

    id: str
    """ Action identifier, `act_` followed by 26 characters. """
    type_: PaymentActionType
    response_code: str
    """ Gateway response code of this action (decline code of a failed authorization). """
    response_summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        response_code = self.response_code

        response_summary = self.response_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "response_code": response_code,
            }
        )
        if response_summary is not UNSET:
            field_dict["response_summary"] = response_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        type_ = PaymentActionType(d.pop("type"))

        response_code = d.pop("response_code")
        if not (isinstance(response_code, str)):
            raise TypeError("response_code: expected a string, got " + type(response_code).__name__)

        response_summary = d.pop("response_summary", UNSET)
        if not isinstance(response_summary, Unset) and not (isinstance(response_summary, str)):
            raise TypeError("response_summary: expected a string, got " + type(response_summary).__name__)

        payment_action_summary = cls(
            id=id,
            type_=type_,
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
