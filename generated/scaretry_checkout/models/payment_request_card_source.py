from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="PaymentRequestCardSource")


@_attrs_define
class PaymentRequestCardSource:
    """Full card details (requires SAQ D PCI compliance)."""

    type_: Literal["card"]
    number: str
    """ Card number without separators. """
    expiry_month: int
    expiry_year: int
    """ Four-digit expiry year. """
    name: str | Unset = UNSET
    """ Cardholder name. """
    cvv: str | Unset = UNSET
    stored: bool | Unset = UNSET
    """ True for payments using stored card details. Defaults to false. """
    store_for_future_use: bool | Unset = UNSET
    """ Whether to return a reusable source id. Defaults to true. """
    billing_address: Address | Unset = UNSET
    """ A postal address. """
    phone: PhoneNumber | Unset = UNSET
    """ A phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        number = self.number

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        name = self.name

        cvv = self.cvv

        stored = self.stored

        store_for_future_use = self.store_for_future_use

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "number": number,
                "expiry_month": expiry_month,
                "expiry_year": expiry_year,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if cvv is not UNSET:
            field_dict["cvv"] = cvv
        if stored is not UNSET:
            field_dict["stored"] = stored
        if store_for_future_use is not UNSET:
            field_dict["store_for_future_use"] = store_for_future_use
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["card"], d.pop("type"))
        if type_ != "card":
            raise ValueError(f"type must match const 'card', got '{type_}'")

        number = d.pop("number")
        if not (isinstance(number, str)):
            raise TypeError("number: expected a string, got " + type(number).__name__)

        expiry_month = d.pop("expiry_month")
        if not (isinstance(expiry_month, int) and not isinstance(expiry_month, bool)):
            raise TypeError("expiry_month: expected an integer, got " + type(expiry_month).__name__)

        expiry_year = d.pop("expiry_year")
        if not (isinstance(expiry_year, int) and not isinstance(expiry_year, bool)):
            raise TypeError("expiry_year: expected an integer, got " + type(expiry_year).__name__)

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        cvv = d.pop("cvv", UNSET)
        if not isinstance(cvv, Unset) and not (isinstance(cvv, str)):
            raise TypeError("cvv: expected a string, got " + type(cvv).__name__)

        stored = d.pop("stored", UNSET)
        if not isinstance(stored, Unset) and not (isinstance(stored, bool)):
            raise TypeError("stored: expected a boolean, got " + type(stored).__name__)

        store_for_future_use = d.pop("store_for_future_use", UNSET)
        if not isinstance(store_for_future_use, Unset) and not (isinstance(store_for_future_use, bool)):
            raise TypeError("store_for_future_use: expected a boolean, got " + type(store_for_future_use).__name__)

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

        payment_request_card_source = cls(
            type_=type_,
            number=number,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            name=name,
            cvv=cvv,
            stored=stored,
            store_for_future_use=store_for_future_use,
            billing_address=billing_address,
            phone=phone,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_request_card_source.additional_properties = additional_properties
        return payment_request_card_source

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
