from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemeTokenExternal")


@_attrs_define
class SchemeTokenExternal:
    """PXP variant "Scheme token (external)"; a network token provisioned outside PXP. Variant of the pre-initiate `card`
    oneOf, identified by the required `schemeTokenNumber`.

    """

    scheme_token_number: str
    expiry_month: int
    expiry_year: int
    scheme_token_cryptogram: str | Unset = UNSET
    card_scheme: str | Unset = UNSET
    """ Card scheme of the token, e.g. Visa. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheme_token_number = self.scheme_token_number

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        scheme_token_cryptogram = self.scheme_token_cryptogram

        card_scheme = self.card_scheme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemeTokenNumber": scheme_token_number,
                "expiryMonth": expiry_month,
                "expiryYear": expiry_year,
            }
        )
        if scheme_token_cryptogram is not UNSET:
            field_dict["schemeTokenCryptogram"] = scheme_token_cryptogram
        if card_scheme is not UNSET:
            field_dict["cardScheme"] = card_scheme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scheme_token_number = d.pop("schemeTokenNumber")

        expiry_month = d.pop("expiryMonth")

        expiry_year = d.pop("expiryYear")

        scheme_token_cryptogram = d.pop("schemeTokenCryptogram", UNSET)

        card_scheme = d.pop("cardScheme", UNSET)

        scheme_token_external = cls(
            scheme_token_number=scheme_token_number,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            scheme_token_cryptogram=scheme_token_cryptogram,
            card_scheme=card_scheme,
        )

        scheme_token_external.additional_properties = d
        return scheme_token_external

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
