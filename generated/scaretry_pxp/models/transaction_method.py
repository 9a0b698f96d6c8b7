from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entry_type import EntryType
from ..models.funding_type import FundingType
from ..models.transaction_intent import TransactionIntent

T = TypeVar("T", bound="TransactionMethod")


@_attrs_define
class TransactionMethod:
    intent: TransactionIntent
    """ Purpose of the transaction: `Authorisation` reserves funds, `EstimatedAuthorisation` reserves an
    estimated amount, `Purchase` captures immediately after authorisation, `Payout` sends funds,
    `Refund` returns funds, `Verification` checks the card without reserving funds.
     """
    entry_type: EntryType
    """ Origin of the transaction. `Ecom` for e-commerce, `Moto` for mail/telephone order; in-store entry types
    exist but are out of scope. """
    funding_type: FundingType
    """ How the transaction is funded; `Card` for card transactions (APMs such as PayPal are out of scope). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent = self.intent.value

        entry_type = self.entry_type.value

        funding_type = self.funding_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent": intent,
                "entryType": entry_type,
                "fundingType": funding_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intent = TransactionIntent(d.pop("intent"))

        entry_type = EntryType(d.pop("entryType"))

        funding_type = FundingType(d.pop("fundingType"))

        transaction_method = cls(
            intent=intent,
            entry_type=entry_type,
            funding_type=funding_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        transaction_method.additional_properties = additional_properties
        return transaction_method

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
