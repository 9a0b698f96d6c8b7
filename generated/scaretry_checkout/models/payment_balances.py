from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentBalances")


@_attrs_define
class PaymentBalances:
    """Running balances of the payment, in minor units."""

    total_authorized: int | Unset = UNSET
    total_voided: int | Unset = UNSET
    available_to_void: int | Unset = UNSET
    total_captured: int | Unset = UNSET
    available_to_capture: int | Unset = UNSET
    total_refunded: int | Unset = UNSET
    available_to_refund: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_authorized = self.total_authorized

        total_voided = self.total_voided

        available_to_void = self.available_to_void

        total_captured = self.total_captured

        available_to_capture = self.available_to_capture

        total_refunded = self.total_refunded

        available_to_refund = self.available_to_refund

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_authorized is not UNSET:
            field_dict["total_authorized"] = total_authorized
        if total_voided is not UNSET:
            field_dict["total_voided"] = total_voided
        if available_to_void is not UNSET:
            field_dict["available_to_void"] = available_to_void
        if total_captured is not UNSET:
            field_dict["total_captured"] = total_captured
        if available_to_capture is not UNSET:
            field_dict["available_to_capture"] = available_to_capture
        if total_refunded is not UNSET:
            field_dict["total_refunded"] = total_refunded
        if available_to_refund is not UNSET:
            field_dict["available_to_refund"] = available_to_refund

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_authorized = d.pop("total_authorized", UNSET)

        total_voided = d.pop("total_voided", UNSET)

        available_to_void = d.pop("available_to_void", UNSET)

        total_captured = d.pop("total_captured", UNSET)

        available_to_capture = d.pop("available_to_capture", UNSET)

        total_refunded = d.pop("total_refunded", UNSET)

        available_to_refund = d.pop("available_to_refund", UNSET)

        payment_balances = cls(
            total_authorized=total_authorized,
            total_voided=total_voided,
            available_to_void=available_to_void,
            total_captured=total_captured,
            available_to_capture=available_to_capture,
            total_refunded=total_refunded,
            available_to_refund=available_to_refund,
        )

        payment_balances.additional_properties = d
        return payment_balances

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
