from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MaskedCard")


@_attrs_define
class MaskedCard:
    """The card of the transaction, masked (never the full PAN)."""

    bin_: str | Unset = UNSET
    """ First six digits. """
    last_four: str | Unset = UNSET
    scheme: str | Unset = UNSET
    """ Card scheme, e.g. Visa or Mastercard. """
    expiry_month: str | Unset = UNSET
    expiry_year: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        last_four = self.last_four

        scheme = self.scheme

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bin_ is not UNSET:
            field_dict["bin"] = bin_
        if last_four is not UNSET:
            field_dict["lastFour"] = last_four
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if expiry_month is not UNSET:
            field_dict["expiryMonth"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiryYear"] = expiry_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bin_ = d.pop("bin", UNSET)
        if not isinstance(bin_, Unset) and not (isinstance(bin_, str)):
            raise TypeError("bin: expected a string, got " + type(bin_).__name__)

        last_four = d.pop("lastFour", UNSET)
        if not isinstance(last_four, Unset) and not (isinstance(last_four, str)):
            raise TypeError("lastFour: expected a string, got " + type(last_four).__name__)

        scheme = d.pop("scheme", UNSET)
        if not isinstance(scheme, Unset) and not (isinstance(scheme, str)):
            raise TypeError("scheme: expected a string, got " + type(scheme).__name__)

        expiry_month = d.pop("expiryMonth", UNSET)
        if not isinstance(expiry_month, Unset) and not (isinstance(expiry_month, str)):
            raise TypeError("expiryMonth: expected a string, got " + type(expiry_month).__name__)

        expiry_year = d.pop("expiryYear", UNSET)
        if not isinstance(expiry_year, Unset) and not (isinstance(expiry_year, str)):
            raise TypeError("expiryYear: expected a string, got " + type(expiry_year).__name__)

        masked_card = cls(
            bin_=bin_,
            last_four=last_four,
            scheme=scheme,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        masked_card.additional_properties = additional_properties
        return masked_card

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
