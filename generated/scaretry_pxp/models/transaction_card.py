from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionCard")


@_attrs_define
class TransactionCard:
    """Card details (PAN). Variant of `fundingData.card`, identified by the required `primaryAccountNumber`."""

    primary_account_number: str
    expiry_month: str
    """ Two-digit expiry month, "01"-"12" (a string in the Transactions API). """
    expiry_year: str
    """ Four-digit expiry year. """
    holder_name: str | Unset = UNSET
    card_verification_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_account_number = self.primary_account_number

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        holder_name = self.holder_name

        card_verification_code = self.card_verification_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primaryAccountNumber": primary_account_number,
                "expiryMonth": expiry_month,
                "expiryYear": expiry_year,
            }
        )
        if holder_name is not UNSET:
            field_dict["holderName"] = holder_name
        if card_verification_code is not UNSET:
            field_dict["cardVerificationCode"] = card_verification_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_account_number = d.pop("primaryAccountNumber")
        if not (isinstance(primary_account_number, str)):
            raise TypeError("primaryAccountNumber: expected a string, got " + type(primary_account_number).__name__)

        expiry_month = d.pop("expiryMonth")
        if not (isinstance(expiry_month, str)):
            raise TypeError("expiryMonth: expected a string, got " + type(expiry_month).__name__)

        expiry_year = d.pop("expiryYear")
        if not (isinstance(expiry_year, str)):
            raise TypeError("expiryYear: expected a string, got " + type(expiry_year).__name__)

        holder_name = d.pop("holderName", UNSET)
        if not isinstance(holder_name, Unset) and not (isinstance(holder_name, str)):
            raise TypeError("holderName: expected a string, got " + type(holder_name).__name__)

        card_verification_code = d.pop("cardVerificationCode", UNSET)
        if not isinstance(card_verification_code, Unset) and not (isinstance(card_verification_code, str)):
            raise TypeError("cardVerificationCode: expected a string, got " + type(card_verification_code).__name__)

        transaction_card = cls(
            primary_account_number=primary_account_number,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            holder_name=holder_name,
            card_verification_code=card_verification_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        transaction_card.additional_properties = additional_properties
        return transaction_card

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
