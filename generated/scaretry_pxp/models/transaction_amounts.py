from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransactionAmounts")


@_attrs_define
class TransactionAmounts:
    """The transaction's amount as answered ("Get transaction details" prints amounts.transactionValue and currencyCode)."""

    transaction_value: float
    """ Amount in major units. """
    currency_code: str
    """ ISO 4217 alphabetic currency code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_value = self.transaction_value

        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionValue": transaction_value,
                "currencyCode": currency_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_value = d.pop("transactionValue")
        if not (isinstance(transaction_value, (int, float)) and not isinstance(transaction_value, bool)):
            raise TypeError("transactionValue: expected a number, got " + type(transaction_value).__name__)

        currency_code = d.pop("currencyCode")
        if not (isinstance(currency_code, str)):
            raise TypeError("currencyCode: expected a string, got " + type(currency_code).__name__)

        transaction_amounts = cls(
            transaction_value=transaction_value,
            currency_code=currency_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        transaction_amounts.additional_properties = additional_properties
        return transaction_amounts

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
