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

        card_verification_value = d.pop("cardVerificationValue")

        expiration_month = d.pop("expirationMonth")

        expiration_year = d.pop("expirationYear")

        create_token_request = cls(
            primary_account_number=primary_account_number,
            card_verification_value=card_verification_value,
            expiration_month=expiration_month,
            expiration_year=expiration_year,
        )

        create_token_request.additional_properties = d
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
