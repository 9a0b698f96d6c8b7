from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookPaymentSource")


@_attrs_define
class WebhookPaymentSource:
    """The card as reported in webhooks (note `last_4` and upper-case card_type, unlike the API responses)."""

    type_: str
    id: str | Unset = UNSET
    expiry_month: int | Unset = UNSET
    expiry_year: int | Unset = UNSET
    name: str | Unset = UNSET
    scheme: str | Unset = UNSET
    last_4: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    bin_: str | Unset = UNSET
    card_type: str | Unset = UNSET
    """ Upper-case in webhooks, e.g. `CREDIT`. """
    card_category: str | Unset = UNSET
    issuer: str | Unset = UNSET
    issuer_country: str | Unset = UNSET
    card_wallet_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        name = self.name

        scheme = self.scheme

        last_4 = self.last_4

        fingerprint = self.fingerprint

        bin_ = self.bin_

        card_type = self.card_type

        card_category = self.card_category

        issuer = self.issuer

        issuer_country = self.issuer_country

        card_wallet_type = self.card_wallet_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year
        if name is not UNSET:
            field_dict["name"] = name
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if last_4 is not UNSET:
            field_dict["last_4"] = last_4
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if bin_ is not UNSET:
            field_dict["bin"] = bin_
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if card_category is not UNSET:
            field_dict["card_category"] = card_category
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if issuer_country is not UNSET:
            field_dict["issuer_country"] = issuer_country
        if card_wallet_type is not UNSET:
            field_dict["card_wallet_type"] = card_wallet_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")
        if not (isinstance(type_, str)):
            raise TypeError("type: expected a string, got " + type(type_).__name__)

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        expiry_month = d.pop("expiry_month", UNSET)
        if not isinstance(expiry_month, Unset) and not (
            isinstance(expiry_month, int) and not isinstance(expiry_month, bool)
        ):
            raise TypeError("expiry_month: expected an integer, got " + type(expiry_month).__name__)

        expiry_year = d.pop("expiry_year", UNSET)
        if not isinstance(expiry_year, Unset) and not (
            isinstance(expiry_year, int) and not isinstance(expiry_year, bool)
        ):
            raise TypeError("expiry_year: expected an integer, got " + type(expiry_year).__name__)

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        scheme = d.pop("scheme", UNSET)
        if not isinstance(scheme, Unset) and not (isinstance(scheme, str)):
            raise TypeError("scheme: expected a string, got " + type(scheme).__name__)

        last_4 = d.pop("last_4", UNSET)
        if not isinstance(last_4, Unset) and not (isinstance(last_4, str)):
            raise TypeError("last_4: expected a string, got " + type(last_4).__name__)

        fingerprint = d.pop("fingerprint", UNSET)
        if not isinstance(fingerprint, Unset) and not (isinstance(fingerprint, str)):
            raise TypeError("fingerprint: expected a string, got " + type(fingerprint).__name__)

        bin_ = d.pop("bin", UNSET)
        if not isinstance(bin_, Unset) and not (isinstance(bin_, str)):
            raise TypeError("bin: expected a string, got " + type(bin_).__name__)

        card_type = d.pop("card_type", UNSET)
        if not isinstance(card_type, Unset) and not (isinstance(card_type, str)):
            raise TypeError("card_type: expected a string, got " + type(card_type).__name__)

        card_category = d.pop("card_category", UNSET)
        if not isinstance(card_category, Unset) and not (isinstance(card_category, str)):
            raise TypeError("card_category: expected a string, got " + type(card_category).__name__)

        issuer = d.pop("issuer", UNSET)
        if not isinstance(issuer, Unset) and not (isinstance(issuer, str)):
            raise TypeError("issuer: expected a string, got " + type(issuer).__name__)

        issuer_country = d.pop("issuer_country", UNSET)
        if not isinstance(issuer_country, Unset) and not (isinstance(issuer_country, str)):
            raise TypeError("issuer_country: expected a string, got " + type(issuer_country).__name__)

        card_wallet_type = d.pop("card_wallet_type", UNSET)
        if not isinstance(card_wallet_type, Unset) and not (isinstance(card_wallet_type, str)):
            raise TypeError("card_wallet_type: expected a string, got " + type(card_wallet_type).__name__)

        webhook_payment_source = cls(
            type_=type_,
            id=id,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            name=name,
            scheme=scheme,
            last_4=last_4,
            fingerprint=fingerprint,
            bin_=bin_,
            card_type=card_type,
            card_category=card_category,
            issuer=issuer,
            issuer_country=issuer_country,
            card_wallet_type=card_wallet_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        webhook_payment_source.additional_properties = additional_properties
        return webhook_payment_source

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
