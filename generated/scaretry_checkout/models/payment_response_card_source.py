from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_response_card_source_card_category import PaymentResponseCardSourceCardCategory
from ..models.payment_response_card_source_card_type import PaymentResponseCardSourceCardType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="PaymentResponseCardSource")


@_attrs_define
class PaymentResponseCardSource:
    """The card that was charged (token and id sources also come back as `card`)."""

    type_: str
    """ Source type; `card` for card, token and stored-card payments. """
    id: str | Unset = UNSET
    """ Reusable source id (`src_…`), returned for approved payments. """
    billing_address: Address | Unset = UNSET
    """ A postal address. """
    phone: PhoneNumber | Unset = UNSET
    """ A phone number. """
    expiry_month: int | Unset = UNSET
    expiry_year: int | Unset = UNSET
    name: str | Unset = UNSET
    scheme: str | Unset = UNSET
    """ Card scheme, e.g. `Visa`. """
    scheme_local: str | Unset = UNSET
    """ Local co-badged scheme, e.g. `cartes_bancaires`. """
    last4: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    """ Identifies the card number across customers. """
    bin_: str | Unset = UNSET
    card_type: PaymentResponseCardSourceCardType | Unset = UNSET
    card_category: PaymentResponseCardSourceCardCategory | Unset = UNSET
    issuer: str | Unset = UNSET
    issuer_country: str | Unset = UNSET
    product_id: str | Unset = UNSET
    product_type: str | Unset = UNSET
    avs_check: str | Unset = UNSET
    cvv_check: str | Unset = UNSET
    payment_account_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        name = self.name

        scheme = self.scheme

        scheme_local = self.scheme_local

        last4 = self.last4

        fingerprint = self.fingerprint

        bin_ = self.bin_

        card_type: str | Unset = UNSET
        if not isinstance(self.card_type, Unset):
            card_type = self.card_type.value

        card_category: str | Unset = UNSET
        if not isinstance(self.card_category, Unset):
            card_category = self.card_category.value

        issuer = self.issuer

        issuer_country = self.issuer_country

        product_id = self.product_id

        product_type = self.product_type

        avs_check = self.avs_check

        cvv_check = self.cvv_check

        payment_account_reference = self.payment_account_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year
        if name is not UNSET:
            field_dict["name"] = name
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if scheme_local is not UNSET:
            field_dict["scheme_local"] = scheme_local
        if last4 is not UNSET:
            field_dict["last4"] = last4
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
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if avs_check is not UNSET:
            field_dict["avs_check"] = avs_check
        if cvv_check is not UNSET:
            field_dict["cvv_check"] = cvv_check
        if payment_account_reference is not UNSET:
            field_dict["payment_account_reference"] = payment_account_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")
        if not (isinstance(type_, str)):
            raise TypeError("type: expected a string, got " + type(type_).__name__)

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        _phone = d.pop("phone", UNSET)
        phone: PhoneNumber | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = PhoneNumber.from_dict(_phone)

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

        scheme_local = d.pop("scheme_local", UNSET)
        if not isinstance(scheme_local, Unset) and not (isinstance(scheme_local, str)):
            raise TypeError("scheme_local: expected a string, got " + type(scheme_local).__name__)

        last4 = d.pop("last4", UNSET)
        if not isinstance(last4, Unset) and not (isinstance(last4, str)):
            raise TypeError("last4: expected a string, got " + type(last4).__name__)

        fingerprint = d.pop("fingerprint", UNSET)
        if not isinstance(fingerprint, Unset) and not (isinstance(fingerprint, str)):
            raise TypeError("fingerprint: expected a string, got " + type(fingerprint).__name__)

        bin_ = d.pop("bin", UNSET)
        if not isinstance(bin_, Unset) and not (isinstance(bin_, str)):
            raise TypeError("bin: expected a string, got " + type(bin_).__name__)

        _card_type = d.pop("card_type", UNSET)
        card_type: PaymentResponseCardSourceCardType | Unset
        if isinstance(_card_type, Unset):
            card_type = UNSET
        else:
            card_type = PaymentResponseCardSourceCardType(_card_type)

        _card_category = d.pop("card_category", UNSET)
        card_category: PaymentResponseCardSourceCardCategory | Unset
        if isinstance(_card_category, Unset):
            card_category = UNSET
        else:
            card_category = PaymentResponseCardSourceCardCategory(_card_category)

        issuer = d.pop("issuer", UNSET)
        if not isinstance(issuer, Unset) and not (isinstance(issuer, str)):
            raise TypeError("issuer: expected a string, got " + type(issuer).__name__)

        issuer_country = d.pop("issuer_country", UNSET)
        if not isinstance(issuer_country, Unset) and not (isinstance(issuer_country, str)):
            raise TypeError("issuer_country: expected a string, got " + type(issuer_country).__name__)

        product_id = d.pop("product_id", UNSET)
        if not isinstance(product_id, Unset) and not (isinstance(product_id, str)):
            raise TypeError("product_id: expected a string, got " + type(product_id).__name__)

        product_type = d.pop("product_type", UNSET)
        if not isinstance(product_type, Unset) and not (isinstance(product_type, str)):
            raise TypeError("product_type: expected a string, got " + type(product_type).__name__)

        avs_check = d.pop("avs_check", UNSET)
        if not isinstance(avs_check, Unset) and not (isinstance(avs_check, str)):
            raise TypeError("avs_check: expected a string, got " + type(avs_check).__name__)

        cvv_check = d.pop("cvv_check", UNSET)
        if not isinstance(cvv_check, Unset) and not (isinstance(cvv_check, str)):
            raise TypeError("cvv_check: expected a string, got " + type(cvv_check).__name__)

        payment_account_reference = d.pop("payment_account_reference", UNSET)
        if not isinstance(payment_account_reference, Unset) and not (isinstance(payment_account_reference, str)):
            raise TypeError(
                "payment_account_reference: expected a string, got " + type(payment_account_reference).__name__
            )

        payment_response_card_source = cls(
            type_=type_,
            id=id,
            billing_address=billing_address,
            phone=phone,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            name=name,
            scheme=scheme,
            scheme_local=scheme_local,
            last4=last4,
            fingerprint=fingerprint,
            bin_=bin_,
            card_type=card_type,
            card_category=card_category,
            issuer=issuer,
            issuer_country=issuer_country,
            product_id=product_id,
            product_type=product_type,
            avs_check=avs_check,
            cvv_check=cvv_check,
            payment_account_reference=payment_account_reference,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_response_card_source.additional_properties = additional_properties
        return payment_response_card_source

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
