from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="PaymentRequestTokenSource")


@_attrs_define
class PaymentRequestTokenSource:
    """A Checkout.com card token (`tok_…`) from Frames or the Tokens API."""

    type_: Literal["token"]
    token: str
    billing_address: Address | Unset = UNSET
    """ A postal address. """
    phone: PhoneNumber | Unset = UNSET
    """ A phone number. """
    store_for_future_use: bool | Unset = UNSET
    """ Defaults to true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        token = self.token

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        store_for_future_use = self.store_for_future_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "token": token,
            }
        )
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if store_for_future_use is not UNSET:
            field_dict["store_for_future_use"] = store_for_future_use

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["token"], d.pop("type"))
        if type_ != "token":
            raise ValueError(f"type must match const 'token', got '{type_}'")

        token = d.pop("token")
        if not (isinstance(token, str)):
            raise TypeError("token: expected a string, got " + type(token).__name__)

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

        store_for_future_use = d.pop("store_for_future_use", UNSET)
        if not isinstance(store_for_future_use, Unset) and not (isinstance(store_for_future_use, bool)):
            raise TypeError("store_for_future_use: expected a boolean, got " + type(store_for_future_use).__name__)

        payment_request_token_source = cls(
            type_=type_,
            token=token,
            billing_address=billing_address,
            phone=phone,
            store_for_future_use=store_for_future_use,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_request_token_source.additional_properties = additional_properties
        return payment_request_token_source

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
