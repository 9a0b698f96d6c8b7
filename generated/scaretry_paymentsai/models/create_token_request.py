from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateTokenRequest")


@_attrs_define
class CreateTokenRequest:
    """Flat card body of the stage tokeniser. `riskMetadata` is rejected here."""

    primary_account_number: str
    """ Card number, digits only. """
    card_verification_value: str
    """ CVV/CVC. """
    expiration_month: int
    expiration_year: int
    """ Four-digit year. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_account_number = self.primary_account_number

        card_verification_value = self.card_verification_value

        expiration_month = self.expiration_month

        expiration_year = self.expiration_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primaryAccountNumber": primary_account_number,
                "cardVerificationValue": card_verification_value,
                "expirationMonth": expiration_month,
                "expirationYear": expiration_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_account_number = d.pop("primaryAccountNumber")
        if not (isinstance(primary_account_number, str)):
            raise TypeError("primaryAccountNumber: expected a string, got " + type(primary_account_number).__name__)

        card_verification_value = d.pop("cardVerificationValue")
        if not (isinstance(card_verification_value, str)):
            raise TypeError("cardVerificationValue: expected a string, got " + type(card_verification_value).__name__)

        expiration_month = d.pop("expirationMonth")
        if not (isinstance(expiration_month, int) and not isinstance(expiration_month, bool)):
            raise TypeError("expirationMonth: expected an integer, got " + type(expiration_month).__name__)

        expiration_year = d.pop("expirationYear")
        if not (isinstance(expiration_year, int) and not isinstance(expiration_year, bool)):
            raise TypeError("expirationYear: expected an integer, got " + type(expiration_year).__name__)

        create_token_request = cls(
            primary_account_number=primary_account_number,
            card_verification_value=card_verification_value,
            expiration_month=expiration_month,
            expiration_year=expiration_year,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        create_token_request.additional_properties = additional_properties
        return create_token_request

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
