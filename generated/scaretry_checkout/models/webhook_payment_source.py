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

        id = d.pop("id", UNSET)

        expiry_month = d.pop("expiry_month", UNSET)

        expiry_year = d.pop("expiry_year", UNSET)

        name = d.pop("name", UNSET)

        scheme = d.pop("scheme", UNSET)

        last_4 = d.pop("last_4", UNSET)

        fingerprint = d.pop("fingerprint", UNSET)

        bin_ = d.pop("bin", UNSET)

        card_type = d.pop("card_type", UNSET)

        card_category = d.pop("card_category", UNSET)

        issuer = d.pop("issuer", UNSET)

        issuer_country = d.pop("issuer_country", UNSET)

        card_wallet_type = d.pop("card_wallet_type", UNSET)

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

        webhook_payment_source.additional_properties = d
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
