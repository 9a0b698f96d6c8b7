from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCard")


@_attrs_define
class CreditCard:
    """Display data of a card payment instrument."""

    credit_card_last_four_digits: str | Unset = UNSET
    brand: str | Unset = UNSET
    """ Card brand, lowercase in the docs' example (e.g. visa). """
    expire_year: int | Unset = UNSET
    expire_month: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_card_last_four_digits = self.credit_card_last_four_digits

        brand = self.brand

        expire_year = self.expire_year

        expire_month = self.expire_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_card_last_four_digits is not UNSET:
            field_dict["creditCardLastFourDigits"] = credit_card_last_four_digits
        if brand is not UNSET:
            field_dict["brand"] = brand
        if expire_year is not UNSET:
            field_dict["expireYear"] = expire_year
        if expire_month is not UNSET:
            field_dict["expireMonth"] = expire_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_card_last_four_digits = d.pop("creditCardLastFourDigits", UNSET)

        brand = d.pop("brand", UNSET)

        expire_year = d.pop("expireYear", UNSET)

        expire_month = d.pop("expireMonth", UNSET)

        credit_card = cls(
            credit_card_last_four_digits=credit_card_last_four_digits,
            brand=brand,
            expire_year=expire_year,
            expire_month=expire_month,
        )

        credit_card.additional_properties = d
        return credit_card

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
