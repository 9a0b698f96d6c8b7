from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionDs")


@_attrs_define
class SessionDs:
    """Directory server (scheme) data."""

    reference_number: str
    transaction_id: str
    ds_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_number = self.reference_number

        transaction_id = self.transaction_id

        ds_id = self.ds_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_number": reference_number,
                "transaction_id": transaction_id,
            }
        )
        if ds_id is not UNSET:
            field_dict["ds_id"] = ds_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_number = d.pop("reference_number")
        if not (isinstance(reference_number, str)):
            raise TypeError("reference_number: expected a string, got " + type(reference_number).__name__)

        transaction_id = d.pop("transaction_id")
        if not (isinstance(transaction_id, str)):
            raise TypeError("transaction_id: expected a string, got " + type(transaction_id).__name__)

        ds_id = d.pop("ds_id", UNSET)
        if not isinstance(ds_id, Unset) and not (isinstance(ds_id, str)):
            raise TypeError("ds_id: expected a string, got " + type(ds_id).__name__)

        session_ds = cls(
            reference_number=reference_number,
            transaction_id=transaction_id,
            ds_id=ds_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_ds.additional_properties = additional_properties
        return session_ds

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
