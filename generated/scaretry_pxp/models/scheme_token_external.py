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
        if not (isinstance(scheme_token_number, str)):
            raise TypeError("schemeTokenNumber: expected a string, got " + type(scheme_token_number).__name__)

        expiry_month = d.pop("expiryMonth")
        if not (isinstance(expiry_month, int) and not isinstance(expiry_month, bool)):
            raise TypeError("expiryMonth: expected an integer, got " + type(expiry_month).__name__)

        expiry_year = d.pop("expiryYear")
        if not (isinstance(expiry_year, int) and not isinstance(expiry_year, bool)):
            raise TypeError("expiryYear: expected an integer, got " + type(expiry_year).__name__)

        scheme_token_cryptogram = d.pop("schemeTokenCryptogram", UNSET)
        if not isinstance(scheme_token_cryptogram, Unset) and not (isinstance(scheme_token_cryptogram, str)):
            raise TypeError("schemeTokenCryptogram: expected a string, got " + type(scheme_token_cryptogram).__name__)

        card_scheme = d.pop("cardScheme", UNSET)
        if not isinstance(card_scheme, Unset) and not (isinstance(card_scheme, str)):
            raise TypeError("cardScheme: expected a string, got " + type(card_scheme).__name__)

        scheme_token_external = cls(
            scheme_token_number=scheme_token_number,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            scheme_token_cryptogram=scheme_token_cryptogram,
            card_scheme=card_scheme,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scheme_token_external.additional_properties = additional_properties
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
