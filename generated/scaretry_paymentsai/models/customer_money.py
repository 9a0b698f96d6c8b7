from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerMoney")


@_attrs_define
class CustomerMoney:
    """An amount in the customer's currency and in USD."""

    currency: str | Unset = UNSET
    amount: float | Unset = UNSET
    amount_usd: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        amount_usd = self.amount_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_usd is not UNSET:
            field_dict["amountUSD"] = amount_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)
        if not isinstance(currency, Unset) and not (isinstance(currency, str)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
            raise TypeError("amount: expected a number, got " + type(amount).__name__)

        amount_usd = d.pop("amountUSD", UNSET)
        if not isinstance(amount_usd, Unset) and not (
            isinstance(amount_usd, (int, float)) and not isinstance(amount_usd, bool)
        ):
            raise TypeError("amountUSD: expected a number, got " + type(amount_usd).__name__)

        customer_money = cls(
            currency=currency,
            amount=amount,
            amount_usd=amount_usd,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_money.additional_properties = additional_properties
        return customer_money

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
