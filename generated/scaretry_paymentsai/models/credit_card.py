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
        if not isinstance(credit_card_last_four_digits, Unset) and not (isinstance(credit_card_last_four_digits, str)):
            raise TypeError(
                "creditCardLastFourDigits: expected a string, got " + type(credit_card_last_four_digits).__name__
            )

        brand = d.pop("brand", UNSET)
        if not isinstance(brand, Unset) and not (isinstance(brand, str)):
            raise TypeError("brand: expected a string, got " + type(brand).__name__)

        expire_year = d.pop("expireYear", UNSET)
        if not isinstance(expire_year, Unset) and not (
            isinstance(expire_year, int) and not isinstance(expire_year, bool)
        ):
            raise TypeError("expireYear: expected an integer, got " + type(expire_year).__name__)

        expire_month = d.pop("expireMonth", UNSET)
        if not isinstance(expire_month, Unset) and not (
            isinstance(expire_month, int) and not isinstance(expire_month, bool)
        ):
            raise TypeError("expireMonth: expected an integer, got " + type(expire_month).__name__)

        credit_card = cls(
            credit_card_last_four_digits=credit_card_last_four_digits,
            brand=brand,
            expire_year=expire_year,
            expire_month=expire_month,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        credit_card.additional_properties = additional_properties
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
