from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Amounts")


@_attrs_define
class Amounts:
    transaction: float
    """ Amount in major units (decimal, e.g. 20 or 9.99). PXP zero-pads to the currency exponent and rejects more
    decimals than it allows (GBP 1.234, JPY 1.0). """
    currency_code: str
    """ ISO 4217 alphabetic currency code. """
    gratuity: float | Unset = UNSET
    """ Tip amount in major units. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        currency_code = self.currency_code

        gratuity = self.gratuity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction": transaction,
                "currencyCode": currency_code,
            }
        )
        if gratuity is not UNSET:
            field_dict["gratuity"] = gratuity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction = d.pop("transaction")
        if not (isinstance(transaction, (int, float)) and not isinstance(transaction, bool)):
            raise TypeError("transaction: expected a number, got " + type(transaction).__name__)

        currency_code = d.pop("currencyCode")
        if not (isinstance(currency_code, str)):
            raise TypeError("currencyCode: expected a string, got " + type(currency_code).__name__)

        gratuity = d.pop("gratuity", UNSET)
        if not isinstance(gratuity, Unset) and not (
            isinstance(gratuity, (int, float)) and not isinstance(gratuity, bool)
        ):
            raise TypeError("gratuity: expected a number, got " + type(gratuity).__name__)

        amounts = cls(
            transaction=transaction,
            currency_code=currency_code,
            gratuity=gratuity,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        amounts.additional_properties = additional_properties
        return amounts

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
