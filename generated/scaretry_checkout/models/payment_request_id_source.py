from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentRequestIdSource")


@_attrs_define
class PaymentRequestIdSource:
    """A stored payment source (`src_…`)."""

    type_: Literal["id"]
    id: str
    cvv: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    """ Needed for ACH sources only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        cvv = self.cvv

        payment_method = self.payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if cvv is not UNSET:
            field_dict["cvv"] = cvv
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["id"], d.pop("type"))
        if type_ != "id":
            raise ValueError(f"type must match const 'id', got '{type_}'")

        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        cvv = d.pop("cvv", UNSET)
        if not isinstance(cvv, Unset) and not (isinstance(cvv, str)):
            raise TypeError("cvv: expected a string, got " + type(cvv).__name__)

        payment_method = d.pop("payment_method", UNSET)
        if not isinstance(payment_method, Unset) and not (isinstance(payment_method, str)):
            raise TypeError("payment_method: expected a string, got " + type(payment_method).__name__)

        payment_request_id_source = cls(
            type_=type_,
            id=id,
            cvv=cvv,
            payment_method=payment_method,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_request_id_source.additional_properties = additional_properties
        return payment_request_id_source

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
