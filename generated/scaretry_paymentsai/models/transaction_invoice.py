from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionInvoice")


@_attrs_define
class TransactionInvoice:
    """An invoice the transaction pays."""

    id: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    date: str | Unset = UNSET
    """ ISO 8601 timestamp. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
            raise TypeError("amount: expected a number, got " + type(amount).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, Unset) and not (isinstance(currency, str)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        date = d.pop("date", UNSET)
        if not isinstance(date, Unset) and not (isinstance(date, str)):
            raise TypeError("date: expected a string, got " + type(date).__name__)

        transaction_invoice = cls(
            id=id,
            amount=amount,
            currency=currency,
            date=date,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        transaction_invoice.additional_properties = additional_properties
        return transaction_invoice

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
