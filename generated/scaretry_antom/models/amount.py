from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Amount")


@_attrs_define
class Amount:
    """An amount of money in minor units of the currency."""

    currency: str
    """ ISO 4217 three-letter currency code. """
    value: str
    """ Positive integer amount in the smallest unit of the currency, as a string of digits (USD 1.00 is "100", JPY
    1 is "1"). For IDR the last two digits must be 00. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")
        if not (isinstance(currency, str)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        value = d.pop("value")
        if not (isinstance(value, str)):
            raise TypeError("value: expected a string, got " + type(value).__name__)

        amount = cls(
            currency=currency,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        amount.additional_properties = additional_properties
        return amount

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
