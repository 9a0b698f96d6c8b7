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
        if not isinstance(total_authorized, Unset) and not (
            isinstance(total_authorized, int) and not isinstance(total_authorized, bool)
        ):
            raise TypeError("total_authorized: expected an integer, got " + type(total_authorized).__name__)

        total_voided = d.pop("total_voided", UNSET)
        if not isinstance(total_voided, Unset) and not (
            isinstance(total_voided, int) and not isinstance(total_voided, bool)
        ):
            raise TypeError("total_voided: expected an integer, got " + type(total_voided).__name__)

        available_to_void = d.pop("available_to_void", UNSET)
        if not isinstance(available_to_void, Unset) and not (
            isinstance(available_to_void, int) and not isinstance(available_to_void, bool)
        ):
            raise TypeError("available_to_void: expected an integer, got " + type(available_to_void).__name__)

        total_captured = d.pop("total_captured", UNSET)
        if not isinstance(total_captured, Unset) and not (
            isinstance(total_captured, int) and not isinstance(total_captured, bool)
        ):
            raise TypeError("total_captured: expected an integer, got " + type(total_captured).__name__)

        available_to_capture = d.pop("available_to_capture", UNSET)
        if not isinstance(available_to_capture, Unset) and not (
            isinstance(available_to_capture, int) and not isinstance(available_to_capture, bool)
        ):
            raise TypeError("available_to_capture: expected an integer, got " + type(available_to_capture).__name__)

        total_refunded = d.pop("total_refunded", UNSET)
        if not isinstance(total_refunded, Unset) and not (
            isinstance(total_refunded, int) and not isinstance(total_refunded, bool)
        ):
            raise TypeError("total_refunded: expected an integer, got " + type(total_refunded).__name__)

        available_to_refund = d.pop("available_to_refund", UNSET)
        if not isinstance(available_to_refund, Unset) and not (
            isinstance(available_to_refund, int) and not isinstance(available_to_refund, bool)
        ):
            raise TypeError("available_to_refund: expected an integer, got " + type(available_to_refund).__name__)

        payment_balances = cls(
            total_authorized=total_authorized,
            total_voided=total_voided,
            available_to_void=available_to_void,
            total_captured=total_captured,
            available_to_capture=available_to_capture,
            total_refunded=total_refunded,
            available_to_refund=available_to_refund,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_balances.additional_properties = additional_properties
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
